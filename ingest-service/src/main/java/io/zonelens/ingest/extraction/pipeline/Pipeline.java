package io.zonelens.ingest.extraction.pipeline;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Stages in order, checked once at construction: each stage must find the layers it requires. */
public final class Pipeline {

    private final List<PipelineStage> stages;
    private final String version;

    public Pipeline(List<PipelineStage> stages) {
        Set<Layer> available = EnumSet.of(Layer.TEXT);
        for (PipelineStage stage : stages) {
            Set<Layer> missing = EnumSet.noneOf(Layer.class);
            missing.addAll(stage.requires());
            missing.removeAll(available);
            if (!missing.isEmpty()) {
                throw new IllegalStateException("stage " + stage.name() + " requires " + missing + " which no earlier stage adds");
            }
            available.addAll(stage.adds());
        }
        this.stages = List.copyOf(stages);
        this.version = stages.stream().map(stage -> stage.name() + "." + stage.revision()).collect(Collectors.joining("+"));
    }

    /** Identifies what produced a result, so downstream services can tell a reprocessed document from a repeat. */
    public String version() {
        return version;
    }

    public AnalyzedDocument run(AnalyzedDocument document) {
        AnalyzedDocument current = document;
        for (PipelineStage stage : stages) {
            current = stage.apply(current);
        }
        return current;
    }
}
