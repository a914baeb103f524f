package io.zonelens.ingest.extraction.entity;

import com.hankcs.hanlp.collection.AhoCorasick.AhoCorasickDoubleArrayTrie;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * One Aho-Corasick automaton over every gazetteer name and every cue, so a sentence is scanned once and each
 * source reads the hits it cares about.
 */
@ApplicationScoped
public class Lexicon {

    /** What a matched word is: gazetteer entries, cues, or both (中心 is a cue, 中国 a place and an anchor). */
    public record Value(List<GazetteerEntry> entries, List<Cue> cues) {
    }

    public record Hit(int start, int end, Value value) {
        public boolean hasType(EntityType... types) {
            for (GazetteerEntry entry : value.entries()) {
                for (EntityType type : types) {
                    if (entry.type() == type) {
                        return true;
                    }
                }
            }
            return false;
        }

        /** A body, company, organization or media word (局, 有限公司, 研究院, 日报): what an institution's name ends in. */
        public boolean endsAnInstitution() {
            return value.cues().stream().anyMatch(cue -> cue.family() == Cue.CueFamily.GOV_BODY || cue.family() == Cue.CueFamily.COMPANY_SUFFIX
                    || cue.family() == Cue.CueFamily.ORG_SUFFIX || cue.family() == Cue.CueFamily.MEDIA_SUFFIX);
        }

        public Cue cue(Cue.CueFamily family) {
            for (Cue cue : value.cues()) {
                if (cue.family() == family) {
                    return cue;
                }
            }
            return null;
        }
    }

    private final AhoCorasickDoubleArrayTrie<Value> trie = new AhoCorasickDoubleArrayTrie<>();
    private final Gazetteer gazetteer;
    private final List<Cue> bodyCues = new ArrayList<>();

    @Inject
    public Lexicon(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        TreeMap<String, Value> words = new TreeMap<>();
        for (String name : gazetteer.allNames()) {
            words.put(name, new Value(gazetteer.lookup(name), new ArrayList<>()));
        }
        for (String[] row : TsvResource.rows("gazetteer/cues.tsv")) {
            Cue cue = new Cue(row[0], Cue.CueFamily.valueOf(row[1]), row.length > 2 ? row[2] : "");
            if (cue.family() == Cue.CueFamily.GOV_BODY) {
                bodyCues.add(cue);
            }
            words.computeIfAbsent(cue.word(), k -> new Value(List.of(), new ArrayList<>())).cues().add(cue);
        }
        // The spellings the list gives itself (审　判　长) stand; the others are added.
        for (Value value : List.copyOf(words.values())) {
            for (Cue cue : value.cues()) {
                for (String spaced : spacedToARostersWidth(cue)) {
                    // The title's own cue: what rules ask of its word (主任, 局长) holds of the spaced spelling too.
                    words.computeIfAbsent(spaced, k -> new Value(List.of(), new ArrayList<>(List.of(cue))));
                }
            }
        }
        // 成　　员：: a group's members, a title only where a roster spaces the word out to its labels' width before a colon
        // (成员单位 is none, nor 各成 员单位 with a stray space).
        for (String role : SPACED_ONLY_ROLES) {
            Cue cue = new Cue(role, Cue.CueFamily.TITLE, "");
            for (String spaced : spacedToARostersWidth(cue)) {
                rosterLabels.add(words.computeIfAbsent(spaced, k -> new Value(List.of(), new ArrayList<>(List.of(cue)))));
            }
        }
        trie.build(words);
    }

    private static final List<String> SPACED_ONLY_ROLES = List.of("成员");
    /** The spaced spellings of {@link #SPACED_ONLY_ROLES}, titles only before a colon. */
    private final java.util.Set<Value> rosterLabels = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

    /**
     * 主　　任, 副 主 任: a roster spaces a short title out to the width of its longest (二级巡视员); the spaced title is the
     * title. Titles of two characters take one to four ASCII spaces or one to three ideographic ones, of three one space of
     * either kind between each two.
     */
    private static List<String> spacedToARostersWidth(Cue cue) {
        String word = cue.word();
        if (cue.family() != Cue.CueFamily.TITLE || !cue.canonicalForm().isEmpty() || word.length() < 2 || word.length() > 3 || !SentenceView.isHan(word)) {
            return List.of();
        }
        if (word.length() == 2) {
            return ROSTER_GAPS.stream().map(gap -> word.charAt(0) + gap + word.charAt(1)).toList();
        }
        return List.of(" ", "　").stream().map(gap -> word.charAt(0) + gap + word.charAt(1) + gap + word.charAt(2)).toList();
    }

    private static final List<String> ROSTER_GAPS = List.of(" ", "  ", "   ", "    ", "　", "　　", "　　　");

    public List<Cue> bodyCues() {
        return bodyCues;
    }

    public Gazetteer gazetteer() {
        return gazetteer;
    }

    public List<Hit> scan(String text, int from, int to) {
        List<Hit> hits = new ArrayList<>();
        trie.parseText(text.substring(from, to), (begin, end, value) -> {
            if (!rosterLabels.contains(value) || labelsAt(text, from + end)) {
                hits.add(new Hit(from + begin, from + end, value));
            }
        });
        return hits;
    }

    /** A colon after a roster's label, spaces allowed before it. */
    private static boolean labelsAt(String text, int end) {
        int at = end;
        while (at < text.length() && Character.isSpaceChar(text.charAt(at))) {
            at++;
        }
        return at < text.length() && (text.charAt(at) == '：' || text.charAt(at) == ':');
    }
}
