package io.zonelens.ingest.extraction.number;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;

/**
 * Finds the figures in a stretch of text in one left-to-right pass with bounded look-around (no regular expressions,
 * so no backtracking). A figure needs a unit, a 万/亿 magnitude or an ordinal 第…位 to count: bare numbers (headings 01,
 * article ids, years) say nothing on their own. Dates (2021年, 9月29日, 1—8月) are left to the period recognizer.
 */
public final class QuantityScanner {

    private static final String RANGE_DASHES = "-－—–~～〜";
    private static final String DATE_SUFFIXES = "月日号时";
    private static final double YEAR_MIN = 1000;
    private static final double YEAR_MAX = 2999;

    private final UnitCatalog units;

    public QuantityScanner(UnitCatalog units) {
        this.units = units;
    }

    public QuantityScanner() {
        this(UnitCatalog.standard());
    }

    /** The figures in text[from, to), in order, with offsets into {@code text}. */
    public List<Quantity> scan(String text, int from, int to) {
        List<Quantity> found = new ArrayList<>();
        int i = from;
        while (i < to) {
            int next = i + 1;
            char c = text.charAt(i);
            Read read = null;
            if (c == '第' && i + 1 < to && startsNumber(text.charAt(i + 1))) {
                read = readRanks(text, from, i, to, found);
            } else if ((c == '首' || c == '榜') && i + 1 < to) {
                read = readFirstPlace(text, from, i, to);
            } else if (c == '前' && i + 1 < to && startsNumber(text.charAt(i + 1))) {
                read = readTopPlaces(text, from, i, to);
            } else if (c == '百' && QualifierWords.regionEquals(text, i, "百分之") && i + 3 < to && startsNumber(text.charAt(i + 3))) {
                read = readPercentWords(text, from, i, to);
            } else if (TENTHS_DIGITS.indexOf(c) >= 0 && tenthsAt(text, i, to)) {
                read = readTenths(text, from, i, to);
            } else if (startsNumber(c) && !continuesNumber(text, from, i)) {
                read = readQuantity(text, from, i, to);
            }
            if (read != null) {
                if (read.quantity() != null) {
                    found.add(read.quantity());
                }
                next = Math.max(next, read.end());
            }
            i = next;
        }
        return found;
    }

    // ---- one figure

