package io.zonelens.ingest.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.zonelens.ingest.config.DeliveryConfig;
import io.zonelens.ingest.extraction.indicator.Observation;
import io.zonelens.ingest.extraction.indicator.SubjectAliases;
import io.zonelens.ingest.extraction.pipeline.AnalyzedDocument;
import io.zonelens.ingest.repository.DocumentEntity;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** indicator-service receives every document's observations with their evidence. */
@Singleton
public class IndicatorServiceDestination extends RestDestination {

    private final IndicatorServiceClient client;

    public IndicatorServiceDestination(@RestClient IndicatorServiceClient client, ObjectMapper mapper, DeliveryConfig config) {
        super("indicator-service", config.indicatorService().enabled(), mapper);
        this.client = client;
    }

    @Override
    public Object payload(DocumentEntity document, AnalyzedDocument analyzed, String pipelineVersion) {
        Map<String, List<String>> aliases = SubjectAliases.of(analyzed);
        List<ObservationsPayload.Observation> observations = analyzed.indicators().stream()
                .map(observation -> toPayload(observation, analyzed.text(), aliases.getOrDefault(observation.subject(), List.of())))
                .toList();
        return new ObservationsPayload(pipelineVersion, Instant.now(), document.title, document.publishedAt(), observations);
    }

    private static ObservationsPayload.Observation toPayload(Observation o, String text, List<String> aliases) {
        return new ObservationsPayload.Observation(new ObservationsPayload.Subject(o.subject(), null, aliases), o.indicator(),
                o.kind().name(), o.measure().name(), new ObservationsPayload.Period(o.periodLabel(), o.periodFrom(), o.periodTo()),
                o.value(), o.upperValue(), o.qualifier().name(), o.valueText(), o.unit(), o.unitText(), o.normalizedValue(),
                o.cumulative(), o.flags().stream().sorted().toList(),
                new ObservationsPayload.Evidence(text.substring(o.evidenceStart(), o.evidenceEnd()), o.start(), o.end(),
                        o.evidenceStart(), o.evidenceEnd()));
    }

    @Override
    protected void put(String documentId, JsonNode body) {
        client.putDocument(documentId, body);
    }
}
