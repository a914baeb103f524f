package io.zonelens.ingest.extraction.entity;

import io.zonelens.ingest.extraction.text.BylineParser;
import io.zonelens.ingest.extraction.token.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Persons: HanLP's recognized names (nr), filtered, plus a name right after a title (天津海关关长赵革, 副区长罗平:,
 * 编辑:高志翔), where HanLP often misses or mis-cuts it (关长赵/革, 罗平 as a place).
 */
public class PersonSource implements EntityCandidateSource {

    public static final String HANLP = "hanlp-person";
    public static final String AFTER_TITLE = "title-name";
    /** A name among names (陆治原、刘强、宋军继): its neighbours say what it is, so it stands where the tagger reads a firm. */
    public static final String AMONG_NAMES = "listed-name";
    private static final Set<String> FOLLOWERS = Set.of("参加", "表示", "说", "指出", "强调", "介绍", "主持", "出席", "陪同", "一行", "同志", "先生", "女士", "作",
            "在", "等", "用", "先后", "此前", "近日", "日前", "今天", "昨天", "昨日", "当天", "当日", "随后", "对", "认为", "告诉", "回答", "提出", "要求", "希望", "来到", "深入", "前往", "看望", "听取", "汇报", "率队", "带队", "调研", "会见", "讲话", "发言", "致辞", "和", "与", "及", "也", "就", "为",
            "到", "赴", "率", "专程", "一同", "召开", "获得", "荣获", "当选", "担任", "出任", "兼任", "接受", "发表", "宣布", "透露",
            "坦言", "称", "带领", "带着", "签署", "访问", "视察", "考察", "就任", "见证", "参观", "宣读", "表态", "任", "拟任", "拟", "调任", "升任", "接任", "继续", "现任", "现为", "已调任",
            // what a candidate in an election's results has: 严晓红得票186,190,208票
            "得票",
            "代表", "向", "提醒", "建议", "解释", "补充", "感慨", "牵头", "主讲", "现场", "回忆", "正在", "加入", "进行",
            // what an inspection team's leader does: 巡视组组长卓元岱反馈了巡视情况
            "反馈",
            // what a speaker at a symposium does: 教授蔺宏伟比较了…, 研究员王明围绕…作主题报告
            "比较", "分析", "围绕", "结合", "梳理", "分享", "阐述", "呼吁", "总结", "点评", "谈到", "提到", "直言",
            // what a discipline notice says its subject did: 副主任厍建军违规收受礼品
            "违规", "违反", "违纪", "利用", "涉嫌", "收受", "严重违纪", "受贿",
            // 教授任海燕受聘担任
            "受聘");

    /** 副县长（挂职）司徒嘉铭, 巡视员（正厅级）王明: how an office is held, in brackets between the title and the name. */
    static final java.util.regex.Pattern MANNER_OF_HOLDING = java.util.regex.Pattern.compile("[（(](?:挂职|兼|兼任|兼职|正厅级|副厅级|正处级|副处级|正局级|副局级|正县级|副县级|主持工作|代|临时)[）)]");
    static final int MAX_MANNER = 6;

    /** One-character verbs of saying that follow a name: 于冬称，, 李明说：. */
    private static final String SAYING = "称说讲道";

    /** 边民李秀兰, 澳门居民冯丽珊, 边民黄秀英: who a person is where they live. */
    private static final List<String> RESIDENTS = List.of("边民", "居民", "村民", "市民", "渔民", "牧民");
    /** Words a name typically follows: 区领导尹晓峰, 记者赵颖妍; roles in sport and film too (选手佘小满, 编剧韩牧之). */
    private static final List<String> PRECEDERS = java.util.stream.Stream.concat(java.util.stream.Stream.of("领导", "同志", "作者", "主持人", "嘉宾", "代表", "选手", "运动员", "球员", "队员",
            "编剧", "演员", "主演", "歌手", "设计师", "摄影师", "跑者", "台胞"), RESIDENTS.stream()).toList();

    /** 汉族, 蒙古族, 哈尼族彝族: a people of China's, as a biography or notice names it (not 上班族, 家族). */
    private static final String CHINAS_PEOPLE = "(?:汉族|" + Gazetteer.peoplesWords("") + ")";
    /** 女, 女，蒙古族, 回族: a person's sex and people, as a notice gives them. */
    static final String SEX_OR_PEOPLE = "(?:[男女]|" + CHINAS_PEOPLE + ")(?:[，,、](?:[男女]|" + CHINAS_PEOPLE + "))?";
    /** （女）, （女，蒙古族）, （回族）: the sex and people a notice may give after a name. */
    private static final String SEX_AND_PEOPLE = "[（(]" + SEX_OR_PEOPLE + "[）)]";
    private static final String SPACES = SentenceView.SPACES;
    /** Verbs of appointment and removal a name follows in notices and news: 任命王卫东为…, 免去赵文华的…职务. */
    static final List<String> APPOINTING = List.of("任命", "聘任", "续聘", "聘请", "提名", "委任", "任用", "推选", "选举", "增补", "免去", "免除");
    private static final String APPOINTING_FIRST_CHARACTERS = APPOINTING.stream().map(verb -> verb.substring(0, 1)).distinct()
            .collect(java.util.stream.Collectors.joining());
    /** What follows the name after such a verb: the office (为), the office held (的), or the next name. */
    private static final String AFTER_APPOINTED = "为的、，,；;";
    /** Any surname, the rare ones too: a verb of appointment says a name follows. */
    private static final String ROSTER_SURNAMES = PersonNameFilter.SURNAMES + PersonNameFilter.SURNAMES_IN_A_ROSTER;

    private final PersonNameFilter filter;

    public PersonSource(PersonNameFilter filter) {
        this.filter = filter;
    }

    @Override
    public String name() {
        return HANLP;
    }

    @Override
    public List<EntityCandidate> candidates(SentenceView view) {
        List<EntityCandidate> candidates = new ArrayList<>();
        for (Token token : view.tokens()) {
            if (!token.pos().startsWith("nr")) {
                continue;
            }
            // nrf, nrj: a transliterated name; nr: a Chinese one, unless not shaped like one (库克本/nr).
            boolean foreign = !token.pos().equals("nr") || !filter.shapedLikeAName(token.word());
            int end = endBeforeWhatFollows(view, token.start(), nameEndPastACutLastCharacter(view, compoundSurnameNameEnd(view, token), token), foreign);
            String name = view.slice(token.start(), end);
            if ((token.pos().equals("nr") || end < token.end()) && (filter.accept(name) || givenNameEndingInHe(view, token.start(), end))
                    && !overlapsTitle(view, token.start(), end)
                    && !firmBeforeItsOfficer(view, end) && !aUnitBeforeItsHead(view, end) && !insideACommitteesName(view, token.start(), end)
                    && !endOfARoute(view, token.start(), end) && !firstCharacterEndsAnAdverbBefore(view, token.start())
                    && !PlacePatternSource.aListedTownship(view, token.start(), end) && !aTownshipsName(view, token.start(), end)
                    && !view.listedWord(token.start(), end) && !aSpacedLabel(view, token.start(), end) && !itemOfAListOfPlaces(view, end) && !aCodesPrefix(view, end)
                    && inPersonContext(view, token.start(), end) && !view.insideBookTitle(token.start(), end) && !aQuotedTerm(view, token.start(), end)) {
                candidates.add(new EntityCandidate(EntityType.PERSON, token.start(), end, HANLP, 0.6));
            }
        }
        for (Lexicon.Hit hit : view.hits()) {
            // 董事 of 董事长孙伟: a name follows the whole title, not a shorter one inside it (长孙 is a surname too).
            if (hit.cue(Cue.CueFamily.TITLE) != null && !insideALongerTitle(view, hit)) {
                int start = hit.end();
                char next = view.charAt(start);
                boolean afterAColon = next == ':' || next == '：';
                if (afterAColon) {
                    start++;
                }
                // 河南省省长 王凯: a report's byline sets the name apart with a space.
                while (start < hit.end() + 2 && Character.isSpaceChar(view.charAt(start))) {
                    start++;
                }
                start += PersonNameFilter.honorificAt(view.text(), start);
                java.util.regex.Matcher manner = MANNER_OF_HOLDING.matcher(view.text()).region(start, view.sentence().end());
                start = manner.lookingAt() ? manner.end() : start;
                // 由市长任组长: 任 before another title is the verb of holding it, no surname.
                int length = view.charAt(start) == HOLDS && titleStartsAt(view, start + 1) ? 0 : nameLengthAt(view, start);
                length = length > 0 ? endBeforeWhatFollows(view, start, start + length, false) - start : latinNameLengthAt(view, start);
                length = length > 0 ? length : bylineNameOfNamesLengthAt(view, start);
                // 主持人：王凯，, 记者：王凯报道, but not 第一财经记者：海关在…: after a colon a name is followed by a mark, a byline's
                // word or another title; a verb, adverb or preposition makes what follows speech.
                int nameEnd = start + length;
                int after = view.tokenAt(nameEnd);
                Token following = after < 0 || nameEnd >= view.sentence().end() || !view.tokenStartsAt(nameEnd) ? null : view.tokens().get(after);
                boolean speech = afterAColon && following != null && (following.posStartsWith("v") || following.posStartsWith("d") || following.posStartsWith("p"))
                        && !BYLINE_WORDS.contains(following.word());
                if (length > 0 && !speech && !aVerbOfItsOwn(view, start, nameEnd) && !aQuotedTitleAndWord(view, hit.start(), nameEnd)) {
                    candidates.add(new EntityCandidate(EntityType.PERSON, start, nameEnd, AFTER_TITLE, 0.85));
                }
            }
        }
        candidates.addAll(namesAfterADescriptor(view));
        candidates.addAll(biographyHeaderNames(view));
        candidates.addAll(namesOpeningAnAppointmentItem(view));
        candidates.addAll(namesWithTheirPeopleAfterATitle(view));
        candidates.addAll(namesWithTheirPeopleInARosterRow(view));
        candidates.addAll(namesOpeningANumberedItemOfOffices(view));
        candidates.addAll(appointedNames(view));
        candidates.addAll(dottedNames(view));
        candidates.addAll(namesOfTwoStockNames(view));
        candidates.addAll(namesListedWithNames(view));
        candidates.addAll(namesWithTheirOfficeInBrackets(view));
        candidates.addAll(contactNames(view));
        candidates.addAll(layoutSpacedNames(view));
        candidates.addAll(namesOpeningARosterLine(view));
        candidates.addAll(namesInATablesNameColumn(view));
        candidates.addAll(namesAfterAUnitsCell(view));
        candidates.addAll(namesAskedByTheirTitle(view));
        candidates.replaceAll(candidate -> withABurmeseNamesLastSyllable(view, candidate));
        // 县长吴觉敏/nr 登/v 在: HanLP's name, cut before its last syllable, after a title.
        for (Token token : view.tokens()) {
            if (token.pos().equals("nr") && token.word().length() == 3 && BURMESE_HONORIFICS.indexOf(token.word().charAt(0)) >= 0
                    && listedOrLearnedTitleEndsAt(view, token.start())) {
                EntityCandidate cut = new EntityCandidate(EntityType.PERSON, token.start(), token.end(), AFTER_TITLE, 0.85);
                EntityCandidate whole = withABurmeseNamesLastSyllable(view, cut);
                if (whole != cut) {
                    candidates.add(whole);
                }
            }
        }
        // 高级技师覃德/nr 高等/b 先进典型: HanLP glued a name's last character to the 等 after it; after a title the name takes it.
        for (int i = 0; i + 1 < view.tokens().size(); i++) {
            Token name = view.tokens().get(i);
            Token glued = view.tokens().get(i + 1);
            // Not 讲师王芳高等数学: a noun after the glued word makes it a word of its own.
            boolean nounAfter = i + 2 < view.tokens().size() && view.tokens().get(i + 2).posStartsWith("n");
            if (name.pos().equals("nr") && name.word().length() == 2 && glued.start() == name.end() && glued.word().length() == 2 && glued.word().charAt(1) == '等'
                    && !nounAfter && listedOrLearnedTitleEndsAt(view, name.start()) && filter.plausible(view.slice(name.start(), name.end() + 1))) {
                candidates.add(new EntityCandidate(EntityType.PERSON, name.start(), name.end() + 1, AFTER_TITLE, 0.85));
            }
        }
        candidates.removeIf(candidate -> aStreetsName(view, candidate.start(), candidate.end()));
        return candidates;
    }


    /**
     * 联系人：冯晓东，电话…, 会务联系人：省经济和信息化厅办公室 方静怡，…: a notice's contact, maybe after the unit and a space,
     * is a person where the name is shaped like one and a mark, space or number follows; so is the one a notice makes answerable
     * (行政责任人谢海波（区规划建设局局长助理）).
     */
    private static final java.util.regex.Pattern CONTACT = java.util.regex.Pattern.compile(
            "(?:联系人[：:]?|(?:行政|技术|巡查|安全|防汛|第一)责任人[：:]?|责任人[：:])[\\s　]*(?:[^\\s　，,。；;：:]{2,30}?[\\s　]+)?(\\p{IsHan}{2,4}?)(?=[\\s　，,；;。、（(0-9]|$)");
    /** 联系人：詹雅琪、笪文涛, 联系人：商务部外资司　赵雪晴；科技部火炬中心　孙敏杰: the next contact of a list, maybe after its unit. */
    private static final java.util.regex.Pattern NEXT_CONTACT = java.util.regex.Pattern.compile(
            "\\G(?:、|[；;][\\s　]*(?:[^\\s　，,。；;：:]{2,30}?[\\s　]+)?)(\\p{IsHan}{2,4}?)(?=[\\s　，,；;。、（(0-9]|$)");

    private List<EntityCandidate> contactNames(SentenceView view) {
        List<EntityCandidate> found = new ArrayList<>();
        java.util.regex.Matcher contact = CONTACT.matcher(view.text()).region(view.sentence().start(), view.sentence().end());
        while (contact.find()) {
            java.util.regex.Matcher name = contact;
            while (filter.plausibleInARoster(name.group(1))) {
                found.add(new EntityCandidate(EntityType.PERSON, name.start(1), name.end(1), AFTER_TITLE, 0.85));
                name = NEXT_CONTACT.matcher(view.text()).region(name.end(1), view.sentence().end());
                if (!name.lookingAt()) {
                    break;
                }
            }
        }
        return found;
    }

    /** 、龙邦等口岸, 、水口等地: the items of a list that ends in places of a kind are places. */
    private static final java.util.regex.Pattern LIST_OF_PLACES_AFTER = java.util.regex.Pattern.compile(
            "(?:、[^、，,。；;：:]{1,8})*等(?:口岸|港口|城市|城镇|县市|地(?!方))");

    /** A name ending at {@code end} is an item of a list of places (友谊关、东兴、水口、龙邦等口岸). */
    static boolean itemOfAListOfPlaces(SentenceView view, int end) {
        return LIST_OF_PLACES_AFTER.matcher(view.text()).region(end, view.sentence().end()).lookingAt();
    }

    /** What a byline's name may be followed by (记者：王凯报道, 李明摄). */
    private static final java.util.Set<String> BYLINE_WORDS = java.util.Set.of("报道", "摄", "文", "供图", "整理", "编辑");

    /** 成　员：: a common word spaced out to a roster's width before a colon labels the names after it (温　馨（女） is a name). */
    private static boolean aSpacedLabel(SentenceView view, int start, int end) {
        String word = view.slice(start, end);
        // 公　告, 通　知: so is a heading spaced out alone on its line.
        boolean aloneOnItsLine = (end == view.text().length() || view.charAt(end) == '\n' || view.charAt(end) == '\r')
                && view.text().substring(view.text().lastIndexOf('\n', start - 1) + 1, start).isBlank()
                && view.text().substring(0, start).chars().filter(c -> c == '\n').count() < HEADING_LINES;
        return (word.indexOf('　') >= 0 || word.indexOf(' ') >= 0) && (view.charAt(end) == '：' || view.charAt(end) == ':' || aloneOnItsLine)
                && !PersonNameFilter.notACommonWord(PositionExtractor.withoutSpacedLetters(word));
    }

    /** The lines a paper's heading may stand on (its issuer's, its title, its kind: 公　告). */
    private static final int HEADING_LINES = 4;

    /** 秦开（2024）-017: a code's prefix before its year in brackets and a serial number, no name. */
    static boolean aCodesPrefix(SentenceView view, int end) {
        return CODES_YEAR_AND_NUMBER.matcher(view.text()).region(end, view.text().length()).lookingAt()
                || end > 0 && "-－—–".indexOf(view.charAt(end - 1)) >= 0 && CODES_NUMBER.matcher(view.text()).region(end, view.text().length()).lookingAt();
    }

    private static final java.util.regex.Pattern CODES_YEAR_AND_NUMBER = java.util.regex.Pattern.compile("[（(\\[〔][0-9]{4}[）)\\]〕][-－—–]?[0-9]");
    /** BJJK-2024-Z0637: a code's letters and dash before its numbers (the dash inside the span). */
    private static final java.util.regex.Pattern CODES_NUMBER = java.util.regex.Pattern.compile("[0-9]");

    /**
     * 县长吴觉敏登在会上表示 (吴觉敏/nr 登/v 在/p): a Burmese name after its honorific (吴, 杜) runs to three syllables or more;
     * in a document about Myanmar a lone character after a name of three, before a preposition, a mark or a word that
     * follows names, is its last syllable.
     */
    private static EntityCandidate withABurmeseNamesLastSyllable(SentenceView view, EntityCandidate candidate) {
        int end = candidate.end();
        if (candidate.length() != 3 || BURMESE_HONORIFICS.indexOf(view.charAt(candidate.start())) < 0 || end + 1 >= view.sentence().end()
                || !view.tokenStartsAt(end) || !view.tokenEndsAt(end + 1) || !SentenceView.isHan(view.charAt(end)) || !view.text().contains(MYANMAR)) {
            return candidate;
        }
        int next = view.tokenAt(end + 1);
        boolean boundary = SentenceView.isPunctuation(view.charAt(end + 1)) || followerAt(view, end + 1)
                || next >= 0 && view.tokens().get(next).start() == end + 1 && view.tokens().get(next).pos().startsWith("p");
        return boundary ? new EntityCandidate(candidate.type(), candidate.start(), end + 1, candidate.source(), candidate.confidence()) : candidate;
    }

    private static final String BURMESE_HONORIFICS = "吴杜";
    private static final String MYANMAR = "缅甸";

