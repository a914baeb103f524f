package io.zonelens.ingest.delivery;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Delivery on, to real query-service and indicator-service processes. */
public class WithDownstreamServices implements QuarkusTestProfile {

    /** Every trace recorded here, so a test can compare the receivers' traceparent with ingest-service's spans. */
    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("quarkus.otel.traces.sampler.arg", "1");
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(Processes.class));
    }

    public static class Processes implements QuarkusTestResourceLifecycleManager {

        @Override
        public Map<String, String> start() {
            Map<String, String> settings = new HashMap<>(ServiceProcess.QUERY.launch());
            settings.putAll(ServiceProcess.INDICATOR.launch());
            return settings;
        }

        @Override
        public void stop() {
            ServiceProcess.QUERY.stop();
            ServiceProcess.INDICATOR.stop();
        }
    }
}
