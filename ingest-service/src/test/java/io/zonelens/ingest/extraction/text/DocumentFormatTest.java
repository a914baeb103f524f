package io.zonelens.ingest.extraction.text;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DocumentFormatTest {

    @Test
    void parsesHintsCaseInsensitively() {
        assertEquals(DocumentFormat.JEKYLL_HTML, DocumentFormat.parse("jekyll_html"));
        assertEquals(DocumentFormat.HTML, DocumentFormat.parse("HTML"));
        assertEquals(DocumentFormat.PRESS_TEXT, DocumentFormat.parse("Press_Text"));
        assertEquals(DocumentFormat.GOV_PAGE, DocumentFormat.parse(" gov-page "));
        assertEquals(DocumentFormat.MARKDOWN, DocumentFormat.parse("markdown"));
        assertEquals(DocumentFormat.PLAIN_TEXT, DocumentFormat.parse("plain_text"));
    }

    @Test
    void rejectsUnknownHintListingAcceptedValues() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> DocumentFormat.parse("pdf"));
        assertTrue(error.getMessage().contains("'pdf'"), error.getMessage());
        for (DocumentFormat format : DocumentFormat.values()) {
            assertTrue(error.getMessage().contains(format.name().toLowerCase()), error.getMessage());
        }
        assertThrows(IllegalArgumentException.class, () -> DocumentFormat.parse(null));
        assertThrows(IllegalArgumentException.class, () -> DocumentFormat.parse(""));
    }
}
