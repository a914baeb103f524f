package io.zonelens.ingest.extraction.text;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads charset evidence carried by the bytes themselves: a byte order mark or an HTML/XML declaration. */
final class CharsetSniffer {

    /** Browsers only look this far for a meta charset; so do we. */
    static final int META_SCAN_BYTES = 2048;

    /** Covers {@code <meta charset=..>}, http-equiv content-type ({@code content="text/html; charset=.."}) and the XML declaration. */
    private static final Pattern DECLARED_IN_MARKUP = Pattern.compile(
            "<meta\\b[^>]*?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)"
                    + "|<\\?xml\\b[^>]*?encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern HTML_ISH = Pattern.compile(
            "<(?:!doctype\\s+html|html|head|meta|body|\\?xml)\\b", Pattern.CASE_INSENSITIVE);

    private CharsetSniffer() {
    }

    /** A byte order mark found at the start of the content. */
    record ByteOrderMark(Charset charset, int length) {
    }

    static Optional<ByteOrderMark> byteOrderMark(byte[] bytes) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return Optional.of(new ByteOrderMark(StandardCharsets.UTF_8, 3));
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return Optional.of(new ByteOrderMark(StandardCharsets.UTF_16BE, 2));
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return Optional.of(new ByteOrderMark(StandardCharsets.UTF_16LE, 2));
        }
        return Optional.empty();
    }

    /**
     * The charset named by a meta tag or XML declaration in the first 2 KB of HTML-ish content.
     * Unknown names are ignored: markup is a hint, unlike a Content-Type header.
     */
    static Optional<Charset> declaredInMarkup(byte[] bytes) {
        // ISO-8859-1 maps every byte to one char, so ASCII markup is readable whatever the real charset.
        String head = new String(bytes, 0, Math.min(bytes.length, META_SCAN_BYTES), StandardCharsets.ISO_8859_1);
        if (!HTML_ISH.matcher(head).find()) {
            return Optional.empty();
        }
        Matcher matcher = DECLARED_IN_MARKUP.matcher(head);
        if (!matcher.find()) {
            return Optional.empty();
        }
        String name = matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
        try {
            Charset charset = lookup(name);
            // A page readable as ASCII cannot really be UTF-16; browsers treat such a declaration as UTF-8.
            if (charset.name().startsWith("UTF-16") || charset.name().startsWith("UTF-32")) {
                return Optional.of(StandardCharsets.UTF_8);
            }
            return Optional.of(charset);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return Optional.empty();
        }
    }

    /**
     * Resolves a charset name; the Chinese legacy names are widened to GB18030 as browsers do, because
     * pages labelled gb2312 or gbk routinely contain characters outside those tables.
     */
    static Charset lookup(String name) {
        String key = name.strip().replace("\"", "").replace("'", "").toLowerCase(Locale.ROOT);
        switch (key) {
            case "gb2312", "gbk", "x-gbk", "cp936", "ms936", "windows-936", "euc-cn", "gb_2312-80", "chinese", "csgb2312", "iso-ir-58" -> {
                return Charset.forName("GB18030");
            }
            default -> {
                return Charset.forName(key);
            }
        }
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
