package io.zonelens.ingest.extraction.text;

import io.zonelens.ingest.extraction.pipeline.Sentence;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SentenceSplitterTest {

    private final SentenceSplitter splitter = new SentenceSplitter();

    private List<String> sentences(String text) {
        return splitter.split(text).stream().map(sentence -> sentence.textIn(text)).toList();
    }

    @Test
    void sentencesEndAtChineseAndWesternTerminatorsAndAtParagraphEnds() {
        assertEquals(List.of("进出口总额突破210亿元，同比增长109%。", "跨境电商交易额突破60亿元！", "无句号的标题", "下一段？"),
                sentences("进出口总额突破210亿元，同比增长109%。跨境电商交易额突破60亿元！\n无句号的标题\n下一段？"));
    }

    @Test
    void closingQuotesAndBracketsStayWithTheSentenceTheyClose() {
        assertEquals(List.of("他指出：“要坚持高质量发展。”", "（文章完。）"), sentences("他指出：“要坚持高质量发展。”（文章完。）"));
    }

    @Test
    void offsetsAreJavaStringOffsetsWithTheEndExclusiveAndSkipSurroundingBlanks() {
        String text = "  第一句。 \n\n 第二句";
        List<Sentence> found = splitter.split(text);
        assertEquals(2, found.size());
        assertEquals(2, found.get(0).start());
        assertEquals(6, found.get(0).end());
        assertEquals("第一句。", found.get(0).textIn(text));
        assertEquals("第二句", found.get(1).textIn(text));
        assertEquals(text.length(), found.get(1).end());
    }

    @Test
    void decimalPointsAndEllipsesDoNotEndSentences() {
        assertEquals(List.of("增长6.5%左右……力争更好结果。"), sentences("增长6.5%左右……力争更好结果。"));
    }
}
