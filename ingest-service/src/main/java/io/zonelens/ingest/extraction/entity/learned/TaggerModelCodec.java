package io.zonelens.ingest.extraction.entity.learned;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The model file: gzip over a DataOutputStream, no serialization framework, so it reads the same in a
 * native image. Feature weights are stored as 16-bit integers times one scale; transitions as floats.
 *
 * <pre>
 * int magic "ZLNR", int version
 * int labelCount, labelCount x UTF label
 * int nameCount, nameCount x (UTF name, unsigned byte label index): the gazetteer
 * float scale
 * tags x tags float transitions, tags x float start weights
 * int featureCount, then per feature: long key, unsigned byte entryCount, entryCount x (byte tag, short weight)
 * </pre>
 */
final class TaggerModelCodec {

    private static final int MAGIC = 0x5A4C4E52;
    private static final int VERSION = 2;

    private TaggerModelCodec() {
    }

    static void write(TaggerModel model, OutputStream target) throws IOException {
        float scale = model.weightScale();
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(new GZIPOutputStream(target, 1 << 16)))) {
            out.writeInt(MAGIC);
            out.writeInt(VERSION);
            List<String> labels = model.tags().labels();
            out.writeInt(labels.size());
            for (String label : labels) {
                out.writeUTF(label);
            }
            List<EntityGazetteer.Entry> names = model.gazetteer().entries();
            out.writeInt(names.size());
            for (EntityGazetteer.Entry name : names) {
                out.writeUTF(name.surface());
                out.writeByte(name.label());
            }
            out.writeFloat(scale);
            for (float weight : model.transitions()) {
                out.writeFloat(weight);
            }
            for (float weight : model.startWeights()) {
                out.writeFloat(weight);
            }
            out.writeInt(model.featureCount());
            for (int row = 0; row < model.featureCount(); row++) {
                out.writeLong(model.featureKey(row));
                int from = model.rowStart(row);
                int to = model.rowStart(row + 1);
                out.writeByte(to - from);
                for (int entry = from; entry < to; entry++) {
                    out.writeByte(model.entryTag(entry));
                    out.writeShort(TaggerModel.quantize(model.entryWeight(entry), scale));
                }
            }
        }
    }

    static TaggerModel read(InputStream source) throws IOException {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(new GZIPInputStream(source, 1 << 16), 1 << 16))) {
            if (in.readInt() != MAGIC) {
                throw new IOException("not a ZoneLens tagger model");
            }
            int version = in.readInt();
            if (version != VERSION) {
                throw new IOException("unsupported tagger model version " + version);
            }
            int labelCount = in.readInt();
            List<String> labels = new ArrayList<>(labelCount);
            for (int i = 0; i < labelCount; i++) {
                labels.add(in.readUTF());
            }
            TagSet tags = new TagSet(labels);
            int nameCount = in.readInt();
            List<EntityGazetteer.Entry> names = new ArrayList<>(nameCount);
            for (int i = 0; i < nameCount; i++) {
                names.add(new EntityGazetteer.Entry(in.readUTF(), in.readUnsignedByte()));
            }
            float scale = in.readFloat();
            float[] transitions = readFloats(in, tags.size() * tags.size());
            float[] start = readFloats(in, tags.size());
            int featureCount = in.readInt();
            long[] keys = new long[featureCount];
            int[] rowStarts = new int[featureCount + 1];
            byte[] entryTags = new byte[featureCount * 4];
            float[] entryWeights = new float[featureCount * 4];
            int entries = 0;
            for (int row = 0; row < featureCount; row++) {
                keys[row] = in.readLong();
                int count = in.readUnsignedByte();
                if (entries + count > entryTags.length) {
                    int grown = Math.max(entryTags.length * 2, entries + count);
                    entryTags = java.util.Arrays.copyOf(entryTags, grown);
                    entryWeights = java.util.Arrays.copyOf(entryWeights, grown);
                }
                for (int i = 0; i < count; i++) {
                    entryTags[entries] = in.readByte();
                    entryWeights[entries] = in.readShort() * scale;
                    entries++;
                }
                rowStarts[row + 1] = entries;
            }
            return new TaggerModel(tags, new EntityGazetteer(names), keys, rowStarts, java.util.Arrays.copyOf(entryTags, entries),
                    java.util.Arrays.copyOf(entryWeights, entries), transitions, start);
        }
    }

    private static float[] readFloats(DataInputStream in, int count) throws IOException {
        float[] values = new float[count];
        for (int i = 0; i < count; i++) {
            values[i] = in.readFloat();
        }
        return values;
    }
}
