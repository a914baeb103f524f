package io.zonelens.ingest.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Reads a {@link JsonDocument} with errors a client can act on: a typo'd field is named, not silently dropped. */
@ApplicationScoped
public class JsonSubmissionReader {

    static final ZoneOffset CHINA = ZoneOffset.ofHours(8);

    private final ObjectMapper mapper;

    public JsonSubmissionReader(ObjectMapper mapper) {
        this.mapper = mapper.copy().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    public DocumentSubmission read(String json) {
        JsonDocument document;
        try {
            document = mapper.readValue(json, JsonDocument.class);
        } catch (UnrecognizedPropertyException e) {
            throw RejectedInputException.invalid("unknown field '" + e.getPropertyName()
                    + "'; accepted fields: content, title, url, source, publishedAt, format, filename");
        } catch (JsonProcessingException e) {
            throw RejectedInputException.invalid("malformed JSON: " + e.getOriginalMessage());
        }
        if (document == null) {
            throw RejectedInputException.invalid("expected a JSON object with a 'content' field");
        }
        if (document.content() == null || document.content().isBlank()) {
            throw RejectedInputException.invalid("'content' is required and must not be blank");
        }
        return new DocumentSubmission(document.content(), "UTF-8", null, blankToNull(document.filename()),
                DocumentSubmission.parseFormat(document.format()), blankToNull(document.title()), blankToNull(document.url()),
                blankToNull(document.source()), publishedAt(document.publishedAt()));
    }

    /** ISO-8601 date-time with or without offset, or a bare date; no offset means China time. */
    public static OffsetDateTime publishedAt(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.trim();
        try {
            if (text.length() == 10) {
                return LocalDate.parse(text).atStartOfDay().atOffset(CHINA);
            }
            if (text.endsWith("Z") || text.matches(".*[+-]\\d{2}:?\\d{2}$")) {
                return OffsetDateTime.parse(text);
            }
            return LocalDateTime.parse(text).atOffset(CHINA);
        } catch (DateTimeException e) {
            throw RejectedInputException.invalid("'publishedAt' must be ISO-8601 such as 2022-03-11T14:35:31+08:00, got '" + value + "'");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
