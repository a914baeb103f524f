package io.zonelens.ingest.extraction.indicator;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * 城镇、农村居民人均消费支出分别为31578元和19162元: a list of indicators before 分别, one for each figure, the words after
 * the last item shared by all when the items before it are alike in length (城镇 + 居民人均消费支出, 第一产业 + 增加值),
 * each item whole otherwise (实际利用外资、固定资产投资和税收收入). 城乡 is 城镇 and 农村.
 */
final class IndicatorList {

    private IndicatorList() {
    }

    /** The indicator in place {@code index} of a list of {@code size} written with 、 (and a last 和 or 及), if it is one. */
    static Optional<String> itemAt(String listed, int size, int index) {
        List<String> items = items(listed, size);
        if (items.size() != size || items.stream().anyMatch(item -> item.length() < 2)) {
            return Optional.empty();
        }
        int length = items.get(0).length();
        String last = items.get(size - 1);
        boolean alike = items.subList(0, size - 1).stream().allMatch(item -> item.length() == length);
        String shared = alike && last.length() > length + 1 ? last.substring(length) : "";
        return Optional.of(index == size - 1 ? last : items.get(index) + shared);
    }

    private static List<String> items(String listed, int size) {
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
