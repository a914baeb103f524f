package io.zonelens.ingest.extraction.period;

/** What a period expression denotes. */
public enum PeriodKind {
    /** 2021年, 2021年底. */
    YEAR,
    /** 2021—2023年, 2021-2025年: a span of whole years. */
    YEARS,
    /** 2021年7月, 下半年, 三季度: months that do not start the year. */
    MONTHS,
    /** 2021年1至11月, 1—8月份, 上半年, 前三季度: from January to a month. */
    YEAR_TO_DATE,
    /** 7月份以来, 2021年以来: from then to the publication date. */
    SINCE,
    /** “十四五”, 第十四个五年规划: 2021–2025. */
    FIVE_YEAR_PLAN,
    /** 到2025年: a future year a target is set for. */
    TARGET_YEAR,
    /** 二〇三五年: a long-range vision, ten or more years ahead. */
    VISION,
    /** 今年, 上年, 去年, 当年, 全年, 过去一年. */
    RELATIVE_YEAR,
    /** 过去五年, 近三年. */
    RECENT_YEARS,
    /** 当前, 目前: as of the publication date. */
    CURRENT,
    /** 五年累计: a total over the five-year plan in force. */
    CUMULATIVE,
    /** 比上年, 较2015年, 去年同期: the period a figure is compared with, never a figure's own. */
    COMPARISON
}