    /**
     * 挂职副院长安排（部分）: a common verb HanLP reads as one word after a title is the clause's verb, no name, where what a verb
     * takes follows it (an object, a count, a note in brackets) or nothing does; not where a name's verb, a preposition, a mark or
     * another name follows (市长张开出席, 副市长张开在会上讲话, 副市长张开、王强出席).
     */
    private static boolean aVerbOfItsOwn(SentenceView view, int start, int end) {
        int index = view.tokenAt(start);
        Token word = index < 0 ? null : view.tokens().get(index);
        Token next = index < 0 || index + 1 >= view.tokens().size() ? null : view.tokens().get(index + 1);
        return word != null && word.start() == start && word.end() == end && word.pos().equals("v")
                && !PersonNameFilter.notACommonWord(word.word()) && (next == null || next.word().equals("（") || next.word().equals("(")
                        || next.posStartsWith("n") && !next.posStartsWith("nr") || next.posStartsWith("m"));
    }

    /**
     * 必要/时可由/nr 组长, 同/时X: the name's first character ends the word before it (必要时, 同时, 届时), an adverb, a
     * conjunction or a time, so HanLP cut a clause into a name.
     */
    private static boolean firstCharacterEndsAnAdverbBefore(SentenceView view, int start) {
        int before = view.tokenAt(start - 1);
        if (start == view.sentence().start() || before < 0 || view.tokens().get(before).end() != start) {
            return false;
        }
        Token previous = view.tokens().get(before);
        // 必要时, 需要时, 完成时: 时 after an adjective or a verb is "when", whether HanLP knows the phrase or not.
        if (view.charAt(start) == '时' && (previous.pos().startsWith("a") || previous.pos().startsWith("v"))) {
            return true;
        }
        String word = previous.word() + view.charAt(start);
        String nature = CoreWords.firstNature(word) != null ? CoreWords.firstNature(word) : CoreWords.customNature(word);
        return nature != null && (nature.startsWith("d") || nature.startsWith("t") || nature.startsWith("c"));
    }

    /** 审　判　员　旷　伟: a name of two characters spaced out to a roster's width, last on its line. */
    private static final java.util.regex.Pattern LAYOUT_SPACED_NAME = java.util.regex.Pattern.compile("(?<=[ 　])(\\p{IsHan})[ 　](\\p{IsHan})(?=[ 　]*(?:\\n|$))");

    /** 审　判　员　旷　伟, 法官助理　卿　雨: a name spaced out to the width of a roster, after a title and spaces, at its line's end. */
    private List<EntityCandidate> layoutSpacedNames(SentenceView view) {
        List<EntityCandidate> found = new ArrayList<>();
        spacedNames(view, LAYOUT_SPACED_NAME, start -> {
            int label = start;
            while (label > view.sentence().start() && Character.isSpaceChar(view.charAt(label - 1))) {
                label--;
            }
            return listedOrLearnedTitleEndsAt(view, label);
        }, found);
        // 出席：汤晓峰　陈立民　方　蕾　傅建国: anywhere on an attendance list, a name spaced to the width of the others.
        spacedNames(view, ROSTER_SPACED_NAME, start -> onAnAttendanceList(view, start), found);
        // 李　芳　省社会科学院院长, 刘　畅（应急管理局…科长）, …、程　敏、冯志宏: a cell of a roster or an item of a list, set off
        // by spaces, marks or its line's ends, a name spaced to the width of the names of three characters.
        spacedNames(view, CELL_SPACED_NAME, start -> !insideASpacedWord(view.text(), start, start + 3), found);
        // 市科技局局长赵　峰，, 局长肖　玲介绍, 有限公司何　伟获得: right after a title or a firm's name in running text, a name
        // spaced to the width of the names of three characters.
        // Not 书记员　宓思远: the title's own character (书记 ends inside 书记员) and the name after it.
        spacedNames(view, SPACED_NAME_AFTER_ANYTHING, start -> (listedOrLearnedTitleEndsAt(view, start) || view.text().startsWith("公司", start - 2))
                && !insideASpacedWord(view.text(), start, start + 3)
                && view.hits().stream().noneMatch(hit -> hit.start() < start && hit.end() > start && hit.cue(Cue.CueFamily.TITLE) != null)
                // Nor 主任和　副主任: a title starting at the second character.
                && view.hits().stream().noneMatch(hit -> hit.start() == start + 2 && hit.cue(Cue.CueFamily.TITLE) != null), found);
        // 周　婷同志为…副主任, 免去刘　洋同志的…职务, 由赵　敏同志兼任: a name spaced out before 同志, opening its clause or after
        // the verb that appoints or removes.
        spacedNames(view, SPACED_NAME_BEFORE_COMRADE, start -> !insideASpacedWord(view.text(), start, start + 3)
                && (start == view.sentence().start() || !SentenceView.isHan(view.charAt(start - 1))
                        || view.charAt(start - 1) == '由' || APPOINTING.stream().anyMatch(verb -> view.text().startsWith(verb, start - verb.length()))), found);
        // 任命： / 周　洁为区商务局局长；, 免去： / 李　蕾的区财政局副局长职务；: an item of an appointment list (its line, or a
        // sentence after the item before's ；) opening with a name spaced out to the width of the names of three characters.
        spacedNames(view, SPACED_NAME_OPENING_AN_ITEM, start -> appointingHeadingOver(view.text(), start) != null, found);
        return found;
    }

    private static final java.util.regex.Pattern SPACED_NAME_OPENING_AN_ITEM = java.util.regex.Pattern.compile("(?m)^(\\p{IsHan})[ 　](\\p{IsHan})(?=(?:同志)?[为的])");

    private static final java.util.regex.Pattern SPACED_NAME_BEFORE_COMRADE = java.util.regex.Pattern.compile("(\\p{IsHan})[ 　](\\p{IsHan})(?=同志)");

    /**
     * 丛　林　省发展改革委副主任: a common word spaced out to a name's width is a name where the line goes on, past a column's gap,
     * to a title that ends it (not 目　录 or 公　告 alone on their line).
     */
    private static boolean titleEndsTheLineAfter(SentenceView view, int start, int end) {
        String text = view.text();
        int lineEnd = text.indexOf('\n', end);
        lineEnd = lineEnd < 0 || lineEnd > view.sentence().end() ? view.sentence().end() : lineEnd;
        while (lineEnd > end && Character.isSpaceChar(text.charAt(lineEnd - 1))) {
            lineEnd--;
        }
        int nextCell = end;
        while (nextCell < lineEnd && Character.isSpaceChar(text.charAt(nextCell))) {
            nextCell++;
        }
        // 成　员　王建华　省商务厅副厅长: not a roster's own label (a role or a title spaced out), nor a cell an office does not open
        // (a title, a body, a place, maybe after its level: 省发展改革委).
        int opening = nextCell;
        int cell = nextCell < lineEnd && PositionExtractor.LEVELS.indexOf(text.charAt(nextCell)) >= 0 ? nextCell + 1 : nextCell;
        boolean officeOpens = view.hits().stream().anyMatch(hit -> (hit.start() == cell || hit.start() == opening) && (hit.cue(Cue.CueFamily.TITLE) != null
                || hit.cue(Cue.CueFamily.GOV_BODY) != null || hit.hasType(EntityType.PLACE, EntityType.GOVERNMENT, EntityType.ZONE)));
        String word = PositionExtractor.withoutSpacedLetters(view.slice(start, end));
        return nextCell > end && officeOpens && titleEndsAt(view, lineEnd) && !PositionExtractor.GROUP_ROLES.contains(word)
                && !ROSTER_LABELS.contains(word) && view.hits().stream().noneMatch(hit -> hit.start() == start && hit.cue(Cue.CueFamily.TITLE) != null);
    }

    /** Words that label a roster's column or rows, spaced out to a name's width (成　员, 顾　问, 单　位). */
    private static final java.util.Set<String> ROSTER_LABELS = java.util.Set.of("成员", "顾问", "单位", "委员", "组员", "职务");

    /** 方　蕾 as a cell or an item: one character, a space, one character, between spaces, marks or the line's ends (or 等 after). */
    private static final java.util.regex.Pattern CELL_SPACED_NAME = java.util.regex.Pattern.compile(
            "(?<=^|[ 　、：:，,；;．.\\n])(\\p{IsHan})[ 　](\\p{IsHan})(?=[ 　（(，,、；;。）)等]|\\n|$)");
    /** 局长赵　峰，, 局长肖　玲介绍: one character, a space, one character. */
    private static final java.util.regex.Pattern SPACED_NAME_AFTER_ANYTHING = java.util.regex.Pattern.compile("(\\p{IsHan})[ 　](\\p{IsHan})");

    /** 审　判　员: the two characters are part of a longer word spaced out, a single character and a space before or after them. */
    private static boolean insideASpacedWord(String text, int start, int end) {
        boolean before = start >= 2 && SentenceView.isHan(text.charAt(start - 2)) && (start < 3 || !SentenceView.isHan(text.charAt(start - 3)));
        // 记者　蒋　勇　摄: the photographer's credit is no character of a spaced word.
        boolean after = end + 1 < text.length() && text.charAt(end) != '\n' && Character.isSpaceChar(text.charAt(end)) && SentenceView.isHan(text.charAt(end + 1))
                && text.charAt(end + 1) != '摄'
                && (end + 2 >= text.length() || !SentenceView.isHan(text.charAt(end + 2)));
        return before && Character.isSpaceChar(text.charAt(start - 1)) || after;
    }

    /** The names of two characters spaced apart that {@code pattern} finds in the sentence, with a surname, where {@code placed}. */
    private static void spacedNames(SentenceView view, java.util.regex.Pattern pattern, java.util.function.IntPredicate placed, List<EntityCandidate> found) {
        java.util.regex.Matcher name = pattern.matcher(view.text()).region(view.sentence().start(), view.sentence().end());
        name.useTransparentBounds(true);
        while (name.find()) {
            if (PersonNameFilter.anySurname(name.group(1).charAt(0))
                    && (PersonNameFilter.notACommonWord(name.group(1) + name.group(2)) || titleEndsTheLineAfter(view, name.start(), name.end()))
                    && placed.test(name.start())) {
                found.add(new EntityCandidate(EntityType.PERSON, name.start(), name.end(), AFTER_TITLE, 0.85));
            }
        }
    }

    /** 方　蕾 between the names of a list: one character, a space, one character, spaces or the line's end after it. */
    private static final java.util.regex.Pattern ROSTER_SPACED_NAME = java.util.regex.Pattern.compile("(?<=[ 　：:])(\\p{IsHan})[ 　](\\p{IsHan})(?=[ 　（(]|\\n|$)");

    /**
     * 1　龙启文　贵州安顺航宇精密制造有限公司　研究员级高级工程师, 8　潘　婷　…: in a row of a table whose header names a column
     * of names (姓名, or the role its people are listed in: 新闻发言人, 联系人), the cell under it is a name where it is shaped like one (two to four characters with a surname, a name spaced
     * out to the column's width too).
     */
    private List<EntityCandidate> namesInATablesNameColumn(SentenceView view) {
        int lineStart = SentenceView.lineTextStart(view.text(), view.sentence().start(), view.sentence().start());
        if (lineStart != view.sentence().start() || !view.sentence().holdsAnyOf(view.text(), NAME_SPACES)) {
            return List.of();
        }
        RosterTable.Cell cell = RosterTable.nameCellOfTheRowAt(view.text(), view.text().lastIndexOf('\n', lineStart - 1) + 1);
        if (cell == null || cell.end() > view.sentence().end()) {
            return List.of();
        }
        String name = PositionExtractor.withoutSpacedLetters(view.slice(cell.start(), cell.end()));
        boolean shaped = name.length() >= 2 && name.length() <= 4 && SentenceView.isHan(name) && filter.plausibleAfterATitle(name)
                && PersonNameFilter.notACommonWord(name);
        return shaped ? List.of(new EntityCandidate(EntityType.PERSON, cell.start(), cell.end(), AFTER_TITLE, 0.85)) : List.of();
    }

    /** The last characters of a unit's name: a team, office, section, bureau, shop, firm, school, centre, works, faculty. */
    static final String UNIT_ENDINGS = "组处科室局站店所院部办委厅队司校心会厂系";
    /** A name's last character that makes it a place's (王庄村, 李家镇). */
    private static final String PLACE_ENDINGS = "村镇乡区县市省路街屯庄寨湾坝沟岭坪营堡岗口桥集";

    /**
     * 林芝市民政局社会救助科　次仁旺堆　0894-5822××6, 省委第一巡视组　马福海　中共海东市委员会: in a table's row or a contact list's
     * line, a cell shaped like a name right after a unit's cell (one ending in a unit's word, or an institution found there),
     * set apart by layout spaces, is the person the row gives for that unit (not the firm's brand: 万福楼酱园有限公司　万福楼).
     */
    private List<EntityCandidate> namesAfterAUnitsCell(SentenceView view) {
        if (!view.sentence().holdsAnyOf(view.text(), NAME_SPACES + "\t")) {
            return List.of();
        }
        // A sentence never runs past its line's end (SentenceSplitter), so its cells are the row's.
        List<RosterTable.Cell> cells = RosterTable.cells(view.text(), view.sentence().start(), view.sentence().end());
        List<EntityCandidate> found = new ArrayList<>();
        boolean afterAName = false;
        for (int i = 1; i < cells.size(); i++) {
            RosterTable.Cell before = cells.get(i - 1);
            RosterTable.Cell cell = cells.get(i);
            // 杜　鹃: a name of two spaced out to the column's width is two cells of one character.
            boolean spacedOut = cell.end() - cell.start() == 1 && i + 1 < cells.size() && cells.get(i + 1).end() - cells.get(i + 1).start() == 1
                    && cells.get(i + 1).start() - cell.end() == 1;
            RosterTable.Cell name = spacedOut ? new RosterTable.Cell(cell.start(), cells.get(i + 1).end()) : cell;
            // 市委第一巡察组　崔明洙　王海波: the names of a row's other people (a team's leader, then its deputy) follow the first.
            boolean afterAUnit = afterAName || aUnitsCell(view, before)
                    && !view.slice(before.start(), before.end()).contains(PositionExtractor.withoutSpacedLetters(view.slice(name.start(), name.end())));
            afterAName = afterAUnit && aPersonsCell(view, name);
            if (afterAName) {
                found.add(new EntityCandidate(EntityType.PERSON, name.start(), name.end(), AFTER_TITLE, 0.85));
                i += spacedOut ? 1 : 0;
            }
        }
        return found;
    }

    /**
     * A cell shaped like a person's name (of four only where the surname is a compound one or the name has none), which neither
     * a unit's word (普通外科), a place's (王庄村) nor anything the lexicon knows ends.
     */
    private boolean aPersonsCell(SentenceView view, RosterTable.Cell cell) {
        String name = PositionExtractor.withoutSpacedLetters(view.slice(cell.start(), cell.end()));
        char last = name.isEmpty() ? ' ' : name.charAt(name.length() - 1);
        return name.length() >= 2 && name.length() <= 4 && SentenceView.isHan(name) && PLACE_ENDINGS.indexOf(last) < 0 && UNIT_ENDINGS.indexOf(last) < 0
                && (name.length() < 4 || PersonNameFilter.compoundSurname(name) || PersonNameFilter.nameWithoutASurname(name))
                && filter.plausible(name) && PersonNameFilter.notACommonWord(name)
                && view.hits().stream().noneMatch(hit -> hit.start() < cell.end() && hit.end() > cell.start());
    }

    /** A cell naming a unit: an institution's name ends it, or a unit's word does (巡视组, 社会救助科, 后勤管理处). */
    private static boolean aUnitsCell(SentenceView view, RosterTable.Cell cell) {
        boolean institutionEnds = view.hits().stream().anyMatch(hit -> hit.end() == cell.end() && hit.start() >= cell.start()
                && (hit.hasType(EntityType.GOVERNMENT, EntityType.ORGANIZATION, EntityType.COMPANY) || hit.cue(Cue.CueFamily.GOV_BODY) != null));
        return institutionEnds || cell.end() - cell.start() >= 3 && SentenceView.isHan(view.slice(cell.start(), cell.end()))
                && UNIT_ENDINGS.indexOf(view.charAt(cell.end() - 1)) >= 0;
    }

    /**
     * 3　李亲顾镇　618, 4　王庄乡　12: a township's or village's name, its level word right after the "name" (before a gap, a
     * mark or the sentence's end) or inside it (王庄乡/nr, before a gap or the end).
     */
    static boolean aTownshipsName(SentenceView view, int start, int end) {
        boolean levelAfter = end < view.sentence().end() && TOWNSHIP_LEVELS.contains(String.valueOf(view.charAt(end)));
        boolean levelInside = end - start >= 3 && TOWNSHIP_LEVELS.contains(String.valueOf(view.charAt(end - 1)));
        int after = levelAfter ? end + 1 : end;
        boolean gapAfter = after >= view.sentence().end() || Character.isSpaceChar(view.charAt(after));
        // …but 出席的有王志镇、李德乡: a name ending in a level word before a mark stays a name.
        return levelAfter && (gapAfter || SentenceView.isPunctuation(view.charAt(after))) || levelInside && gapAfter;
    }

    /** 蜀山区长江西路199号: a "name" ending in a street's word before its number is the street (and 区长 no title). */
    private static boolean aStreetsName(SentenceView view, int start, int end) {
        char after = view.charAt(end);
        return end - start >= 2 && STREET_WORDS.indexOf(view.charAt(end - 1)) >= 0 && (Character.isDigit(after) || after == '号');
    }

    private static final String STREET_WORDS = "路街巷道";

    /**
     * 欧阳志/强, 上官/宏伟: HanLP cuts a name with a two-character surname short, or reads the surname alone. The name runs
     * on over the next word when that word is one or two characters no verb or function word reads (not 欧阳明/说) and
     * a name's boundary follows it; else it ends where HanLP's word does.
     */
    private static int compoundSurnameNameEnd(SentenceView view, Token token) {
        int start = token.start();
        if (token.word().length() > 3 || start + 3 > view.sentence().end() || !PersonNameFilter.compoundSurname(view.slice(start, start + 3))) {
            return token.end();
        }
        int next = view.tokenAt(token.end());
        if (next < 0 || view.tokens().get(next).start() != token.end()) {
            return token.end();
        }
        Token rest = view.tokens().get(next);
        int length = rest.end() - start;
        boolean nameLike = !Pos.isVerb(rest) && !Pos.isBoundary(rest) && !rest.pos().startsWith("w") && !rest.pos().startsWith("m")
                && SentenceView.isHan(rest.word()) && SAYING.indexOf(rest.word().charAt(0)) < 0 && !FOLLOWERS.contains(rest.word());
        // 组长司马文俊反馈: a verb after the rest ends the name as well as a mark does.
        if (nameLike && length >= 3 && length <= 4 && (rightBoundary(view, rest.end()) || verbStartsAt(view, rest.end()))) {
            return rest.end();
        }
        // 由欧阳一/nr 凡/d 同志负责: a last character HanLP reads as an adverb, where a mark, title or 同志 follows it.
        boolean lastCharacter = length == 4 && rest.word().length() == 1 && SentenceView.isHan(rest.word()) && rest.pos().startsWith("d");
        return lastCharacter && rightBoundary(view, rest.end()) ? rest.end() : token.end();
    }

