package io.zonelens.ingest.extraction.number;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How a stated figure relates to the true one: 突破210亿元 is MORE_THAN, 41%以上 AT_LEAST, a target in words NON_NUMERIC. */
@Schema(name = "Qualifier", description = "How a stated figure relates to the true one: 突破210亿元 MORE_THAN, 41%以上 AT_LEAST, 约 APPROX, 近 NEARLY, a target in words NON_NUMERIC")
public enum Qualifier {
    EXACT, APPROX, AT_LEAST, AT_MOST, MORE_THAN, NEARLY, RANGE, NON_NUMERIC
}
