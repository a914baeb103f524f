package io.zonelens.indicator.service;

import io.quarkus.panache.common.Parameters;
import io.zonelens.indicator.repository.ObservationRecord;
import io.zonelens.indicator.repository.ObservationRepository;
import io.zonelens.indicator.rest.dto.DocumentObservations;
import io.zonelens.indicator.rest.dto.ObservationTypes;
import io.zonelens.indicator.rest.dto.Views;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Observations by subject, indicator, kind, measure, period and document; names and aliases resolve to one id each. */
@ApplicationScoped
public class ObservationQueryService {

    private final ObservationRepository repository;
    private final EntityManager em;

    public ObservationQueryService(ObservationRepository repository, EntityManager em) {
        this.repository = repository;
        this.em = em;
    }

    @Transactional
    public Views.ObservationPage find(ObservationQuery query, int page, int size) {
        Optional<Filter> filter = filter(query);
        if (filter.isEmpty()) {
            return new Views.ObservationPage(List.of(), 0, page, size);
        }
        long total = ObservationRecord.count(filter.get().where(), filter.get().parameters());
        List<ObservationRecord> records = ObservationRecord.<ObservationRecord>find(
                        filter.get().where() + " order by periodEnd desc nulls last, id", filter.get().parameters())
                .page(page, size).list();
        return new Views.ObservationPage(views(records), total, page, size);
    }

    /** Every matching observation, in the list's order, for export. */
    @Transactional
    public List<Views.Observation> all(ObservationQuery query, int limit) {
        return filter(query).map(filter -> views(ObservationRecord.<ObservationRecord>find(
                filter.where() + " order by periodEnd desc nulls last, id", filter.parameters()).range(0, limit - 1).list()))
                .orElse(List.of());
    }

    @Transactional
    public Optional<Views.Series> series(String subject, String indicator) {
        Optional<Long> subjectId = repository.subjectNamed(subject);
        Optional<Long> indicatorId = repository.indicatorNamed(indicator);
        if (subjectId.isEmpty() || indicatorId.isEmpty()) {
            return Optional.empty();
        }
        List<ObservationRecord> records = ObservationRecord.list(
                "subjectId = ?1 and indicatorId = ?2 order by periodEnd nulls first, kind, measure, id", subjectId.get(), indicatorId.get());
        return Optional.of(new Views.Series(subjectName(subjectId.get()), indicatorName(indicatorId.get()), views(records)));
    }

    @Transactional
    @SuppressWarnings("unchecked")
    public Views.IndicatorPage indicators(String q, String subject) {
        StringBuilder sql = new StringBuilder("""
                select i.id, i.name, count(o.id) from indicator i left join observation o on o.indicator_id = i.id
                """);
        Optional<Long> subjectId = subject == null ? Optional.empty() : repository.subjectNamed(subject);
        if (subject != null && subjectId.isEmpty()) {
            return new Views.IndicatorPage(List.of(), 0);
        }
        sql.append(subjectId.isPresent() ? " and o.subject_id = :subject" : "");
        sql.append(" where true");
        if (q != null) {
            sql.append(" and (i.name like :pattern or exists (select 1 from indicator_synonym s where s.indicator_id = i.id and s.synonym like :pattern))");
        }
        sql.append(" group by i.id, i.name");
        if (subjectId.isPresent()) {
            sql.append(" having count(o.id) > 0");
        }
        sql.append(" order by count(o.id) desc, i.name");
        var query = em.createNativeQuery(sql.toString());
        subjectId.ifPresent(id -> query.setParameter("subject", id));
        if (q != null) {
            query.setParameter("pattern", "%" + q.replace("%", "").replace("_", "") + "%");
        }
        List<Object[]> rows = query.getResultList();
        Map<Long, List<String>> synonyms = synonyms();
        List<Views.Indicator> items = rows.stream().map(row -> new Views.Indicator(((Number) row[0]).longValue(), (String) row[1],
                synonyms.getOrDefault(((Number) row[0]).longValue(), List.of()), ((Number) row[2]).longValue())).toList();
        return new Views.IndicatorPage(items, items.size());
    }