    private Read readQuantity(String text, int floor, int start, int limit) {
        Core first = readCore(text, start, limit);
        if (first == null) {
            return skipNumber(text, start, limit);
        }
        int pos = first.end();
        if (first.magnitude() == null && QualifierWords.regionEquals(text, pos, "分之") && pos + 2 < limit
                && startsNumber(text.charAt(pos + 2))) {
            return readFraction(text, floor, first, pos + 2, limit);
        }
        Unit unit = units.unitAt(text, pos);
        int unitEnd = unit == null ? pos : pos + unit.text().length();
        if (isDate(first, unit, text, pos, limit)) {
            return new Read(null, first.end());
        }
        // 单价1.5万起: from a price up, no count of cases (案件46起).
        if (unit != null && "起".equals(unit.text()) && (first.magnitude() != null || first.value().stripTrailingZeros().scale() > 0)) {
            unit = null;
            unitEnd = pos;
        }
        // 申报总价为美元86.5万元: a currency named before the figure; the 元 after it only says money.
        Unit namedBefore = unit != null && "元".equals(unit.text()) ? units.foreignCurrencyEndingAt(text, floor, start) : null;
        unit = namedBefore != null ? namedBefore : unit;
        // a range: 6.5%－7%, 6%-6.5%, 10-15亿元, 1至11月 (a date, skipped whole)
        int dash = unitEnd;
        if (dash < limit && (RANGE_DASHES.indexOf(text.charAt(dash)) >= 0 || text.charAt(dash) == '至' || text.charAt(dash) == '到')) {
            int secondStart = dash + 1;
            while (secondStart < limit && RANGE_DASHES.indexOf(text.charAt(secondStart)) >= 0) {
                secondStart++;
            }
            if (secondStart < limit && startsNumber(text.charAt(secondStart))) {
                Core second = readCore(text, secondStart, limit);
                if (second != null && second.arabic() == first.arabic()) {
                    Unit secondUnit = units.unitAt(text, second.end());
                    if (isDate(second, secondUnit, text, second.end(), limit)) {
                        return new Read(null, second.end());
                    }
                    boolean compatible = secondUnit != null && (unit == null || unit.dimension() == secondUnit.dimension())
                            || secondUnit == null && unit == null && second.magnitude() != null;
                    if (compatible && (first.magnitude() == null || unit != null || second.magnitude() != null)) {
                        Core low = first.magnitude() == null && unit == null ? first.withMagnitude(second.magnitude()) : first;
                        int end = second.end() + (secondUnit == null ? 0 : secondUnit.text().length());
                        String unitText = (second.magnitude() == null ? "" : second.magnitude()) + (secondUnit == null ? "" : secondUnit.text());
                        return new Read(build(text, floor, start, end, limit, low, second.value().doubleValue(), secondUnit,
                                unitText, Qualifier.RANGE), end);
                    }
                }
            }
        }
        // 600亿级, 万亿级, 800亿量级: an order of magnitude rather than a unit
        // 跻身全国百强县, 进入世界500强: the top places of a ranking.
        if (unit == null && pos < limit && text.charAt(pos) == '强' && first.magnitude() == null) {
            Read top = readTopPlaces(text, floor, start, limit);
            if (top != null) {
                return top;
            }
        }
        if (unit == null && first.magnitude() != null) {
            for (String grade : new String[] {"量级", "级"}) {
                if (QualifierWords.regionEquals(text, pos, grade) && pos + grade.length() <= limit) {
                    int end = pos + grade.length();
                    return new Read(build(text, floor, start, end, limit, first, null, null, first.magnitude() + grade, null), end);
                }
            }
        }
        if (unit == null && first.magnitude() == null) {
            Read ratio = readRatio(text, floor, first, limit);
            return ratio != null ? ratio : new Read(null, first.end());
        }
        if (first.bare() && QualifierWords.before(text, floor, start) == null) {
            return new Read(null, first.end()); // 千方百计, 万商云集: a bare 千/万 is a figure only after 超, 近 …
        }
        String unitText = (first.magnitude() == null ? "" : first.magnitude()) + (unit == null ? "" : unit.text());
        return new Read(build(text, floor, start, unitEnd, limit, first, null, unit, unitText, null), unitEnd);
    }

    private static final java.util.regex.Pattern RANKED_BEFORE = java.util.regex.Pattern.compile(
            "(?:位列|位居|名列|排名|排在|居)(?:全国|全省|全市|全区|全球|世界|同类)?$");

    /** 第40位, 第一、第三位: ordinals are ranks when 位 or 名 closes them, or a verb of ranking comes before (位列第一). */
    private Read readRanks(String text, int floor, int start, int limit, List<Quantity> found) {
        List<int[]> spans = new ArrayList<>();
        List<Core> cores = new ArrayList<>();
        int pos = start;
        while (true) {
            Core core = readCore(text, pos + 1, limit, true);
            if (core == null || core.magnitude() != null) {
                return null;
            }
            spans.add(new int[] {pos, core.end()});
            cores.add(core);
            int after = core.end();
            boolean closed = after < limit && (text.charAt(after) == '位' || text.charAt(after) == '名');
            // 位列第一, 排名全国第二: after a verb of ranking the ordinal is a rank without 位.
            // Not 位列第二、第三 after a list of figures (分别以4980.1亿元、3057.8亿元位列第二、第三): whose is which is unclear there.
            boolean ranked = !closed && cores.size() == 1 && RANKED_BEFORE.matcher(text).region(Math.max(floor, start - 8), start).find()
                    && (after >= limit || "，,。；;".indexOf(text.charAt(after)) >= 0);
            if (ranked) {
                return new Read(build(text, floor, start, after, limit, core, null, new Unit("位", "rank", 1, Dimension.RANK), "位", null), after);
            }
            if (closed) {
                String unitText = String.valueOf(text.charAt(after));
                for (int k = 0; k < cores.size(); k++) {
                    int end = k == cores.size() - 1 ? after + 1 : spans.get(k)[1];
                    Quantity rank = build(text, floor, spans.get(k)[0], end, limit, cores.get(k), null,
                            new Unit(unitText, "rank", 1, Dimension.RANK), unitText, null);
                    if (k < cores.size() - 1) {
                        found.add(rank);
                    } else {
                        return new Read(rank, rank.end());
                    }
                }
            }
            // 第一、第三位 / 第一和第三位
            if (after + 1 < limit && "、和及".indexOf(text.charAt(after)) >= 0 && text.charAt(after + 1) == '第') {
                pos = after + 1;
            } else {
                return new Read(null, after);
            }
        }
    }

