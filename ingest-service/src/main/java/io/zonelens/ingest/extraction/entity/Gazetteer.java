package io.zonelens.ingest.extraction.entity;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The gazetteer files listed in gazetteer/index.txt: every canonical name and alias mapped to its entries. Short
 * zone forms (综保区, 经开区, 高新区) are derived here rather than written into every row.
 */
@ApplicationScoped
public class Gazetteer {

    static final String[][] DERIVED_SHORT_FORMS = {
            {"综合保税区", "综保区"}, {"经济技术开发区", "经开区"}, {"高新技术产业开发区", "高新区"}, {"新技术开发区", "高新区"}};

    private final Map<String, List<GazetteerEntry>> byName = new HashMap<>();
    private final List<GazetteerEntry> entries = new ArrayList<>();
    private final Set<String> fragments = new HashSet<>();

    public Gazetteer() {
        this("gazetteer/index.txt");
    }

    Gazetteer(String index) {
        for (String file : TsvResource.lines(index)) {
            if (!file.isBlank()) {
                for (String[] row : TsvResource.rows("gazetteer/" + file.strip())) {
                    add(row);
                }
            }
        }
    }

    private void add(String[] row) {
        GazetteerEntry entry = new GazetteerEntry(row[0], EntityType.valueOf(row[1]), row[2], row.length > 3 ? row[3] : "");
        entries.add(entry);
        List<String> names = new ArrayList<>();
        names.add(row[0]);
        if (row.length > 4 && !row[4].isBlank()) {
            names.addAll(List.of(row[4].split("\\|")));
        }
        for (String name : List.copyOf(names)) {
            for (String[] form : DERIVED_SHORT_FORMS) {
                if (name.endsWith(form[0])) {
                    names.add(name.substring(0, name.length() - form[0].length()) + form[1]);
                }
            }
        }
        // Official texts write 中国（天津）自由贸易试验区 with full-width brackets; the lists use ASCII ones.
        for (String name : List.copyOf(names)) {
            if (name.indexOf('(') >= 0) {
                names.add(name.replace('(', '（').replace(')', '）'));
            }
        }
        for (String name : names) {
            List<GazetteerEntry> list = byName.computeIfAbsent(name, k -> new ArrayList<>(1));
            if (!list.contains(entry)) {
                list.add(entry);
            }
            if (entry.type() == EntityType.ZONE) {
                fragments.add(stem(name));
            }
        }
    }

    /** A zone name without its kind suffix (东疆 of 东疆保税港区): words HanLP likes to mistake for persons. */
    private static String stem(String name) {
        for (String suffix : List.of("综合保税区", "综保区", "保税港区", "保税区", "经济技术开发区", "经开区", "高新技术产业开发区", "高新区", "新区")) {
            if (name.endsWith(suffix) && name.length() > suffix.length()) {
                return name.substring(0, name.length() - suffix.length());
            }
        }
        return name;
    }

    public List<GazetteerEntry> lookup(String name) {
        return byName.getOrDefault(name, List.of());
    }

    /** True when the word is a gazetteer name or the distinctive part of a zone name. */
    public boolean isNameOrFragment(String word) {
        return byName.containsKey(word) || fragments.contains(word);
    }

    public Collection<GazetteerEntry> entries() {
        return entries;
    }

    public Set<String> allNames() {
        return byName.keySet();
    }

    /** Every name with the HanLP nature that suits its type, for the segmenter's domain dictionary. */
    public Map<String, String> names() {
        Map<String, String> names = new LinkedHashMap<>();
        byName.forEach((name, list) -> {
            if (name.length() > 1) {
                names.put(name, switch (list.get(0).type()) {
                    case PLACE -> "ns";
                    case PERSON -> "nr";
                    default -> "nt";
                });
            }
        });
        return names;
    }

    public int size() {
        return entries.size();
    }
}
