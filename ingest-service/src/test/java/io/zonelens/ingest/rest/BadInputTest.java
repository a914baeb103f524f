package io.zonelens.ingest.rest;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.zonelens.localpostgres.PostgresTestResource;
import io.zonelens.testkeys.TestTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Bad input gets a problem+json 4xx with a detail a person can act on, and nothing is stored. */
@QuarkusTest
@WithTestResource(value = PostgresTestResource.class, scope = TestResourceScope.GLOBAL)
class BadInputTest {

    /** %test.zonelens.ingest.max-document-bytes */
    private static final int DOCUMENT_LIMIT = 2 * 1024 * 1024;

    private long documentsBefore;

    @BeforeEach
    void countDocuments() {
        documentsBefore = documentCount();
    }

    @AfterEach
    void nothingWasStored() {
        assertEquals(documentsBefore, documentCount(), "a rejected request stored a document");
    }

    private static long documentCount() {
        return ((Number) given().get("/api/v1/documents").path("total")).longValue();
    }

    private static ValidatableResponse problem(ValidatableResponse response, int status, String detailPart) {
        return response.statusCode(status)
                .contentType("application/problem+json")
                .body("status", equalTo(status))
                .body("title", notNullValue())
                .body("type", notNullValue())
                .body("detail", containsString(detailPart))
                .body(not(containsString("Exception")))
                .body(not(containsString("at io.")));
    }

    @Test
    void anEmptyBodyIs400() {
        problem(given().auth().oauth2(TestTokens.writer()).contentType("text/plain").body(new byte[0]).post("/api/v1/documents").then(), 400, "empty");
        problem(given().auth().oauth2(TestTokens.writer()).contentType("application/json").body(new byte[0]).post("/api/v1/documents").then(), 400, "empty");
    }

    @Test
    void brokenJsonIs400() {
        problem(given().auth().oauth2(TestTokens.writer()).contentType("application/json").body("{\"content\": \"天津").post("/api/v1/documents").then(), 400, "malformed JSON");
        problem(given().auth().oauth2(TestTokens.writer()).contentType("application/json").body("[1, 2]").post("/api/v1/documents").then(), 400, "malformed JSON");
    }

    @Test
    void jsonWithoutContentOrWithAnUnknownFieldIs400() {
        problem(given().auth().oauth2(TestTokens.writer()).contentType("application/json").body("{\"title\": \"标题\"}").post("/api/v1/documents").then(), 400, "'content' is required");
        problem(given().auth().oauth2(TestTokens.writer()).contentType("application/json").body("{\"content\": \"正文。\", \"titel\": \"x\"}").post("/api/v1/documents").then(), 400, "unknown field 'titel'");
        problem(given().auth().oauth2(TestTokens.writer()).contentType("application/json").body("{\"content\": \"正文。\", \"publishedAt\": \"yesterday\"}").post("/api/v1/documents").then(), 400, "publishedAt");
        problem(given().auth().oauth2(TestTokens.writer()).contentType("application/json").body("{\"content\": \"正文。\", \"format\": \"pdf\"}").post("/api/v1/documents").then(), 400, "pdf");
    }

    @Test
    void anUnsupportedMediaTypeIs415() {
        problem(given().auth().oauth2(TestTokens.writer()).contentType("application/xml").body("<doc>天津</doc>").post("/api/v1/documents").then(), 415, "text/plain");
        problem(given().auth().oauth2(TestTokens.writer()).contentType("application/pdf").body(new byte[]{1, 2, 3}).post("/api/v1/documents").then(), 415, "Content-Type");
    }

    @Test
    void aBodyOverTheConfiguredLimitIs413WhetherItsLengthIsDeclaredOrNot() {
        byte[] tooLarge = new byte[DOCUMENT_LIMIT + 1];
        Arrays.fill(tooLarge, (byte) 'a');
        problem(given().auth().oauth2(TestTokens.writer()).contentType("text/plain; charset=UTF-8").body(tooLarge).post("/api/v1/documents").then(), 413, "at most " + DOCUMENT_LIMIT);
        // An InputStream body is sent chunked, without Content-Length: measured after reading.
        problem(given().auth().oauth2(TestTokens.writer()).contentType("text/plain; charset=UTF-8").body(new ByteArrayInputStream(tooLarge)).post("/api/v1/documents").then(), 413, "at most " + DOCUMENT_LIMIT);
    }

    @Test
    void bytesThatAreNeitherUtf8NorGbkAre422() {
        byte[] garbage = {(byte) 0xFF, (byte) 0xFE, (byte) 0xFF, (byte) 0xFF, (byte) 0x80, (byte) 0xFF, (byte) 0xFF};
        byte[] body = new byte[garbage.length + 3];
        System.arraycopy(garbage, 0, body, 3, garbage.length);
        body[0] = 'a';
        body[1] = 'b';
        body[2] = 'c';
        problem(given().auth().oauth2(TestTokens.writer()).contentType("text/plain").body(body).post("/api/v1/documents").then(), 422, "");
    }

    @Test
    void bytesThatDoNotMatchTheDeclaredCharsetAre422() {
        byte[] gbk = "天津港保税区管理委员会发布通知。".getBytes(java.nio.charset.Charset.forName("GBK"));
        problem(given().auth().oauth2(TestTokens.writer()).contentType("text/plain; charset=UTF-8").body(gbk).post("/api/v1/documents").then(), 422, "");
        problem(given().auth().oauth2(TestTokens.writer()).contentType("text/plain; charset=no-such-charset").body("天津".getBytes(StandardCharsets.UTF_8)).post("/api/v1/documents").then(), 422, "");
    }

    @Test
    void aBodyThatIsAllFurnitureIs422() {
        problem(given().auth().oauth2(TestTokens.writer()).contentType("text/plain; charset=UTF-8").body("   \n\n  \n").post("/api/v1/documents").then(), 422, "no body text");
    }

    @Test
    void anUnknownDocumentOrJobIs404() {
        problem(given().get("/api/v1/documents/{id}", "0000000000000000").then(), 404, "0000000000000000");
        problem(given().get("/api/v1/jobs/{id}", "3f1b6c1e-0000-4000-8000-000000000000").then(), 404, "3f1b6c1e");
        problem(given().get("/api/v1/jobs/{id}", "not-a-job").then(), 404, "not-a-job");
    }

    @Test
    void aBadPageOrSizeIs400() {
        problem(given().queryParam("page", "-1").get("/api/v1/documents").then(), 400, "'page'");
        problem(given().queryParam("size", "abc").get("/api/v1/documents").then(), 400, "'size'");
        problem(given().queryParam("size", "100000").get("/api/v1/documents").then(), 400, "'size'");
    }

    @Test
    void aBadFormatHintIs400() {
        problem(given().auth().oauth2(TestTokens.writer()).contentType("text/plain; charset=UTF-8").queryParam("format", "docx").body("天津港保税区。").post("/api/v1/documents").then(), 400, "docx");
    }
}
