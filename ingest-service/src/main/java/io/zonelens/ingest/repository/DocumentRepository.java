package io.zonelens.ingest.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

@ApplicationScoped
public class DocumentRepository implements PanacheRepositoryBase<DocumentEntity, String> {

    /**
     * Holds, until the transaction ends, a lock on this document id: two replicas receiving the same content at
     * once then see each other's insert instead of failing on the primary key.
     */
    public void lockId(String documentId) {
        getEntityManager().createNativeQuery("select pg_advisory_xact_lock(:key)")
                .setParameter("key", Long.parseUnsignedLong(documentId, 16))
                .getSingleResult();
    }

    public List<DocumentEntity> newestFirst(int page, int size) {
        return findAll(Sort.descending("receivedAt").and("id", Sort.Direction.Descending))
                .page(Page.of(page, size))
                .list();
    }
}
