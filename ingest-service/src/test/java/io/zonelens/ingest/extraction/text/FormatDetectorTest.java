package io.zonelens.ingest.extraction.text;

import io.zonelens.ingest.Samples;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class FormatDetectorTest {

    private final FormatDetector detector = new FormatDetector();

    @Test
    void recognizesTheSampleShapes() {
        assertEquals(DocumentFormat.JEKYLL_HTML, detect("000_06ab7e027c22c786.txt"));
        assertEquals(DocumentFormat.PRESS_TEXT, detect("001_23098c29dc51a7a7.txt"));
        assertEquals(DocumentFormat.JEKYLL_HTML, detect("002_16796f86e927b957.txt"));
        assertEquals(DocumentFormat.GOV_PAGE, detect("003_1b9ae0e5524c20de.txt"));
        assertEquals(DocumentFormat.JEKYLL_HTML, detect("004_0105666c1faa1594.txt"));
    }

    @Test
    void contentWinsOverAMisleadingMediaType() {
        assertEquals(DocumentFormat.HTML, detector.detect(KinDocuments.NEWS_PAGE, "text/plain", "page.txt"));
        assertEquals(DocumentFormat.GOV_PAGE, detector.detect(KinDocuments.GOV_TEXT_PAGE, "text/html", "page.html"));
        assertEquals(DocumentFormat.JEKYLL_HTML, detector.detect(Samples.text("000_06ab7e027c22c786.txt"), "text/markdown", "post.md"));
    }

    @Test
    void recognizesKinShapes() {
        assertEquals(DocumentFormat.HTML, detector.detect(KinDocuments.GOV_HTML_PAGE, null, null));
        assertEquals(DocumentFormat.HTML, detector.detect("<p>第一段</p>\n<p>第二段</p>", null, null));
        assertEquals(DocumentFormat.GOV_PAGE, detector.detect(KinDocuments.GOV_TEXT_PAGE, null, null));
        assertEquals(DocumentFormat.PRESS_TEXT, detector.detect(KinDocuments.PRESS_TEXT, "text/plain", null));
        assertEquals(DocumentFormat.MARKDOWN, detector.detect(KinDocuments.MARKDOWN, null, null));
        assertEquals(DocumentFormat.JEKYLL_HTML, detector.detect(KinDocuments.JEKYLL_WITHOUT_SOURCE_LINE, null, null));
    }

    @Test
    void usesMediaTypeAndExtensionForMarkdown() {
        String text = "自贸试验区\n\n一段文字。";
        assertEquals(DocumentFormat.MARKDOWN, detector.detect(text, "text/markdown", null));
        assertEquals(DocumentFormat.MARKDOWN, detector.detect(text, null, "notes.MD"));
        assertEquals(DocumentFormat.PLAIN_TEXT, detector.detect(text, "text/plain", "notes.txt"));
    }

    @Test
    void frontMatterWithMarkdownBodyIsMarkdown() {
        assertEquals(DocumentFormat.MARKDOWN, detector.detect("---\ntitle: 标题\n---\n正文第一段。\n", null, null));
    }

    @Test
    void fallsBackToPlainText() {
        assertEquals(DocumentFormat.PLAIN_TEXT, detector.detect("一段没有任何版式的文字。\n又一段。", null, null));
        assertEquals(DocumentFormat.PLAIN_TEXT, detector.detect("", null, null));
    }

    private DocumentFormat detect(String sample) {
        return detector.detect(Samples.text(sample), "text/plain", sample);
    }
}