    /**
     * 居中西部综保区首位, 位居全省榜首: first place is rank 1 where a verb of ranking comes before it in the clause and
     * the clause ends there. Not 把安全放在首位 or 把企业需求排在首位 (a priority), not 首位外资企业 (the first of several).
     */
    private Read readFirstPlace(String text, int floor, int start, int limit) {
        String word = text.substring(start, start + 2);
        int end = start + 2;
        if (!word.equals("首位") && !word.equals("榜首")
                || end < limit && "，,。；;、）)".indexOf(text.charAt(end)) < 0
                || !RANKED_EARLIER.matcher(text).region(Math.max(floor, start - 16), start).find()) {
            return null;
        }
        Core first = new Core(start, end, BigDecimal.ONE, null, false, false);
        return new Read(build(text, floor, start, end, limit, first, null, new Unit("位", "rank", 1, Dimension.RANK), word, null), end);
    }

    /** A verb of ranking (位居, 排名; 居 but not of 居民 or 人居). */
    public static final String RANKING_VERB = "(?:排名|位居|位列|名列|分列|跃居|稳居|(?<![民住家人宜旅安新])居(?![民住家委]))";
    /** A verb of ranking, then at most the group ranked in (全国, 中西部综保区), before first place. */
    private static final java.util.regex.Pattern RANKED_EARLIER = java.util.regex.Pattern.compile(RANKING_VERB + "[^，,。；;、]{0,12}$");

    /**
     * 跻身全国前十, 首次进入前30名, 入围全国百强县: a place among the top N of a ranking, read as rank N at most. Only after a
     * verb of entering or ranking in the clause, and only where the top places close the clause (not 前30名的经开区, a
     * group; not 前三季度 or 前10%, a period or a share; not 世界500强企业, firms of a list).
     */
    private Read readTopPlaces(String text, int floor, int start, int limit) {
        boolean before = text.charAt(start) == '前';
        Core core = readCore(text, before ? start + 1 : start, limit, true);
        if (core == null || core.magnitude() != null || core.moreThan()) {
            return null;
        }
        int end = core.end();
        String place = end < limit ? String.valueOf(text.charAt(end)) : "";
        if (place.equals("名") || place.equals("位") || place.equals("强")) {
            end++;
        } else if (!before) {
            return null;
        }
        Matcher closing = TOP_PLACES_CLOSE.matcher(text).region(end, limit);
        Matcher entered = TOP_PLACES_ENTERED.matcher(text).region(Math.max(floor, start - 16), start);
        if (!closing.lookingAt() && end < limit || !entered.find()) {
            return null;
        }
        // 确保进入前四名, 保持在积分榜前三: a verb as plain as 进入 or 保持 enters a ranking only with its group named, in
        // a sentence about rankings, and never a league's table.
        int sentenceStart = Math.max(Math.max(text.lastIndexOf('。', start), text.lastIndexOf('\n', start)) + 1, 0);
        boolean plainVerb = entered.group(1) != null;
        String sentence = text.substring(sentenceStart, Math.min(limit, start + 8));
        if (LEAGUE.matcher(sentence).find() || plainVerb && !RANKING_WORDS.matcher(sentence).find()) {
            return null;
        }
        return new Read(build(text, floor, start, end, limit, core, null, new Unit("位", "rank", 1, Dimension.RANK),
                place.equals("强") ? "强" : "位", Qualifier.AT_MOST), end);
    }

