package io.zonelens.ingest.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** Limits and worker settings; every value can be overridden with an env var, e.g. ZONELENS_INGEST_MAX_DOCUMENT_BYTES. */
@ConfigMapping(prefix = "zonelens.ingest")
public interface IngestConfig {

    /** Largest single document body accepted, in bytes (413 beyond). */
    @WithDefault("10485760")
    long maxDocumentBytes();

    /** Largest NDJSON batch body accepted, in bytes (413 beyond). */
    @WithDefault("104857600")
    long maxBatchBytes();

    /** Most lines one batch may hold (413 beyond). */
    @WithDefault("10000")
    int maxBatchLines();

    /** Largest page a list endpoint returns. */
    @WithDefault("100")
    int maxPageSize();

    Worker worker();

    Extraction extraction();

    interface Extraction {
        /**
         * Whether the entity stage runs the tagger trained on CLUENER besides the gazetteers and patterns. It finds
         * persons, bodies, companies and titles the patterns do not know (general news above all) and costs about four
         * fifths of extraction time: off, extraction runs about five times faster (README, "Benchmarks").
         */
        @WithDefault("true")
        boolean learnedTagger();
    }

    interface Worker {
        /** Whether this replica claims and processes jobs. */
        @WithDefault("true")
        boolean enabled();

        /** How often an idle worker looks for work (read by the @Scheduled methods). */
        @WithDefault("0.5s")
        String pollInterval();

        /** How many jobs one claim takes; small keeps work spread across replicas. */
        @WithDefault("4")
        int claimSize();

        /** How long a claimed job stays this worker's before another replica may take it over. */
        @WithDefault("PT5M")
        Duration lease();

        /** Attempts before a document is marked FAILED. */
        @WithDefault("3")
        int maxAttempts();

        /** Delay before a failed attempt is retried; doubles with every attempt. */
        @WithDefault("PT5S")
        Duration retryBackoff();
    }
}
