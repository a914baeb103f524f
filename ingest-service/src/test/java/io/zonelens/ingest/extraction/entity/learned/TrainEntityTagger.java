package io.zonelens.ingest.extraction.entity.learned;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Rebuilds the committed model from the training part of CLUENER (never the held-out part).
 *
 * <pre>
 * TrainEntityTagger &lt;model file&gt;   train on the training part, write the model
 * TrainEntityTagger --tune          train without the tuning fold and score on it; writes nothing
 * </pre>
 * Run through Maven: see "Entity model (CLUENER)" in the README.
 */
public final class TrainEntityTagger {

    private TrainEntityTagger() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: TrainEntityTagger <model file> | --tune");
        }
        ClueNerCorpus corpus = ClueNerCorpus.load();
        TagSet tags = new TagSet(ClueNerCorpus.LABELS);
        boolean tuning = args[0].equals("--tune");
        List<AnnotatedSentence> training = tuning ? corpus.tuningTrainingPart() : corpus.trainingPart();

        long began = System.nanoTime();
        TaggerModel model = train(training, tags);
        System.out.printf("trained in %.1f s%n", (System.nanoTime() - began) / 1e9);

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        TaggerModelCodec.write(model, bytes);
        System.out.printf("model file: %.2f MB%n", bytes.size() / 1e6);
        if (tuning) {
            // Score what would be written, quantization included.
            TaggerModel written = TaggerModelCodec.read(new ByteArrayInputStream(bytes.toByteArray()));
            LearnedEntityTagger tagger = new LearnedEntityTagger(written);
            System.out.println("tuning fold:");
            System.out.print(EntityEvaluation.of(tagger::tag, corpus.tuningPart(), ClueNerCorpus.LABELS).table());
            return;
        }
        Path target = Path.of(args[0]);
        Files.createDirectories(target.toAbsolutePath().getParent());
        try (OutputStream out = Files.newOutputStream(target)) {
            bytes.writeTo(out);
        }
        System.out.println("wrote " + target.toAbsolutePath());
    }

    /**
     * The perceptron and the CRF mixed half and half ({@link ModelBlend}; {@code -Dner.blend=…} is the CRF's share)
     * unless {@code -Dner.trainer=perceptron} or {@code crf} asks for one alone (README, "Entity model").
     */
    private static TaggerModel train(List<AnnotatedSentence> training, TagSet tags) {
        return train(training, tags, System.getProperty("ner.trainer", "blend"));
    }

    private static TaggerModel train(List<AnnotatedSentence> training, TagSet tags, String trainer) {
        switch (trainer) {
            case "blend" -> {
                double crfShare = Double.parseDouble(System.getProperty("ner.blend", "0.5"));
                System.out.println("blend: CRF share " + crfShare);
                return ModelBlend.of(train(training, tags, "perceptron"), train(training, tags, "crf"), crfShare);
            }
            case "crf" -> {
                CrfTrainer.Settings settings = CrfTrainer.Settings.fromSystemProperties();
                System.out.println("settings: " + settings);
                return new CrfTrainer(settings, System.out::println).train(training, tags);
            }
            case "perceptron" -> {
                PerceptronTrainer.Settings settings = PerceptronTrainer.Settings.fromSystemProperties();
                System.out.println("settings: " + settings);
                return new PerceptronTrainer(settings, System.out::println).train(training, tags);
            }
            default -> throw new IllegalArgumentException("ner.trainer is blend, crf or perceptron, not " + trainer);
        }
    }
}
