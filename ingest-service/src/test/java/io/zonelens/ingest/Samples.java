package io.zonelens.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The five sample documents and the facts a careful reader finds in them (acceptance/seeds.json). */
public final class Samples {

    public static final List<String> FILES = List.of(
            "000_06ab7e027c22c786.txt", "001_23098c29dc51a7a7.txt", "002_16796f86e927b957.txt",
            "003_1b9ae0e5524c20de.txt", "004_0105666c1faa1594.txt");

    private Samples() {
    }

    public static byte[] bytes(String file) {
        return resource("/samples/" + file);
    }

    public static String text(String file) {
        return new String(bytes(file), StandardCharsets.UTF_8);
    }

    public static String acceptanceJson() {
        return new String(resource("/acceptance/seeds.json"), StandardCharsets.UTF_8);
    }

    public static JsonNode acceptance() {
        try {
            return new ObjectMapper().readTree(acceptanceJson());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] resource(String path) {
        try (InputStream in = Samples.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
