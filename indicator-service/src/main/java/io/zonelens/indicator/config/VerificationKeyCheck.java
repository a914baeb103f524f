package io.zonelens.indicator.config;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.util.Optional;

/**
 * Without a verification key the service still starts and answers open reads, but refuses every request that needs
 * a role with 401; say so once at start rather than leave operators to guess from the 401s.
 */
@Singleton
public class VerificationKeyCheck {

    private static final Logger LOG = Logger.getLogger(VerificationKeyCheck.class);

    void warnWithoutKey(@Observes StartupEvent start,
                        @ConfigProperty(name = "mp.jwt.verify.publickey") Optional<String> key,
                        @ConfigProperty(name = "mp.jwt.verify.publickey.location") Optional<String> location) {
        if (key.filter(value -> !value.isBlank()).isEmpty() && location.filter(value -> !value.isBlank()).isEmpty()) {
            LOG.warn("mp.jwt.verify.publickey (MP_JWT_VERIFY_PUBLICKEY) is not set: reads are served, but every write and "
                    + "/internal call is refused with 401 until a verification key is configured");
        }
    }
}
