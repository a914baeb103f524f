package io.zonelens.ingest.extraction.entity;

import java.util.List;

/**
 * What no name starts with, cut off a resolved candidate whichever source found it: a social-media sign (@广州港集团), the
 * end of a bracketed caption before it (（同期声）海南澳泰油脂科技有限公司), a party's role in a lawsuit or a side of a contract
 * (原告重庆瑞驰供应链管理有限公司, 货主上海裕丰国际贸易有限公司), a firm's kind before a firm's name (国企黄埔城投集团), a list
 * item's number (（二）商丘海关), a verb of setting a firm up before the place opening its name (新设江苏…有限公司), an
 * address before a firm's name (开封市…宋都御街北段河南国梁律师事务所), the zone a firm is in (综保区内广州…有限公司); a firm's
 * party branch after its name (…有限公司党支部), the subject studied after a university's (南京审计大学会计学专业);
 * and what is no name at all: a piece of a longer code in Latin letters and digits (91510100MA6DJ8LY5K), the 中国 of
 * 中国特色社会主义, a kind of zone counted (临港产业园3个), a person's name run on into a model's letters and number
 * (a product's: 云帆Fold 3).
 */
final class CandidateEdges {

    private CandidateEdges() {
    }

    /** 同志任, 同志兼任; 免去其, 撤销其: the words of an appointment or removal before the body or place it names. */
    private static final java.util.regex.Pattern APPOINTING = java.util.regex.Pattern.compile("(?<=同志\\s?)(?:兼任|担任|挂任|任)|(?<=免去|撤销|免除)其");

    /**
     * 向平同志任湘/nr 西高新区经济发展局局长, 免去其宋旗镇人民政府镇长职务: how long the appointment's verb or the removal's
     * pronoun HanLP read into the name opening it is (0 where none does, or nothing of two characters would be left).
     */
    private static int appointingWords(SentenceView view, int start, String name) {
        if ("任兼担挂其".indexOf(name.charAt(0)) < 0) {
            return 0; // asked of every candidate: most open with none of the words
        }
        java.util.regex.Matcher words = APPOINTING.matcher(view.text()).region(start, Math.min(view.text().length(), start + 2))
                .useTransparentBounds(true).useAnchoringBounds(false);
        return words.lookingAt() && name.length() - words.end() + start >= 2 ? words.end() - start : 0;
    }

