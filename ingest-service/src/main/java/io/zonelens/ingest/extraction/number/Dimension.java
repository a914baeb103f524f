package io.zonelens.ingest.extraction.number;

/** The physical or economic dimension of a unit, so figures are only compared with figures of the same kind. */
public enum Dimension {
    CURRENCY, CURRENCY_PER_PERSON, PERSONS, COUNT, AREA, LENGTH, MASS, ENERGY, POWER, CONTAINERS, DURATION,
    CONCENTRATION, VOLUME, PERCENT, PERCENTAGE_POINTS, MULTIPLE, RANK
}
