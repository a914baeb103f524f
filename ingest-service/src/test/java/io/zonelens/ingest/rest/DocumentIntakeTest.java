package io.zonelens.ingest.rest;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.zonelens.localpostgres.PostgresTestResource;
import io.zonelens.testkeys.TestTokens;
import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
@WithTestResource(value = PostgresTestResource.class, scope = TestResourceScope.GLOBAL)
class DocumentIntakeTest {

    private static String pressText(String marker) {
        return "天津港保税区发布新政 " + marker + "\n\n稿源:津滨网   编辑:王明   2024-05-06 09:30\n\n"
                + "5月6日，天津港保税区管理委员会发布支持跨境电商发展的若干措施。" + marker + "\n\n今年一季度，区内进出口总额增长12.5%。\n";
    }

    @Test
    void aNewDocumentAnswers201WithItsLocationAndTheSameContentAgainAnswers200WithTheSameId() {
        String text = pressText(UUID.randomUUID().toString());
        Response first = given().auth().oauth2(TestTokens.writer()).contentType("text/plain; charset=UTF-8").body(text).post("/api/v1/documents");
        first.then().statusCode(201).header("Location", endsWith("/api/v1/documents/" + first.path("id")))
                .body("title", equalTo(first.path("title")))
                .body("status", notNullValue());

        given().auth().oauth2(TestTokens.writer()).contentType("text/plain; charset=UTF-8").body(text).post("/api/v1/documents")
                .then().statusCode(200).body("id", equalTo(first.path("id")));
    }

    @Test
    void theSameTextInGbkOrAsJsonIsTheSameDocument() {
        String text = pressText(UUID.randomUUID().toString());
        String id = given().auth().oauth2(TestTokens.writer()).contentType("text/plain; charset=UTF-8").body(text).post("/api/v1/documents")
                .then().statusCode(201).extract().path("id");

        // No charset declared: GBK bytes are detected, as government sites still serve them.
        given().auth().oauth2(TestTokens.writer()).contentType("text/plain").body(text.getBytes(Charset.forName("GBK"))).post("/api/v1/documents")
                .then().statusCode(200).body("id", equalTo(id));
        given().auth().oauth2(TestTokens.writer()).contentType("application/json").body(Map.of("content", text)).post("/api/v1/documents")
                .then().statusCode(200).body("id", equalTo(id));
    }

    @Test
    void gbkBytesWithoutADeclaredCharsetAreDecoded() {
        String text = pressText(UUID.randomUUID().toString());
        given().auth().oauth2(TestTokens.writer()).contentType("text/plain").body(text.getBytes(Charset.forName("GB18030"))).post("/api/v1/documents")
                .then().statusCode(201)
                .body("title", equalTo(text.lines().findFirst().orElseThrow()))
                .body("source", equalTo("津滨网"))
                .body("publishedAt", equalTo("2024-05-06T09:30:00+08:00"))
                .body("charset", equalTo("GB18030"));
    }

    @Test
    void jsonFieldsWinOverWhatIsReadFromTheContent() {
        String text = pressText(UUID.randomUUID().toString());
        given().auth().oauth2(TestTokens.writer()).contentType("application/json")
                .body(Map.of("content", text, "title", "给定标题", "source", "天津日报", "url", "https://example.org/a.html",
                        "publishedAt", "2024-05-07T10:00:00"))
                .post("/api/v1/documents")
                .then().statusCode(201)
                .body("title", equalTo("给定标题"))
                .body("source", equalTo("天津日报"))
                .body("url", equalTo("https://example.org/a.html"))
                .body("publishedAt", equalTo("2024-05-07T10:00:00+08:00"))
                .body("editor", equalTo("王明"));
    }

    @Test
    void documentsAreListedMostRecentlyReceivedFirstInPages() {
        String older = given().auth().oauth2(TestTokens.writer()).contentType("text/plain; charset=UTF-8").body(pressText(UUID.randomUUID().toString()))
                .post("/api/v1/documents").path("id");
        String newer = given().auth().oauth2(TestTokens.writer()).contentType("text/plain; charset=UTF-8").body(pressText(UUID.randomUUID().toString()))
                .post("/api/v1/documents").path("id");

        given().queryParam("page", 0).queryParam("size", 2).get("/api/v1/documents")
                .then().statusCode(200)
                .body("items", hasSize(2))
                .body("items[0].id", equalTo(newer))
                .body("items[1].id", equalTo(older))
                .body("page", equalTo(0))
                .body("size", equalTo(2));
        long total = ((Number) given().get("/api/v1/documents").path("total")).longValue();
        assertEquals(total, ((Number) given().queryParam("size", 1).get("/api/v1/documents").path("total")).longValue());
    }

    @Test
    void htmlDeclaringItsCharsetIsNormalizedToItsParagraphs() {
        String marker = UUID.randomUUID().toString();
        String html = "<html><head><meta charset=\"gbk\"><title>南昌综保区进出口总额突破210亿元_南昌日报</title></head><body>"
                + "<div class=\"nav\">当前位置：首页 &gt; 新闻</div><h1>南昌综保区进出口总额突破210亿元</h1>"
                + "<p>2021年，南昌综保区进出口总额突破210亿元，同比增长109%。" + marker + "</p>"
                + "<p>跨境电商交易额突破60亿元。</p><div class=\"footer\">版权所有：南昌日报社</div></body></html>";
        given().auth().oauth2(TestTokens.writer()).contentType("text/html").body(html.getBytes(Charset.forName("GBK"))).post("/api/v1/documents")
                .then().statusCode(201)
                .body("title", equalTo("南昌综保区进出口总额突破210亿元"))
                .body("paragraphs[0]", equalTo("2021年，南昌综保区进出口总额突破210亿元，同比增长109%。" + marker))
                .body("paragraphs", hasSize(2));
    }

    @Test
    void utf8IsTheDefaultForJson() {
        String text = pressText(UUID.randomUUID().toString());
        given().auth().oauth2(TestTokens.writer()).contentType("application/json").body(("{\"content\":" + quote(text) + "}").getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/documents")
                .then().statusCode(201).body("source", equalTo("津滨网"));
    }

    private static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }
}
