package io.zonelens.ingest.extraction.number;

/**
 * A unit as the catalog knows it: {@code canonical} names the base unit ("CNY", "person", "m2"), {@code factor} turns one
 * of this unit into base units (公里 → 1000 m), independent of any 万/亿 magnitude written before it.
 */
public record Unit(String text, String canonical, double factor, Dimension dimension) {

    public QuantityKind kind() {
        return switch (dimension) {
            case PERCENT -> QuantityKind.PERCENT;
            case PERCENTAGE_POINTS -> QuantityKind.PERCENTAGE_POINTS;
            case MULTIPLE -> QuantityKind.MULTIPLE;
            case RANK -> QuantityKind.RANK;
            default -> QuantityKind.AMOUNT;
        };
    }
}
