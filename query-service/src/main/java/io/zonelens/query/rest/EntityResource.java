package io.zonelens.query.rest;

import io.smallrye.common.annotation.NonBlocking;
import io.zonelens.query.rest.dto.EntityType;
import io.zonelens.query.rest.dto.Views;
import io.zonelens.query.service.EntityQueryService;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
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

import java.util.Arrays;

@Path("/api/v1/entities")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "entities", description = "People, bodies, companies, zones, places and policies the documents name")
public class EntityResource {

    private final EntityQueryService entities;
    private final int maxPageSize;

    public EntityResource(EntityQueryService entities, @ConfigProperty(name = "zonelens.query.max-page-size", defaultValue = "100") int maxPageSize) {
        this.entities = entities;
        this.maxPageSize = maxPageSize;
    }

    @GET
    @NonBlocking // answered from memory (EntitySearchIndex), so on the I/O thread without a hand-off
    @Operation(summary = "Search entities by name or alias; exact hits first, then the most mentioned")
    @APIResponse(responseCode = "200", description = "A page of entities", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Views.EntityPage.class)))
    @APIResponse(responseCode = "400", description = "Unknown type, or a bad page or size", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "This replica is still loading its entity index (readiness is down meanwhile); retry after Retry-After seconds", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Views.EntityPage search(@Parameter(description = "A name, alias or fragment of one; absent lists the most mentioned", example = "综保区") @QueryParam("q") String q,
                                   @Parameter(description = "Only entities of this type", schema = @Schema(implementation = EntityType.class)) @QueryParam("type") String type,
                                   @Parameter(description = "Page number, from 0", schema = @Schema(type = SchemaType.INTEGER, minimum = "0")) @QueryParam("page") @DefaultValue("0") String page,
                                   @Parameter(description = "Page size (at most zonelens.query.max-page-size)", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100")) @QueryParam("size") @DefaultValue("20") String size) {
        return entities.search(q == null || q.isBlank() ? null : q.strip(), entityType(type),
                BadRequestException.intParameter("page", page, 0, Integer.MAX_VALUE),
                BadRequestException.intParameter("size", size, 1, maxPageSize));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "An entity's profile: names, counts, documents, positions held, related entities")
    @APIResponse(responseCode = "200", description = "The entity's profile", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Views.EntityProfile.class)))
    @APIResponse(responseCode = "404", description = "No such entity", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Views.EntityProfile profile(@Parameter(description = "The entity id from a search", example = "42") @PathParam("id") String id) {
        return entities.profile(entityId(id)).orElseThrow(() -> notFound(id));
    }

    @GET
    @Path("/{id}/mentions")
    @Operation(summary = "Where an entity is named, with the sentence and offsets as evidence")
    @APIResponse(responseCode = "200", description = "A page of mentions with their evidence", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Views.MentionPage.class)))
    @APIResponse(responseCode = "404", description = "No such entity", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Views.MentionPage mentions(@Parameter(description = "The entity id from a search", example = "42") @PathParam("id") String id,
                                      @Parameter(description = "Page number, from 0", schema = @Schema(type = SchemaType.INTEGER, minimum = "0")) @QueryParam("page") @DefaultValue("0") String page,
                                      @Parameter(description = "Page size (at most zonelens.query.max-page-size)", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100")) @QueryParam("size") @DefaultValue("20") String size) {
        return entities.mentions(entityId(id), BadRequestException.intParameter("page", page, 0, Integer.MAX_VALUE),
                BadRequestException.intParameter("size", size, 1, maxPageSize)).orElseThrow(() -> notFound(id));
    }

    private static long entityId(String id) {
        try {
            return Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw notFound(id);
        }
    }

    private static NotFoundException notFound(String id) {
        return new NotFoundException("no entity with id " + id);
    }

    private static EntityType entityType(String type) {
        if (type == null || type.isBlank()) {
            return null;
        }
        try {
            return EntityType.valueOf(type.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("'type' must be one of " + Arrays.toString(EntityType.values()) + ", got '" + type + "'");
        }
    }
}
