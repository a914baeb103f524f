package io.zonelens.ingest.extraction.entity.learned;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * CLUENER2020's train.json, split by line number: every tenth line (0, 10, 20, ...) is held out for
 * evaluation and never trained on; the rest is for training. The split needs no randomness, so it is the
 * same on every machine.
 */
final class ClueNerCorpus {

    static final String RESOURCE = "/cluener/train.json";
    static final List<String> LABELS = List.of(
            "name", "position", "government", "company", "organization",
            "address", "book", "game", "movie", "scene");
    private static final int FOLDS = 10;
    private static final int HELD_OUT_FOLD = 0;
    /**
     * Used only while choosing settings, so the held-out fold is looked at once, at the end. Fold 1 by default;
     * {@code -Dner.tuneFold=K} (2-9) gives a fold no rule was ever read against, to check a choice made on fold 1.
     */
    private static final int TUNING_FOLD = tuningFold();

    private static int tuningFold() {
        int fold = Integer.getInteger("ner.tuneFold", 1);
        if (fold == HELD_OUT_FOLD || fold < 0 || fold >= FOLDS) {
            throw new IllegalArgumentException("ner.tuneFold must be 1 to " + (FOLDS - 1) + ", not " + fold);
        }
        return fold;
    }

    private final List<AnnotatedSentence> sentences;

    private ClueNerCorpus(List<AnnotatedSentence> sentences) {
        this.sentences = sentences;
    }

    static ClueNerCorpus load() {
        try (InputStream in = ClueNerCorpus.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the test classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            ObjectMapper json = new ObjectMapper();
            List<AnnotatedSentence> sentences = new ArrayList<>();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank()) {
                    sentences.add(parse(json.readTree(line)));
                }
            }
            return new ClueNerCorpus(List.copyOf(sentences));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<AnnotatedSentence> all() {
        return sentences;
    }

    List<AnnotatedSentence> trainingPart() {
        return fold(fold -> fold != HELD_OUT_FOLD);
    }

    List<AnnotatedSentence> heldOutPart() {
        return fold(fold -> fold == HELD_OUT_FOLD);
    }

    /** Training part minus the tuning fold: for trying settings without touching the held-out part. */
    List<AnnotatedSentence> tuningTrainingPart() {
        return fold(fold -> fold != HELD_OUT_FOLD && fold != TUNING_FOLD);
    }

    List<AnnotatedSentence> tuningPart() {
        return fold(fold -> fold == TUNING_FOLD);
    }

    private List<AnnotatedSentence> fold(java.util.function.IntPredicate keep) {
        List<AnnotatedSentence> chosen = new ArrayList<>();
        for (int line = 0; line < sentences.size(); line++) {
            if (keep.test(line % FOLDS)) {
                chosen.add(sentences.get(line));
            }
        }
        return chosen;
    }

    /** CLUENER offsets count code points and include the end; ours are String offsets with the end excluded. */
    private static AnnotatedSentence parse(JsonNode node) {
        String text = node.get("text").asText();
        List<TaggedSpan> spans = new ArrayList<>();
        JsonNode labels = node.get("label");
        if (labels != null) {
            for (Iterator<Map.Entry<String, JsonNode>> byLabel = labels.fields(); byLabel.hasNext(); ) {
                Map.Entry<String, JsonNode> label = byLabel.next();
                for (Iterator<JsonNode> bySurface = label.getValue().elements(); bySurface.hasNext(); ) {
                    for (JsonNode offsets : bySurface.next()) {
                        int start = text.offsetByCodePoints(0, offsets.get(0).asInt());
                        int end = text.offsetByCodePoints(0, offsets.get(1).asInt() + 1);
                        spans.add(new TaggedSpan(label.getKey(), start, end));
                    }
                }
            }
        }
        spans.sort(Comparator.comparingInt(TaggedSpan::start).thenComparingInt(TaggedSpan::end));
        return new AnnotatedSentence(text, List.copyOf(spans));
    }
}
