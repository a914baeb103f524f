package io.zonelens.indicator.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses a delivery over zonelens.indicator.max-delivery-bytes from its Content-Length, before the body is read, as
 * problem+json. A body sent without a length is bounded by quarkus.http.limits.max-body-size, kept above this.
 */
public class DeliverySizeFilter {

    private final long maxDeliveryBytes;

    public DeliverySizeFilter(@ConfigProperty(name = "zonelens.indicator.max-delivery-bytes") long maxDeliveryBytes) {
        this.maxDeliveryBytes = maxDeliveryBytes;
    }

    @ServerRequestFilter(preMatching = true)
    public Response refuseOversizedDelivery(ContainerRequestContext request) {
        String declared = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (declared == null || !"PUT".equals(request.getMethod())) {
            return null;
        }
        long length;
        try {
            length = Long.parseLong(declared.trim());
        } catch (NumberFormatException e) {
            return ProblemMapper.problem(400, "Content-Length is not a number: " + declared, request.getUriInfo());
        }
        if (length > maxDeliveryBytes) {
            return ProblemMapper.problem(413, "the delivery has " + length + " bytes; at most " + maxDeliveryBytes
                    + " are accepted (zonelens.indicator.max-delivery-bytes)", request.getUriInfo());
        }
        return null;
    }
}