    /**
     * 黄晓/nr 岚/nz 同志: HanLP reads a name of three characters short when it cannot place the last one. A lone character
     * HanLP marks as an unknown proper or bound noun, before 同志, a title, a follower's word or a mark, is the name's.
     */
    private int nameEndPastACutLastCharacter(SentenceView view, int end, Token token) {
        if (end != token.end() || !token.pos().equals("nr") || token.word().length() != 2) {
            return end;
        }
        int next = view.tokenAt(end);
        if (next < 0 || !view.tokenStartsAt(end)) {
            return end;
        }
        Token rest = view.tokens().get(next);
        // Not the word a site's name ends with (云谷/nr 寺/ng 等: a temple).
        boolean nameCharacter = rest.word().length() == 1 && SentenceView.isHan(rest.word()) && CUT_NAME_CHARACTER_POS.contains(rest.pos())
                && SITE_ENDINGS.indexOf(rest.word().charAt(0)) < 0;
        return nameCharacter && rightBoundary(view, rest.end()) && filter.accept(view.slice(token.start(), rest.end())) ? rest.end() : end;
    }

    private static final Set<String> CUT_NAME_CHARACTER_POS = Set.of("nz", "ng", "g");
    private static final String SITE_ENDINGS = "寺庙庵观阁塔亭山峰岭岛湾湖河江溪村镇庄乡街路巷桥港园宫楼堂馆厂矿站";

    /** 请问万丽萍主任: at a press conference, the name a question is put to, right before the title it is asked by. */
    private static List<EntityCandidate> namesAskedByTheirTitle(SentenceView view) {
        List<EntityCandidate> found = new ArrayList<>();
        if (!view.sentence().holdsAnyOf(view.text(), "问")) {
            return found;
        }
        for (Lexicon.Hit hit : view.hits()) {
            int start = hit.cue(Cue.CueFamily.TITLE) == null ? -1 : askedNameEndingAt(view, hit.start());
            if (start >= 0) {
                found.add(new EntityCandidate(EntityType.PERSON, start, hit.start(), AFTER_TITLE, 0.85));
            }
        }
        return found;
    }

    /** Where a name of two or three characters, a surname first, starts between 请问 and {@code end}; or -1. */
    static int askedNameEndingAt(SentenceView view, int end) {
        for (int length = 3; length >= 2; length--) {
            int start = end - length;
            // Not a body, place or firm asked by its spokesperson's title (请问国台办发言人, 请问商务部部长), nor a common word.
            if (start - ASKING.length() >= view.sentence().start() && view.text().startsWith(ASKING, start - ASKING.length())
                    && PersonNameFilter.anySurname(view.charAt(start)) && SentenceView.isHan(view.slice(start, end))
                    && PersonNameFilter.notACommonWord(view.slice(start, end)) && !view.listedWord(start, end)
                    && view.hits().stream().noneMatch(hit -> hit.start() < end && start < hit.end() && (!hit.value().entries().isEmpty()
                            || hit.cue(Cue.CueFamily.GOV_BODY) != null || hit.cue(Cue.CueFamily.TITLE) != null && hit.end() <= end))) {
                return start;
            }
        }
        return -1;
    }

    private static final String ASKING = "请问";
    static final char HOLDS = '任';

    /**
     * 欧阳志强，男，汉族，…, 黎　明，男，…: a biography's header, a name (maybe of two spaced out to three's width) opening its line,
     * sentence or list item before its sex.
     */
    private static final java.util.regex.Pattern BIOGRAPHY_HEADER = java.util.regex.Pattern.compile(
            "(\\p{IsHan}{2,4}|\\p{IsHan}[ 　]\\p{IsHan})(?:[（(][^）)]{1,12}[）)])?[，,][男女][，,]");

    /** 藏族，, 维吾尔族，: the people a biography names right after the sex. */
    private static final java.util.regex.Pattern PEOPLE_AFTER_THE_SEX = java.util.regex.Pattern.compile(CHINAS_PEOPLE + "[，,]");

    private List<EntityCandidate> biographyHeaderNames(SentenceView view) {
        int item = itemStart(view.text(), view.sentence().start());
        int start = item >= 0 ? item : view.sentence().start();
        java.util.regex.Matcher header = BIOGRAPHY_HEADER.matcher(view.text()).region(start, view.sentence().end());
        // 泽郎多吉，男，藏族，: a people named after the sex vouches for a name of no surname, one no dictionary knows as a word
        // (not 当事人，男，汉族，).
        boolean peopleAfter = header.lookingAt() && PEOPLE_AFTER_THE_SEX.matcher(view.text()).region(header.end(), view.sentence().end()).lookingAt();
        // 黎　明 spaced out is a name whatever word its characters make.
        boolean spaced = header.lookingAt() && header.group(1).length() == 3;
        if (header.lookingAt() && (spaced && PersonNameFilter.anySurname(header.group(1).charAt(0)) || filter.shapedLikeAName(header.group(1))
                || filter.plausibleInARoster(header.group(1))
                || peopleAfter && (CoreWords.unknown(header.group(1)) || String.valueOf(CoreWords.firstNature(header.group(1))).startsWith("nr")))) {
            return List.of(new EntityCandidate(EntityType.PERSON, header.start(1), header.end(1), AFTER_TITLE, 0.85));
        }
        return List.of();
    }

    /** 其木格（女，蒙古族）为…, 宝音德力格尔（蒙古族）、…: a name, the sex or people in brackets, then 为 or the next name. */
    private static final java.util.regex.Pattern NAME_WITH_ITS_PEOPLE = java.util.regex.Pattern.compile("(\\p{IsHan}{2,6})" + SEX_AND_PEOPLE + "[为、]");

    /**
     * 勐根村党总支书记娜妥（拉祜族）: right after a title, a name with the person's people (or sex) in brackets after it, which
     * vouch for a name no dictionary knows.
     */
    private List<EntityCandidate> namesWithTheirPeopleAfterATitle(SentenceView view) {
        List<EntityCandidate> found = new ArrayList<>();
        for (Lexicon.Hit hit : view.hits()) {
            if (hit.cue(Cue.CueFamily.TITLE) == null || hit.end() >= view.sentence().end()) {
                continue;
            }
            java.util.regex.Matcher name = NAME_BEFORE_ITS_PEOPLE.matcher(view.text()).region(hit.end(), view.sentence().end());
            // 董事长岩温香（傣族）: after the longest title (董事 ends inside 董事长).
            if (name.lookingAt() && !overlapsTitle(view, name.start(1), name.start(1) + 1)
                    && (CoreWords.unknown(name.group(1)) || filter.plausibleAfterATitle(name.group(1)))) {
                found.add(new EntityCandidate(EntityType.PERSON, name.start(1), name.end(1), AFTER_TITLE, 0.85));
            }
        }
        return found;
    }

    private static final java.util.regex.Pattern NAME_BEFORE_ITS_PEOPLE = java.util.regex.Pattern.compile("(\\p{IsHan}{2,4})" + SEX_AND_PEOPLE);

    /**
     * 柳州市　　蒙立新（仫佬族）　柳州市委副书记、市长: in a table's row, a name set off by spaces, with the person's sex or people
     * in brackets after it and spaces after those, is one however HanLP reads it (蒙/b 立/v 新/a).
     */
    private List<EntityCandidate> namesWithTheirPeopleInARosterRow(SentenceView view) {
        List<EntityCandidate> found = new ArrayList<>();
        if (!view.sentence().holdsAnyOf(view.text(), "（(")) {
            return found;
        }
        java.util.regex.Matcher name = NAME_BEFORE_ITS_PEOPLE.matcher(view.text()).region(view.sentence().start(), view.sentence().end());
        while (name.find()) {
            // The first cell too, after its line's indentation.
            boolean spacedBefore = SentenceView.cellStartsAt(view.text(), name.start(1));
            boolean spacedAfter = name.end() < view.sentence().end() && Character.isSpaceChar(view.charAt(name.end()));
            if (spacedBefore && spacedAfter && (filter.shapedLikeAName(name.group(1)) || filter.plausibleInARoster(name.group(1)))) {
                found.add(new EntityCandidate(EntityType.PERSON, name.start(1), name.end(1), AFTER_TITLE, 0.85));
            }
        }
        return found;
    }

    /**
     * The name opening an item of a notice's list of appointments (under 一、任命), where the sex or people after it vouch for
     * a name no dictionary knows (其/木/格 read as words); the list's items name nothing else there.
     */
    private List<EntityCandidate> namesOpeningAnAppointmentItem(SentenceView view) {
        int item = itemStart(view.text(), view.sentence().start());
        java.util.regex.Matcher opening = item < 0 ? null : NAME_WITH_ITS_PEOPLE.matcher(view.text()).region(item, view.sentence().end());
        if (opening == null || !opening.lookingAt() || appointingHeadingOver(view.text(), item) == null
                || !(CoreWords.unknown(opening.group(1)) || filter.shapedLikeAName(opening.group(1)) || filter.plausibleInARoster(opening.group(1)))) {
            return List.of();
        }
        return List.of(new EntityCandidate(EntityType.PERSON, opening.start(1), opening.end(1), AFTER_TITLE, 0.85));
    }

    /**
     * 2. 陈绍棠，南京锐矽集成电路设计有限公司首席技术官，B类。: a numbered item of a list of people opens with the name (maybe
     * a note on it in brackets), then after a comma the office held, a title ending the clause.
     */
    private List<EntityCandidate> namesOpeningANumberedItemOfOffices(SentenceView view) {
        int item = itemStart(view.text(), view.sentence().start());
        // Numbered in digits only: 一、 opens a section's heading as often as an item.
        if (item < 0 || view.text().substring(view.text().lastIndexOf('\n', item - 1) + 1, item).chars().noneMatch(Character::isDigit)) {
            return List.of();
        }
        java.util.regex.Matcher opening = NAME_BEFORE_AN_OFFICE.matcher(view.text()).region(item, view.sentence().end());
        // A name in whole words: one a roster would take, or shaped like one and read as a name or unknown (not 由此, 原则上).
        if (!opening.lookingAt() || !view.tokenStartsAt(opening.start(1)) || !view.tokenEndsAt(opening.end(1)) || CoreWords.usuallyNotAName(opening.group(1))
                || !(filter.plausibleInARoster(opening.group(1)) || filter.shapedLikeAName(opening.group(1))
                        && (view.readAsOneName(opening.start(1), opening.end(1)) || CoreWords.unknown(opening.group(1))))) {
            return List.of();
        }
        int officeEnd = opening.end(2);
        boolean office = view.hits().stream().anyMatch(hit -> hit.end() == officeEnd && hit.cue(Cue.CueFamily.TITLE) != null);
        return office ? List.of(new EntityCandidate(EntityType.PERSON, opening.start(1), opening.end(1), AFTER_TITLE, 0.85)) : List.of();
    }

    /** A name, maybe a note in brackets, a comma, then a clause (the office held) up to the next punctuation. */
    private static final java.util.regex.Pattern NAME_BEFORE_AN_OFFICE = java.util.regex.Pattern.compile(
            "(\\p{IsHan}{2,3})(?:[（(][^（）()\\n]{1,24}[）)])?[，,]([^，,、。；;：:\\n]{2,40})(?=[，,、。；;]|$)");

    /**
     * 任命王卫东为天津市商务局局长, 免去赵文华的…职务, 同意聘任谢永林为公司总经理: after a verb of appointment a name shaped
     * like one (a surname, two or three characters, ending where HanLP's words do) is the person appointed or removed,
     * when HanLP reads it as a name or its dictionary does not know it (选举程序, 免除关税, 任用干部 are words), also
     * when HanLP read its last character into one word with the 为 after it (提名张华为…, where it reads 华为).
     */
    private List<EntityCandidate> appointedNames(SentenceView view) {
        List<EntityCandidate> found = new ArrayList<>();
        for (Token token : view.tokens()) {
            String verb = appointingVerbOpening(token.word());
            if (verb != null && token.start() + verb.length() < view.sentence().end()) {
                appointedNameAt(view, token.start() + verb.length()).ifPresent(found::add);
            }
        }
        // 一、任命 / 程立新为合肥市发展和改革委员会主任；: an item under a heading of appointments.
        int item = itemStart(view.text(), view.sentence().start());
        if (item >= 0 && item < view.sentence().end() && appointingHeadingOver(view.text(), item) != null) {
            appointedNameAt(view, item).ifPresent(found::add);
        }
        return found;
    }

    /** A name shaped like one starting at {@code start}, right after a verb of appointment or opening an item under one. */
    private java.util.Optional<EntityCandidate> appointedNameAt(SentenceView view, int start) {
        // 乌云其木格为松原市人民检察院检察长: a Mongolian or Tibetan name has no surname, and HanLP cuts it (乌云/其/木格, 次/仁/多/吉为).
        for (int length = 8; length >= 2; length--) {
            int end = start + length;
            if (end < view.sentence().end() && (view.tokenStartsAt(end) || copulaGlued(view, start, end)) && appointedEndsAt(view, end)
                    && PersonNameFilter.nameWithoutASurname(view.slice(start, end))) {
                return java.util.Optional.of(new EntityCandidate(EntityType.PERSON, start, end, AFTER_TITLE, 0.85));
            }
        }
        // 任命欧阳慧敏为…: a two-character surname makes a name of three or four (HanLP reads 欧阳慧/敏为市).
        boolean compound = start + 3 <= view.sentence().end() && PersonNameFilter.compoundSurname(view.slice(start, start + 3));
        for (int length = compound ? 4 : 3; length >= 2; length--) {
            int end = start + length;
            if (end >= view.sentence().end()) {
                continue;
            }
            String name = view.slice(start, end);
            if (compound && length >= 3 && view.charAt(end) == '为' && SentenceView.isHan(name)
                    || ROSTER_SURNAMES.indexOf(view.charAt(start)) >= 0
                    && (view.tokenStartsAt(end) || copulaGlued(view, start, end))
                    && appointedEndsAt(view, end) && SentenceView.isHan(name) && filter.plausibleInARoster(name)
                    && (view.readAsOneName(start, end) || CoreWords.unknown(name))) {
                return java.util.Optional.of(new EntityCandidate(EntityType.PERSON, start, end, AFTER_TITLE, 0.85));
            }
        }
        return java.util.Optional.empty();
    }

    /** The verb heading a list of appointments or removals (the group), and what may follow it (任命人员：, 免去名单). */
    private static final String APPOINTING_VERB = "(任命|聘任|续聘|聘请|免去|免职|免除)(?:人员|名单)?";

    /**
     * 一、任命, （二）免去：, 根据省人民政府省长的提请，决定任命：: a heading of a notice's list of appointments or removals,
     * its verb the group; the clause saying on whose proposal may open it.
     */
    private static final java.util.regex.Pattern APPOINTING_HEADING = java.util.regex.Pattern.compile(
            SPACES + "(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)]|[0-9]{1,2}[.、．])?" + SPACES + "(?:(?:根据|按照|依据|经)[^\\n，,。；;：:]{1,80}[，,]){0,2}"
                    + "(?:经研究，?)?(?:决定|现|批准)?" + APPOINTING_VERB + "[：:]?" + SPACES);

    /**
     * 根据选举法第十条的规定，…会议决定设立仁怀市选举委员会，主持…工作，并任命：: a line of any clauses ending in the verb and a
     * colon heads the list too.
     */
    private static final java.util.regex.Pattern APPOINTING_LINE_END = java.util.regex.Pattern.compile(
            SPACES + "[^\\n]{0,200}?[，,](?:并|现|同时|决定|经研究决定)?" + APPOINTING_VERB + "[：:]" + SPACES);

    /** The dots between the parts of a transliterated name (阿依古丽·买买提). */
    static final String NAME_DOTS = "·•・";
    /** 7., 2、, （3）: an item's number in digits or in brackets. */
    static final String NUMBERED_ITEM = "[0-9]{1,2}[.、．]|[（(][0-9一二三四五六七八九十]{1,2}[)）]";
    /** 一、, 三．: a heading's or an item's number in words. */
    static final String NUMBERED_IN_WORDS = "[一二三四五六七八九十]{1,3}[、．]";
    /** （三）, (一): a part's number in words in brackets. */
    static final String NUMBERED_IN_BRACKETS = "[（(][一二三四五六七八九十]{1,3}[)）]";
    /**
     * 7., 2、, 一、, （3）: a list item's number, and the spaces about it, opening its line (一、 numbers a section's heading as
     * often, but also a notice's items: 一、杨志刚，男，…).
     */
    static final java.util.regex.Pattern ITEM_NUMBER = java.util.regex.Pattern.compile(SPACES + "(?:" + NUMBERED_ITEM + "|" + NUMBERED_IN_WORDS + ")?" + SPACES);
    /**
     * 程立新为…；, 2.周启航的…职务；, 宝音德力格尔（蒙古族）、…, 阿依古丽·买买提为…: an item of such a list, a name and 为 or 的
     * opening its line, or the name's sex or people and the next name (not after 二、, a section's heading: 二、其他决定的事项).
     */
    private static final java.util.regex.Pattern APPOINTMENT_ITEM = java.util.regex.Pattern.compile(
            SPACES + "(?:" + NUMBERED_ITEM + ")?" + SPACES + "(?:\\p{IsHan}{2,6}|\\p{IsHan}[ 　]\\p{IsHan}|\\p{IsHan}{1,8}(?:[" + NAME_DOTS + "]\\p{IsHan}{1,8}){1,3})(?:(?:同志|先生|女士)?[为的]|" + SEX_AND_PEOPLE + "[为的、])");
    private static final int MAX_ITEMS = 60;

    /** Where an item's text starts when {@code offset} opens its line (after the item's number), else -1. */
    static int itemStart(String text, int offset) {
        int lineStart = text.lastIndexOf('\n', offset - 1) + 1;
        java.util.regex.Matcher number = ITEM_NUMBER.matcher(text).region(lineStart, text.length());
        return number.lookingAt() && number.end() >= offset ? number.end() : -1;
    }

    /**
     * The verb of the heading a list item stands under (任命 of 一、任命, with only items like it between), or null: the
     * items of a notice's appointments name their persons with no verb before them.
     */
    static String appointingHeadingOver(String text, int offset) {
        int lineStart = text.lastIndexOf('\n', offset - 1) + 1;
        for (int items = 0; items < MAX_ITEMS && lineStart > 0; items++) {
            int previousStart = text.lastIndexOf('\n', lineStart - 2) + 1;
            java.util.regex.Matcher heading = APPOINTING_HEADING.matcher(text).region(previousStart, lineStart - 1);
            if (heading.matches()) {
                return heading.group(1);
            }
            java.util.regex.Matcher lineEnd = APPOINTING_LINE_END.matcher(text).region(previousStart, lineStart - 1);
            if (lineEnd.matches()) {
                return lineEnd.group(1);
            }
            if (!APPOINTMENT_ITEM.matcher(text).region(previousStart, lineStart - 1).lookingAt()) {
                return null;
            }
            lineStart = previousStart;
        }
        return null;
    }

