package io.zonelens.ingest.extraction.entity.learned;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Rebuilds the committed model from the training part of CLUENER (never the held-out part).
 *
 * <pre>
 * TrainEntityTagger &lt;model file&gt;   train on the training part, write the model
 * TrainEntityTagger --tune          train without the tuning fold, score it and the whole entity stage with it there;
 *                                   writes nothing unless -Dner.tuneModel=FILE (-Dner.tuneFold=K picks the fold)
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
            System.out.println("whole entity stage with it, tuning fold:");
            System.out.print(EntityStageEvaluation.of(tagger, corpus.tuningPart()).table());
            // -Dner.tuneModel=FILE keeps the tuning model, to read the stage's errors on the tuning fold with it.
            String keep = System.getProperty("ner.tuneModel");
            if (keep != null) {
                Files.write(Path.of(keep), bytes.toByteArray());
                System.out.println("wrote " + Path.of(keep).toAbsolutePath());
            }
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
     * unless {@code -Dner.trainer=perceptron} or {@code crf} asks for one alone. {@code -Dner.seeds=N} trains N of
     * each kind (seeds 20200101 onwards) and averages them first (README, "Entity model").
     */
    private static TaggerModel train(List<AnnotatedSentence> training, TagSet tags) {
        return train(training, tags, System.getProperty("ner.trainer", "blend"));
    }

    private static TaggerModel train(List<AnnotatedSentence> training, TagSet tags, String trainer) {
        switch (trainer) {
            case "blend" -> {
                double crfShare = Double.parseDouble(System.getProperty("ner.blend", "0.5"));
                int seeds = Integer.getInteger("ner.seeds", 1);
                System.out.println("blend: CRF share " + crfShare + ", " + seeds + " seed(s) each");
                // Each kind's seeds are averaged before the kinds are blended: perceptrons disagree more between seeds
                // than CRFs do, so their mean is smaller, and mixing all models at once would tilt the blend to the CRF.
                List<TaggerModel> perceptrons = new ArrayList<>();
                List<TaggerModel> crfs = new ArrayList<>();
                for (int i = 0; i < seeds; i++) {
                    perceptrons.add(trainPerceptron(training, tags, i));
                    crfs.add(trainCrf(training, tags, i));
                }
                return ModelBlend.of(ModelBlend.mean(perceptrons), ModelBlend.mean(crfs), crfShare);
            }
            case "crf" -> {
                return trainCrf(training, tags, 0);
            }
            case "perceptron" -> {
                return trainPerceptron(training, tags, 0);
            }
            default -> throw new IllegalArgumentException("ner.trainer is blend, crf or perceptron, not " + trainer);
        }
    }

    /** A CRF with the configured settings, its seed moved on by {@code seedOffset}. */
    private static TaggerModel trainCrf(List<AnnotatedSentence> training, TagSet tags, int seedOffset) {
        CrfTrainer.Settings configured = CrfTrainer.Settings.fromSystemProperties();
        CrfTrainer.Settings settings = configured.withSeed(configured.seed() + seedOffset);
        System.out.println("settings: " + settings);
        return new CrfTrainer(settings, System.out::println).train(training, tags);
    }

    /** An averaged perceptron with the configured settings, its seed moved on by {@code seedOffset}. */
    private static TaggerModel trainPerceptron(List<AnnotatedSentence> training, TagSet tags, int seedOffset) {
        PerceptronTrainer.Settings configured = PerceptronTrainer.Settings.fromSystemProperties();
        PerceptronTrainer.Settings settings = configured.withSeed(configured.seed() + seedOffset);
        System.out.println("settings: " + settings);
        return new PerceptronTrainer(settings, System.out::println).train(training, tags);
    }
}
