package io.zonelens.ingest.extraction.number;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Unit text → canonical unit, factor and dimension, plus the 万/亿 magnitudes that may precede a unit (210亿元, 2.7万人,
 * 1.5万亿元). Lookup is longest-match at a position, so 万吨标准煤 reads as 万 + 吨标准煤 and 元/人 wins over 元.
 */
public final class UnitCatalog {

    private static final UnitCatalog DEFAULT = new UnitCatalog();

    private final Map<String, Unit> units = new HashMap<>();
    private final int longestUnit;

    /** Magnitudes written between a number and its unit, longest first. */
    private static final List<Map.Entry<String, Double>> MAGNITUDES = List.of(
            Map.entry("万亿", 1e12), Map.entry("千亿", 1e11), Map.entry("百亿", 1e10), Map.entry("十亿", 1e9),
            Map.entry("千万", 1e7), Map.entry("百万", 1e6), Map.entry("十万", 1e5),
            Map.entry("亿", 1e8), Map.entry("万", 1e4), Map.entry("千", 1e3), Map.entry("百", 1e2));

    private UnitCatalog() {
        currency("元", "CNY"); currency("人民币", "CNY"); currency("美元", "USD"); currency("欧元", "EUR");
        currency("日元", "JPY"); currency("港元", "HKD"); currency("港币", "HKD"); currency("英镑", "GBP");
        currency("澳门元", "MOP"); currency("澳门币", "MOP"); currency("新台币", "TWD"); currency("澳元", "AUD"); currency("韩元", "KRW");
        currency("卢布", "RUB"); currency("新加坡元", "SGD"); currency("瑞士法郎", "CHF"); currency("加元", "CAD");
        currency("加拿大元", "CAD"); currency("澳大利亚元", "AUD"); currency("新西兰元", "NZD"); currency("泰铢", "THB");
        currency("越南盾", "VND"); currency("林吉特", "MYR"); currency("印尼盾", "IDR"); currency("迪拉姆", "AED");
        currency("雷亚尔", "BRL"); currency("坚戈", "KZT"); currency("兰特", "ZAR"); currency("美金", "USD");
        add("元/人", "CNY/person", 1, Dimension.CURRENCY_PER_PERSON);
        add("人", "person", 1, Dimension.PERSONS); add("人次", "person-time", 1, Dimension.PERSONS);
        add("名", "person", 1, Dimension.PERSONS);
        for (String word : List.of("家", "个", "件", "座", "辆", "户", "张", "场", "项", "台", "套", "艘", "架", "条", "所", "栋",
                "只", "部", "种", "次", "宗", "笔", "单", "票", "株", "头", "篇", "份", "处", "位", "列", "班", "批次", "架次", "个项目",
                "块", "片", "颗", "枚", "根", "辆次", "艘次", "起", "位次", "个位次", "羽")) {
            add(word, word, 1, Dimension.COUNT);
        }
        add("平方米", "m2", 1, Dimension.AREA); add("平米", "m2", 1, Dimension.AREA); add("㎡", "m2", 1, Dimension.AREA);
        add("平方公里", "m2", 1e6, Dimension.AREA); add("平方千米", "m2", 1e6, Dimension.AREA);
        add("亩", "m2", 10000.0 / 15, Dimension.AREA); add("公顷", "m2", 1e4, Dimension.AREA);
        add("公里", "m", 1000, Dimension.LENGTH); add("千米", "m", 1000, Dimension.LENGTH); add("米", "m", 1, Dimension.LENGTH);
        add("吨", "kg", 1000, Dimension.MASS); add("公斤", "kg", 1, Dimension.MASS); add("千克", "kg", 1, Dimension.MASS);
        add("斤", "kg", 0.5, Dimension.MASS);
        add("吨标准煤", "tce", 1, Dimension.ENERGY); add("吨标煤", "tce", 1, Dimension.ENERGY);
        add("千瓦时", "kWh", 1, Dimension.ENERGY);
        add("千瓦", "kW", 1, Dimension.POWER); add("兆瓦", "kW", 1000, Dimension.POWER);
        add("吉瓦", "kW", 1e6, Dimension.POWER); add("GW", "kW", 1e6, Dimension.POWER); add("MW", "kW", 1000, Dimension.POWER);
        add("兆瓦时", "kWh", 1000, Dimension.ENERGY); add("吉瓦时", "kWh", 1e6, Dimension.ENERGY); add("GWh", "kWh", 1e6, Dimension.ENERGY);
        add("标准箱", "TEU", 1, Dimension.CONTAINERS); add("标箱", "TEU", 1, Dimension.CONTAINERS);
        add("TEU", "TEU", 1, Dimension.CONTAINERS);
        add("小时", "h", 1, Dimension.DURATION); add("分钟", "h", 1.0 / 60, Dimension.DURATION);
        add("天", "day", 1, Dimension.DURATION); add("个工作日", "day", 1, Dimension.DURATION);
        add("个月", "month", 1, Dimension.DURATION); add("年", "year", 1, Dimension.DURATION);
        add("周", "week", 1, Dimension.DURATION); add("周年", "year", 1, Dimension.DURATION);
        add("微克/立方米", "ug/m3", 1, Dimension.CONCENTRATION); add("立方米", "m3", 1, Dimension.VOLUME);
        add("%", "%", 1, Dimension.PERCENT); add("％", "%", 1, Dimension.PERCENT);
        add("‰", "%", 0.1, Dimension.PERCENT); // 出生率为6.15‰: per mille, a tenth of a per cent
        add("个百分点", "pp", 1, Dimension.PERCENTAGE_POINTS); add("百分点", "pp", 1, Dimension.PERCENTAGE_POINTS);
        // 较同期限国债收益率上浮8个基点: basis points, hundredths of a percentage point.
        add("个基点", "bp", 1, Dimension.PERCENTAGE_POINTS); add("基点", "bp", 1, Dimension.PERCENTAGE_POINTS);
        add("倍", "x", 1, Dimension.MULTIPLE);
        longestUnit = units.keySet().stream().mapToInt(String::length).max().orElse(1);
    }

