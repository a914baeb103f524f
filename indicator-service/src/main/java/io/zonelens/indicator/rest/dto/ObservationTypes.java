package io.zonelens.indicator.rest.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The closed vocabularies of an observation. */
public final class ObservationTypes {

    private ObservationTypes() {
    }

    @Schema(name = "Kind", description = "ACTUAL 实际值 (a figure reached), TARGET 目标值 (a plan's figure)")
    public enum Kind { ACTUAL, TARGET }

    /** LEVEL a quantity; GROWTH year on year; CAGR average annual growth; SHARE a proportion; CHANGE in percentage points. */
    @Schema(name = "Measure", description = "LEVEL 总量 (亿元), GROWTH 同比增长, CAGR 年均增长, SHARE 占比, CHANGE 百分点变化, MULTIPLE 倍数, RANK 位次")
    public enum Measure { LEVEL, GROWTH, CAGR, SHARE, CHANGE, MULTIPLE, RANK }

    @Schema(name = "Qualifier", description = "EXACT, APPROX 约, AT_LEAST 以上/不低于, AT_MOST 以内/不超过, MORE_THAN 突破/超过, NEARLY 近, RANGE 一个区间, NON_NUMERIC 文字目标")
    public enum Qualifier { EXACT, APPROX, AT_LEAST, AT_MOST, MORE_THAN, NEARLY, RANGE, NON_NUMERIC }
}
