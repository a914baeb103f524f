package io.zonelens.ingest.extraction.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Keeps a non-overlapping set of candidates: the longest span first (泰达综合保税区 over 保税区, a company over the
 * person inside it), then the better-ranked source for its type, then confidence. Candidates of gap-filling sources
 * (see {@link SourceRanking#fillsGapsOnly}) are only kept where nothing else was.
 */
public final class OverlapResolver {

    private final SourceRanking ranking;
    private final Comparator<EntityCandidate> longestFirst;

    public OverlapResolver(SourceRanking ranking) {
        this.ranking = ranking;
        this.longestFirst = Comparator.comparingInt(EntityCandidate::length).reversed()
                .thenComparingInt(ranking::rank)
                .thenComparing(Comparator.comparingDouble(EntityCandidate::confidence).reversed())
                .thenComparingInt(EntityCandidate::start);
    }

    public List<EntityCandidate> resolve(List<EntityCandidate> candidates) {
        return resolve(candidates, null);
    }

    /**
     * @param sentence the sentence the candidates are from; in a document that names no zone (general news) the
     *                 tagger, trained on general news, decides more about companies (see {@link #redrawsCompanyStart}
     *                 and {@link #unsupportedDescription})
     */
    public List<EntityCandidate> resolve(List<EntityCandidate> candidates, SentenceView sentence) {
        List<EntityCandidate> kept = new ArrayList<>();
        keepNonOverlapping(candidates.stream().filter(candidate -> !ranking.fillsGapsOnly(candidate)
                && !unsupportedDescription(candidate, candidates, sentence) && !institutionToTheTagger(candidate, candidates)
                && !firmInAListOfFirms(candidate, candidates, sentence)).toList(), kept);
        fillGaps(candidates.stream().filter(ranking::fillsGapsOnly).toList(), kept, sentence);
        kept.sort(Comparator.comparingInt(EntityCandidate::start));
        return kept;
    }

    /**
     * A gap-filling candidate is kept where it overlaps nothing kept. A body, company or organization is also kept
     * over place names inside it, a body over zone names too (美国国防部 over 美国, 四川天府新区成都直管区管委会 over
     * 四川天府新区; they stay known as its jurisdiction), and over one shorter
     * institution inside it (住房和城乡建设部住房保障司 over 住房和城乡建设部), which it replaces; never over a title.
     */
    private void fillGaps(List<EntityCandidate> candidates, List<EntityCandidate> kept, SentenceView sentence) {
        List<EntityCandidate> sorted = new ArrayList<>(candidates);
        sorted.sort(longestFirst);
        for (EntityCandidate candidate : sorted) {
            List<EntityCandidate> overlapped = kept.stream().filter(candidate::overlaps).toList();
            if (overlapped.isEmpty() || candidate.type().isInstitution() && replaceable(candidate, overlapped, sentence)
                    || redrawsCompanyStart(candidate, overlapped, sentence) || aCountrysTeam(candidate, overlapped, sentence)) {
                kept.removeAll(overlapped);
                kept.add(candidate);
            }
        }
    }

    /**
     * 阿根廷本轮主场面对乌拉圭: in sports news a country the tagger reads as an organization is its national team; elsewhere
     * (对阿根廷出口, 以色列与伊朗的对战) it stays a place: the cues are words of ball games only.
     */
    private static boolean aCountrysTeam(EntityCandidate candidate, List<EntityCandidate> overlapped, SentenceView sentence) {
        if (sentence == null || sentence.zoneDocument() || candidate.type() != EntityType.ORGANIZATION || overlapped.size() != 1) {
            return false;
        }
        EntityCandidate place = overlapped.get(0);
        // 巴西籍外援: a country before 籍 or 裔 is a player's nationality, no team.
        return place.type() == EntityType.PLACE && place.start() == candidate.start() && place.end() == candidate.end()
                && "籍裔".indexOf(sentence.charAt(place.end())) < 0
                && sentence.namesACountry(place.start(), place.end()) && SPORTS.matcher(sentence.slice(sentence.sentence().start(), sentence.sentence().end())).find();
    }

    private static final java.util.regex.Pattern SPORTS = java.util.regex.Pattern.compile(
            "主场(?!外交|馆|活动|论坛|会议)|客场|比赛|赛事|球队|主帅|进球|爆冷|让球|盘口|联赛|世预赛|世界杯|欧洲杯|预选赛|逼和|防平|前锋|后卫|门将|主教练");

    private static boolean replaceable(EntityCandidate candidate, List<EntityCandidate> overlapped, SentenceView sentence) {
        long institutions = overlapped.stream().filter(k -> k.type().isInstitution()).count();
        return institutions <= 1 && overlapped.stream().allMatch(k -> candidate.contains(k) && k.length() < candidate.length()
                && (k.type() == EntityType.PLACE || k.type() == EntityType.ZONE && candidate.type() == EntityType.GOVERNMENT || k.type().isInstitution()))
                && (institutions == 0 || sentence == null || !sentence.zoneDocument() || endsInAnInstitutionWord(sentence, candidate));
    }

    /**
     * 住房保障司, 研究所, 有限公司: what makes a longer institution of a shorter one in a zone document (联合利华新品 is a
     * product, 京东国家馆 a pavilion). General news names its institutions more loosely (工行信贷管理部).
     */
    private static boolean endsInAnInstitutionWord(SentenceView sentence, EntityCandidate candidate) {
        return sentence.hits().stream().anyMatch(hit -> hit.end() == candidate.end() && hit.start() > candidate.start() && hit.endsAnInstitution());
    }

    /**
     * In general news a bare 公司 or 集团 ends descriptions as often as names (信用卡寄到公司, 主流强队多受博彩公司): there
     * the pattern's company stands only where the tagger sees a company too.
     */
    private static boolean unsupportedDescription(EntityCandidate candidate, List<EntityCandidate> candidates, SentenceView sentence) {
        return sentence != null && !sentence.zoneDocument() && candidate.source().equals(CompanyPatternSource.NAME)
                && candidate.confidence() < CompanyPatternSource.REGISTERED_CONFIDENCE
                && candidates.stream().noneMatch(other -> other.source().equals(LearnedSource.NAME) && other.type() == EntityType.COMPANY && other.overlaps(candidate));
    }

    /**
     * 苏富比和佳士得: HanLP's recognizer reads a surname and two characters as a person wherever they stand; where the
     * tagger reads the very same span as a company, body or organization, the person is HanLP's guess only.
     */
    private static boolean institutionToTheTagger(EntityCandidate candidate, List<EntityCandidate> candidates) {
        return candidate.source().equals(PersonSource.HANLP) && candidates.stream().anyMatch(other -> other.source().equals(LearnedSource.NAME)
                && other.type().isInstitution() && other.start() == candidate.start() && other.end() == candidate.end());
    }

    /**
     * 广汽埃安、宁德时代等企业: a person the tagger reads where a list of firms names one, in characters HanLP reads as no
     * person's name, is that firm (王明、李华等企业代表 stay persons).
     */
    private static boolean firmInAListOfFirms(EntityCandidate candidate, List<EntityCandidate> candidates, SentenceView sentence) {
        return sentence != null && candidate.type() == EntityType.PERSON
                && candidates.stream().anyMatch(other -> other.source().equals(EnumeratedCompanySource.NAME) && other.start() == candidate.start()
                        && other.end() == candidate.end())
                && sentence.tokensWithin(candidate.start(), candidate.end()).stream().noneMatch(token -> token.pos().startsWith("nr"));
    }

    /**
     * The company pattern runs left to the previous boundary and past one-character verbs (承办方富龙集团, 交|银国际控股);
     * in general news the tagger knows better where a company name starts: a company it finds ending where the
     * pattern's ends redraws the start, back over a character the pattern dropped, or forward past words that name
     * nothing (承办方, 生产商), never past a name (古德里奇航空结构服务(中国)有限公司 stays whole).
     */
    private static boolean redrawsCompanyStart(EntityCandidate candidate, List<EntityCandidate> overlapped, SentenceView sentence) {
        if (sentence == null || sentence.zoneDocument() || candidate.type() != EntityType.COMPANY || overlapped.size() != 1) {
            return false;
        }
        EntityCandidate pattern = overlapped.get(0);
        // （郑州）有限公司: the seat in brackets follows the name; it never opens one.
        boolean opensAtTheSeat = "（(".indexOf(sentence.charAt(candidate.start())) >= 0;
        return pattern.type() == EntityType.COMPANY && pattern.end() == candidate.end() && pattern.start() != candidate.start() && !opensAtTheSeat
                && (candidate.start() < pattern.start() || !CompanyPatternSource.namesSomething(sentence, pattern.start(), candidate.start())
                        && !placeWithItsLevel(sentence, pattern.start(), candidate.start())
                        || aRole(sentence, pattern.start(), candidate.start()));
    }

    /**
     * 锡林浩特市, 察右前旗: a place no list knows, told by a level word HanLP reads alone (up to the tagger's start, its own first
     * character included: 锡林浩特/n + 市/n 蒙香源…; not 超市 or 城市, one word), 市 or 区 after a word of two characters at least.
     * It opens the firm's name.
     */
    private static boolean placeWithItsLevel(SentenceView sentence, int start, int end) {
        for (int at = start + 2; at <= end && at < sentence.sentence().end(); at++) {
            int index = sentence.tokenAt(at);
            if (index > 0 && PositionExtractor.LEVELS.indexOf(sentence.charAt(at)) >= 0 && sentence.tokens().get(index).start() == at
                    && sentence.tokens().get(index).end() == at + 1 && sentence.tokens().get(index - 1).end() == at
                    && (sentence.tokens().get(index - 1).word().length() >= 2 || "市区".indexOf(sentence.charAt(at)) < 0)) {
                return true;
            }
        }
        return false;
    }

    /** 承办方, 生产商: a party to something (方) or a kind of trader (商), which HanLP may tag a proper noun, names no firm. */
    private static boolean aRole(SentenceView sentence, int start, int end) {
        String words = sentence.slice(start, end);
        return words.length() >= 2 && words.length() <= 4 && "方商".indexOf(words.charAt(words.length() - 1)) >= 0
                && !CompanyPatternSource.holdsListedNameOrAnchor(sentence, start, end);
    }

    private void keepNonOverlapping(List<EntityCandidate> candidates, List<EntityCandidate> kept) {
        List<EntityCandidate> sorted = new ArrayList<>(candidates);
        sorted.sort(longestFirst);
        for (EntityCandidate candidate : sorted) {
            if (kept.stream().noneMatch(candidate::overlaps)) {
                kept.add(candidate);
            }
        }
    }
}
