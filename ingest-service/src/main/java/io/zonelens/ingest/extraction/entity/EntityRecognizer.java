package io.zonelens.ingest.extraction.entity;

import io.zonelens.ingest.config.IngestConfig;
import io.zonelens.ingest.extraction.entity.learned.LearnedEntityTagger;
import io.zonelens.ingest.extraction.entity.learned.TaggedSpan;
import io.zonelens.ingest.extraction.pipeline.AnalyzedDocument;
import io.zonelens.ingest.extraction.pipeline.Layer;
import io.zonelens.ingest.extraction.pipeline.PipelineStage;
import io.zonelens.ingest.extraction.pipeline.Sentence;
import io.zonelens.ingest.extraction.token.Token;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Entities, their canonical names and positions held: scans each sentence once with the {@link Lexicon}, asks every
 * {@link EntityCandidateSource}, resolves overlaps per sentence, links within the document, then reads titles.
 */
@ApplicationScoped
public class EntityRecognizer implements PipelineStage {

    private final Lexicon lexicon;
    private final List<EntityCandidateSource> sources;
    /** The tagger, when one runs: it reads each sentence before the sources, which may all use its spans. */
    private final LearnedSource learnedSource;
    private final OverlapResolver resolver;
    private final EntityLinker linker;
    private final DefinedShortNames shortNames;
    private final DocumentNumbers documentNumbers = new DocumentNumbers();
    private final RepeatedNames repeatedNames;
    private final RepeatedShortNames repeatedShortNames;
    private final ZonesListedTogether zonesListedTogether;
    private final PositionExtractor positions;

    @Inject
    public EntityRecognizer(Lexicon lexicon, IngestConfig config) {
        this(lexicon, config.extraction().learnedTagger() ? standardSources(lexicon.gazetteer()) : patternSources(lexicon.gazetteer()),
                SourceRanking.standard());
    }

    public EntityRecognizer(Lexicon lexicon) {
        this(lexicon, standardSources(lexicon.gazetteer()), SourceRanking.standard());
    }

    private static final String LEAGUE = "盟";

    public EntityRecognizer(Lexicon lexicon, List<EntityCandidateSource> sources, SourceRanking ranking) {
        this.lexicon = lexicon;
        this.sources = List.copyOf(sources);
        this.learnedSource = sources.stream().filter(LearnedSource.class::isInstance).map(LearnedSource.class::cast).findFirst().orElse(null);
        this.resolver = new OverlapResolver(ranking);
        this.linker = new EntityLinker(lexicon.gazetteer(), lexicon.bodyCues());
        this.shortNames = new DefinedShortNames(linker, lexicon.gazetteer());
        // A league's government is its administrative office (兴安盟行政公署), a people's government elsewhere (not 东盟's, no league).
        this.positions = new PositionExtractor(place -> place.length() > 2 && place.endsWith(LEAGUE)
                ? linker.canonical(EntityType.GOVERNMENT, place + "行政公署", EntityLinker.Home.UNKNOWN)
                : linker.canonical(EntityType.GOVERNMENT, place + "政府", EntityLinker.Home.UNKNOWN));
        this.repeatedNames = new RepeatedNames(new PersonNameFilter(lexicon.gazetteer()));
        this.repeatedShortNames = new RepeatedShortNames(lexicon.gazetteer());
        this.zonesListedTogether = new ZonesListedTogether(lexicon.gazetteer());
    }

    public static List<EntityCandidateSource> standardSources(Gazetteer gazetteer) {
        return standardSources(gazetteer, LearnedEntityTagger.loadDefault());
    }

    /** The patterns with the given tagger: how a model in training is scored as part of the whole stage. */
    public static List<EntityCandidateSource> standardSources(Gazetteer gazetteer, LearnedEntityTagger tagger) {
        List<EntityCandidateSource> sources = new ArrayList<>(patternSources(gazetteer));
        sources.add(new LearnedSource(tagger, new PersonNameFilter(gazetteer)));
        return List.copyOf(sources);
    }

    /** The gazetteers and patterns alone, without the learned tagger (its model is never loaded). */
    public static List<EntityCandidateSource> patternSources(Gazetteer gazetteer) {
        return List.of(new GazetteerSource(), new PlacePatternSource(gazetteer), new ZonePatternSource(gazetteer), new GovernmentBodySource(), new CompanyPatternSource(),
                new EnumeratedCompanySource(), new OrganizationPatternSource(), new PolicySource(),
                new PersonSource(new PersonNameFilter(gazetteer)));
    }

    /** The same recognizer with one more source, e.g. the learned tagger. */
    public EntityRecognizer with(EntityCandidateSource source, SourceRanking ranking) {
        List<EntityCandidateSource> all = new ArrayList<>(sources);
        all.add(source);
        return new EntityRecognizer(lexicon, all, ranking);
    }

