package io.zonelens.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.openapitools.openapidiff.core.OpenApiCompare;
import org.openapitools.openapidiff.core.model.ChangedOpenApi;
import org.openapitools.openapidiff.core.output.MarkdownRender;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/**
 * A service's committed OpenAPI contract ({@code src/main/openapi/openapi.yaml}) and its released versions
 * ({@code src/main/openapi/released/openapi-X.Y.Z.yaml}), relative to the module directory Surefire runs in.
 */
public final class Contract {

    /** Rewrites every service's committed contract from what the code serves; the same command for all three. */
    public static final String REWRITE_COMMAND =
            "./mvnw test -Dtest=ContractTest -Dsurefire.failIfNoSpecifiedTests=false -Dzonelens.contract.write=true";
    static final String WRITE_PROPERTY = "zonelens.contract.write";
    private static final Pattern RELEASE = Pattern.compile("openapi-(\\d+)\\.(\\d+)\\.(\\d+)\\.yaml");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private final Path committed;
    private final Path released;

    Contract(Path module) {
        this.committed = module.resolve(Path.of("src", "main", "openapi", "openapi.yaml"));
        this.released = module.resolve(Path.of("src", "main", "openapi", "released"));
    }

    public static Contract inWorkingDirectory() {
        return new Contract(Path.of(""));
    }

    /** The served document must equal the committed one as a tree (key order and formatting aside). */
    public void checkServed(String servedYaml) {
        if (Boolean.getBoolean(WRITE_PROPERTY)) {
            write(servedYaml);
            return;
        }
        if (!Files.exists(committed)) {
            fail(committed + " is missing; write it from the code with\n  " + REWRITE_COMMAND);
        }
        List<String> differences = TreeDiff.differences(read(committed), parse(servedYaml));
        if (!differences.isEmpty()) {
            fail("The served contract (/q/openapi) differs from the committed " + committed + " ("
                    + differences.size() + " difference(s), committed -> served):\n  " + String.join("\n  ", TreeDiff.firstOf(differences))
                    + "\nIf the change is intended, rewrite the committed contracts and commit them:\n  " + REWRITE_COMMAND);
        }
    }

    /**
     * The committed contract against the newest released one: openapi-diff's incompatibilities (removed paths or
     * operations, new required parameters or request properties, changed types, ...) and removed response
     * properties fail, unless info.version's major number was raised, which is how a deliberate break is released.
     */
    public void checkCompatibleWithLatestRelease() {
        // Rewriting all three contracts must not stop at the first module with a break; the next build reports it.
        assumeFalse(Boolean.getBoolean(WRITE_PROPERTY), "contracts are being rewritten");
        Path baseline = latestRelease();
        for (Path contract : List.of(baseline, committed)) {
            // openapi-diff 2.1 reads a 3.1 document without most of its schemas and would find nothing to report.
            if (!read(contract).path("openapi").asText().startsWith("3.0")) {
                fail(contract + " is not an OpenAPI 3.0 document; set quarkus.smallrye-openapi.open-api-version=3.0.3");
            }
        }
        ChangedOpenApi diff = OpenApiCompare.fromLocations(baseline.toUri().toString(), committed.toUri().toString());
        List<String> removedProperties = RemovedResponseProperties.in(diff);
        if (!diff.isIncompatible() && removedProperties.isEmpty() || major(read(committed)) > major(read(baseline))) {
            return;
        }
        fail(committed + " breaks compatibility with " + baseline + ":\n" + markdown(diff)
                + (removedProperties.isEmpty() ? "" : "\nResponse properties removed:\n  " + String.join("\n  ", removedProperties))
                + "\nKeep the old shape (add, don't remove or tighten), or release the break: raise the major of "
                + "quarkus.smallrye-openapi.info-version and copy the new contract to " + released + ".");
    }

    private Path latestRelease() {
        try (Stream<Path> files = Files.list(released)) {
            return files.filter(file -> RELEASE.matcher(file.getFileName().toString()).matches())
                    .max(Comparator.comparing(Contract::version))
                    .orElseThrow(() -> new AssertionError("no released contract openapi-X.Y.Z.yaml in " + released));
        } catch (IOException e) {
            throw new UncheckedIOException("no released contracts at " + released, e);
        }
    }

    private static String version(Path release) {
        Matcher matcher = RELEASE.matcher(release.getFileName().toString());
        matcher.matches();
        return String.format("%09d.%09d.%09d", Long.parseLong(matcher.group(1)), Long.parseLong(matcher.group(2)), Long.parseLong(matcher.group(3)));
    }

    private static int major(JsonNode contract) {
        String version = contract.path("info").path("version").asText("0");
        return Integer.parseInt(version.replaceAll("^(\\d+).*", "$1"));
    }

    private static String markdown(ChangedOpenApi diff) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStreamWriter writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
            new MarkdownRender().render(diff, writer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private void write(String servedYaml) {
        try {
            Files.createDirectories(committed.getParent());
            Files.writeString(committed, servedYaml, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        System.out.println("Wrote the served contract to " + committed.toAbsolutePath());
    }

    private static JsonNode read(Path file) {
        try {
            return YAML.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static JsonNode parse(String yaml) {
        try {
            return YAML.readTree(yaml);
        } catch (IOException e) {
            throw new UncheckedIOException("the served contract is not YAML", e);
        }
    }
}
