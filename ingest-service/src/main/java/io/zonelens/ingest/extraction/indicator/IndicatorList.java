package io.zonelens.ingest.extraction.indicator;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * 城镇、农村居民人均消费支出分别为31578元和19162元: a list of indicators before 分别, one for each figure, the words after
 * the last item shared by all (城镇 + 居民人均消费支出, 第一产业 + 增加值, 高技术制造业 + 增加值), each item whole where
 * nothing tells where the last one ends (实际利用外资、固定资产投资和税收收入), what is measured named once at the end
 * (绿色铝、光伏、新能源电池产业产值: each 产业产值). 城乡 is 城镇 and 农村.
 */
final class IndicatorList {

    private static final java.util.regex.Pattern SCOPE_FIRST = java.util.regex.Pattern.compile("^(?:全国|全省|全市|全区|我国|我省|我市|我区|" + FigureSubjects.PREFECTURE_SCOPE + ")");

    private IndicatorList() {
    }

    /** The indicator in place {@code index} of a list of {@code size} written with 、 (and a last 和 or 及), if it is one. */
    static Optional<String> itemAt(String listed, int size, int index) {
        List<String> items = items(listed, size);
        if (items.size() != size || items.stream().anyMatch(item -> item.length() < 2)) {
            return Optional.empty();
        }
        String last = items.get(size - 1);
        int lastItemEnd = lastItemEnd(items.subList(0, size - 1), last);
        String shared = lastItemEnd > 0 && last.length() - lastItemEnd >= 2 ? last.substring(lastItemEnd) : "";
        return Optional.of(index == size - 1 ? last : items.get(index) + shared);
    }

    /**
     * Where the last item ends inside the last part: after the ending the other items share (产业 of 第一产业、第二产业;
     * 制造业 of 高技术制造业 for 装备制造业增加值), else after as many characters as each of the other items has when they are
     * alike in length (城镇 for 农村居民…), else before a measure word none of the others has; 0 when none tells.
     */
    private static int lastItemEnd(List<String> others, String last) {
        String ending = others.get(0);
        for (String item : others) {
            int common = 0;
            while (common < Math.min(ending.length(), item.length())
                    && ending.charAt(ending.length() - 1 - common) == item.charAt(item.length() - 1 - common)) {
                common++;
            }
            ending = ending.substring(ending.length() - common);
        }
        // The longest part of that ending found in the last part.
        for (int from = 0; from < ending.length(); from++) {
            int at = last.indexOf(ending.substring(from));
            if (at >= 0) {
                return at + ending.length() - from;
            }
        }
        int length = others.get(0).length();
        boolean alike = others.stream().allMatch(item -> item.length() == length);
        if (alike && last.length() > length + 1) {
            return length;
        }
        // 绿色铝、光伏、新能源电池产业产值: what is measured, named after the last item alone, is measured of all, where the
        // others are bare trades or products (not 地区生产总值、一般公共预算收入、规上工业增加值, each measured already).
        java.util.regex.Matcher measured = MEASURED.matcher(last);
        return measured.find() && measured.start() >= 2 && others.stream().allMatch(IndicatorList::bareItem) ? measured.start() : 0;
    }

    private static final java.util.regex.Pattern MEASURED = java.util.regex.Pattern.compile(
            "(?:产业)?(?:总产值|产值|规模|营业收入|营收|增加值|产量|进出口额|出口额|进口额|投资额|销售额|交易额)$");
    /** Words that end a measure of their own (总值, 收入, 投资, 额, 量, 率). */
    private static final java.util.regex.Pattern MEASURE_ENDING = java.util.regex.Pattern.compile(
            "(?:值|额|量|率|数|收入|投资|支出|消费|进口|出口|利润|税收|产出|价格|指数|面积|人口)$");
    private static final int MAX_BARE_ITEM = 5;

    private static boolean bareItem(String item) {
        return item.length() <= MAX_BARE_ITEM && !MEASURE_ENDING.matcher(item).find() && !MEASURED.matcher(item).find();
    }

    private static List<String> items(String whole, int size) {
        // 全国东部、中部、西部地区…: the scope before the list is none of its items.
        String listed = SCOPE_FIRST.matcher(whole).replaceFirst("");
        if (size == 2 && listed.startsWith("城乡") && listed.indexOf('、') < 0) {
            String rest = listed.substring(2);
            return List.of("城镇" + rest, "农村" + rest);
        }
        List<String> items = new ArrayList<>(List.of(listed.split("、", -1)));
        if (items.size() == size - 1) {
            String last = items.remove(items.size() - 1);
            int joiner = Math.max(last.indexOf('和'), last.indexOf('及'));
            if (joiner <= 0) {
                return List.of();
            }
            items.add(last.substring(0, joiner));
            items.add(last.substring(joiner + 1));
        }
        return items;
    }
}
