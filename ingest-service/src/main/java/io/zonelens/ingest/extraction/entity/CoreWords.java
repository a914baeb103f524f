package io.zonelens.ingest.extraction.entity;

import com.hankcs.hanlp.corpus.tag.Nature;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.dictionary.CustomDictionary;

import java.util.Arrays;
import java.util.stream.Stream;

/** What HanLP's core dictionary says of a word, for the rules that must tell names from common words. */
final class CoreWords {

    private CoreWords() {
    }

    /** HanLP sometimes tags a verb or adjective as a proper noun (提振, 联想); the core dictionary knows better. */
    static boolean usuallyNotAName(String word) {
        return tags(word).anyMatch(tag -> tag.startsWith("v") || tag.startsWith("a") || tag.startsWith("d"));
    }

    /** 委员普遍认为, 主任一致同意: a word HanLP knows only as an adverb or adjective says how, never who. */
    static boolean onlyAModifier(String word) {
        return CoreDictionary.get(word) != null && tags(word).allMatch(tag -> tag.startsWith("d") || tag.startsWith("a") || tag.equals("vd"));
    }

    /** The parts of speech the core dictionary gives the word (none for a word it does not know). */
    private static Stream<String> tags(String word) {
        CoreDictionary.Attribute attribute = CoreDictionary.get(word);
        return attribute == null ? Stream.empty() : Arrays.stream(attribute.nature).map(Nature::toString);
    }

    /** Neither HanLP's core nor its custom dictionary (where terms like 新材料 live) knows it: a name, likely. */
    static boolean unknown(String word) {
        return CoreDictionary.get(word) == null && !CustomDictionary.contains(word);
    }

    /** The word's most frequent part of speech (ns, n, v …), or null for a word the dictionary does not know. */
    static String firstNature(String word) {
        CoreDictionary.Attribute attribute = CoreDictionary.get(word);
        return attribute == null ? null : attribute.nature[0].toString();
    }

    /** HanLP's core dictionary lacks the word and its custom one knows it first as a proper noun (永康/nz). */
    static boolean aCustomProperNoun(String word) {
        return "nz".equals(customNature(word));
    }

    /**
     * HanLP knows the word first as a place name (ns), in its core dictionary or, where that lacks it, in its custom one
     * (平潭, 马尾 are there), or knows it not at all.
     */
    static boolean aPlaceNameOrUnknown(String word) {
        String nature = firstNature(word);
        if (nature != null) {
            return nature.equals("ns");
        }
        String custom = customNature(word);
        return custom == null || custom.equals("ns");
    }

    /** The custom dictionary's first nature of a word the core dictionary lacks, or null. */
    static String customNature(String word) {
        CoreDictionary.Attribute custom = firstNature(word) == null ? CustomDictionary.get(word) : null;
        return custom == null ? null : custom.nature[0].toString();
    }
}