    /** What may follow top places before the clause ends: what was ranked (百强县) or a word for the group (前十方阵). */
    private static final java.util.regex.Pattern TOP_PLACES_CLOSE = java.util.regex.Pattern.compile(
            "(?:县|区|市|镇|城市|县市|园区|开发区|经开区|高新区|综保区|之列|行列|方阵|阵营|榜单?)?(?=[，,。；;、）)]|$)");
    /** A verb of entering or holding places in a ranking, then at most the ranking's group (全国, 全省综保区). */
    private static final java.util.regex.Pattern TOP_PLACES_ENTERED = java.util.regex.Pattern.compile(
            "(?:(进入|保持在?)|跻身|入围|挺进|迈入|迈进|跨入|晋级|晋身|入选|" + RANKING_VERB + ")[^，,。；;、的]{0,12}$");
    /** Words of a ranking a sentence with a plain verb of entering must hold (排名, 考核, 百强, 第8位). */
    private static final java.util.regex.Pattern RANKING_WORDS = java.util.regex.Pattern.compile("排名|排行|位次|榜|考核|评价|评估|百强|强县|强区|第[0-9一二三四五六七八九十]+位|全国|全省|全球|世界");
    /** A sports league's table or season: its places are a team's, no figure of a zone or place. */
    private static final java.util.regex.Pattern LEAGUE = java.util.regex.Pattern.compile("积分榜|联赛|赛季|小组赛|淘汰赛|球队|比分");

    /**
     * 城乡居民收入倍差缩小到2.31, 收入比为2.3:1: a ratio, read as a multiple, only after the word of a ratio (not after 同比
     * or 相比, nor a score or record: 3:1, 胜负比为5:1); 由2.4:1缩小至2.3:1 after it goes on with it.
     */
    private Read readRatio(String text, int floor, Core first, int limit) {
        int end = first.end();
        boolean toOne = end + 1 < limit && ":：∶".indexOf(text.charAt(end)) >= 0 && text.charAt(end + 1) == '1'
                && (end + 2 >= limit || !NumberParser.isArabicDigit(text.charAt(end + 2)) && ".．:：∶".indexOf(text.charAt(end + 2)) < 0);
        boolean afterRatioWord = RATIO_BEFORE.matcher(text).region(Math.max(floor, first.start() - 12), first.start()).find();
        boolean decimal = first.value().stripTrailingZeros().scale() > 0;
        boolean otherRatio = !toOne && end < limit && ":：∶".indexOf(text.charAt(end)) >= 0; // 1:1000, 1:2:1
        if (!first.arabic() || otherRatio || !afterRatioWord || first.value().doubleValue() >= 100) {
            return null;
        }
        end = toOne ? end + 2 : end;
        return new Read(build(text, floor, first.start(), end, limit, first, null, units.unit("倍"),
                toOne ? text.substring(first.end(), end) : "倍", null), end);
    }

    /** The word of a ratio, then at most a verb of where it stands or went (为, 缩小到, 由). */
    private static final java.util.regex.Pattern RATIO_BEFORE = java.util.regex.Pattern.compile(
            "(?:倍差|(?<=\\p{IsHan})(?<![同环相对负])比值?)(?:平均)?(?:由|从|为|是|缩小到|缩小至|缩小为|缩至|降至|降到|降为|下降到|下降至|下降为|降低到|降低至|"
                    + "扩大到|扩大至|保持在|控制在|稳定在|达到|达)?(?:[0-9.]+[:：∶]1(?:[缩降下扩][小至到低大为]{1,2}[至到为]?))?$");

