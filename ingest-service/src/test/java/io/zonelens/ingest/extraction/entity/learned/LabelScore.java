package io.zonelens.ingest.extraction.entity.learned;

/** Exact-match counts for one label: a prediction counts only if label, start and end all match. */
record LabelScore(String label, int truePositives, int falsePositives, int falseNegatives) {

    double precision() {
        return ratio(truePositives, truePositives + falsePositives);
    }

    double recall() {
        return ratio(truePositives, truePositives + falseNegatives);
    }

    double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    int gold() {
        return truePositives + falseNegatives;
    }

    LabelScore plus(LabelScore other) {
        return new LabelScore(label, truePositives + other.truePositives, falsePositives + other.falsePositives,
                falseNegatives + other.falseNegatives);
    }

    private static double ratio(int part, int whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }
}
