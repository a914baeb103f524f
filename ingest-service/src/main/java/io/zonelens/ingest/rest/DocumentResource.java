package io.zonelens.ingest.rest;

import io.zonelens.ingest.config.IngestConfig;
import io.zonelens.ingest.extraction.text.DecodedText;
import io.zonelens.ingest.extraction.text.TextDecoder;
import io.zonelens.ingest.repository.DocumentRepository;
import io.zonelens.ingest.rest.dto.DocumentPage;
import io.zonelens.ingest.rest.dto.DocumentSummary;
import io.zonelens.ingest.rest.dto.DocumentView;
import io.zonelens.ingest.rest.dto.Problem;
import io.zonelens.ingest.service.BatchIntakeService;
import io.zonelens.ingest.service.BatchProgress;
import io.zonelens.ingest.service.DocumentIntakeService;
import io.zonelens.ingest.service.DocumentSubmission;
import io.zonelens.ingest.service.IntakeOutcome;
import io.zonelens.ingest.service.JsonDocument;
import io.zonelens.ingest.service.JsonSubmissionReader;
import io.zonelens.ingest.service.RejectedInputException;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.nio.charset.StandardCharsets;

@Path("/api/v1/documents")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "documents", description = "Document intake and retrieval")
public class DocumentResource {

    static final String MARKDOWN = "text/markdown";
    static final String NDJSON = "application/x-ndjson";

    private final DocumentIntakeService intake;
    private final BatchIntakeService batches;
    private final DocumentRepository documents;
    private final TextDecoder decoder;
    private final JsonSubmissionReader jsonReader;
    private final IngestConfig config;

    public DocumentResource(DocumentIntakeService intake, BatchIntakeService batches, DocumentRepository documents,
                            TextDecoder decoder, JsonSubmissionReader jsonReader, IngestConfig config) {
        this.intake = intake;
        this.batches = batches;
        this.documents = documents;
        this.decoder = decoder;
        this.jsonReader = jsonReader;
        this.config = config;
    }

