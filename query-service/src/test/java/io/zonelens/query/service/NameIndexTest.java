package io.zonelens.query.service;

import io.zonelens.query.repository.IndexedEntity;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class NameIndexTest {

    private static IndexedEntity entity(long id, String name, String type, int mentions, String... aliases) {
        return new IndexedEntity(id, name, type, List.of(aliases), mentions, 1, null, null);
    }

    private static List<String> names(NameIndex.Page page) {
        return page.items().stream().map(IndexedEntity::name).toList();
    }

    @Test
    void findsNamesAndAliasesContainingTheQueryWithExactHitsFirstThenTheMostMentioned() {
        NameIndex index = new NameIndex();
        index.apply(List.of(entity(1, "南昌综合保税区", "ZONE", 3, "南昌综保区"),
                entity(2, "南昌经济技术开发区", "ZONE", 9, "南昌经开区"),
                entity(3, "南昌", "PLACE", 1),
                entity(4, "天津港综合保税区", "ZONE", 20)));

        assertEquals(List.of("南昌", "南昌经济技术开发区", "南昌综合保税区"), names(index.search("南昌", null, 0, 10)));
        assertEquals(List.of("南昌综合保税区"), names(index.search("南昌综保区", null, 0, 10)), "an alias finds its entity");
        assertEquals(List.of("天津港综合保税区", "南昌综合保税区"), names(index.search("综合保税", null, 0, 10)));
        assertEquals(List.of("南昌经济技术开发区", "南昌综合保税区"), names(index.search("南昌", "ZONE", 0, 10)));
        assertEquals(List.of(), names(index.search("郑州", null, 0, 10)));
    }

    @Test
    void aSingleCharacterMatchesToo() {
        NameIndex index = new NameIndex();
        index.apply(List.of(entity(1, "赵革", "PERSON", 2), entity(2, "天津海关", "GOVERNMENT", 5)));

        assertEquals(List.of("赵革"), names(index.search("革", null, 0, 10)));
    }

    @Test
    void latinLettersMatchWhateverTheirCase() {
        NameIndex index = new NameIndex();
        index.apply(List.of(entity(1, "IBM（中国）有限公司", "COMPANY", 1, "IBM")));

        assertEquals(List.of("IBM（中国）有限公司"), names(index.search("ibm", null, 0, 10)));
    }

    @Test
    void pagesCountEveryHitAndStartWhereAskedTo() {
        NameIndex index = new NameIndex();
        for (int i = 1; i <= 25; i++) {
            index.apply(List.of(entity(i, "保税区" + i, "ZONE", i)));
        }

        NameIndex.Page second = index.search("保税", null, 10, 10);
        assertEquals(25, second.total());
        assertEquals(List.of("保税区15", "保税区14", "保税区13", "保税区12", "保税区11", "保税区10", "保税区9", "保税区8", "保税区7", "保税区6"),
                names(second));
        assertEquals(List.of(), names(index.search("保税", null, 30, 10)));
        assertEquals(25, index.search(null, "ZONE", 0, 5).total());
        assertEquals(List.of("保税区25", "保税区24"), names(index.search(null, null, 0, 2)), "no query lists the most mentioned");
    }

    @Test
    void aChangedEntityIsFoundByItsNewAliasAndRankedByItsNewCounts() {
        NameIndex index = new NameIndex();
        index.apply(List.of(entity(1, "天津港保税区", "ZONE", 1), entity(2, "天津港综合保税区", "ZONE", 5)));
        index.apply(List.of(entity(1, "天津港保税区", "ZONE", 9, "港保税区")));

        assertEquals(List.of("天津港保税区", "天津港综合保税区"), names(index.search("天津港", null, 0, 10)));
        assertEquals(List.of("天津港保税区"), names(index.search("港保税区", null, 0, 10)), "the exact alias comes first");
        assertEquals(2, index.size(), "an entity seen again is not added twice");
        assertEquals(1, index.search("港保税区", "ZONE", 0, 10).items().stream().filter(e -> e.id() == 1).count());
    }
}
