package io.zonelens.ingest.extraction.entity;

import io.zonelens.ingest.extraction.token.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Company names ending in a company word (有限公司, 集团, 公司): the name runs left to the nearest punctuation or
 * function word, minus a governing verb (深入古德里奇… → 古德里奇…). A generic head (融资租赁公司) is not a name:
 * the part before the cue must hold a proper noun or a gazetteer name, or be long.
 */
public class CompanyPatternSource implements EntityCandidateSource {

    static final String NAME = "company-pattern";
    private static final int MAX_LENGTH = 30;
    /** A registered legal form (…有限公司) is surer than a bare 公司 or 集团, which also ends descriptions. */
    static final double REGISTERED_CONFIDENCE = 0.75;
    static final double DESCRIBED_CONFIDENCE = 0.7;
    /** A registered legal form (…有限公司) marks a name by itself; a bare 公司 or 集团 also ends descriptions (基金公司). */
    private static final java.util.Set<String> REGISTERED_FORMS = java.util.Set.of("有限公司", "有限责任公司", "股份有限公司", "集团有限公司", "株式会社",
            "专业合作社", "股份经济合作社");

    @Override
    public String name() {
        return NAME;
    }

    /**
     * 一季度公司出货量增长, 下个月公司将投产, 郗文韬先生现任公司副总经理: a period (HanLP reads some as proper nouns) or a person
     * addressed as 先生 before a bare 公司 says when or who, and names no firm.
     */
    private static boolean aPeriodOrAPerson(String beforeTheWord) {
        return PERIOD_OPENING.matcher(beforeTheWord).lookingAt() || beforeTheWord.contains("先生") || beforeTheWord.contains("女士");
    }

    private static final java.util.regex.Pattern PERIOD_OPENING = java.util.regex.Pattern.compile(
            "(?:[一二三四1-4１-４]季度|前三季度|[上下]半年|[上下本这]个?月|[上下本这]周|今年|去年|明年|当年|同期|年内|年底|年初|近年|目前|此前|今后|未来|随后)");

    /** 报告期内公司, 区内公司: a locative of one character right before the company word makes a phrase of place or time, no name. */
    private static boolean afterALocative(SentenceView view, int suffixStart) {
        int index = view.tokenAt(suffixStart - 1);
        Token before = index < 0 ? null : view.tokens().get(index);
        return before != null && before.end() == suffixStart && before.word().length() == 1 && before.pos().equals("f");
    }

    /** …合伙企业（有限合伙）, 天健会计师事务所（特殊普通合伙）: a partnership's form, in brackets, is part of its registered name. */
    private static final java.util.regex.Pattern PARTNERSHIP_FORM = java.util.regex.Pattern.compile("[（(](?:有限|普通|特殊普通)合伙[）)]");

    static int withItsPartnershipForm(SentenceView view, int end) {
        java.util.regex.Matcher form = PARTNERSHIP_FORM.matcher(view.text()).region(end, view.sentence().end());
        return form.lookingAt() ? form.end() : end;
    }

    /**
     * 北京市恒信律师事务所银川分所, …有限公司深圳分公司, …株式会社青岛代表处, 巴斯夫公司驻华代表处: a firm's branch or office at a
     * place (or stationed at one with 驻, 华 standing for China) is named from the firm on.
     */
    private static int withItsBranch(SentenceView view, int end) {
        int at = view.text().startsWith("驻", end) ? end + 1 : end;
        int place = view.hits().stream().filter(hit -> hit.start() == at && hit.hasType(EntityType.PLACE)).mapToInt(Lexicon.Hit::end).max().orElse(-1);
        // 驻华代表处: 华 is China where no place opens with it (驻华盛顿, 驻华南).
        int placeEnd = place < 0 && at > end && view.text().startsWith("华", at) ? at + 1 : place;
        return placeEnd < 0 ? end : BRANCHES.stream().filter(branch -> view.text().startsWith(branch, placeEnd) && placeEnd + branch.length() <= view.sentence().end())
                .findFirst().map(branch -> placeEnd + branch.length()).orElse(end);
    }

    private static final List<String> BRANCHES = List.of("分所", "分公司", "分行", "支行", "代表处", "办事处");

    @Override
    public List<EntityCandidate> candidates(SentenceView view) {
        List<EntityCandidate> candidates = new ArrayList<>();
        for (Lexicon.Hit hit : view.hits()) {
            if (hit.cue(Cue.CueFamily.COMPANY_SUFFIX) == null || insideACommonNoun(view, hit) || afterALocative(view, hit.start())) {
                continue;
            }
            int start = nameStart(view, hit.start(), MAX_LENGTH);
            int quoted = quotedBrandBefore(view, start >= 0 ? start : hit.start());
            start = quoted >= 0 ? quoted : start;
            // 企业维/斯/川/德集团: a brand HanLP reads character by character starts the name after the common words before it.
            int spelled = spelledCharacterByCharacter(view, hit.start());
            if (spelled > start && start >= 0 && !view.hits().stream().anyMatch(place -> place.end() == spelled && place.hasType(EntityType.PLACE))) {
                start = spelled;
            }
            boolean registered = REGISTERED_FORMS.contains(hit.cue(Cue.CueFamily.COMPANY_SUFFIX).word());
            if (registered && start >= 0) {
                start = afterACount(view, start, hit.start());
            }
            if (start >= 0) {
                start = afterAnItemNumber(view, start, hit.start());
                start = afterAnOpenBracket(view, start, hit.start());
                start = afterItsParent(view, start, hit.start());
                start = afterAnAppointment(view, start, hit.start());
                start = fromAListedCompany(view, start, hit.start());
                start = afterTheZoneItIsIn(view, start, hit.start());
            }
            if (start >= 0) {
                start = atThePlaceAfterAnActivity(view, start, hit.start());
            }
            if (registered && start >= 0 && !noClause(view, start, hit.start())) {
                start = afterLastClauseVerb(view, start, hit.start());
            }
            if (start >= 0) {
                start = fromThePlaceItCuts(view, start);
                start = afterAParty(view, start, hit.start());
                start = afterThePartysName(view, start, hit.start());
                start = withItsTradeNameInPieces(view, start, hit.start(), hit.end());
                start = fromItsShortNamesOpening(view, start, hit.end());
            }
            if (start >= 0 && hit.start() - start >= 2 && !anonymous(view, start, hit.start()) && !onlyATrade(view, start, hit.end())
                    && !foundingAFirm(view.slice(start, hit.end()))
                    && (registered || !aPeriodOrAPerson(view.slice(start, hit.start()))) && (registered ? noClause(view, start, hit.start())
                    && (!hit.cue(Cue.CueFamily.COMPANY_SUFFIX).word().endsWith(COOPERATIVE) || namedCooperative(view, start, hit.start()))
                    : (distinctive(view, start, hit.start()) || aProvincesBrand(view, start, hit)) && noCount(view, start, hit.start())
                            && !onlyAPlace(view, start, hit.start()))) {
                candidates.add(new EntityCandidate(EntityType.COMPANY, start, withItsBranch(view, withItsPartnershipForm(view, hit.end())), name(),
                        registered ? REGISTERED_CONFIDENCE : DESCRIBED_CONFIDENCE));
            }
        }
        candidates.addAll(jointVentures(view));
        candidates.addAll(cardCentresOfABank(view));
        candidates.addAll(branchesOfABank(view));
        candidates.addAll(firmsNamedAfterAPlace(view));
        candidates.addAll(listedByTheirStockCode(view));
        candidates.addAll(shortNamesBeforeAnExecutive(view));
        candidates.addAll(factories(view));
        return candidates;
    }