    /**
     * The candidate with such a start (or a firm's business region or party branch at its end) cut off, the candidate itself,
     * or null when it is no name.
     */
    static EntityCandidate trimmed(EntityCandidate candidate, SentenceView view) {
        if (pieceOfACode(view, candidate) || candidate.type() == EntityType.PLACE && view.text().startsWith("特色社会主义", candidate.end())
                || candidate.type() == EntityType.PERSON && Character.isUpperCase(view.charAt(candidate.end()))
                        && MODEL_NUMBER.matcher(view.text()).region(candidate.end(), view.text().length()).lookingAt()
                || candidate.type() == EntityType.ZONE && (Character.isDigit(view.charAt(candidate.end())) || SentenceView.isNumeral(view.charAt(candidate.end())))
                        && COUNT_OF_A_KIND.matcher(view.text()).region(candidate.end(), view.sentence().end()).lookingAt()
                        && view.hits().stream().noneMatch(hit -> hit.start() == candidate.start() && hit.end() == candidate.end() && hit.hasType(EntityType.ZONE))) {
            return null;
        }
        String name = view.slice(candidate.start(), candidate.end());
        int cut = 0;
        while (cut < name.length() && "@#＠".indexOf(name.charAt(cut)) >= 0) {
            cut++;
        }
        // （二）商丘海关: a list item's number opens no name, whichever source read it in.
        cut = Math.max(cut, CompanyPatternSource.afterAnItemNumber(view, candidate.start(), candidate.end()) - candidate.start());
        // 截至2026年3月31日本局管辖: the 日 closing a date opens no name (日本); what is left after it is no name either where
        // it opens with 本 (本局, 本市: the writer's word for itself).
        if (closesADate(view, candidate.start())) {
            if (view.charAt(candidate.start() + 1) == '本') {
                return null;
            }
            cut = Math.max(cut, 1);
        }
        int closing = unopenedClosingBracket(name);
        cut = Math.max(cut, closing + 1);
        // 缅甸腊戌“金孔雀汽车贸易公司”: an institution quoted whole is named inside its quotes; where it is, before them, is no part.
        if (candidate.type().isInstitution()) {
            cut = Math.max(cut, quotedWholeFrom(name, view.charAt(candidate.end())));
        }
        if (candidate.type().isInstitution()) {
            cut = Math.max(cut, writersOwnUnit(view, candidate.start(), name));
        }
        if (candidate.type() != EntityType.PERSON && candidate.type() != EntityType.POSITION) {
            cut = Math.max(cut, appointingWords(view, candidate.start(), name));
        }
        if (candidate.type() != EntityType.PERSON && candidate.type() != EntityType.POSITION) {
            for (String role : candidate.type() == EntityType.COMPANY ? ROLES_AND_FIRM_KINDS : PARTY_ROLES) {
                int rest = candidate.start() + cut + role.length();
                // 本地龙头浙江义商…公司, but not 龙头股份: a firm's standing is cut only before a place opening its name.
                boolean standingBeforeAPlace = !role.equals(LEADING) || view.hits().stream().anyMatch(hit -> hit.start() == rest && hit.hasType(EntityType.PLACE));
                // Not 第三人民医院, 管理人员…: a role is followed by a name, never by the rest of a word.
                if (name.startsWith(role, cut) && name.length() - cut - role.length() >= 2 && "民员".indexOf(name.charAt(cut + role.length())) < 0 && standingBeforeAPlace) {
                    cut += role.length();
                    break;
                }
            }
        }
        // 部分自治区政协委员: a word of how many before a level says whose members, no part of the body's name.
        if (candidate.type() == EntityType.GOVERNMENT) {
            for (String share : SHARES) {
                int rest = candidate.start() + cut + share.length();
                if (name.startsWith(share, cut) && rest < candidate.end() && (PositionExtractor.LEVELS.indexOf(view.charAt(rest)) >= 0
                        || view.text().startsWith(EntityLinker.AUTONOMOUS_REGION, rest))) {
                    cut += share.length();
                    break;
                }
            }
        }
        // 新设江苏港瑞新材料研究院有限公司: a verb of setting a firm up before a place opening its name is what the firm before did.
        if (candidate.type() == EntityType.COMPANY) {
            for (String verb : CompanyPatternSource.ACTING) {
                int rest = candidate.start() + cut + verb.length();
                if (name.startsWith(verb, cut) && view.hits().stream().anyMatch(hit -> hit.start() == rest && hit.hasType(EntityType.PLACE))) {
                    cut += verb.length();
                    break;
                }
            }
        }
        // 综保区内广州翼航维修工程有限公司: the zone the firm is in, before the place its name opens with, is no part of it.
        java.util.regex.Matcher inside = candidate.type() == EntityType.COMPANY ? INSIDE_A_ZONE.matcher(name).region(cut, name.length()) : null;
        // Not 园区内蒙古…公司: 内 opening a place's name (内蒙古, 内江).
        if (inside != null && inside.lookingAt() && view.hits().stream().anyMatch(hit -> hit.start() == candidate.start() + inside.end() && hit.hasType(EntityType.PLACE))
                && view.hits().stream().noneMatch(hit -> hit.start() == candidate.start() + inside.end() - 1 && hit.hasType(EntityType.PLACE))) {
            cut = inside.end();
        }
        // 上海海关学院海关管理专业, 南京审计大学会计学专业, or a table's cell 南京审计大学会计学　　: the subject studied after a
        // university's or college's name is no part of it.
        java.util.regex.Matcher studied = candidate.type() == EntityType.ORGANIZATION ? SUBJECT_STUDIED.matcher(view.text()).region(candidate.start(), view.sentence().end()) : null;
        if (cut == 0 && studied != null && studied.lookingAt() && studied.end(1) > candidate.start() + 2 && studied.end(1) < candidate.end()
                && !UNITS_OF_A_UNIVERSITY.matcher(studied.group(2)).find()) {
            return new EntityCandidate(candidate.type(), candidate.start(), studied.end(1), candidate.source(), candidate.confidence());
        }
        // 梅塞雷特·格塔丘以2小时27分: a preposition a dotted name ran into, before a number, is the clause's.
        if (cut == 0 && candidate.type() == EntityType.PERSON && name.indexOf('·') > 0 && GLUED_PREPOSITIONS.indexOf(name.charAt(name.length() - 1)) >= 0
                && (Character.isDigit(view.charAt(candidate.end())) || SentenceView.isNumeral(view.charAt(candidate.end())))) {
            return new EntityCandidate(candidate.type(), candidate.start(), candidate.end() - 1, candidate.source(), candidate.confidence());
        }
        // 在日本国内: a country's formal name (日本国) read across 国内, 国外 or 国际 is the country's name before them.
        if (cut == 0 && candidate.type() == EntityType.PLACE && name.length() >= 3 && name.endsWith("国") && "内外际".indexOf(view.charAt(candidate.end())) >= 0) {
            return new EntityCandidate(candidate.type(), candidate.start(), candidate.end() - 1, candidate.source(), candidate.confidence());
        }
        // 诺斯塔亚太区总裁, 诺斯塔亚太总部: a firm's business region before 区 or 总部 is its office's or its seat's, no part of its name.
        int region = cut > 0 || candidate.type() != EntityType.COMPANY ? 0 : businessRegionEndingAt(view, candidate);
        if (region > 0) {
            return name.length() - region < 2 ? null : new EntityCandidate(candidate.type(), candidate.start(), candidate.end() - region, candidate.source(), candidate.confidence());
        }
        // 开封市龙亭区宋都御街北段河南国梁律师事务所开封分所: an address before a firm's name, up to the place its name opens with.
        int addressEnd = cut > 0 || !candidate.type().isInstitution() ? -1 : addressEndBeforeAPlace(view, candidate);
        if (addressEnd > 0) {
            return new EntityCandidate(candidate.type(), addressEnd, candidate.end(), candidate.source(), candidate.confidence());
        }
        // 重庆涪江精密机械有限公司党支部: a firm's party branch or committee is the firm's, named with it, no part of its name.
        int partyUnit = cut > 0 || candidate.type() != EntityType.COMPANY ? 0
                : PARTY_UNITS.stream().filter(unit -> name.endsWith(unit) && name.length() > unit.length() + 2
                        && (FIRM_ENDINGS.indexOf(name.charAt(name.length() - unit.length() - 1)) >= 0 || name.startsWith(GROUP_WORD, name.length() - unit.length() - 2)))
                        .mapToInt(String::length).findFirst().orElse(0);
        if (partyUnit > 0) {
            return new EntityCandidate(candidate.type(), candidate.start(), candidate.end() - partyUnit, candidate.source(), candidate.confidence());
        }
        if (cut == 0) {
            return candidate;
        }
        return candidate.length() - cut < 2 ? null
                : new EntityCandidate(candidate.type(), candidate.start() + cut, candidate.end(), candidate.source(), candidate.confidence());
    }

