package io.zonelens.ingest.extraction.text;

import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TextDecoderTest {

    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final Charset GBK = Charset.forName("GBK");
    private static final String CHINESE = "天津港保税区国民经济和社会发展第十四个五年规划\n稿源：津滨网　编辑：高志翔　2024-09-30 00:08";

    private final TextDecoder decoder = new TextDecoder();

    @Test
    void decodesUtf8WithoutDeclaration() {
        DecodedText decoded = decoder.decode(CHINESE.getBytes(StandardCharsets.UTF_8), null);
        assertEquals(CHINESE, decoded.text());
        assertEquals(StandardCharsets.UTF_8, decoded.charset());
    }

    @Test
    void detectsGbkBytesAsGb18030() {
        byte[] gbk = CHINESE.getBytes(GBK);
        DecodedText decoded = decoder.decode(gbk, null);
        assertEquals(GB18030, decoded.charset());
        assertEquals(CHINESE, decoded.text());
        assertEquals(decoder.decode(CHINESE.getBytes(StandardCharsets.UTF_8), null).text(), decoded.text());
    }

    @Test
    void honoursDeclaredCharset() {
        DecodedText decoded = decoder.decode(CHINESE.getBytes(GBK), "GBK");
        assertEquals(CHINESE, decoded.text());
        // A declared Latin-1 wins even where UTF-8 would also decode: the declaration is not second-guessed.
        DecodedText latin = decoder.decode("caf\u00e9".getBytes(StandardCharsets.UTF_8), "ISO-8859-1");
        assertEquals("caf\u00c3\u00a9", latin.text());
        assertEquals(StandardCharsets.ISO_8859_1, latin.charset());
    }

    @Test
    void widensDeclaredGb2312ToGb18030() {
        // 镕 is in GBK but not in GB2312; pages labelled gb2312 use it anyway.
        String text = "朱镕基";
        DecodedText decoded = decoder.decode(text.getBytes(GBK), "gb2312");
        assertEquals(text, decoded.text());
        assertEquals(GB18030, decoded.charset());
    }

    @Test
    void rejectsBytesThatDoNotMatchTheDeclaredCharset() {
        UndecodableContentException error = assertThrows(UndecodableContentException.class,
                () -> decoder.decode(CHINESE.getBytes(GBK), "UTF-8"));
        assertTrue(error.getMessage().contains("UTF-8"), error.getMessage());
        assertThrows(UndecodableContentException.class, () -> decoder.decode(CHINESE.getBytes(StandardCharsets.UTF_8), "US-ASCII"));
    }

    @Test
    void rejectsUnknownDeclaredCharset() {
        UndecodableContentException error = assertThrows(UndecodableContentException.class,
                () -> decoder.decode("abc".getBytes(StandardCharsets.US_ASCII), "no-such-charset"));
        assertTrue(error.getMessage().contains("no-such-charset"), error.getMessage());
        assertThrows(UndecodableContentException.class, () -> decoder.decode(new byte[] {'a'}, "bad charset name!"));
    }

    @Test
    void followsByteOrderMarksAndStripsThem() {
        byte[] utf8 = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, CHINESE.getBytes(StandardCharsets.UTF_8));
        assertEquals(CHINESE, decoder.decode(utf8, null).text());

        byte[] utf16le = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, CHINESE.getBytes(StandardCharsets.UTF_16LE));
        DecodedText little = decoder.decode(utf16le, null);
        assertEquals(CHINESE, little.text());
        assertEquals(StandardCharsets.UTF_16LE, little.charset());

        byte[] utf16be = concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, CHINESE.getBytes(StandardCharsets.UTF_16BE));
        DecodedText big = decoder.decode(utf16be, null);
        assertEquals(CHINESE, big.text());
        assertEquals(StandardCharsets.UTF_16BE, big.charset());
    }

    @Test
    void stripsBomEvenWhenCharsetIsDeclared() {
        byte[] utf8 = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, "正文".getBytes(StandardCharsets.UTF_8));
        DecodedText decoded = decoder.decode(utf8, "utf-8");
        assertEquals("正文", decoded.text());
        assertFalse(decoded.text().contains("\uFEFF"));
    }

    @Test
    void usesMetaCharsetOfHtml() {
        // 0x93/0x94 are curly quotes in windows-1252 but also a valid GBK character: only the meta tag can tell.
        byte[] html = concat("<html><head><meta charset=\"windows-1252\"><title>t</title></head><body>".getBytes(StandardCharsets.US_ASCII),
                new byte[] {(byte) 0x93, 'h', 'i', (byte) 0x94}, "</body></html>".getBytes(StandardCharsets.US_ASCII));
        DecodedText decoded = decoder.decode(html, null);
        assertEquals(Charset.forName("windows-1252"), decoded.charset());
        assertTrue(decoded.text().contains("\u201Chi\u201D"), decoded.text());
    }

    @Test
    void usesHttpEquivContentTypeCharset() {
        String page = "<!DOCTYPE html><html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\">"
                + "</head><body><p>天津港保税区</p></body></html>";
        DecodedText decoded = decoder.decode(page.getBytes(GBK), null);
        assertEquals(GB18030, decoded.charset());
        assertEquals(page, decoded.text());
    }

    @Test
    void ignoresMetaCharsetThatDoesNotFitTheBytes() {
        String page = "<html><head><meta charset=\"us-ascii\"></head><body>天津</body></html>";
        DecodedText decoded = decoder.decode(page.getBytes(StandardCharsets.UTF_8), null);
        assertEquals(page, decoded.text());
        assertEquals(StandardCharsets.UTF_8, decoded.charset());
    }

    @Test
    void rejectsBytesThatAreNeitherUtf8NorGb18030() {
        // 0xFF is neither a UTF-8 byte nor a GB18030 lead byte.
        byte[] garbage = {(byte) 0xFF, (byte) 0xFF, (byte) 0xFF, 'a', (byte) 0xFF};
        assertFalse(strictlyDecodable(garbage, StandardCharsets.UTF_8));
        assertFalse(strictlyDecodable(garbage, GB18030));
        UndecodableContentException error = assertThrows(UndecodableContentException.class, () -> decoder.decode(garbage, null));
        assertTrue(error.getMessage().contains("GB18030"), error.getMessage());
    }

    @Test
    void stripsZeroWidthNoBreakSpacesInsideText() {
        DecodedText decoded = decoder.decode("天\uFEFF津".getBytes(StandardCharsets.UTF_8), null);
        assertEquals("天津", decoded.text());
    }

    @Test
    void decodesEmptyContent() {
        assertEquals("", decoder.decode(new byte[0], null).text());
    }

    private static boolean strictlyDecodable(byte[] bytes, Charset charset) {
        try {
            charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static byte[] concat(byte[]... parts) {
        int length = 0;
        for (byte[] part : parts) {
            length += part.length;
        }
        byte[] all = new byte[length];
        int offset = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, all, offset, part.length);
            offset += part.length;
        }
        return all;
    }
}
