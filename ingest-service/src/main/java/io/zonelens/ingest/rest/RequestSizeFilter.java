package io.zonelens.ingest.rest;

import io.zonelens.ingest.config.IngestConfig;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses a body over its limit from the Content-Length header alone, before it is read. Bodies sent without a
 * length are measured after reading, by the resource.
 */
public class RequestSizeFilter {

    private final IngestConfig config;

    public RequestSizeFilter(IngestConfig config) {
        this.config = config;
    }

    @ServerRequestFilter(preMatching = true)
    public Response refuseOversizedBody(ContainerRequestContext request) {
        String declared = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (declared == null || !"POST".equals(request.getMethod())) {
            return null;
        }
        long length;
        try {
            length = Long.parseLong(declared.trim());
        } catch (NumberFormatException e) {
            return Problems.response(400, "Content-Length is not a number: " + declared, request.getUriInfo().getPath());
        }
        String path = request.getUriInfo().getPath();
        boolean batch = path.endsWith("/batch");
        long limit = batch ? config.maxBatchBytes() : config.maxDocumentBytes();
        if (length > limit) {
            return Problems.response(413, DocumentResource.tooLarge(batch ? "batch" : "document", length, limit), path);
        }
        return null;
    }
}
