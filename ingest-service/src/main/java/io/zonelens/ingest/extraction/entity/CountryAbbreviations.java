package io.zonelens.ingest.extraction.entity;

import java.util.Map;

/**
 * The one-character names news gives foreign countries before their bodies and officials: 美国防部 is 美 + 国防部
 * (the United States' ministry of defence), 俄政府 Russia's government, 日外务省 Japan's foreign ministry.
 */
final class CountryAbbreviations {

    private static final Map<Character, String> COUNTRIES = Map.ofEntries(Map.entry('美', "美国"), Map.entry('俄', "俄罗斯"),
            Map.entry('英', "英国"), Map.entry('法', "法国"), Map.entry('德', "德国"), Map.entry('日', "日本"), Map.entry('韩', "韩国"),
            Map.entry('朝', "朝鲜"), Map.entry('印', "印度"), Map.entry('澳', "澳大利亚"), Map.entry('意', "意大利"), Map.entry('越', "越南"),
            Map.entry('菲', "菲律宾"));

    private CountryAbbreviations() {
    }

    /** The country a character abbreviates, or null. */
    static String countryOf(char abbreviation) {
        return COUNTRIES.get(abbreviation);
    }

    /**
     * The character before {@code bodyStart} abbreviates a country and HanLP starts a word there (美|国防部, 美国|防部;
     * not 中美|商务部 or 完美|政府), and no number stands before it (12日|国务院 is a date).
     */
    static boolean abbreviatesACountryBefore(SentenceView view, int bodyStart) {
        int at = bodyStart - 1;
        if (at < view.sentence().start() || countryOf(view.charAt(at)) == null || !view.tokenStartsAt(at)) {
            return false;
        }
        return at == view.sentence().start() || !SentenceView.isNumeral(view.charAt(at - 1));
    }
}
