package io.zonelens.query.rest;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.zonelens.contract.ContractSpecification;
import io.zonelens.localpostgres.PostgresTestResource;

/** Serves exactly src/main/openapi/openapi.yaml, which breaks nothing the last released contract offered. */
@QuarkusTest
@WithTestResource(value = PostgresTestResource.class, scope = TestResourceScope.GLOBAL)
class ContractTest extends ContractSpecification {
}
