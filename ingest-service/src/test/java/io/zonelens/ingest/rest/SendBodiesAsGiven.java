package io.zonelens.ingest.rest;

import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;

/**
 * RestAssured appends "; charset=ISO-8859-1" to a text Content-Type that has none, which would hide charset
 * detection from every test. Requests here carry exactly the Content-Type a test gives.
 */
public class SendBodiesAsGiven implements QuarkusTestBeforeEachCallback {

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        RestAssured.config = RestAssured.config().encoderConfig(
                EncoderConfig.encoderConfig().appendDefaultContentCharsetToContentTypeIfUndefined(false));
    }
}
