package io.zonelens.ingest.extraction.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Short names a document defines: 天津港保税区管理委员会（以下简称“管委会”）, 天津临港投资控股有限公司（以下简称“临港控股”）,
 * a title's in book marks (《…总体方案》（以下简称《南沙方案》）), and an acronym in brackets after a name
 * (《区域全面经济伙伴关系协定》（RCEP）). From the definition on, the short name is that entity wherever the document uses it, whatever the other rules would
 * link it to (a bare 管委会 to the nearest zone's committee), and it is found where no rule knows it (临港控股). Such a
 * mention is contextual unless the short name names the entity anywhere. The words a paper uses for its writer and its
 * addressee (我局, 本院; 你公司, 你委 under a salutation line) are contextual names of them too.
 */
final class DefinedShortNames {

    /** 天津港保税区管理委员会（以下简称“管委会”）, 商务部（以下称调查机关）: the short name is group 1. */
    private static final String DEFINED = "(?:以下称|(?:以下)?(?:证券|股票)?(?:简称|下称))为?[：:]?[“\"「《]?([^“”\"「」《》（）()，,、。；;\\s]{1,15}?)[”\"」》]?";
    /**
     * 《区域全面经济伙伴关系协定》（RCEP）, 世界贸易组织（WTO）, 杜伊斯堡港（duisport）, 德铁货运（DB Cargo）: an acronym or a
     * name in Latin letters in brackets right after a name.
     */
    private static final String ACRONYM = "([A-Za-z][A-Za-z0-9&.'-]{1,19}(?: [A-Za-z0-9&.'-]{1,15}){0,3})";
    /** （以下简称“公司”或“华瑞精工”）: more short names after the first, group 2 holding them all (the acronym is group 3). */
    private static final String MORE_NAMES = "((?:[或、和及][“\"「][^“”\"「」《》（）()，,、。；;\\s]{1,15}[”\"」])*)";
    /** （国发〔2022〕2号，以下简称“国发2号文件”）: a cited document's number may stand before its short name. */
    private static final String NUMBER_FIRST = "(?:[^（）()，,。；;“”《》]{2,20}?[〔\\[［(（]?[0-9]{4}[〕\\]］)）]?[^（）()，,。；;“”《》]{0,8}?号[，,])?";
    /** …股份有限公司（中新集团，601512.SH）: the short name a firm is traded under, before its stock code (group 4). */
    private static final String TRADED_NAME = CompanyPatternSource.TRADED_NAME + CompanyPatternSource.STOCK_CODE_NUMBER;
    /** （Exstell Semiconductor, Inc.，以下简称“…”）: a firm's name in Latin letters may stand before its short name. */
    private static final String LATIN_NAME_FIRST = "(?:[A-Za-z][A-Za-z0-9 .,&'-]{1,60}?[，,]\\s*)?";
    /** （暂定名，最终以市场监督管理部门核准登记的名称为准，以下简称“重庆德泓”）: a remark on the name may stand before its short name. */
    private static final String REMARK_FIRST = "(?:[^（）()“”\"「」《》]{1,60}?[，,；;]\\s*)?";
    /** （证券简称：东海湾港，证券代码：601697.SH）: a listed firm's code may follow the short name it is traded under. */
    private static final String CODE_AFTER = "(?:[，,；;]\\s*(?:证券|股票)代码[：:]\\s*" + CompanyPatternSource.LISTED_CODE + ")?";
    private static final Pattern DEFINITION = Pattern.compile("[（(](?:" + REMARK_FIRST + LATIN_NAME_FIRST + NUMBER_FIRST + DEFINED + MORE_NAMES + CODE_AFTER + "|" + ACRONYM + "|" + TRADED_NAME + ")[）)]");
    /**
     * （Nordstrand Group）, （简称“河南航投”）, （601512.SH）: what brackets after a name may hold of it, its name in Latin
     * letters, a short name it is given, its acronym or stock code.
     */
    static boolean asideOfAName(String bracketed) {
        return DEFINITION.matcher(bracketed).matches();
    }

    /**
     * The short name brackets opening at {@code from} give the name before them, defined (（以下简称“渝新通达”）) or bare
     * (（九三集团）), or null.
     */
    static String givenAt(String text, int from, int to) {
        String defined = definedAt(text, from, to);
        if (defined != null) {
            return defined;
        }
        java.util.regex.Matcher bare = BARE_SHORT_NAME.matcher(text).region(from, to);
        return bare.lookingAt() ? bare.group(1) : null;
    }

    /** The short name brackets opening at {@code from} define for the name before them (（以下简称“上合基地”）), or null. */
    static String definedAt(String text, int from, int to) {
        java.util.regex.Matcher defined = DEFINITION.matcher(text).region(from, to);
        return defined.lookingAt() && defined.group(1) != null ? defined.group(1) : null;
    }

    private static final Pattern QUOTED = Pattern.compile("[“\"「]([^“”\"「」]{1,15})[”\"」]");
    /**
     * 公司, 本公司: a word for any firm, defined as the short name of the one a notice is about; it is not linked wherever it
     * stands (子公司, 母公司 hold it), but a bare 公司 before an office is that firm ({@link PositionExtractor}).
     */
    static final java.util.Set<String> GENERIC_SHORT_NAMES = java.util.Set.of("公司", "本公司", "集团", "本集团");

    /** 商务部、…、税务总局（以下简称“7部门”）: a count of the bodies listed names them all, not the last. */
    private static final Pattern COUNTED_GROUP = Pattern.compile("[0-9０-９一二两三四五六七八九十]+个?(?:部门|部委|单位|省市|省份|城市|地区|机构)|[0-9０-９]+(?:方|家)");

    /** 本院, 我委, 本局, 我分局, 我委会同: not inside a word (基本院校, 自我局限), nor 本委员会 or 我局长. */
    private static final Pattern WRITERS_SELF = Pattern.compile("(?<![\\p{IsHan}&&[^向由在对与和及被据经将为是并请报给]])[本我](分?[院委局厅])(?![员长内外级办]|会(?!同))");

    private final EntityLinker linker;
    private final Gazetteer gazetteer;

    DefinedShortNames(EntityLinker linker, Gazetteer gazetteer) {
        this.linker = linker;
        this.gazetteer = gazetteer;
    }

    /** The mentions with every defined short name linked to the entity it was defined for. */
    List<EntityMention> apply(String text, List<SentenceView> views, List<EntityMention> mentions) {
        List<EntityMention> linked = new ArrayList<>(mentions);
        for (MatchResult definition : atOpeningBrackets(DEFINITION, text)) {
            EntityMention definer = definerEndingAt(linked, definerEnd(text, definition));
            // 合肥市、芜湖市、蚌埠市人民政府（以下简称片区所在地市人民政府）: a name after a list's mark ends the list, which the
            // short name names as a whole, not its last item.
            if (definer != null && !endsAListOfPlaces(text, linked, definer)) {
                define(text, views, linked, definer, shortNames(definition), definition.start());
            }
        }
        // 《川南临港片区深化改革创新三年行动方案》，简称“三年行动方案”: a title's short name given after a comma.
        for (Matcher afterTitle = AFTER_A_TITLE.matcher(text); afterTitle.find(); ) {
            EntityMention definer = definerEndingAt(linked, afterTitle.start() - 1);
            if (definer != null && definer.type() == EntityType.POLICY) {
                define(text, views, linked, definer, List.of(afterTitle.group(1)), afterTitle.start());
            }
        }
        // 本报告中“集团”“两江产城集团”均指重庆两江新区产城融合发展集团有限公司: a glossary's short names, then the name, which
        // ends the clause (not “两区”指北京自贸试验区和…, several named at once). Tried only where 指 follows a closing quote.
        Matcher glossary = GLOSSARY.matcher(text);
        for (int at = text.indexOf(POINTS_AT); at > 0; at = text.indexOf(POINTS_AT, at + 1)) {
            if (!glossary.region(Math.max(0, at - MAX_GLOSSARY), at + 1).find()) {
                continue;
            }
            EntityMention definer = definerStartingAt(linked, at + 1);
            if (definer != null && (definer.end() == text.length() || CLAUSE_ENDS.indexOf(text.charAt(definer.end())) >= 0)) {
                // “我们”: the writer's word for itself names it only as 我 does, no name of it.
                define(text, views, linked, definer, quotedIn(glossary.group(1)).stream().filter(name -> !name.startsWith(WE)).toList(), glossary.start());
            }
        }
        // 合肥经开综合保税区、合肥综合保税区、合肥空港综合保税区分别简称“经开综保区”“合肥综保区”“空港综保区”: names listed, then
        // as many short names in their order, which name them wherever they stand (a footnote defines them after their use).
        Matcher respectively = RESPECTIVELY.matcher(text);
        while (respectively.find()) {
            List<String> shortNames = quotedIn(respectively.group(1));
            List<EntityMention> definers = listedEndingAt(linked, text, respectively.start(), shortNames.size());
            for (int i = 0; definers != null && i < shortNames.size(); i++) {
                String shortName = shortNames.get(i);
                for (int at = text.indexOf(shortName); at >= 0; at = text.indexOf(shortName, at + shortName.length())) {
                    link(views, linked, definers.get(i).type(), definers.get(i).canonical(), at, at + shortName.length());
                }
            }
        }
        // 新疆广汇实业投资（集团）有限责任公司（广汇集团）, 云南省建设投资控股集团有限公司（云南建投）: a firm's or institution's
        // short name in brackets right after it, with no 简称, when its characters are the name's, in order.
        for (MatchResult bare : atOpeningBrackets(BARE_SHORT_NAME, text)) {
            EntityMention definer = definerEndingAt(linked, bare.start());
            String shortName = bare.group(1);
            if (definer == null || definer.type() != EntityType.COMPANY && definer.type() != EntityType.ORGANIZATION
                    || shortName.length() >= definer.text().length() || !abbreviates(shortName, definer.text()) || GENERIC_SHORT_NAMES.contains(shortName)
                    || gazetteer.lookup(shortName).stream().anyMatch(entry -> entry.type() == EntityType.PLACE)) {
                continue;
            }
            for (int at = text.indexOf(shortName, bare.start()); at >= 0; at = text.indexOf(shortName, at + shortName.length())) {
                link(views, linked, definer.type(), definer.canonical(), at, at + shortName.length());
            }
        }
        // 本院认为, 向本委申请仲裁, 我局: the writer's word for itself is its own body (see PositionExtractor.writersBody).
        for (Matcher self = WRITERS_SELF.matcher(text); self.find(); ) {
            String body = PositionExtractor.writersBody(text, self.group(1), self.start(), linked);
            if (body != null) {
                link(views, linked, EntityType.GOVERNMENT, body, self.start(), self.end());
            }
        }
        // 双鸭山龙岳新材料有限公司：…你公司报送的…: a reply's word for the one it is addressed to is the addressee's name.
        EntityMention addressee = addressee(text, linked);
        for (Matcher you = ADDRESSEE_WORD.matcher(text); addressee != null && you.find(); ) {
            if (you.start() > addressee.end() && addressedAs(you.group(1), addressee.type())) {
                link(views, linked, addressee.type(), addressee.canonical(), you.start(), you.end());
            }
        }
        linked.sort(Comparator.comparingInt(EntityMention::start));
        return linked;
    }

    /** 你公司, 你委, 你局, 你单位: a reply's word for its addressee (not 你们). */
    private static final Pattern ADDRESSEE_WORD = Pattern.compile("(?<!迷)你(公司|单位|委|局|厅|院|办|中心)(?![员长托理事公会])");
    /** A salutation is among a paper's first lines: its title, number and issuer are above it. */
    private static final int SALUTATION_WITHIN = 400;

    /**
     * The one named on a salutation line (宁夏吴忠金积工业园区管理委员会：), the first line among the first ones to end in a colon,
     * or null where that line is no one name (各区县人民政府：, 附件：) or there is none.
     */
    private static EntityMention addressee(String text, List<EntityMention> mentions) {
        for (int lineStart = 0; lineStart < Math.min(text.length(), SALUTATION_WITHIN); lineStart = text.indexOf('\n', lineStart) + 1) {
            int lineEnd = text.indexOf('\n', lineStart);
            lineEnd = lineEnd < 0 ? text.length() : lineEnd;
            String line = text.substring(lineStart, lineEnd).strip();
            if (line.length() > 1 && (line.endsWith("：") || line.endsWith(":"))) {
                int from = lineStart + text.substring(lineStart, lineEnd).indexOf(line);
                int to = from + line.length() - 1;
                // the line is the one name: no list of addressees (各区县人民政府：), no heading ending in a colon
                return mentions.stream().filter(m -> m.start() == from && m.end() == to).findFirst().orElse(null);
            }
            if (lineEnd == text.length()) {
                break;
            }
        }
        return null;
    }

    /** 你公司 for a firm, 你委 and 你局 for a body, 你单位 and 你院 for any. */
    private static boolean addressedAs(String word, EntityType type) {
        return switch (word) {
            case "公司" -> type == EntityType.COMPANY;
            case "委", "局", "厅", "办" -> type == EntityType.GOVERNMENT;
            default -> type == EntityType.COMPANY || type == EntityType.GOVERNMENT || type == EntityType.ORGANIZATION;
        };
    }

    /**
     * The definer, a place's body, follows a bare place and 、 (合肥市、芜湖市、蚌埠市人民政府): the body's name is shared along a
     * list of places (not 苏州市、无锡高新区管委会, a zone's).
     */
    private static boolean endsAListOfPlaces(String text, List<EntityMention> mentions, EntityMention definer) {
        int mark = definer.start() - 1;
        if (definer.type() != EntityType.GOVERNMENT || !PLACES_BODY.matcher(definer.text()).find()
                || mentions.stream().noneMatch(m -> m.type() == EntityType.PLACE && m.start() == definer.start())) {
            return false;
        }
        // The place may be read as its body too, the elided name (芜湖市 for 芜湖市人民政府), but as nothing else.
        return mark > 0 && text.charAt(mark) == '、' && mentions.stream().anyMatch(m -> m.end() == mark && m.type() == EntityType.PLACE)
                && mentions.stream().noneMatch(m -> m.end() == mark && m.type() != EntityType.PLACE && m.type() != EntityType.GOVERNMENT);
    }

    /** The body a place's name and its level make: its government, party committee or congress. */
    private static final Pattern PLACES_BODY = Pattern.compile("[省市县区](?:人民政府|政府|委|人大常委会|人民代表大会常务委员会)$");

    /** （广汇集团）: a short name of Han characters alone in brackets. */
    static final Pattern BARE_SHORT_NAME = Pattern.compile("[（(](\\p{IsHan}{2,8})[）)]");

    /** Every character of {@code shortName} stands in {@code name}, in the same order, the first among the name's first four. */
    static boolean abbreviates(String shortName, String name) {
        int at = name.indexOf(shortName.charAt(0));
        if (at < 0 || at >= 4) {
            return false;
        }
        for (int i = 1; i < shortName.length(); i++) {
            at = name.indexOf(shortName.charAt(i), at + 1);
            if (at < 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * The canonical name of the entity of {@code type} the text defines {@code shortName} for (江苏华瑞精密工业股份有限公司
     * （以下简称“公司”）), or null.
     */
    static String definedFor(String text, String shortName, List<EntityMention> mentions, EntityType type) {
        for (MatchResult definition : atOpeningBrackets(DEFINITION, text)) {
            EntityMention definer = definerEndingAt(mentions, definerEnd(text, definition));
            if (definer != null && definer.type() == type && shortNames(definition).contains(shortName)) {
                return definer.canonical();
            }
        }
        return null;
    }

    /**
     * Every match in the text, in order, of a pattern that opens on a bracket: tried only at opening brackets, far faster than
     * a search trying it at every character.
     */
    private static List<MatchResult> atOpeningBrackets(Pattern pattern, String text) {
        List<MatchResult> matches = new ArrayList<>();
        Matcher matcher = pattern.matcher(text);
        for (int at = 0; at < text.length(); at++) {
            char c = text.charAt(at);
            if ((c == '（' || c == '(') && matcher.region(at, text.length()).lookingAt()) {
                matches.add(matcher.toMatchResult());
                at = matcher.end() - 1;
            }
        }
        return matches;
    }

    /**
     * Links {@code definer}'s short names, from {@code from} on, those in the headline, and the same names found before it,
     * to the definer.
     */
    private void define(String text, List<SentenceView> views, List<EntityMention> linked, EntityMention definer, List<String> shortNames, int from) {
        for (String shortName : shortNames) {
            if (shortName.equals(definer.text()) || GENERIC_SHORT_NAMES.contains(shortName) || COUNTED_GROUP.matcher(shortName).matches()) {
                continue;
            }
            String canonical = canonicalFor(definer, shortName);
            if (!canonical.equals(definer.canonical())) {
                EntityMention current = linked.stream().filter(m -> m.start() == definer.start() && m.end() == definer.end()).findFirst().orElse(definer);
                linked.set(linked.indexOf(current), relinked(current, current.text(), canonical));
            }
            // 《规划》: a paper's kind alone names the paper only in its marks; 规划范围, 规划实施 speak of planning.
            boolean marksOnly = definer.type() == EntityType.POLICY && PAPERS_KINDS.contains(shortName);
            for (int at = text.indexOf(shortName, from); at >= 0; at = text.indexOf(shortName, at + shortName.length())) {
                if (!marksOnly || inMarks(text, at, at + shortName.length())) {
                    link(views, linked, definer.type(), canonical, at, at + shortName.length());
                }
            }
            // 吴中台协完成第八届理事会换届 in the headline, where HanLP read a person (吴中台): a headline names its subject by
            // the short name the story defines later.
            int headlineEnd = Math.min(text.indexOf('\n'), definer.start());
            for (int at = text.indexOf(shortName); at >= 0 && at + shortName.length() <= headlineEnd; at = text.indexOf(shortName, at + shortName.length())) {
                if (!marksOnly || inMarks(text, at, at + shortName.length())) {
                    link(views, linked, definer.type(), canonical, at, at + shortName.length());
                }
            }
            // 江澜汽车二期工厂开工 in the headline, before the firm is named and its short name defined: a mention found
            // already with exactly that name is the defined entity too (elsewhere before the definition no new mention is made).
            for (int i = 0; i < linked.size(); i++) {
                EntityMention earlier = linked.get(i);
                if (earlier.end() <= definer.start() && earlier.type() == definer.type() && earlier.text().equals(shortName)) {
                    linked.set(i, relinked(earlier, earlier.text(), canonical));
                }
            }
        }
    }

    /** A paper's kind, which a paper may be called for short, and which is a common word outside its marks (措施, 规划范围). */
    private static final java.util.Set<String> PAPERS_KINDS = java.util.stream.Stream.concat(PolicySource.ALL_DOCUMENT_NOUNS.stream(),
            java.util.stream.Stream.of("若干措施", "报告", "行动方案", "总体方案", "总体规划", "要点", "清单")).collect(java.util.stream.Collectors.toUnmodifiableSet());

    /** Whether [start, end) stands inside book or quotation marks (《规划》, “方案”). */
    private static boolean inMarks(String text, int start, int end) {
        return start > 0 && end < text.length() && "《“\"「".indexOf(text.charAt(start - 1)) >= 0 && "》”\"」".indexOf(text.charAt(end)) >= 0;
    }

    /** 》，简称“三年行动方案”: a short name given after a title's closing mark and a comma (group 1); the match opens at the comma. */
    private static final Pattern AFTER_A_TITLE = Pattern.compile("(?<=》)[，,]" + DEFINED.replace("[“\"「《]?", "[“\"「《]").replace("[”\"」》]?", "[”\"」》]"));

    /** 《…总体方案》（以下简称《南沙方案》）: a title defines its short name from behind its closing mark. */
    private static int definerEnd(String text, MatchResult definition) {
        return definition.start() > 0 && text.charAt(definition.start() - 1) == '》' ? definition.start() - 1 : definition.start();
    }

    /** The short names a definition gives, in order: one, an acronym, or several joined by 或 (“公司”或“华瑞精工”). */
    private static List<String> shortNames(MatchResult definition) {
        if (definition.group(3) != null || definition.group(4) != null) {
            return List.of(definition.group(3) != null ? definition.group(3) : definition.group(4));
        }
        List<String> names = new ArrayList<>(List.of(definition.group(1)));
        Matcher more = QUOTED.matcher(definition.group(2));
        while (more.find()) {
            names.add(more.group(1));
        }
        return names;
    }

    /** The entity a mention ending right before the definition names: an institution, zone or policy, not a place inside it. */
    private static final Pattern RESPECTIVELY = Pattern.compile("分别(?:简称为?|称为)((?:[“\"「][^“”\"「」]{2,12}[”\"」][、，,和及]?){2,10})");

    /** The {@code count} names listed right before {@code end}, set off by 、, 和 or 及, in their order; or null. */
    private static List<EntityMention> listedEndingAt(List<EntityMention> mentions, String text, int end, int count) {
        java.util.LinkedList<EntityMention> listed = new java.util.LinkedList<>();
        int at = end;
        while (listed.size() < count) {
            EntityMention item = definerEndingAt(mentions, at);
            if (item == null) {
                return null;
            }
            listed.addFirst(item);
            at = item.start() - 1;
            if (listed.size() < count && (at < 0 || "、和及".indexOf(text.charAt(at)) < 0)) {
                return null;
            }
        }
        return listed;
    }

    /** “集团”“我们”“两江产城集团”均指: quoted short names (group 1), then 指, the name they stand for right after. */
    private static final Pattern GLOSSARY = Pattern.compile("((?:[“\"「][^“”\"「」]{1,15}[”\"」][、，,或和及]?)+)(?:均|皆|都)?(?:是)?指$");
    private static final String POINTS_AT = "指";
    /** How far before 指 a glossary's quoted names may start. */
    private static final int MAX_GLOSSARY = 80;
    private static final String CLAUSE_ENDS = "，,。；;）)\n";

    private static final String WE = "我";

    private static List<String> quotedIn(String names) {
        List<String> quoted = new ArrayList<>();
        for (Matcher name = QUOTED.matcher(names); name.find(); ) {
            quoted.add(name.group(1));
        }
        return quoted;
    }

    /** The longest institution, body or zone named from {@code start} on, or null. */
    private static EntityMention definerStartingAt(List<EntityMention> mentions, int start) {
        return mentions.stream().filter(m -> m.start() == start && mayBeDefined(m)).max(Comparator.comparingInt(EntityMention::end)).orElse(null);
    }

    private static EntityMention definerEndingAt(List<EntityMention> mentions, int end) {
        return mentions.stream().filter(m -> m.end() == end && mayBeDefined(m)).min(Comparator.comparingInt(EntityMention::start)).orElse(null);
    }

    /** An institution, body, zone or document may be given a short name; a place, person or title is not. */
    private static boolean mayBeDefined(EntityMention m) {
        return m.type() != EntityType.PLACE && m.type() != EntityType.POSITION && m.type() != EntityType.PERSON;
    }

    /**
     * 中远海运集团有限公司（以下简称“中远海运”）: when the lists know the short name as this kind of entity and not the long
     * one, the definition says they are the listed entity.
     */
    private String canonicalFor(EntityMention definer, String shortName) {
        boolean longListed = gazetteer.lookup(definer.text()).stream().anyMatch(e -> e.type() == definer.type());
        return gazetteer.lookup(shortName).stream().filter(e -> e.type() == definer.type() && !longListed)
                .map(GazetteerEntry::canonical).findFirst().orElse(definer.canonical());
    }

    private void link(List<SentenceView> views, List<EntityMention> mentions, EntityType type, String canonical, int start, int end) {
        SentenceView view = SentenceView.holding(views, start, end);
        // Across sentences, part of a longer word or name (保税区 in 综合保税区 or in 天津港保税区), or of a longer Latin
        // word (EU in EUV光刻机): not the short name.
        if (view == null || view.hits().stream().anyMatch(hit -> hit.start() <= start && end <= hit.end() && hit.end() - hit.start() > end - start)
                || latinLetterOrDigit(view.charAt(start - 1)) && latinLetterOrDigit(view.charAt(start))
                || latinLetterOrDigit(view.charAt(end - 1)) && latinLetterOrDigit(view.charAt(end))) {
            return;
        }
        for (int i = 0; i < mentions.size(); i++) {
            EntityMention m = mentions.get(i);
            if (m.start() == start && m.end() == end) {
                mentions.set(i, relinked(m.withType(type), m.text(), canonical));
                return;
            }
        }
        // 航空港区党工委 after (以下简称“航空港区”): a body word run into the short name's last character (区党工委) is
        // the defined zone's body, and a bare body later in the sentence (、管委会主任) is that zone's too.
        if (type == EntityType.ZONE && zonesBodyAfter(view, mentions, canonical, start, end)) {
            return;
        }
        // 判令芯源公司, 向长庚公司 (HanLP's 向长/nr): a verb or preposition run into the defined name opens no longer one, nor
        // does a clause ending in one (该条款系博聿公司, 就该条款向裕丰公司).
        mentions.removeIf(m -> m.type() == type && m.end() == end && m.start() < start && (onlyGoverningWords(view, m.start(), start) || governedAt(view, start)));
        // 鸿途体育副总经理施永强: a title read with the short name before it is the short name's firm, then the title.
        EntityMention titleRunIn = mentions.stream().filter(m -> m.type() == EntityType.POSITION && m.start() == start && m.end() > end && type.isInstitution()
                && view.hits().stream().anyMatch(hit -> hit.start() == end && hit.end() == m.end() && hit.cue(Cue.CueFamily.TITLE) != null)).findFirst().orElse(null);
        if (mentions.stream().anyMatch(m -> m != titleRunIn && m.start() < end && start < m.end() && (m.start() < start || m.end() > end))) {
            return;
        }
        if (titleRunIn != null) {
            mentions.remove(titleRunIn);
            String title = view.slice(end, titleRunIn.end());
            mentions.add(new EntityMention(EntityType.POSITION, end, titleRunIn.end(), title, PositionExtractor.withoutSpacedLetters(title), titleRunIn.sentenceIndex()));
        }
        mentions.removeIf(m -> m.start() >= start && m.end() <= end);
        mentions.add(relinked(new EntityMention(type, start, end, view.slice(start, end), canonical, view.sentence().index()), view.slice(start, end), canonical));
    }

    /**
     * A verb or preposition right before {@code start}: the word ending there (系/v), or a preposition HanLP glued to the
     * name's first character (向裕/nr).
     */
    private static boolean governedAt(SentenceView view, int start) {
        int index = view.tokenAt(start - 1);
        if (index < 0) {
            return false;
        }
        io.zonelens.ingest.extraction.token.Token word = view.tokens().get(index);
        return word.end() == start ? Pos.isVerb(word) && word.word().length() == 1 || word.pos().startsWith("p")
                : word.start() == start - 1 && Pos.PREPOSITION_CHARACTERS.indexOf(view.charAt(start - 1)) >= 0;
    }

    /** [start, end) is prepositions (向, 对, 由) or verbs HanLP reads as words of their own, no part of a name. */
    private static boolean onlyGoverningWords(SentenceView view, int start, int end) {
        if (end - start <= 2 && view.slice(start, end).chars().allMatch(c -> Pos.PREPOSITION_CHARACTERS.indexOf(c) >= 0)) {
            return true;
        }
        List<io.zonelens.ingest.extraction.token.Token> words = view.tokensWithin(start, end);
        return !words.isEmpty() && words.get(0).start() == start && words.get(words.size() - 1).end() == end
                && words.stream().allMatch(word -> Pos.isVerb(word) || Pos.isGoverningWord(word) || word.pos().startsWith("p"));
    }

    private boolean zonesBodyAfter(SentenceView view, List<EntityMention> mentions, String zone, int start, int end) {
        EntityMention body = mentions.stream().filter(m -> m.type() == EntityType.GOVERNMENT && m.start() >= start && m.start() < end && m.end() > end)
                .findFirst().orElse(null);
        Cue word = body == null ? null : bodyWord(view, end, body.end());
        // Only a zone's own bodies: a 市委 after them is a place's (航空港区党工委书记、市委常委: 郑州市委).
        if (word == null || !EntityLinker.ZONE_BODIES.contains(word.word())) {
            return false;
        }
        mentions.remove(body);
        mentions.removeIf(m -> m.start() >= start && m.end() <= end);
        mentions.add(new EntityMention(EntityType.GOVERNMENT, start, body.end(), view.slice(start, body.end()), zone + word.fullForm(),
                body.sentenceIndex(), true));
        // 航空港区党工委书记、管委会主任: the committee named bare after it is the same zone's.
        for (int i = 0; i < mentions.size(); i++) {
            EntityMention bare = mentions.get(i);
            Cue bareWord = bare.type() == EntityType.GOVERNMENT && bare.start() > body.end() && bare.sentenceIndex() == body.sentenceIndex()
                    ? bodyWord(view, bare.start(), bare.end()) : null;
            if (bareWord != null && EntityLinker.ZONE_BODIES.contains(bareWord.word()) && BARE_SEPARATION.matcher(view.slice(body.end(), bare.start())).matches()) {
                mentions.set(i, new EntityMention(bare.type(), bare.start(), bare.end(), bare.text(), zone + bareWord.fullForm(), bare.sentenceIndex(), true));
            }
        }
        return true;
    }

    /** Titles and 、 only between a body and the bare one after it (党工委书记、管委会主任). */
    private static final Pattern BARE_SEPARATION = Pattern.compile("[\\p{IsHan}]{0,8}、");

    /** The body word (党工委, 管委会) spanning exactly [start, end), or null. */
    private static Cue bodyWord(SentenceView view, int start, int end) {
        return view.hits().stream().filter(hit -> hit.start() == start && hit.end() == end).map(hit -> hit.cue(Cue.CueFamily.GOV_BODY))
                .filter(java.util.Objects::nonNull).findFirst().orElse(null);
    }

    private static boolean latinLetterOrDigit(char c) {
        return c < 128 && Character.isLetterOrDigit(c);
    }

    private EntityMention relinked(EntityMention m, String text, String canonical) {
        boolean contextual = !linker.canonical(m.type(), text, EntityLinker.Home.UNKNOWN).equals(canonical);
        return new EntityMention(m.type(), m.start(), m.end(), text, canonical, m.sentenceIndex(), contextual);
    }
}
