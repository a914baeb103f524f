package io.zonelens.ingest.rest;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.zonelens.localpostgres.PostgresTestResource;
import io.zonelens.testkeys.TestTokens;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/** The pipeline on a text, answered at once and stored nowhere. */
@QuarkusTest
@WithTestResource(value = PostgresTestResource.class, scope = TestResourceScope.GLOBAL)
class ExtractTest {

    private static final String TEXT = "3月10日，市委常委、滨海新区区委书记连茂君深入新区各综合保税区调研。天津海关关长赵革参加。";

    @Test
    void entitiesAndPositionsComeBackWithTheirOffsets() {
        given().auth().oauth2(TestTokens.writer()).contentType("text/plain; charset=UTF-8").body(TEXT.getBytes(StandardCharsets.UTF_8)).post("/api/v1/extract")
                .then().statusCode(200)
                .body("entities.find { it.text == '赵革' }.type", equalTo("PERSON"))
                .body("entities.find { it.text == '赵革' }.start", equalTo(TEXT.indexOf("赵革")))
                .body("entities.find { it.text == '赵革' }.end", equalTo(TEXT.indexOf("赵革") + 2))
                .body("entities.find { it.text == '天津海关' }.type", equalTo("GOVERNMENT"))
                .body("positions.findAll { it.person == '连茂君' }.title", hasItem(containsString("区委书记")));
    }

    @Test
    void theJsonFormTakesAPublicationDateAndNothingIsStored() {
        long before = ((Number) given().get("/api/v1/documents").path("total")).longValue();
        given().auth().oauth2(TestTokens.writer()).contentType("application/json")
                .body(Map.of("text", "2021年，南昌综保区进出口总额突破210亿元，同比增长109%。", "publishedAt", "2022-01-17T07:42:37+08:00"))
                .post("/api/v1/extract")
                .then().statusCode(200)
                .body("entities.canonical", hasItem("南昌综合保税区"));
        given().get("/api/v1/documents").then().body("total", equalTo((int) before));
    }

    @Test
    void aTextPostedWithoutADateIsDatedByItsClosingDate() {
        given().auth().oauth2(TestTokens.writer()).contentType("text/plain; charset=UTF-8")
                .body("天津市人民政府关于王建国等同志职务任免的通知\n市人民政府决定：任命王建国为天津市商务局局长。\n天津市人民政府\n二〇二五年三月十二日"
                        .getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/extract")
                .then().statusCode(200)
                .body("positions.find { it.person == '王建国' }.asOf", equalTo("2025-03-12"));
    }

    @Test
    void aTextPostedWithoutADateIsDatedByItsSourceLineAsIntakeDatesADocument() {
        given().auth().oauth2(TestTokens.writer()).contentType("text/plain; charset=UTF-8")
                .body("拉萨市召开综合保税区高质量发展推进会\n来源：拉萨日报 2025-06-18\n本报讯 拉萨综合保税区管委会主任索朗多吉介绍了情况。"
                        .getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/extract")
                .then().statusCode(200)
                .body("positions.find { it.title.endsWith('主任') }.asOf", equalTo("2025-06-18"))
                .body("entities.find { it.text == '拉萨综合保税区' }.start", equalTo(42));
    }

    @Test
    void wordsThatNameAnEntityOnlyInThisTextAreMarkedContextual() {
        given().auth().oauth2(TestTokens.writer()).contentType("text/plain; charset=UTF-8")
                .body("天津港保税区与天津港综合保税区两区整合。保税区将持续推进。")
                .post("/api/v1/extract")
                .then().statusCode(200)
                .body("entities.find { it.text == '保税区' }.canonical", equalTo("天津港保税区"))
                .body("entities.find { it.text == '保税区' }.contextual", equalTo(true))
                .body("entities.find { it.text == '天津港保税区' }.contextual", equalTo(false));
    }

    @Test
    void noTextIs400() {
        given().auth().oauth2(TestTokens.writer()).contentType("application/json").body(Map.of("title", "无正文")).post("/api/v1/extract")
                .then().statusCode(400).contentType("application/problem+json").body("detail", containsString("'text'"));
        given().auth().oauth2(TestTokens.writer()).contentType("text/plain").body(new byte[0]).post("/api/v1/extract")
                .then().statusCode(400).contentType("application/problem+json");
    }
}