    /**
     * 提名张|华为|省…, 任命王明为/nr, 任命帖|晓东为/nr: HanLP read the name's last character and the 为 after it as one word
     * (华为), or the name (or its given name) and the 为 as one longer name; so with the 的 of a removal (免去 / 周立|新的…职务).
     */
    private static boolean copulaGlued(SentenceView view, int start, int end) {
        int glued = view.tokenAt(end);
        // 定为, 分为, 改为 (选举时间定为…): a verb ending in 为 is no name's end.
        boolean gluedWord = view.tokenStartsAt(end - 1) && view.tokenEndsAt(end + 1) && !view.tokens().get(glued).pos().startsWith("v");
        // 任命帖/ng 晓东为/nr: the given name and the 为 read as a name of their own after a surname HanLP does not know.
        Token word = glued < 0 ? null : view.tokens().get(glued);
        boolean givenNameGlued = word != null && word.start() > start && word.end() == end + 1 && word.posStartsWith("nr") && view.tokenStartsAt(start);
        return "为的".indexOf(view.charAt(end)) >= 0 && (gluedWord || givenNameGlued || view.readAsOneName(start, end + 1));
    }

    /** Whether a verb of appointment ends at {@code offset} as a word of its own (任命 + 王卫东). */
    static boolean appointedAfter(SentenceView view, int offset) {
        return appointingVerbBefore(view, offset) != null;
    }

    /** The verb of appointment ending at {@code offset} as a word of its own, or null. */
    static String appointingVerbBefore(SentenceView view, int offset) {
        // 决定任命：张明为…: a colon may stand between the verb and the first name.
        int at = offset > view.sentence().start() && "：:".indexOf(view.charAt(offset - 1)) >= 0 ? offset - 1 : offset;
        // Every verb of appointment has two characters.
        int word = view.tokenStartsAt(at - 2) ? view.tokenAt(at - 2) : -1;
        String verb = word < 0 ? null : appointingVerbOpening(view.tokens().get(word).word());
        return verb != null && view.tokens().get(word).start() + verb.length() == at ? verb : null;
    }

    /**
     * The verb of appointment a word is (任命) or opens with a surname glued to it (任命权东升为…: HanLP reads 任命权, the
     * power to appoint), or null.
     */
    private static String appointingVerbOpening(String word) {
        // Every word of the sentence comes here: most are turned away by their length or first character alone.
        if (word.length() < 2 || word.length() > 3 || APPOINTING_FIRST_CHARACTERS.indexOf(word.charAt(0)) < 0) {
            return null;
        }
        for (String verb : APPOINTING) {
            if (word.startsWith(verb)) {
                return verb;
            }
        }
        return null;
    }

    private static boolean appointedEndsAt(SentenceView view, int end) {
        // 聘任蒋焰女士为…: a form of address may stand between the name and 为; 任命冯书瑶（女）为…: so may the person's sex.
        return AFTER_APPOINTED.indexOf(view.charAt(end)) >= 0 || PositionExtractor.FORMS_OF_ADDRESS.stream().anyMatch(form -> view.text().startsWith(form, end))
                || SEX_IN_BRACKETS.matcher(view.text()).region(end, view.sentence().end()).lookingAt();
    }

    /** 任命冯书瑶（女）为…, 乌兰图雅（女，蒙古族）为…, 马文斌（回族）为…: a notice may give the person's sex and people after the name. */
    static final java.util.regex.Pattern SEX_IN_BRACKETS = java.util.regex.Pattern.compile(SEX_AND_PEOPLE);

    private static final String ROUTE_DASHES = "—–-－~～";

    /**
     * “成都—罗兹”冷链专列, 义乌—马德里: an end of a route whose other end is a listed place is a place too (a freight
     * train's destination), not a person, whatever HanLP reads it as; nor, for the tagger, a club or firm.
     */
    static boolean endOfARoute(SentenceView view, int start, int end) {
        boolean placeBefore = ROUTE_DASHES.indexOf(view.charAt(start - 1)) >= 0
                && view.hits().stream().anyMatch(hit -> hit.end() == start - 1 && hit.hasType(EntityType.PLACE));
        boolean placeAfter = ROUTE_DASHES.indexOf(view.charAt(end)) >= 0
                && view.hits().stream().anyMatch(hit -> hit.start() == end + 1 && hit.hasType(EntityType.PLACE));
        return placeBefore || placeAfter;
    }

    private static final String ORDINAL_DIGITS = "0123456789０１２３４５６７８９一二三四五六七八九十";

    /** Time words a name's last character may be misread into (库克本/周将访问: 库克 + 本周). */
    private static final List<String> TIME_WORDS = List.of("本周", "本月", "本年", "本赛季", "今天", "今日", "今年", "今晨", "明天", "明年",
            "昨天", "昨日", "上周", "上月", "下周", "下月", "近日", "近期");

    /** Where the last name dot of {@code name} stands, or -1. */
    private static int lastDotIn(String name) {
        int at = -1;
        for (int i = 0; i < name.length(); i++) {
            at = NAME_DOTS.indexOf(name.charAt(i)) >= 0 ? i : at;
        }
        return at;
    }

    /**
     * Where a name ends when HanLP glued the first character of what follows to it: a verb of saying or taking office
     * to a Chinese name of three (于冬称，, 李波任广州市…, 王明现为), or the first character of a time word to a foreign
     * name of three or more (库克本 in 库克本周将访问, 伊万卡本/nrf 周); before that character; or a verb of saying to a dotted name's last part
     * (莉娜·贝克尔说，), or leading a delegation (本米·占塔冯率团); otherwise {@code end}. The
     * caller says whether the name is foreign: a Chinese one keeps its last character before a time word (王建明年轻时).
     * Before 正在 (in the midst of), where HanLP read it as one word across the name's end (玉/香/正在), the name ends where
     * 正在 starts.
     */
    static int endBeforeWhatFollows(SentenceView view, int start, int end, boolean foreign) {
        // 董事长于冬称，: a verb of saying glued to a two-character name before the quote or comma it opens; 李波任广州市商务局
        // 局长: 任 glued to it before the place or body of the office taken.
        // 副主任李明说。: 说 ends no name before any punctuation.
        boolean saying = SAYING.indexOf(view.charAt(end - 1)) >= 0 && ",，:：“\"".indexOf(view.charAt(end)) >= 0
                || view.charAt(end - 1) == '说' && (end == view.sentence().end() || SentenceView.isPunctuation(view.charAt(end)));
        boolean taking = view.charAt(end - 1) == '任' && view.hits().stream().anyMatch(hit -> hit.start() == end
                && (hit.hasType(EntityType.PLACE) || hit.hasType(EntityType.GOVERNMENT) || hit.hasType(EntityType.ZONE)))
                // 王明现为…: 现 of 现为 or 现任 glued to the name.
                || view.charAt(end - 1) == '现' && "为任".indexOf(view.charAt(end)) >= 0;
        if (end - start == 3 && (saying || taking) && PersonNameFilter.SURNAMES.indexOf(view.charAt(start)) >= 0) {
            return end - 1;
        }
        // 边民玉/香/正在/d 打包, 叶尔兰·托克塔罗夫/正在: 正在 (in the midst of) where HanLP read it as one word, the name ending
        // inside it or after it (not 王立正/nr 在: a name of its own before 在).
        for (int cut = 1; cut <= 2; cut++) {
            int midst = end - cut;
            int word = view.tokenAt(midst);
            if (end - start >= 2 + cut && word >= 0 && view.tokens().get(word).start() == midst && view.tokens().get(word).word().equals(IN_THE_MIDST)) {
                return midst;
            }
        }
        // 莉娜·贝克尔说，(贝克/nrf 尔说/nr): a dotted name's last part keeps two characters or more without the verb glued to it.
        int dotInName = lastDotIn(view.slice(start, end));
        int dotBefore = dotInName < 0 ? -1 : start + dotInName;
        if (saying && dotBefore >= 0 && end - 1 - (dotBefore + 1) >= 2) {
            return end - 1;
        }
        // 总经理唐婧/nr 则/d 建议, 宋萨·本塔冯在/nr 致辞中, 埃娃·施密特率代表团: an adverb, 在 or 率 (leading) that goes on with the
        // sentence, HanLP's word of its own or glued to a dotted name's last part, ends no name.
        if (end - start >= 3 && end < view.sentence().end() && (ADVERBS_AFTER_A_NAME + "在率").indexOf(view.charAt(end - 1)) >= 0 && SentenceView.isHan(view.charAt(end))) {
            int last = view.tokenAt(end - 1);
            Token word = last < 0 ? null : view.tokens().get(last);
            // Only where HanLP read the name before it as one (唐婧/nr), not a name in pieces (高桥/和/也).
            int name = view.tokenAt(start);
            boolean alone = word != null && word.start() == end - 1 && word.end() == end && (word.posStartsWith("d") || word.posStartsWith("p"))
                    && name >= 0 && view.tokens().get(name).start() == start && view.tokens().get(name).end() == end - 1 && view.tokens().get(name).posStartsWith("nr");
            // The last part stays a name of three characters or more without the glued word, or of two before a verb
            // (颂猜·通/v 萨则/nr 看中/v).
            boolean dotted = dotBefore >= 0 && (end - 1 - (dotBefore + 1) >= 3 || end - 1 - (dotBefore + 1) == 2 && verbStartsAt(view, end));
            if (alone || dotted) {
                return end - 1;
            }
        }
        // 本米·占塔冯率团访问: leading a delegation (率团, 率队), glued whole to a dotted name's last part, ends it.
        if (dotBefore >= 0 && LEADING.stream().anyMatch(word -> view.text().startsWith(word, end - word.length())) && end - 2 - (dotBefore + 1) >= 2) {
            return end - 2;
        }
        // 队长戴维第88分钟扳平: the ordinal's 第 glued to a name before its number.
        if (end - start >= 3 && view.charAt(end - 1) == '第' && ORDINAL_DIGITS.indexOf(view.charAt(end)) >= 0) {
            return end - 1;
        }
        if (end - start < 3 || !foreign) {
            return end;
        }
        for (String word : TIME_WORDS) {
            if (view.text().startsWith(word, end - 1)) {
                return end - 1;
            }
        }
        return end;
    }

    /**
     * HanLP proposes names inside running text (南至, 强链, 时俱进); a real name stands between boundaries: the
     * sentence edge, punctuation, a title, or a word that typically follows a name (参加, 表示, 先后). A 、 counts
     * when the other side is a name too (尹晓峰、赵前苗).
     */
    static boolean inPersonContext(SentenceView view, int start, int end) {
        // 组长司马文俊反馈: after a two-character surname's name, a verb is boundary enough.
        // 消防员达瓦次仁、巩一帆佩戴: so is it after the second name of a list opened by a title and its name.
        boolean boundaryAfter = rightBoundary(view, end) || (PersonNameFilter.compoundSurname(view.slice(start, end))
                || view.charAt(start - 1) == '、' && titledNameBefore(view, start - 1)) && verbStartsAt(view, end);
        return leftBoundary(view, start, end) && boundaryAfter || appointedAfter(view, start) && appointedEndsAt(view, end);
    }

    /**
     * 关员边巴次仁正和同事核对: an adverb starts at {@code offset} as a word of its own; one of a single character not before a
     * piece of a name (更 of 次仁更登 read so).
     */
    private static boolean adverbStartsAt(SentenceView view, int offset) {
        int index = view.tokenAt(offset);
        Token word = index < 0 ? null : view.tokens().get(index);
        if (word == null || word.start() != offset || !word.pos().startsWith("d")) {
            return false;
        }
        Token next = index + 1 < view.tokens().size() ? view.tokens().get(index + 1) : null;
        return word.word().length() > 1 || next == null || !next.posStartsWith("nr");
    }

    /** A verb, or a noun of action, starts at {@code offset} as a word of its own. */
    static boolean verbStartsAt(SentenceView view, int offset) {
        int index = view.tokenAt(offset);
        return index >= 0 && view.tokens().get(index).start() == offset && view.tokens().get(index).pos().startsWith("v");
    }

    private static boolean leftBoundary(SentenceView view, int start, int end) {
        char before = view.charAt(start - 1);
        // 上官宏伟、诸葛文涛: a two-character surname is sign enough of a name among the items of a list.
        if (start == view.sentence().start() || before == '、' && (neighbourIsName(view, view.tokenAt(start) - 2) || PersonNameFilter.compoundSurname(view.slice(start, end))
                || itemBeforeOpensWithAName(view, start - 1) && aNameListedAfter(view, end)
                || titledNameBefore(view, start - 1) || namedWithANoteBefore(view, start - 1))) {
            return true;
        }
        // 1．赵宏伟，男，汉族: a name opening a numbered item of a list stands at its line's start.
        if (before != '、' && SentenceView.isPunctuation(before) || itemStart(view.text(), start) == start) {
            return true;
        }
        // 以及陈文涛、农丽娟、韦国庆: the first of a list of names, a conjunction before it.
        int previous = view.tokenAt(start - 1);
        if (previous >= 0 && view.tokens().get(previous).end() == start && view.tokens().get(previous).pos().startsWith("c")
                && view.tokenStartsAt(end) && aNameListedAfter(view, end)) {
            return true;
        }
        for (String word : PRECEDERS) {
            if (view.text().startsWith(word, start - word.length())) {
                return true;
            }
        }
        // 以习近平同志为核心, 落实习近平总书记重要讲话: 同志 or a title after it makes it a name whatever stands before.
        if (view.text().startsWith("同志", end) && view.tokenStartsAt(end) || titleStartsAt(view, end)) {
            return true;
        }
        for (Lexicon.Hit hit : view.hits()) {
            // 台湾高雄人郭俊宏: a native of a place named so.
            if (hit.end() == start && hit.cue(Cue.CueFamily.TITLE) != null || hit.end() == start - 1 && view.charAt(start - 1) == '人' && hit.hasType(EntityType.PLACE)) {
                return true;
            }
        }
        return false;
    }

    private static final java.util.regex.Pattern DATE_AFTER_A_NAME = java.util.regex.Pattern.compile("[0-9０-９]{1,4}[年月]");

    /** 郭俊宏2012年来到厦门: a year or month, then a verb, after the name says what the person did then (not 万科2023年亏损…, a noun). */
    private static boolean dateThenAVerbAt(SentenceView view, int end) {
        if (!dateAt(view, end)) {
            return false;
        }
        java.util.regex.Matcher date = DATE_AFTER_A_NAME.matcher(view.text()).region(end, view.sentence().end());
        return date.lookingAt() && verbStartsAt(view, date.end());
    }

    private static boolean rightBoundary(SentenceView view, int end) {
        char after = view.charAt(end);
        if (end == view.sentence().end() || aNameListedAfter(view, end)) {
            return true;
        }
        // 童雅琴分别代表…签约: 分别 or 共同 after the last name of a list says what each or all of them do.
        return after != '、' && SentenceView.isPunctuation(after) || followerAt(view, end) || titleStartsAt(view, end) || eachAt(view, end)
                || dateThenAVerbAt(view, end);
    }

    /**
     * 省领导陆治原、刘强、宋军继: an item of a list set off by 、 that is shaped like a name is one when the item next to it
     * is a name HanLP read whole (宋军/继 is not read, 刘强 is).
     */
    private List<EntityCandidate> namesListedWithNames(SentenceView view) {
        List<EntityCandidate> found = new ArrayList<>();
        String text = view.text();
        for (int comma = view.sentence().start(); comma < view.sentence().end(); comma++) {
            // 通讯员 吴晓波 金旭: a byline sets its names off by spaces as lists do by 、.
            if (text.charAt(comma) != '、' && !(NAME_SPACES.indexOf(text.charAt(comma)) >= 0 && (insideAByline(view, comma) || insideARosterLine(view, comma)))) {
                continue;
            }
            int[] before = itemEndingAt(view, comma);
            int[] after = itemStartingAt(view, comma + 1);
            for (int[][] pair : new int[][][] {{before, after}, {after, before}}) {
                int[] item = pair[0];
                int[] neighbour = pair[1];
                // 旦增罗布、扎西平措: two names of a people without surnames (旦增/nr 罗布/ns) vouch for each other.
                boolean namesWithoutSurnames = item != null && neighbour != null && PersonNameFilter.nameWithoutASurname(view.slice(item[0], item[1]))
                        && PersonNameFilter.nameWithoutASurname(view.slice(neighbour[0], neighbour[1]));
                // 记者　汪/晓辉　杜/梦/妍: in a byline, a neighbour shaped like a name is sign enough; the names follow a title
                // there, so rarer surnames count (记者 岩温香 线丽萍).
                boolean spaced = text.charAt(comma) != '、';
                boolean byline = item != null && neighbour != null && spaced && filter.plausibleAfterATitle(view.slice(neighbour[0], neighbour[1]));
                // 副主任宫雪/莹、冀长顺: the item before is a name right after its title.
                boolean afterATitledName = item == after && titledNameBefore(view, comma);
                if (item != null && neighbour != null && (view.readAsOneName(neighbour[0], neighbour[1]) && !view.readAsOneName(item[0], item[1])
                        || namesWithoutSurnames || byline || afterATitledName)
                        && (spaced ? filter.plausibleAfterATitle(view.slice(item[0], item[1])) : filter.plausible(view.slice(item[0], item[1])))
                        && SentenceView.isHan(view.slice(item[0], item[1]))
                        // 湖潮乡、马场镇、党武镇: townships listed together, whatever HanLP reads one of them as.
                        && !PlacePatternSource.aListedTownship(view, item[0], item[1])) {
                    found.add(new EntityCandidate(EntityType.PERSON, item[0], item[1], AMONG_NAMES, 0.6));
                }
            }
        }
        return found;
    }

    /**
     * 列席：周振宇（管委会办公室主任）、刘佳（综合保税区管理办公室主任）: a name set off by punctuation (as a roster's or a
     * list's are) with its office in brackets right after it, the brackets ending in a title, is a person's whatever the
     * names around it.
     */
    private List<EntityCandidate> namesWithTheirOfficeInBrackets(SentenceView view) {
        List<EntityCandidate> found = new ArrayList<>();
        String text = view.text();
        for (int open = view.sentence().start() + 2; open < view.sentence().end(); open++) {
            if (text.charAt(open) != '（' && text.charAt(open) != '(') {
                continue;
            }
            int close = open + 1;
            while (close < view.sentence().end() && close - open <= MAX_OFFICE_IN_BRACKETS && "（()）".indexOf(text.charAt(close)) < 0) {
                close++;
            }
            if (close == view.sentence().end() || "）)".indexOf(text.charAt(close)) < 0 || !titleEndsAt(view, close)) {
                continue;
            }
            int[] item = itemEndingAt(view, open);
            if (item != null && SentenceView.isPunctuation(view.charAt(item[0] - 1)) && SentenceView.isHan(view.slice(item[0], item[1]))
                    && filter.plausible(view.slice(item[0], item[1]))) {
                found.add(new EntityCandidate(EntityType.PERSON, item[0], item[1], AMONG_NAMES, 0.6));
            }
        }
        return found;
    }

