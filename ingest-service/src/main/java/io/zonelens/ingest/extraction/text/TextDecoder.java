package io.zonelens.ingest.extraction.text;

import jakarta.enterprise.context.ApplicationScoped;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * Decodes uploaded bytes to text without ever guessing silently: every decode is strict
 * (malformed or unmappable input is reported, never replaced by U+FFFD).
 */
@ApplicationScoped
public final class TextDecoder {

    private static final Charset GB18030 = Charset.forName("GB18030");

    public TextDecoder() {
        // Stateless; a CDI bean needs the no-argument constructor.
    }

    /**
     * Order: a declared charset (from Content-Type; unknown name -> {@link UndecodableContentException}) decodes
     * strictly or fails; else a BOM (UTF-8/UTF-16LE/BE); else for HTML-ish content a meta charset /
     * http-equiv content-type charset in the first 2 KB; else strict UTF-8; else strict GB18030 (covers
     * GBK/GB2312); else {@link UndecodableContentException}. Strips a leading BOM and U+FEFF from the text.
     *
     * @param declaredCharset the charset parameter of the Content-Type, may be null or blank
     */
    public DecodedText decode(byte[] bytes, String declaredCharset) {
        Objects.requireNonNull(bytes, "bytes");
        if (declaredCharset != null && !declaredCharset.isBlank()) {
            Charset declared = declaredCharset(declaredCharset);
            return decodeStrictly(withoutBom(bytes, declared), declared)
                    .orElseThrow(() -> new UndecodableContentException(
                            "Content is not valid " + declared.name() + " (declared charset '" + declaredCharset.strip() + "')"));
        }
        Optional<CharsetSniffer.ByteOrderMark> bom = CharsetSniffer.byteOrderMark(bytes);
        if (bom.isPresent()) {
            Charset charset = bom.get().charset();
            byte[] payload = Arrays.copyOfRange(bytes, bom.get().length(), bytes.length);
            return decodeStrictly(payload, charset)
                    .orElseThrow(() -> new UndecodableContentException(
                            "Content starts with a " + charset.name() + " byte order mark but is not valid " + charset.name()));
        }
        // A meta charset can be wrong (pages are re-encoded by proxies and scrapers): when it fails we keep detecting.
        Optional<DecodedText> fromMarkup = CharsetSniffer.declaredInMarkup(bytes)
                .flatMap(charset -> decodeStrictly(bytes, charset));
        if (fromMarkup.isPresent()) {
            return fromMarkup.get();
        }
        return decodeStrictly(bytes, StandardCharsets.UTF_8)
                .or(() -> decodeStrictly(bytes, GB18030))
                .orElseThrow(() -> new UndecodableContentException(
                        "Content is neither valid UTF-8 nor valid GB18030/GBK; declare its charset explicitly"));
    }

    private static Charset declaredCharset(String name) {
        try {
            return CharsetSniffer.lookup(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new UndecodableContentException("Unknown charset '" + name.strip() + "' declared for the content");
        }
    }

    /** A declared UTF-8 charset may still come with a BOM; the BOM is not text. */
    private static byte[] withoutBom(byte[] bytes, Charset declared) {
        return CharsetSniffer.byteOrderMark(bytes)
                .filter(bom -> bom.charset().equals(declared))
                .map(bom -> Arrays.copyOfRange(bytes, bom.length(), bytes.length))
                .orElse(bytes);
    }

    private static Optional<DecodedText> decodeStrictly(byte[] bytes, Charset charset) {
        try {
            String text = charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
            return Optional.of(new DecodedText(stripByteOrderMarks(text), charset));
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    /** U+FEFF is only ever a stray BOM or a zero-width no-break space in these documents; neither is text. */
    private static String stripByteOrderMarks(String text) {
        return text.indexOf('\uFEFF') < 0 ? text : text.replace("\uFEFF", "");
    }
}
