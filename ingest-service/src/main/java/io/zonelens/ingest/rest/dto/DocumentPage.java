package io.zonelens.ingest.rest.dto;

import java.util.List;

public record DocumentPage(List<DocumentSummary> items, long total, int page, int size) {
}
