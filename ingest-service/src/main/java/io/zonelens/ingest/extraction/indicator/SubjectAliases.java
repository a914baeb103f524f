package io.zonelens.ingest.extraction.indicator;

import io.zonelens.ingest.extraction.entity.EntityMention;
import io.zonelens.ingest.extraction.pipeline.AnalyzedDocument;

import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The ways a document writes each canonical name (天津滨海新区 as 滨海新区, 天津市 as 天津), so a subject is found by any;
 * not the words that name it only in this document (保税区, 市发改委), which would find the wrong subject elsewhere.
 */
public final class SubjectAliases {

    private SubjectAliases() {
    }

    public static Map<String, List<String>> of(AnalyzedDocument document) {
        return document.entities().mentions().stream()
                .filter(mention -> !mention.text().equals(mention.canonical()) && !mention.contextual())
                .collect(Collectors.groupingBy(EntityMention::canonical,
                        Collectors.collectingAndThen(Collectors.mapping(EntityMention::text, Collectors.toCollection(TreeSet::new)), List::copyOf)));
    }
}
