package io.zonelens.ingest.extraction.indicator;

import io.zonelens.ingest.extraction.pipeline.AnalyzedDocument;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Zone news reports figures for the year so far: 今年前三季度 is January to September, 前10个月 January to October. */
class ZoneNewsFiguresTest {

    private static List<Observation> observations(String text) {
        return ExtractionFixture.PIPELINE.run(AnalyzedDocument.of("news", null,
                OffsetDateTime.parse("2024-11-20T09:00:00+08:00"), text)).indicators();
    }

    @Test
    void theYearSoFarIsFromJanuaryToTheMonthItNames() {
        List<Observation> all = observations("今年前三季度，苏州工业园区实现进出口额450亿元，同比增长8.2%。前10个月，苏州工业园区实际使用外资12亿美元。");
        Observation trade = all.stream().filter(o -> o.measure() == Observation.Measure.LEVEL && o.unit().equals("CNY")).findFirst().orElseThrow();
        assertEquals("进出口额", trade.indicator(), "实现 is the verb, not the indicator: " + all);
        assertEquals("2024-01/2024-09", trade.periodLabel(), all.toString());
        Observation investment = all.stream().filter(o -> o.unit().equals("USD")).findFirst().orElseThrow();
        assertEquals("2024-01/2024-10", investment.periodLabel(), all.toString());
    }
}
