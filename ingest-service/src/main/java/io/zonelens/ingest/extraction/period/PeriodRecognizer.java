package io.zonelens.ingest.extraction.period;

import io.zonelens.ingest.extraction.pipeline.AnalyzedDocument;
import io.zonelens.ingest.extraction.pipeline.Layer;
import io.zonelens.ingest.extraction.pipeline.PipelineStage;
import io.zonelens.ingest.extraction.pipeline.Sentence;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Adds the PERIODS layer: every period expression, resolved against the document's publication date. */
@ApplicationScoped
public class PeriodRecognizer implements PipelineStage {

    @Override
    public String name() {
        return "periods";
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.SENTENCES);
    }

    @Override
    public Set<Layer> adds() {
        return Set.of(Layer.PERIODS);
    }

    @Override
    public AnalyzedDocument apply(AnalyzedDocument document) {
        LocalDate published = document.publishedAt() == null ? null : document.publishedAt().toLocalDate();
        PeriodScanner.Reader reader = PeriodScanner.forDocument(published, document.title());
        List<PeriodMention> periods = new ArrayList<>();
        for (Sentence sentence : document.sentences()) {
            periods.addAll(reader.scan(document.text(), sentence.start(), sentence.end()));
        }
        // A fresh reader: the body's last year must not date a title that names none.
        List<PeriodMention> titled = document.title() == null ? List.of()
                : PeriodScanner.forDocument(published, null).scan(document.title(), 0, document.title().length());
        return document.withPeriods(sinceToTheMonthReported(periods, titled, published));
    }

    /**
     * 朔州经济开发区2026年1—10月经济运行情况 (published 17 November): where the title reports the months to the one before
     * publication, 今年以来 is those months too (2026-01/2026-10), not to the day the report came out; a news item's text
     * may give last month's statistics and still count to date.
     */
    private static List<PeriodMention> sinceToTheMonthReported(List<PeriodMention> periods, List<PeriodMention> titled, LocalDate published) {
        if (published == null || published.getMonthValue() == 1) {
            return periods;
        }
        java.time.YearMonth reported = java.time.YearMonth.from(published).minusMonths(1);
        boolean reports = titled.stream().anyMatch(p -> p.kind() == PeriodKind.YEAR_TO_DATE
                && p.to() != null && java.time.YearMonth.from(p.to()).equals(reported));
        if (!reports) {
            return periods;
        }
        LocalDate yearStart = published.withDayOfYear(1);
        return periods.stream().map(p -> p.kind() == PeriodKind.SINCE && yearStart.equals(p.from()) && published.equals(p.to())
                ? new PeriodMention(p.start(), p.end(), p.text(), java.time.YearMonth.from(yearStart) + "/" + reported, yearStart, reported.atEndOfMonth(), PeriodKind.SINCE)
                : p).toList();
    }
}
