package io.zonelens.testkeys;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Test-only RS256 keys and bearer tokens, made at test time and never stored: one key pair per test JVM, kept in
 * system properties so every class loader of a Quarkus test (and a service the tests start as a process) sees the
 * same pair. Plain JDK, so any module's tests can mint tokens without smallrye-jwt-build.
 */
public final class TestTokens {

    public static final String ISSUER = "zonelens";
    private static final String PUBLIC_PROPERTY = "zonelens.test.jwt.public-key";
    private static final String PRIVATE_PROPERTY = "zonelens.test.jwt.private-key";

    private TestTokens() {
    }

    /** The verification key as PEM, what {@code mp.jwt.verify.publickey} is given. */
    public static String publicKeyPem() {
        return pem("PUBLIC KEY", keys()[0]);
    }

    /** The signing key as PKCS#8 PEM, what {@code smallrye.jwt.sign.key} is given. */
    public static String privateKeyPem() {
        return pem("PRIVATE KEY", keys()[1]);
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
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            Instant now = Instant.now();
            return sign(generator.generateKeyPair().getPrivate(), ISSUER, now, now.plus(Duration.ofMinutes(10)), "writer");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A compact JWS: header.claims.signature, RS256. */
    public static String sign(PrivateKey key, String issuer, Instant issuedAt, Instant expiresAt, String... groups) {
        String header = "{\"alg\":\"RS256\",\"typ\":\"JWT\"}";
        String claims = "{\"iss\":\"" + issuer + "\",\"sub\":\"test\",\"upn\":\"test\",\"jti\":\"" + UUID.randomUUID()
                + "\",\"iat\":" + issuedAt.getEpochSecond() + ",\"exp\":" + expiresAt.getEpochSecond() + ",\"groups\":["
                + Arrays.stream(groups).map(group -> "\"" + group + "\"").collect(Collectors.joining(",")) + "]}";
        String signingInput = base64Url(header.getBytes(StandardCharsets.UTF_8)) + "." + base64Url(claims.getBytes(StandardCharsets.UTF_8));
        try {
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initSign(key);
            signature.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + base64Url(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static PrivateKey signingKey() {
        try {
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(keys()[1]));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** [X.509 public, PKCS#8 private], generated once per JVM. */
    private static byte[][] keys() {
        synchronized (System.getProperties()) {
            if (System.getProperty(PUBLIC_PROPERTY) == null) {
                try {
                    KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
                    generator.initialize(2048);
                    KeyPair pair = generator.generateKeyPair();
                    System.setProperty(PRIVATE_PROPERTY, Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded()));
                    System.setProperty(PUBLIC_PROPERTY, Base64.getEncoder().encodeToString(pair.getPublic().getEncoded()));
                } catch (GeneralSecurityException e) {
                    throw new IllegalStateException(e);
                }
            }
            return new byte[][]{Base64.getDecoder().decode(System.getProperty(PUBLIC_PROPERTY)),
                    Base64.getDecoder().decode(System.getProperty(PRIVATE_PROPERTY))};
        }
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, new byte[]{'\n'}).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }

    private static String base64Url(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
