package io.zonelens.ingest.extraction.period;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The scanner only tries its expressions where one of {@link PeriodScanner#STARTS} stands; the list must be whole. */
class PeriodScannerStartsTest {

    /** One example of every alternative of the expressions, and of their optional openings. */
    private static final List<String> EXAMPLES = List.of("2021年", "２０２１年", "二〇三五年", "力争到2025年", "截至2023年底", "截止到2023年",
            "到2025年", "至2025年", "2019年至2021年", "2021年1至11月", "1—8月份", "7月份以来", "3月", "十月", "“十四五”时期", "十三五末",
            "第十四个五年规划", "五年累计", "过去五年", "近三年", "今后五年", "未来5年", "五年来", "10年来", "上半年", "下半年", "第一季度", "一季度", "前三季度",
            "前10个月", "过去一年", "上一年", "上年度", "去年上半年", "前年", "今年1-9月", "今年以来", "本年度", "明年", "当年", "同年", "全年",
            "年内", "年末", "年底", "截至目前", "当前", "目前", "现阶段", "挂牌以来", "设立以来", "成立以来", "获批以来", "运行以来", "封关以来",
            "开园以来", "启动以来", "揭牌以来", "投产以来", "实施以来");

    private static final Pattern UNFILTERED = Pattern.compile(PeriodScanner.EXPRESSIONS);

    @Test
    void everyExampleIsAPeriodStartingWithAListedCharacter() {
        for (String example : EXAMPLES) {
            Matcher m = UNFILTERED.matcher(example);
            assertTrue(m.lookingAt() && m.end() > 0, example);
            assertTrue(PeriodScanner.STARTS.indexOf(example.charAt(0)) >= 0, example);
        }
    }

    @Test
    void noPeriodStartsWithACharacterThatIsNotListed() {
        for (char c = 1; c < 0xD800; c++) {
            if (PeriodScanner.STARTS.indexOf(c) >= 0) {
                continue;
            }
            for (String example : EXAMPLES) {
                // c in place of the first character, and c before it (an opening the list would lack)
                for (String text : List.of(c + example.substring(1), c + example)) {
                    Matcher m = UNFILTERED.matcher(text);
                    assertEquals(0, m.lookingAt() ? m.end() : 0, () -> "a period starts with " + text);
                }
            }
        }
    }
}
