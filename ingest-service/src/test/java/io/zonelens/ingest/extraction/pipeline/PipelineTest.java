package io.zonelens.ingest.extraction.pipeline;

import io.zonelens.ingest.extraction.text.SentenceSplitter;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PipelineTest {

    private static PipelineStage stage(String name, Set<Layer> requires, Set<Layer> adds) {
        return new PipelineStage() {
            public String name() { return name; }
            public Set<Layer> requires() { return requires; }
            public Set<Layer> adds() { return adds; }
            public AnalyzedDocument apply(AnalyzedDocument document) { return document; }
        };
    }

    @Test
    void aStageThatNeedsALayerNoEarlierStageAddsIsRefusedAtConstruction() {
        PipelineStage needsSentences = stage("needs-sentences", Set.of(Layer.SENTENCES), Set.of());
        IllegalStateException error = assertThrows(IllegalStateException.class, () -> new Pipeline(List.of(needsSentences)));
        assertTrue(error.getMessage().contains("needs-sentences"));
        new Pipeline(List.of(new SentenceSplitter(), needsSentences));
    }

    @Test
    void theVersionNamesEveryStageAndRevision() {
        assertEquals("sentences.1", new Pipeline(List.of(new SentenceSplitter())).version());
    }

    @Test
    void runningThePipelineAddsItsLayers() {
        AnalyzedDocument result = new Pipeline(List.of(new SentenceSplitter()))
                .run(AnalyzedDocument.of("d1", null, null, "第一句。第二句！"));
        assertEquals(Set.of(Layer.TEXT, Layer.SENTENCES), result.layers());
        assertEquals(2, result.sentences().size());
    }
}
