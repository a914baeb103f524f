package io.zonelens.ingest.extraction.entity.learned;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Scores a model on the held-out part of CLUENER (exact span and label match) and measures single-threaded
 * decoding speed. Without an argument it scores the model on the classpath, i.e. the committed one.
 */
public final class EvaluateEntityTagger {

    private EvaluateEntityTagger() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length == 1 && args[0].equals("--tune")) {
            // The ner-train profile runs this after TrainEntityTagger, which writes no model when tuning.
            System.out.println("tuning: no model was written, and the held-out part stays unread");
            return;
        }
        LearnedEntityTagger tagger;
        if (args.length == 1) {
            try (InputStream in = Files.newInputStream(Path.of(args[0]))) {
                tagger = new LearnedEntityTagger(TaggerModelCodec.read(in));
            }
            System.out.println("model: " + Path.of(args[0]).toAbsolutePath());
        } else {
            tagger = LearnedEntityTagger.loadDefault();
            System.out.println("model: classpath " + LearnedEntityTagger.DEFAULT_MODEL);
        }
        List<AnnotatedSentence> heldOut = ClueNerCorpus.load().heldOutPart();
        System.out.println("held-out part: " + heldOut.size() + " sentences (every tenth line of train.json)");
        System.out.print(EntityEvaluation.of(tagger::tag, heldOut, ClueNerCorpus.LABELS).table());

        List<String> heldOutTexts = heldOut.stream().map(AnnotatedSentence::text).toList();
        System.out.printf("decoding, one thread, held-out sentences: %,.0f chars/s%n",
                DecodingSpeed.charsPerSecond(tagger, heldOutTexts, 5000));
        System.out.printf("decoding, one thread, sample news paragraphs: %,.0f chars/s%n",
                DecodingSpeed.charsPerSecond(tagger, DecodingSpeed.sampleParagraphs(), 5000));
    }
}
