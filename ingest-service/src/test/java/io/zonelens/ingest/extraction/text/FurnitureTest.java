package io.zonelens.ingest.extraction.text;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FurnitureTest {

    @Test
    void recognizesFurnitureFamilies() {
        for (String line : List.of(
                "当前位置:首页> 政务公开> 最新文件",
                "您的位置：首页 > 新闻中心",
                "您现在的位置: 首页 >> 信息公开",
                "首页 > 政务公开 > 通知公告",
                "字号:",
                "【字体：大 中 小】",
                "[大] [中] [小]",
                "• 扫一扫在手机打开当前页",
                "分享到：",
                "【打印本页】【关闭窗口】",
                "[打印] [关闭]",
                "打印本页 | 关闭窗口",
                "返回首页",
                "[返回滨城时报新闻](//finews.withounder.com/category/binchengshibao.html)｜[返回首页](//finews.withounder.com/)",
                "<http://finews.zning.xyz/html_News/NewsShare.html?infoCode=NW202203112306263483>",
                "1727581181804066210",
                "(图片为资料图)",
                "（图片来源：新华社）",
                "【资料图】",
                "责任编辑：张三",
                "（责任编辑：李四）",
                "上一篇：关于印发通知的通知",
                "浏览次数：1024",
                "津滨网版权所有,未经书面授权禁止使用 服务邮箱:jinbinwang2015@163.com 举报电话:25204288",
                "网站标识码:1201160009",
                "推荐使用IE8及以上版本浏览器浏览",
                "津ICP备05001971号-1")) {
            assertTrue(Furniture.isFurniture(line), line);
        }
    }

    @Test
    void keepsShortContentLines() {
        for (String line : List.of("序号", "指标", "2020", "968.9", "[2200]", "41以上", "1855(2019累计)", "10%", "01", "徐海波",
                "一、经济发展", "(作者系南昌综保区党组书记、主任)", "图为设立在滨海新区的“京津通办”自助服务厅", "备注:[]表示五年累计数",
                "大", "返回舱顺利着陆", "取得排污许可证的企业应当按证排污。", "二维码技术在通关中的应用")) {
            assertFalse(Furniture.isFurniture(line), line);
        }
    }

    @Test
    void cutsTheFooterBlockAtTheEnd() {
        List<String> lines = List.of(
                "正文第一段，内容足够长，讲述综合保税区的发展情况。",
                "正文第二段。",
                "网站地图 | 联系我们",
                "主办单位:天津港保税区",
                "网站标识码:1201160009 | 备案序号:津ICP备05001971号-1",
                "党政机关",
                "邮箱:tjftz@adm.tjftz.gov.cn | 推荐使用IE8及以上版本浏览器浏览");
        assertEquals(2, Furniture.contentEnd(lines));
    }

    @Test
    void doesNotCutWhenContentFollowsAFooterMarker() {
        List<String> lines = List.of(
                "本网站版权所有",
                "正文很长的一段话，讲述综合保税区的发展情况，保税维修、保税研发、跨境电商等新业态不断涌现，进出口总额持续增长，营商环境持续优化。");
        assertEquals(2, Furniture.contentEnd(lines));
    }

    @Test
    void keepsContactDetailsOfANoticeAboveTheFooter() {
        List<String> lines = List.of(
                "请各单位于10月31日前报送材料。",
                "联系人：张三，电话：022-12345678，邮箱：abc@example.cn",
                "主办单位：天津市商务局",
                "津ICP备05001234号");
        assertEquals(2, Furniture.contentEnd(lines));
    }

    @Test
    void cutsRelatedArticleLists() {
        List<String> lines = List.of("正文。", "相关新闻：", "东疆综保区新闻一", "临港综保区新闻二");
        assertEquals(1, Furniture.contentEnd(lines));
    }

    @Test
    void readsShareUrls() {
        assertEquals("http://finews.zning.xyz/a.html?x=1", Furniture.shareUrl("<http://finews.zning.xyz/a.html?x=1>").orElseThrow());
        assertEquals("http://example.cn/a", Furniture.shareUrl("<//example.cn/a>").orElseThrow());
        assertFalse(Furniture.shareUrl("http://example.cn/a").isPresent(), "a bare URL is not a share line");
        assertFalse(Furniture.shareUrl("见 http://example.cn/a").isPresent());
        assertTrue(Furniture.isBareUrl("https://www.example.cn/files/fj1.pdf"));
    }

    @Test
    void recognizesNavigationRows() {
        assertTrue(Furniture.isNavigationList("首页 | 政务公开 | 新闻中心 | 互动交流"));
        assertTrue(Furniture.isNavigationList("首页 机构概况 政务公开 政务服务 互动交流"));
        assertFalse(Furniture.isNavigationList("以“四个聚焦”为引领 巩固提升发展首位度"));
    }
}
