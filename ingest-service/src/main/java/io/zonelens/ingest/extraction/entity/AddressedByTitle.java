package io.zonelens.ingest.extraction.entity;

import io.zonelens.ingest.extraction.token.Token;

import java.util.ArrayList;
import java.util.List;

/**
 * 韩总, 唐董: a firm's officer addressed by surname and the first character of his title, as news quotes them after
 * naming them once (森诺木业董事长韩国峰…韩总告诉记者). The mention is the person's where the document names exactly one
 * person of that surname holding such a title (董 for a chairman or director, 总 for any of a firm's chiefs).
 */
final class AddressedByTitle {

    private AddressedByTitle() {
    }

    static List<EntityMention> mentions(List<SentenceView> views, List<EntityMention> mentions, List<PositionHeld> positions) {
        List<EntityMention> found = new ArrayList<>();
        for (SentenceView view : views) {
            for (Token token : view.tokens()) {
                String word = token.word();
                // HanLP reads 韩总 and 唐董 as one name (nr); 韩总理 is a word of its own.
                if (word.length() != 2 || !token.posStartsWith("nr") || ADDRESSES.indexOf(word.charAt(1)) < 0 || !SentenceView.isHan(word)) {
                    continue;
                }
                List<String> addressed = positions.stream()
                        .filter(held -> held.person().length() >= 2 && held.person().charAt(0) == word.charAt(0) && heldBy(word.charAt(1), held.title()))
                        .map(PositionHeld::person).distinct().toList();
                if (addressed.size() == 1 && mentions.stream().noneMatch(m -> m.start() < token.end() && token.start() < m.end())) {
                    String person = addressed.get(0);
                    String canonical = mentions.stream().filter(m -> m.type() == EntityType.PERSON && m.text().equals(person))
                            .map(EntityMention::canonical).findFirst().orElse(person);
                    found.add(new EntityMention(EntityType.PERSON, token.start(), token.end(), word, canonical, view.sentence().index(), true));
                }
            }
        }
        return found;
    }

    /** 总 of 总经理, 总裁, 总监 and 董事长 (a chairman is 某总 too); 董 of 董事长 and 董事. */
    private static boolean heldBy(char address, String title) {
        return address == '董' ? title.endsWith("董事长") || title.endsWith("董事") && !title.endsWith("独立董事")
                : CHIEFS.stream().anyMatch(title::endsWith);
    }

    private static final String ADDRESSES = "总董";
    private static final List<String> CHIEFS = List.of("总经理", "总裁", "总监", "董事长");
}