    /** 3月31日, ３月３１日, 三月三十一日本局: {@code at} is the 日 after a month's day. */
    private static boolean closesADate(SentenceView view, int at) {
        return view.charAt(at) == '日' && DAY_BEFORE.matcher(view.text()).region(Math.max(view.sentence().start(), at - 4), at).find();
    }

    private static final java.util.regex.Pattern DAY_BEFORE = java.util.regex.Pattern.compile("月[0-9０-９一二三四五六七八九十]{1,3}$");

    /**
     * The end of the last street of an address inside the candidate, which opens with its city or district, where a place opens
     * the rest (the firm's name); or -1. Streets are read from HanLP's words as the company pattern reads them (not 铁路 of
     * 中国铁路上海局集团有限公司).
     */
    private static int addressEndBeforeAPlace(SentenceView view, EntityCandidate candidate) {
        boolean opensWithAPlace = view.hits().stream().anyMatch(hit -> hit.start() == candidate.start() && hit.hasType(EntityType.PLACE));
        if (!opensWithAPlace) {
            return -1;
        }
        int end = -1;
        for (io.zonelens.ingest.extraction.token.Token word : view.tokensWithin(candidate.start(), candidate.end())) {
            // 宋都御/nr 街/n: a street word HanLP reads alone ends the street's name before it.
            if (!CompanyPatternSource.street(word) && !STREET_WORDS_ALONE.contains(word.word())) {
                continue;
            }
            java.util.regex.Matcher section = STREET_SECTION.matcher(view.text()).region(word.end(), candidate.end());
            int at = section.lookingAt() ? section.end() : word.end();
            if (candidate.end() - at >= MIN_NAME_AFTER_AN_ADDRESS && view.hits().stream().anyMatch(hit -> hit.start() == at && hit.hasType(EntityType.PLACE))) {
                end = at;
            }
        }
        return end;
    }

