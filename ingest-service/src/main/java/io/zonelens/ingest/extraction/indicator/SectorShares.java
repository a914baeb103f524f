package io.zonelens.ingest.extraction.indicator;

import io.zonelens.ingest.extraction.entity.EntityMention;
import io.zonelens.ingest.extraction.number.Qualifier;
import io.zonelens.ingest.extraction.period.PeriodAttribution;
import io.zonelens.ingest.extraction.period.PeriodMention;
import io.zonelens.ingest.extraction.period.SectionContext;
import io.zonelens.ingest.extraction.pipeline.AnalyzedDocument;
import io.zonelens.ingest.extraction.pipeline.Sentence;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 三次产业结构为5.3∶49.3∶45.4, 三次产业比例调整为8.1:38.6:53.3: the shares of the primary, secondary and tertiary
 * sectors in the economy, which a statistics bulletin or work report gives as one ratio and the prose reader sees as no
 * figure at all.
 */
final class SectorShares {

    private static final String NUMBER = "([0-9]+(?:\\.[0-9]+)?)";
    private static final String COLON = "\\s*[∶:：]\\s*";
    private static final Pattern STRUCTURE = Pattern.compile("三次产业(?:结构|比例|比重|增加值比例)(?:由[^，,。；;]{3,30}?)?(?:调整|优化)?(?:为|是|到|至)\\s*"
            + NUMBER + COLON + NUMBER + COLON + NUMBER + "(?![0-9.]|\\s*[∶:：])");
    private static final List<String> SECTORS = List.of("第一产业增加值占比", "第二产业增加值占比", "第三产业增加值占比");
    private static final String PERCENT = "%";

    private SectorShares() {
    }

    static List<Observation> read(AnalyzedDocument document, FigureSubjects subjects, PeriodAttribution periods) {
        String text = document.text();
        List<Observation> found = new ArrayList<>();
        for (Matcher structure = STRUCTURE.matcher(text); structure.find(); ) {
            // Three shares of one whole: near a hundred in all, or no sectors' shares.
            double sum = 0;
            for (int sector = 1; sector <= SECTORS.size(); sector++) {
                sum += Double.parseDouble(structure.group(sector));
            }
            PeriodAttribution.Attributed attributed = periods.periodAt(structure.start(1));
            Sentence sentence = document.sentences().stream().filter(s -> s.start() <= structure.start() && structure.start() < s.end())
                    .findFirst().orElse(null);
            Optional<String> subject = sentence == null ? Optional.empty()
                    : placeBefore(subjects, sentence.start(), structure.start()).or(subjects::documentSubject);
            if (Math.abs(sum - 100) > 1 || attributed == null || subject.isEmpty()) {
                continue;
            }
            PeriodMention period = attributed.period();
            // Aimed at or reached as the prose reader tells any figure (到2025年, a plan's section, a year ahead).
            Observation.Kind kind = ProseObservations.kind(text.substring(sentence.start(), structure.start()), structure.group(), sentence.textIn(text),
                    period, document, SectionContext.of(text).at(structure.start()));
            for (int sector = 1; sector <= SECTORS.size(); sector++) {
                double share = Double.parseDouble(structure.group(sector));
                found.add(new Observation(subject.get(), SECTORS.get(sector - 1), kind,
                        Observation.Measure.SHARE, period.label(), period.from(), period.to(), share, null, Qualifier.EXACT, null, PERCENT, PERCENT,
                        share, false, ProseObservations.flags(attributed.inferred(), false),
                        structure.start(sector), structure.end(sector), structure.start(), structure.end()));
            }
        }
        return found;
    }

    /** The last zone or place named in the sentence before {@code offset} (and close to it), whose structure it is. */
    private static Optional<String> placeBefore(FigureSubjects subjects, int sentenceStart, int offset) {
        EntityMention last = null;
        for (EntityMention m : subjects.named()) {
            if (m.start() >= sentenceStart && m.end() <= offset && offset - m.end() <= NEAR) {
                last = m;
            }
        }
        return Optional.ofNullable(last).map(EntityMention::canonical);
    }

    private static final int NEAR = 30;
}
