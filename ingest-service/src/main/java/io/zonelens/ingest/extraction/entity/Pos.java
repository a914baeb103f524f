package io.zonelens.ingest.extraction.entity;

import io.zonelens.ingest.extraction.token.Token;

import java.util.Set;

/** Part-of-speech tests shared by the patterns (HanLP's tag set). */
final class Pos {

    /** Function words and adverbs end a name when walking left: prepositions, conjunctions, particles, pronouns. */
    private static final Set<Character> BOUNDARY_PREFIX = Set.of('p', 'c', 'u', 'd', 'r', 'f', 'y', 'e', 'o');
    private static final Set<String> PROPER = Set.of("ns", "nsf", "nz", "nt", "ntc", "ntcf", "nto", "ntu", "nts", "nr", "nrf", "nx", "j", "nis");

    private Pos() {
    }

    static boolean isBoundary(Token token) {
        if (token.pos().equals("w")) {
            return !"()（）".contains(token.word());
        }
        return !token.pos().isEmpty() && BOUNDARY_PREFIX.contains(token.pos().charAt(0)) && !token.pos().equals("udeng") || token.word().equals("等");
    }

    static boolean isVerb(Token token) {
        return token.pos().startsWith("v") && !token.pos().equals("vn");
    }

    static boolean isProper(Token token) {
        return PROPER.contains(token.pos());
    }
}
