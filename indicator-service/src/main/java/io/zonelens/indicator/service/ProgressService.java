package io.zonelens.indicator.service;

import io.zonelens.indicator.rest.dto.ObservationTypes.Kind;
import io.zonelens.indicator.rest.dto.ObservationTypes.Measure;
import io.zonelens.indicator.rest.dto.ObservationTypes.Qualifier;
import io.zonelens.indicator.rest.dto.Views;
import io.zonelens.indicator.rest.dto.Views.Progress.Status;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Progress against the latest target; the rule is in {@link Views.Progress}'s description. */
@ApplicationScoped
public class ProgressService {

    /** How far below the implied path still counts as on track. */
    static final double ON_TRACK_TOLERANCE = 0.98;

    private final ObservationQueryService observations;

    public ProgressService(ObservationQueryService observations) {
        this.observations = observations;
    }

    public Optional<Views.Progress> progress(String subject, String indicator) {
        return observations.series(subject, indicator).map(ProgressService::assess);
    }

    static Views.Progress assess(Views.Series series) {
        List<Views.Observation> levels = series.points().stream()
                .filter(o -> o.measure() == Measure.LEVEL && !o.cumulative() && o.value() != null && o.period().end() != null)
                .toList();
        Optional<Views.Observation> target = levels.stream().filter(o -> o.kind() == Kind.TARGET)
                .max(Comparator.comparing((Views.Observation o) -> o.period().end()).thenComparing(Views.Observation::id));
        if (target.isEmpty()) {
            return new Views.Progress(series.subject(), series.indicator(), null, null, latestActual(levels), null, null, null, null, Status.NO_DATA);
        }
        Views.Observation goal = target.get();
        Optional<Views.Observation> baseline = levels.stream()
                .filter(o -> o.kind() == Kind.ACTUAL && o.period().end().isBefore(goal.period().start() == null ? goal.period().end() : goal.period().start()))
                .max(Comparator.comparing((Views.Observation o) -> o.evidence().documentId().equals(goal.evidence().documentId()))
                        .thenComparing(o -> o.period().end()));
        Double statedCagr = series.points().stream()
                .filter(o -> o.kind() == Kind.TARGET && o.measure() == Measure.CAGR && o.value() != null)
                .max(Comparator.comparing((Views.Observation o) -> o.evidence().documentId().equals(goal.evidence().documentId()))
                        .thenComparing(Views.Observation::id))
                .map(Views.Observation::value).orElse(null);
        Views.Observation latest = latestActual(levels);
        if (baseline.isEmpty()) {
            return new Views.Progress(series.subject(), series.indicator(), null, goal, latest, statedCagr, null, null,
                    share(latest, goal), Status.NO_DATA);
        }
        Views.Observation base = baseline.get();
        int planYears = goal.period().end().getYear() - base.period().end().getYear();
        Double impliedCagr = planYears > 0 ? percent(Math.pow(goal.value() / base.value(), 1.0 / planYears) - 1) : null;
        if (latest == null || !latest.period().end().isAfter(base.period().end())) {
            return new Views.Progress(series.subject(), series.indicator(), base, goal, latest, statedCagr, impliedCagr, null,
                    share(latest, goal), Status.NO_DATA);
        }
        boolean meantToFall = goal.value() < base.value();
        int yearsLeft = goal.period().end().getYear() - latest.period().end().getYear();
        Double requiredCagr = yearsLeft > 0 ? percent(Math.pow(goal.value() / latest.value(), 1.0 / yearsLeft) - 1) : null;
        Status status;
        if (meantToFall ? latest.value() <= goal.value() : reached(latest.value(), goal)) {
            status = Status.ACHIEVED;
        } else {
            int elapsed = latest.period().end().getYear() - base.period().end().getYear();
            double onPath = base.value() * Math.pow(goal.value() / base.value(), (double) elapsed / Math.max(planYears, 1));
            boolean onTrack = meantToFall ? latest.value() <= onPath / ON_TRACK_TOLERANCE : latest.value() >= onPath * ON_TRACK_TOLERANCE;
            status = onTrack ? Status.ON_TRACK : Status.BEHIND;
        }
        return new Views.Progress(series.subject(), series.indicator(), base, goal, latest, statedCagr, impliedCagr, requiredCagr,
                share(latest, goal), status);
    }

    private static boolean reached(double actual, Views.Observation goal) {
        return goal.qualifier() == Qualifier.MORE_THAN ? actual > goal.value() : actual >= goal.value();
    }

    private static Views.Observation latestActual(List<Views.Observation> levels) {
        return levels.stream().filter(o -> o.kind() == Kind.ACTUAL)
                .max(Comparator.comparing((Views.Observation o) -> o.period().end()).thenComparing(Views.Observation::id))
                .orElse(null);
    }

    private static Double share(Views.Observation latest, Views.Observation goal) {
        return latest == null || goal.value() == 0 ? null : round(latest.value() / goal.value());
    }

    private static double percent(double rate) {
        return round(rate * 100);
    }

    private static double round(double value) {
        return Math.round(value * 10000) / 10000.0;
    }
}
