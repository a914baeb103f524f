package io.zonelens.ingest.extraction.entity.learned;

/**
 * Turns a feature (template number and the characters or values it looks at) into a 64-bit key without
 * building a String. With well-mixed 64-bit keys, two different features colliding is vanishingly rare.
 */
final class FeatureHash {

    private static final long MULTIPLIER = 0x9E3779B97F4A7C15L;

    private FeatureHash() {
    }

    static long start(int template) {
        return (template + 1) * MULTIPLIER;
    }

    static long add(long hash, int value) {
        return (hash ^ value) * MULTIPLIER + 0x632BE59BD9B4E019L;
    }

    /** MurmurHash3's finalizer; never returns 0, which marks an empty slot in {@link LongIntMap}. */
    static long finish(long hash) {
        hash ^= hash >>> 33;
        hash *= 0xFF51AFD7ED558CCDL;
        hash ^= hash >>> 33;
        hash *= 0xC4CEB9FE1A85EC53L;
        hash ^= hash >>> 33;
        return hash == 0L ? 1L : hash;
    }

    static long of(int template, int a) {
        return finish(add(start(template), a));
    }

    static long of(int template, int a, int b) {
        return finish(add(add(start(template), a), b));
    }

    static long of(int template, int a, int b, int c) {
        return finish(add(add(add(start(template), a), b), c));
    }

    static long of(int template, int a, int b, int c, int d) {
        return finish(add(add(add(add(start(template), a), b), c), d));
    }
}
