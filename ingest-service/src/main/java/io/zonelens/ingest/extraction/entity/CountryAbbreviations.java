package io.zonelens.ingest.extraction.entity;

/**
 * The one-character names news gives foreign countries before their bodies and officials: 美国防部 is 美 + 国防部
 * (the United States' ministry of defence), 俄政府 Russia's government, 日外务省 Japan's foreign ministry.
 */
final class CountryAbbreviations {

    /** Each character of {@code ABBREVIATIONS} stands for the country at its index (looked up at every character, so no map). */
    private static final String ABBREVIATIONS = "美俄英法德日韩朝印澳意越菲蒙";
    private static final String[] COUNTRIES = {"美国", "俄罗斯", "英国", "法国", "德国", "日本", "韩国", "朝鲜", "印度", "澳大利亚", "意大利", "越南", "菲律宾", "蒙古国"};

    private CountryAbbreviations() {
    }

    /** The country a character abbreviates, or null. */
    static String countryOf(char abbreviation) {
        int index = ABBREVIATIONS.indexOf(abbreviation);
        return index < 0 ? null : COUNTRIES[index];
    }

    /** 中 of 中越, 中俄: China, named so only as a partner beside another country's character (never before a body: 中纪委). */
    static final char CHINA = '中';

    /** The country a one-character partner's name stands for (China's too), or null. */
    static String partnerOf(char abbreviation) {
        return abbreviation == CHINA ? "中国" : countryOf(abbreviation);
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
