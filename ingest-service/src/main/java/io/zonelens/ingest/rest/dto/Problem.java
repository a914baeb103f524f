package io.zonelens.ingest.rest.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** RFC 9457 problem details, served as application/problem+json. */
@Schema(name = "Problem", description = "RFC 9457 problem details.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(
        @Schema(example = "urn:zonelens:problem:payload-too-large") String type,
        @Schema(example = "Payload Too Large") String title,
        @Schema(example = "413") int status,
        @Schema(example = "the document is 12582912 bytes; at most 10485760 are accepted") String detail,
        @Schema(example = "/api/v1/documents") String instance) {

    public static final String MEDIA_TYPE = "application/problem+json";
}