    /** The longest office written in brackets after a name: 西安高新丝路综保投资发展有限公司董事长. */
    private static final int MAX_OFFICE_IN_BRACKETS = 30;

    private static final String NAME_SPACES = " 　";
    /** （记者…, or （新华社北京3月5日电　记者… with the dateline inside the brackets; or an authors' label. */
    private static final java.util.regex.Pattern BYLINE_OPENING = java.util.regex.Pattern.compile("[（(](?:[^（）()]{0,20}?[讯电][\\s　]*)?(?:" + BylineParser.REPORTERS_RANK + "?记者|通讯员)[^（）()]*$"
            // 作者：孙晓楠　崔浩: the authors a page's byline labels, set apart by spaces.
            + "|(?:作者|撰稿|撰文)[：:][\\p{IsHan}·\\s　]*$");

    /**
     * A byline on a line of its own: 本报记者 赵文静 宋明轩, 海南日报记者　符晓岚　通讯员　羊智勇　吉家宁, 四川日报全媒体记者;
     * or after the outlet a source line names, and its date (来源：广西日报  记者 韦振宁 农秋燕, 来源：河南日报 2025-03-12　记者 王晓雯 宋家豪),
     * or after a paper's page line (《云南日报》2024年12月9日　第3版　本报记者　杨丽萍　段晓东).
     */
    private static final java.util.regex.Pattern BYLINE_LINE = java.util.regex.Pattern.compile(
            "\\s*(?:" + BylineParser.SOURCE_LINE_OPENING + "[^\\s　，,。]{1,15}[\\s　]+(?:[0-9０-９]{4}[-－年./][0-9０-９]{1,2}[-－月./][0-9０-９]{1,2}日?(?:[\\s　]+[0-9０-９]{1,2}[:：][0-9０-９]{2})?[\\s　]+)?"
                    + "|" + BylineParser.PAPERS_NAME + "[\\s　]*" + BylineParser.PAGE_DATE + "[\\s　]*(?:" + BylineParser.WEEKDAY + "[\\s　]*)?(?:" + BylineParser.PAGE_NUMBER + "[\\s　]*)?)?(?:本报|本台|本刊|\\p{IsHan}{1,8}?(?:报|台|网|社))?(?:全媒体)?(?:" + BylineParser.REPORTERS_RANK + "?记者|通讯员)[^（）()，,。]*");
    private static final int MAX_BYLINE = 40;
    /** A byline's own line may open with a source line's outlet, date and time before the reporters. */
    private static final int MAX_BYLINE_LINE = 60;

    /**
     * 副 主 任　黄文琦　蔡志坚　颜宏达, 出席：汤晓峰　陈立民　傅建国: on a roster's line, a title or a label of attendance opening
     * it, then names set apart by spaces only.
     */
    private static boolean insideARosterLine(SentenceView view, int offset) {
        // The line's opening, within the sentence.
        int start = SentenceView.lineTextStart(view.text(), offset, view.sentence().start());
        int attendance = attendanceLabelEnd(view.text(), offset);
        if (start < 0 && attendance < 0) {
            return false;
        }
        int names = attendance >= 0 ? attendance : view.hits().stream().filter(hit -> hit.start() == start && hit.end() < offset && hit.cue(Cue.CueFamily.TITLE) != null)
                .mapToInt(Lexicon.Hit::end).findFirst().orElse(-1);
        return names >= 0 && view.text().substring(names, offset).chars().allMatch(c -> SentenceView.isHan((char) c) || Character.isSpaceChar(c));
    }

    /** Where the label of an attendance list opening the line {@code offset} stands on ends, indented or not; else -1. */
    private static int attendanceLabelEnd(String text, int offset) {
        int start = text.lastIndexOf('\n', offset - 1) + 1;
        while (start < offset && Character.isSpaceChar(text.charAt(start))) {
            start++;
        }
        java.util.regex.Matcher label = ATTENDANCE_LABEL.matcher(text).region(start, offset);
        return label.lookingAt() ? label.end() : -1;
    }

    /** The offset stands on an attendance list's line, among its names (出席：汤晓峰　方　蕾). */
    private static boolean onAnAttendanceList(SentenceView view, int offset) {
        return attendanceLabelEnd(view.text(), offset) >= 0 && insideARosterLine(view, offset);
    }

    /** 出席：, 列席人员：, 请假：: the label of a meeting's list of those who attended, sat in or were away. */
    private static final java.util.regex.Pattern ATTENDANCE_LABEL = java.util.regex.Pattern.compile(
            "(?:出席|列席|参加|请假|缺席|与会)(?:人员|领导|同志)?[：:]" + SPACES);

    /**
     * The offset stands in the brackets of a byline (（记者 楼佳颖  通讯员 吴晓波 金旭）), before they close, or on a byline's
     * own line (本报记者 赵文静 宋明轩).
     */
    private static boolean insideAByline(SentenceView view, int offset) {
        int from = Math.max(view.sentence().start(), offset - MAX_BYLINE);
        int lineStart = view.text().lastIndexOf('\n', offset - 1) + 1;
        return BYLINE_OPENING.matcher(view.text()).region(from, offset).find()
                || offset - lineStart <= MAX_BYLINE_LINE && BYLINE_LINE.matcher(view.text()).region(lineStart, offset).matches();
    }

    /**
     * 通讯员 敖特根巴雅尔）: in a byline, a name of four to six characters that HanLP reads as names back to back (敖特根/nr
     * 巴雅尔/nr), set off by a space before it and a space or bracket after it, is one (a Mongolian or Uyghur name); else 0.
     */
    private static int bylineNameOfNamesLengthAt(SentenceView view, int start) {
        if (!Character.isSpaceChar(view.charAt(start - 1)) || !insideAByline(view, start)) {
            return 0;
        }
        int end = start;
        while (end < view.sentence().end() && end - start <= MAX_BYLINE_NAME && SentenceView.isHan(view.slice(end, end + 1))) {
            end++;
        }
        boolean closed = end == view.sentence().end() || Character.isSpaceChar(view.charAt(end)) || "）)".indexOf(view.charAt(end)) >= 0;
        List<Token> words = view.tokensWithin(start, end);
        return closed && end - start >= 4 && end - start <= MAX_BYLINE_NAME && words.size() >= 2 && view.tokenStartsAt(start) && view.tokenEndsAt(end)
                && words.stream().allMatch(word -> word.posStartsWith("nr")) ? end - start : 0;
    }

    private static final int MAX_BYLINE_NAME = 6;

    /** The list item of two or three characters ending at {@code end}, back to punctuation or a title, or null. */
    private static int[] itemEndingAt(SentenceView view, int end) {
        int start = end;
        // 市领导乐嘉良、…: or back to a name HanLP read whole after words no title cue knows.
        while (start > view.sentence().start() && !SentenceView.isPunctuation(view.charAt(start - 1)) && end - start < 5
                && !titleEndsAt(view, start) && !(end - start >= 2 && view.readAsOneName(start, end))) {
            start--;
        }
        return end - start >= 2 && end - start <= maxItem(view, start, end) ? new int[] {start, end} : null;
    }

    /** A listed name has two or three characters; four after a two-character or Japanese surname (上官云飞, 佐藤恒治). */
    private static int maxItem(SentenceView view, int start, int end) {
        String item = view.slice(start, end);
        return PersonNameFilter.compoundSurname(item) || PersonNameFilter.japaneseOrVietnameseName(item) || PersonNameFilter.nameWithoutASurname(item) ? Math.max(4, item.length()) : 3;
    }

    /** The list item of two or three characters starting at {@code start}, up to punctuation or a conjunction closing the list (和), or null. */
    private static int[] itemStartingAt(SentenceView view, int start) {
        int end = start;
        // 和丽萍: a name may open with the conjunction's character.
        // 宫雪莹、冀长顺分别牵头: or up to a word saying what each of the people listed does.
        // 邬明达、孔繁卓出席: or up to a verb that follows names, after a name HanLP read whole (not 金佰利等企业).
        while (end < view.sentence().end() && !SentenceView.isPunctuation(view.charAt(end)) && !(end > start && (conjunctionAt(view, end) || eachAt(view, end)))
                && !nameBeforeItsVerb(view, start, end) && end - start < 5) {
            end++;
        }
        return end - start >= 2 && end - start <= maxItem(view, start, end)
                && (end == view.sentence().end() || SentenceView.isPunctuation(view.charAt(end)) || conjunctionAt(view, end) || eachAt(view, end)
                        || nameBeforeItsVerb(view, start, end))
                ? new int[] {start, end} : null;
    }

    private static boolean nameBeforeItsVerb(SentenceView view, int start, int end) {
        // 、欧阳/振华出席: a two-character surname's name of four, in whole words, as sure as one HanLP read whole.
        boolean compoundSurnamesName = end - start == 4 && PersonNameFilter.compoundSurname(view.slice(start, end)) && view.tokenStartsAt(start)
                && view.tokenEndsAt(end);
        return (view.readAsOneName(start, end) || compoundSurnamesName) && followerAt(view, end) && verbStartsAt(view, end);
    }

    /** 分别, 共同: a word of its own saying what each or all of the people listed do. */
    private static boolean eachAt(SentenceView view, int offset) {
        return (view.text().startsWith("分别", offset) || view.text().startsWith("共同", offset)) && view.tokenStartsAt(offset);
    }

    /** 和, 及 or 与 as a word of its own, closing a list (扎西平措和政府党组成员…). */
    private static boolean conjunctionAt(SentenceView view, int offset) {
        int index = view.tokenAt(offset);
        return index >= 0 && view.tokens().get(index).start() == offset && view.tokens().get(index).pos().startsWith("c")
                && Pos.joinsTwoFields(view.tokens().get(index));
    }

    /**首席执行官Tim Cook, 创始人Jensen Huang: two or three capitalized Latin words right after a title. */
    private static final java.util.regex.Pattern LATIN_NAME = java.util.regex.Pattern.compile("[A-Z][a-z]+(?: [A-Z][a-z]+){1,2}(?![A-Za-z])");

    private static int latinNameLengthAt(SentenceView view, int start) {
        java.util.regex.Matcher name = LATIN_NAME.matcher(view.text()).region(start, view.sentence().end());
        return name.lookingAt() ? name.end() - start : 0;
    }

    /**
     * 阿迪力江·阿/不/都/热依木出席: HanLP ends a dotted name one character after the dot, and the part goes on in the
     * words after it, up to a word that follows names, a function word, punctuation or the longest part; where the
     * name ends.
     */
    private static int restOfAPartCutShort(SentenceView view, int end, int partStart) {
        int at = end;
        for (int index = view.tokenAt(end); index >= 0 && index < view.tokens().size(); index++) {
            Token token = view.tokens().get(index);
            // 迈克尔·坎宁安的: a particle, conjunction or preposition ends the name.
            // 古丽娜尔·沙/吾/提 发布/v: a verb of two characters or more is what the person does.
            if (token.start() != at || !SentenceView.isHan(token.word()) || FOLLOWERS.contains(token.word()) || functionWord(token)
                    || token.end() - partStart > MAX_DOTTED_PART || token.word().length() >= 2 && Pos.isVerb(token)) {
                break;
            }
            at = token.end();
        }
        return at;
    }

    static boolean titleEndsAt(SentenceView view, int offset) {
        for (Lexicon.Hit hit : view.hits()) {
            if (hit.end() == offset && hit.cue(Cue.CueFamily.TITLE) != null) {
                return true;
            }
        }
        return false;
    }

    private static final List<String> LEADING = List.of("率团", "率队");
    private static final String CONJUNCTIONS = "和与及同跟的";
    /** 大河报·豫视频, 新华网·思客: a part ending as a paper, site or agency does makes an outlet's name, no person's. */
    private static final String OUTLET_ENDINGS = "报网社";
    /**
     * 蒙古国商人巴特/nrf 巴雅尔/nr 已在, 扎西/nr 多吉/nr: two words that are each a name of the Mongolian or Tibetan stock, one
     * of them read by HanLP as a name, are one person's name of four characters or more, wherever it stands (the tagger may
     * read two persons there).
     */
    private static List<EntityCandidate> namesOfTwoStockNames(SentenceView view) {
        List<EntityCandidate> names = new ArrayList<>();
        List<Token> tokens = view.tokens();
        for (int i = 0; i + 1 < tokens.size(); i++) {
            Token first = tokens.get(i);
            Token second = tokens.get(i + 1);
            if (first.end() != second.start() || second.end() - first.start() < 4 || !first.posStartsWith("nr") && !second.posStartsWith("nr")) {
                continue;
            }
            String name = first.word() + second.word();
            if (PersonNameFilter.nameWithoutASurname(first.word()) && PersonNameFilter.nameWithoutASurname(second.word())
                    && PersonNameFilter.nameWithoutASurname(name) && !view.insideBookTitle(first.start(), second.end())
                    && !opensATownshipsName(view, i + 2)) {
                names.add(new EntityCandidate(EntityType.PERSON, first.start(), second.end(), HANLP, 0.7));
            }
        }
        // 次/qv 仁/ag 央宗/nrf, 拉/v 巴卓/nr 玛/nz: HanLP may cut two names of the stock across their seam; four characters that are
        // two such names, starting and ending where words do, are one person's name all the same.
        for (int i = 0; i < tokens.size(); i++) {
            int start = tokens.get(i).start();
            int end = start + 2 * STOCK_NAME;
            int last = end <= view.sentence().end() ? view.tokenAt(end - 1) : -1;
            // Two words of two, each a name, are the loop above's to judge (one of them read as a name).
            boolean twoWords = tokens.get(i).end() == start + STOCK_NAME && last == i + 1;
            if (last < 0 || tokens.get(last).end() != end || last == i || twoWords || !SentenceView.isHan(view.slice(start, end))) {
                continue;
            }
            String name = view.slice(start, end);
            if (PersonNameFilter.nameWithoutASurname(name.substring(0, STOCK_NAME)) && PersonNameFilter.nameWithoutASurname(name.substring(STOCK_NAME))
                    && PersonNameFilter.nameWithoutASurname(name) && !view.insideBookTitle(start, end) && !opensATownshipsName(view, last + 1)) {
                names.add(new EntityCandidate(EntityType.PERSON, start, end, HANLP, 0.7));
            }
        }
        return names;
    }

    /** The length of a name of the Tibetan or Mongolian stock of two characters (次仁, 央宗). */
    private static final int STOCK_NAME = 2;

    /**
     * 尼玛/顿珠 达/v 木夏乡/nr: a township's or village's name may open with two names of the stock; one of the next two words
     * ends with its level and is a name, one no dictionary knows as a common word (not 带领/村民, 回到/家乡, 扎根/农村).
     */
    private static boolean opensATownshipsName(SentenceView view, int index) {
        for (int i = index; i < Math.min(index + 2, view.tokens().size()); i++) {
            Token word = view.tokens().get(i);
            if (word.word().length() >= 2 && TOWNSHIP_LEVELS.stream().anyMatch(word.word()::endsWith)
                    && CoreWords.aPlaceNameOrUnknown(word.word())) {
                return true;
            }
        }
        return false;
    }

    private static final List<String> TOWNSHIP_LEVELS = List.of("乡", "镇", "村", "苏木", "嘎查");

    /** The longest part of a dotted name: 阿卜杜热西提, 买买提明. */
    private static final int MAX_DOTTED_PART = 6;

    /**
     * Han names in parts joined by a middle dot are transliterated persons' names (艾力·吐尔逊, 买买提·依明, 蒂姆·库克),
     * whatever HanLP makes of the parts: the words on either side of each dot, chained, unless a part is a listed place
     * (中国·天津, a dateline) or company (世茂·宫园; not a firm's name beside a part HanLP reads as a transliterated name:
     * 穆罕默德·阿里), it names an estate, or it stands inside 《》.
     */
    private static List<EntityCandidate> dottedNames(SentenceView view) {
        List<EntityCandidate> found = new ArrayList<>();
        int sentenceEnd = view.sentence().end();
        String text = view.text();
        for (int dot = view.sentence().start() + 1; dot < sentenceEnd - 1; dot++) {
            if (NAME_DOTS.indexOf(text.charAt(dot)) < 0) {
                continue;
            }
            int start;
            int end;
            // HanLP may read the whole dotted name as one word (蒂姆·库克/nrf).
            int within = view.tokenAt(dot);
            Token word = within < 0 ? null : view.tokens().get(within);
            if (word != null && word.start() < dot && word.end() > dot + 1 && word.pos().startsWith("nr")) {
                start = brokenOpeningBefore(view, word.start(), dot);
                end = word.end() == dot + 2 ? restOfAPartCutShort(view, word.end(), dot + 1) : word.end();
            } else {
                start = hanWordStartBefore(view, dot);
                end = dot;
                while (end < sentenceEnd - 1 && NAME_DOTS.indexOf(view.charAt(end)) >= 0) {
                    int partEnd = hanWordEndAfter(view, end + 1);
                    if (partEnd < 0) {
                        break;
                    }
                    end = partEnd;
                }
            }
            // ·哈/b 斯木为/nr 中国…: the 为 of an appointment HanLP glued to the part's end.
            boolean copulaCut = start >= 0 && end > dot + 3 && view.charAt(end - 1) == '为' && copulaGlued(view, start, end - 1);
            end = copulaCut ? end - 1 : end;
            end = start >= 0 && end > dot + 1 ? endBeforeWhatFollows(view, start, end, true) : end;
            // 努尔兰·哈力木拉/提出/席: the part's last character HanLP glued to a word that follows names (提|出席).
            boolean gluedToAFollower = start >= 0 && end > dot + 1 && end + 1 - text.lastIndexOf(text.charAt(dot), end) <= MAX_DOTTED_PART + 1
                    && followerCutOffBySegmentation(view, end + 1) && !view.text().startsWith(IN_THE_MIDST, end);
            end = gluedToAFollower ? end + 1 : end;
            if (start >= 0 && end > dot + 1 && dottedName(view, start, end, gluedToAFollower || copulaCut)) {
                found.add(new EntityCandidate(EntityType.PERSON, start, end, AFTER_TITLE, 0.85));
            }
            dot = Math.max(dot, end);
        }
        return found;
    }

