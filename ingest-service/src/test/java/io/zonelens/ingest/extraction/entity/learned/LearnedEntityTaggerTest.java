package io.zonelens.ingest.extraction.entity.learned;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The committed model, scored on the held-out tenth of CLUENER that it was never trained on. The floors
 * guard against regressions when the model is rebuilt; see the README for what they are and why.
 */
class LearnedEntityTaggerTest {

    private static LearnedEntityTagger tagger;
    private static EntityEvaluation heldOut;

    @BeforeAll
    static void scoreTheCommittedModelOnTheHeldOutPart() {
        tagger = LearnedEntityTagger.loadDefault();
        heldOut = EntityEvaluation.of(tagger::tag, ClueNerCorpus.load().heldOutPart(), ClueNerCorpus.LABELS);
        System.out.print(heldOut.table());
    }

    @Test
    void findsPeopleAtLeastAsWellAsMeasuredWhenTheModelWasCommitted() {
        assertAtLeast("name", NAME_FLOOR);
    }

    @Test
    void findsCompaniesAtLeastAsWellAsMeasuredWhenTheModelWasCommitted() {
        assertAtLeast("company", COMPANY_FLOOR);
    }

    @Test
    void findsGovernmentBodiesAtLeastAsWellAsMeasuredWhenTheModelWasCommitted() {
        assertAtLeast("government", GOVERNMENT_FLOOR);
    }

    @Test
    void findsPositionsAtLeastAsWellAsMeasuredWhenTheModelWasCommitted() {
        assertAtLeast("position", POSITION_FLOOR);
    }

    @Test
    void spansAreEndExclusiveStringOffsetsWithCluenerLabels() {
        String text = "浙商银行企业信贷部叶老桂博士则从另一个角度对五道门槛进行了解读。";
        List<TaggedSpan> spans = tagger.tag(text);
        assertTrue(spans.stream().allMatch(span -> span.end() <= text.length()
                && ClueNerCorpus.LABELS.contains(span.label())));
        assertTrue(spans.contains(new TaggedSpan("name", 9, 12)), () -> "expected 叶老桂 as a name in " + spans);
    }

    @Test
    void emptyTextHasNoEntities() {
        assertEquals(List.of(), tagger.tag(""));
    }

    @Test
    void oneTaggerServesManyThreadsWithTheSameAnswers() throws Exception {
        List<String> texts = ClueNerCorpus.load().heldOutPart().stream().limit(200).map(AnnotatedSentence::text).toList();
        List<List<TaggedSpan>> alone = texts.stream().map(tagger::tag).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<List<TaggedSpan>>>> runs = new java.util.ArrayList<>();
            for (int i = 0; i < 4; i++) {
                runs.add(pool.submit(() -> texts.stream().map(tagger::tag).toList()));
            }
            for (Future<List<List<TaggedSpan>>> run : runs) {
                assertEquals(alone, run.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static void assertAtLeast(String label, double floor) {
        double f1 = heldOut.f1(label);
        assertTrue(f1 >= floor, () -> String.format("%s F1 %.1f fell below %.1f%n%s", label, f1, floor, heldOut.table()));
    }

    /*
     * Name and position: the acceptance bar, the published BiLSTM-CRF baseline on CLUENER (74.0 and
     * 70.2), which the model clears (81.7 and 76.7 when committed). Government: above the baseline (77.3), 79.6
     * when committed; its floor is that less a tenth, rounded down. Company: 72.5 when committed (the model reading
     * the pipeline's tokens), just above the baseline (72.3); its floor is 71 (less a point or so, rounded down). Raise
     * them when a better model is committed.
     */
    private static final double NAME_FLOOR = 74.0;
    private static final double POSITION_FLOOR = 70.2;
    private static final double COMPANY_FLOOR = 71.0;
    private static final double GOVERNMENT_FLOOR = 79.5;
}