    /** 三分之一 is a share: 33.33…%, with 分之 as its written unit. */
    private Read readFraction(String text, int floor, Core denominator, int numeratorStart, int limit) {
        Core numerator = readCore(text, numeratorStart, limit, true);
        if (numerator == null || numerator.magnitude() != null || denominator.value().signum() == 0) {
            return new Read(null, numeratorStart);
        }
        BigDecimal percent = numerator.value().multiply(BigDecimal.valueOf(100))
                .divide(denominator.value(), java.math.MathContext.DECIMAL64);
        Core share = new Core(denominator.start(), numerator.end(), percent, null, denominator.arabic(), false);
        return new Read(build(text, floor, denominator.start(), numerator.end(), limit, share, null, units.unit("%"), "分之", null),
                numerator.end());
    }

    private static final String TENTHS_DIGITS = "一二两三四五六七八九";
    /** What follows 成 when it counts tenths (四成以上, 两成，), not a verb or a word (一成不变, 三成员). */
    private static final String AFTER_TENTHS = "以左多，,。、；;的）)";

    /** 两成, 四成以上: a share in tenths, standing alone after a word that is no numeral (not 十成, 完成 is fine). */
    private static boolean tenthsAt(String text, int i, int to) {
        return i + 1 < to && text.charAt(i + 1) == '成' && (i + 2 >= to || AFTER_TENTHS.indexOf(text.charAt(i + 2)) >= 0)
                && (i == 0 || NumberParser.chineseDigit(text.charAt(i - 1)) < 0 && text.charAt(i - 1) != '十');
    }

    /** 两成 is 20%, with 成 as its written unit. */
    private Read readTenths(String text, int floor, int start, int limit) {
        int digit = text.charAt(start) == '两' ? 2 : NumberParser.chineseDigit(text.charAt(start));
        Core tenths = new Core(start, start + 2, BigDecimal.valueOf(digit * 10L), null, false, false);
        return new Read(build(text, floor, start, start + 2, limit, tenths, null, units.unit("%"), "成", null), start + 2);
    }

    /** 百分之五十, 百分之0.5. */
    private Read readPercentWords(String text, int floor, int start, int limit) {
        Core core = readCore(text, start + 3, limit);
        if (core == null || core.magnitude() != null) {
            return null;
        }
        Core whole = new Core(start, core.end(), core.value(), null, core.arabic(), false);
        return new Read(build(text, floor, start, core.end(), limit, whole, null, units.unit("%"), "百分之", null), core.end());
    }

    private Quantity build(String text, int floor, int start, int end, int limit, Core core, Double upper, Unit unit,
                           String unitText, Qualifier fixed) {
        int spanStart = start;
        int spanEnd = end;
        Qualifier qualifier = fixed;
        if (qualifier == null) {
            QualifierWords.Match before = QualifierWords.before(text, floor, start);
            QualifierWords.Match after = QualifierWords.after(text, end, limit);
            if (before != null) {
                qualifier = before.qualifier();
                spanStart = before.start();
            } else if (after != null) {
                qualifier = after.qualifier();
                spanEnd = after.end();
            } else {
                qualifier = core.moreThan() ? Qualifier.MORE_THAN : Qualifier.EXACT;
            }
        }
        double value = core.value().doubleValue();
        QuantityKind kind = unit == null ? QuantityKind.AMOUNT : unit.kind();
        Double normalized = value;
        if (kind == QuantityKind.AMOUNT) {
            // in decimal, so 2.3亿 is 230000000 and not 229999999.99999997
            normalized = core.value().multiply(BigDecimal.valueOf(core.magnitudeFactor()))
                    .multiply(BigDecimal.valueOf(unit == null ? 1 : unit.factor())).doubleValue();
        } else if (kind == QuantityKind.PERCENT) {
            // 出生率7.08‰ is 0.708 per cent.
            normalized = core.value().multiply(BigDecimal.valueOf(unit.factor())).doubleValue();
        }
        return new Quantity(spanStart, spanEnd, text.substring(spanStart, spanEnd), value, upper, qualifier,
                unit == null ? null : unit.canonical(), unitText.isEmpty() ? null : unitText, normalized, kind);
    }

    // ---- the number itself