    /**
     * Whether [start, end) reads as a dotted name: parts of two Han characters or more, the first maybe of one before a
     * transliterated word (索·维拉克) or three characters or more that are no words (扬·范德维尔德; not 文·图, nor a name cut
     * inside a part: 克里斯蒂安·安 of 安徒生), none a common word (本土关怀·香港人) or an outlet's (大河报·豫视频), not inside 《》 (《哈利·波特与…》), no
     * part a listed place or company (中国·天津, 世茂·宫园), not an estate's name, and not exactly a span the tagger
     * reads as a company or body (威廉·希尔).
     */
    private static boolean dottedName(SentenceView view, int start, int end) {
        return dottedName(view, start, end, false);
    }

    /** As {@link #dottedName(SentenceView, int, int)}, where a word that follows names may be known to start right after. */
    private static boolean dottedName(SentenceView view, int start, int end, boolean followerAfter) {
        String[] parts = DOT.split(view.slice(start, end));
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i];
            String letters = HYPHEN.matcher(part).replaceAll("");
            // 索·维拉克: a Khmer name's first part may be one character, where HanLP reads the next as a transliterated name;
            // 扬·范德维尔德: or where the next is of three characters or more that make no word HanLP knows and hold no common
            // word of two (not 智·造未来, a slogan).
            boolean shortFirstPart = i == 0 && part.length() == 1 && parts.length > 1 && (transliteratedWordAt(view, start + 2, start + 2 + parts[1].length())
                    || parts[1].length() >= 3 && CoreWords.firstNature(parts[1]) == null && PersonNameFilter.notACommonWord(parts[1]) && noCommonWordOfTwo(parts[1]));
            if (shortFirstPart && SentenceView.isHan(part)) {
                continue; // one character is a word to HanLP (扬, 索) as often as not
            }
            int partStart = start;
            for (int k = 0; k < i; k++) {
                partStart += parts[k].length() + 1;
            }
            if (part.length() < 2 && !shortFirstPart || !SentenceView.isHan(letters)
                    || !PersonNameFilter.notACommonWord(part) && !placeWordBesideNonWords(parts, i)
                    && !firmsNameBesideATransliteratedPart(view, start, end, partStart, partStart + part.length())
                    || OUTLET_ENDINGS.indexOf(part.charAt(part.length() - 1)) >= 0) {
                return false;
            }
        }
        boolean endsAName = followerAfter || end == view.sentence().end() || !SentenceView.isHan(view.slice(end, end + 1)) || rightBoundary(view, end)
                || wordAfterAWholeWord(view, end) && openedAfterAWord(view, start);
        return endsAName && !view.insideBookTitle(start, end) && !listedNamePart(view, start, end)
                && PROPERTY_ENDINGS.indexOf(view.charAt(end - 1)) < 0 && !learnedAsAnInstitution(view, start, end) && !holdsAProvince(view, start, end)
                && !aQuotedSlogan(view, start, end, parts);
    }

    /**
     * “侨都新机遇·综保启新程”, “塞上英才·永宁”人才工程: parts set whole between quotation marks, one holding a common word of
     * two characters, are a campaign's slogan, no transliterated name.
     */
    private static boolean aQuotedSlogan(SentenceView view, int start, int end, String[] parts) {
        return "“\"「『".indexOf(view.charAt(start - 1)) >= 0 && "”\"」』".indexOf(view.charAt(end)) >= 0
                && java.util.Arrays.stream(parts).anyMatch(part -> !noCommonWordOfTwo(part));
    }

    /** 巴适四川·消费焕新: a Chinese province's or municipality's name inside a part makes a slogan, no transliterated name. */
    private static boolean holdsAProvince(SentenceView view, int start, int end) {
        return view.hits().stream().anyMatch(hit -> hit.start() >= start && hit.end() <= end
                && hit.value().entries().stream().anyMatch(entry -> entry.type() == EntityType.PLACE && PROVINCE_LEVELS.contains(entry.kind())));
    }

    private static final java.util.Set<String> PROVINCE_LEVELS = java.util.Set.of("PROVINCE", "MUNICIPALITY");

    private static final java.util.regex.Pattern DOT = java.util.regex.Pattern.compile("[" + NAME_DOTS + "]");
    private static final java.util.regex.Pattern HYPHEN = java.util.regex.Pattern.compile("[-－‐]"); // HYPHENS

    /** No two characters of {@code part} in a row are a word HanLP knows other than a name's or a place's. */
    private static boolean noCommonWordOfTwo(String part) {
        for (int i = 0; i + 2 <= part.length(); i++) {
            String nature = CoreWords.firstNature(part.substring(i, i + 2));
            if (nature != null && !nature.startsWith("nr") && !nature.startsWith("ns")) {
                return false;
            }
        }
        return true;
    }

    /** [start, end) holds a name's dot and reads as a dotted name (皮埃尔·勒菲弗, not 中国·天津). */
    static boolean readsAsADottedName(SentenceView view, int start, int end) {
        return view.slice(start, end).chars().anyMatch(c -> NAME_DOTS.indexOf(c) >= 0) && dottedName(view, start, end);
    }

    /** 库阿西·阿曼: a part that is a place's name (阿曼, Oman) where every other part is no word at all, as a transliteration's. */
    private static boolean placeWordBesideNonWords(String[] parts, int i) {
        String nature = CoreWords.firstNature(parts[i]);
        return nature != null && nature.startsWith("ns") && java.util.stream.IntStream.range(0, parts.length)
                .allMatch(other -> other == i || parts[other].length() >= 2 && CoreWords.firstNature(parts[other]) == null
                        && !opensWithAVerbOrNoun(parts[other]));
    }

    /** 互助土族 (中国·互助土族, a county's people after their country): a part opening with a verb or noun of two characters is words. */
    private static boolean opensWithAVerbOrNoun(String part) {
        String nature = CoreWords.firstNature(part.substring(0, 2));
        return nature != null && (nature.startsWith("v") || nature.equals("n"));
    }

    /**
     * 库阿西·阿曼/ns 第一/mq 次, 瓦姆布伊/nr 则/d, 切罗诺 分获/v: HanLP ends a word where the name ends and reads after it a
     * verb, numeral or adverb of two characters or more, or a preposition, conjunction, particle or one of the adverbs a
     * sentence goes on with, of one (not 普洛斯/nt or 里尔/nsf, the rest of a name HanLP read as a body's or a place's; not 弗/dg).
     */
    private static boolean wordAfterAWholeWord(SentenceView view, int end) {
        int next = view.tokenAt(end);
        if (!view.tokenEndsAt(end) || next < 0 || view.tokens().get(next).start() != end) {
            return false;
        }
        Token word = view.tokens().get(next);
        return word.word().length() >= 2 ? word.posStartsWith("v") || word.posStartsWith("m") || word.posStartsWith("d")
                : ADVERBS_AFTER_A_NAME.indexOf(word.word().charAt(0)) >= 0 || functionWord(word);
    }

    /** 正在 (in the midst of), which HanLP may read as one word across a name's end. */
    private static final String IN_THE_MIDST = "正在";
    /** 瓦姆布伊则在, 阿曼又说: adverbs a sentence goes on with after its subject (not 甫, which HanLP tags so and ends 玉素甫). */
    private static final String ADVERBS_AFTER_A_NAME = "则也就还又便却都曾已正更再亦仍";

    /**
     * 选手|伯纳德·, 商人|库阿西·, 人格 (商人|格蕾丝·): a name that opens the sentence, follows punctuation or a title, a word
     * of two characters or more that is no piece of a name, or starts inside a word HanLP glued to it; not 梅塞/nr|莱特·
     * nor 德/米/|特里·, where more of the name may lie before.
     */
    private static boolean openedAfterAWord(SentenceView view, int start) {
        int before = view.tokenAt(start - 1);
        if (start == view.sentence().start() || before < 0 || !SentenceView.isHan(view.slice(start - 1, start)) || titleEndsAt(view, start)) {
            return true;
        }
        Token word = view.tokens().get(before);
        return word.end() > start || word.end() == start && word.word().length() >= 2 && !namePiece(word);
    }

    /** 威廉·希尔、bet365: a firm or body named after a person, where the tagger reads exactly the dotted name as one. */
    private static boolean learnedAsAnInstitution(SentenceView view, int start, int end) {
        return learnedAs(view, start, end, INSTITUTION_LABELS);
    }

    /** The tagger reads exactly [start, end) as one span with one of {@code labels}. */
    private static boolean learnedAs(SentenceView view, int start, int end, Set<String> labels) {
        return view.learnedSpans() != null && view.learnedSpans().stream().anyMatch(span -> view.sentence().start() + span.start() == start
                && view.sentence().start() + span.end() == end && labels.contains(span.label()));
    }

    private static final Set<String> INSTITUTION_LABELS = Set.of("company", "organization", "government");
    private static final Set<String> NAME_LABELS = Set.of("name");

    /**
     * Start of the name part ending at {@code offset} (the dot), or -1: the Han word before it, and the words before
     * that which read as a name's (塔玛/拉 in 塔玛拉, a measure word's character: 克/劳斯), after a title ending inside them (专员买买提).
     */
    private static int hanWordStartBefore(SentenceView view, int offset) {
        int index = view.tokenAt(offset - 1);
        if (index < 0 || view.tokens().get(index).end() != offset || !SentenceView.isHan(view.tokens().get(index).word())) {
            return -1;
        }
        int start = view.tokens().get(index).start();
        for (int i = index - 1; i >= 0 && (namePiece(view.tokens().get(i)) || measureWordWithoutANumber(view, i)) && offset - view.tokens().get(i).start() <= MAX_DOTTED_PART
                && view.tokens().get(i).start() >= view.sentence().start(); i--) {
            start = view.tokens().get(i).start();
        }
        for (Lexicon.Hit hit : view.hits()) {
            if (hit.cue(Cue.CueFamily.TITLE) != null && hit.end() > start && hit.end() < offset) {
                start = hit.end();
            }
        }
        // 商/vg 人格/n 蕾丝·: HanLP read the last character of the noun before the name and the name's first as one word
        // (人格); the part starts inside that word.
        int glued = view.tokenAt(start - 1);
        // The word before is a bound morpheme HanLP left alone (商/vg), not a word of its own (美国/ns 人民/n).
        if (glued > 0 && view.tokens().get(glued).end() == start && view.tokens().get(glued).word().length() == 2 && start - 1 >= view.sentence().start() + 1
                && offset - start >= 2 && !view.tokens().get(glued).posStartsWith("nr") && !titleEndsAt(view, start)
                && view.tokens().get(glued - 1).word().length() == 1 && view.tokens().get(glued - 1).pos().endsWith("g")) {
            String nounBefore = CoreWords.firstNature(view.tokens().get(glued - 1).word() + view.charAt(start - 2));
            if (nounBefore != null && nounBefore.startsWith("n") && view.tokens().get(glued - 1).end() == start - 2) {
                start--;
            }
        }
        // 厅长阿/不/都/沙拉/木·: a part HanLP broke into function words runs back to the title before it.
        if (offset - start < 2) {
            for (Lexicon.Hit hit : view.hits()) {
                if (hit.cue(Cue.CueFamily.TITLE) != null && offset - hit.end() >= 2 && offset - hit.end() <= MAX_DOTTED_PART
                        && hit.end() >= view.sentence().start() && SentenceView.isHan(view.slice(hit.end(), offset))) {
                    start = hit.end();
                }
            }
        }
        start = brokenOpeningBefore(view, start, offset);
        // 努/v 尔/Rg 比/p 亚/b ·阿不都拉　开发区财政局…: a roster line opens with the name, set off by a space from what follows,
        // or an item under an appointment list's heading (任命： / 热/a 合/v 曼/ag ·阿不来提为…；); single characters back to
        // the line's start are its part, whatever HanLP tags them (a preposition's 比 among them).
        int lineStart = SentenceView.lineTextStart(view.text(), start, view.sentence().start());
        if (lineStart >= 0 && lineStart < start && offset - lineStart <= MAX_DOTTED_PART && singleHanCharacters(view, lineStart, start)
                && (setOffBySpace(view.text(), offset) || appointingHeadingOver(view.text(), lineStart) != null)) {
            start = lineStart;
        }
        // 总裁努/v 尔兰·: one character right after a title, whatever HanLP tags it, opens the part (not a function word: 主任在).
        int opening = view.tokenAt(start - 1);
        if (opening >= 0 && view.tokens().get(opening).start() == start - 1 && view.tokens().get(opening).end() == start && titleEndsAt(view, start - 1)
                && SentenceView.isHan(view.slice(start - 1, start)) && !functionWord(view.tokens().get(opening)) && offset - start < MAX_DOTTED_PART) {
            start--;
        }
        // 让-皮埃尔·: a hyphenated first name, after a title or punctuation.
        if (start - 2 >= view.sentence().start() && HYPHENS.indexOf(view.charAt(start - 1)) >= 0 && SentenceView.isHan(view.slice(start - 2, start - 1))) {
            int first = start - 2;
            while (first > view.sentence().start() && start - 1 - first < 2 && SentenceView.isHan(view.slice(first - 1, first)) && !titleEndsAt(view, first)) {
                first--;
            }
            if (first == view.sentence().start() || titleEndsAt(view, first) || !SentenceView.isHan(view.slice(first - 1, first))) {
                start = first;
            }
        }
        return offset - start <= MAX_DOTTED_PART + 3 ? start : -1;
    }

    private static final String HYPHENS = "-－‐";
    /** HanLP's tags of one-character words that are no piece of a name: pronouns, punctuation, modal particles, interjections, onomatopoeia, verbs. */
    private static final String NO_NAME_PIECE_TAGS = "rwyeov";

    private static boolean functionWord(Token token) {
        return token.posStartsWith("u") || token.posStartsWith("c") || token.posStartsWith("p");
    }

    /**
     * 副主席阿/不/都/热依木·, 任命阿/不/都/热依木·艾/nrf: a part whose opening HanLP broke into single characters before
     * {@code start} runs back to the title, verb of appointment, punctuation or sentence start before it; not over a
     * preposition, particle or conjunction (在, 的, 和). The part's new start, or {@code start}.
     */
    private static int brokenOpeningBefore(SentenceView view, int start, int dot) {
        int back = start;
        for (int i = view.tokenAt(start) - 1; i >= 0 && view.tokens().get(i).end() == back && view.tokens().get(i).word().length() == 1
                && SentenceView.isHan(view.tokens().get(i).word()) && !functionWord(view.tokens().get(i)) && !view.tokens().get(i).pos().isEmpty() && NO_NAME_PIECE_TAGS.indexOf(view.tokens().get(i).pos().charAt(0)) < 0
                && dot - view.tokens().get(i).start() <= MAX_DOTTED_PART && view.tokens().get(i).start() >= view.sentence().start(); i--) {
            back = view.tokens().get(i).start();
        }
        // Not after a figure: 2026年中国·互助土族 opens with the year's 年, no name's character.
        boolean bounded = back == view.sentence().start() || titleEndsAt(view, back)
                || !SentenceView.isHan(view.slice(back - 1, back)) && !Character.isDigit(view.charAt(back - 1)) || appointedAfter(view, back);
        return back < start && bounded ? back : start;
    }

    /** End of the name part starting at {@code offset} (after a dot), or -1: the Han word there and the name-like words after it (吐/尔逊). */
    private static int hanWordEndAfter(SentenceView view, int offset) {
        int index = view.tokenAt(offset);
        if (index < 0 || view.tokens().get(index).start() != offset || !SentenceView.isHan(view.tokens().get(index).word())) {
            return -1;
        }
        int end = view.tokens().get(index).end();
        for (int i = index + 1; i < view.tokens().size() && view.tokens().get(i).end() - offset <= MAX_DOTTED_PART; i++) {
            // 施泰/nr 因/p 巴赫/nr, 谢里/nr 克/q 巴耶夫/nr: one character HanLP reads as a word of its own between two pieces of
            // name is a piece too (not a conjunction joining two names: 史密斯与汤姆, 吐尔逊和买买提).
            boolean betweenPieces = view.tokens().get(i).word().length() == 1 && i + 1 < view.tokens().size()
                    && CONJUNCTIONS.indexOf(view.charAt(view.tokens().get(i).start())) < 0
                    && view.tokens().get(i + 1).end() - offset <= MAX_DOTTED_PART
                    && view.tokens().get(i - 1).pos().startsWith("nr")
                    && view.tokens().get(i + 1).pos().startsWith("nr") && view.tokens().get(i + 1).start() == view.tokens().get(i).end()
                    && SentenceView.isHan(view.tokens().get(i).word());
            // 玉/素/甫/d 表示: one character HanLP tags as an adverb right before a word that follows names ends the name.
            Token piece = view.tokens().get(i);
            boolean lastBeforeAFollower = piece.word().length() == 1 && SentenceView.isHan(piece.word()) && !functionWord(piece)
                    && ADVERBS_AFTER_A_NAME.indexOf(piece.word().charAt(0)) < 0 && followerAt(view, piece.end());
            if (!namePiece(piece) && !betweenPieces && !lastBeforeAFollower) {
                break;
            }
            end = view.tokens().get(i).end();
        }
        // ·阿/不/都热/合/曼作交流发言: a part HanLP broke into function words runs on to a word that follows names, to the 的
        // of a removal (·吾/守/尔的…职务), or to a common word of two after three characters of name (·普/勒/姆/全场: the whole
        // game, no name).
        if (end - offset < 2) {
            int at = end;
            while (at < view.sentence().end() && at - offset < MAX_DOTTED_PART && SentenceView.isHan(view.slice(at, at + 1))
                    && !followerAt(view, at) && !titleStartsAt(view, at) && !possessiveAt(view, at) && !(at - offset >= 3 && commonWordStartsAt(view, at))) {
                at++;
            }
            end = at - offset >= 2 && (at == view.sentence().end() || !SentenceView.isHan(view.slice(at, at + 1)) || followerAt(view, at)
                    || titleStartsAt(view, at) || possessiveAt(view, at) || at - offset >= 3 && commonWordStartsAt(view, at)) ? at : end;
        }
        return end - offset <= MAX_DOTTED_PART ? end : -1;
    }

    /** 的 as a word of its own at {@code at}. */
    private static boolean possessiveAt(SentenceView view, int at) {
        int word = view.tokenStartsAt(at) ? view.tokenAt(at) : -1;
        return word >= 0 && view.tokens().get(word).word().equals("的");
    }

    /** Honours and roles a name follows as it follows a title: 时代楷模亓红梅, 全国劳动模范詹国栋, 苗绣传承人龙金花. */
    private static final List<String> HONOURS = List.of("劳动模范", "劳模", "时代楷模", "道德模范", "大国工匠", "最美奋斗者", "技术能手", "三八红旗手", "传承人");
    private static final char NATIONALITY = '籍';
    private static final char PEOPLE = '族';
    /**
     * Words for compatriots abroad or across the strait that open a description of a person (台胞青年林宥辰), and for where
     * a person lives (边民黄秀英, where HanLP reads 黄/a 秀英/nz).
     */
    private static final Set<String> COMPATRIOTS = java.util.stream.Stream.concat(java.util.stream.Stream.of("台胞", "侨胞", "华侨", "港胞", "澳胞"), RESIDENTS.stream())
            .collect(java.util.stream.Collectors.toUnmodifiableSet());
    /** 新竹青年吴建宏: a young person of a place named so. */
    private static final String YOUTH = "青年";
    /** 来自高雄的陈美玲: where a person comes from, then 的. */
    private static final String COMING_FROM = "来自";
    private static final String CONTRAST = "则";
    /** How many words for what a person does may stand between the description's opening and the name (苗绣/n 传承人/n). */
    private static final int MAX_OCCUPATION_WORDS = 2;

    /**
     * 日本籍企业家佐藤由纪, 布依族茶农韦光荣, 台胞青年林宥辰: a name after a nationality (a listed place and 籍), a people
     * (a proper noun ending in 族) or a word for compatriots or residents, and up to two nouns for what the person does; 全国劳动模范詹国栋:
     * a name after an honour; 新竹青年吴建宏, 来自高雄的陈美玲: a name after a place's youth or after where the person comes from.
     * Found as after a title.
     */
    private List<EntityCandidate> namesAfterADescriptor(SentenceView view) {
        List<EntityCandidate> found = new ArrayList<>();
        if (!view.sentence().holdsAnyOf(view.text(), "籍族胞侨模匠者手承民年来")) { // 承 of 传承人, 来 of 来自
            return found;
        }
        List<Token> tokens = view.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            List<Integer> starts = new ArrayList<>();
            boolean nationality = token.word().length() == 1 && token.word().charAt(0) == NATIONALITY
                    && view.hits().stream().anyMatch(hit -> hit.end() == token.start() && hit.hasType(EntityType.PLACE));
            // 布依族/nz: a people's name, not a common word (民族, 家族).
            boolean people = token.word().length() >= 2 && token.word().charAt(token.word().length() - 1) == PEOPLE && token.pos().equals("nz");
            boolean ofAPlace = (token.word().equals(YOUTH) || token.word().equals("的") && comingFromAPlace(view, token.start()))
                    && view.hits().stream().anyMatch(hit -> hit.end() == token.start() && hit.hasType(EntityType.PLACE));
            if (ofAPlace) {
                starts.add(token.end());
            } else if (nationality || people || COMPATRIOTS.contains(token.word())) {
                // 企业家/nnt 佐藤/nz 由纪: a word HanLP reads as a noun may be the name's start rather than what the person does;
                // the fewest such nouns before the name first, and no name that is one of them.
                starts.add(token.end());
                for (int next = i + 1; next < tokens.size() && next - i <= MAX_OCCUPATION_WORDS && tokens.get(next).start() == tokens.get(next - 1).end()
                        && tokens.get(next).word().length() >= 2 && tokens.get(next).posStartsWith("n") && !tokens.get(next).posStartsWith("nr")
                        && !tokens.get(next).posStartsWith("ns"); next++) {
                    starts.add(tokens.get(next).end());
                }
            } else {
                for (String honour : HONOURS) {
                    if (view.text().startsWith(honour, token.start()) && view.tokenEndsAt(token.start() + honour.length())) {
                        starts.add(token.start() + honour.length());
                        break;
                    }
                }
            }
            for (int start : starts) {
                // 侨胞和家人: no name opens with a conjunction or preposition.
                int opening = view.tokenAt(start);
                boolean functionWordOpens = opening >= 0 && view.tokens().get(opening).start() == start && functionWord(view.tokens().get(opening));
                int length = start >= view.sentence().end() || functionWordOpens ? 0 : nameLengthAt(view, start);
                length = length > 0 ? endBeforeWhatFollows(view, start, start + length, false) - start : 0;
                if (length > 0 && !(view.tokenStartsAt(start) && view.tokenEndsAt(start + length) && view.tokensWithin(start, start + length).size() == 1
                        && !view.tokensWithin(start, start + length).get(0).posStartsWith("nr"))) {
                    found.add(new EntityCandidate(EntityType.PERSON, start, start + length, AFTER_TITLE, 0.85));
                    break;
                }
            }
        }
        return found;
    }

    /** 来自高雄的: 来自 right before the place that ends at {@code end}. */
    private static boolean comingFromAPlace(SentenceView view, int end) {
        return view.hits().stream().anyMatch(hit -> hit.end() == end && hit.hasType(EntityType.PLACE) && hit.start() >= COMING_FROM.length()
                && view.text().startsWith(COMING_FROM, hit.start() - COMING_FROM.length()));
    }

    /**
     * “陆港”体系, “港通”模式, “关地”协同: a word quoted alone and followed by a noun it qualifies, or by a verb of manner or a
     * verbal noun (协同/vd; not a verb a pseudonym does: “李明”回忆), is a coined term, no person's name.
     */
    private static boolean aQuotedTerm(SentenceView view, int start, int end) {
        int after = view.tokenAt(end + 1);
        Token next = after < 0 ? null : view.tokens().get(after);
        if (!quoted(view, start, end)) {
            return false;
        }
        // 从“陆锁国”变成了“陆联国”: what a thing turns into, or from, is a term too.
        String before = view.slice(Math.max(view.sentence().start(), start - 4), start - 1).replaceFirst("了$", "");
        String turning = view.slice(end + 1, Math.min(view.sentence().end(), end + 3));
        return next != null && next.start() == end + 1
                && (next.posStartsWith("n") && !next.posStartsWith("nr") || (next.pos().equals("vd") || next.pos().equals("vn")) && next.word().length() > 1 && !FOLLOWERS.contains(next.word()))
                || BECOMING.stream().anyMatch(before::endsWith) || before.endsWith(FROM) && BECOMING.stream().anyMatch(turning::startsWith);
    }

    private static final List<String> BECOMING = List.of("变成", "成为", "变为", "打造成");
    private static final String FROM = "从";

    /**
     * 宓振华　党工委书记、管委会主任, 殳晨　管委会主任助理: a line of a roster opens with a name, a space and the offices held;
     * a name there of two to four characters (five after a two-character surname) that a surname opens, rare ones too, is one
     * whatever HanLP makes of it (宓/nr 振华/nz, 笪/nr 晓/vg 军/n).
     */
    private List<EntityCandidate> namesOpeningARosterLine(SentenceView view) {
        int start = SentenceView.lineTextStart(view.text(), view.sentence().start(), view.sentence().start());
        if (start != view.sentence().start()) {
            return List.of();
        }
        // ４　　陈思佳　女　　财务会计: a table's row may open with its number.
        java.util.regex.Matcher number = ROW_NUMBER.matcher(view.text()).region(start, view.sentence().end());
        return nameOpeningARosterLine(view, number.lookingAt() ? number.end() : start).map(List::of).orElse(List.of());
    }

    /**
     * The name opening a roster's line at {@code start}, where spaces and an office follow it (after a body's name of up to
     * {@link #MAX_BODY_BEFORE_A_TITLE} characters, or a longer one where the office ends the line), or the sex column of a
     * table's row (陈思佳　女　　…).
     */
    private java.util.Optional<EntityCandidate> nameOpeningARosterLine(SentenceView view, int start) {
        int nameEnd = start;
        while (nameEnd < view.sentence().end() && SentenceView.isHan(view.slice(nameEnd, nameEnd + 1))) {
            nameEnd++;
        }
        int end = nameEnd;
        String name = view.slice(start, end);
        boolean compound = PersonNameFilter.compoundSurname(name);
        int spaces = end;
        while (spaces < view.sentence().end() && Character.isSpaceChar(view.charAt(spaces))) {
            spaces++;
        }
        int officesFrom = spaces;
        // 陈思佳　女　　财务会计: a table's column of the sex says a name stands before it.
        boolean sexAfter = spaces > end && spaces + 1 < view.sentence().end() && "男女".indexOf(view.charAt(spaces)) >= 0 && Character.isSpaceChar(view.charAt(spaces + 1))
                && PersonNameFilter.notACommonWord(name);
        // 蒋雯雯　高新区经济发展局外经外贸科科长: a longer name of a body or firm before an office that ends the line.
        boolean officesAfter = sexAfter || spaces > end && view.hits().stream().anyMatch(hit -> hit.cue(Cue.CueFamily.TITLE) != null && hit.start() >= officesFrom
                && (hit.start() - officesFrom <= MAX_BODY_BEFORE_A_TITLE || hit.start() - officesFrom <= MAX_BODY_BEFORE_A_LAST_TITLE && SentenceView.onlyANoteToTheLineEnd(view.text(), hit.end()))
                && SentenceView.isHan(view.slice(officesFrom, hit.start()).replaceAll("[（）()]", "")));
        if (officesAfter && name.length() >= 2 && name.length() <= (compound ? 5 : 4) && (compound || PersonNameFilter.anySurname(name.charAt(0)))
                && view.hits().stream().noneMatch(hit -> hit.start() == start && hit.end() == end)) {
            return java.util.Optional.of(new EntityCandidate(EntityType.PERSON, start, end, AFTER_TITLE, 0.85));
        }
        return java.util.Optional.empty();
    }

    /** ３, 12., （4）: a table row's number and the spaces after it. */
    private static final java.util.regex.Pattern ROW_NUMBER = java.util.regex.Pattern.compile("(?:[0-9０-９]{1,3}[.．、]?|[（(][0-9]{1,3}[）)])[ \u3000]+");

    /** How long a body's name may be between a roster's name and the first office (管委会 of 管委会主任助理). */
    private static final int MAX_BODY_BEFORE_A_TITLE = 8;
    /** How long a body's or firm's name may be before an office that ends the line (高新区经济发展局外经外贸科科长). */
    private static final int MAX_BODY_BEFORE_A_LAST_TITLE = 30;

    /** HanLP reads exactly [start, end) as one transliterated name (维拉克/nrf). */
    private static boolean transliteratedWordAt(SentenceView view, int start, int end) {
        int index = view.tokenAt(start);
        return index >= 0 && view.tokens().get(index).start() == start && view.tokens().get(index).end() == end && view.tokens().get(index).pos().equals("nrf");
    }

    /** A word of two characters or more that HanLP reads as a common word (a noun, verb, time or adverb) starts at {@code offset}. */
    private static boolean commonWordStartsAt(SentenceView view, int offset) {
        int index = view.tokenAt(offset);
        if (index < 0 || view.tokens().get(index).start() != offset || view.tokens().get(index).word().length() < 2) {
            return false;
        }
        String pos = view.tokens().get(index).pos();
        // Not a brand's or body's name HanLP knows (巴合提/别克/nt): a transliteration may run through one.
        return !namePiece(view.tokens().get(index)) && !pos.startsWith("nr") && !pos.startsWith("nt")
                && (pos.startsWith("n") || pos.startsWith("v") || pos.startsWith("t") || pos.startsWith("d"));
    }

    /**
     * 心脏中心克/q 劳斯·韦伯: a measure word's character with no number or pronoun before it (not 这名约翰·史密斯, 该位) is a
     * transliteration's (克 of 克劳斯), where a name HanLP read follows it.
     */
    private static boolean measureWordWithoutANumber(SentenceView view, int index) {
        Token token = view.tokens().get(index);
        Token before = index > 0 ? view.tokens().get(index - 1) : null;
        return token.word().length() == 1 && token.pos().equals("q") && SentenceView.isHan(token.word())
                && (before == null || !before.pos().startsWith("m") && !before.pos().startsWith("r"))
                && index + 1 < view.tokens().size() && view.tokens().get(index + 1).posStartsWith("nr");
    }

    /**
     * The dotted name whose dot stands at {@code dot} is set off by a space from what follows on its line (阿不都拉　开发区…): a space,
     * not the line's end, right after a part of at most {@link #MAX_DOTTED_PART} characters after the last dot.
     */
    private static boolean setOffBySpace(String text, int dot) {
        int end = dot;
        int part = 0;
        while (end < text.length() && part <= MAX_DOTTED_PART && (NAME_DOTS.indexOf(text.charAt(end)) >= 0 || SentenceView.isHan(text.charAt(end)))) {
            part = NAME_DOTS.indexOf(text.charAt(end)) >= 0 ? 0 : part + 1;
            end++;
        }
        return end < text.length() && part <= MAX_DOTTED_PART && text.charAt(end) != '\n' && Character.isSpaceChar(text.charAt(end));
    }

    /** Every word in [start, end) is one Han character, or two HanLP reads as a name's (阿/b 不/d 都热/nr 合/v 曼·). */
    private static boolean singleHanCharacters(SentenceView view, int start, int end) {
        for (int i = view.tokenAt(start); i >= 0 && i < view.tokens().size() && view.tokens().get(i).start() < end; i++) {
            Token token = view.tokens().get(i);
            boolean namesPiece = token.word().length() == 2 && token.posStartsWith("nr");
            if (token.start() < start || token.word().length() != 1 && !namesPiece || !SentenceView.isHan(token.word())) {
                return false;
            }
        }
        return view.tokenStartsAt(start);
    }

    /** A word HanLP reads as (part of) a name, or a single character it could not place: 尔逊, 塔玛; not 执导, 的. */
    private static boolean namePiece(Token token) {
        String pos = token.pos();
        return SentenceView.isHan(token.word()) && (pos.startsWith("nr") || pos.equals("nz") || pos.equals("nx") || pos.equals("ng")
                // 库兹涅/vg 佐/vg 娃: a bound verb morpheme alone is a transliteration's character, no verb.
                || token.word().length() == 1 && !Pos.isBoundary(token) && (!pos.startsWith("v") || pos.equals("vg")) && !pos.startsWith("q") && !pos.startsWith("m")
                && !pos.equals("f"));
    }

    /** Estates and projects are named like Developer·Project (世茂·宫园, 龙湖·蔚澜香醍): a name ending in one of these is no person. */
    private static final String PROPERTY_ENDINGS = "苑园宫府城湾郡墅庭院居阁轩台楼坊邸汇岸湖醍";

    /**
     * A part is a listed place, zone or company (中国·天津, 世茂·宫园); not a country's name among parts that are no words (库阿西·阿曼),
     * nor a firm's beside a transliterated name.
     */
    private static boolean listedNamePart(SentenceView view, int start, int end) {
        String[] parts = view.slice(start, end).split("[" + NAME_DOTS + "]");
        return view.hits().stream().anyMatch(hit -> hit.start() >= start && hit.end() <= end && hit.hasType(EntityType.PLACE, EntityType.ZONE, EntityType.COMPANY)
                && (hit.start() == start || NAME_DOTS.indexOf(view.charAt(hit.start() - 1)) >= 0)
                && (hit.end() == end || NAME_DOTS.indexOf(view.charAt(hit.end())) >= 0)
                && !(view.namesACountry(hit.start(), hit.end()) && placeWordBesideNonWords(parts, partIndex(view, start, hit.start())))
                && !firmsNameBesideATransliteratedPart(view, start, end, hit.start(), hit.end()));
    }

    /**
     * 穆罕默德/nrf ·阿里: a firm's listed name (阿里, no place's or zone's) as a part of a dotted name beside a part HanLP reads as
     * a transliterated name is a person's part.
     */
    private static boolean firmsNameBesideATransliteratedPart(SentenceView view, int start, int end, int partStart, int partEnd) {
        return view.hits().stream().anyMatch(hit -> hit.start() == partStart && hit.end() == partEnd && hit.hasType(EntityType.COMPANY)
                && !hit.hasType(EntityType.PLACE, EntityType.ZONE))
                && view.tokensWithin(start, end).stream().anyMatch(token -> token.pos().equals("nrf") && (token.end() <= partStart || token.start() >= partEnd));
    }

    private static int partIndex(SentenceView view, int nameStart, int partStart) {
        return (int) view.slice(nameStart, partStart).chars().filter(c -> NAME_DOTS.indexOf(c) >= 0).count();
    }

    /**
     * 隆基董事长钟宝申, 沐曦首席执行官陈维良: a "name" right before a firm's title that a person's name follows is the firm
     * (two persons do not stand on either side of one title).
     */
    static boolean firmBeforeItsOfficer(SentenceView view, int end) {
        for (Lexicon.Hit title : view.hits()) {
            Cue cue = title.cue(Cue.CueFamily.TITLE);
            if (cue != null && title.start() == end && PositionExtractor.corporate(cue.word()) && !insideALongerTitle(view, title)) {
                int next = view.tokenAt(title.end());
                return next >= 0 && view.tokens().get(next).start() == title.end() && view.tokens().get(next).posStartsWith("nr");
            }
        }
        return false;
    }

    private static boolean insideALongerTitle(SentenceView view, Lexicon.Hit title) {
        return view.hits().stream().anyMatch(hit -> hit != title && hit.cue(Cue.CueFamily.TITLE) != null && hit.start() <= title.start()
                && hit.end() > title.end());
    }

    static boolean titleStartsAt(SentenceView view, int offset) {
        for (Lexicon.Hit hit : view.hits()) {
            if (hit.start() == offset && hit.cue(Cue.CueFamily.TITLE) != null && view.tokenStartsAt(offset)) {
                return true;
            }
        }
        return false;
    }

    /**
     * 宗晓/岚、涂建平、阚敏: the list item ending at the 、 at {@code mark} is as short as a name and opens with a shorter word
     * HanLP reads as one, a name it cut into pieces (a whole one is {@link #neighbourIsName}'s); with a name HanLP reads
     * in the item after, the item between is a name too (not in 庞巴/迪、金佰利等企业).
     */
    private static boolean itemBeforeOpensWithAName(SentenceView view, int mark) {
        int itemStart = mark;
        while (itemStart > view.sentence().start() && mark - itemStart < 4 && SentenceView.isHan(view.charAt(itemStart - 1))) {
            itemStart--;
        }
        boolean delimited = itemStart == view.sentence().start() || !SentenceView.isHan(view.charAt(itemStart - 1));
        int index = view.tokenAt(itemStart);
        // 郄/nz 建国/vi: a surname HanLP reads alone opens a name as well as a word it reads as a name's start.
        Token opening = index >= 0 ? view.tokens().get(index) : null;
        boolean nameOpening = opening != null && (opening.pos().equals("nr")
                || opening.word().length() == 1 && PersonNameFilter.anySurname(opening.word().charAt(0)));
        return delimited && mark - itemStart >= 2 && nameOpening && opening.start() == itemStart && opening.end() < mark;
    }

    /**
     * 副市长朴英姬、宋立强等: the item before the mark is a name right after its title, opening with a word HanLP reads as a
     * name (朴英/nr 姬), so the names after it share the title; or, after a listed title, one a surname opens (常务主席单/b
     * 国庆/n、祁慧芳).
     */
    private static boolean titledNameBefore(SentenceView view, int mark) {
        for (int name = Math.max(view.sentence().start(), mark - 4); name <= mark - 2; name++) {
            int index = view.tokenAt(name);
            boolean surnameAfterATitle = mark - name <= 3 && PersonNameFilter.anySurname(view.charAt(name)) && titleEndsAt(view, name);
            // 消防员达瓦次仁、: HanLP cuts a Tibetan name into characters the tagger reads as one name, after a title it reads.
            if (index >= 0 && view.tokens().get(index).start() == name && SentenceView.isHan(view.slice(name, mark))
                    && (view.tokens().get(index).pos().equals("nr") || learnedAs(view, name, mark, NAME_LABELS) || surnameAfterATitle) && listedOrLearnedTitleEndsAt(view, name)) {
                return true;
            }
        }
        return false;
    }

    /** A listed title, or one the tagger reads, ends at {@code offset}. */
    static boolean listedOrLearnedTitleEndsAt(SentenceView view, int offset) {
        return titleEndsAt(view, offset) || view.learnedSpans() != null && view.learnedSpans().stream().anyMatch(span -> span.label().equals("position") && view.sentence().start() + span.end() == offset);
    }

    /** 、 at {@code end}, then a name HanLP read: the next item of a list of names. */
    private static boolean aNameListedAfter(SentenceView view, int end) {
        int mark = end < view.sentence().end() && view.charAt(end) == '、' ? view.tokenAt(end) : -1;
        return mark >= 0 && neighbourIsName(view, mark + 1);
    }

    /**
     * 质/安站/nr 站长, 监/管所 所长: a word ending with the unit whose head's title follows it (X站 + 站长) names the unit; only
     * units whose character no given name ends with (not 王建军军长, 赵立行行长).
     */
    private static boolean aUnitBeforeItsHead(SentenceView view, int end) {
        char unit = view.charAt(end - 1);
        return UNITS_NO_NAME_ENDS.indexOf(unit) >= 0 && end < view.sentence().end() && view.text().startsWith(unit + HEAD, end);
    }

    private static final String UNITS_NO_NAME_ENDS = "站所处室局队厂";

    /**
     * 科教/b 卫体/nr 委员会: a name HanLP reads between a modifier and the word 委员会 is part of the committee's (not
     * 政协委员王明委员/会上发言, the member at the meeting).
     */
    private static boolean insideACommitteesName(SentenceView view, int start, int end) {
        int before = view.tokenAt(start - 1);
        Token modifier = before < 0 || start <= view.sentence().start() ? null : view.tokens().get(before);
        int after = view.tokenStartsAt(end) ? view.tokenAt(end) : -1;
        return after >= 0 && view.tokens().get(after).word().equals(GovernmentBodySource.COMMITTEE)
                && modifier != null && modifier.end() == start && SentenceView.isHan(modifier.word())
                && (modifier.posStartsWith("b") || modifier.posStartsWith("n") && !modifier.posStartsWith("nr") || modifier.posStartsWith("j"));
    }


    private static final String HEAD = "长";

    /**
     * 肖美玲（吉安市晶辉光电有限公司）、胡晓军, 麻建英（苗族）、覃耀宗: the item before the mark is a name HanLP reads so (or
     * opens so: 肖美/nr 玲/nz), with a note in brackets after it (the person's firm or people).
     */
    private static boolean namedWithANoteBefore(SentenceView view, int mark) {
        if (mark - 1 <= view.sentence().start() || "）)".indexOf(view.charAt(mark - 1)) < 0) {
            return false;
        }
        int open = Brackets.openingOf(view.text(), mark - 1);
        return open > view.sentence().start() && mark - open <= PositionExtractor.MAX_NOTE_ON_A_NAME && view.tokenStartsAt(open)
                && (neighbourIsName(view, view.tokenAt(open) - 1) || itemBeforeOpensWithAName(view, open));
    }

    private static boolean neighbourIsName(SentenceView view, int index) {
        // 訾宁、阿依努尔·买买提: a transliterated name with a dot between its parts is a person's, not a brand's.
        return index >= 0 && index < view.tokens().size() && (view.tokens().get(index).pos().equals("nr")
                || view.tokens().get(index).pos().startsWith("nr") && view.tokens().get(index).word().contains("·"));
    }

    /**
     * Whether [start, end) after a title is what the title's holder, named right before the title, does: a verb,
     * adjective or adverb HanLP reads there (with a particle at most), or a preposition before a word.
     */
    private static boolean readAsWhatTheHolderDoes(SentenceView view, int start, int end) {
        if (!aNameBeforeTheTitle(view, start)) {
            return false;
        }
        int index = view.tokenAt(start);
        Token word = index < 0 ? null : view.tokens().get(index);
        if (word == null || word.start() != start || word.end() > end || word.pos().startsWith("nr")) {
            return false;
        }
        // 高兴/地: the word may take a particle along, never more (张大/伟 is a name).
        boolean wholeWord = word.end() == end || view.tokensWithin(word.end(), end).stream().allMatch(rest -> rest.pos().startsWith("u"));
        boolean describing = wholeWord && word.end() - start >= 2 && (Pos.isVerb(word) || word.pos().startsWith("a") || word.pos().startsWith("d"));
        // 向/来宾: a one-character preposition before a whole word.
        boolean preposition = word.end() - start == 1 && word.pos().equals("p") && view.tokenEndsAt(end) && view.tokensWithin(start, end).size() == 2;
        return describing || preposition;
    }

    /**
     * 主要负责人　满意　基本满意: a table's header cell after a title's, set apart by spaces, that HanLP reads as a whole verb or
     * adjective, before another such cell, is a column's label, no name (主任　杨柳, a noun, and （记者　高明） may be one).
     */
    private static boolean aSpacedCellOfAVerb(SentenceView view, int start, int end) {
        if (start == 0 || !Character.isSpaceChar(view.charAt(start - 1))) {
            return false;
        }
        // The next cell, past the spaces, reads as a verb or adjective too (满意　基本满意): a row of labels, not 主任　周全.
        int next = end;
        while (next < view.sentence().end() && Character.isSpaceChar(view.charAt(next))) {
            next++;
        }
        return next > end && aVerbOrAdjectiveAt(view, start, end) && aVerbOrAdjectiveAt(view, next, -1);
    }

    /** A word HanLP reads as a verb or adjective, not a name, starting at {@code start} (and ending at {@code end}, unless -1). */
    private static boolean aVerbOrAdjectiveAt(SentenceView view, int start, int end) {
        int index = view.tokenAt(start);
        Token word = index < 0 ? null : view.tokens().get(index);
        return word != null && word.start() == start && (end < 0 || word.end() == end) && !word.pos().startsWith("nr")
                && (Pos.isVerb(word) || word.pos().startsWith("a"));
    }

    /** 林毅书记, 陈书记: the title ending at {@code titleEnd} follows a name (HanLP's nr), as an address does. */
    private static boolean aNameBeforeTheTitle(SentenceView view, int titleEnd) {
        return view.hits().stream().filter(hit -> hit.end() == titleEnd && hit.cue(Cue.CueFamily.TITLE) != null).anyMatch(hit -> {
            int before = view.tokenAt(hit.start() - 1);
            return hit.start() > view.sentence().start() && before >= 0 && view.tokens().get(before).pos().startsWith("nr");
        });
    }

    /**
     * 2 or 3 (3 or 4 after a two-character surname: 上官云飞) when a surname starts a name that ends at punctuation or before
     * a typical following word; else 0.
     */
    private int nameLengthAt(SentenceView view, int start) {
        boolean compound = start + 3 <= view.sentence().end() && PersonNameFilter.compoundSurnameAfterATitle(view.slice(start, start + 3));
        // 社长佐藤恒治: a Japanese surname makes a name of four.
        boolean japanese = start + 4 <= view.sentence().end() && PersonNameFilter.japaneseOrVietnameseName(view.slice(start, start + 4));
        // 总裁高桥/和/也 同时担任, 所长中村雅人，: four characters a Japanese surname opens are the name where a word starts after
        // them; before a mark, whatever the given name reads as (雅人 is a word too).
        boolean markAfterFour = start + 4 == view.sentence().end() || start + 4 < view.sentence().end() && SentenceView.isPunctuation(view.charAt(start + 4));
        // Not 副县长和田主任: a title after the surname makes it a Chinese surname's (田) after a conjunction.
        boolean titleInside = start + 4 <= view.sentence().end() && (titleStartsAt(view, start + 2) || titleStartsAt(view, start + 1));
        if (!titleInside && (japanese && (markAfterFour || view.tokenStartsAt(start + 4))
                || start + 4 <= view.sentence().end() && PersonNameFilter.japaneseSurnameOpening(view.slice(start, start + 4)) && markAfterFour)) {
            return 4;
        }
        // 书记次仁多吉主持, 副主席旺堆出席: a Tibetan name of two or four; 副盟长额尔敦巴雅尔: a Mongolian one of up to eight.
        for (int length : new int[] {8, 7, 6, 5, 4, 3, 2}) {
            int end = start + length;
            // 党组成员索朗卓嘎将…: a name of the stock is sure enough for a one-character word after it (将, 在, 向) to follow it.
            // 主任索朗多吉通报了: two names of the stock are surer still, for any verb HanLP reads after them.
            if (end <= view.sentence().end() && PersonNameFilter.nameWithoutASurname(view.slice(start, end))
                    && (end == view.sentence().end() || SentenceView.isPunctuation(view.charAt(end)) || followerAt(view, end) || dateAt(view, end)
                    || GLUED_FOLLOWERS.indexOf(view.charAt(end)) >= 0 || adverbStartsAt(view, end)
                    || length == 4 && PersonNameFilter.nameWithoutASurname(view.slice(start, start + 2)) && verbStartsAt(view, end))) {
                return length;
            }
        }
        if (!PersonNameFilter.anySurname(view.charAt(start)) && !compound && !japanese) {
            return 0;
        }
        for (int length = japanese ? 4 : compound ? 3 : 2; length <= (compound || japanese ? 4 : 3); length++) {
            int end = start + length;
            if (end > view.sentence().end()) {
                return 0;
            }
            String name = view.slice(start, end);
            // 首席执行官时表示: a character and a word that follows names (时 + 表示) is what is said after the title, no name;
            // 向记者解释：: nor is such a word itself.
            if (FOLLOWERS.contains(name.substring(1)) || FOLLOWERS.contains(name)) {
                return 0;
            }
            // Between a title and a word that follows names, a listed word is a name too (市委书记吴江表示).
            if (!SentenceView.isHan(name) || !(filter.plausibleAfterATitle(name) || filter.shapedLikeAName(name) && followerAt(view, end)
                    && !CoreWords.onlyAModifier(name) || givenNameEndingInHe(view, start, end))) {
                continue;
            }
            // 林毅书记强调，王强主任严格要求, 刘洋董事长高兴地说, 陈书记向来宾介绍: after a name and its title, a verb, adjective
            // or adverb HanLP reads in its place (or a preposition before a word) is what the holder does, no name (市长张扬表示
            // keeps its name: no name before the title; 张大 of 张大伟 is a verb too: the longer name may still be one).
            if (readAsWhatTheHolderDoes(view, start, end) || aBodysWord(view, start, end) || aSpacedCellOfAVerb(view, start, end)) {
                continue;
            }
            // 党工委书记欧阳卫国代表双方签约: after a two-character surname's name, a title word (代表) or a verb is a boundary too.
            // Not a one-character "verb" before a mark: 司马晓/晴/vi，is 司马晓晴.
            // Nor one before a verb: 司徒嘉/铭/vg 牵头 is 司徒嘉铭.
            boolean lastCharacterAsAVerb = end + 1 < view.sentence().end() && view.tokenEndsAt(end + 1)
                    && (SentenceView.isPunctuation(view.charAt(end + 1)) || verbStartsAt(view, end + 1) || followerAt(view, end + 1));
            boolean compoundEnds = compound && (titleStartsAt(view, end) || verbStartsAt(view, end) && !lastCharacterAsAVerb);
            // 院长隗振宇教授表示: a title of address after the name ends it as a follower does (not 设计总监和首席制作人: a
            // conjunction and a title's first word between two titles).
            boolean titleOfAddress = !compound && length == 3 && titleStartsAt(view, end) && "和与及".indexOf(view.charAt(start)) < 0;
            // 记者 玄美兰 孔德辉: in a byline a space ends a name as a mark does.
            boolean spaceInAByline = Character.isSpaceChar(view.charAt(end)) && insideAByline(view, end);
            // 陈美玲则走了…: 则 as a word of its own contrasts what the person does with what came before (not the 则 of 则是: 平岛则是).
            boolean contrast = view.text().startsWith(CONTRAST, end) && view.tokenStartsAt(end) && view.tokenEndsAt(end + CONTRAST.length());
            // 主任曾庆荣将为…颁发 (曾/d 庆/vg 荣/ag 将/d): after a title, the 将 of what the holder will do ends a name of three.
            // Not 总理李强今将出席: a time word or adverb before 将 ends the name earlier.
            boolean willAfter = length == 3 && view.charAt(end) == WILL && adverbStartsAt(view, end) && NOT_LAST_BEFORE_WILL.indexOf(view.charAt(end - 1)) < 0;
            if (end == view.sentence().end() || SentenceView.isPunctuation(view.charAt(end)) || followerAt(view, end) || dateAt(view, end) || compoundEnds
                    || titleOfAddress || spaceInAByline || contrast || willAfter) {
                // 书记郭元强调研: HanLP reads 强调/研, but the name is 郭元强 and 调研 follows it.
                return length == 2 && followerCutOffBySegmentation(view, end + 1) && filter.plausible(view.slice(start, end + 1)) ? 3 : length;
            }
            if (followerCutOffBySegmentation(view, end)) {
                return length;
            }
        }
        return 0;
    }

    /** 总指挥：管委会主任　关庆林: a word HanLP reads as a body's (管委会/nis, 居委会) names the office's body, no person. */
    private static boolean aBodysWord(SentenceView view, int start, int end) {
        int index = view.tokenAt(start);
        if (index < 0) {
            return false;
        }
        Token word = view.tokens().get(index);
        return word.start() == start && word.end() == end && word.posStartsWith("ni");
    }

    /**
     * A following word whose first character HanLP glued to the name's last one (王强调研 read 王/强调/研): the word
     * before {@code offset} starts one character earlier and ends inside the follower, which ends where a word does.
     */
    private static boolean followerCutOffBySegmentation(SentenceView view, int offset) {
        int index = view.tokenAt(offset - 1);
        if (index < 0 || view.tokens().get(index).start() != offset - 1 || view.tokens().get(index).end() <= offset) {
            return false;
        }
        // 副总经理王强将接任总经理: HanLP reads 王/强将/接任; a one-character follower glued to the name's last character,
        // a word starting right after it.
        // 教授龚振宇任评审委员会主任 (龚/振/宇任/nr): 任 glued so only where HanLP reads the pair as a name's (not 督办责/任).
        boolean gluedFollower = GLUED_FOLLOWERS.indexOf(view.charAt(offset)) >= 0
                || view.charAt(offset) == HOLDS && view.tokens().get(index).posStartsWith("nr");
        if (view.tokens().get(index).end() == offset + 1 && gluedFollower && view.tokenStartsAt(offset + 1)) {
            return true;
        }
        for (String word : FOLLOWERS) {
            int end = offset + word.length();
            if (word.length() > 1 && view.text().startsWith(word, offset) && end > view.tokens().get(index).end()
                    && view.tokenAt(end - 1) >= 0 && view.tokens().get(view.tokenAt(end - 1)).end() == end) {
                return true;
            }
        }
        return false;
    }

    /** Followers of one character HanLP glues to a name's last (强将, 明在): the ones that cannot end a name themselves. */
    private static final String GLUED_FOLLOWERS = "将在对赴率向";
    private static final char WILL = '将';
    private static final String NOT_LAST_BEFORE_WILL = "今明昨也已正又再还都就";

    /**
     * 省长隋景和代表省政府, 记者 晏清和: a name of three whose given name ends in 和, where HanLP reads the three characters
     * as one name and a mark or a word that follows names comes next (not 王明和李强, a conjunction between two names).
     */
    private static boolean givenNameEndingInHe(SentenceView view, int start, int end) {
        return end - start == 3 && view.charAt(end - 1) == '和' && view.readAsOneName(start, end)
                && PersonNameFilter.anySurname(view.charAt(start))
                && (end == view.sentence().end() || SentenceView.isPunctuation(view.charAt(end)) || Character.isWhitespace(view.charAt(end))
                        || followerAt(view, end));
    }

    /** A word that typically follows a name (表示, 陪同, 此前). */
    static boolean followerAt(SentenceView view, int offset) {
        for (String word : FOLLOWERS) {
            if (view.text().startsWith(word, offset) && view.tokenStartsAt(offset) && !insideANoun(view, offset, word)) {
                return true;
            }
        }
        return false;
    }

    /** 乌钢代表队, 代表团: the follower's word opens a longer noun HanLP reads there (a team, not 代表 doing anything). */
    private static boolean insideANoun(SentenceView view, int offset, String word) {
        Token token = view.tokens().get(view.tokenAt(offset));
        return token.end() > offset + word.length() && token.posStartsWith("n");
    }

    /** 行政长官李家超4月10日率团: after a title, a date may follow the name. */
    private static boolean dateAt(SentenceView view, int offset) {
        char next = view.charAt(offset);
        return next >= '0' && next <= '9' || next >= '０' && next <= '９';
    }

    private static boolean overlapsTitle(SentenceView view, int start, int end) {
        for (Lexicon.Hit hit : view.hits()) {
            if (hit.cue(Cue.CueFamily.TITLE) != null && hit.start() < end && start < hit.end()) {
                return true;
            }
        }
        return false;
    }

    /**
     * 更多“院士智慧”转化为现实生产力: a title and a common word in quotation marks together are a coined term, no title and
     * name; a name HanLP knows as one (“院士王明”) stays a name.
     */
    private static boolean aQuotedTitleAndWord(SentenceView view, int titleStart, int nameEnd) {
        return quoted(view, titleStart, nameEnd) && view.tokensWithin(titleStart, nameEnd).stream().noneMatch(token -> token.posStartsWith("nr"));
    }

    /** [start, end) stands in quotation marks of any kind. */
    private static boolean quoted(SentenceView view, int start, int end) {
        return start > 0 && end < view.text().length() && OPENING_QUOTES.indexOf(view.charAt(start - 1)) >= 0 && CLOSING_QUOTES.indexOf(view.charAt(end)) >= 0;
    }

    static final String OPENING_QUOTES = "“\"'‘「";
    static final String CLOSING_QUOTES = "”\"'’」";
}
