package io.zonelens.ingest.rest;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.zonelens.localpostgres.PostgresTestResource;
import io.zonelens.testkeys.TestTokens;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/**
 * {@code zonelens.ingest.extraction.learned-tagger=false}: the gazetteers and patterns alone, for throughput. A foreign
 * name only the tagger knows is missed; the patterns' zone, body, title and person are all still there.
 */
@QuarkusTest
@TestProfile(ExtractWithoutTaggerTest.TaggerOff.class)
@WithTestResource(value = PostgresTestResource.class, scope = TestResourceScope.GLOBAL)
class ExtractWithoutTaggerTest {

    public static class TaggerOff implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("zonelens.ingest.extraction.learned-tagger", "false");
        }
    }

    private static final String TEXT = "天津海关关长赵革会见德罗巴。南昌综保区进出口总额突破210亿元。";

    @Test
    void thePatternsAloneFindTheirEntitiesAndTheTaggersOwnAreMissing() {
        given().auth().oauth2(TestTokens.writer()).contentType("text/plain; charset=UTF-8").body(TEXT.getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/extract")
                .then().statusCode(200)
                .body("entities.find { it.text == '赵革' }.type", equalTo("PERSON"))
                .body("entities.find { it.text == '天津海关' }.type", equalTo("GOVERNMENT"))
                .body("entities.canonical", hasItem("南昌综合保税区"))
                .body("entities.text", not(hasItem("德罗巴")));
    }
}
