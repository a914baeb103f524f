package io.zonelens.query.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.zonelens.query.service.EntityIndexLoadingException;
import io.zonelens.query.service.InvalidFactsException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.hibernate.exception.JDBCConnectionException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.sql.SQLException;
import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;

/** Every error a client sees is problem+json with a human-readable detail; no stack trace leaves the service. */
public class ProblemMapper {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);

    @ServerExceptionMapper
    public Response badRequest(BadRequestException e, UriInfo uri) {
        return problem(400, e.getMessage(), uri);
    }

    @ServerExceptionMapper
    public Response invalidFacts(InvalidFactsException e, UriInfo uri) {
        return problem(422, e.getMessage(), uri);
    }

    @ServerExceptionMapper
    public Response indexLoading(EntityIndexLoadingException e, UriInfo uri) {
        return Response.fromResponse(problem(503, e.getMessage(), uri)).header("Retry-After", "1").build();
    }

    @ServerExceptionMapper
    public Response malformedJson(JsonProcessingException e, UriInfo uri) {
        return problem(400, "malformed JSON: " + e.getOriginalMessage(), uri);
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e, UriInfo uri) {
        return problem(400, e.getConstraintViolations().stream()
                .map(violation -> violation.getPropertyPath() + " " + violation.getMessage())
                .sorted().collect(Collectors.joining("; ")), uri);
    }

    /** No token, or one that is expired, not signed by the configured key or from another issuer. */
    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthorized(RuntimeException e, UriInfo uri) {
        return Response.fromResponse(problem(401, e instanceof AuthenticationFailedException
                        ? "the bearer token was not accepted: it is expired, not signed by the configured key, or not from issuer zonelens"
                        : "this needs a bearer token (Authorization: Bearer <token>): writes need role writer, /internal needs role internal", uri))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return problem(403, "the bearer token lacks the role this needs: writes need role writer, /internal needs role internal", uri);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        return status >= 500 ? unexpected(e, uri) : problem(status, e.getMessage(), uri);
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        if (databaseUnavailable(e)) {
            // Readiness is down as well; the client should retry, so 503 rather than 500.
            LOG.warnf("database unavailable on %s: %s", uri == null ? "?" : uri.getPath(), e);
            return Response.fromResponse(problem(503, "the database is unavailable for the moment; retry shortly", uri))
                    .header("Retry-After", "5").build();
        }
        String reference = UUID.randomUUID().toString();
        LOG.errorf(e, "unexpected error %s on %s", reference, uri == null ? "?" : uri.getPath());
        return problem(500, "an unexpected error occurred; reference " + reference, uri);
    }

    static Response problem(int status, String detail, UriInfo uri) {
        Response.StatusType statusType = Response.Status.fromStatusCode(status);
        String title = statusType != null ? statusType.getReasonPhrase() : status == 422 ? "Unprocessable Content" : "HTTP " + status;
        String type = "urn:zonelens:problem:" + title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
        return Response.status(status).type(Problem.MEDIA_TYPE)
                .entity(new Problem(type, title, status, detail, uri == null ? null : uri.getPath())).build();
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
