package io.zonelens.ingest.rest;

import io.zonelens.ingest.rest.dto.Problem;
import jakarta.ws.rs.core.Response;

import java.util.Locale;

/** Builds problem+json responses; one place for the type URIs and titles every error shares. */
final class Problems {

    private Problems() {
    }

    static Response response(int status, String detail, String instance) {
        Response.StatusType statusType = Response.Status.fromStatusCode(status);
        String title = statusType != null ? statusType.getReasonPhrase() : titleOf(status);
        Problem problem = new Problem(typeOf(title), title, status, detail, instance);
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    private static String typeOf(String title) {
        return "urn:zonelens:problem:" + title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }

    private static String titleOf(int status) {
        return switch (status) {
            case 422 -> "Unprocessable Content";
            case 429 -> "Too Many Requests";
            default -> "HTTP " + status;
        };
    }
}
