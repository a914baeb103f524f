package io.zonelens.ingest.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.zonelens.ingest.config.DeliveryConfig;
import io.zonelens.ingest.extraction.entity.EntityMention;
import io.zonelens.ingest.extraction.entity.EntityType;
import io.zonelens.ingest.extraction.entity.PositionHeld;
import io.zonelens.ingest.extraction.pipeline.AnalyzedDocument;
import io.zonelens.ingest.extraction.pipeline.Sentence;
import io.zonelens.ingest.repository.DocumentEntity;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** query-service receives every document's text and metadata (for search) and its entities with evidence. */
@Singleton
public class QueryServiceDestination extends RestDestination {

    private final QueryServiceClient client;

    public QueryServiceDestination(@RestClient QueryServiceClient client, ObjectMapper mapper, DeliveryConfig config) {
        super("query-service", config.queryService().enabled(), mapper);
        this.client = client;
    }

    @Override
    public Object payload(DocumentEntity document, AnalyzedDocument analyzed, String pipelineVersion) {
        List<Sentence> sentences = analyzed.sentences();
        // One entity per type and canonical name; the other ways the document writes it are its aliases.
        Map<String, Set<String>> aliases = new LinkedHashMap<>();
        List<DocumentFactsPayload.Mention> mentions = new ArrayList<>();
        for (EntityMention mention : analyzed.entities().mentions()) {
            String key = key(mention.type().name(), mention.canonical());
            aliases.computeIfAbsent(key, k -> new TreeSet<>()).add(mention.text());
            Sentence sentence = sentences.get(mention.sentenceIndex());
            mentions.add(new DocumentFactsPayload.Mention(key, mention.text(), mention.start(), mention.end(), sentence.start(), sentence.end()));
        }
        List<DocumentFactsPayload.Position> positions = new ArrayList<>();
        for (PositionHeld position : analyzed.entities().positions()) {
            String person = key(EntityType.PERSON.name(), position.person());
            aliases.computeIfAbsent(person, k -> new TreeSet<>());
            Sentence sentence = sentences.get(position.sentenceIndex());
            positions.add(new DocumentFactsPayload.Position(person, position.title(), position.organization(), position.asOf(),
                    position.start(), position.end(), sentence.start(), sentence.end()));
        }
        List<DocumentFactsPayload.Entity> entities = aliases.entrySet().stream().map(entry -> {
            String[] typeAndName = entry.getKey().split(":", 2);
            return new DocumentFactsPayload.Entity(entry.getKey(), typeAndName[0], typeAndName[1],
                    entry.getValue().stream().filter(alias -> !alias.equals(typeAndName[1])).toList());
        }).toList();
        return new DocumentFactsPayload(pipelineVersion, Instant.now(), document.title, document.publishedAt(), document.source,
                document.url, document.body, entities, mentions, positions);
    }

    private static String key(String type, String canonical) {
        return type + ":" + canonical;
    }

    @Override
    protected void put(String documentId, JsonNode body) {
        client.putDocument(documentId, body);
    }
}
