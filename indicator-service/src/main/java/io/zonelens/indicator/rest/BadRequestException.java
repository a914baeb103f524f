package io.zonelens.indicator.rest;

/** A request parameter a client must correct: 400. */
public class BadRequestException extends RuntimeException {

    public BadRequestException(String detail) {
        super(detail);
    }

    static int intParameter(String name, String value, int min, int max) {
        try {
            int parsed = Integer.parseInt(value.trim());
            if (parsed >= min && parsed <= max) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // reported below, with the accepted range
        }
        throw new BadRequestException("'" + name + "' must be a whole number from " + min + " to " + max + ", got '" + value + "'");
    }
}
