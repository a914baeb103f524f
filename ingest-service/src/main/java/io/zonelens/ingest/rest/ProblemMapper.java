package io.zonelens.ingest.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.zonelens.ingest.extraction.text.UndecodableContentException;
import io.zonelens.ingest.service.RejectedInputException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.hibernate.exception.JDBCConnectionException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.sql.SQLException;
import java.util.Arrays;
import java.util.UUID;
import java.util.stream.Collectors;

/** Every error a client sees is problem+json with a human-readable detail; no stack trace leaves the service. */
public class ProblemMapper {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);

    @ServerExceptionMapper
    public Response rejected(RejectedInputException e, UriInfo uri) {
        int status = switch (e.reason()) {
            case INVALID -> 400;
            case TOO_LARGE -> 413;
            case UNPROCESSABLE -> 422;
        };
        return Problems.response(status, e.getMessage(), path(uri));
    }

    @ServerExceptionMapper
    public Response undecodable(UndecodableContentException e, UriInfo uri) {
        return Problems.response(422, e.getMessage(), path(uri));
    }

    @ServerExceptionMapper
    public Response unsupportedMediaType(NotSupportedException e, UriInfo uri) {
        return Problems.response(415, "this Content-Type is not accepted here: send text/plain, text/markdown or text/html "
                + "(with a charset, or UTF-8/GBK is detected), application/json, or application/x-ndjson for a batch", path(uri));
    }

    /** No token, or one that is expired, not signed by the configured key or from another issuer. */
    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthorized(RuntimeException e, UriInfo uri) {
        return Response.fromResponse(Problems.response(401, e instanceof AuthenticationFailedException
                        ? "the bearer token was not accepted: it is expired, not signed by the configured key, or not from issuer zonelens"
                        : "this needs a bearer token (Authorization: Bearer <token>): writes need role writer", path(uri)))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return Problems.response(403, "the bearer token lacks the role this needs: writes need role writer", path(uri));
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e, uri);
        }
        return Problems.response(status, e.getMessage(), path(uri));
    }

    @ServerExceptionMapper
    public Response malformedJson(JsonProcessingException e, UriInfo uri) {
        return Problems.response(400, "malformed JSON: " + e.getOriginalMessage(), path(uri));
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e, UriInfo uri) {
        String detail = e.getConstraintViolations().stream()
                .map(ProblemMapper::describe)
                .sorted()
                .collect(Collectors.joining("; "));
        return Problems.response(400, detail, path(uri));
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        if (databaseUnavailable(e)) {
            // Readiness is down as well; the client should retry, so 503 rather than 500.
            LOG.warnf("database unavailable on %s: %s", path(uri), e);
            return Response.fromResponse(Problems.response(503, "the database is unavailable for the moment; retry shortly", path(uri)))
                    .header("Retry-After", "5").build();
        }
        String reference = UUID.randomUUID().toString();
        LOG.errorf(e, "unexpected error %s on %s", reference, path(uri));
        return Problems.response(500, "an unexpected error occurred; reference " + reference, path(uri));
    }

    private static String describe(ConstraintViolation<?> violation) {
        String path = violation.getPropertyPath().toString();
        String parameter = path.substring(path.lastIndexOf('.') + 1);
        return parameter + " " + violation.getMessage();
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : uri.getPath();
    }

    /** The database refused or dropped the connection (SQLState class 08, or 57P: the server is shutting down). */
    static boolean databaseUnavailable(Throwable e) {
        if (e == null) {
            return false;
        }
        if (e instanceof JDBCConnectionException || e instanceof SQLException sql && sql.getSQLState() != null
                && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
            return true;
        }
        return databaseUnavailable(e.getCause()) || Arrays.stream(e.getSuppressed()).anyMatch(ProblemMapper::databaseUnavailable);
    }
}
