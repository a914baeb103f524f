package io.zonelens.ingest.k8s;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.BeanDeserializerBuilder;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads Kubernetes YAML into the fabric8 model and refuses what the model does not know: an unknown kind or
 * apiVersion, and an unknown field anywhere. fabric8's classes would otherwise keep unknown fields in
 * {@code additionalProperties}, so a misspelt {@code readOnlyRootFilesystem} would pass unnoticed.
 */
final class StrictManifests {

    /** The kinds ZoneLens deploys, by apiVersion and kind; anything else is a mistake. */
    private static final Map<String, Class<? extends HasMetadata>> KINDS = Map.of(
            "v1/ConfigMap", ConfigMap.class,
            "v1/Service", Service.class,
            "apps/v1/Deployment", Deployment.class,
            "apps/v1/StatefulSet", StatefulSet.class,
            "autoscaling/v2/HorizontalPodAutoscaler", HorizontalPodAutoscaler.class,
            "policy/v1/PodDisruptionBudget", PodDisruptionBudget.class,
            "networking.k8s.io/v1/NetworkPolicy", NetworkPolicy.class);

    private static final ObjectMapper STRICT = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .addModule(new SimpleModule().setDeserializerModifier(new BeanDeserializerModifier() {
                @Override
                public BeanDeserializerBuilder updateBuilder(DeserializationConfig config, BeanDescription description,
                        BeanDeserializerBuilder builder) {
                    // Without the any-setter, an unknown field reaches FAIL_ON_UNKNOWN_PROPERTIES.
                    builder.setAnySetter(null);
                    return builder;
                }
            }))
            .build();

    private StrictManifests() {
    }

    /** Every document of a multi-document YAML file, typed by its kind. */
    static List<HasMetadata> read(Path file) {
        try {
            return parse(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": " + e.getMessage(), e);
        }
    }

    static List<HasMetadata> parse(String yaml) throws IOException {
        List<HasMetadata> resources = new ArrayList<>();
        List<JsonNode> documents = STRICT.readerFor(JsonNode.class).<JsonNode>readValues(yaml).readAll();
        for (JsonNode document : documents) {
            if (document == null || document.isMissingNode() || document.isNull()) {
                continue; // an empty document, as before a leading ---
            }
            String key = document.path("apiVersion").asText() + "/" + document.path("kind").asText();
            Class<? extends HasMetadata> type = KINDS.get(key);
            if (type == null) {
                throw new IOException("unexpected kind " + key);
            }
            resources.add(STRICT.treeToValue(document, type));
        }
        return resources;
    }

    /**
     * The documents of a YAML file as trees, compared as a set: the generator orders resources and labels
     * differently from build to build, which changes nothing a cluster sees.
     */
    static Set<JsonNode> documents(Path file) throws IOException {
        return Set.copyOf(STRICT.readerFor(JsonNode.class).<JsonNode>readValues(file.toFile()).readAll());
    }

    /** Plain YAML (a kustomization is not a Kubernetes object). */
    static JsonNode tree(Path file) {
        try {
            return STRICT.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": " + e.getMessage(), e);
        }
    }
}
