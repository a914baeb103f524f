package io.zonelens.ingest.extraction.entity;

import io.zonelens.ingest.extraction.entity.learned.TaggedSpan;
import io.zonelens.ingest.extraction.pipeline.Sentence;
import io.zonelens.ingest.extraction.token.Token;

import java.util.List;

/**
 * One sentence as every source sees it: the text, its tokens and the lexicon hits of a single scan, whether its
 * document is of our domain (it names a zone, by a listed name or a zone word), where the patterns lead, and the
 * learned tagger's spans when a tagger runs (offsets within the sentence, as the tagger gives them; null when the
 * sentence was not tagged), so that the tagger reads each sentence once and patterns may borrow its name edges.
 */
public record SentenceView(String text, Sentence sentence, List<Token> tokens, List<Lexicon.Hit> hits, boolean zoneDocument,
                           List<TaggedSpan> learnedSpans) {

    public SentenceView(String text, Sentence sentence, List<Token> tokens, List<Lexicon.Hit> hits, boolean zoneDocument) {
        this(text, sentence, tokens, hits, zoneDocument, null);
    }

    static final String PUNCTUATION = "，,。、；;：:！!？?“”\"‘’'《》「」()（）【】[]—-…·/ \t　";

    public static boolean isPunctuation(char c) {
        return PUNCTUATION.indexOf(c) >= 0;
    }

    /** 3, ３, 三, 百, 两: a digit or a numeral character, as counts and dates are written. */
    public static boolean isNumeral(char c) {
        return NUMERALS.indexOf(c) >= 0;
    }

    private static final String NUMERALS = "0123456789０１２３４５６７８９一二三四五六七八九十百千两几";

    /** A Chinese character (of the Han script). */
    public static boolean isHan(char c) {
        return isHanCodePoint(c);
    }

    /** Whether a table's cell starts at {@code offset}: the line's start, or a space (any run of them) before it. */
    static boolean cellStartsAt(String text, int offset) {
        if (offset == 0) {
            return true;
        }
        char before = text.charAt(offset - 1);
        return before == '\n' || before == '\t' || Character.isSpaceChar(before);
    }

    /** Chinese characters only (empty counts). */
    public static boolean isHan(String text) {
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (!isHanCodePoint(c)) {
                return false;
            }
            i += Character.charCount(c);
        }
        return true;
    }

    /** Spaces in a pattern, the full-width ones of Chinese layout too. */
    static final String SPACES = "[\\s\u3000]*";

    /** Nothing, or a note in brackets: what may follow a name or an office alone on its line (刘　洋（深圳援疆，挂职）). */
    private static final java.util.regex.Pattern NOTE_ALONE = java.util.regex.Pattern.compile("(?:[（(][^）)]*[）)])?");

    /** Only spaces, or a note in brackets, stand between {@code at} and the end of its line. */
    static boolean onlyANoteToTheLineEnd(String text, int at) {
        int lineEnd = text.indexOf('\n', at);
        return NOTE_ALONE.matcher(text.substring(at, lineEnd < 0 ? text.length() : lineEnd).strip()).matches();
    }

    /**
     * Where the text of the line holding {@code offset} starts, after its spaces, looking back no further than {@code floor}
     * (but over the spaces before it); -1 where no line opens between the floor and the offset.
     */
    static int lineTextStart(String text, int offset, int floor) {
        int at = offset;
        while (at > floor && text.charAt(at - 1) != '\n') {
            at--;
        }
        // The line's indentation may lie before the floor (a sentence starts after the spaces that open its line).
        int indentation = at;
        while (indentation > 0 && text.charAt(indentation - 1) != '\n' && Character.isWhitespace(text.charAt(indentation - 1))) {
            indentation--;
        }
        if (indentation > 0 && text.charAt(indentation - 1) != '\n') {
            return -1;
        }
        while (at < offset && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
        return at;
    }

    private static boolean isHanCodePoint(int c) {
        // The common ideographs first, then what no Han character is (everything below the radicals, the full-width forms)
        // and the CJK symbols and punctuation (、。《》, with 々 and 〇 among them) from a table: the script table is a binary
        // search, and names and the punctuation around them are tested character by character.
        if (c >= 0x4E00 && c <= 0x9FA5) {
            return true;
        }
        if (c < HAN_TABLE_FROM || c >= 0xFF00 && c <= 0xFFEF) {
            return false;
        }
        return c < HAN_TABLE_TO ? HAN_AMONG_RADICALS_AND_PUNCTUATION[c - HAN_TABLE_FROM] : Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    /** From the CJK radicals to the symbols and punctuation: the first Han characters, and the punctuation of Chinese text. */
    private static final int HAN_TABLE_FROM = 0x2E80;
    private static final int HAN_TABLE_TO = 0x3040;
    private static final boolean[] HAN_AMONG_RADICALS_AND_PUNCTUATION = new boolean[HAN_TABLE_TO - HAN_TABLE_FROM];

    static {
        for (int c = HAN_TABLE_FROM; c < HAN_TABLE_TO; c++) {
            HAN_AMONG_RADICALS_AND_PUNCTUATION[c - HAN_TABLE_FROM] = Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
        }
    }

    /** 《哈利·波特》, 《云之遥》: what stands in 《》 is a work's or a document's title, not a person or body named in the text. */
    public boolean insideBookTitle(int start, int end) {
        // Only the sentence is searched: a scan back through the whole document would cost its length on every call.
        int open = -1;
        for (int i = start - 1; i >= sentence.start() && open < 0; i--) {
            char c = text.charAt(i);
            if (c == '》') {
                return false;
            }
            open = c == '《' ? i : -1;
        }
        if (open < 0) {
            return false;
        }
        for (int i = start; i < sentence.end(); i++) {
            if (text.charAt(i) == '》') {
                return i >= end;
            }
        }
        return false;
    }

    public char charAt(int offset) {
        return offset >= sentence.start() && offset < sentence.end() ? text.charAt(offset) : '\n';
    }

    public String slice(int start, int end) {
        return text.substring(start, end);
    }

    /** Index of the token covering the character at {@code offset}, or -1. */
    public int tokenAt(int offset) {
        int low = 0;
        int high = tokens.size() - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            Token token = tokens.get(mid);
            if (token.end() <= offset) {
                low = mid + 1;
            } else if (token.start() > offset) {
                high = mid - 1;
            } else {
                return mid;
            }
        }
        return -1;
    }

    /** The tokens lying wholly inside [start, end). */
    public List<Token> tokensWithin(int start, int end) {
        int from = Math.max(0, tokenAt(start));
        int to = from;
        while (to < tokens.size() && tokens.get(to).start() < end) {
            to++;
        }
        return tokens.subList(from, to).stream().filter(token -> token.start() >= start && token.end() <= end).toList();
    }

    /** A name of two characters or fewer starting inside a word HanLP made is that word's end, no name (崇礼|县 holds no 礼县). */
    public boolean shortNameStartsInsideAWord(int start, int end) {
        return end - start <= 2 && !tokenStartsAt(start);
    }

    public boolean tokenStartsAt(int offset) {
        int index = tokenAt(offset);
        return index >= 0 && tokens.get(index).start() == offset;
    }

    /** 管委 (a body word HanLP and the tagger read as surname 管 + name), 东疆: a word the lexicon lists, exactly [start, end). */
    public boolean listedWord(int start, int end) {
        return hits.stream().anyMatch(hit -> hit.start() == start && hit.end() == end);
    }

    /** 日本, 阿根廷: a listed country's name, exactly [start, end). */
    public boolean namesACountry(int start, int end) {
        return hits.stream().anyMatch(hit -> hit.start() == start && hit.end() == end && hit.value().entries().stream().anyMatch(GazetteerEntry::isCountry));
    }

    /** Whether a token ends at {@code offset} (end exclusive). */
    public boolean tokenEndsAt(int offset) {
        int index = tokenAt(offset - 1);
        return index >= 0 && tokens.get(index).end() == offset;
    }

    /** HanLP read exactly [start, end) as one person's name (刘强/nr; 经市/nr too, where it misreads). */
    public boolean readAsOneName(int start, int end) {
        return readAsOneWordOf(start, end, "nr");
    }

    /** HanLP read exactly [start, end) as one place name (河口/ns, though its dictionary knows 河口 as a river's mouth first). */
    public boolean readAsOnePlace(int start, int end) {
        return readAsOneWordOf(start, end, "ns");
    }

    private boolean readAsOneWordOf(int start, int end, String partOfSpeech) {
        int index = tokenAt(start);
        return index >= 0 && tokens.get(index).start() == start && tokens.get(index).end() == end && tokens.get(index).pos().startsWith(partOfSpeech);
    }

    /** The sentence [start, end) lies in, or null (a span across sentences, or outside them): views are in text order. */
    public static SentenceView holding(List<SentenceView> views, int start, int end) {
        int low = 0;
        int high = views.size() - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            SentenceView view = views.get(mid);
            if (view.sentence().end() <= start) {
                low = mid + 1;
            } else if (view.sentence().start() > start) {
                high = mid - 1;
            } else {
                return end <= view.sentence().end() ? view : null;
            }
        }
        return null;
    }
}
