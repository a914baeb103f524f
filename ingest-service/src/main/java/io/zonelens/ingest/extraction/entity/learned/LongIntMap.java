package io.zonelens.ingest.extraction.entity.learned;

/** Open-addressing map from non-zero long keys to ints, so feature look-ups box nothing. */
final class LongIntMap {

    static final int MISSING = -1;

    private long[] keys;
    private int[] values;
    private int size;
    private int mask;

    LongIntMap(int expectedSize) {
        int capacity = Integer.highestOneBit(Math.max(4, expectedSize * 2 - 1)) << 1;
        keys = new long[capacity];
        values = new int[capacity];
        mask = capacity - 1;
    }

    int size() {
        return size;
    }

    int get(long key) {
        int slot = slotOf(key);
        while (true) {
            long found = keys[slot];
            if (found == key) {
                return values[slot];
            }
            if (found == 0L) {
                return MISSING;
            }
            slot = (slot + 1) & mask;
        }
    }

    void put(long key, int value) {
        requireNonZero(key);
        int slot = findSlot(key);
        if (keys[slot] == 0L) {
            keys[slot] = key;
            size++;
        }
        values[slot] = value;
        growIfCrowded();
    }

    /** Adds {@code delta} to the key's value (0 when absent) and returns the new value. */
    int add(long key, int delta) {
        requireNonZero(key);
        int slot = findSlot(key);
        if (keys[slot] == 0L) {
            keys[slot] = key;
            size++;
        }
        int value = values[slot] += delta;
        growIfCrowded();
        return value;
    }

    /** Calls back once per entry, in no particular order. */
    void forEach(EntryConsumer consumer) {
        for (int slot = 0; slot < keys.length; slot++) {
            if (keys[slot] != 0L) {
                consumer.accept(keys[slot], values[slot]);
            }
        }
    }

    interface EntryConsumer {
        void accept(long key, int value);
    }

    private int findSlot(long key) {
        int slot = slotOf(key);
        while (keys[slot] != 0L && keys[slot] != key) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private int slotOf(long key) {
        // Keys are already well-mixed hashes; fold the high bits in anyway for hand-made keys.
        return (int) (key ^ (key >>> 32)) & mask;
    }

    private void growIfCrowded() {
        if (size * 2 <= keys.length) {
            return;
        }
        long[] oldKeys = keys;
        int[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        values = new int[oldKeys.length * 2];
        mask = keys.length - 1;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != 0L) {
                int slot = findSlot(oldKeys[i]);
                keys[slot] = oldKeys[i];
                values[slot] = oldValues[i];
            }
        }
    }

    private static void requireNonZero(long key) {
        if (key == 0L) {
            throw new IllegalArgumentException("0 marks an empty slot");
        }
    }}