    @Override
    public String name() {
        return "entities";
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.SENTENCES, Layer.TOKENS);
    }

    @Override
    public Set<Layer> adds() {
        return Set.of(Layer.ENTITIES);
    }

    @Override
    public AnalyzedDocument apply(AnalyzedDocument document) {
        return document.withEntities(recognize(document));
    }

    public EntityLayer recognize(AnalyzedDocument document) {
        String text = document.text();
        List<SentenceView> views = views(text, document.sentences(), document.tokens());
        List<ResolvedCandidate> resolved = new ArrayList<>();
        for (SentenceView view : views) {
            List<EntityCandidate> candidates = new ArrayList<>();
            for (EntityCandidateSource source : sources) {
                candidates.addAll(candidatesOf(source, view));
            }
            candidates.addAll(GovernmentBodySource.ofTheYouthLeague(view, candidates));
            candidates.removeIf(candidate -> CandidateEdges.runsOverAClause(view, candidate) || CandidateEdges.holdingVerbBetweenTitles(view, candidate));
            for (EntityCandidate found : resolver.resolve(GovernmentBodySource.withTheirNumberedUnits(GovernmentBodySource.openedAtTheirZone(candidates, view), view), view)) {
                EntityCandidate candidate = CandidateEdges.trimmed(found, view);
                if (candidate != null && (candidate.type() != EntityType.GOVERNMENT || !GovernmentBodySource.ofEveryPlace(view, candidate.start(), candidate.end()))) {
                    resolved.add(new ResolvedCandidate(candidate, view.sentence().index()));
                }
            }
        }
        List<Lexicon.Hit> hits = new ArrayList<>();
        // 《推进中国（上海）自由贸易试验区…方案》 in a national document: a title names places the document is not from.
        views.forEach(view -> view.hits().stream()
                .filter(hit -> !view.sentence().holdsAnyOf(view.text(), "《") || !view.insideBookTitle(hit.start(), hit.end())).forEach(hits::add));
        EntityLinker.Home home = EntityLinker.Home.of(text, hits, lexicon.gazetteer(), document.source(), document.title());
        List<EntityMention> named = new ArrayList<>(linker.link(text, repeatedNames.apply(text, views, resolved), home));
        // 东疆 after 东疆综合保税区管委会: a zone named only inside its body's name is named in full all the same.
        List<EntityMention> nested = jurisdictions(views, named, home);
        // 高新区 of 高新区管委会, found as the bare zone opening its body and as a listed name: one mention, a bare word's
        // (standing for the name in full).
        int namedBefore = named.size();
        java.util.Map<String, Integer> spans = new java.util.HashMap<>();
        for (int i = 0; i < named.size(); i++) {
            spans.putIfAbsent(spanOf(named.get(i)), i);
        }
        for (EntityMention inner : nested) {
            Integer same = spans.get(spanOf(inner));
            if (same == null) {
                spans.put(spanOf(inner), named.size());
                named.add(inner);
            } else if (same >= namedBefore && inner.contextual()) {
                named.set(same, inner);
            }
        }
        // 兰州 of 兰州新区 of 兰州新区管委会: a zone named inside a body's name has its own place inside it.
        jurisdictions(views, nested.stream().filter(m -> m.type() == EntityType.ZONE).toList(), home).stream()
                .filter(place -> named.stream().noneMatch(m -> m.type() == place.type() && m.start() == place.start() && m.end() == place.end()))
                .forEach(named::add);
        named.addAll(parentBodies(views, named, home));
        // 郑东新区 after 郑州市郑东新区管委会: the zone a body's name holds is one a short name may stand for.
        linker.linkShortZones(named);
        List<EntityMention> linked = zonesListedTogether.apply(text, views, repeatedShortNames.apply(text, views, named));
        List<EntityMention> mentions = linker.withoutCountiesOfOtherProvinces(
                linker.withoutTheirCountry(documentNumbers.apply(text, views, shortNames.apply(text, views, linked))), home);
        LocalDate asOf = DocumentDate.of(document);
        PositionExtractor.Result titles = positions.extract(text, views, mentions, asOf, home, document.source());
        List<EntityMention> all = new ArrayList<>(mentions);
        // A title the tagger already marked (常务副院长 around 副院长) is one mention, the tagger's; but a listed title the
        // tagger cut into pieces (二级主任 + 科员 of 二级主任科员) or cut short (巡视员 of 二级巡视员, 董事 of 独立董事) replaces them.
        for (EntityMention title : titles.titles()) {
            // 有关负责人表示: 负责人 is a title only of the person it names (边民合作社负责人李玉梅); alone it is no more than a role.
            if (title.text().equals(PERSON_IN_CHARGE) && titles.positions().stream().noneMatch(held -> held.start() <= title.start() && title.end() <= held.end())) {
                continue;
            }
            List<EntityMention> marked = mentions.stream().filter(m -> m.type() == EntityType.POSITION && overlap(m, title)).toList();
            boolean cutIntoPieces = !marked.isEmpty() && marked.stream().allMatch(m -> m.start() >= title.start() && m.end() <= title.end()
                    && (marked.size() > 1 || m.end() - m.start() < title.end() - title.start()));
            if (cutIntoPieces) {
                all.removeAll(marked);
            }
            if (marked.isEmpty() || cutIntoPieces) {
                all.add(title);
            }
        }
        List<EntityMention> addressed = AddressedByTitle.mentions(views, all, titles.positions());
        // 冼关长, read as a name of its own, is replaced by the same span linked to the person addressed; 主任 of 许主任 is part
        // of the address, no office named there.
        all.removeIf(m -> (m.type() == EntityType.PERSON || m.type() == EntityType.POSITION)
                && addressed.stream().anyMatch(a -> a.start() <= m.start() && m.end() <= a.end()
                        || m.type() == EntityType.PERSON && m.start() < a.end() && a.start() < m.end()));
        all.addAll(addressed);
        all.sort(java.util.Comparator.comparingInt(EntityMention::start).thenComparingInt(m -> -m.end()));
        // 周副总经理: the office read for a name HanLP cut from the address (周副) is the addressed person's, held already.
        List<PositionHeld> positions = titles.positions().stream().filter(held -> addressed.stream()
                .noneMatch(a -> a.start() < held.start() && held.end() <= a.end() && !a.canonical().equals(held.person()))).toList();
        return new EntityLayer(all, positions, cooccurrences(mentions), home.provinceName(), home.autonomousPrefecture(), home.issuingCity());
    }

    private static final String PERSON_IN_CHARGE = "负责人";

    private static String spanOf(EntityMention m) {
        return m.type() + ":" + m.start() + ":" + m.end();
    }

    private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(EntityRecognizer.class);

    /**
     * A source's candidates in a sentence; a source that fails on one sentence (a fault in its rules) gives none there,
     * so the document keeps what every other source and sentence found.
     */
    private static List<EntityCandidate> candidatesOf(EntityCandidateSource source, SentenceView view) {
        try {
            return source.candidates(view);
        } catch (RuntimeException e) {
            LOG.warnf(e, "entity source %s failed on sentence %d", source.name(), view.sentence().index());
            return List.of();
        }
    }

    private static boolean overlap(EntityMention a, EntityMention b) {
        return a.start() < b.end() && b.start() < a.end();
    }

    private List<SentenceView> views(String text, List<Sentence> sentences, List<Token> tokens) {
        List<List<Lexicon.Hit>> hits = sentences.stream().map(sentence -> lexicon.scan(text, sentence.start(), sentence.end())).toList();
        boolean zoneDocument = hits.stream().flatMap(List::stream)
                .anyMatch(hit -> hit.hasType(EntityType.ZONE) || hit.cue(Cue.CueFamily.ZONE_SUFFIX) != null);
        List<SentenceView> views = new ArrayList<>(sentences.size());
        int from = 0;
        for (int i = 0; i < sentences.size(); i++) {
            Sentence sentence = sentences.get(i);
            while (from < tokens.size() && tokens.get(from).start() < sentence.start()) {
                from++;
            }
            int to = from;
            while (to < tokens.size() && tokens.get(to).end() <= sentence.end()) {
                to++;
            }
            List<TaggedSpan> learned = learnedSource == null ? null : learnedSource.tag(text.substring(sentence.start(), sentence.end()), tokens.subList(from, to));
            SentenceView view = new SentenceView(text, sentence, tokens.subList(from, to), hits.get(i), zoneDocument, learned);
            List<Lexicon.Hit> words = view.hits().stream().filter(hit -> !titleInsideAnotherWord(view, hit) && !titleNamingAnAward(view, hit)).toList();
            views.add(words.size() == view.hits().size() ? view : new SentenceView(text, sentence, view.tokens(), words, zoneDocument, learned));
            from = to;
        }
        return views;
    }

    /**
     * 股长 of A股长线, 议长 of 会议长达, 林长 of 王林长期, 河长 of 黄河长江: a title that is a piece of common words too is one only
     * where HanLP reads a word starting there; dropped here, so that no source reads it.
     */
    private static boolean titleInsideAnotherWord(SentenceView view, Lexicon.Hit hit) {
        Cue title = hit.cue(Cue.CueFamily.TITLE);
        return title != null && hit.value().entries().isEmpty() && hit.value().cues().size() == 1 && PIECES_OF_OTHER_WORDS.contains(title.word())
                && !view.tokenStartsAt(hit.start());
    }

    /** 区长质量奖, 市长奖, 省长特别奖: a head's title that names a prize is held by no one there (not 最佳导演奖, whose 导演 is a role). */
    private static final java.util.regex.Pattern AWARD_AFTER = java.util.regex.Pattern.compile("(?:质量|特别|贡献|创新|荣誉)?奖(?![励金惩])");

    private static boolean titleNamingAnAward(SentenceView view, Lexicon.Hit hit) {
        Cue title = hit.cue(Cue.CueFamily.TITLE);
        return title != null && title.word().endsWith("长") && hit.value().entries().isEmpty()
                && AWARD_AFTER.matcher(view.text()).region(hit.end(), view.sentence().end()).lookingAt();
    }

    private static final Set<String> PIECES_OF_OTHER_WORDS = Set.of("股长", "议长", "副议长", "河长", "副河长", "湖长", "河湖长", "总河长", "副总河长",
            "林长", "总林长", "副总林长");

    /**
     * 南宁海关党委, 广东省委统战部, 洛阳海关综保区监管科, 市委宣传部: a unit or committee named after the body it belongs to has
     * that body inside its name, named as it is elsewhere (南宁海关, 广东省委, 天津市委): the body word inside the name that ends
     * last before the unit's name, where a place or zone, or the level alone, opens the name; else a listed body opening it
     * (商务部 of 商务部外资司).
     */
    private List<EntityMention> parentBodies(List<SentenceView> views, List<EntityMention> named, EntityLinker.Home home) {
        Set<Long> spans = new java.util.HashSet<>();
        named.stream().filter(m -> m.type() == EntityType.GOVERNMENT).forEach(m -> spans.add(((long) m.start() << 32) | m.end()));
        List<EntityMention> parents = new ArrayList<>();
        for (EntityMention m : named) {
            if (m.type() != EntityType.GOVERNMENT || m.text().indexOf('驻') >= 0) {
                continue;
            }
            SentenceView view = views.get(m.sentenceIndex());
            // 中共郑州海关委员会: the body named after the party's name.
            int from = m.text().startsWith(EntityLinker.PARTY) ? m.start() + EntityLinker.PARTY.length() : m.start();
            Lexicon.Hit parent = view.hits().stream().filter(hit -> hit.start() >= from && hit.end() < m.end() && hit.cue(Cue.CueFamily.GOV_BODY) != null
                            && view.tokenEndsAt(hit.end()) && opensABodysName(view, from, hit))
                    .max(java.util.Comparator.comparingInt(Lexicon.Hit::end)).orElse(null);
            // 海关总署自贸区和特殊区域发展司, 国家税务总局河南省税务局: or a listed body opens the name, the unit's or office's after it
            // (in documents of our domain: CLUENER labels only the whole).
            parent = parent != null || !view.zoneDocument() ? parent : view.hits().stream().filter(hit -> hit.start() == from && hit.end() < m.end() && hit.hasType(EntityType.GOVERNMENT)
                            && view.tokenStartsAt(from) && view.tokenEndsAt(hit.end()))
                    .max(java.util.Comparator.comparingInt(Lexicon.Hit::end)).orElse(null);
            if (parent == null || spans.contains(((long) from << 32) | parent.end())) {
                continue;
            }
            String unit = view.slice(parent.end(), m.end());
            String surface = view.slice(from, parent.end());
            String canonical = m.canonical().endsWith(unit) && m.canonical().length() > unit.length() && from == m.start()
                    ? m.canonical().substring(0, m.canonical().length() - unit.length()) : linker.canonical(EntityType.GOVERNMENT, surface, home);
            parents.add(new EntityMention(EntityType.GOVERNMENT, from, parent.end(), surface, canonical, m.sentenceIndex()));
            spans.add(((long) from << 32) | parent.end());
        }
        return parents;
    }

    /** A listed place or zone opens the name up to the body word (南宁+海关), or the body word is a level's committee or government alone (市委). */
    private static boolean opensABodysName(SentenceView view, int start, Lexicon.Hit body) {
        String name = view.slice(start, body.end());
        return LEVELS_BODIES.matcher(name).matches() || body.start() > start && view.hits().stream().anyMatch(hit -> hit.start() == start
                && hit.end() <= body.start() && hit.hasType(EntityType.PLACE, EntityType.ZONE) && view.tokenStartsAt(start));
    }

    private static final java.util.regex.Pattern LEVELS_BODIES = java.util.regex.Pattern.compile("[省市区县州]委|[省市区县州]政府");

    /** The longest listed name of one of {@code types} starting at {@code start} inside {@code m}, as a mention of its own. */
    private List<EntityMention> listedNamesAt(SentenceView view, EntityMention m, Set<String> named, int start, EntityType... types) {
        return view.hits().stream().filter(hit -> hit.start() == start && hit.end() < m.end() && hit.hasType(types))
                .max(java.util.Comparator.comparingInt(Lexicon.Hit::end))
                .map(hit -> {
                    GazetteerEntry entry = entryOf(hit, m, named);
                    return List.of(new EntityMention(entry.type(), hit.start(), hit.end(), view.slice(hit.start(), hit.end()), entry.canonical(), m.sentenceIndex()));
                }).orElse(List.of());
    }

    private static Lexicon.Hit longestJurisdictionAt(SentenceView view, EntityMention m, int start) {
        Lexicon.Hit longest = null;
        for (Lexicon.Hit hit : view.hits()) {
            if (hit.start() == start && hit.end() < m.end() && hit.hasType(EntityType.PLACE, EntityType.ZONE) && !view.slice(hit.start(), hit.end()).equals("中国")
                    && (!GazetteerSource.endsInsideAWordItStarts(view, hit) || committeeGlued(view, hit) || bodyWordAfter(view, hit, m))
                    && !GazetteerSource.namesAWaterFeature(view, hit) && !GazetteerSource.namesWater(hit)
                    && (longest == null || hit.end() > longest.end())) {
                longest = hit;
            }
        }
        return longest;
    }

    /**
     * 格尔木昆仑经济技术开发区招商推介会, 天津港保税区…研究院: a listed zone opening an organization's or event's name is
     * named in it (the zone is what the fair promotes); a place is not (中国 of 中国国际进口博览会, 天津 of 天津大学).
     */
    private static java.util.Optional<EntityMention> zoneOpening(SentenceView view, EntityMention m) {
        Lexicon.Hit longest = longestJurisdictionAt(view, m, m.start());
        if (longest == null || !longest.hasType(EntityType.ZONE)) {
            return java.util.Optional.empty();
        }
        GazetteerEntry entry = longest.value().entries().stream().filter(e -> e.type() == EntityType.ZONE).findFirst().orElseThrow();
        return java.util.Optional.of(new EntityMention(EntityType.ZONE, longest.start(), longest.end(), view.slice(longest.start(), longest.end()),
                entry.canonical(), m.sentenceIndex()));
    }

    /**
     * 满洲/里海/关: HanLP read the place's last character into a word of the body's name (里海, a sea), yet the body's own
     * word (海关) starts right after the place, inside the body's name.
     */
    private static boolean bodyWordAfter(SentenceView view, Lexicon.Hit place, EntityMention body) {
        if (body.type() != EntityType.GOVERNMENT) {
            return false;
        }
        for (Lexicon.Hit hit : view.hits()) {
            if (hit.start() == place.end() && hit.end() <= body.end() && hit.cue(Cue.CueFamily.GOV_BODY) != null) {
                return true;
            }
        }
        return false;
    }

    /** 大理白族自治州|委: HanLP reads the place's level and its committee's 委 as one word (州委), which cuts no name. */
    private static boolean committeeGlued(SentenceView view, Lexicon.Hit hit) {
        return hit.end() < view.sentence().end() && view.charAt(hit.end()) == '委';
    }

    private static final String PARTY_IN_FULL = "中国共产党";
    private static final List<String> PORT_WORDS = List.of("口岸", "港", "机场");

    /** The place or zone a body or zone name starts with (滨海新区 in 滨海新区区委), kept as a mention of its own. */
    private List<EntityMention> jurisdictions(List<SentenceView> views, List<EntityMention> mentions, EntityLinker.Home home) {
        List<EntityMention> nested = new ArrayList<>();
        Set<String> named = mentions.stream().map(EntityMention::canonical).collect(java.util.stream.Collectors.toSet());
        // 成都市、泸州市人民政府: a place that names its body too (成都市 for 成都市人民政府) is its own jurisdiction already.
        List<String> zones = mentions.stream().filter(m -> m.type() == EntityType.ZONE).map(EntityMention::canonical).distinct()
                .sorted(java.util.Comparator.comparingInt(String::length).reversed()).toList();
        Set<Long> placeSpans = new java.util.HashSet<>();
        mentions.stream().filter(m -> m.type() == EntityType.PLACE).forEach(m -> placeSpans.add(((long) m.start() << 32) | m.end()));
        for (EntityMention m : mentions) {
            if (m.type() == EntityType.ORGANIZATION) {
                zoneOpening(views.get(m.sentenceIndex()), m).ifPresent(nested::add);
            }
            // 霍尔果斯口岸, 宁波舟山港, 西安咸阳国际机场: a port, crossing or airport named after its places names them too.
            // Not 防城港, a city whose name ends in 港 (防城港市): its 防城 is no place of it.
            boolean port = m.type() == EntityType.PLACE && PORT_WORDS.stream().anyMatch(m.text()::endsWith) && !m.canonical().endsWith("市");
            if (!port && (m.type() != EntityType.GOVERNMENT && m.type() != EntityType.ZONE || placeSpans.contains(((long) m.start() << 32) | m.end()))) {
                continue;
            }
            SentenceView view = views.get(m.sentenceIndex());
            // 中国 itself, which opens every national body's name (中国人民银行), says nothing of where in China; of
            // 中国（陕西）自由贸易试验区 the place in the State Council's brackets is the zone's (and of its areas, the zone).
            // 中共双峰县委, 中国共产党福建省第十一届委员会: the party's name before a committee, then its place.
            String party = m.type() != EntityType.GOVERNMENT ? null
                    : m.text().startsWith(EntityLinker.PARTY) ? EntityLinker.PARTY : m.text().startsWith(PARTY_IN_FULL) ? PARTY_IN_FULL : null;
            // 中马钦州产业园区: the partner countries' pair opens the zone's name before its place.
            int placeStart = party != null ? m.start() + party.length() : m.type() == EntityType.ZONE ? m.start() + partnerPairOpening(m.text()) : m.start();
            Lexicon.Hit longest = longestJurisdictionAt(view, m, placeStart);
            boolean stateCouncilName = m.text().startsWith("中国（") || m.text().startsWith("中国(");
            // 唐江镇党委: a township no list knows, named before its own committee or government, is a place of its own.
            for (int length = 3; longest == null && m.type() == EntityType.GOVERNMENT && length <= 4 && length < m.text().length(); length++) {
                if (PlacePatternSource.townshipBeforeItsBody(view, m.start() + length) == m.start()
                        || PlacePatternSource.townshipByItsContextEndingAt(view, m.start() + length) == m.start()) {
                    String township = view.slice(m.start(), m.start() + length);
                    nested.add(new EntityMention(EntityType.PLACE, m.start(), m.start() + length, township, township, m.sentenceIndex()));
                    break;
                }
            }
            // 中国（福建）自由贸易试验区福州片区管委会: the area's zone, and the zone's province too.
            Lexicon.Hit province = stateCouncilName ? longestJurisdictionAt(view, m, m.start() + 3) : null;
            if (longest == null && province == null && m.type() == EntityType.GOVERNMENT) {
                bareZoneOpening(m, zones).ifPresent(nested::add);
            }
            if (longest == null) {
                longest = province;
            } else if (province != null && longest.end() > province.end()) {
                GazetteerEntry entry = entryOf(province, m, named);
                nested.add(new EntityMention(entry.type(), province.start(), province.end(), view.slice(province.start(), province.end()),
                        entry.canonical(), m.sentenceIndex()));
            }
            // 中关村 in 中关村科技园区 is the same zone under a short name, no jurisdiction of it; 玉林 of 玉林街道办 (in
            // 武侯区) is the subdistrict's name, not the city's.
            boolean townshipsName = longest != null && (view.text().startsWith("街道", longest.end()) || "镇乡".indexOf(view.charAt(longest.end())) >= 0);
            // 前海 of 前海蛇口片区, 横琴 of 横琴片区: a free trade zone's area is named after its ground, no zone of its own (but
            // 广州南沙新区 of its 片区, named with its kind, is the new area).
            boolean areasGround = longest != null && m.type() == EntityType.ZONE && view.charAt(longest.end() - 1) != '区' && m.canonical().contains("自由贸易试验区") && m.canonical().endsWith("片区")
                    && entryOf(longest, m, named).type() == EntityType.ZONE && !m.canonical().startsWith(entryOf(longest, m, named).canonical());
            if (longest != null && !townshipsName && !areasGround && !entryOf(longest, m, named).canonical().equals(m.canonical())) {
                GazetteerEntry entry = entryOf(longest, m, named);
                nested.add(new EntityMention(entry.type(), longest.start(), longest.end(), view.slice(longest.start(), longest.end()),
                        entry.canonical(), m.sentenceIndex()));
            }
            // 山东省潍坊市寿光市委: each level the name runs through is a place of its own (潍坊市, 寿光市).
            for (Lexicon.Hit lower = longest == null || townshipsName ? null : longestJurisdictionAt(view, m, longest.end()), upper = longest;
                 lower != null && !view.text().startsWith("街道", lower.end()) && "镇乡".indexOf(view.charAt(lower.end())) < 0
                         && entryOf(lower, m, named).type() == EntityType.PLACE;
                 upper = lower, lower = longestJurisdictionAt(view, m, lower.end())) {
                GazetteerEntry entry = entryOf(lower, m, named);
                nested.add(new EntityMention(entry.type(), lower.start(), lower.end(), view.slice(lower.start(), lower.end()), entry.canonical(), m.sentenceIndex()));
                longest = lower;
            }
            // 福田 of 深圳福田保税区, 新郑 of 郑州新郑综合保税区, 正定 of 中国（河北）自由贸易试验区正定片区: a district or county named
            // without its level inside a zone's name; 新郑 of 郑州新郑国际机场, 淮滨 of 信阳淮滨港: or a port's.
            int countyStart = m.type() != EntityType.ZONE && !port ? -1 : longest == null ? placeStart
                    : entryOf(longest, m, named).type() == EntityType.PLACE && !townshipsName ? longest.end()
                    : m.canonical().contains(FTZ) && m.canonical().endsWith(AREA) && m.text().contains(FTZ) ? m.start() + m.text().lastIndexOf(FTZ) + FTZ.length() : -1;
            // 丹东东港经济开发区 in another province's document: the county is of the province of the place opening the name.
            String openingProvince = longest == null || entryOf(longest, m, named).type() != EntityType.PLACE ? null : entryOf(longest, m, named).province();
            EntityMention county = countyStart < 0 ? null : countyNamedWithoutItsLevel(view, m, countyStart,
                    openingProvince != null && !openingProvince.isEmpty() ? openingProvince : home.province());
            if (county != null) {
                nested.add(county);
            }
            // 海盐县百步镇党委: the township the body is of, after its county, is a place of its own too.
            int township = longest == null || townshipsName ? -1 : PlacePatternSource.townshipAfter(view, longest.end(), m.end());
            if (township > 0) {
                String name = view.slice(longest.end(), township);
                nested.add(new EntityMention(EntityType.PLACE, longest.end(), township, name, name, m.sentenceIndex()));
            }
            int listedEnd = longest == null ? m.start() : longest.end();
            int stationed = m.type() == EntityType.GOVERNMENT ? m.text().indexOf('驻') : -1;
            if (stationed > 0) {
                // 郑州海关驻新郑综合保税区办事处: the body that keeps the office and where it is kept are named in it.
                nested.addAll(listedNamesAt(view, m, named, m.start(), EntityType.GOVERNMENT));
                nested.addAll(listedNamesAt(view, m, named, m.start() + stationed + 1, EntityType.PLACE, EntityType.ZONE));
            } else if (m.type() == EntityType.GOVERNMENT) {
                unlistedZoneOf(view, m).filter(zone -> zone.end() > listedEnd).ifPresent(nested::add);
            }
        }
        return nested;
    }

    /**
     * 经开区经济发展局 linked to 萍乡经济技术开发区经济发展局: a body named after a bare zone word, linked to a zone the document
     * names, holds that zone under its bare word.
     */
    private static java.util.Optional<EntityMention> bareZoneOpening(EntityMention body, List<String> zones) {
        if (openedByALevelAndItsZone(body.text())) {
            // 区（经开区）财政局: the zone the district is run with, the one of its kind the document names.
            String inner = body.text().substring(2);
            String word = ZonePatternSource.BARE_WORDS.stream().filter(inner::startsWith).max(java.util.Comparator.comparingInt(String::length)).orElse(null);
            List<String> ofItsKind = word == null ? List.of() : zones.stream().filter(zone -> EntityLinker.ofTheKind(zone, word)).toList();
            return ofItsKind.size() != 1 ? java.util.Optional.empty() : java.util.Optional.of(new EntityMention(EntityType.ZONE, body.start() + 2,
                    body.start() + 2 + word.length(), word, ofItsKind.get(0), body.sentenceIndex(), true));
        }
        String word = ZonePatternSource.BARE_WORDS.stream().filter(body.text()::startsWith).max(java.util.Comparator.comparingInt(String::length)).orElse(null);
        if (word == null || word.length() >= body.text().length()) {
            return java.util.Optional.empty();
        }
        return zones.stream().filter(zone -> body.canonical().startsWith(zone) && body.canonical().length() > zone.length()).findFirst()
                .map(zone -> new EntityMention(EntityType.ZONE, body.start(), body.start() + word.length(), word, zone, body.sentenceIndex(), true));
    }

    /**
     * Of the listed things a name inside a body's name may be, the one the body's linked name opens with (前湾综保区 in a
     * Qingdao document's 前湾综保区管委会, linked to 青岛前湾综合保税区管理委员会, is 青岛前湾综合保税区, not Ningbo's), else
     * the one the document names elsewhere (黄岛海关驻前湾综保区办事处 after 青岛前湾综合保税区); inside a port's name, a city
     * or county before any other entry.
     */
    private static GazetteerEntry entryOf(Lexicon.Hit hit, EntityMention owner, Set<String> named) {
        List<GazetteerEntry> entries = hit.value().entries();
        // 霍尔果斯 of 霍尔果斯口岸: a port's own name opens with its place's, which is the city (霍尔果斯市), not the port.
        boolean port = owner.type() == EntityType.PLACE;
        return entries.stream().filter(entry -> !port && owner.canonical().startsWith(entry.canonical())).findFirst()
                .or(() -> entries.stream().filter(entry -> named.contains(entry.canonical())).findFirst())
                .or(() -> entries.stream().filter(entry -> port && Gazetteer.CITY_LEVELS.contains(entry.kind())).findFirst()).orElse(entries.get(0));
    }

    private static final String FTZ = "自由贸易试验区";
    private static final String AREA = "片区";
    private static final String NEW_AREA = "新区";
    private static final int MIN_COUNTY_STEM = 2;
    private static final int MAX_COUNTY_STEM = 3;
    private static final int MIN_ZONE_KIND = 2;

    /**
     * 中马 of 中马钦州产业园区, 马中 of 马中关丹产业园, 中印尼 of 中印尼经贸创新发展示范园区: how long the pair of partner countries
     * opening a zone's name is, or 0; not a listed place's name (巴中经济开发区: 巴中 is a city).
     */
    private int partnerPairOpening(String name) {
        int pair = ZonePatternSource.partnerPairOpening(name);
        return pair > 0 && lexicon.gazetteer().lookup(name.substring(0, pair)).stream().anyMatch(entry -> entry.type() == EntityType.PLACE) ? 0 : pair;
    }
    /** 红河州: the level words of a prefecture whose short name a county's stem may be too. */
    private static final List<String> PREFECTURE_LEVELS = List.of("州", "地区", "盟");

    /**
     * The district, county or county-level city named by its stem alone at {@code start} inside a zone's or port's name (福田 of
     * 深圳福田保税区 → 福田区, 淮滨 of 信阳淮滨港), or null. It must be of the listed zone's or port's province (滨海 of 天津滨海新区 is
     * no 滨海县 of 江苏); for one no list holds, of the province of the place opening its name, else of the document's
     * ({@code fallbackProvince}: 肥东 of 肥东经济开发区 in a Hefei document); and the stem no name the lists give anything else
     * (红河 of 红河综合保税区 is the prefecture's, not 红河县).
     */
    private EntityMention countyNamedWithoutItsLevel(SentenceView view, EntityMention m, int start, String fallbackProvince) {
        Gazetteer gazetteer = lexicon.gazetteer();
        List<GazetteerEntry> listed = gazetteer.lookup(m.canonical()).stream().filter(entry -> entry.type() == m.type()).toList();
        String province = listed.isEmpty() ? fallbackProvince : listed.stream().filter(entry -> entry.province() != null && !entry.province().isEmpty())
                .map(GazetteerEntry::province).findFirst().orElse(null);
        // The kind's word after the stem: a zone's has two characters or more (新区), a port's as many as its word (港, 口岸, 机场).
        int kindLength = m.type() == EntityType.ZONE ? MIN_ZONE_KIND
                : PORT_WORDS.stream().filter(m.text()::endsWith).mapToInt(String::length).max().orElse(1);
        for (int end = Math.min(start + MAX_COUNTY_STEM, m.end() - kindLength); province != null && end >= start + MIN_COUNTY_STEM; end--) {
            String stem = view.slice(start, end);
            java.util.Optional<GazetteerEntry> county = gazetteer.county(stem, province);
            // 广州南沙新区: a new area is named for its ground, which it is more than the district it grew from.
            if (county.isPresent() && SentenceView.isHan(stem) && gazetteer.lookup(stem).isEmpty() && !view.text().startsWith(NEW_AREA, end)
                    && PREFECTURE_LEVELS.stream().allMatch(level -> gazetteer.lookup(stem + level).isEmpty())) {
                return new EntityMention(EntityType.PLACE, start, end, stem, county.get().canonical(), m.sentenceIndex());
            }
        }
        return null;
    }

    /** 临港综合保税区 in 临港综合保税区管委会: a zone the lists lack, named before a body word, is a zone too. */
    private java.util.Optional<EntityMention> unlistedZoneOf(SentenceView view, EntityMention body) {
        Lexicon.Hit zoneWord = null;
        // 区（经开区）财政局: the zone's name starts inside the brackets after the district's level.
        int from = openedByALevelAndItsZone(body.text()) ? body.start() + 2 : body.start();
        // 南沙开发区（自贸区南沙片区）党工委: of a zone and its other name in brackets, the zone named first (not a seat in
        // brackets before the zone's word: 中德（芜湖）产业合作园管委会).
        int zoneWordBefore = body.end();
        for (Lexicon.Hit hit : view.hits()) {
            if (hit.start() > from && hit.end() < zoneWordBefore && hit.cue(Cue.CueFamily.ZONE_SUFFIX) != null && "（(".indexOf(view.charAt(hit.end())) >= 0) {
                zoneWordBefore = hit.end();
            }
        }
        for (Lexicon.Hit hit : view.hits()) {
            if ((hit.start() > body.start() || from > body.start() && hit.start() >= from) && hit.end() < body.end() && hit.end() <= zoneWordBefore && hit.cue(Cue.CueFamily.ZONE_SUFFIX) != null
                    && (zoneWord == null || hit.end() > zoneWord.end())) {
                zoneWord = hit;
            }
        }
        // 海关总署自贸区和特殊区域发展司, 南宁海关自贸区和特殊区域发展处, 成都市公安局高新区分局: a department or branch of a
        // body is named after its work or its area; the body's name is no part of a zone's.
        int zoneWordStart = zoneWord == null ? -1 : zoneWord.start();
        if (zoneWord == null || view.hits().stream().anyMatch(hit -> hit.start() == from && hit.end() <= zoneWordStart
                && hit.hasType(EntityType.GOVERNMENT)) || ZonePatternSource.throughABody(view, from, zoneWordStart)) {
            return java.util.Optional.empty();
        }
        String surface = view.slice(from, zoneWord.end());
        // 省推进/vi 自由贸易试验区建设工作领导小组: a group named for a task holds the zone's kind after its verb, no zone's name.
        if (view.tokensWithin(from, zoneWordStart).stream().anyMatch(token -> token.pos().equals("v") || token.pos().equals("vi"))) {
            return java.util.Optional.empty();
        }
        // 高新区管委会 linked to 苏州高新技术产业开发区管理委员会: a bare zone word names the zone the body was linked to.
        int zoneEnd = zoneWord.end();
        boolean bare = view.hits().stream().anyMatch(hit -> hit.start() == from && hit.end() == zoneEnd && hit.cue(Cue.CueFamily.ZONE_SUFFIX) != null);
        String canonical = bare ? listedZoneOpening(body.canonical()) : linker.canonical(EntityType.ZONE, surface, EntityLinker.Home.UNKNOWN);
        // 长汀经开区党工委 linked to 长汀经济开发区党工委: its short zone is the development zone the body was linked to.
        String bodysZone = surface.endsWith(EntityLinker.SHORT_DEVELOPMENT_ZONE) ? EntityLinker.developmentZoneIn(body.canonical()) : null;
        canonical = bodysZone != null && bodysZone.endsWith(surface.substring(0, surface.length() - EntityLinker.SHORT_DEVELOPMENT_ZONE.length()) + "经济开发区")
                ? bodysZone : canonical;
        return canonical == null ? java.util.Optional.empty()
                : java.util.Optional.of(new EntityMention(EntityType.ZONE, from, zoneWord.end(), surface, canonical, body.sentenceIndex()));
    }

    /**
     * 区（经开区）…: a body's name opening with a district's level and a bracket, where the zone the district is run with may
     * stand (the callers look for it; 县（市、区）财政局 has none).
     */
    private static boolean openedByALevelAndItsZone(String name) {
        return name.length() > 2 && GovernmentBodySource.LEVELS.indexOf(name.charAt(0)) >= 0 && "（(".indexOf(name.charAt(1)) >= 0;
    }

    /** The longest listed zone a name starts with, or null. */
    private String listedZoneOpening(String name) {
        for (int end = name.length() - 1; end >= 2; end--) {
            for (GazetteerEntry entry : lexicon.gazetteer().lookup(name.substring(0, end))) {
                if (entry.type() == EntityType.ZONE) {
                    return entry.canonical();
                }
            }
        }
        return null;
    }

    /** Distinct pairs of linked entities per sentence; mentions are grouped by sentence first, so this stays linear in sentences. */
    private static List<CoOccurrence> cooccurrences(List<EntityMention> mentions) {
        java.util.Map<Integer, List<EntityMention>> bySentence = new java.util.TreeMap<>();
        for (EntityMention m : mentions) {
            bySentence.computeIfAbsent(m.sentenceIndex(), k -> new ArrayList<>()).add(m);
        }
        Set<CoOccurrence> pairs = new LinkedHashSet<>();
        for (List<EntityMention> sentence : bySentence.values()) {
            sentence.sort(java.util.Comparator.comparingInt(EntityMention::start));
            for (int i = 0; i < sentence.size(); i++) {
                for (int j = i + 1; j < sentence.size(); j++) {
                    EntityMention a = sentence.get(i);
                    EntityMention b = sentence.get(j);
                    if (!a.canonical().equals(b.canonical())) {
                        pairs.add(new CoOccurrence(a.canonical(), a.type(), b.canonical(), b.type(), a.sentenceIndex()));
                    }
                }
            }
        }
        return new ArrayList<>(pairs);
    }
}
