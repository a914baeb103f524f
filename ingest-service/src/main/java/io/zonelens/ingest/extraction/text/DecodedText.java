package io.zonelens.ingest.extraction.text;

import java.nio.charset.Charset;
import java.util.Objects;

/** Text decoded from bytes, with the charset that decoded it. */
public record DecodedText(String text, Charset charset) {

    public DecodedText {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(charset, "charset");
    }
}
