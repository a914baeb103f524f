package io.zonelens.keys;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;

/**
 * {@code ./zonelens}'s key commands:
 * {@code keys DIR} writes DIR/jwt-private.pem (PKCS#8) and DIR/jwt-public.pem unless both exist;
 * {@code token PRIVATE_PEM DAYS GROUP...} prints a token from issuer zonelens with those groups, valid for DAYS days.
 */
public final class KeysTool {

    private KeysTool() {
    }

    public static void main(String[] args) throws IOException {
        switch (args.length == 0 ? "" : args[0]) {
            case "keys" -> keys(Path.of(args[1]));
            case "token" -> {
                Instant now = Instant.now();
                System.out.println(Rs256.sign(Rs256.privateKey(Rs256.der(Files.readString(Path.of(args[1])))), "zonelens",
                        "zonelens-cli", now, now.plus(Integer.parseInt(args[2]), ChronoUnit.DAYS), Arrays.copyOfRange(args, 3, args.length)));
            }
            default -> throw new IllegalArgumentException("usage: keys DIR | token PRIVATE_PEM DAYS GROUP...");
        }
    }

    private static void keys(Path dir) throws IOException {
        Path privatePem = dir.resolve("jwt-private.pem");
        Path publicPem = dir.resolve("jwt-public.pem");
        if (Files.exists(privatePem) && Files.exists(publicPem)) {
            return;
        }
        Files.createDirectories(dir);
        KeyPair pair = Rs256.generate();
        writePrivately(privatePem, Rs256.pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
        writePrivately(publicPem, Rs256.pem("PUBLIC KEY", pair.getPublic().getEncoded()));
    }

    private static void writePrivately(Path file, String text) throws IOException {
        Files.writeString(file, text);
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // best effort on file systems without POSIX permissions
        }
    }
}
