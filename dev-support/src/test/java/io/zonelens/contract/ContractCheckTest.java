package io.zonelens.contract;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the checks every service runs accept and refuse, on a small contract. */
class ContractCheckTest {

    private static final String RELEASED = contract("1.0.0", "", """
                            title:
                              type: string
                              examples: [南昌综合保税区]""");

    @TempDir
    Path module;

    @Test
    void aServedContractEqualToTheCommittedOnePassesWhateverItsFormatting() throws IOException {
        Contract contract = commit(RELEASED);
        assertDoesNotThrow(() -> contract.checkServed(RELEASED.replace("examples: [南昌综合保税区]", "examples:\n                  - 南昌综合保税区")));
    }

    @Test
    void aDifferenceIsReportedByItsPathWithTheCommandThatRewritesTheContract() throws IOException {
        Contract contract = commit(RELEASED);
        AssertionError error = assertThrows(AssertionError.class, () -> contract.checkServed(RELEASED.replace("南昌综合保税区", "天津港保税区")));
        assertTrue(error.getMessage().contains("changed /components/schemas/Zone/properties/title/examples/0: \"南昌综合保税区\" -> \"天津港保税区\""), error.getMessage());
        assertTrue(error.getMessage().contains(Contract.REWRITE_COMMAND), error.getMessage());
    }

    @Test
    void anAddedOptionalPropertyIsCompatible() throws IOException {
        Contract contract = commit(contract("1.1.0", "", """
                            title:
                              type: string
                            alias:
                              type: string"""));
        assertDoesNotThrow(contract::checkCompatibleWithLatestRelease);
    }

    @Test
    void aRemovedResponsePropertyBreaksCompatibility() throws IOException {
        Contract contract = commit(contract("1.1.0", "", """
                            name:
                              type: string"""));
        AssertionError error = assertThrows(AssertionError.class, contract::checkCompatibleWithLatestRelease);
        assertTrue(error.getMessage().contains("GET /api/v1/zones 200 application/json: title removed"), error.getMessage());
    }

    @Test
    void aNewRequiredParameterBreaksCompatibility() throws IOException {
        Contract contract = commit(contract("1.1.0", """
                      parameters:
                      - name: subject
                        in: query
                        required: true
                        schema:
                          type: string
                """, """
                            title:
                              type: string"""));
        assertThrows(AssertionError.class, contract::checkCompatibleWithLatestRelease);
    }

    @Test
    void aBreakIsAcceptedOnceTheMajorVersionIsRaised() throws IOException {
        Contract contract = commit(contract("2.0.0", "", """
                            name:
                              type: string"""));
        assertDoesNotThrow(contract::checkCompatibleWithLatestRelease);
    }

    private Contract commit(String current) throws IOException {
        Path openapi = Files.createDirectories(module.resolve("src/main/openapi/released"));
        Files.writeString(openapi.resolve("openapi-1.0.0.yaml"), RELEASED);
        Files.writeString(openapi.resolve("openapi-0.9.0.yaml"), "not the newest, never read");
        Files.writeString(module.resolve("src/main/openapi/openapi.yaml"), current);
        return new Contract(module);
    }

    private static String contract(String version, String parameters, String properties) {
        return """
                openapi: 3.0.3
                info:
                  title: zones
                  version: "%s"
                paths:
                  /api/v1/zones:
                    get:
                %s      responses:
                        "200":
                          description: OK
                          content:
                            application/json:
                              schema:
                                $ref: "#/components/schemas/Zone"
                components:
                  schemas:
                    Zone:
                      type: object
                      properties:
                %s
                """.formatted(version, parameters, properties.indent(8).stripTrailing());
    }
}
