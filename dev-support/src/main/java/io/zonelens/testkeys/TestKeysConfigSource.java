package io.zonelens.testkeys;

import org.eclipse.microprofile.config.spi.ConfigSource;

import java.util.Map;
import java.util.Set;

/**
 * Gives every service's tests the test JVM's key pair (found through ServiceLoader, so no test class has to ask):
 * the verification key, and the signing key ingest-service mints its internal tokens with. Below environment
 * variables and system properties, so a test run can still bring its own keys.
 */
public class TestKeysConfigSource implements ConfigSource {

    private static final String VERIFY = "mp.jwt.verify.publickey";
    private static final String SIGN = "smallrye.jwt.sign.key";

    @Override
    public Set<String> getPropertyNames() {
        return Set.of(VERIFY, SIGN);
    }

    @Override
    public Map<String, String> getProperties() {
        return Map.of(VERIFY, TestTokens.publicKeyPem(), SIGN, TestTokens.privateKeyPem());
    }

    @Override
    public String getValue(String name) {
        return switch (name) {
            case VERIFY -> TestTokens.publicKeyPem();
            case SIGN -> TestTokens.privateKeyPem();
            default -> null;
        };
    }

    @Override
    public String getName() {
        return "zonelens-test-keys";
    }

    @Override
    public int getOrdinal() {
        return 275;
    }
}