    public static UnitCatalog standard() {
        return DEFAULT;
    }

    private void currency(String text, String code) {
        add(text, code, 1, Dimension.CURRENCY);
    }

    private void add(String text, String canonical, double factor, Dimension dimension) {
        units.put(text, new Unit(text, canonical, factor, dimension));
    }

    /** The unit spelled exactly so, or null. */
    public Unit unit(String text) {
        return units.get(text);
    }

    /** The longest unit starting at {@code pos}, or null. */
    public Unit unitAt(CharSequence text, int pos) {
        for (int length = Math.min(longestUnit, text.length() - pos); length > 0; length--) {
            Unit unit = units.get(text.subSequence(pos, pos + length).toString());
            if (unit != null) {
                return unit;
            }
        }
        return null;
    }

    /** A currency other than the yuan whose name ends at {@code end} (not before {@code floor}), or null. */
    public Unit foreignCurrencyEndingAt(CharSequence text, int floor, int end) {
        for (int length = Math.min(longestUnit, end - floor); length > 1; length--) {
            Unit unit = units.get(text.subSequence(end - length, end).toString());
            if (unit != null && unit.dimension() == Dimension.CURRENCY && !"CNY".equals(unit.canonical())) {
                return unit;
            }
        }
        return null;
    }

    /** The longest magnitude (万亿, 亿, 万 …) starting at {@code pos}, or null. */
    public static Map.Entry<String, Double> magnitudeAt(CharSequence text, int pos) {
        for (Map.Entry<String, Double> magnitude : MAGNITUDES) {
            String word = magnitude.getKey();
            if (pos + word.length() <= text.length() && text.subSequence(pos, pos + word.length()).toString().equals(word)) {
                return magnitude;
            }
        }
        return null;
    }

    /**
     * Reads a unit as written in a table header or an indicator's parentheses: an optional magnitude then a unit
     * (万元/人, 亿美元, %), or null when the text is not a unit.
     */
    public ScaledUnit parse(String text) {
        String trimmed = text.strip();
        Unit whole = unit(trimmed);
        if (whole != null) {
            return new ScaledUnit(trimmed, 1, whole);
        }
        Map.Entry<String, Double> magnitude = magnitudeAt(trimmed, 0);
        if (magnitude != null) {
            Unit rest = unit(trimmed.substring(magnitude.getKey().length()));
            if (rest != null) {
                return new ScaledUnit(trimmed, magnitude.getValue(), rest);
            }
        }
        return null;
    }

    /** A unit with the magnitude written before it: 亿元 is 1e8 × CNY. */
    public record ScaledUnit(String text, double magnitude, Unit unit) {

        public double toBase(double value) {
            return value * magnitude * unit.factor();
        }
    }
}