    @POST
    @SecurityRequirement(name = "bearer")
    @Consumes({MediaType.TEXT_PLAIN, MARKDOWN, MediaType.TEXT_HTML})
    @Operation(summary = "Submit a raw document",
            description = "The body as published: Jekyll front matter + HTML, an HTML page, press text or plain text. "
                    + "Without a charset in Content-Type, UTF-8 or GBK/GB18030 is detected. The same content again "
                    + "answers 200 with the id it already has.")
    @RequestBody(content = {
            @Content(mediaType = MediaType.TEXT_PLAIN, schema = @Schema(type = SchemaType.STRING),
                    example = "干货满满!市政府召开新闻发布会\n\n稿源:津滨网   编辑:高志翔   2024-09-30 00:08\n\n9月29日,天津市政府新闻办召开新闻发布会……"),
            @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = MARKDOWN, schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(responseCode = "201", description = "Stored; Location names it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DocumentView.class)))
    @APIResponse(responseCode = "200", description = "The same content was already stored",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DocumentView.class)))
    @APIResponse(responseCode = "400", description = "Empty body or bad parameter", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "Body over the configured limit", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = "Unsupported Content-Type", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Bytes that do not decode, or no body text once furniture is removed", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response submitRaw(byte[] body,
                              @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
                              @Parameter(description = "The file name the document came from", example = "000_06ab7e027c22c786.txt")
                              @QueryParam("filename") String filename,
                              @Parameter(description = "Format hint; detected when absent",
                                      schema = @Schema(enumeration = {"JEKYLL_HTML", "HTML", "PRESS_TEXT", "GOV_PAGE", "MARKDOWN", "PLAIN_TEXT"}))
                              @QueryParam("format") String format) {
        requireBody(body, config.maxDocumentBytes(), "document");
        MediaType mediaType = MediaType.valueOf(contentType);
        DecodedText decoded = decoder.decode(body, mediaType.getParameters().get(MediaType.CHARSET_PARAMETER));
        String baseType = mediaType.getType() + "/" + mediaType.getSubtype();
        return created(intake.ingest(DocumentSubmission.ofText(decoded.text(), decoded.charset().name(), baseType,
                filename, DocumentSubmission.parseFormat(format))));
    }

    @POST
    @SecurityRequirement(name = "bearer")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Submit a document as JSON", description = "Given fields win over what is read from the content.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = JsonDocument.class)))
    @APIResponse(responseCode = "201", description = "Stored", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DocumentView.class)))
    @APIResponse(responseCode = "200", description = "The same content was already stored", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DocumentView.class)))
    @APIResponse(responseCode = "400", description = "Empty body, malformed JSON, missing content or bad field", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "Body over the configured limit", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response submitJson(byte[] body) {
        requireBody(body, config.maxDocumentBytes(), "document");
        return created(intake.ingest(jsonReader.read(new String(body, StandardCharsets.UTF_8))));
    }

    @POST
    @SecurityRequirement(name = "bearer")
    @Path("/batch")
    @Consumes(NDJSON)
    @Operation(summary = "Submit many documents at once",
            description = "One JSON document (as for application/json) per line. Accepted whole, then taken in "
                    + "asynchronously; follow the job at the Location. A bad line is reported with its number and "
                    + "does not stop the others.")
    @RequestBody(content = @Content(mediaType = NDJSON, schema = @Schema(type = SchemaType.STRING),
            example = "{\"content\":\"第一篇……\",\"title\":\"标题一\"}\n{\"content\":\"第二篇……\",\"source\":\"南昌日报\"}\n"))
    @APIResponse(responseCode = "202", description = "Accepted; the job is at Location",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BatchProgress.class)))
    @APIResponse(responseCode = "400", description = "Empty batch", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "Over the byte or line limit", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response submitBatch(byte[] body) {
        requireBody(body, config.maxBatchBytes(), "batch");
        BatchProgress accepted = batches.accept(body);
        return Response.accepted(accepted)
                .location(UriBuilder.fromResource(JobResource.class).path("{id}").build(accepted.id()))
                .build();
    }

    @GET
    @Path("/{id}")
    @Transactional
    @Operation(summary = "One document with its body and status")
    @APIResponse(responseCode = "200", description = "The document", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DocumentView.class)))
    @APIResponse(responseCode = "404", description = "No such document", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public DocumentView get(@Parameter(description = "The id intake answered (16 lower-case hex digits)", example = "9f2c4be0d18a7e35") @PathParam("id") String id) {
        return documents.findByIdOptional(id)
                .map(DocumentView::of)
                .orElseThrow(() -> new NotFoundException("no document with id " + id));
    }

    @GET
    @Transactional
    @Operation(summary = "Documents, most recently received first")
    @APIResponse(responseCode = "200", description = "A page of documents", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DocumentPage.class)))
    @APIResponse(responseCode = "400", description = "Bad page or size", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public DocumentPage list(@Parameter(description = "Page number, from 0", schema = @Schema(type = SchemaType.INTEGER, minimum = "0"))
                             @QueryParam("page") @DefaultValue("0") String page,
                             @Parameter(description = "Page size", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100"))
                             @QueryParam("size") @DefaultValue("20") String size) {
        int pageNumber = intParameter("page", page, 0, Integer.MAX_VALUE);
        int pageSize = intParameter("size", size, 1, config.maxPageSize());
        return new DocumentPage(documents.newestFirst(pageNumber, pageSize).stream().map(DocumentSummary::of).toList(),
                documents.count(), pageNumber, pageSize);
    }

    static String tooLarge(String what, long length, long limit) {
        return "the " + what + " is " + length + " bytes; at most " + limit + " are accepted";
    }

    private static void requireBody(byte[] body, long limit, String what) {
        if (body == null || body.length == 0) {
            throw RejectedInputException.invalid("the request body is empty: send the " + what + " as the body");
        }
        if (body.length > limit) {
            throw new RejectedInputException(RejectedInputException.Reason.TOO_LARGE, tooLarge(what, body.length, limit));
        }
    }

    static int intParameter(String name, String value, int min, int max) {
        try {
            int parsed = Integer.parseInt(value.trim());
            if (parsed >= min && parsed <= max) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // reported below, with the accepted range
        }
        throw RejectedInputException.invalid("'" + name + "' must be a whole number from " + min + " to " + max + ", got '" + value + "'");
    }

    private static Response created(IntakeOutcome outcome) {
        DocumentView view = DocumentView.of(outcome.document());
        if (!outcome.created()) {
            return Response.ok(view).build();
        }
        return Response.created(UriBuilder.fromResource(DocumentResource.class).path("{id}").build(view.id()))
                .entity(view)
                .build();
    }
}
