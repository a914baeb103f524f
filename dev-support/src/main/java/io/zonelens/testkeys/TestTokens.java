package io.zonelens.testkeys;

import io.zonelens.keys.Rs256;

import java.security.KeyPair;
import java.security.PrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

/**
 * Test-only RS256 keys and bearer tokens, made at test time and never stored: one key pair per test JVM, kept in
 * system properties so every class loader of a Quarkus test (and a service the tests start as a process) sees the
 * same pair. Plain JDK ({@link Rs256}), so any module's tests can mint tokens without smallrye-jwt-build.
 */
public final class TestTokens {

    public static final String ISSUER = "zonelens";
    private static final String PUBLIC_PROPERTY = "zonelens.test.jwt.public-key";
    private static final String PRIVATE_PROPERTY = "zonelens.test.jwt.private-key";

    private TestTokens() {
    }

    /** The verification key as PEM, what {@code mp.jwt.verify.publickey} is given. */
    public static String publicKeyPem() {
        return Rs256.pem("PUBLIC KEY", keys()[0]);
    }

    /** The signing key as PKCS#8 PEM, what {@code smallrye.jwt.sign.key} is given. */
    public static String privateKeyPem() {
        return Rs256.pem("PRIVATE KEY", keys()[1]);
    }

    /** A valid token for ten minutes with these groups (roles). */
    public static String withGroups(String... groups) {
        Instant now = Instant.now();
        return sign(signingKey(), ISSUER, now, now.plus(Duration.ofMinutes(10)), groups);
    }

    public static String writer() {
        return withGroups("writer");
    }

    public static String internal() {
        return withGroups("internal");
    }

    /** A writer token whose lifetime ended a minute ago. */
    public static String expiredWriter() {
        Instant now = Instant.now();
        return sign(signingKey(), ISSUER, now.minus(Duration.ofHours(1)), now.minus(Duration.ofMinutes(1)), "writer");
    }

    /** A writer token signed by a key the services do not know. */
    public static String forgedWriter() {
        Instant now = Instant.now();
        return sign(Rs256.generate().getPrivate(), ISSUER, now, now.plus(Duration.ofMinutes(10)), "writer");
    }

    /** A compact JWS: header.claims.signature, RS256, subject "test". */
    public static String sign(PrivateKey key, String issuer, Instant issuedAt, Instant expiresAt, String... groups) {
        return Rs256.sign(key, issuer, "test", issuedAt, expiresAt, groups);
    }

    private static PrivateKey signingKey() {
        return Rs256.privateKey(keys()[1]);
    }

    /** [X.509 public, PKCS#8 private], generated once per JVM. */
    private static byte[][] keys() {
        synchronized (System.getProperties()) {
            if (System.getProperty(PUBLIC_PROPERTY) == null) {
                KeyPair pair = Rs256.generate();
                System.setProperty(PRIVATE_PROPERTY, Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded()));
                System.setProperty(PUBLIC_PROPERTY, Base64.getEncoder().encodeToString(pair.getPublic().getEncoded()));
            }
            return new byte[][]{Base64.getDecoder().decode(System.getProperty(PUBLIC_PROPERTY)),
                    Base64.getDecoder().decode(System.getProperty(PRIVATE_PROPERTY))};
        }
    }
}
