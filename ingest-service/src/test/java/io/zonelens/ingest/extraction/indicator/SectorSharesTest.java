package io.zonelens.ingest.extraction.indicator;

import org.junit.jupiter.api.Test;

import java.util.List;

import static io.zonelens.ingest.extraction.indicator.ExtractionFixture.extract;
import static io.zonelens.ingest.extraction.indicator.ExtractionFixture.valued;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The structure of the three sectors, given as one ratio, is three shares of the economy. */
class SectorSharesTest {

    @Test
    void aRatioOfTheThreeSectorsGivesEachSectorsShare() {
        List<Observation> all = extract("2023年禹州市国民经济和社会发展统计公报", "2024-03-20",
                "全年全市地区生产总值612.5亿元，增长5.1%。三次产业结构为5.3∶49.3∶45.4。");
        Observation first = valued(all, 5.3);
        assertEquals("第一产业增加值占比", first.indicator(), all.toString());
        assertEquals(Observation.Measure.SHARE, first.measure(), all.toString());
        assertEquals("禹州市", first.subject(), all.toString());
        assertEquals("2023", first.periodLabel(), all.toString());
        assertEquals("第三产业增加值占比", valued(all, 45.4).indicator(), all.toString());
    }

    @Test
    void aStructureAimedAtIsATargetAndThreeNumbersNotSummingToAHundredAreNoShares() {
        List<Observation> aimed = extract("禹州市“十四五”规划纲要", "2021-05-10", "到2025年，禹州市三次产业结构调整为5:48:47。");
        assertEquals(Observation.Kind.TARGET, valued(aimed, 48.0).kind(), aimed.toString());
        List<Observation> odd = extract("禹州市统计公报", "2024-03-20", "禹州市三次产业比例为1:2:3。");
        assertTrue(odd.stream().noneMatch(o -> o.indicator().contains("产业增加值占比")), odd.toString());
    }
}
