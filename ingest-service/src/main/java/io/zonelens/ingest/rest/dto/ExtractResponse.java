package io.zonelens.ingest.rest.dto;

import io.zonelens.ingest.extraction.entity.PositionHeld;
import io.zonelens.ingest.extraction.indicator.Observation;
import io.zonelens.ingest.extraction.pipeline.AnalyzedDocument;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** What the pipeline found; offsets are Java String offsets into the text sent, end exclusive. */
@Schema(name = "ExtractResponse", description = "What the pipeline found in the text: entity mentions, positions held and indicator observations.")
public record ExtractResponse(List<Entity> entities, List<PositionHeld> positions, List<Observation> indicators) {

    @Schema(name = "ExtractedEntity", description = "A mention: its type, the words, offsets into the text sent (end exclusive), the canonical name, the sentence index, and whether the words name the entity only in this text (保税区 for the zone the text is about), so are no alias of it elsewhere.")
    public record Entity(@Schema(example = "ZONE") String type, @Schema(example = "南昌综保区") String text, int start, int end,
                         @Schema(example = "南昌综合保税区") String canonical, int sentence, @Schema(example = "false") boolean contextual) {
    }

    public static ExtractResponse of(AnalyzedDocument document) {
        List<Entity> entities = document.entities().mentions().stream()
                .map(m -> new Entity(m.type().name(), m.text(), m.start(), m.end(), m.canonical(), m.sentenceIndex(), m.contextual()))
                .toList();
        return new ExtractResponse(entities, document.entities().positions(), document.indicators());
    }
}
