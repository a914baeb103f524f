package io.zonelens.query.service;

import io.zonelens.query.repository.IndexedEntity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * Entities by every character and every pair of adjacent characters of their names and aliases, so a "contains"
 * search only checks the entities holding the query's rarest pair instead of every name. Matching ignores case.
 * Entities are never deleted and aliases never removed, so postings only grow. Many readers, one writer.
 */
final class NameIndex {

    /** A page of hits and how many there are in all. */
    record Page(List<IndexedEntity> items, long total) {
    }

    private record Hit(IndexedEntity entity, boolean exact) {
    }

    private static final Comparator<IndexedEntity> MOST_MENTIONED = Comparator.comparingInt(IndexedEntity::mentionCount).reversed()
            .thenComparing(IndexedEntity::name).thenComparingLong(IndexedEntity::id);
    private static final Comparator<Hit> EXACT_FIRST = Comparator.comparing(Hit::exact).reversed()
            .thenComparing(Hit::entity, MOST_MENTIONED);

    private static final int APPLY_CHUNK = 5_000;

    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    private final List<IndexedEntity> entities = new ArrayList<>();
    private final List<String[]> lowerCasedNames = new ArrayList<>();
    private final Map<Long, Integer> slots = new HashMap<>();
    private final Map<Integer, Postings> postings = new HashMap<>();
    /** Every entity, most mentioned first; rebuilt on the first listing after a change. */
    private volatile List<IndexedEntity> byMentions;

    /**
     * Adds new entities and replaces the counts, dates and aliases of known ones; a few thousand at a time, so
     * searches (on I/O threads) never wait long for a large first load.
     */
    void apply(List<IndexedEntity> changed) {
        for (int from = 0; from < changed.size(); from += APPLY_CHUNK) {
            applyChunk(changed.subList(from, Math.min(changed.size(), from + APPLY_CHUNK)));
        }
    }

    private void applyChunk(List<IndexedEntity> changed) {
        lock.writeLock().lock();
        try {
            for (IndexedEntity entity : changed) {
                String[] names = lowerCasedNames(entity);
                Integer slot = slots.get(entity.id());
                Set<Integer> known = Set.of();
                if (slot == null) {
                    slot = entities.size();
                    slots.put(entity.id(), slot);
                    entities.add(entity);
                    lowerCasedNames.add(names);
                } else {
                    entities.set(slot, entity);
                    if (Arrays.equals(names, lowerCasedNames.get(slot))) {
                        continue; // new counts or dates only: the postings stand
                    }
                    known = keys(lowerCasedNames.get(slot));
                    lowerCasedNames.set(slot, names);
                }
                for (int key : keys(names)) {
                    if (!known.contains(key)) {
                        postings.computeIfAbsent(key, k -> new Postings()).add(slot);
                    }
                }
            }
            if (!changed.isEmpty()) {
                byMentions = null;
            }
        } finally {
            lock.writeLock().unlock();
        }
    }

    int size() {
        lock.readLock().lock();
        try {
            return entities.size();
        } finally {
            lock.readLock().unlock();
        }
    }

    /**
     * Entities whose name or an alias contains {@code q} (all when null), of {@code type} when given: exact names
     * first, then the most mentioned, then by name and id.
     */
    Page search(String q, String type, int offset, int size) {
        lock.readLock().lock();
        try {
            if (q == null) {
                List<IndexedEntity> all = byMentions();
                List<IndexedEntity> ofType = type == null ? all : all.stream().filter(e -> e.type().equals(type)).toList();
                return new Page(slice(ofType, offset, size), ofType.size());
            }
            String needle = q.toLowerCase(Locale.ROOT);
            Postings candidates = rarestPostings(needle);
            List<Hit> hits = new ArrayList<>();
            for (int i = 0; candidates != null && i < candidates.size; i++) {
                int slot = candidates.slots[i];
                IndexedEntity entity = entities.get(slot);
                if (type == null || entity.type().equals(type)) {
                    Hit hit = hit(entity, lowerCasedNames.get(slot), needle);
                    if (hit != null) {
                        hits.add(hit);
                    }
                }
            }
            hits.sort(EXACT_FIRST);
            return new Page(slice(hits, offset, size).stream().map(Hit::entity).toList(), hits.size());
        } finally {
            lock.readLock().unlock();
        }
    }

    private static Hit hit(IndexedEntity entity, String[] names, String needle) {
        boolean contains = false;
        for (String name : names) {
            if (name.equals(needle)) {
                return new Hit(entity, true);
            }
            contains |= name.contains(needle);
        }
        return contains ? new Hit(entity, false) : null;
    }

    /** The postings of the query's least common character pair (or its one character); null when one is absent. */
    private Postings rarestPostings(String needle) {
        if (needle.length() == 1) {
            return postings.get(key(needle.charAt(0)));
        }
        Postings rarest = null;
        for (int i = 0; i + 1 < needle.length(); i++) {
            Postings pair = postings.get(key(needle.charAt(i), needle.charAt(i + 1)));
            if (pair == null) {
                return null;
            }
            if (rarest == null || pair.size < rarest.size) {
                rarest = pair;
            }
        }
        return rarest;
    }

    private List<IndexedEntity> byMentions() {
        List<IndexedEntity> ordered = byMentions;
        if (ordered == null) {
            ordered = entities.stream().sorted(MOST_MENTIONED).toList();
            byMentions = ordered;
        }
        return ordered;
    }

    private static <T> List<T> slice(List<T> items, int offset, int size) {
        return offset >= items.size() ? List.of() : items.subList(offset, Math.min(items.size(), offset + size));
    }

    private static String[] lowerCasedNames(IndexedEntity entity) {
        String[] names = new String[1 + entity.aliases().size()];
        names[0] = entity.name().toLowerCase(Locale.ROOT);
        for (int i = 0; i < entity.aliases().size(); i++) {
            names[i + 1] = entity.aliases().get(i).toLowerCase(Locale.ROOT);
        }
        return names;
    }

    private static Set<Integer> keys(String[] names) {
        Set<Integer> keys = new HashSet<>();
        for (String name : names) {
            for (int i = 0; i < name.length(); i++) {
                keys.add(key(name.charAt(i)));
                if (i + 1 < name.length()) {
                    keys.add(key(name.charAt(i), name.charAt(i + 1)));
                }
            }
        }
        return keys;
    }

    /** A character's key is its code unit; a pair's has the first one's in the high half, never zero there. */
    private static int key(char single) {
        return single;
    }

    private static int key(char first, char second) {
        return (Math.max(first, 1) << 16) | second;
    }

    /** Slots holding one key, in the order they were added. */
    private static final class Postings {
        private int[] slots = new int[4];
        private int size;

        void add(int slot) {
            if (size == slots.length) {
                slots = Arrays.copyOf(slots, size * 2);
            }
            slots[size++] = slot;
        }
    }
}
