package io.zonelens.indicator.rest;

import io.zonelens.indicator.rest.dto.ObservationTypes;
import io.zonelens.indicator.rest.dto.Views;
import io.zonelens.indicator.service.ObservationQuery;
import io.zonelens.indicator.service.ObservationQueryService;
import io.zonelens.indicator.service.ProgressService;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "indicators", description = "Observations, the indicator catalog, series and progress against targets")
public class IndicatorResource {

    private final ObservationQueryService observations;
    private final ProgressService progress;
    private final int maxPageSize;
    private final int maxCsvRows;

    public IndicatorResource(ObservationQueryService observations, ProgressService progress,
                             @ConfigProperty(name = "zonelens.indicator.max-page-size", defaultValue = "100") int maxPageSize,
                             @ConfigProperty(name = "zonelens.indicator.max-csv-rows", defaultValue = "100000") int maxCsvRows) {
        this.observations = observations;
        this.progress = progress;
        this.maxPageSize = maxPageSize;
        this.maxCsvRows = maxCsvRows;
    }

    @GET
    @Path("/observations")
    @Operation(summary = "Observations; subject and indicator match canonical names and aliases")
    @APIResponse(responseCode = "200", description = "A page of observations", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Views.ObservationPage.class)))
    @APIResponse(responseCode = "400", description = "Unknown kind or measure, or a bad page or size", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Views.ObservationPage observations(@Parameter(description = "A subject's name or alias", example = "南昌综保区") @QueryParam("subject") String subject,
                                              @Parameter(description = "An indicator's name or synonym", example = "进出口总额") @QueryParam("indicator") String indicator,
                                              @Parameter(description = "ACTUAL or TARGET", schema = @Schema(implementation = ObservationTypes.Kind.class)) @QueryParam("kind") String kind,
                                              @Parameter(description = "What the figure measures", schema = @Schema(implementation = ObservationTypes.Measure.class)) @QueryParam("measure") String measure,
                                              @Parameter(description = "Period label", example = "2021") @QueryParam("period") String period,
                                              @Parameter(description = "Only figures from this document", example = "9f2c4be0d18a7e35") @QueryParam("documentId") String documentId,
                                              @Parameter(description = "Page number, from 0", schema = @Schema(type = SchemaType.INTEGER, minimum = "0")) @QueryParam("page") @DefaultValue("0") String page,
                                              @Parameter(description = "Page size (at most zonelens.indicator.max-page-size)", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100")) @QueryParam("size") @DefaultValue("20") String size) {
        return observations.find(query(subject, indicator, kind, measure, period, documentId),
                BadRequestException.intParameter("page", page, 0, Integer.MAX_VALUE),
                BadRequestException.intParameter("size", size, 1, maxPageSize));
    }

    @GET
    @Path("/observations.csv")
    @Produces("text/csv")
    @Operation(summary = "The same observations as CSV (UTF-8 with a byte-order mark, so spreadsheets read the Chinese)")
    @APIResponse(responseCode = "200", description = "One row per observation, with a header row", content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)))
    public Response csv(@Parameter(description = "A subject's name or alias", example = "天津港保税区") @QueryParam("subject") String subject,
                        @Parameter(description = "An indicator's name or synonym", example = "地区生产总值") @QueryParam("indicator") String indicator,
                        @Parameter(description = "ACTUAL or TARGET", schema = @Schema(implementation = ObservationTypes.Kind.class)) @QueryParam("kind") String kind,
                        @Parameter(description = "What the figure measures", schema = @Schema(implementation = ObservationTypes.Measure.class)) @QueryParam("measure") String measure,
                        @Parameter(description = "Period label", example = "2025") @QueryParam("period") String period,
                        @Parameter(description = "Only figures from this document", example = "9f2c4be0d18a7e35") @QueryParam("documentId") String documentId) {
        List<Views.Observation> rows = observations.all(query(subject, indicator, kind, measure, period, documentId), maxCsvRows);
        return Response.ok(ObservationCsv.write(rows))
                .header("Content-Disposition", "attachment; filename=\"observations.csv\"")
                .type("text/csv; charset=UTF-8")
                .build();
    }

    @GET
    @Path("/indicators")
    @Operation(summary = "The indicator catalog: canonical names, synonyms and how many observations each has")
    @APIResponse(responseCode = "200", description = "The matching indicators", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Views.IndicatorPage.class)))
    public Views.IndicatorPage indicators(@Parameter(description = "Part of a name or synonym", example = "进出口") @QueryParam("q") String q,
                                          @Parameter(description = "Only indicators observed for this subject", example = "南昌综合保税区") @QueryParam("subject") String subject) {
        return observations.indicators(blankToNull(q), blankToNull(subject));
    }

    @GET
    @Path("/series")
    @Operation(summary = "A subject's actuals and targets for an indicator, in time order")
    @APIResponse(responseCode = "200", description = "The series", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Views.Series.class)))
    @APIResponse(responseCode = "400", description = "subject or indicator missing", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "Unknown subject or indicator", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Views.Series series(@Parameter(required = true, description = "A subject's name or alias", example = "天津港保税区") @QueryParam("subject") String subject,
                               @Parameter(required = true, description = "An indicator's name or synonym", example = "地区生产总值") @QueryParam("indicator") String indicator) {
        require("subject", subject);
        require("indicator", indicator);
        return observations.series(subject.strip(), indicator.strip()).orElseThrow(() -> unknown(subject, indicator));
    }

    @GET
    @Path("/progress")
    @Operation(summary = "Progress against the latest target: baseline, target, stated and implied CAGR, latest actual, growth still required, share achieved, status")
    @APIResponse(responseCode = "200", description = "Progress, with the rule in the Progress schema", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Views.Progress.class)))
    @APIResponse(responseCode = "400", description = "subject or indicator missing", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "Unknown subject or indicator", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Views.Progress progress(@Parameter(required = true, description = "A subject's name or alias", example = "天津港保税区") @QueryParam("subject") String subject,
                                   @Parameter(required = true, description = "An indicator's name or synonym", example = "地区生产总值") @QueryParam("indicator") String indicator) {
        require("subject", subject);
        require("indicator", indicator);
        return progress.progress(subject.strip(), indicator.strip()).orElseThrow(() -> unknown(subject, indicator));
    }

    private static ObservationQuery query(String subject, String indicator, String kind, String measure, String period, String documentId) {
        return new ObservationQuery(blankToNull(subject), blankToNull(indicator), parse("kind", kind, ObservationTypes.Kind.class),
                parse("measure", measure, ObservationTypes.Measure.class), blankToNull(period), blankToNull(documentId));
    }

    private static <E extends Enum<E>> E parse(String name, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("'" + name + "' must be one of " + Arrays.stream(type.getEnumConstants()).map(Enum::name)
                    .collect(Collectors.joining(", ")) + ", got '" + value + "'");
        }
    }

    private static void require(String name, String value) {
        if (value == null || value.isBlank()) {
            throw new BadRequestException("'" + name + "' is required");
        }
    }

    private static NotFoundException unknown(String subject, String indicator) {
        return new NotFoundException("no observations of '" + indicator + "' for '" + subject + "': unknown subject or indicator");
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
