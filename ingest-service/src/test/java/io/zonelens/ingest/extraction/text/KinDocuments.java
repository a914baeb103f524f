package io.zonelens.ingest.extraction.text;

/** Synthetic documents shaped like the samples' kin: other news sites, other portals, full HTML pages. */
final class KinDocuments {

    private KinDocuments() {
    }

    static final String NEWS_PAGE = """
            <!DOCTYPE html>
            <html lang="zh-CN"><head>
            <meta charset="utf-8">
            <title>东疆综合保税区前三季度进出口增长12% - 天津日报 - 津云</title>
            <meta property="og:title" content="东疆综合保税区前三季度进出口增长12%">
            <meta property="og:site_name" content="津云">
            <meta property="article:published_time" content="2024-10-15T09:30:00+08:00">
            <link rel="canonical" href="https://www.example-news.cn/2024/10/15/a123.html">
            <style>.x { color: red }</style>
            </head><body>
            <header class="site-header"><div class="logo"><h1><a href="/">津云</a></h1></div>
            <nav><ul><li><a href="/">首页</a></li><li><a href="/news">新闻</a></li><li><a href="/zt">专题</a></li></ul></nav></header>
            <div class="breadcrumb">当前位置：<a href="/">首页</a> &gt; <a href="/news">新闻</a> &gt; 正文</div>
            <div class="main">
             <article>
              <h1 class="article-title">东疆综合保税区前三季度进出口增长12%</h1>
              <div class="article-info"><span>2024-10-15 09:30</span> <span>来源：天津日报</span> <span>记者：王小明</span></div>
              <div class="article-content">
               <p>　　本报讯 今年前三季度，东疆综合保税区实现进出口总额&nbsp;1200亿元，同比增长12%。</p>
               <p><strong>融资租赁</strong>业务继续领跑全国，飞机、船舶租赁资产规模稳步扩大。</p>
               <p><img src="a.jpg" alt="东疆港"></p>
               <p>（图片来源：东疆综合保税区管委会）</p>
               <p>下一步，东疆将持续推进制度创新，打造一流营商环境。</p>
               <p>（责任编辑：李四）</p>
              </div>
              <div class="share">分享到：<a href="#">微信</a><a href="#">微博</a></div>
             </article>
             <aside class="sidebar"><h3>热点新闻</h3><ul><li><a href="/1">其他新闻标题一二三</a></li><li><a href="/2">其他新闻二</a></li><li><a href="/3">其他新闻三</a></li></ul></aside>
            </div>
            <footer><p>Copyright © 2024 津云 版权所有</p><p>津ICP备12345678号-1</p></footer>
            <script>var x = "<p>不是正文</p>";</script>
            </body></html>
            """;

    static final String GOV_HTML_PAGE = """
            <html><head>
            <meta http-equiv="Content-Type" content="text/html; charset=utf-8">
            <title>关于推进综合保税区高质量发展的实施意见_政策文件_天津市商务局</title>
            <meta name="SiteName" content="天津市商务局">
            <meta name="ArticleTitle" content="关于推进综合保税区高质量发展的实施意见">
            <meta name="PubDate" content="2023-05-08 09:30">
            <meta name="ContentSource" content="市商务局">
            </head><body>
            <div id="top"><a href="/">首页</a> | <a href="/zwgk">政务公开</a> | <a href="/hdjl">互动交流</a></div>
            <div class="position">您的位置：<a href="/">首页</a> &gt; <a href="/zcwj">政策文件</a></div>
            <div class="content">
              <div class="title">关于推进综合保税区高质量发展的实施意见</div>
              <div class="info">发布时间：2023-05-08 09:30 来源：市商务局 【字体：<a>大</a> <a>中</a> <a>小</a>】</div>
              <div class="TRS_Editor">
                <p>各区人民政府，市政府各委、办、局：</p>
                <p>为推进综合保税区高质量发展，现提出如下意见。</p>
                <table><tr><td>序号</td><td>指标</td><td>2025年目标</td></tr>
                <tr><td>1</td><td>进出口总额（亿元）</td><td>[2200]</td></tr></table>
                <p style="text-align:right">市商务局</p>
                <p style="text-align:right">2023年5月6日</p>
              </div>
            </div>
            <div class="foot">
              <p>主办单位：天津市商务局　　网站标识码：1200000001</p>
              <p>津ICP备05001234号　　津公网安备 12010102000001号</p>
            </div>
            </body></html>
            """;