    /**
     * 扬州柴油机厂, 上海第一钢铁厂, 国营长征电器一厂: a factory named from its place (or 国营, state-run) through its products,
     * nouns and its number (一厂, 第一), two characters at least, to 厂; a kind of plant after a place (江苏化工厂, 国营化工厂) has no
     * products between and names none.
     */
    private static List<EntityCandidate> factories(SentenceView view) {
        List<EntityCandidate> found = new ArrayList<>();
        List<Token> tokens = view.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            Token factory = tokens.get(i);
            boolean factoryWord = factory.word().equals(FACTORY) || factory.word().length() >= 3 && factory.word().endsWith(FACTORY)
                    && (factory.pos().equals("nis") || factory.pos().equals("n"));
            // 化工厂/nis 区/n: 厂区, 厂房, 厂长 after it make the factory's grounds or head, no name's end.
            Token next = i + 1 < tokens.size() ? tokens.get(i + 1) : null;
            boolean wordGoesOn = next != null && next.start() == factory.end() && next.word().length() == 1 && SentenceView.isHan(next.word()) && next.posStartsWith("n");
            if (!factoryWord || wordGoesOn || factory.end() > view.sentence().end()) {
                continue;
            }
            // 化工厂 after a place is a kind of plant (江苏化工厂安全事故): only the words between name the products.
            int products = 0;
            int start = -1;
            for (int k = i - 1; k >= 0 && factory.end() - tokens.get(k).start() <= MAX_FACTORY_NAME && tokens.get(k).start() >= view.sentence().start(); k--) {
                Token word = tokens.get(k);
                int placeStart = view.hits().stream().filter(hit -> hit.end() == word.end() && hit.start() >= view.sentence().start() && hit.hasType(EntityType.PLACE)
                        && view.tokenStartsAt(hit.start())).mapToInt(Lexicon.Hit::start).min().orElse(-1);
                if (placeStart >= 0 || STATE_RUN.contains(word.word())) {
                    start = placeStart >= 0 ? placeStart : word.start();
                    break;
                }
                // 一厂 and 第一钢铁厂 number a factory; 盐城一化工厂's 一 right after the place is the article "a".
                boolean number = word.posStartsWith("m") && (k == i - 1 || word.word().startsWith("第"));
                if (!PRODUCT_TAGS.contains(word.pos()) || word.posStartsWith("m") && !number || Pos.isGoverning(word)) {
                    break;
                }
                products += word.word().length();
            }
            if (start >= 0 && products >= 2) {
                found.add(new EntityCandidate(EntityType.COMPANY, start, factory.end(), NAME, DESCRIBED_CONFIDENCE));
            }
        }
        return found;
    }

    private static final String FACTORY = "厂";
    private static final int MAX_FACTORY_NAME = 14;
    /** 国营: a state-run factory's name opens with it. */
    private static final Set<String> STATE_RUN = Set.of("国营");
    /** The tags of a factory's products and number: nouns and nouns of action, ordinals and numerals (柴油机/n, 第一/mq, 一/m). */
    private static final Set<String> PRODUCT_TAGS = Set.of("n", "nz", "m", "mq", "vn");

    /** The trades a firm's short name ends in (星岚通信, 瑞霖医药, 恒衍重工). */
    static final Set<String> TRADES_OF_A_SHORT_NAME = Set.of("通信", "医药", "药业", "制药", "重工", "科技", "电子", "微电子", "股份", "控股",
            "汽车", "能源", "新能源", "生物", "物流", "电气", "电器", "智能", "半导体", "光电", "新材料", "材料", "化工", "实业", "地产", "置业", "证券",
            "资本", "传媒", "网络", "软件", "机械", "装备", "食品", "饮品", "航空", "精密", "环保", "钢铁", "纺织", "影业", "互娱", "游戏", "数码", "信息",
            "海工", "珠宝");
    /** A firm's officers, whose title a short name may stand before, a business region or function between (亚太区总监). */
    private static final List<String> EXECUTIVES = List.of("董事长", "总裁", "总经理", "创始人", "首席执行官", "CEO", "董事会秘书", "副董事长", "总监", "执行董事");

    /**
     * 星岚通信创始人, 瑞霖医药副总经理, 北锚海工亚太区总监: two or three characters of name and a trade before an officer's
     * title (a business region or function may stand between) are a firm's short name, where the name opens the clause or
     * follows a mark or a verb (not 公司医药总裁).
     */
    private List<EntityCandidate> shortNamesBeforeAnExecutive(SentenceView view) {
        List<EntityCandidate> firms = new ArrayList<>();
        for (Lexicon.Hit title : view.hits()) {
            Cue cue = title.cue(Cue.CueFamily.TITLE);
            if (cue == null || EXECUTIVES.stream().noneMatch(cue.word()::contains)) {
                continue;
            }
            // 北锚海工亚太区总监: a business region or function may stand between the short name and the title.
            int officeStart = title.start() - PositionExtractor.regionBefore(view.text(), title.start(), cue.word());
            int index = view.tokenAt(officeStart - 1);
            if (index < 1 || view.tokens().get(index).end() != officeStart || !TRADES_OF_A_SHORT_NAME.contains(view.tokens().get(index).word())) {
                continue;
            }
            int trade = view.tokens().get(index).start();
            for (int length = 2; length <= 3; length++) {
                int start = trade - length;
                if (start < view.sentence().start() || !view.tokenStartsAt(start) || !SentenceView.isHan(view.slice(start, trade))
                        || !opensAShortName(view, start)) {
                    continue;
                }
                List<Token> name = view.tokensWithin(start, trade);
                // A word of its own (公司, 发展, 全国) is no name; HanLP's pieces of an unknown one, or a proper noun, are.
                boolean common = name.size() == 1 && !Pos.isProper(name.get(0)) && !name.get(0).pos().startsWith("nr");
                if (!common && name.stream().noneMatch(token -> Pos.isBoundary(token) || Pos.isCount(token) || token.pos().startsWith("w"))) {
                    // As sure as a registered name: the officer's title says a firm is named, in general news too.
                    firms.add(new EntityCandidate(EntityType.COMPANY, start, view.tokens().get(index).end(), name(), REGISTERED_CONFIDENCE));
                    break;
                }
            }
        }
        return firms;
    }

    /** Where a short name may open: the sentence's start, after a mark, a verb or a preposition. */
    private static boolean opensAShortName(SentenceView view, int start) {
        if (start == view.sentence().start() || SentenceView.isPunctuation(view.charAt(start - 1))) {
            return true;
        }
        int index = view.tokenAt(start - 1);
        Token before = index < 0 ? null : view.tokens().get(index);
        return before != null && before.end() == start && (Pos.isVerb(before) && before.word().length() >= 2 || before.pos().startsWith("p"));
    }

    /** A stock code: 688052.SH, 01801.HK, 600519.sh. */
    static final String STOCK_CODE_NUMBER = "(?:[0-9]{6}\\.(?i:sh|sz|bj)|[0-9]{4,5}\\.(?i:hk)|[A-Z]{1,5}\\.[A-Z]{1,2})";
    /** A listed firm's code, with its market or its six digits alone (600498). */
    static final String LISTED_CODE = "(?:" + STOCK_CODE_NUMBER + "|[0-9]{6})";
    /** The short name a firm is traded under, before its code in the brackets after its full name (…股份有限公司（中新集团，601512.SH））. */
    static final String TRADED_NAME = "(\\p{IsHan}[\\p{IsHan}A-Za-z]{1,7})[，,、；;]\\s*";
    /** A stock code in brackets, with the traded name before it or not. */
    private static final java.util.regex.Pattern STOCK_CODE = java.util.regex.Pattern.compile("[（(](?:" + TRADED_NAME + ")?\\s*" + STOCK_CODE_NUMBER + "[）)]");
    private static final int MAX_TRADED_NAME = 8;

    /** 纳芯微（688052.SH）, 东山精密（002384.SZ）: a name right before a stock code, or the short name with it, is a listed firm. */
    private List<EntityCandidate> listedByTheirStockCode(SentenceView view) {
        List<EntityCandidate> firms = new ArrayList<>();
        if (!view.sentence().holdsAnyOf(view.text(), ".．")) { // every stock code has a dot before its market
            return firms;
        }
        java.util.regex.Matcher code = STOCK_CODE.matcher(view.text()).region(view.sentence().start(), view.sentence().end());
        while (code.find()) {
            if (code.group(1) != null) {
                firms.add(new EntityCandidate(EntityType.COMPANY, code.start(1), code.end(1), name(), REGISTERED_CONFIDENCE));
                continue;
            }
            int start = nameStart(view, code.start(), MAX_TRADED_NAME);
            if (start >= 0 && code.start() - start >= 2 && view.tokenEndsAt(code.start()) && !onlyAPlace(view, start, code.start())) {
                firms.add(new EntityCandidate(EntityType.COMPANY, start, code.start(), name(), REGISTERED_CONFIDENCE));
            }
        }
        return firms;
    }

    /**
     * What a bank or an exchange named after its city or region ends in: 银行, 农村商业银行, 农商银行; 商品交易所, 证券交易所
     * (HanLP reads 商品交易所 as one word, and no name before it).
     */
    private static final java.util.regex.Pattern FIRM_OF_A_PLACE = java.util.regex.Pattern.compile(
            "(?:农村商业|农商)?银行(?![间业卡家账])|(?:证券|商品|期货|金属|黄金|石油|能源|钻石|数据|产权|排放权|碳排放权)?交易所");

    /**
     * 北部湾银行, 北京银行, 成都农商银行, 东京商品交易所: a listed region or city (not a country: 英国银行 are a country's banks)
     * right before a bank's or an exchange's word, as a word of its own (not 上海银行间, 北京银行业), is a firm's name.
     */
    private List<EntityCandidate> firmsNamedAfterAPlace(SentenceView view) {
        List<EntityCandidate> banks = new ArrayList<>();
        for (Lexicon.Hit place : view.hits()) {
            if (!place.hasType(EntityType.PLACE) || view.namesACountry(place.start(), place.end()) || !view.tokenStartsAt(place.end())) {
                continue;
            }
            java.util.regex.Matcher bank = FIRM_OF_A_PLACE.matcher(view.text()).region(place.end(), view.sentence().end());
            if (bank.lookingAt() && view.tokenEndsAt(bank.end())) {
                banks.add(new EntityCandidate(EntityType.COMPANY, place.start(), bank.end(), name(), REGISTERED_CONFIDENCE));
            }
        }
        return banks;
    }

    private static final java.util.regex.Pattern BRANCH = java.util.regex.Pattern.compile("分行|支行");
    private static final List<String> BANKS_LEGAL_FORMS = List.of("股份有限公司", "有限责任公司", "有限公司");

    /**
     * 中国银行广西区分行, 中国银行南宁五象支行: a bank a list or the tagger knows (maybe registered in full), the place or zone its
     * branch serves and 分行 or 支行
     * make one company (a company's party committee after it, 分行党委, is no body).
     */
    private List<EntityCandidate> branchesOfABank(SentenceView view) {
        List<EntityCandidate> branches = new ArrayList<>();
        java.util.regex.Matcher branch = BRANCH.matcher(view.text()).region(view.sentence().start(), view.sentence().end());
        while (branch.find()) {
            for (Lexicon.Hit place : view.hits()) {
                // 汉口银行光谷分行: or the zone it serves.
                int bankStart = place.hasType(EntityType.PLACE, EntityType.ZONE) && place.start() > view.sentence().start() && branch.start() - place.start() >= 2
                        && branch.start() - place.start() <= 8 && SentenceView.isHan(view.slice(place.start(), branch.start()))
                        ? bankEndingAt(view, place.start()) : -1;
                if (bankStart >= 0) {
                    branches.add(new EntityCandidate(EntityType.COMPANY, bankStart, branch.end(), name(), REGISTERED_CONFIDENCE));
                    break;
                }
            }
        }
        return branches;
    }

    /** 信用卡中心 and the like, and what may stand between it and its bank: a branch (深圳分行), a brand (太平洋). */
    private static final java.util.regex.Pattern CARD_CENTRE = java.util.regex.Pattern.compile("信用卡中心|信用卡部|银行卡部");
    private static final java.util.regex.Pattern BRANCH_OR_BRAND = java.util.regex.Pattern.compile("(?:\\p{IsHan}{2,4}?(?:分行|支行))?\\p{IsHan}{0,3}");

    /**
     * 招商银行信用卡中心负责人表示: a bank's credit card centre is run as a firm of its own (and registered as a branch),
     * so the bank, its branch and the centre make one company name. The bank is one a list or the tagger knows, ending
     * in 行 (招商银行, 建行, 广发行); the nearest such bank.
     */
    private List<EntityCandidate> cardCentresOfABank(SentenceView view) {
        List<EntityCandidate> centres = new ArrayList<>();
        java.util.regex.Matcher centre = CARD_CENTRE.matcher(view.text()).region(view.sentence().start(), view.sentence().end());
        while (centre.find()) {
            for (int bankEnd = centre.start(); bankEnd >= Math.max(view.sentence().start() + 2, centre.start() - 9); bankEnd--) {
                int bankStart = BRANCH_OR_BRAND.matcher(view.slice(bankEnd, centre.start())).matches() ? bankEndingAt(view, bankEnd) : -1;
                if (bankStart >= 0) {
                    centres.add(new EntityCandidate(EntityType.COMPANY, bankStart, centre.end(), name(), REGISTERED_CONFIDENCE));
                    break;
                }
            }
        }
        return centres;
    }

    /** Where a bank a list or the tagger names, ending at {@code end}, starts; or -1. */
    private static int bankEndingAt(SentenceView view, int end) {
        // 招商银行股份有限公司武汉光谷支行: the bank registered in full.
        for (String form : BANKS_LEGAL_FORMS) {
            int bank = view.text().startsWith(form, end - form.length()) && end - form.length() > view.sentence().start() ? bankEndingAt(view, end - form.length()) : -1;
            if (bank >= 0) {
                return bank;
            }
        }
        if (view.charAt(end - 1) != '行') {
            return -1;
        }
        // 中国工商银行, not 工商银行 inside it.
        int listed = view.hits().stream().filter(hit -> hit.end() == end && hit.start() >= view.sentence().start() && hit.hasType(EntityType.COMPANY))
                .mapToInt(Lexicon.Hit::start).min().orElse(-1);
        if (listed >= 0) {
            return listed;
        }
        if (view.learnedSpans() != null) {
            int offset = view.sentence().start();
            for (var span : view.learnedSpans()) {
                if (offset + span.end() == end && span.label().equals("company")) {
                    return offset + span.start();
                }
            }
        }
        return -1;
    }

    /**
     * 中粮万科, 广汽本田: two listed companies named together with nothing between are their joint venture's name, one
     * company, where HanLP reads them as one word or a project's name follows; not two names of one company (鸿海富士康),
     * two of a list run together (中国移动中国联通中国电信) or two names in a headline (招行浦发最受青睐).
     */
    private List<EntityCandidate> jointVentures(SentenceView view) {
        List<EntityCandidate> ventures = new ArrayList<>();
        for (Lexicon.Hit first : view.hits()) {
            for (Lexicon.Hit second : view.hits()) {
                if (first.end() == second.start() && first.hasType(EntityType.COMPANY) && second.hasType(EntityType.COMPANY)
                        && view.tokenStartsAt(first.start()) && view.tokenEndsAt(second.end()) && !sameCompany(first, second)
                        && !listedCompanyTouches(view, hit -> hit.end() == first.start()) && !listedCompanyTouches(view, hit -> hit.start() == second.end())
                        && (oneWord(view, first.start(), second.end()) || projectAfter(view, second.end()))) {
                    ventures.add(new EntityCandidate(EntityType.COMPANY, first.start(), second.end(), name(), REGISTERED_CONFIDENCE));
                }
            }
        }
        return ventures;
    }

    /** 广汽本田: HanLP reads the pair as one word. */
    private static boolean oneWord(SentenceView view, int start, int end) {
        int index = view.tokenAt(start);
        return index >= 0 && view.tokens().get(index).start() == start && view.tokens().get(index).end() == end;
    }

    /** 中粮万科长阳半岛: a place-like name after the pair is the venture's project; 招行浦发最受青睐 is two banks. */
    private static boolean projectAfter(SentenceView view, int end) {
        int index = view.tokenAt(end);
        return index >= 0 && view.tokens().get(index).start() == end && view.tokens().get(index).posStartsWith("ns");
    }

    /** 鸿海富士康: two names of one company. */
    private static boolean sameCompany(Lexicon.Hit first, Lexicon.Hit second) {
        return first.value().entries().stream().anyMatch(entry -> second.value().entries().contains(entry));
    }

    /** 中国移动中国联通中国电信: a third listed company next to the pair makes a list, not a joint venture. */
    private static boolean listedCompanyTouches(SentenceView view, java.util.function.Predicate<Lexicon.Hit> where) {
        return view.hits().stream().anyMatch(hit -> where.test(hit) && hit.hasType(EntityType.COMPANY));
    }

    /**
     * 奔驰汽车代理北京鹏龙星徽汽车销售服务有限公司: what a firm does for another (代理, 运营: a verbal noun) before a listed
     * place ends the description; the registered name starts at the place.
     */
    private static int atThePlaceAfterAnActivity(SentenceView view, int start, int end) {
        List<Token> words = view.tokensWithin(start, end);
        for (int i = words.size() - 2; i >= 0; i--) {
            Token activity = words.get(i);
            // 长安号运营主体西安国际陆港多式联运有限公司: the one doing it (主体, 单位, 方) may follow the activity.
            int next = ACTIVITY_ROLES.contains(words.get(i + 1).word()) ? words.get(i + 1).end() : activity.end();
            // 中信投资天津有限公司: a place right before the legal form is the branch's, not the start of another name.
            if (activity.pos().equals("vn") && view.hits().stream().anyMatch(hit -> hit.start() == next && hit.hasType(EntityType.PLACE)
                    && end - hit.end() >= 2)) {
                return next;
            }
        }
        return start;
    }

    private static final java.util.Set<String> ACTIVITY_ROLES = java.util.Set.of("主体", "单位", "方", "商");

    /**
     * 楼阳生详细了解超聚变数字技术有限公司: a registered name runs from the verb that governs it, its first character
     * included even where HanLP reads it as a verb (超/聚变); -1 when nothing of two characters or more is left.
     */
    private static int afterLastClauseVerb(SentenceView view, int start, int end) {
        List<Token> words = view.tokensWithin(start, end);
        for (int i = words.size() - 1; i >= 0; i--) {
            // 北京亦庄国际投资发展有限公司, 上海临港经济发展（集团）有限公司: a verb right before the legal form governs nothing;
            // it says what the firm does.
            if (partOfTheName(view, words, i, end)) {
                continue;
            }
            if (Pos.isClauseVerb(words.get(i)) || words.get(i).pos().equals("mq")) {
                int after = words.get(i).end();
                return end - after >= 2 && i + 1 < words.size() && noClause(view, after, end) ? after : -1;
            }
        }
        return start;
    }

    /**
     * 芜湖综保区建设投资有限公司, 淄博柯林斯过滤技术有限公司, 珠海横琴澳科创新科技有限公司: with only common words after it up
     * to the legal form (nouns, nouns of action, pieces of a word, the seat in brackets), a verb says what the firm does, and
     * governs nothing, where it stands after a place, a zone, a proper name or a brand's last piece, at most two of the
     * trade's nouns between (unless it acts: 滨海新区成立…, 园区引进…), or where it is a trade's verb and such a name comes
     * before it in the firm's name.
     */
    private static boolean businessAfterAName(SentenceView view, List<Token> words, int verb) {
        if (verb == 0 || nameAfterTheVerb(words, verb)) {
            return false;
        }
        String word = words.get(verb).word();
        // 合肥知识产权法庭审结皖芯动力科技（合肥）有限公司: a body's word before the verb names who acts, no firm's brand.
        if (LearnedSource.endsInABodyWord(view, words.get(verb - 1).end())) {
            return false;
        }
        if (BUSINESS.contains(word)) {
            return words.subList(0, verb).stream().anyMatch(before -> aNameEndsWith(view, before));
        }
        // 过滤技术 (what is filtered), not 累计注册租赁 (a clause): only nouns, nouns of action, pieces of a word or more of the
        // trade's verbs after the verb; the brackets of a group's form or seat too (陕西延长石油（集团）有限责任公司).
        // 安徽瀚/驰 智能 驾驶 科技有限公司: common nouns of the trade may stand between the name and the verb; so may a place word
        // (南京 北岸/s 开放 发展集团有限公司).
        int before = verb - 1;
        for (int nouns = 0; nouns < MAX_TRADE_NOUNS && before > 0 && (words.get(before).posStartsWith("n") || words.get(before).pos().equals("s"))
                && !NOT_TRADE_NOUNS.contains(words.get(before).word())
                && !aNameEndsWith(view, words.get(before)); nouns++) {
            before--;
        }
        return aNameEndsWith(view, words.get(before)) && !ACTING.contains(word)
                && !Pos.isGoverningWord(words.get(verb)) && onlyTheTradeAfter(words, verb);
    }

    /** Only the trade's words follow the verb up to the legal form: nouns, nouns of action, its verbs, brackets, pieces of a word. */
    private static boolean onlyTheTradeAfter(List<Token> words, int verb) {
        return words.subList(verb + 1, words.size()).stream().allMatch(after -> after.pos().startsWith("n") || BUSINESS.contains(after.word())
                || Brackets.isBracket(after.word()) || after.pos().equals("vn") && !ACTING.contains(after.word()) || pieceOfAWord(after));
    }

    /**
     * 豫航新型显示科技（郑州）有限公司: a verb right after a distinguishing word (新型/b, 高端/b) is the trade it qualifies, no
     * clause: a distinguishing word only ever stands before a noun.
     */
    private static boolean tradeAfterADistinguishingWord(SentenceView view, List<Token> words, int verb) {
        // 该厂主要/b 供应/v 上海大众…: the distinguishing word follows a name or a brand's last piece (豫/b 航/vg, 恒/ag 光/n), and
        // the verb governs no name after it.
        Token before = verb > 1 ? words.get(verb - 2) : null;
        return before != null && words.get(verb - 1).pos().equals("b") && words.get(verb - 1).word().length() >= 2 && (aNameEndsWith(view, before) || pieceOfAWord(before))
                && !nameAfterTheVerb(words, verb) && !ACTING.contains(words.get(verb).word()) && !Pos.isGoverningWord(words.get(verb)) && onlyTheTradeAfter(words, verb);
    }

    /** How many common nouns of a trade may stand between a brand and its business verb (瀚驰|智能|驾驶). */
    private static final int MAX_TRADE_NOUNS = 2;
    /** Nouns of who acts, never a trade's words before a verb (杭州干部走访…). */
    private static final Set<String> NOT_TRADE_NOUNS = Set.of("企业", "公司", "集团", "人员", "干部", "政府", "部门", "单位", "群众");

    /**
     * A proper noun after the verb, where the verb may govern it; not the seat in brackets before the legal form
     * (川江港航物流发展（重庆）有限公司), nor a trade's word HanLP tags as "other proper noun" (新能源, 供应链 管理).
     */
    private static boolean nameAfterTheVerb(List<Token> words, int verb) {
        int depth = 0;
        for (int i = verb; i < words.size(); i++) {
            Token word = words.get(i);
            depth += Brackets.isBracket(word.word()) ? ("（(".contains(word.word()) ? 1 : -1) : 0;
            // 新能源/nz, 供应链/nz 管理/vn: an "other proper noun" a dictionary knows, or one before the trade's verb, is the
            // trade's word, not a name the verb governs (瀚驰/nz is).
            boolean tradesWord = word.pos().equals("nz") && (!CoreWords.unknown(word.word())
                    || i + 1 < words.size() && (words.get(i + 1).pos().equals("vn") || BUSINESS.contains(words.get(i + 1).word())));
            if (depth == 0 && Pos.isProper(word) && !tradesWord) {
                return true;
            }
        }
        return false;
    }

    /** 多/a 式/k of 多式联运: one character HanLP cut from a word it did not read whole, no function word. */
    private static boolean pieceOfAWord(Token token) {
        return token.word().length() == 1 && SentenceView.isHan(token.word()) && FUNCTION_WORDS.stream().noneMatch(token.pos()::startsWith);
    }

    /** A proper noun, a place or zone, or the last piece of a brand HanLP did not know (河南芯/ng 联/vg 显示技术有限公司). */
    private static boolean aNameEndsWith(SentenceView view, Token word) {
        return Pos.isProper(word) || word.word().length() == 1 && LearnedSource.MORPHEME_TAGS.contains(word.pos()) || view.hits().stream().anyMatch(hit -> hit.end() == word.end() && hit.hasType(EntityType.PLACE, EntityType.ZONE));
    }

    /** Verbs of what a firm does, as firms' names say it (投资发展, 建设管理, 科技创新, 产城融合发展). */
    private static final java.util.Set<String> BUSINESS = java.util.Set.of("建设", "投资", "发展", "开发", "管理", "服务", "经营", "运营", "创新",
            "制造", "生产", "咨询", "设计", "营销", "销售", "租赁", "运输", "研发", "控股", "置业", "融合");
    /**
     * Verbs of what is done to a firm (设立, 落户), never part of its name; besides those that govern a name (引进, 支持). Before a
     * place, what the firm before did (公司新设江苏…有限公司: {@link CandidateEdges}).
     */
    static final java.util.Set<String> ACTING = java.util.Set.of("成立", "设立", "组建", "注册", "新设", "落户", "签约", "新增");

    /** 在沣东新城注册公司, 成立公司, 设立分公司: a verb of founding right before the word for a firm makes the act, no firm's name. */
    static boolean foundingAFirm(String name) {
        String firm = name.endsWith("分公司") || name.endsWith("子公司") ? name.substring(0, name.length() - 3) + "公司" : name;
        return firm.endsWith("公司") && firm.length() >= 4 && ACTING.contains(firm.substring(firm.length() - 4, firm.length() - 2));
    }

    /** What may stand between a verb of the firm's business and its legal form: a group's word or its seat in brackets. */
    private static final java.util.regex.Pattern LEGAL_FORM_AFTER_A_VERB = java.util.regex.Pattern.compile("(?:[（(](?:集团|控股|\\p{IsHan}{2,6})[）)])?");

    /** 新疆中泰（集团）有限责任公司所属新疆中泰化学股份有限公司: a word tying a firm to its parent ends the parent's name. */
    private static final java.util.regex.Pattern PARENT_TIE = java.util.regex.Pattern.compile("所属|下属|旗下|控股的|投资的|全资子公司|控股子公司|子公司");

    private static int afterItsParent(SentenceView view, int start, int end) {
        return afterTheLast(PARENT_TIE, view, start, end);
    }

    /** Where the name starts after the last words {@code ending} ends in [start, end), two characters at least being left. */
    private static int afterTheLast(java.util.regex.Pattern ending, SentenceView view, int start, int end) {
        java.util.regex.Matcher words = ending.matcher(view.text()).region(start, end);
        int after = start;
        while (words.find()) {
            after = words.end();
        }
        return end - after >= 2 ? after : start;
    }

    /**
     * 垫/v 江县鑫达机械制造有限公司, 中/f 国航/nt 发沈阳黎明…: a name that would start inside a listed place starts with it (HanLP
     * read the place's first character apart).
     */
    private static int fromThePlaceItCuts(SentenceView view, int start) {
        return view.hits().stream().filter(place -> place.start() < start && place.end() > start && place.hasType(EntityType.PLACE)
                        && place.start() >= view.sentence().start() && view.tokenStartsAt(place.start()))
                .mapToInt(Lexicon.Hit::start).min().orElse(start);
    }

    /** 龙海波同志任怀化国际陆港建设发展有限公司副总经理: an appointment's words end the person's name and open the firm's. */
    private static final java.util.regex.Pattern APPOINTED = java.util.regex.Pattern.compile("同志(?:兼任|担任|挂任|任|为)");

    private static int afterAnAppointment(SentenceView view, int start, int end) {
        return afterTheLast(APPOINTED, view, start, end);
    }

    /** （一）黑龙江北溟新材料股份有限公司, 1.海南翔宇航空技术有限公司: a list item's number is no part of the name it opens. */
    static int afterAnItemNumber(SentenceView view, int start, int end) {
        java.util.regex.Matcher number = PersonSource.ITEM_NUMBER.matcher(view.text()).region(start, end);
        return number.lookingAt() && number.end() > start && number.end() < end ? number.end() : start;
    }

    /**
     * 恒瑞医药（江苏恒瑞医药股份有限公司）: a name that starts inside an open bracket starts after it (the short name
     * before the bracket is the same firm's, found on its own).
     */
    private static int afterAnOpenBracket(SentenceView view, int start, int end) {
        int depth = 0;
        for (int i = end - 1; i >= start; i--) {
            char c = view.charAt(i);
            depth += c == '）' || c == ')' ? 1 : c == '（' || c == '(' ? -1 : 0;
            if (depth < 0) {
                return i + 1;
            }
        }
        return start;
    }

    /**
     * 应以携程国际旅行社有限公司: a listed company inside the name starts it, unless a place, another listed name or a noun
     * stands before it (深圳市腾讯计算机系统有限公司, 日本丰田汽车株式会社, 东风本田汽车有限公司); HanLP reads words before it as
     * names too (应以/nr).
     */
    private static int fromAListedCompany(SentenceView view, int start, int end) {
        // 乌兹别克斯坦撒马尔罕纺织集团: not a listed brand inside a word (别克 of 乌兹别克斯坦).
        int listed = view.hits().stream().filter(hit -> hit.start() > start && hit.end() <= end && hit.hasType(EntityType.COMPANY) && view.tokenStartsAt(hit.start()))
                .mapToInt(Lexicon.Hit::start).min().orElse(-1);
        if (listed < 0 || holdsListedNameOrAnchor(view, start, listed)
                || view.tokensWithin(start, listed).stream().anyMatch(token -> token.posStartsWith("ns"))) {
            return start;
        }
        // 东风/n 本田: a noun right before the listed name is part of the name (a joint venture's other brand).
        int before = view.tokenAt(listed - 1);
        Token word = before < 0 ? null : view.tokens().get(before);
        boolean nounBefore = word != null && word.end() == listed && (word.posStartsWith("n") && !word.posStartsWith("nr") || word.pos().equals("b"));
        return nounBefore ? start : listed;
    }

    /**
     * “贝加尔食品”公司, “西伯利亚冬季”体育用品公司: a brand in quotation marks right before the rest of a firm's name opens it;
     * the name runs from the opening mark. Else -1.
     */
    private static int quotedBrandBefore(SentenceView view, int at) {
        if (at - 1 <= view.sentence().start() || view.charAt(at - 1) != '”') {
            return -1;
        }
        for (int open = at - 2; open >= Math.max(view.sentence().start(), at - 2 - MAX_QUOTED_BRAND); open--) {
            if (view.charAt(open) == '“') {
                String brand = view.slice(open + 1, at - 1);
                return brand.length() >= 2 && brand.chars().allMatch(c -> SentenceView.isHan((char) c) || Character.isLetterOrDigit(c)) ? open : -1;
            }
        }
        return -1;
    }

    private static final int MAX_QUOTED_BRAND = 10;

    /**
     * 芜湖综合保税区安徽江湾机器人科技股份有限公司, 昆山综合保税区昆山华晟电脑有限公司: a zone right before a place says where
     * the firm is; the firm's own name opens with that place.
     */
    private static int afterTheZoneItIsIn(SentenceView view, int start, int end) {
        return view.hits().stream()
                .filter(zone -> zone.start() >= start && (zone.hasType(EntityType.ZONE) || zone.cue(Cue.CueFamily.ZONE_SUFFIX) != null))
                .filter(zone -> view.hits().stream().anyMatch(place -> place.start() == zone.end() && place.hasType(EntityType.PLACE) && end - place.end() >= 2))
                .mapToInt(Lexicon.Hit::end).max().orElse(start);
    }

    /**
     * 山东首批3家农村商业银行股份有限公司: a count of companies before a registered name says how many bear it; the name
     * starts after the count's classifier.
     */
    private static int afterACount(SentenceView view, int start, int end) {
        List<Token> words = view.tokensWithin(start, end);
        for (int i = words.size() - 1; i >= 0; i--) {
            Token word = words.get(i);
            boolean counted = word.pos().equals("mq") && COMPANY_CLASSIFIERS.indexOf(word.word().charAt(word.word().length() - 1)) >= 0
                    || word.word().length() == 1 && COMPANY_CLASSIFIERS.indexOf(word.word().charAt(0)) >= 0 && i > 0 && Pos.isCount(words.get(i - 1));
            if (counted) {
                return end - word.end() >= 4 ? word.end() : -1;
            }
        }
        return start;
    }

    private static final String COMPANY_CLASSIFIERS = "家个所";

    /** A name ending in a registered form (有限公司, 股份有限公司, 株式会社) with something before it. */
    static boolean registeredName(String name) {
        int form = registeredFormEndingAt(name, name.length());
        return form > 0 && name.length() > form + 1;
    }

    /** How long the registered form (有限公司, 有限责任公司…) ending {@code text} at {@code end} is; 0 when none does. */
    static int registeredFormEndingAt(String text, int end) {
        return REGISTERED_FORMS.stream().filter(form -> text.startsWith(form, end - form.length())).mapToInt(String::length).max().orElse(0);
    }

    /**
     * 江苏某新能源科技有限公司, 某某公司, 深圳市B报关服务有限公司, 归A公司: a firm whose name the text withholds (with 某, or
     * a lone capital letter as case reports write) is none named.
     */
    static boolean anonymous(SentenceView view, int start, int end) {
        int withheld = view.text().lastIndexOf('某', end - 1);
        return withheld >= Math.max(start - 1, view.sentence().start()) || LETTER_FOR_A_NAME.matcher(view.slice(start, end)).matches();
    }

    /** At most a place or a word before one capital letter standing alone among Han characters, and Han characters after it. */
    private static final java.util.regex.Pattern LETTER_FOR_A_NAME = java.util.regex.Pattern.compile("\\p{IsHan}{0,8}[A-Z]\\p{IsHan}*");

    /**
     * Kinds of company, never the end of a name (拍卖公司 and 咨询公司 are: 北京保利拍卖公司); and 单位, a kind of any
     * organization (被告单位广州恒昌进出口贸易有限公司, 用人单位).
     */
    private static final java.util.Set<String> COMPANY_KINDS = java.util.Set.of("跨国公司", "上市公司", "母公司", "子公司", "孙公司", "空壳公司", "皮包公司",
            "单位");

    /**
     * 松下等跨国公司, 多家上市公司: the company word ends a word for a kind of company, which names none; 公司化改革, 集团化运作:
     * it makes a verb.
     */
    static boolean insideACommonNoun(SentenceView view, Lexicon.Hit hit) {
        int index = view.tokenAt(hit.start());
        boolean kind = index >= 0 && view.tokens().get(index).end() == hit.end() && isCompanyKind(view.tokens().get(index));
        // 公司化, 集团化 as words; 集团化纤 is a company's 化纤 business.
        boolean verb = view.charAt(hit.end()) == '化' && view.tokenEndsAt(hit.end() + 1);
        // 中国进出口银行山东省分行公司业务处: a bank's corporate business department, no firm.
        boolean business = hit.end() + 2 <= view.sentence().end() && view.text().startsWith("业务", hit.end()) && view.slice(hit.start(), hit.end()).equals("公司");
        return kind || verb || business;
    }

    /** Parts of speech of words that join or mark (与, 和, 在, 了, 的) and punctuation: never a firm's first character. */
    private static final List<String> FUNCTION_WORDS = List.of("c", "p", "u", "w", "r", "y", "e");

    /**
     * 与通快（中国）有限公司, 会见了正威国际集团: HanLP cuts a brand no dictionary knows into single characters (通/快, 正/威),
     * and the tagger may start the firm at the second; a one-character word before it, itself after a function word, is
     * the name's first character.
     */
    static int withItsFirstCharacter(SentenceView view, int start, int end) {
        int first = view.tokenAt(start);
        if (first < 2 || view.tokens().get(first).start() != start || view.tokens().get(first).word().length() != 1 || end - start < 3) {
            return start;
        }
        Token before = view.tokens().get(first - 1);
        Token function = view.tokens().get(first - 2);
        boolean lone = pieceOfAWord(before);
        if (lone && FUNCTION_WORDS.stream().anyMatch(function.pos()::startsWith)) {
            return before.start();
        }
        // 浙江同/p 屹/vg 律师事务所: a brand's first character read as a function word, after the place opening the clause,
        // where the rest of the brand is one character (not 浙江与正/威国际集团).
        boolean misread = before.word().length() == 1 && SentenceView.isHan(before.word()) && FUNCTION_WORDS.stream().anyMatch(before.pos()::startsWith)
                && FUNCTION_WORDS.stream().noneMatch(view.tokens().get(first).pos()::startsWith)
                && first + 1 < view.tokens().size() && view.tokens().get(first + 1).word().length() > 1;
        int place = !misread ? -1 : view.hits().stream().filter(hit -> hit.end() == before.start() && hit.hasType(EntityType.PLACE)
                        && (hit.start() == view.sentence().start() || SentenceView.isPunctuation(view.charAt(hit.start() - 1))))
                .mapToInt(Lexicon.Hit::start).min().orElse(-1);
        return place >= 0 ? place : start;
    }

    /** Leftmost start of a name ending at {@code end}: back to a boundary token, then past leading verbs, counts and times. */
    static int nameStart(SentenceView view, int end, int maxLength) {
        int index = view.tokenAt(end - 1);
        int start = end;
        while (index >= 0 && view.tokens().get(index).start() >= view.sentence().start()) {
            Token token = view.tokens().get(index);
            // 游港杯是浙江缔顺科技有限公司: the copula 是 ends what is said of the name; it is never part of one. A lone
            // "adverb" morpheme (复/dg of 中复神鹰) is a piece of a name HanLP did not know, no adverb.
            if (Pos.isBoundary(token) && !token.pos().equals("dg") && !beforeAnUnknownCharacter(view, index) && !dashBetweenPlaces(view, index)
                    && !possessiveInsideAName(view, index)
                    && !ordinalInsideAName(view, index)
                    && !aLoneCharacterAfterItsPlace(view, index) || end - token.start() > maxLength || endsADescription(view, index)
                    || street(token) || token.pos().equals("vshi") || anotherFirmsNameEnds(view, index, end)
                    // 渣打银行给予客户stonecastle公司: what one firm is to another comes before the other's name (not 小康控股有限公司).
                    || ROLES_OF_FIRMS.contains(token.word()) && token.end() < end && !ROLES_OF_FIRMS.contains(view.slice(token.end(), end))
                    // 实际控制人孙德彪伙同公司报关部: a person's full name and the verb after it say who did what, no firm's name (not
                    // 重庆陆港/nr 通达/v…, a brand's pieces, nor 王建国/nr 投资/v 有限公司, a trade).
                    || token.pos().equals("v") && token.word().length() >= 2 && !BUSINESS.contains(token.word()) && index > 0
                    && view.tokens().get(index - 1).pos().equals("nr") && view.tokens().get(index - 1).word().length() == 3
                    && view.tokens().get(index - 1).end() == token.start()
                    // 周海峰任甘肃省算力产业集团有限公司党委书记, 王强担任…: a person takes an office at the firm named after the verb.
                    || PositionExtractor.TAKING_OFFICE.contains(token.word()) && index > 0 && view.tokens().get(index - 1).posStartsWith("nr")
                    && view.tokens().get(index - 1).end() == token.start()) {
                // 芜湖三山经开区建设投资…: HanLP cuts a listed zone's short name into function words (经/p 开/v 区/n).
                int listed = Pos.isBoundary(token) ? listedPlaceOrZoneAround(view, token, end) : -1;
                if (listed < 0 || end - listed > maxLength) {
                    break;
                }
                start = listed;
                index = view.tokenAt(listed) - 1;
                continue;
            }
            start = Math.min(start, token.start());
            index--;
        }
        int first = view.tokenAt(start);
        while (first >= 0 && first < view.tokens().size() && view.tokens().get(first).end() < end
                // 联/vg 宝（合肥）: a bound verb morpheme is a piece of a name HanLP did not know, no verb governing it.
                && (Pos.isGoverning(view.tokens().get(first)) && !misreadListItemStart(view, view.tokens().get(first)) && !view.tokens().get(first).pos().equals("vg")
                || Pos.isCount(view.tokens().get(first)) || Pos.isTimeOrLocation(view.tokens().get(first))
                // 2023年辽宁港口集团: the 年 (HanLP's qt) of the date before it.
                || view.tokens().get(first).pos().equals("qt")
                || Pos.isQualifier(view.tokens().get(first)) || ROLES_OF_FIRMS.contains(view.tokens().get(first).word())
                // 园区内, 区内: where the firm is.
                || locative(view.tokens().get(first)) || first + 1 < view.tokens().size() && locative(view.tokens().get(first + 1)) && view.tokens().get(first + 1).end() < end)) {
            start = view.tokens().get(first).end();
            first++;
        }
        // 凭祥综保区内广西友谊关电子科技有限公司: a zone or place and 内 say where the firm is, also where HanLP reads 保/区内.
        for (Lexicon.Hit hit : view.hits()) {
            if (hit.start() == start && hit.end() + 1 < end && view.charAt(hit.end()) == '内' && hit.hasType(EntityType.ZONE, EntityType.PLACE)) {
                start = hit.end() + 1;
                break;
            }
        }
        // 向西安/nr 芯源电子科技有限公司: a preposition HanLP read into a name with the place after it opens no firm's name.
        if (prepositionReadIntoAPlace(view, start)) {
            start++;
        }
        // 乐天（盐城）商业管理有限公司: the brand before the seat in brackets is the name's start, whatever HanLP tags it (乐天/a).
        int before = "（(".indexOf(view.charAt(start)) >= 0 && start > view.sentence().start() ? view.tokenAt(start - 1) : -1;
        if (before >= 0 && view.tokens().get(before).end() == start && view.tokens().get(before).word().length() >= 2
                && SentenceView.isHan(view.tokens().get(before).word()) && !Pos.isBoundary(view.tokens().get(before))) {
            start = view.tokens().get(before).start();
        }
        start = start < end ? withItsFirstCharacter(view, start, end) : start;
        return start < end ? start : -1;
    }

    /** 向西安/nr: the name starts with a preposition HanLP read into one word with the listed place after it. */
    private static boolean prepositionReadIntoAPlace(SentenceView view, int start) {
        int index = view.tokenAt(start);
        Token opening = index < 0 ? null : view.tokens().get(index);
        return opening != null && opening.start() == start && opening.pos().startsWith("nr") && Pos.PREPOSITION_CHARACTERS.indexOf(view.charAt(start)) >= 0
                && view.hits().stream().anyMatch(hit -> hit.start() == start + 1 && hit.end() >= opening.end() && hit.hasType(EntityType.PLACE));
    }

    /**
     * 九三/m 粮油工业集团有限公司（九三集团）: the short name in brackets after the firm's name opens with the characters
     * HanLP read as a count before it; the name starts there too.
     */
    private static int fromItsShortNamesOpening(SentenceView view, int start, int end) {
        java.util.regex.Matcher shortName = DefinedShortNames.BARE_SHORT_NAME.matcher(view.text()).region(end, view.sentence().end());
        if (!shortName.lookingAt()) {
            return start;
        }
        for (int length = 2; length >= 1; length--) {
            int from = start - length;
            if (from >= view.sentence().start() && shortName.group(1).startsWith(view.slice(from, start)) && !view.slice(from, end).startsWith(shortName.group(1))
                    && (from == view.sentence().start() || !SentenceView.isHan(String.valueOf(view.charAt(from - 1))) || view.tokenStartsAt(from))) {
                return from;
            }
        }
        return start;
    }

    /** 中国水利水电第七工程局有限公司: an ordinal between a noun and its number numbers a unit of the group named before it. */
    private static boolean ordinalInsideAName(SentenceView view, int index) {
        Token token = view.tokens().get(index);
        // The numeral after 第 (七/m), then 第 itself.
        int ordinal = token.word().equals("第") ? index : index > 0 && view.tokens().get(index - 1).word().equals("第") ? index - 1 : -1;
        if (ordinal < 1 || ordinal + 1 >= view.tokens().size()) {
            return false;
        }
        Token number = view.tokens().get(ordinal + 1);
        return view.tokens().get(ordinal - 1).posStartsWith("n") && number.posStartsWith("m") && number.word().length() <= 2
                && number.word().chars().allMatch(c -> ORDINAL_NUMERALS.indexOf(c) >= 0);
    }

    private static final String ORDINAL_NUMERALS = "一二三四五六七八九十";

    /**
     * 新疆西部牧业股份有限公司, 黄河上游水电开发有限责任公司: a region of the place right before it (西部/f, 上游/f) is a word of
     * the firm's name, not where the firm is.
     */
    private static boolean regionInsideAName(SentenceView view, int index) {
        Token token = view.tokens().get(index);
        return index > 0 && token.pos().equals("f") && REGIONS_OF_A_PLACE.contains(token.word()) && view.tokens().get(index - 1).pos().equals("ns")
                && view.tokens().get(index - 1).end() == token.start();
    }

    private static final Set<String> REGIONS_OF_A_PLACE = Set.of("东部", "西部", "南部", "北部", "中部", "东南", "西南", "东北", "西北",
            "上游", "中游", "下游");

    /** Start of a listed place, zone or zone word running over {@code token} and ending inside the name being read (before {@code end}), or -1. */
    private static int listedPlaceOrZoneAround(SentenceView view, Token token, int end) {
        return view.hits().stream().filter(hit -> hit.start() <= token.start() && hit.end() >= token.end() && hit.end() < end
                        && (hit.hasType(EntityType.PLACE, EntityType.ZONE) || hit.cue(Cue.CueFamily.ZONE_SUFFIX) != null))
                .mapToInt(Lexicon.Hit::start).min().orElse(-1);
    }

    /**
     * 河南正昇会计师事务所 (正/d 昇/w): one character before a character HanLP does not know is a piece of the same name; so is
     * a preposition's character before a bound verb morpheme (中联自/p 贸/vg 供应链…).
     */
    private static boolean beforeAnUnknownCharacter(SentenceView view, int index) {
        Token token = view.tokens().get(index);
        if (token.word().length() != 1 || index + 1 >= view.tokens().size()) {
            return false;
        }
        Token next = view.tokens().get(index + 1);
        // The preposition's character is glued to a name before it (中联/nz 自/p), not opening a clause (与/p 港/vg…).
        boolean afterAName = index > 0 && view.tokens().get(index - 1).end() == token.start() && Pos.isProper(view.tokens().get(index - 1));
        return next.start() == token.end() && next.word().length() == 1 && SentenceView.isHan(next.word())
                && (next.pos().equals("w") || next.pos().equals("vg") && token.pos().equals("p") && afterAName);
    }

    /**
     * 厦门正新橡胶工业有限公司 (厦门/ns 正/d 新/a): one character HanLP reads as an adverb between a listed place and more of
     * the name, no verb, is a piece of the firm's brand.
     */
    private static boolean aLoneCharacterAfterItsPlace(SentenceView view, int index) {
        Token token = view.tokens().get(index);
        // 济宁东和精密部件有限公司 (东/f 和/cc): so is 和 between a character of the brand and more of it.
        boolean and = token.word().equals("和") && index > 0 && view.tokens().get(index - 1).word().length() == 1;
        if (token.word().length() != 1 || !token.pos().equals("d") && !and || index + 1 >= view.tokens().size()) {
            return false;
        }
        Token next = view.tokens().get(index + 1);
        // 钟祥市郢都酱菜有限公司, 临汾市尧都文化…: or after a lone character of its own after the place (郢/g 都/d).
        Token previous = index > 0 ? view.tokens().get(index - 1) : null;
        int placeEnd = previous != null && previous.word().length() == 1 && previous.end() == token.start() && !Pos.isBoundary(previous)
                && SentenceView.isHan(previous.word()) ? previous.start() : token.start();
        // 和 joins a brand's characters only: never a place to what follows (青岛港和日照港…), nor before another place.
        if (and && (placeEnd == token.start() || view.hits().stream().anyMatch(hit -> hit.start() == next.start() && hit.hasType(EntityType.PLACE, EntityType.ZONE)))) {
            return false;
        }
        return next.start() == token.end() && !Pos.isVerb(next) && !Pos.isBoundary(next)
                && view.hits().stream().anyMatch(hit -> (hit.end() == token.start() && !and || hit.end() == placeEnd) && hit.hasType(EntityType.PLACE));
    }

    /** 内, 区内, 境内: a word saying where, no part of a firm's name. */
    static boolean locative(Token token) {
        return token.word().length() <= 3 && token.word().endsWith("内");
    }

    /**
     * 东方财富信息股份有限公司控股股东沈军增持公司: a registered company name, or a company word followed by a firm's role
     * or a person, ends another company's name; 中国石油天然气集团公司吉林石化公司 names a subsidiary with its parent.
     */
    private static boolean anotherFirmsNameEnds(SentenceView view, int index, int end) {
        String word = view.tokens().get(index).word();
        if (!word.endsWith("公司")) {
            return false;
        }
        // A registered name is whole; only a branch of it goes on (…有限公司深圳分公司).
        if (word.endsWith("有限公司") && view.charAt(end) != '分') {
            return true;
        }
        for (int next = index + 1; next < view.tokens().size() && view.tokens().get(next).start() < end; next++) {
            Token token = view.tokens().get(next);
            if (ROLES_OF_FIRMS.contains(token.word()) || token.posStartsWith("nr")) {
                return true;
            }
        }
        return false;
    }

    /**
     * 天/qt 能/v 控股集团有限公司, 浙江 和/cc 泰/b 储能科技有限公司: a trade name HanLP cut into one-character words it reads as
     * a verb or conjunction. Where only trade words are left, the name runs back over up to two such characters to a mark or
     * the sentence's start; a 和 or 与 between a place opening the clause and a one-character word is the name's too, and so is
     * the brand's first character before the 和 (大连东和精机有限公司).
     */
    private static int withItsTradeNameInPieces(SentenceView view, int start, int nameEnd, int end) {
        if (onlyATrade(view, start, end)) {
            int from = start;
            while (from > view.sentence().start() && start - from < 2 && view.tokenAt(from - 1) >= 0
                    && view.tokens().get(view.tokenAt(from - 1)).word().length() == 1 && SentenceView.isHan(view.charAt(from - 1))) {
                from--;
            }
            boolean opensTheClause = from == view.sentence().start() || SentenceView.isPunctuation(view.charAt(from - 1));
            return from < start && opensTheClause ? from : start;
        }
        int joiner = start - 1;
        if (joiner > view.sentence().start() && "和与".indexOf(view.charAt(joiner)) >= 0 && view.tokenStartsAt(joiner) && view.tokenEndsAt(start)
                && view.tokenAt(start) >= 0 && view.tokens().get(view.tokenAt(start)).word().length() == 1) {
            // 大连/ns 东/f 和/cc 精/a 机/ng 有限公司: the brand's first character (a direction, a bound morpheme or an adjective) may stand
            // between the place and the joiner (not 市 or 港 of the place's own name).
            int brandPiece = view.tokenAt(joiner - 1);
            boolean pieceBefore = brandPiece >= 0 && view.tokens().get(brandPiece).end() == joiner && view.tokens().get(brandPiece).word().length() == 1
                    && BRAND_PIECE_TAGS.stream().anyMatch(view.tokens().get(brandPiece).pos()::equals);
            int placeStart = nameEnd - start < 3 ? -1 : placeOpeningTheClauseEndingAt(view, joiner);
            if (placeStart < 0 && pieceBefore) {
                placeStart = placeOpeningTheClauseEndingAt(view, joiner - 1);
            }
            return placeStart >= 0 ? placeStart : start;
        }
        return start;
    }

    /** Tags of a brand's first character HanLP reads alone: a direction, a bound morpheme, an adjective or a distinguishing word. */
    private static final List<String> BRAND_PIECE_TAGS = List.of("f", "ng", "ag", "a", "b");

    /** The start of a place ending at {@code end} that opens its clause, or -1. */
    private static int placeOpeningTheClauseEndingAt(SentenceView view, int end) {
        return view.hits().stream().filter(place -> place.end() == end && place.hasType(EntityType.PLACE)
                        && (place.start() == view.sentence().start() || SentenceView.isPunctuation(view.charAt(place.start() - 1))))
                .mapToInt(Lexicon.Hit::start).min().orElse(-1);
    }

    /**
     * 中共河南豫航国际物流有限公司支部委员会: the party's name opens the name of the firm's party organization, never the firm's
     * (whose organization is the firm's, as its 党委 is), where two characters of name or more are left before {@code nameEnd}.
     */
    static int afterThePartysName(SentenceView view, int start, int nameEnd) {
        return view.text().startsWith(EntityLinker.PARTY, start) && nameEnd - start - EntityLinker.PARTY.length() >= 2 ? start + EntityLinker.PARTY.length() : start;
    }

    /** 项目公司重庆恒渝芯联封测科技有限公司, 保荐机构西南证券股份有限公司: what the firm is to the notice's issuer, before its name. */
    private static int afterAParty(SentenceView view, int start, int end) {
        for (String party : PARTIES) {
            if (view.text().startsWith(party, start) && end - start - party.length() >= 4 && namesSomething(view, start + party.length(), end)) {
                return start + party.length();
            }
        }
        return start;
    }

    /**
     * Parties to a listed firm's deal, a lawsuit, a penalty, a bankruptcy, a sale or a tender, named before the firm that is one
     * (longest first where one holds another).
     */
    private static final List<String> PARTIES = java.util.stream.Stream.concat(java.util.stream.Stream.of("全资子公司", "控股子公司", "项目公司", "子公司", "孙公司",
            "母公司", "保荐机构", "保荐人", "主承销商", "承销商", "审计机构", "评估机构", "合作方", "交易对方", "被担保人", "担保人", "发行人"),
            CandidateEdges.PARTY_ROLES.stream()).toList();

    /** What one firm is to another, before the other's name: 控股股东重庆小康控股有限公司, 供应商立讯精密…. */
    private static final java.util.Set<String> ROLES_OF_FIRMS = java.util.Set.of("控股", "股东", "大股东", "控股股东", "供应商", "客户");

    private static final List<String> STREET_WORDS = List.of("大道", "大街", "路", "街", "巷");

    /**
     * 小榄工业大道基信锁芯公司: a street is the firm's address, no part of its name: a 大道 or 大街 word, or a place word
     * ending in a street word (not 铁路/n of 中国铁路总公司, nor 丝/路 of 丝路基金有限责任公司).
     */
    static boolean street(Token token) {
        return token.word().equals("大道") || token.word().equals("大街")
                || token.posStartsWith("ns") && token.word().length() >= 2 && STREET_WORDS.stream().anyMatch(token.word()::endsWith);
    }

    /**
     * 富士康科技集团、超聚变数字技术有限公司: a list item is a name from its first character, so a one-character "verb" opening
     * it is HanLP's misreading of the name's start (超/聚变), not a verb governing it.
     */
    /** 受…委托, 经…批准, 由…承办: verbs that govern the firm after them, never a brand's first character. */
    private static final java.util.Set<String> GOVERNING_PREPOSITIONS = java.util.Set.of("受", "经", "由", "据", "应", "向", "对", "为", "被");

    private static boolean misreadListItemStart(SentenceView view, Token token) {
        if (token.word().length() != 1) {
            return false;
        }
        // 7.顺/v 泰跨境电商（湖南）有限公司：: nothing before an item's first word for it to govern. But a preposition's verb, or
        // a place right after the verb, opens the name the verb governs (受南阳卧龙综保建设投资有限公司委托 opening its line).
        int next = view.tokenAt(token.end());
        if (GOVERNING_PREPOSITIONS.contains(token.word()) || next >= 0 && view.tokens().get(next).start() == token.end() && view.tokens().get(next).posStartsWith("ns")) {
            return false;
        }
        int lineStart = view.text().lastIndexOf('\n', token.start() - 1) + 1;
        return view.charAt(token.start() - 1) == '、' || PersonSource.ITEM_NUMBER.matcher(view.text()).region(lineStart, token.start()).matches();
    }

    /** 中国—东盟信息港: a dash between two places joins them in one name. */
    private static boolean dashBetweenPlaces(SentenceView view, int index) {
        Token dash = view.tokens().get(index);
        return "—-－".contains(dash.word()) && index > 0 && index + 1 < view.tokens().size()
                && placeAt(view, view.tokens().get(index - 1)) && placeAt(view, view.tokens().get(index + 1));
    }

    /**
     * 蒙古国戈壁之路物流有限责任公司: 之 between two nouns, the first right after a place, joins them in one name (the road of
     * the Gobi), as no clause before a firm's name does.
     */
    private static boolean possessiveInsideAName(SentenceView view, int index) {
        if (index < 1 || index + 1 >= view.tokens().size() || !view.tokens().get(index).word().equals("之")) {
            return false;
        }
        Token before = view.tokens().get(index - 1);
        Token after = view.tokens().get(index + 1);
        return before.pos().equals("n") && after.pos().equals("n")
                && view.hits().stream().anyMatch(hit -> hit.end() == before.start() && hit.hasType(EntityType.PLACE));
    }

    /** A listed place, or a word HanLP reads as one (东盟). */
    static boolean placeAt(SentenceView view, Token token) {
        return token.posStartsWith("ns")
                || view.hits().stream().anyMatch(hit -> hit.start() == token.start() && hit.end() == token.end() && hit.hasType(EntityType.PLACE));
    }

    /**
     * What a description of a company ends with, before its name: a locality word (qpr之后博彩公司) or the head noun
     * of an apposition (中国最大制笔企业贝发集团, 宁德时代的全资子公司邦普循环科技有限公司; 企业集团 is part of names).
     */
    private static boolean endsADescription(SentenceView view, int index) {
        Token token = view.tokens().get(index);
        boolean nextIsGroup = index + 1 < view.tokens().size() && view.tokens().get(index + 1).word().startsWith("集团");
        return token.pos().equals("f") && token.word().length() >= 2 && !regionInsideAName(view, index) || token.word().equals("企业") && !nextIsGroup
                || isCompanyKind(token) || KINDS_OF_FIRM.contains(token.word());
    }

    /** 德国精密传动设备制造商哈特曼集团: a trade's word for its firms ends a description too. */
    private static final Set<String> KINDS_OF_FIRM = Set.of("制造商", "生产商", "供应商", "运营商", "服务商", "开发商", "厂商", "巨头");

    /** 全资子公司, 上市公司: a word for a kind of company (or one ending in it). */
    static boolean isCompanyKind(Token token) {
        return COMPANY_KINDS.stream().anyMatch(token.word()::endsWith);
    }

    /**
     * The start of a company name that a description runs into (宁德时代的全资子公司邦普循环科技有限公司, 该公司控股子公司天津港物流
     * 发展有限公司, 瑞士生物制药企业诺瓦根公司): just after the last word that ends a description before its last word.
     */
    static int afterCompanyKinds(SentenceView view, int start, int end) {
        List<Token> words = view.tokensWithin(start, end);
        for (int i = words.size() - 2; i >= 0; i--) {
            Token word = words.get(i);
            // 渣打企业银行: a description word before one common word (银行, 公司) is that word's modifier, no description
            // of a name after it.
            if (isCompanyKind(word) || end - word.end() >= 2 && endsADescription(view, view.tokenAt(word.start()))
                    && (i + 2 < words.size() || namesSomething(view, word.end(), end))) {
                return word.end();
            }
        }
        return start;
    }

    /**
     * 辽港集团, 浙能集团, 京投集团: a province's one-character name, a word of its own, and one character of a trade make a
     * provincial firm's brand before its group word.
     */
    private static boolean aProvincesBrand(SentenceView view, int start, Lexicon.Hit group) {
        int end = group.start();
        return end - start == 2 && GROUP_WORDS.contains(group.cue(Cue.CueFamily.COMPANY_SUFFIX).word()) && PROVINCES.indexOf(view.charAt(start)) >= 0
                && PROVINCIAL_TRADES.indexOf(view.charAt(start + 1)) >= 0 && view.tokenStartsAt(start) && view.tokenEndsAt(start + 1) && view.tokenEndsAt(end);
    }

    private static final Set<String> GROUP_WORDS = Set.of("集团", "集团公司");
    /** The one-character names of the provinces, regions and municipalities. */
    private static final String PROVINCES = "京津沪渝冀晋蒙辽吉黑苏浙皖闽赣鲁豫鄂湘粤桂琼川黔滇藏陕甘青宁新";
    /** The trades a provincial firm's brand names in one character: ports, energy, investment, building, transport, travel… */
    private static final String PROVINCIAL_TRADES = "港能投建交旅铁水商信煤电航钢粮医农";

    /** A name holds a proper noun or a gazetteer name, and no verb that makes it a clause (政府成立合资公司). */
    static boolean distinctive(SentenceView view, int start, int end) {
        return noClause(view, start, end) && namesSomething(view, start, end);
    }

    private static final String COOPERATIVE = "合作社";

    /**
     * 南康区唐江镇新江脐橙专业合作社, 新江村股份经济合作社: a cooperative is named by its place or a name, with no verb (not
     * 脐橙种植专业合作社, a kind, nor 合作社获评…专业合作社, a clause).
     */
    private static boolean namedCooperative(SentenceView view, int start, int end) {
        List<Token> words = view.tokensWithin(start, end);
        return !view.slice(start, end).contains(COOPERATIVE) && words.stream().noneMatch(Pos::isVerb)
                && (namesSomething(view, start, end) || words.stream().anyMatch(word -> word.word().length() >= 3 && word.word().endsWith("村")));
    }

    /** A proper noun, a gazetteer name, or a foreign name HanLP spelled character by character, in [start, end). */
    static boolean namesSomething(SentenceView view, int start, int end) {
        return holdsListedNameOrAnchor(view, start, end) || view.tokensWithin(start, end).stream().anyMatch(Pos::isProper)
                || spelledCharacterByCharacter(view, end) >= start;
    }

    /**
     * 维/b 斯/b 川/b 德/b: the start of three or more characters right before {@code end} that HanLP reads one by one as
     * morphemes, none a word of its own (a transliterated brand), or -1.
     */
    static int spelledCharacterByCharacter(SentenceView view, int end) {
        int index = view.tokenAt(end - 1);
        int start = end;
        int count = 0;
        while (index >= 0 && view.tokens().get(index).end() == start && view.tokens().get(index).start() >= view.sentence().start()
                && view.tokens().get(index).word().length() == 1 && SentenceView.isHan(view.tokens().get(index).word())
                && SPELLING_TAGS.contains(view.tokens().get(index).pos())) {
            start = view.tokens().get(index).start();
            count++;
            index--;
        }
        return count >= 3 ? start : -1;
    }

    private static final Set<String> SPELLING_TAGS = Set.of("b", "bg", "ng", "g", "x", "nrf", "nr", "ag", "vg", "tg", "dg", "k", "h");

    /** A gazetteer name inside [start, end), or 国家 / 中国 opening it. */
    static boolean holdsListedNameOrAnchor(SentenceView view, int start, int end) {
        return view.hits().stream().anyMatch(hit -> hit.start() >= start && hit.end() <= end
                && (!hit.value().entries().isEmpty() || hit.start() == start && hit.cue(Cue.CueFamily.ORG_ANCHOR) != null));
    }

    /**
     * 香港公司, 美国公司: a listed place and a bare company word say where a company is from, not which one it is
     * (HanLP's place tags are not enough: it tags the brand 绿城 as a place).
     */
    static boolean onlyAPlace(SentenceView view, int start, int end) {
        return view.hits().stream().anyMatch(hit -> hit.start() == start && hit.end() == end && hit.hasType(EntityType.PLACE));
    }

    /**
     * 科技有限公司, 投资集团有限公司, 会计师事务所有限公司: a registered legal form after words of a trade alone is what HanLP
     * or the tagger left of a name it cut, or a kind of firm; no firm's name (东方财富信息, 丝路基金 are names).
     */
    static boolean onlyATrade(SentenceView view, int start, int end) {
        int legalForm = view.hits().stream().filter(hit -> hit.end() == end && hit.cue(Cue.CueFamily.COMPANY_SUFFIX) != null
                        && REGISTERED_FORMS.contains(hit.cue(Cue.CueFamily.COMPANY_SUFFIX).word()))
                .mapToInt(Lexicon.Hit::start).min().orElse(-1);
        if (legalForm <= start || !view.tokenStartsAt(start)) {
            return false;
        }
        List<Token> words = view.tokensWithin(start, legalForm);
        return !words.isEmpty() && words.get(words.size() - 1).end() == legalForm && words.stream().allMatch(word -> TRADE_WORDS.contains(word.word()));
    }

    /** 物流, 科技, 跨境: a word of a trade, no name's. */
    static boolean aTradeWord(String word) {
        return TRADE_WORDS.contains(word) || ZONE_TRADES.contains(word) || NameAnchors.anIndustry(word);
    }

    /** Trades parks are named after, beside the firms' (跨境电子商务产业园, 现代物流园). */
    private static final Set<String> ZONE_TRADES = Set.of("跨境", "现代", "商贸", "仓储", "冷链", "保税");

    private static final Set<String> TRADE_WORDS = Set.of("科技", "技术", "投资", "集团", "建设", "发展", "开发", "会计师", "事务所", "律师",
            "实业", "贸易", "物流", "管理", "咨询", "服务", "新能源", "商业", "置业", "控股", "能源", "信息", "电子", "工程", "营销", "销售",
            "制造", "生产", "运营", "经营", "创新", "国际", "网络", "数字", "智能", "供应链", "进出口", "国际贸易", "文化", "传媒", "医疗", "生物",
            "材料", "新材料", "环保", "设备", "机械", "汽车", "房地产", "地产", "金融", "资产", "资本", "基金", "保险", "证券", "融资", "租赁");

    /** 上海一家小型催账公司 describes a company; a bare 公司 after a count names none. */
    static boolean noCount(SentenceView view, int start, int end) {
        return view.tokensWithin(start, end).stream().noneMatch(Pos::isCount);
    }

    /** No verb that makes the phrase a clause (政府成立合资公司), no count that makes it a description (武汉市一位…公司). */
    static boolean noClause(SentenceView view, int start, int end) {
        List<Token> words = view.tokensWithin(start, end);
        for (int i = 0; i < words.size(); i++) {
            if ((Pos.isClauseVerb(words.get(i)) || words.get(i).pos().equals("mq") && !ordinalInsideAName(view, view.tokenAt(words.get(i).start())))
                    && !partOfTheName(view, words, i, end)) {
                return false;
            }
        }
        return true;
    }

    /** The verb at {@code verb} of the words before the legal form at {@code end} is the name's own, governing nothing. */
    private static boolean partOfTheName(SentenceView view, List<Token> words, int verb, int end) {
        return whatTheFirmDoes(view, words.get(verb), end) || businessAfterAName(view, words, verb) || tradeAfterADistinguishingWord(view, words, verb);
    }

    /**
     * 投资发展有限公司, 经济发展（集团）有限公司: a verb right before the legal form says what the firm does. So does one the
     * firm's short name holds: 重庆渝/新/通达/v供应链管理有限公司（以下简称“渝新通达”）.
     */
    private static boolean whatTheFirmDoes(SentenceView view, Token token, int end) {
        return !token.pos().equals("mq") && (LEGAL_FORM_AFTER_A_VERB.matcher(view.slice(token.end(), end)).matches() || inItsShortName(view, token, end));
    }

    /** The word stands in the short name given in brackets right after the legal form that starts at {@code legalForm}. */
    private static boolean inItsShortName(SentenceView view, Token token, int legalForm) {
        int formEnd = view.hits().stream().filter(hit -> hit.start() == legalForm && hit.cue(Cue.CueFamily.COMPANY_SUFFIX) != null)
                .mapToInt(Lexicon.Hit::end).max().orElse(-1);
        if (formEnd < 0 || token.word().length() < 2) {
            return false;
        }
        String shortName = DefinedShortNames.givenAt(view.text(), formEnd, view.sentence().end());
        return shortName != null && shortName.contains(token.word());
    }
}