    /**
     * A numeral with the 万/亿 written after it (2.7万, 三千万 → 三千 + 万, 1000多亿 → more than 1000 亿). A bare
     * magnitude (万亿, 千) reads as one of it and is marked bare.
     */
    private Core readCore(String text, int start, int limit) {
        return readCore(text, start, limit, false);
    }

    private Core readCore(String text, int start, int limit, boolean ordinal) {
        char c = text.charAt(start);
        int end;
        BigDecimal value;
        boolean arabic = NumberParser.isArabicDigit(c);
        boolean bare = false;
        String magnitude = null;
        if (arabic) {
            if (start > 0 && isAsciiLetter(text.charAt(start - 1))) {
                return null; // PM2.5, C919
            }
            end = Math.min(NumberParser.arabicEnd(text, start), limit);
            // ids, 5G; but a Latin unit the catalogue knows whole (85GW, 110GWh, 3480TEU) and not glued to more letters.
            Unit latin = end < limit && isAsciiLetter(text.charAt(end)) ? units.unitAt(text, end) : null;
            boolean latinUnit = latin != null && (end + latin.text().length() >= text.length() || !isAsciiLetter(text.charAt(end + latin.text().length())));
            if (end - start > 18 || end < limit && isAsciiLetter(text.charAt(end)) && !latinUnit) {
                return null;
            }
            value = NumberParser.arabicValue(text, start, end);
        } else if ((end = chineseDecimalEnd(text, start, limit)) > 0) {
            // 三点六亿美元, 百分之六点三: a Chinese numeral with a decimal point; its 万/亿 is read below, as after Arabic digits.
            int point = NumberParser.chineseEnd(text, start);
            value = NumberParser.chineseValue(text, start, point);
            StringBuilder tenths = new StringBuilder("0.");
            for (int i = point + 1; i < end; i++) {
                tenths.append(NumberParser.chineseDigit(text.charAt(i)));
            }
            value = value.add(new BigDecimal(tenths.toString()));
            arabic = true;
        } else {
            end = Math.min(NumberParser.chineseEnd(text, start), limit);
            int split = end;
            while (split > start && (text.charAt(split - 1) == '万' || text.charAt(split - 1) == '亿')) {
                split--;
            }
            if (split == start) {
                bare = true;
                value = BigDecimal.ONE;
                magnitude = text.substring(start, end);
                if (UnitCatalog.magnitudeAt(magnitude, 0) == null || !magnitude.equals(UnitCatalog.magnitudeAt(magnitude, 0).getKey())) {
                    return null;
                }
            } else {
                value = NumberParser.chineseValue(text, start, split);
                if (value == null) {
                    return null;
                }
                if (split < end) {
                    magnitude = text.substring(split, end);
                    if (UnitCatalog.magnitudeAt(magnitude, 0) == null || !magnitude.equals(UnitCatalog.magnitudeAt(magnitude, 0).getKey())) {
                        return null;
                    }
                } else if (!ordinal && end - start == 1 && value.intValue() <= 1) {
                    return null; // 一批, 一是, 零部件: a lone 一 or 零 is a word more often than a figure
                } else if (text.startsWith("两头在", start)) {
                    return null; // 两头在外 (materials and markets both abroad), no count of livestock
                }
                bare = allUnits(text, start, split);
            }
        }
        boolean moreThan = false;
        if (end < limit && (text.charAt(end) == '多' || text.charAt(end) == '余')) {
            moreThan = true; // 30多家, 1000余人
            end++;
        }
        if (arabic && units.unitAt(text, end) == null) {
            Map.Entry<String, Double> written = UnitCatalog.magnitudeAt(text, end);
            if (written != null && end + written.getKey().length() <= limit) {
                magnitude = written.getKey();
                end += magnitude.length();
                if (end < limit && (text.charAt(end) == '多' || text.charAt(end) == '余')) {
                    moreThan = true; // 3万多人
                    end++;
                }
            }
        }
        return new Core(start, end, value, magnitude, arabic, bare, moreThan);
    }

