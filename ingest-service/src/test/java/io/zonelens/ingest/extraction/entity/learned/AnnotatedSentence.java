package io.zonelens.ingest.extraction.entity.learned;

import java.util.List;

/** A sentence with its gold entities (end-exclusive String offsets). */
record AnnotatedSentence(String text, List<TaggedSpan> entities) {
}
