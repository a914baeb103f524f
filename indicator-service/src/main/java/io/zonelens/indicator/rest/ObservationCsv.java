package io.zonelens.indicator.rest;

import io.zonelens.indicator.rest.dto.Views;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Observations as RFC 4180 CSV for spreadsheets. */
final class ObservationCsv {

    private static final String HEADER = "id,documentId,subject,indicator,indicatorText,kind,measure,period,periodStart,periodEnd,"
            + "value,upperValue,qualifier,valueText,unit,unitText,normalizedValue,cumulative,flags,conflict,sentence";

    private ObservationCsv() {
    }

    static String write(List<Views.Observation> rows) {
        StringBuilder csv = new StringBuilder("\uFEFF").append(HEADER).append("\r\n");
        for (Views.Observation o : rows) {
            csv.append(Stream.of(o.id(), o.evidence().documentId(), o.subject(), o.indicator(), o.indicatorText(), o.kind(), o.measure(),
                            o.period().label(), o.period().start(), o.period().end(), o.value(), o.upperValue(), o.qualifier(), o.valueText(),
                            o.unit(), o.unitText(), o.normalizedValue(), o.cumulative(), String.join(";", o.flags()), o.conflict(),
                            o.evidence().sentence())
                    .map(ObservationCsv::field)
                    .collect(Collectors.joining(","))).append("\r\n");
        }
        return csv.toString();
    }

    private static String field(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        return text.matches("(?s).*[\",\r\n].*") ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }
}
