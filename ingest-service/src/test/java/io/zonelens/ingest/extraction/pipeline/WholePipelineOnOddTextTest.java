package io.zonelens.ingest.extraction.pipeline;

import io.zonelens.ingest.Samples;
import io.zonelens.ingest.extraction.entity.EntityMention;
import io.zonelens.ingest.extraction.entity.EntityRecognizer;
import io.zonelens.ingest.extraction.entity.Gazetteer;
import io.zonelens.ingest.extraction.entity.Lexicon;
import io.zonelens.ingest.extraction.indicator.IndicatorExtractor;
import io.zonelens.ingest.extraction.indicator.Observation;
import io.zonelens.ingest.extraction.indicator.PlanTableReader;
import io.zonelens.ingest.extraction.number.Quantity;
import io.zonelens.ingest.extraction.number.QuantityRecognizer;
import io.zonelens.ingest.extraction.period.PeriodMention;
import io.zonelens.ingest.extraction.period.PeriodRecognizer;
import io.zonelens.ingest.extraction.text.DocumentNormalizer;
import io.zonelens.ingest.extraction.text.NormalizedDocument;
import io.zonelens.ingest.extraction.text.SentenceSplitter;
import io.zonelens.ingest.extraction.token.HanlpTokenizer;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What a client may post is any text: pieces of the samples cut anywhere with the words the rules look for thrown in,
 * and strings made of those words alone (brackets left open, figures with no unit, titles with no name, dates with no
 * year). The whole pipeline reads every one without failing, and all it reports points at the text it read.
 */
class WholePipelineOnOddTextTest {

    private static final String[] PIECES = {"（", "）", "(", ")", "《", "》", "“", "”", "、", "，", "。", "；", "：", "—", "-", "·", "\n", " ",
            "0", "12", "2024", "3.5", "１", "二〇二五", "十", "年", "月", "日", "%", "‰", "亿元", "万", "美元", "个", "家", "倍", "增长", "下降",
            "同比", "分别", "和", "与", "及", "等", "区", "市", "省", "综合保税区", "综保区", "保税区", "管委会", "党工委", "主任", "书记", "局长",
            "公司", "有限公司", "集团", "片区", "自由贸易试验区", "天津港保税区", "经开区", "海关", "关长", "赵革", "任", "为", "免去", "同志",
            "以下简称", "占", "比重", "位居", "第", "前三", "全省", "力争", "目标", "以上", "左右", "至", "前三季度", "1-9月", "截至", "累计", "某",
            "各", "暨", "兼", "原", "驻", "Tesla", "号", "〔2024〕", "国发", "序号", "指标", "单位", "预期性", "|", "\t", "％", "面积", "平方公里"};
    private static final int TEXTS = 1500;

    @Test
    void anyTextIsReadAndEveryFindingPointsAtIt() {
        Gazetteer gazetteer = new Gazetteer();
        Pipeline pipeline = new Pipeline(List.of(new SentenceSplitter(), new HanlpTokenizer(gazetteer), new EntityRecognizer(new Lexicon(gazetteer)),
                new QuantityRecognizer(), new PeriodRecognizer(), new IndicatorExtractor(new PlanTableReader())));
        DocumentNormalizer normalizer = new DocumentNormalizer();
        List<String> samples = Samples.FILES.stream().map(Samples::text).toList();
        Random random = new Random(1);
        int findings = 0;
        for (int i = 0; i < TEXTS; i++) {
            String posted = i % 3 == 0 ? pieceOfASample(samples, random) : madeOfPieces(random);
            NormalizedDocument normalized = normalizer.normalize(posted, "text/plain", null, null);
            String text = normalized.text();
            AnalyzedDocument document = pipeline.run(AnalyzedDocument.of("odd", normalized.title(), OffsetDateTime.parse("2024-10-20T09:00:00+08:00"), text));
            for (EntityMention m : document.entities().mentions()) {
                assertEquals(m.text(), text.substring(m.start(), m.end()), () -> m + " in " + posted);
                findings++;
            }
            for (Quantity q : document.quantities()) {
                assertEquals(q.text(), text.substring(q.start(), q.end()), () -> q + " in " + posted);
            }
            for (PeriodMention p : document.periods()) {
                assertEquals(p.text(), text.substring(p.start(), p.end()), () -> p + " in " + posted);
            }
            for (Observation o : document.indicators()) {
                assertTrue(0 <= o.evidenceStart() && o.evidenceStart() <= o.start() && o.start() < o.end() && o.end() <= o.evidenceEnd()
                        && o.evidenceEnd() <= text.length(), () -> o + " in " + posted);
                findings++;
            }
            pipeline.run(AnalyzedDocument.of("odd", null, null, posted)); // no date, the text as posted
        }
        assertTrue(findings > 1000, "findings checked: " + findings);
    }

    private static String pieceOfASample(List<String> samples, Random random) {
        String sample = samples.get(random.nextInt(samples.size()));
        int from = random.nextInt(sample.length());
        StringBuilder piece = new StringBuilder(sample.substring(from, Math.min(sample.length(), from + 1 + random.nextInt(600))));
        for (int k = 0; k < 3; k++) {
            piece.insert(random.nextInt(piece.length() + 1), PIECES[random.nextInt(PIECES.length)]);
        }
        return piece.toString();
    }

    private static String madeOfPieces(Random random) {
        StringBuilder text = new StringBuilder();
        for (int k = 1 + random.nextInt(80); k > 0; k--) {
            text.append(PIECES[random.nextInt(PIECES.length)]);
        }
        return text.toString();
    }
}
