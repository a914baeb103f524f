package io.zonelens.ingest.extraction.entity.learned;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The whole entity stage, as {@code POST /api/v1/extract} runs it, scored on CLUENER's held-out tenth: general news
 * (sport, games, foreign affairs), not our domain, so this is what the domain patterns and the tagger give together
 * on text unlike the samples ({@link EntityStageEvaluation}). Floors: what was measured when the combination was last
 * changed (README).
 */
class EntityPipelineOnClueNerTest {

    private static EntityEvaluation heldOut;

    @BeforeAll
    static void scoreThePipelineOnTheHeldOutPart() {
        heldOut = EntityStageEvaluation.of(LearnedEntityTagger.loadDefault(), ClueNerCorpus.load().heldOutPart());
        System.out.print("whole entity stage on the CLUENER held-out part\n" + heldOut.table());
    }

    @Test
    void findsPeopleTitlesBodiesAndCompaniesInGeneralNewsToo() {
        assertAtLeast("name", 80.0);
        assertAtLeast("position", 75.0);
        assertAtLeast("government", 79.5);
        assertAtLeast("company", 71.5);
        // CLUENER marks a country's team as an organization (卢森堡那场球) and leaves some out (为庆祝联合国成立60周年):
        // listed countries are places here, listed international organizations organizations wherever they stand. It
        // marks newspapers as books (证券时报记者, 新京报：) and the outlets of datelines as companies or not at all; here
        // media are organizations, as the types have them.
        assertAtLeast("organization", 75.5);
    }

    private static void assertAtLeast(String label, double floor) {
        assertTrue(heldOut.f1(label) >= floor, label + " F1 " + heldOut.f1(label) + " fell below " + floor);
    }
}
