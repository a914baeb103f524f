package io.zonelens.ingest.rest;

import io.zonelens.ingest.rest.dto.Problem;
import io.zonelens.ingest.service.BatchIntakeService;
import io.zonelens.ingest.service.BatchProgress;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

@Path("/api/v1/jobs")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "jobs", description = "Progress of batch submissions")
public class JobResource {

    private final BatchIntakeService batches;

    public JobResource(BatchIntakeService batches) {
        this.batches = batches;
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "A batch's progress: counts, failed lines with their numbers, documents taken in")
    @APIResponse(responseCode = "200", description = "The batch's progress", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BatchProgress.class)))
    @APIResponse(responseCode = "404", description = "No such job", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public BatchProgress get(@Parameter(description = "The job id from the batch's Location", example = "3f1c2a9e-5b7d-4e08-9a51-0c6d2f4b8e17") @PathParam("id") String id) {
        return parse(id).flatMap(batches::progress)
                .orElseThrow(() -> new NotFoundException("no job with id " + id));
    }

    private static java.util.Optional<UUID> parse(String id) {
        try {
            return java.util.Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
    }
}
