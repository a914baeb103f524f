package io.zonelens.contract;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.TreeSet;

/** Where two JSON trees differ, as JSON pointers a person can find in the YAML. */
final class TreeDiff {

    private static final int SHOWN = 40;

    private TreeDiff() {
    }

    static List<String> differences(JsonNode expected, JsonNode actual) {
        List<String> out = new ArrayList<>();
        compare("", expected, actual, out);
        return out;
    }

    static List<String> firstOf(List<String> differences) {
        if (differences.size() <= SHOWN) {
            return differences;
        }
        List<String> shown = new ArrayList<>(differences.subList(0, SHOWN));
        shown.add("... and " + (differences.size() - SHOWN) + " more");
        return shown;
    }

    private static void compare(String pointer, JsonNode expected, JsonNode actual, List<String> out) {
        if (expected.isObject() && actual.isObject()) {
            TreeSet<String> keys = new TreeSet<>();
            expected.fieldNames().forEachRemaining(keys::add);
            actual.fieldNames().forEachRemaining(keys::add);
            for (String key : keys) {
                String child = pointer + "/" + key.replace("~", "~0").replace("/", "~1");
                if (!actual.has(key)) {
                    out.add("removed " + child + ": " + brief(expected.get(key)));
                } else if (!expected.has(key)) {
                    out.add("added   " + child + ": " + brief(actual.get(key)));
                } else {
                    compare(child, expected.get(key), actual.get(key), out);
                }
            }
        } else if (expected.isArray() && actual.isArray()) {
            Iterator<JsonNode> left = expected.elements();
            Iterator<JsonNode> right = actual.elements();
            for (int i = 0; left.hasNext() || right.hasNext(); i++) {
                if (!right.hasNext()) {
                    out.add("removed " + pointer + "/" + i + ": " + brief(left.next()));
                } else if (!left.hasNext()) {
                    out.add("added   " + pointer + "/" + i + ": " + brief(right.next()));
                } else {
                    compare(pointer + "/" + i, left.next(), right.next(), out);
                }
            }
        } else if (!expected.equals(actual)) {
            out.add("changed " + (pointer.isEmpty() ? "/" : pointer) + ": " + brief(expected) + " -> " + brief(actual));
        }
    }

    private static String brief(JsonNode node) {
        String text = node.toString();
        return text.length() > 120 ? text.substring(0, 117) + "..." : text;
    }
}
