package io.zonelens.ingest.delivery;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.List;

/** Delivery on, to a real query-service process. */
public class WithQueryService implements QuarkusTestProfile {

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(QueryServiceProcess.class));
    }
}
