package io.zonelens.query.service;

import io.zonelens.query.repository.SqlValues;
import io.zonelens.query.rest.dto.Views;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.time.ZoneOffset;
import java.util.List;

/** Full-text search over delivered documents, ranked, with a highlighted passage per hit. */
@ApplicationScoped
public class DocumentSearchService {

    private static final int SNIPPET_BEFORE = 30;
    private static final int SNIPPET_AFTER = 70;

    private final EntityManager em;

    public DocumentSearchService(EntityManager em) {
        this.em = em;
    }

    @SuppressWarnings("unchecked")
    public Views.SearchPage search(String query, int page, int size) {
        String terms = SearchTerms.joined(query);
        if (terms.isBlank()) {
            return new Views.SearchPage(List.of(), 0, page, size);
        }
        long total = ((Number) em.createNativeQuery(
                        "select count(*) from document where search @@ plainto_tsquery('simple', :terms)")
                .setParameter("terms", terms).getSingleResult()).longValue();
        List<Object[]> rows = em.createNativeQuery("""
                        select d.id, d.title, d.published_at, d.published_offset_seconds, d.source, d.body,
                               ts_rank(d.search, q) as score
                          from document d, plainto_tsquery('simple', :terms) q
                         where d.search @@ q
                         order by score desc, d.published_at desc nulls last, d.id
                         limit :size offset :offset
                        """)
                .setParameter("terms", terms).setParameter("size", size).setParameter("offset", page * size)
                .getResultList();
        List<Views.SearchHit> hits = rows.stream().map(row -> new Views.SearchHit(
                (String) row[0], (String) row[1], publishedAt(row[2], row[3]), (String) row[4],
                snippet((String) row[5], query), ((Number) row[6]).doubleValue())).toList();
        return new Views.SearchPage(hits, total, page, size);
    }

    /** The passage around the first place the whole query occurs, else around its first term. */
    static String snippet(String body, String query) {
        String needle = query.strip();
        int at = body.indexOf(needle);
        if (at < 0) {
            List<String> terms = SearchTerms.of(query);
            needle = terms.isEmpty() ? "" : terms.get(0);
            at = needle.isEmpty() ? -1 : body.toLowerCase().indexOf(needle);
        }
        if (at < 0) {
            return body.substring(0, Math.min(body.length(), SNIPPET_BEFORE + SNIPPET_AFTER));
        }
        int from = Math.max(0, at - SNIPPET_BEFORE);
        int to = Math.min(body.length(), at + needle.length() + SNIPPET_AFTER);
        return (from > 0 ? "…" : "") + escape(body.substring(from, at)) + "<em>" + escape(body.substring(at, at + needle.length()))
                + "</em>" + escape(body.substring(at + needle.length(), to)) + (to < body.length() ? "…" : "");
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", " ");
    }

    static java.time.OffsetDateTime publishedAt(Object instant, Object offsetSeconds) {
        if (instant == null) {
            return null;
        }
        return SqlValues.instant(instant).atOffset(ZoneOffset.ofTotalSeconds(offsetSeconds == null ? 0 : ((Number) offsetSeconds).intValue()));
    }
}
