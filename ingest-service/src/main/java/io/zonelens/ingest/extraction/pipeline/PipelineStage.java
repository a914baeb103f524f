package io.zonelens.ingest.extraction.pipeline;

import java.util.Set;

/** One small step of extraction over the shared document model (CoreNLP's Annotator, with typed layers). */
public interface PipelineStage {

    /** Stable name; part of the pipeline version, so change it (or {@link #revision()}) when output changes. */
    String name();

    default int revision() {
        return 1;
    }

    Set<Layer> requires();

    Set<Layer> adds();

    AnalyzedDocument apply(AnalyzedDocument document);
}
