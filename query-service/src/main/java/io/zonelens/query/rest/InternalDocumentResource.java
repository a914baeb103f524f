package io.zonelens.query.rest;

import io.zonelens.query.rest.dto.DocumentFacts;
import io.zonelens.query.service.DocumentFactsService;
import io.zonelens.query.service.EntitySearchIndex;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.regex.Pattern;

@Path("/internal/v1/documents")
@Tag(name = "internal", description = "Called by ingest-service only")
public class InternalDocumentResource {

    private static final Pattern DOCUMENT_ID = Pattern.compile("[0-9a-f]{16}");

    private final DocumentFactsService facts;
    private final EntitySearchIndex searchIndex;

    public InternalDocumentResource(DocumentFactsService facts, EntitySearchIndex searchIndex) {
        this.facts = facts;
        this.searchIndex = searchIndex;
    }

    @Schema(name = "Acknowledgement", description = "What became of a delivery.")
    public record Acknowledgement(@Schema(example = "9f2c4be0d18a7e35") String documentId,
                                  @Schema(description = "STORED: the facts now stand; UNCHANGED: the same delivery again; STALE: an older delivery, ignored")
                                  DocumentFactsService.Outcome outcome) {
    }

    @PUT
    @SecurityRequirement(name = "bearer")
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "putDocumentFacts", summary = "Store a document's facts, replacing any earlier delivery of it",
            description = "Idempotent: the same delivery again changes nothing (UNCHANGED); an older one arriving late is ignored (STALE).")
    @APIResponse(responseCode = "200", description = "Acknowledged: stored, unchanged or stale", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Acknowledgement.class)))
    @APIResponse(responseCode = "400", description = "Malformed delivery", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Parts that do not fit together", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Acknowledgement put(@Parameter(description = "The document id ingest-service gave it (16 lower-case hex digits)", example = "9f2c4be0d18a7e35") @PathParam("id") String id, @Valid @NotNull DocumentFacts delivery) {
        if (!DOCUMENT_ID.matcher(id).matches()) {
            throw new BadRequestException("a document id is 16 lower-case hex digits, got '" + id + "'");
        }
        DocumentFactsService.Outcome outcome = facts.replace(id, delivery);
        if (outcome == DocumentFactsService.Outcome.STORED) {
            // Committed by now: this replica's entity search has it before the delivery is acknowledged.
            searchIndex.catchUp();
        }
        return new Acknowledgement(id, outcome);
    }
}
