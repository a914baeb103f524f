package io.zonelens.ingest.client;

import io.quarkus.runtime.StartupEvent;
import io.smallrye.jwt.build.Jwt;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Short-lived bearer tokens with role {@code internal} for ingest-service's calls to the other services'
 * /internal APIs, signed with {@code smallrye.jwt.sign.key} (a Secret in a cluster). One token is reused until a
 * fifth of its lifetime is left, so signing costs nothing per delivery.
 */
@Singleton
public class InternalTokens {

    private static final Logger LOG = Logger.getLogger(InternalTokens.class);

    private final Duration lifetime;
    private final boolean keyConfigured;
    private String token;
    private Instant renewAt = Instant.MIN;

    public InternalTokens(@ConfigProperty(name = "zonelens.delivery.token-lifetime", defaultValue = "PT5M") Duration lifetime,
                          @ConfigProperty(name = "smallrye.jwt.sign.key") Optional<String> signKey,
                          @ConfigProperty(name = "smallrye.jwt.sign.key.location") Optional<String> signKeyLocation) {
        this.lifetime = lifetime;
        this.keyConfigured = signKey.filter(key -> !key.isBlank()).isPresent()
                || signKeyLocation.filter(location -> !location.isBlank()).isPresent();
    }

    void warnWithoutKey(@Observes StartupEvent start) {
        if (!keyConfigured) {
            LOG.warn("smallrye.jwt.sign.key (SMALLRYE_JWT_SIGN_KEY) is not set: deliveries to query-service and indicator-service "
                    + "cannot be authorized and wait in the outbox until a signing key is configured");
        }
    }

    public synchronized String current() {
        Instant now = Instant.now();
        if (token == null || now.isAfter(renewAt)) {
            if (!keyConfigured) {
                throw new IllegalStateException("no signing key for internal tokens: set smallrye.jwt.sign.key (SMALLRYE_JWT_SIGN_KEY)");
            }
            token = Jwt.issuer("zonelens").subject("ingest-service").upn("ingest-service").groups("internal")
                    .issuedAt(now).expiresAt(now.plus(lifetime)).sign();
            renewAt = now.plus(lifetime.multipliedBy(4).dividedBy(5));
        }
        return token;
    }
}
