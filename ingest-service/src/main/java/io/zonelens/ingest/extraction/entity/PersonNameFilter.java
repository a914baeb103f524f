package io.zonelens.ingest.extraction.entity;

import java.util.List;
import java.util.Set;

import com.hankcs.hanlp.corpus.tag.Nature;
import com.hankcs.hanlp.dictionary.CoreDictionary;

/**
 * Rejects what HanLP's name recognizer invents: zone fragments (东疆), common words (都有, 敢闯) and strings that do not
 * start with a common surname.
 */
public final class PersonNameFilter {

    /** The common Chinese surnames (about 300 cover nearly all people in the news). */
    static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储洪原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭由习逄郦靖傅萧阎祈庹郗訾竺缑钮蹇赖"
            // Rare ones, written with characters that are hardly ever anything but a surname.
            + "仉禚佴仵厍蒯钭笪酆邴郏芈郄郇甯眭隗綦璩乜闾雒琚苻";

    /**
     * Surnames of the Hui (纳, 撒), Dai (刀, 思, 线, 喊, and 岩, which opens men's names as 玉, a surname of the common list,
     * opens women's) and Jingpo (排), and 拓 (of the north-west), that also open brands and words (纳芯微, 纳税, 撒网, 刀具, 思路,
     * 排名, 拓展, 岩石): a name only right after a title (通讯员纳文斌, 人民陪审员撒海燕, 局长思永贵, 副县长拓新民, 记者 岩温香).
     */
    static final String SURNAMES_AFTER_A_TITLE = "纳撒刀思线喊排拓岩";

    /**
     * Surnames written with characters that are mostly words elsewhere (续, 暴, 滑, 员, 畅, 弓, 贡): a name only where its
     * context alone says one stands there, after a verb of appointment (任命续文娟为…, 免去畅国庆的…职务) or opening a
     * biography's header (员晓东，男，…).
     */
    static final String SURNAMES_IN_A_ROSTER = "恽旷昌凤贝经贲滑荀羿汲糜弓牧宓蓬仰秋暴韶蓟怀鄂咸籍苍莘贡扶堵宰卻濮寿宦鱼慎庾暨弘禄殳沃蔚夔融毋巢桓督郈琴钦伯赏墨谯员畅续禤蒿菅虎妥矫励玄买帖字杞先言";

    /**
     * Shaped like a name after a title: as any name, or opening with a rare surname (纳, 殳: 管委会副主任殳立强) or a clan name that
     * is a word too (关长木然勒当).
     */
    boolean plausibleAfterATitle(String name) {
        return plausible(name) || withARareSurname(name, RARE_SURNAMES) || withAClanNameThatIsAWord(name);
    }

    /** 木然勒当: a clan name that is a word too, then a given name of one or two, no particle of a word's use after it (木然地). */
    private boolean withAClanNameThatIsAWord(String name) {
        return name.length() <= 4 && opensWithAClanNameThatIsAWord(name) && WORDS_USE.indexOf(name.charAt(2)) < 0 && FUNCTION_CHARACTERS.indexOf(name.charAt(name.length() - 1)) < 0
                && !gazetteer.isNameOrFragment(name);
    }

    /** 木然地看着, 石刀的: particles after a clan name that make it the word it also is. */
    private static final String WORDS_USE = "地的得和与";

    /** Every surname a name needs its context to be read as one: after a title, any of them. */
    static final String RARE_SURNAMES = SURNAMES_AFTER_A_TITLE + SURNAMES_IN_A_ROSTER;

    /** A surname, common or rare (a rare one needs a title or a roster beside it to make a name). */
    static boolean anySurname(char c) {
        return SURNAMES.indexOf(c) >= 0 || RARE_SURNAMES.indexOf(c) >= 0;
    }

    /** Shaped like a name where a roster's context says one stands: as any name, or opening with one of {@link #SURNAMES_IN_A_ROSTER}. */
    boolean plausibleInARoster(String name) {
        return plausible(name) || withARareSurname(name, SURNAMES_IN_A_ROSTER);
    }

