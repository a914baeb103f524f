package io.zonelens.ingest.extraction.entity.learned;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TagSetTest {

    private final TagSet tags = new TagSet(List.of("name", "company"));

    @Test
    void spansSurviveEncodingToBioesAndBack() {
        List<TaggedSpan> spans = List.of(new TaggedSpan("company", 0, 4), new TaggedSpan("name", 9, 12),
                new TaggedSpan("name", 13, 14));
        int[] encoded = new int[16];
        assertEquals(0, tags.encode(spans, encoded));
        assertEquals(spans, tags.decode(encoded, encoded.length));
    }

    @Test
    void anOverlappingSpanIsSkippedNotMerged() {
        int[] encoded = new int[6];
        int skipped = tags.encode(List.of(new TaggedSpan("name", 0, 3), new TaggedSpan("company", 2, 5)), encoded);
        assertEquals(1, skipped);
        assertEquals(List.of(new TaggedSpan("name", 0, 3)), tags.decode(encoded, encoded.length));
    }

    @Test
    void insideTagsOnlyContinueASpanOfTheSameLabel() {
        int beginName = 1;
        int insideName = 2;
        int endCompany = 7;
        assertTrue(tags.allowed(beginName, insideName));
        assertFalse(tags.allowed(beginName, endCompany));
        assertFalse(tags.allowed(TagSet.OUTSIDE, insideName));
        assertFalse(tags.allowedFirst(insideName));
    }
}
