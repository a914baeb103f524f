package io.zonelens.ingest.rest;

import io.zonelens.ingest.config.IngestConfig;
import io.zonelens.ingest.extraction.pipeline.AnalyzedDocument;
import io.zonelens.ingest.extraction.pipeline.Pipeline;
import io.zonelens.ingest.extraction.text.DocumentNormalizer;
import io.zonelens.ingest.rest.dto.ExtractRequest;
import io.zonelens.ingest.rest.dto.ExtractResponse;
import io.zonelens.ingest.rest.dto.Problem;
import io.zonelens.ingest.service.JsonSubmissionReader;
import io.zonelens.ingest.service.RejectedInputException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.nio.charset.StandardCharsets;

/** The pipeline on a piece of text, nothing stored: for users checking what it finds, and for evaluation. */
@Path("/api/v1/extract")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "extract", description = "Run the extraction pipeline on text without storing anything")
public class ExtractResource {

    private final Pipeline pipeline;
    private final DocumentNormalizer normalizer;
    private final IngestConfig config;

    public ExtractResource(Pipeline pipeline, DocumentNormalizer normalizer, IngestConfig config) {
        this.pipeline = pipeline;
        this.normalizer = normalizer;
        this.config = config;
    }

    @POST
    @SecurityRequirement(name = "bearer")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Entities and indicators in a text (JSON form)")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ExtractRequest.class)))
    @APIResponse(responseCode = "200", description = "What the pipeline found", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ExtractResponse.class)))
    @APIResponse(responseCode = "400", description = "No text, or a bad field", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "Text over the document limit", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ExtractResponse extractJson(ExtractRequest request) {
        if (request == null || request.text() == null || request.text().isBlank()) {
            throw RejectedInputException.invalid("'text' is required and must not be blank");
        }
        return extract(request.text(), request.title(), JsonSubmissionReader.publishedAt(request.publishedAt()));
    }

    @POST
    @SecurityRequirement(name = "bearer")
    @Consumes(MediaType.TEXT_PLAIN)
    @Operation(summary = "Entities and indicators in a text (plain text, UTF-8)")
    @RequestBody(content = @Content(mediaType = MediaType.TEXT_PLAIN, schema = @Schema(type = SchemaType.STRING),
            example = "3月10日，市委常委、滨海新区区委书记连茂君深入新区各综合保税区调研。天津海关关长赵革参加。"))
    @APIResponse(responseCode = "200", description = "What the pipeline found", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ExtractResponse.class)))
    public ExtractResponse extractText(byte[] body) {
        if (body == null || body.length == 0) {
            throw RejectedInputException.invalid("the request body is empty: send the text to analyze");
        }
        return extract(new String(body, StandardCharsets.UTF_8), null, null);
    }

    private ExtractResponse extract(String text, String title, java.time.OffsetDateTime publishedAt) {
        if (text.length() * 3L > config.maxDocumentBytes()) {
            throw new RejectedInputException(RejectedInputException.Reason.TOO_LARGE,
                    "the text is " + text.length() + " characters; at most " + config.maxDocumentBytes() / 3 + " are analyzed at once");
        }
        // A text posted without publishedAt is dated as intake dates a document (a source line's date, a notice's closing
        // date, a speech's dateline); the pipeline still reads the text as sent, so offsets stay the caller's.
        java.time.OffsetDateTime dated = publishedAt != null ? publishedAt
                : normalizer.normalize(text, MediaType.TEXT_PLAIN, null, null).publishedAt();
        return ExtractResponse.of(pipeline.run(AnalyzedDocument.of("extract", title, dated, text)));
    }
}