    private boolean withARareSurname(String name, String surnames) {
        return name.length() >= 2 && name.length() <= 3 && surnames.indexOf(name.charAt(0)) >= 0 && SentenceView.isHan(name)
                && !gazetteer.isNameOrFragment(name) && notACommonWord(name) && !addressForm(name)
                && (FUNCTION_CHARACTERS.indexOf(name.charAt(name.length() - 1)) < 0 || givenNameEndingInANameCharacter(name, surnames));
    }

    private final Gazetteer gazetteer;

    public PersonNameFilter(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** Given names do not end in function words, counted nouns or 说: 都有, 也是, 万人, 万家, 连说 are words, not people. */
    private static final String DASHES = "—－–";

    /**
     * 茶—林—草: a dash joins words, never a name's characters; a transliterated name is joined by dots, and by a hyphen
     * (皮埃尔-伊夫·勒克莱尔).
     */
    private static boolean joinedByADash(String name) {
        return name.chars().noneMatch(c -> PersonSource.NAME_DOTS.indexOf(c) >= 0) && name.chars().anyMatch(c -> DASHES.indexOf(c) >= 0);
    }
    private static final String FUNCTION_CHARACTERS = "有是在的了和与也都就又还把被将从对为人家元个项年说";

    /** 张女士, 方总, 周工, 李某, 罗×: a surname with a form of address or a blank names nobody in particular. */
    private static final java.util.Set<String> ADDRESS_WORDS = java.util.Set.of("女士", "先生", "小姐", "总", "董", "经理", "老师", "教授",
            "博士", "律师", "医生", "工", "师傅", "局长", "处长", "科长", "主任", "书记", "部长", "院长", "校长");
    private static final String BLANKS = "某×xX＊*？?";

    /** Called for every name candidate, so a set and a scan rather than a regular expression. */
    private static boolean addressForm(String name) {
        String rest = name.substring(1);
        return ADDRESS_WORDS.contains(rest) || !rest.isEmpty() && rest.chars().allMatch(c -> BLANKS.indexOf(c) >= 0)
                || VERBS_OF_ADDRESS.stream().anyMatch(name::startsWith) || name.endsWith(SERIES_MARK) || HONORIFICS.stream().anyMatch(name::startsWith)
                || name.length() == 2 && name.charAt(1) == '方' && SIDES.indexOf(name.charAt(0)) >= 0;
    }

    /** 韩方, 中方, 双方: a side of talks, a country's or either, no one's name (HanLP reads 韩方 as one). */
    private static final String SIDES = "中外双我对各他蒙俄越老缅哈吉日韩朝美欧德法英印巴泰柬";

    /** 谢谢宋副厅长, 请问王局长: a verb addressing someone, then the surname alone (HanLP reads 谢谢宋 as a name). */
    private static final List<String> VERBS_OF_ADDRESS = List.of("谢谢", "感谢", "请问", "欢迎", "有请", "邀请", "祝贺", "恭喜");
    /** 会长拿督陈家兴, 副部长拿督斯里阿都拉: Malaysian honorifics between a title and a name, longest first; no part of the name. */
    static final List<String> HONORIFICS = List.of("拿督斯里", "拿汀斯里", "丹斯里", "拿督", "拿汀");

    /** How long the honorific starting at {@code offset} is (拿督 of 会长拿督陈家兴), or 0. */
    static int honorificAt(String text, int offset) {
        return HONORIFICS.stream().filter(word -> text.startsWith(word, offset)).mapToInt(String::length).findFirst().orElse(0);
    }

    /** How long the honorific ending at {@code offset} is (拿督 before 陈家兴), or 0. */
    static int honorificEndingAt(String text, int offset) {
        return HONORIFICS.stream().filter(word -> text.startsWith(word, offset - word.length())).mapToInt(String::length).findFirst().orElse(0);
    }

    /** “齐鲁号”欧亚班列, “长安号”: a train's, ship's or craft's name, never a person's. */
    private static final String SERIES_MARK = "号";

    public boolean accept(String name) {
        return plausible(name) && notACommonWord(name);
    }

    /**
     * The test for the learned tagger's names, which knows foreign and Latin-script names too (德罗巴, 伊丽莎白·泰勒,
     * Grubby): no surname needed, but never a zone or place fragment, a common word, or a word ending in a function
     * character.
     */
    public boolean acceptLearned(String name) {
        if (name.length() < 2 || gazetteer.isNameOrFragment(name) || addressForm(name) || productName(name) || joinedByADash(name)) {
            return false;
        }
        char last = name.charAt(name.length() - 1);
        return !(SentenceView.isHan(last) && FUNCTION_CHARACTERS.indexOf(last) >= 0 && !givenNameEndingInANameCharacter(name)) && notACommonWord(name);
    }

    /** iPhone, eBay, iPad: a Latin word opening in lower case with a capital inside is a product's or firm's name. */
    private static boolean productName(String name) {
        return Character.isLowerCase(name.charAt(0)) && name.chars().allMatch(c -> c < 128 && Character.isLetterOrDigit(c))
                && name.chars().anyMatch(Character::isUpperCase);
    }

    private static final String LEVELS_SPOKEN_OF = "省市区县镇乡村";
    private static final java.util.regex.Pattern EMISSION_STANDARD = java.util.regex.Pattern.compile("国[一二三四五六七]");
    private static final java.util.regex.Pattern POINTED_TIME = java.util.regex.Pattern.compile("[那这每][一两几][年天月日夜晚周刻次]");

    /** HanLP's core dictionary knows it only as a person name, or not at all (都有 is a word, 赵革 is not). */
    static boolean notACommonWord(String name) {
        // 那一年, 这一天: a span of time pointed at, not 那 (a surname) and a given name; 国四, 国六: a vehicle emission standard.
        if (POINTED_TIME.matcher(name).matches() || EMISSION_STANDARD.matcher(name).matches()) {
            return false;
        }
        // 区里正在规划…: a level and 里 are that level's government, spoken of (区 and 里 are a surname and a given name too).
        if (name.length() == 2 && name.charAt(1) == '里' && LEVELS_SPOKEN_OF.indexOf(name.charAt(0)) >= 0) {
            return false;
        }
        CoreDictionary.Attribute attribute = CoreDictionary.get(name);
        return attribute == null || hasPersonNature(attribute);
    }

    /**
     * The weaker test for a name right after a title (关长赵革, 主任杨柳): the title says a person follows, so a
     * name that is also a common word (杨柳) is accepted.
     */
    public boolean plausible(String name) {
        return shapedLikeAName(name) && !gazetteer.isNameOrFragment(name) && !CoreWords.onlyAModifier(name)
                // 代表委员满意率, 满意度: a word of three characters HanLP knows, and not as a name, is that word after a title too.
                && (name.length() != 3 || notACommonWord(name));
    }

    /**
     * Shaped like a name (a surname first, no form of address, no function word last), whatever the lists say: 吴江
     * is a district, and a person in 霍尔果斯市委书记吴江表示.
     */
    public boolean shapedLikeAName(String name) {
        if (joinedByADash(name)) {
            return false;
        }
        if (nameWithoutASurname(name)) {
            return true;
        }
        boolean compound = compoundSurname(name) || japaneseOrVietnameseName(name);
        return name.length() >= (compound ? 3 : 2) && name.length() <= 4 && (SURNAMES.indexOf(name.charAt(0)) >= 0 || compound) && !addressForm(name)
                && (FUNCTION_CHARACTERS.indexOf(name.charAt(name.length() - 1)) < 0 || givenNameEndingInANameCharacter(name));
    }

    /**
     * Two-character surnames (上官云飞, 司徒建强, 欧阳明, 亓官耀东, 第五俊峰); not 东方, 西门, 南宫, 赫连 or 濮阳, which are more
     * often words or places (赫连续增长, 濮阳市).
     */
    private static final Set<String> COMPOUND_SURNAMES = Set.of("欧阳", "上官", "司徒", "诸葛", "司马", "皇甫", "尉迟", "公孙", "慕容",
            "夏侯", "令狐", "长孙", "宇文", "轩辕", "端木", "呼延", "独孤", "澹台", "公冶", "申屠", "亓官", "第五", "钟离", "闻人",
            "太叔", "左丘", "东郭", "百里", "拓跋", "万俟", "闾丘", "仲孙", "宗政", "公羊", "谷梁", "段干", "巫马", "梁丘", "微生", "羊舌", "鲜于",
            // The Yi's clan names, written with two characters before a given name of two (吉克木呷, 沙马拉毅).
            "吉克", "阿苏", "沙马", "曲比", "勒格", "阿约", "俄木", "吉伍", "瓦扎", "果基", "尔古",
            // The Jingpo's clan names, written with two characters before a given name of one or two (勒排早扎).
            "勒排", "恩昆");

    /** Jingpo clan names that are words too (木然, dazed; 石刀, a stone knife): a name's start only right after a title (关长木然勒当). */
    private static final Set<String> COMPOUND_SURNAMES_AFTER_A_TITLE = Set.of("木然", "石刀");

    /**
     * 佐藤恒治, 本间哲朗: Japanese surnames of two characters, the commonest, with a given name of two they make a name of
     * four. Only those that are no Chinese word or place (中村, 山口, 松本, 丰田 are left out: a village, a city, a firm), nor
     * a familiar form of a Chinese name (小林, 小川).
     */
    private static final Set<String> JAPANESE_SURNAMES = Set.of("佐藤", "铃木", "高桥", "田中", "渡边", "伊藤", "加藤",
            "吉田", "山田", "井上", "木村", "斋藤", "清水", "山崎", "池田", "桥本", "阿部", "石川", "中岛", "石井", "前田",
            "冈田", "藤田", "后藤", "近藤", "村上", "远藤", "青木", "坂本", "福田", "西村", "藤井", "冈本", "藤原", "三浦", "中野", "原田",
            "松田", "竹内", "田村", "和田", "石田", "森田", "上田", "柴田", "酒井", "工藤", "横山", "宫崎", "宫本", "内田", "高木",
            "安藤", "岛田", "谷口", "大野", "高田", "丸山", "今井", "河野", "藤本", "村田", "武田", "杉山", "增田", "大冢", "平野",
            "菅原", "久保", "松井", "千叶", "岩崎", "樱井", "木下", "野口", "松尾", "菊地", "野村", "新井", "渡部", "本间", "岸田", "安倍", "上野",
            "稻盛", "柳井", "丰岛", "永守", "盛田", "大西", "吉川", "岩田", "中西", "秋山", "北村", "西田", "小泽",
            "小林", "山本", "中村", "山口", "松本", "小川", "中川", "赤松", "北尾", "小野", "水野", "荒木", "大谷", "黑田",
            "森川", "森本", "服部", "大桥", "三木", "三宅", "土屋", "片山", "市川", "星野", "长谷", "铃村", "松下", "菊池", "望月");

    /**
     * 次仁多吉, 旺堆, 普布顿珠: Tibetan names have no surname; they are one or two of a small stock of two-character
     * names, which no Chinese word is.
     */
    private static final Set<String> TIBETAN_NAMES = Set.of("次仁", "多吉", "扎西", "旺堆", "普布", "顿珠", "洛桑", "达瓦", "尼玛", "格桑",
            "平措", "索朗", "白玛", "央金", "卓玛", "拉巴", "边巴", "巴桑", "罗布", "米玛", "强巴", "丹增", "群培", "加措", "嘉措", "嘎玛",
            "益西", "土登", "次旺", "欧珠", "旦增", "仁青", "德吉", "琼达", "曲珍", "央宗", "拉姆", "卓嘎", "普琼", "贡嘎", "赤列", "才让",
            "多杰", "罗桑", "晋美", "坚参", "巴珠", "朗杰", "泽仁", "斯朗", "旺姆", "措姆", "拉珍", "次珍", "旺加", "桑珠", "阿旺", "土旦",
            "占堆", "洛布", "旺久", "旺青", "央拉", "次德", "索南", "多布杰", "尼玛次仁", "仁增", "桑布", "尼珍", "德庆", "格列", "江村",
            "贡保", "才旦", "扎巴", "群宗", "次白", "巴桑次仁",
            // Amdo (Qinghai, Gansu) names
            "桑杰", "东主", "更登", "华旦", "尕藏", "吉美", "久美", "万玛", "完玛", "公保", "拉毛", "周加", "尖措", "旦正", "完德", "加羊",
            "南加", "当周", "切吉", "周毛", "昂秀", "才仁", "更藏");

    /**
     * 巴特尔, 乌云其其格, 额尔敦巴雅尔: Mongolian names have no surname either; they are one or two of a stock of names of two
     * to four characters (not those that are places or start them: 乌兰, 巴音, 查干, 图们, 呼和; 图门 is in, as the river is
     * mostly 图们江, and a name of the stock alone still needs a title or a mark after it).
     */
    private static final Set<String> MONGOLIAN_NAMES = Set.of("巴特尔", "巴雅尔", "乌云", "其其格", "额尔敦", "那顺", "乌日图", "其木格",
            "苏日娜", "赛罕", "图雅", "格日勒", "朝鲁", "宝音", "孟克", "阿拉坦", "敖其尔", "哈斯", "斯琴", "萨仁", "巴图", "额尔德尼",
            "道尔吉", "毕力格", "布和", "吉日嘎拉", "乌力吉", "阿古拉", "那仁", "塔娜", "高娃", "宝力道", "特古斯", "额尔登", "满都拉",
            "满都呼", "朝格图", "格根", "乌恩", "斯日古楞", "娜仁", "托娅", "敖登", "格日乐", "巴根", "吉雅", "孟和", "额日和", "阿木尔",
            "苏布达", "萨日娜", "乌仁", "德力格尔", "那日苏", "阿拉腾", "扎那", "苏和", "格日勒图", "巴特", "图门", "特木尔", "布仁",
            "青格勒", "乌日娜", "道日娜");

    private static final String HAVING = "图";

    /**
     * A name of a people without surnames: two characters of a Tibetan name, or four (次仁多吉), or one of the
     * three-character ones (多布杰); or a Mongolian name.
     */
    static boolean nameWithoutASurname(String name) {
        return TIBETAN_NAMES.contains(name) || name.length() == 4 && TIBETAN_NAMES.contains(name.substring(0, 2)) && TIBETAN_NAMES.contains(name.substring(2))
                || mongolianName(name);
    }

    /** One name of the stock, or two of them (哈斯巴特尔), or one with 图 (having) after it (乌力吉图, as 朝格图 of 朝格). */
    private static boolean mongolianName(String name) {
        if (MONGOLIAN_NAMES.contains(name) || name.length() >= 3 && name.endsWith(HAVING) && MONGOLIAN_NAMES.contains(name.substring(0, name.length() - 1))) {
            return true;
        }
        for (int cut = 2; cut <= name.length() - 2; cut++) {
            if (MONGOLIAN_NAMES.contains(name.substring(0, cut)) && MONGOLIAN_NAMES.contains(name.substring(cut))) {
                return true;
            }
        }
        return false;
    }

    static boolean compoundSurname(String name) {
        return name.length() >= 3 && COMPOUND_SURNAMES.contains(name.substring(0, 2));
    }

    /** As {@link #compoundSurname}, or one of the clan names that are words too, for a name right after a title. */
    static boolean compoundSurnameAfterATitle(String name) {
        return compoundSurname(name) || opensWithAClanNameThatIsAWord(name);
    }

    private static boolean opensWithAClanNameThatIsAWord(String name) {
        return name.length() >= 3 && COMPOUND_SURNAMES_AFTER_A_TITLE.contains(name.substring(0, 2));
    }

    /** 欧阳, 冈田: a surname of two characters, Chinese or Japanese. */
    static boolean twoCharacterSurname(String surname) {
        return COMPOUND_SURNAMES.contains(surname) || JAPANESE_SURNAMES.contains(surname);
    }

    /**
     * 佐藤恒治, 阮氏清香: four characters opening with a Japanese surname or a Vietnamese woman's (阮氏), the given name no word HanLP knows but as a name
     * (石川市长 is 石川 and a title), or after 氏 no verb.
     */
    static boolean japaneseOrVietnameseName(String name) {
        if (name.length() != 4 || !JAPANESE_SURNAMES.contains(name.substring(0, 2)) && !vietnameseWomansSurname(name)) {
            return false;
        }
        CoreDictionary.Attribute given = CoreDictionary.get(name.substring(2));
        // 阮氏清香: after 氏 a given name may be any word but a verb (阮氏表示 is no name).
        boolean vietnamese = vietnameseWomansSurname(name) && !String.valueOf(CoreWords.firstNature(name.substring(2))).startsWith("v")
                && !KIN_AND_BODIES.contains(name.substring(2));
        return given == null || hasPersonNature(given) || vietnamese;
    }

    /** 陈氏宗祠, 林氏家族: what a clan has, no given name after 氏. */
    private static final java.util.Set<String> KIN_AND_BODIES = java.util.Set.of("宗祠", "家族", "宗亲", "集团", "企业", "后人", "子孙", "族人", "祖先", "兄弟", "姐妹", "家谱", "祠堂");

    /** Adverbs and prepositions of one character that follow a name (也, 在, 将; not 和, a common syllable of Vietnamese names). */
    private static final String WORDS_AFTER_A_NAME = "也在将就又还则已曾都向对";

    /**
     * 中村雅人: a Japanese surname opens four Han characters, whatever noun or adjective the given name reads as, or none
     * (雅人 is a word too); not a verb (石川表示).
     */
    static boolean japaneseSurnameOpening(String name) {
        String given = name.length() == 4 ? CoreWords.firstNature(name.substring(2)) : null;
        return name.length() == 4 && JAPANESE_SURNAMES.contains(name.substring(0, 2)) && SentenceView.isHan(name.substring(2))
                && (given == null || given.startsWith("n") || given.startsWith("a"));
    }

    /**
     * 阮氏清香, 黎氏美玲: a Vietnamese woman's name, her surname and 氏, then a given name of two; not one whose second character
     * is a word that follows a name of three (黎氏香也在…: 也).
     */
    private static boolean vietnameseWomansSurname(String name) {
        return name.charAt(1) == '氏' && VIETNAMESE_SURNAMES.indexOf(name.charAt(0)) >= 0 && SentenceView.isHan(name.substring(2))
                && WORDS_AFTER_A_NAME.indexOf(name.charAt(3)) < 0;
    }

    private static final String VIETNAMESE_SURNAMES = "阮陈黎范黄武裴邓吴杜胡潘丁杨何林郑";

    /** Function characters that also end given names: 祈耀年, 王明元, 王立人, 魏哲家. */
    private static final String ALSO_NAME_ENDINGS = "年元人家";

    /**
     * 祈耀年, 王明元, 王立人, 宋开元: a given name may end in 年, 元 or 人 when its two characters are no common word (新年 in
     * 贺新年, 百元, 家人, 夫人 are), after a surname.
     */
    private static boolean givenNameEndingInANameCharacter(String name) {
        return givenNameEndingInANameCharacter(name, SURNAMES);
    }

    private static boolean givenNameEndingInANameCharacter(String name, String surnames) {
        return name.length() == 3 && ALSO_NAME_ENDINGS.indexOf(name.charAt(2)) >= 0 && surnames.indexOf(name.charAt(0)) >= 0
                && FUNCTION_CHARACTERS.indexOf(name.charAt(1)) < 0 && noCommonWord(name.substring(1));
    }

    /** 开元 (an era's name, nz) or 立人 (nr) is a name; 新年, 百元 and 家人 are common words, and so is 北人 (苏北人). */
    private static boolean noCommonWord(String word) {
        CoreDictionary.Attribute attribute = CoreDictionary.get(word);
        if (attribute == null) {
            return true;
        }
        if (word.endsWith("人")) {
            return false;
        }
        for (Nature nature : attribute.nature) {
            if (nature != Nature.nz && !nature.startsWith("nr")) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasPersonNature(CoreDictionary.Attribute attribute) {
        for (Nature nature : attribute.nature) {
            if (nature == Nature.nr) {
                return true;
            }
        }
        return false;
    }
}