    /**
     * Where a Chinese numeral with a decimal point ends (六点三, 二十三点五, 三点六 of 三点六亿), or -1: digits only after
     * the 点, and not a time of day (九点三十分, 两点半) or a word (重点, 一点点).
     */
    private static int chineseDecimalEnd(String text, int start, int limit) {
        int point = NumberParser.chineseEnd(text, start);
        if (point >= limit - 1 || point == start || text.charAt(point) != '点' && text.charAt(point) != '點'
                || NumberParser.chineseValue(text, start, point) == null) {
            return -1;
        }
        int end = point + 1;
        while (end < limit && NumberParser.chineseDigit(text.charAt(end)) >= 0) {
            end++;
        }
        boolean timeOfDay = end < text.length() && (NumberParser.chineseUnit(text.charAt(end)) > 0 && NumberParser.chineseUnit(text.charAt(end)) < 10_000L
                || "分刻时時".indexOf(text.charAt(end)) >= 0);
        return end == point + 1 || timeOfDay ? -1 : end;
    }

    /** 千, 百万: magnitudes with no digit, which stand for a figure only after a qualifier (十 is plainly ten). */
    private static boolean allUnits(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            if (NumberParser.chineseUnit(text.charAt(i)) <= 10) {
                return false;
            }
        }
        return true;
    }

    private Read skipNumber(String text, int start, int limit) {
        int end = NumberParser.isArabicDigit(text.charAt(start)) ? NumberParser.arabicEnd(text, start) : NumberParser.chineseEnd(text, start);
        return new Read(null, Math.min(Math.max(end, start + 1), limit));
    }

    /** 2021年, 二〇三五年, 9月, 29日, 10时: calendar positions rather than amounts. */
    private static boolean isDate(Core core, Unit unit, String text, int pos, int limit) {
        if (core.magnitude() != null || core.moreThan()) {
            return false;
        }
        if (unit == null) {
            return pos < limit && DATE_SUFFIXES.indexOf(text.charAt(pos)) >= 0;
        }
        if (unit.text().equals("年") && (QualifierWords.regionEquals(text, pos + 1, "来")
                || QualifierWords.regionEquals(text, core.start() - 1, "近") || QualifierWords.regionEquals(text, core.start() - 2, "过去"))) {
            return true; // 近五年, 过去三年, 五年来: a period, not a duration
        }
        if (unit.text().equals("年")) {
            double v = core.value().doubleValue();
            boolean yearLike = v >= YEAR_MIN && v <= YEAR_MAX && core.value().stripTrailingZeros().scale() <= 0;
            return yearLike || core.end() - core.start() >= 2 && !core.arabic() && !hasUnitChar(text, core);
        }
        return false;
    }

    /** 二〇三五 (digits only) is a year when 年 follows; 二十 (with a unit) is a count of years. */
    private static boolean hasUnitChar(String text, Core core) {
        for (int i = core.start(); i < core.end(); i++) {
            if (NumberParser.chineseUnit(text.charAt(i)) > 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsNumber(char c) {
        return NumberParser.isArabicDigit(c) || NumberParser.isChineseNumeral(c);
    }

    /** Inside a number already read or refused (the 3 of 2.3, the 十 of 二十). */
    private static boolean continuesNumber(String text, int floor, int i) {
        if (i == floor) {
            return false;
        }
        char prev = text.charAt(i - 1);
        return NumberParser.isArabicDigit(prev) || prev == '.' || prev == '．' || prev == ','
                || !NumberParser.isArabicDigit(text.charAt(i)) && NumberParser.isChineseNumeral(prev);
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private record Read(Quantity quantity, int end) {
    }

    private record Core(int start, int end, BigDecimal value, String magnitude, boolean arabic, boolean bare, boolean moreThan) {

        Core(int start, int end, BigDecimal value, String magnitude, boolean arabic, boolean bare) {
            this(start, end, value, magnitude, arabic, bare, false);
        }

        Core withMagnitude(String other) {
            return new Core(start, end, value, other, arabic, bare, moreThan);
        }

        double magnitudeFactor() {
            return magnitude == null ? 1 : UnitCatalog.magnitudeAt(magnitude, 0).getValue();
        }
    }
}
