package io.zonelens.ingest.extraction.entity;

import io.zonelens.ingest.extraction.token.Token;

import java.util.ArrayList;
import java.util.List;

/**
 * Brand names listed before a company head noun: 华大基因、瑞普生物、纳通医疗等重点企业. Items are split at 、; a
 * single common word (港口, 铁路) is not a company. Before 项目 an item must start with a place (江苏佳利达…).
 */
public class EnumeratedCompanySource implements EntityCandidateSource {

    private static final int HEAD_WINDOW = 8;

    @Override
    public String name() {
        return "company-enumeration";
    }

    @Override
    public List<EntityCandidate> candidates(SentenceView view) {
        List<EntityCandidate> candidates = new ArrayList<>();
        for (Lexicon.Hit hit : view.hits()) {
            if (hit.cue(Cue.CueFamily.ENUMERATION) == null) {
                continue;
            }
            String head = head(view, hit.end());
            if (head == null) {
                continue;
            }
            int end = hit.start();
            while (end > view.sentence().start()) {
                int start = CompanyPatternSource.nameStart(view, end, 12);
                if (start < 0) {
                    break;
                }
                if (end - start >= 2 && acceptable(view, start, end, head.equals("项目"))) {
                    candidates.add(new EntityCandidate(EntityType.COMPANY, start, end, name(), 0.6));
                }
                if (view.charAt(start - 1) != '、') {
                    break;
                }
                end = start - 1;
            }
        }
        return candidates;
    }

    /** The head noun (企业, 公司, 项目) within a few characters after 等, with no punctuation between, or null. */
    private static String head(SentenceView view, int from) {
        for (int i = from; i < from + HEAD_WINDOW && i < view.sentence().end(); i++) {
            char c = view.charAt(i);
            if (SentenceView.isPunctuation(c)) {
                return null;
            }
            for (String head : List.of("企业", "公司", "集团", "项目")) {
                if (view.text().startsWith(head, i)) {
                    return head;
                }
            }
        }
        return null;
    }

    private static boolean acceptable(SentenceView view, int start, int end, boolean beforeProject) {
        if (beforeProject) {
            for (Lexicon.Hit hit : view.hits()) {
                if (hit.start() == start && hit.hasType(EntityType.PLACE, EntityType.COMPANY) && end - start >= 4) {
                    return true;
                }
            }
            return false;
        }
        int first = view.tokenAt(start);
        Token token = first >= 0 ? view.tokens().get(first) : null;
        boolean singleCommonWord = token != null && token.start() == start && token.end() == end && !Pos.isProper(token);
        return !singleCommonWord;
    }
}
