package io.zonelens.ingest.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

import java.time.Duration;

/** The outbox relay: how much it sends at once, and how it backs off from a destination that is down. */
@ConfigMapping(prefix = "zonelens.delivery")
public interface DeliveryConfig {

    @WithDefault("16")
    int claimSize();

    /** How long a claimed row stays this relay's before another replica may send it. */
    @WithDefault("PT1M")
    Duration lease();

    /** First retry delay; doubles per attempt up to {@link #maxBackoff()}. Deliveries are retried until they succeed. */
    @WithDefault("PT1S")
    Duration backoff();

    @WithDefault("PT5M")
    Duration maxBackoff();

    /** How often an idle relay looks for rows (read by the @Scheduled method). */
    @WithDefault("0.5s")
    String pollInterval();

    @WithName("query-service")
    Toggle queryService();

    @WithName("indicator-service")
    Toggle indicatorService();

    interface Toggle {
        /** Off: documents do not wait for this destination and nothing is sent to it. */
        @WithDefault("true")
        boolean enabled();
    }

}
