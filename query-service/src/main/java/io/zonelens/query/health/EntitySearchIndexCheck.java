package io.zonelens.query.health;

import io.zonelens.query.service.EntitySearchIndex;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Not ready until entity search has loaded its index, so no replica takes searches it would refuse. */
@Readiness
@ApplicationScoped
public class EntitySearchIndexCheck implements HealthCheck {

    private final EntitySearchIndex index;

    public EntitySearchIndexCheck(EntitySearchIndex index) {
        this.index = index;
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("entity-search-index").status(index.loaded()).build();
    }
}
