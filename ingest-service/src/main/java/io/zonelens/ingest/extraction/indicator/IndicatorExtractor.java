package io.zonelens.ingest.extraction.indicator;

import io.zonelens.ingest.extraction.number.Qualifier;
import io.zonelens.ingest.extraction.number.UnitCatalog;
import io.zonelens.ingest.extraction.period.PeriodAttribution;
import io.zonelens.ingest.extraction.pipeline.AnalyzedDocument;
import io.zonelens.ingest.extraction.pipeline.Layer;
import io.zonelens.ingest.extraction.pipeline.PipelineStage;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Observations from a document: every row of a plan's indicator table gives its baseline (ACTUAL), its target
 * (TARGET) and, where stated, its target average growth (TARGET CAGR), for the document's subject; figures in prose
 * give one observation each (see {@link ProseObservations}).
 */
@ApplicationScoped
public class IndicatorExtractor implements PipelineStage {

    private final PlanTableReader tables;
    private final UnitCatalog units = UnitCatalog.standard();
    private final ProseObservations prose = new ProseObservations();
    private final RowTables rowTables = new RowTables();

    public IndicatorExtractor(PlanTableReader tables) {
        this.tables = tables;
    }

    @Override
    public String name() {
        return "indicators";
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.SENTENCES, Layer.ENTITIES, Layer.QUANTITIES, Layer.PERIODS);
    }

    @Override
    public Set<Layer> adds() {
        return Set.of(Layer.INDICATORS);
    }

    @Override
    public AnalyzedDocument apply(AnalyzedDocument document) {
        List<Observation> observations = new ArrayList<>();
        List<PlanTable> found = tables.read(document.text());
        for (PlanTable table : found) {
            Optional<String> subject = DocumentSubject.from(document.title(), table.title());
            if (subject.isEmpty()) {
                continue;
            }
            for (PlanTableRow row : table.rows()) {
                observations.addAll(fromRow(subject.get(), table, row));
            }
        }
        // Whose figures are whose and which period a figure is of, worked out once for the flattened tables and the prose
        // (the tables read the subjects' document-wide answers only, before the prose reader's sentence state is used).
        FigureSubjects subjects = FigureSubjects.of(document, DocumentSubject.from(document.title()));
        PeriodAttribution periods = PeriodAttribution.of(document);
        // A flattened table's rows are read as a table, not as prose.
        List<Observation> rows = rowTables.read(document, subjects, periods, found);
        prose.find(document, found, subjects, periods).stream()
                .filter(figure -> rows.stream().noneMatch(row -> figure.start() >= row.evidenceStart() && figure.end() <= row.evidenceEnd()))
                .forEach(observations::add);
        observations.addAll(rows);
        observations.addAll(SectorShares.read(document, subjects, periods));
        return document.withIndicators(observations);
    }

    private List<Observation> fromRow(String subject, PlanTable table, PlanTableRow row) {
        List<Observation> found = new ArrayList<>();
        Set<String> flags = row.flags().stream().map(Enum::name).collect(Collectors.toSet());
        Observation.Measure measure = isShare(row) ? Observation.Measure.SHARE : Observation.Measure.LEVEL;
        // A cell of no year the table names is no figure (and a reader's slip must not stop the stage).
        if (row.baseline() != null && row.baseline().period() != null) {
            found.add(cell(subject, row, row.baseline(), Observation.Kind.ACTUAL, measure, table, flags));
        }
        for (PlanValue milestone : row.milestones()) {
            if (milestone.period() != null) {
                found.add(cell(subject, row, milestone, Observation.Kind.TARGET, measure, table, flags));
            }
        }
        if (row.target() != null && row.target().period() != null) {
            found.add(cell(subject, row, row.target(), Observation.Kind.TARGET, measure, table, flags));
        }
        if (row.targetCagrPercent() != null && table.baselineYear() != null && table.targetYear() != null) {
            int from = table.baselineYear() + 1;
            // 2020 | 2025 | 2035 | 年均增长: the growth is the plan's, to its first milestone, not to the vision year.
            PlanValue first = row.milestones().isEmpty() ? null : row.milestones().get(0);
            int to = first != null && first.period() != null ? Integer.parseInt(first.period()) : table.targetYear();
            found.add(new Observation(subject, row.indicator(), Observation.Kind.TARGET, Observation.Measure.CAGR,
                    from + "-" + to, LocalDate.of(from, 1, 1), LocalDate.of(to, 12, 31),
                    row.targetCagrPercent(), null, Qualifier.EXACT, null, "%", "%", row.targetCagrPercent(), false, flags,
                    row.start(), row.end(), row.start(), row.end()));
        }
        return found;
    }

    private Observation cell(String subject, PlanTableRow row, PlanValue value, Observation.Kind kind, Observation.Measure measure,
                             PlanTable table, Set<String> flags) {
        int year = Integer.parseInt(value.period());
        // A cumulative target ([2200]) covers the plan's years, not the target year alone.
        int fromYear = value.cumulative() && kind == Observation.Kind.TARGET && table.baselineYear() != null ? table.baselineYear() + 1 : year;
        String label = fromYear == year ? String.valueOf(year) : fromYear + "-" + year;
        UnitCatalog.ScaledUnit unit = row.unit() == null ? null : units.parse(row.unit());
        Double normalized = value.value() == null || unit == null ? null : unit.toBase(value.value());
        return new Observation(subject, row.indicator(), kind, measure, label, LocalDate.of(fromYear, 1, 1), LocalDate.of(year, 12, 31),
                value.value(), null, value.value() == null ? Qualifier.NON_NUMERIC : value.qualifier(),
                value.value() == null ? value.text() : null, unit == null ? null : unit.unit().canonical(), row.unit(), normalized,
                value.cumulative(), flags, value.start(), value.end(), row.start(), row.end());
    }

    private static boolean isShare(PlanTableRow row) {
        return "%".equals(row.unit()) && row.indicator().matches(".*(比重|占|之比|比例|率).*");
    }
}
