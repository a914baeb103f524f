package io.zonelens.contract;

import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;

/**
 * What every service's {@code ContractTest} states; a service extends it in a {@code @QuarkusTest} so the check is
 * written once. The committed contract is the one source consumers read (ingest-service generates its clients from
 * it), so the service must serve exactly that, and must not break what the last release offered.
 */
public abstract class ContractSpecification {

    @Test
    public void servesExactlyTheCommittedContract() {
        String served = RestAssured.given().queryParam("format", "yaml").get("/q/openapi")
                .then().statusCode(200).extract().asString();
        Contract.inWorkingDirectory().checkServed(served);
    }

    @Test
    public void breaksNothingTheLastReleasedContractOffered() {
        Contract.inWorkingDirectory().checkCompatibleWithLatestRelease();
    }
}