    private record Filter(String where, Parameters parameters) {
    }

    /** Empty when a named subject or indicator is unknown: nothing can match. */
    private Optional<Filter> filter(ObservationQuery query) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters parameters = new Parameters();
        if (query.subject() != null) {
            Optional<Long> id = repository.subjectNamed(query.subject());
            if (id.isEmpty()) {
                return Optional.empty();
            }
            where.append(" and subjectId = :subject");
            parameters.and("subject", id.get());
        }
        if (query.indicator() != null) {
            Optional<Long> id = repository.indicatorNamed(query.indicator());
            if (id.isEmpty()) {
                return Optional.empty();
            }
            where.append(" and indicatorId = :indicator");
            parameters.and("indicator", id.get());
        }
        if (query.kind() != null) {
            where.append(" and kind = :kind");
            parameters.and("kind", query.kind().name());
        }
        if (query.measure() != null) {
            where.append(" and measure = :measure");
            parameters.and("measure", query.measure().name());
        }
        if (query.period() != null) {
            where.append(" and periodLabel = :period");
            parameters.and("period", query.period());
        }
        if (query.documentId() != null) {
            where.append(" and documentId = :document");
            parameters.and("document", query.documentId());
        }
        return Optional.of(new Filter(where.toString(), parameters));
    }

    private List<Views.Observation> views(List<ObservationRecord> records) {
        if (records.isEmpty()) {
            return List.of();
        }
        Set<Long> conflicting = conflicting(records.stream().map(record -> record.id).toList());
        Map<Long, String> subjects = new HashMap<>();
        Map<Long, String> indicators = new HashMap<>();
        return records.stream().map(record -> new Views.Observation(record.id,
                subjects.computeIfAbsent(record.subjectId, this::subjectName),
                indicators.computeIfAbsent(record.indicatorId, this::indicatorName),
                record.indicatorText, ObservationTypes.Kind.valueOf(record.kind), ObservationTypes.Measure.valueOf(record.measure),
                new DocumentObservations.Period(record.periodLabel, record.periodStart, record.periodEnd),
                record.value, record.upperValue, ObservationTypes.Qualifier.valueOf(record.qualifier), record.valueText,
                record.unit, record.unitText, record.normalizedValue, record.cumulative,
                record.flags.isEmpty() ? List.of() : Arrays.asList(record.flags.split(",")),
                conflicting.contains(record.id),
                new Views.Evidence(record.documentId, record.sentence, record.start, record.end, record.sentenceStart, record.sentenceEnd)))
                .toList();
    }

    /** Which of these observations another document contradicts (same subject, indicator, kind, measure, period). */
    @SuppressWarnings("unchecked")
    private Set<Long> conflicting(List<Long> ids) {
        List<Number> rows = em.createNativeQuery("""
                        select o.id from observation o
                         where o.id in (:ids)
                           and exists (select 1 from observation other
                                        where other.subject_id = o.subject_id and other.indicator_id = o.indicator_id
                                          and other.kind = o.kind and other.measure = o.measure
                                          and other.period_label = o.period_label and other.document_id <> o.document_id
                                          and other.value is distinct from o.value)
                        """).setParameter("ids", ids).getResultList();
        return rows.stream().map(Number::longValue).collect(Collectors.toCollection(HashSet::new));
    }

    private String subjectName(long id) {
        return (String) em.createNativeQuery("select name from subject where id = :id").setParameter("id", id).getSingleResult();
    }

    private String indicatorName(long id) {
        return (String) em.createNativeQuery("select name from indicator where id = :id").setParameter("id", id).getSingleResult();
    }

    @SuppressWarnings("unchecked")
    private Map<Long, List<String>> synonyms() {
        List<Object[]> rows = em.createNativeQuery("select indicator_id, synonym from indicator_synonym order by synonym").getResultList();
        return rows.stream().collect(Collectors.groupingBy(row -> ((Number) row[0]).longValue(),
                Collectors.mapping(row -> (String) row[1], Collectors.toList())));
    }
}
