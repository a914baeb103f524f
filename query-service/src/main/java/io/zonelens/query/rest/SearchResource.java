package io.zonelens.query.rest;

import io.zonelens.query.rest.dto.Views;
import io.zonelens.query.service.DocumentSearchService;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/search")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "search", description = "Full-text search over documents")
public class SearchResource {

    private final DocumentSearchService search;
    private final int maxPageSize;

    public SearchResource(DocumentSearchService search, @ConfigProperty(name = "zonelens.query.max-page-size", defaultValue = "100") int maxPageSize) {
        this.search = search;
        this.maxPageSize = maxPageSize;
    }

    @GET
    @Transactional
    @Operation(summary = "Documents containing every word of q (Chinese matched by character bigrams), best first, with a highlighted passage")
    @APIResponse(responseCode = "200", description = "A page of documents, best match first", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Views.SearchPage.class)))
    @APIResponse(responseCode = "400", description = "No q, q over 200 characters, or a bad page or size", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Views.SearchPage search(@Parameter(required = true, description = "The words to find (at most 200 characters)", example = "进出口总额") @QueryParam("q") String q,
                                   @Parameter(description = "Page number, from 0", schema = @Schema(type = SchemaType.INTEGER, minimum = "0")) @QueryParam("page") @DefaultValue("0") String page,
                                   @Parameter(description = "Page size (at most zonelens.query.max-page-size)", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100")) @QueryParam("size") @DefaultValue("20") String size) {
        if (q == null || q.isBlank()) {
            throw new BadRequestException("'q' is required: the words to search for");
        }
        if (q.length() > 200) {
            throw new BadRequestException("'q' is at most 200 characters");
        }
        return search.search(q, BadRequestException.intParameter("page", page, 0, Integer.MAX_VALUE),
                BadRequestException.intParameter("size", size, 1, maxPageSize));
    }
}
