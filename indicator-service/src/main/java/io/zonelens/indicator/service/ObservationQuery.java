package io.zonelens.indicator.service;

import io.zonelens.indicator.rest.dto.ObservationTypes;

/** Filters shared by the list and CSV endpoints; null means no filter. */
public record ObservationQuery(String subject, String indicator, ObservationTypes.Kind kind, ObservationTypes.Measure measure,
                               String period, String documentId) {
}
