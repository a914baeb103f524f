package io.zonelens.ingest.extraction.entity.learned;

import java.util.List;

/**
 * Small hand-written lists of words that typically end (or head) an entity of one kind: 公司 ends companies,
 * 海关 government bodies, 书记 positions. The tagger learns how far to trust them; the lists only let it
 * generalize to names it never saw in training.
 */
final class CueLexicon {

    static final int MAX_WORD_LENGTH = 4;

    /** One bit per cue kind in the masks below. */
    private static final List<List<String>> CUES = List.of(
            // company
            List.of("公司", "集团", "银行", "证券", "基金", "保险", "控股", "股份", "有限", "科技", "实业", "传媒",
                    "地产", "置业", "投资", "药业", "电器", "汽车", "航空", "酒店", "商行", "信托", "期货", "资本"),
            // government
            List.of("局", "厅", "委", "部", "署", "办", "委员会", "政府", "海关", "法院", "检察院", "公安", "管委会",
                    "人大", "政协", "国务院", "派出所", "办公室", "监管", "管理局", "税务", "统计局", "商务部", "发改委"),
            // position
            List.of("书记", "主任", "局长", "关长", "市长", "省长", "部长", "主席", "总理", "总裁", "总经理", "董事长",
                    "经理", "教授", "记者", "院长", "厅长", "县长", "处长", "科长", "分析师", "导演", "主编", "总监",
                    "研究员", "警官", "队长", "教练", "首席", "董事", "秘书长", "委员", "行长", "校长", "编辑", "律师",
                    "代表", "主管", "老师", "医生", "专家", "副"),
            // organization
            List.of("大学", "学院", "学校", "中学", "小学", "协会", "学会", "中心", "研究所", "研究院", "俱乐部", "队",
                    "联盟", "医院", "联合会", "基金会", "组织", "商会", "工会", "党", "报", "电视台", "网", "社"),
            // address and zone
            List.of("省", "市", "县", "区", "镇", "村", "乡", "路", "街", "号", "道", "大厦", "小区", "广场", "大道",
                    "新区", "开发区", "保税区", "自贸区", "园区", "港", "州", "岛", "湾"),
            // scene
            List.of("公园", "博物馆", "景区", "寺", "山", "湖", "宫", "馆", "塔", "桥", "河", "江", "海", "峰", "洞"),
            // work titles in quotes
            List.of("《", "》", "“", "”", "「", "」"));

    static final int KINDS = CUES.size();

    private final LongIntMap kindsByWord = new LongIntMap(256);

    CueLexicon() {
        for (int kind = 0; kind < CUES.size(); kind++) {
            for (String word : CUES.get(kind)) {
                char[] chars = word.toCharArray();
                for (int i = 0; i < chars.length; i++) {
                    chars[i] = CharShapes.normalize(chars[i]);
                }
                long key = pack(chars, 0, chars.length);
                int known = kindsByWord.get(key);
                kindsByWord.put(key, (known == LongIntMap.MISSING ? 0 : known) | (1 << kind));
            }
        }
    }

    /**
     * Marks, for each position of the normalized text, the cue kinds of words ending there and starting there.
     */
    void match(char[] text, int length, int[] endsHere, int[] startsHere) {
        for (int end = 1; end <= length; end++) {
            for (int wordLength = 1; wordLength <= MAX_WORD_LENGTH && wordLength <= end; wordLength++) {
                int kinds = kindsByWord.get(pack(text, end - wordLength, wordLength));
                if (kinds != LongIntMap.MISSING) {
                    endsHere[end - 1] |= kinds;
                    startsHere[end - wordLength] |= kinds;
                }
            }
        }
    }

    private static long pack(char[] text, int from, int length) {
        long key = FeatureHash.start(length);
        for (int i = 0; i < length; i++) {
            key = FeatureHash.add(key, text[from + i]);
        }
        return FeatureHash.finish(key);
    }
}
