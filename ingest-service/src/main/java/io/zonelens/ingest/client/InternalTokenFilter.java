package io.zonelens.ingest.client;

import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;

/**
 * Adds ingest-service's internal token to every REST client call to an /internal path. A global provider rather than
 * an annotation on the client interfaces, so generated clients get it too.
 */
@Provider
public class InternalTokenFilter implements ClientRequestFilter {

    private final InternalTokens tokens;

    public InternalTokenFilter(InternalTokens tokens) {
        this.tokens = tokens;
    }

    @Override
    public void filter(ClientRequestContext request) {
        String path = request.getUri().getPath();
        if (path != null && path.startsWith("/internal/") && !request.getHeaders().containsKey(HttpHeaders.AUTHORIZATION)) {
            request.getHeaders().putSingle(HttpHeaders.AUTHORIZATION, "Bearer " + tokens.current());
        }
    }
}
