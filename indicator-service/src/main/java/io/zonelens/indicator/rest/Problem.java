package io.zonelens.indicator.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** RFC 9457 problem details, served as application/problem+json. */
@Schema(name = "Problem", description = "RFC 9457 problem details.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(@Schema(example = "urn:zonelens:problem:not-found") String type, @Schema(example = "Not Found") String title,
                      @Schema(example = "404") int status, @Schema(example = "no subject named 天津港保税区") String detail, String instance) {

    public static final String MEDIA_TYPE = "application/problem+json";
}
