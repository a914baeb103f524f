package io.zonelens.indicator.rest.dto;

/** The closed vocabularies of an observation. */
public final class ObservationTypes {

    private ObservationTypes() {
    }

    public enum Kind { ACTUAL, TARGET }

    /** LEVEL a quantity; GROWTH year on year; CAGR average annual growth; SHARE a proportion; CHANGE in percentage points. */
    public enum Measure { LEVEL, GROWTH, CAGR, SHARE, CHANGE, MULTIPLE, RANK }

    public enum Qualifier { EXACT, APPROX, AT_LEAST, AT_MOST, MORE_THAN, NEARLY, RANGE, NON_NUMERIC }
}