    private static final java.util.Set<String> STREET_WORDS_ALONE = java.util.Set.of("路", "街", "巷", "大道", "大街");
    /** 北段, 18号: a street's section or number after its name. */
    private static final java.util.regex.Pattern STREET_SECTION = java.util.regex.Pattern.compile("[东西南北中]段|[0-9０-９]+号");
    private static final int MIN_NAME_AFTER_AN_ADDRESS = 5;

    /** How long the business region is (亚太, 大中华, 中国) a firm's name ends with before 区 or 总部, or 0. */
    private static int businessRegionEndingAt(SentenceView view, EntityCandidate candidate) {
        if (view.charAt(candidate.end()) != '区' && !view.text().startsWith(HEADQUARTERS, candidate.end())) {
            return 0;
        }
        String name = view.slice(candidate.start(), candidate.end());
        int region = java.util.stream.Stream.concat(PlacePatternSource.BUSINESS_REGIONS.stream(), java.util.stream.Stream.of(CHINA))
                .filter(name::endsWith).mapToInt(String::length).max().orElse(0);
        // 中国海外总部: where the rest is a place, the region is the firm's own name's (or the whole is none), not cut.
        int rest = candidate.end() - region;
        return region > 0 && view.hits().stream().anyMatch(hit -> hit.start() == candidate.start() && hit.end() == rest && hit.hasType(EntityType.PLACE)) ? 0 : region;
    }

    /** A body's party organizations, longest first where one ends another: 联合党支部, 党总支, 党支部, 党委. */
    static final List<String> PARTY_UNITS = List.of("联合党支部", "党总支", "党支部", "党委");
    /** Last characters of a firm's legal form or kind (有限公司, 分行, 厂) before its party unit; or 集团. */
    private static final String FIRM_ENDINGS = "司行厂";
    private static final String GROUP_WORD = "集团";

    private static final String HEADQUARTERS = "总部";
    private static final String CHINA = "中国";

    /**
     * 由市委书记、市长任双组长: a name opening with the verb of holding (任, 兼) right between two titles is that verb and the word
     * before the second title, no person (PersonSource reads 任 right before a title, 市长任组长, the same way).
     */
    static boolean holdingVerbBetweenTitles(SentenceView view, EntityCandidate candidate) {
        return candidate.type() == EntityType.PERSON && HOLDING_VERBS.indexOf(view.charAt(candidate.start())) >= 0
                && PersonSource.titleEndsAt(view, candidate.start()) && PersonSource.titleStartsAt(view, candidate.end());
    }

    private static final String HOLDING_VERBS = "任兼";

