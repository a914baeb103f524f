package io.zonelens.ingest.extraction.entity;

/** A word that ends or introduces a composite name, with the full form a short form stands for (发改委 → 发展和改革委员会). */
public record Cue(String word, CueFamily family, String canonicalForm) {

    public enum CueFamily { ZONE_SUFFIX, COMPANY_SUFFIX, GOV_BODY, ORG_SUFFIX, MEDIA_SUFFIX, ORG_ANCHOR, TITLE, POLICY_OPENER, ENUMERATION }

    public String fullForm() {
        return canonicalForm == null || canonicalForm.isEmpty() ? word : canonicalForm;
    }
}
