package io.zonelens.ingest.extraction.text;

import io.zonelens.ingest.extraction.pipeline.AnalyzedDocument;
import io.zonelens.ingest.extraction.pipeline.Layer;
import io.zonelens.ingest.extraction.pipeline.PipelineStage;
import io.zonelens.ingest.extraction.pipeline.Sentence;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits the body into sentences at 。！？!? and at paragraph ends. Closing quotes and brackets that follow the
 * terminator stay with its sentence (…发展。” belongs to the sentence it closes); surrounding blanks are left out.
 */
@ApplicationScoped
public class SentenceSplitter implements PipelineStage {

    private static final String TERMINATORS = "。！？!?";
    private static final String CLOSERS = "”’」』）)】》\"'";

    @Override
    public String name() {
        return "sentences";
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.TEXT);
    }

    @Override
    public Set<Layer> adds() {
        return Set.of(Layer.SENTENCES);
    }

    @Override
    public AnalyzedDocument apply(AnalyzedDocument document) {
        return document.withSentences(split(document.text()));
    }

    public List<Sentence> split(String text) {
        List<Sentence> sentences = new ArrayList<>();
        int start = 0;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\n') {
                add(sentences, text, start, i);
                start = ++i;
            } else if (TERMINATORS.indexOf(c) >= 0) {
                int end = i + 1;
                while (end < text.length() && (TERMINATORS.indexOf(text.charAt(end)) >= 0 || CLOSERS.indexOf(text.charAt(end)) >= 0)) {
                    end++;
                }
                add(sentences, text, start, end);
                start = i = end;
            } else {
                i++;
            }
        }
        add(sentences, text, start, text.length());
        return sentences;
    }

    private static void add(List<Sentence> sentences, String text, int start, int end) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            sentences.add(new Sentence(sentences.size(), start, end));
        }
    }
}
