package io.zonelens.ingest.extraction.entity;

import java.util.List;

/**
 * What {@link EntityRecognizer} adds: mentions (POSITION mentions and a zone or place prefixed to a body, such as
 * 滨海新区 in 滨海新区区委, may nest inside other mentions), positions held, sentence co-occurrence, and the province
 * the document's places and zones lie in most ({@code homeProvince}, 江西省; null where they name none), and the autonomous
 * prefecture whose bare 州委 and 全州 are its ({@code homePrefecture}, 黔西南布依族苗族自治州; null where it is of none), and the
 * city whose body issues the document by its first line, source line or title ({@code issuingCity}, 南安市 of
 * 南安市工业和信息化局; null where none does), whose 全市 it means.
 */
public record EntityLayer(List<EntityMention> mentions, List<PositionHeld> positions, List<CoOccurrence> cooccurrences, String homeProvince,
                          String homePrefecture, String issuingCity) {

    public EntityLayer {
        mentions = List.copyOf(mentions);
        positions = List.copyOf(positions);
        cooccurrences = List.copyOf(cooccurrences);
    }
}
