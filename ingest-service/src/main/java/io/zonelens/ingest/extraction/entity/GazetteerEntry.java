package io.zonelens.ingest.extraction.entity;

/** One real-world thing from a gazetteer file: canonical name, type, finer kind (CITY, ETDZ, …) and province. */
public record GazetteerEntry(String canonical, EntityType type, String kind, String province) {

    public boolean isCountry() {
        return kind.equals("COUNTRY");
    }

    /** A country other than China (美国, 日本): its bodies are its own, never people's governments or China's ministries. */
    public boolean isForeignCountry() {
        return isCountry() && !canonical.equals("中国");
    }

    /** A foreign country, or a region or city abroad (滨海边疆区, 曼德勒省, 莫斯科): its bodies are its own too. */
    public boolean isForeign() {
        return isForeignCountry() || kind.startsWith("FOREIGN");
    }
}