    /**
     * 郜永胜带着招商局的同志, 把宜宾作为集团的基地, 经开区管委会要会同县自然资源和规划局, 发展和改革委员会关于政协提案: an institution's name never holds a verb or preposition
     * that links a clause's parts (a word of its own inside it, not its first).
     */
    static boolean runsOverAClause(SentenceView view, EntityCandidate candidate) {
        if (!candidate.type().isInstitution()) {
            return false;
        }
        // Every candidate of every source comes here: the tokens are walked in place, no list is built.
        List<io.zonelens.ingest.extraction.token.Token> tokens = view.tokens();
        for (int i = Math.max(0, view.tokenAt(candidate.start())) + 1; i < tokens.size() && tokens.get(i).end() <= candidate.end(); i++) {
            if (tokens.get(i).start() > candidate.start() && CLAUSE_VERBS.contains(tokens.get(i).word())) {
                return true;
            }
        }
        return false;
    }

    private static final java.util.Set<String> CLAUSE_VERBS = java.util.Set.of("带着", "带领", "陪同", "会同", "作为", "要", "前往", "关于", "对于",
            // 果园港片区签署长江航运…: an act between parties (signing, holding a meeting) ends what names one of them.
            "签署", "签订", "举行", "召开",
            // 德国总部把亚洲研发中心放在…: 把 brings forward what a clause does something to.
            "把",
            // 在阿拉木图设有分公司: a firm's having or setting up a branch somewhere names no branch.
            "设有", "设立", "开设",
            // 海南是集团面向亚太的新门户, 海南会成为集团…, 赴马来西亚布局生产基地: what a place is or becomes to a firm, or a firm
            // lays out somewhere, is said of both.
            "是", "成为", "布局");

    private static final String SELF = "我本";
    private static final String UNIT_CHARACTERS = "局委厅院办所司行";

    /**
     * 我局刑侦大队, 我局桂溪派出所 (局 after 我): how long the writer's word for its own body (我局, 本院) opening the name is,
     * or 0; the unit named after it is the name.
     */
    private static int writersOwnUnit(SentenceView view, int start, String name) {
        if (name.length() > 3 && SELF.indexOf(name.charAt(0)) >= 0 && UNIT_CHARACTERS.indexOf(name.charAt(1)) >= 0 && view.tokenStartsAt(start + 2)) {
            return 2;
        }
        boolean afterSelf = start > view.sentence().start() && SELF.indexOf(view.charAt(start - 1)) >= 0 && view.tokenStartsAt(start - 1);
        return name.length() > 2 && afterSelf && UNIT_CHARACTERS.indexOf(name.charAt(0)) >= 0 && view.tokenEndsAt(start + 1) ? 1 : 0;
    }

    /** The offset of a ）or ) with no ( or （ before it in the name, or -1. */
    /** Where a name quoted whole starts inside a candidate (after its last quote left open, closed right after it), or 0. */
    private static int quotedWholeFrom(String name, char after) {
        for (int at = name.length() - 1; at > 0; at--) {
            int kind = PersonSource.OPENING_QUOTES.indexOf(name.charAt(at));
            if (kind >= 0) {
                return after == PersonSource.CLOSING_QUOTES.charAt(kind) ? at + 1 : 0;
            }
            if (PersonSource.CLOSING_QUOTES.indexOf(name.charAt(at)) >= 0) {
                return 0; // a quote closed inside the name: the marks are the name's own (“一带一路”…公司)
            }
        }
        return 0;
    }

