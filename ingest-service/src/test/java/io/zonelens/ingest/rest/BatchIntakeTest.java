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
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

@QuarkusTest
@WithTestResource(value = PostgresTestResource.class, scope = TestResourceScope.GLOBAL)
class BatchIntakeTest {

    private static String line(String content) {
        return "{\"content\":\"" + content + "\",\"source\":\"测试来源\"}";
    }

    @Test
    void badLinesAreReportedWithTheirNumbersAndDoNotStopTheOthers() {
        String marker = UUID.randomUUID().toString();
        String batch = String.join("\n",
                line("第一篇：天津港保税区进出口增长。" + marker),
                "{\"content\": \"未闭合",
                line("第二篇：南昌综合保税区签约项目32个。" + marker),
                "{\"title\":\"只有标题\"}",
                "",
                line("第三篇：东疆综合保税区发布新政。" + marker)) + "\n";

        Response accepted = given().auth().oauth2(TestTokens.writer()).contentType("application/x-ndjson").body(batch.getBytes(StandardCharsets.UTF_8)).post("/api/v1/documents/batch");
        accepted.then().statusCode(202)
                .header("Location", endsWith("/api/v1/jobs/" + accepted.path("id")))
                .body("total", equalTo(5));

        String job = accepted.path("id");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                given().get("/api/v1/jobs/{id}", job).then().body("status", equalTo("COMPLETED")));

        given().get("/api/v1/jobs/{id}", job).then().statusCode(200)
                .body("total", equalTo(5))
                .body("processed", equalTo(3))
                .body("failed", equalTo(2))
                .body("errors.line", contains(2, 4))
                .body("errors[0].detail", containsString("malformed JSON"))
                .body("errors[1].detail", containsString("'content' is required"))
                .body("documentIds", hasSize(3));
        List<String> ids = given().get("/api/v1/jobs/{id}", job).path("documentIds");
        for (String id : ids) {
            given().get("/api/v1/documents/{id}", id).then().statusCode(200).body("source", equalTo("测试来源"));
        }
    }

    @Test
    void aBatchOverTheLineLimitIs413AndStoresNothing() {
        String tooMany = IntStream.rangeClosed(1, 51).mapToObj(i -> line("第" + i + "篇。")).collect(Collectors.joining("\n"));
        given().auth().oauth2(TestTokens.writer()).contentType("application/x-ndjson").body(tooMany.getBytes(StandardCharsets.UTF_8)).post("/api/v1/documents/batch")
                .then().statusCode(413).contentType("application/problem+json").body("detail", containsString("at most 50"));
    }

    @Test
    void anEmptyOrNonUtf8BatchIsRefused() {
        given().auth().oauth2(TestTokens.writer()).contentType("application/x-ndjson").body("\n\n".getBytes(StandardCharsets.UTF_8)).post("/api/v1/documents/batch")
                .then().statusCode(400).contentType("application/problem+json").body("detail", containsString("no documents"));
        given().auth().oauth2(TestTokens.writer()).contentType("application/x-ndjson").body(line("天津港保税区。").getBytes(Charset.forName("GBK"))).post("/api/v1/documents/batch")
                .then().statusCode(422).contentType("application/problem+json").body("detail", containsString("UTF-8"));
    }
}