    static final String GOV_TEXT_PAGE = """
            您现在的位置：首页 > 信息公开 > 政策文件
            首页 | 机构概况 | 信息公开 | 互动交流
            关于推进综合保税区高质量发展的实施意见
            发布时间：2023年5月8日 09:30    来源：市商务局    浏览次数：1024
            【字体：大 中 小】【打印本页】【关闭窗口】
            各区人民政府，市政府各委、办、局：
            　　为深入贯彻落实国务院关于促进综合保税区高水平开放高质量发展的若干意见，现提出如下实施意见。
            一、总体要求
            （一）指导思想。坚持以制度创新为核心，推动综合保税区高质量发展。
            市商务局
            2023年5月6日
            分享到：
            网站地图 | 联系我们 | 免责声明
            主办：天津市商务局  承办：天津市商务局信息中心
            地址：天津市和平区某某路1号  邮编：300000
            网站标识码：1200000001  津ICP备05001234号
            """;

    static final String PRESS_TEXT = """
            临港综合保税区通过国家验收

            来源：中国新闻网　　作者：张三　　2024年9月30日 08:15

            　　9月29日，临港综合保税区顺利通过国家十部门联合验收。
            　　验收组认为，临港综合保税区基础设施完善，监管设施符合要求。

            （责任编辑：李四）
            """;

    static final String MARKDOWN = """
            # 海南自由贸易港封关运作准备工作

            发布时间：2024-12-01

            海南自由贸易港**封关运作**准备工作
            有序推进。详见[官方网站](https://www.hainan.gov.cn)。

            - 第一项：完善制度
            - 第二项：建设设施

            | 指标 | 2023 |
            |---|---|
            | 进出口 | 100 |

            [返回首页](/)
            """;

    static final String JEKYLL_WITHOUT_SOURCE_LINE = """
            ---
            layout: post
            title: '自贸区''新政''发布'
            date: 2023-06-01 10:00:00 +0800
            tags: 天津日报新闻
            ---
            <p>自贸区新政发布，涉及跨境贸易便利化等多项措施。</p>
            <p>记者 王五</p>

            [返回天津日报新闻](//example.cn/tjrb.html)｜[返回首页](//example.cn/)
            """;

    /** A portal that reprints agency copy: outlet after the date, dateline credit, spaced-out footer. */
    static final String REPRINTED_PRESS_TEXT = """
            自贸试验区十周年：天津交出亮眼成绩单
            2024年09月30日 08:15 新京报
            新京报讯（记者 张三）9月29日，天津自贸试验区迎来挂牌十周年。
            十年来，天津自贸试验区累计形成600余项制度创新成果。
            关注公众号：新京报
            分享让更多人看到
            新 京 报 版 权 所 有 ，未 经 书 面 授 权 禁 止 使 用
            声明：本文系转载，不代表本网观点。
            责任编辑：王五
            """;

    /** An old table-layout government page: no h1, no meta tags, body as one cell with br breaks. */
    static final String TABLE_LAYOUT_GOV_PAGE = """
            <html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
            <title>东疆保税港区管委会关于开展2024年度企业评审工作的通知</title></head>
            <body><table width="1000"><tr><td><img src="banner.jpg"></td></tr>
            <tr><td><a>首页</a> | <a>机构设置</a> | <a>政务公开</a> | <a>办事服务</a></td></tr></table>
            <table width="1000"><tr><td>您现在的位置：<a>首页</a> &gt;&gt; <a>通知公告</a></td></tr>
            <tr><td align="center" class="biaoti">东疆保税港区管委会关于开展2024年度企业评审工作的通知</td></tr>
            <tr><td align="center">发布时间：2024-03-15　　来源：东疆保税港区管委会　　点击数：356</td></tr>
            <tr><td class="zw">各有关企业：<br>　　为做好2024年度企业评审工作，现将有关事项通知如下：<br>　　一、评审范围<br>
            　　注册在东疆保税港区的企业。<br>　　联系人：王老师，电话：022-25601234<br><br>　　东疆保税港区管委会<br>　　2024年3月15日</td></tr>
            <tr><td align="center"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></td></tr></table>
            <table><tr><td>版权所有：天津东疆保税港区管理委员会　地址：天津市东疆保税港区xx路 邮编：300461<br>津ICP备1234567号</td></tr></table>
            </body></html>
            """;

    /** A Jekyll post whose source closes the last paragraph instead of standing alone. */
    static final String JEKYLL_WITH_INLINE_SOURCE = """
            ---
            title: "东疆综保区进出口增长"
            date: 2023-06-01 10:00:00 +0800
            tags: 北方网新闻
            ---
            <p>东疆综保区前五个月进出口增长20%。（来源：天津日报）</p>
            """;
}