    private static int unopenedClosingBracket(String name) {
        int open = 0;
        int last = -1;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '（' || c == '(') {
                open++;
            } else if (c == '）' || c == ')') {
                if (open == 0) {
                    last = i;
                } else {
                    open--;
                }
            }
        }
        return last;
    }

    private static final String GLUED_PREPOSITIONS = "以于在为";

    /**
     * 被上诉人 before 上诉人, so that the longer role is cut whole; the parties to a penalty, a bankruptcy, a sale or a tender
     * (当事人, 债务人, 竞得人, 中标人); and the sides of a contract (赔偿货主上海裕丰国际贸易有限公司,
     * 乙方润恒精密电子（昆山）有限公司).
     */
    static final List<String> PARTY_ROLES = List.of("被上诉人", "上诉人", "被申请人", "申请人", "原审原告", "原审被告", "原告", "被告",
            "第三人", "案外人", "被执行人", "申请执行人", "当事人", "债务人", "债权人", "管理人", "竞得人", "竞买人", "中标人", "投标人", "招标人",
            "采购人", "受让人", "出让人", "甲方", "乙方", "丙方", "买方", "卖方", "货主", "仓储方", "委托方", "受托方", "出租方", "承租方",
            "发包方", "承包方", "托运人", "承运人", "收货人", "发货人");
    private static final String LEADING = "龙头";
    private static final List<String> SHARES = List.of("部分", "全体", "多数", "少数");
    /**
     * 推动国企黄埔城投集团转型, 本地药企濠江堂药业集团, 本地龙头浙江义商云链数字科技股份有限公司: what kind of firm it is, or its
     * standing, before a firm's name; 参股公司日照岚山海晟码头有限公司: 公司 opening a firm's name is the end of a word before it
     * (参股公司, 子公司), no name opening so.
     */
    /** 国企, 龙头企业, and the kind of party a firm is (第三方机构山西晋源会计师事务所有限公司), before a firm's name. */
    private static final List<String> FIRM_KINDS = List.of("国企", "央企", "民企", "外企", "台企", "港企", "侨企", "药企", "车企", "房企", "险企",
            "龙头企业", LEADING, "公司", "第三方机构", "第三方", "机构", "厂家", "厂商", "商家");
    private static final java.util.regex.Pattern INSIDE_A_ZONE = java.util.regex.Pattern.compile("\\p{IsHan}{0,4}?[区园][内里]");
    private static final java.util.regex.Pattern SUBJECT_STUDIED = java.util.regex.Pattern.compile(
            "(\\p{IsHan}{2,14}(?:大学|学院))((?:(?!大学|学院)\\p{IsHan}){1,8}?)(?:专业(?!技术)|[ \u3000]{2})");
    /** 附属第一医院, 出版社, 团委: units a university or college runs, named after it, which are no subject studied. */
    private static final java.util.regex.Pattern UNITS_OF_A_UNIVERSITY = java.util.regex.Pattern.compile(
            "(?:中学|小学|附中|附小|医院|研究所|研究院|中心|学校|分校|校区|出版社|科技园|团委|党委|集团|公司|[系部处馆室所会])$|^附属");

    private static final List<String> ROLES_AND_FIRM_KINDS = java.util.stream.Stream.concat(PARTY_ROLES.stream(), FIRM_KINDS.stream()).toList();

    /**
     * 布局临港产业园3个，: an unlisted kind of zone counted after it (by 个, 座 or 处, as zones are; 苏州工业园区32家 counts
     * firms), closing its clause, is that many zones, none named.
     */
    private static final java.util.regex.Pattern COUNT_OF_A_KIND = java.util.regex.Pattern.compile("[0-9一二三四五六七八九十两]+[个座处](?:[，。；、）]|$)");

    /** Fold 3, Mate60: a model's name, a capitalised word, and its number (方肇新fighting is no model, WTA1000 a tournament's rank). */
    private static final java.util.regex.Pattern MODEL_NUMBER = java.util.regex.Pattern.compile("[A-Z][a-z]+ ?[0-9]");

    /** DJ8LY5K of 91510100MA6DJ8LY5K: Latin letters or digits run on across the candidate's edge. */
    private static boolean pieceOfACode(SentenceView view, EntityCandidate candidate) {
        return latinOrDigit(view.charAt(candidate.start())) && candidate.start() > 0 && latinOrDigit(view.charAt(candidate.start() - 1))
                || latinOrDigit(view.charAt(candidate.end() - 1)) && latinOrDigit(view.charAt(candidate.end()));
    }

    private static boolean latinOrDigit(char c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9';
    }
}
