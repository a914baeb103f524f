package io.zonelens.ingest.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.LabelSelectorRequirement;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.SecretKeySelector;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyIngressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPort;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What an operations team relies on when it runs {@code kubectl apply -k k8s/}: the committed manifests are what
 * the build generates, every manifest under k8s/ reads strictly into the fabric8 model, and the deployment's
 * invariants hold on the typed objects. A failsafe test in ingest-service, the module built last: it runs after
 * package, when quarkus-kubernetes has written each service's target/kubernetes/kubernetes.yml.
 */
class ClusterManifestsIT {

    private static final Path K8S = Path.of("..", "k8s");
    private static final List<String> SERVICES = List.of("ingest-service", "query-service", "indicator-service");
    /** The producers of /internal endpoints, which only ingest-service calls. */
    private static final List<String> INTERNAL_PRODUCERS = List.of("query-service", "indicator-service");
    /** The label an operator puts on the ingress controller's namespace (README "Deploying to Kubernetes"). */
    private static final Map<String, String> INGRESS_NAMESPACE = Map.of("zonelens.io/ingress", "true");
    private static final String NAME = "app.kubernetes.io/name";
    private static final String VERSION = "app.kubernetes.io/version";

    private static final List<HasMetadata> resources = new ArrayList<>();

    @BeforeAll
    static void readK8sDirectory() throws IOException {
        for (Path file : manifests(K8S)) {
            List<HasMetadata> read = StrictManifests.read(file);
            assertFalse(read.isEmpty(), file + " holds no resource");
            resources.addAll(read);
        }
    }

    @Test
    void theCommittedServiceManifestsAreWhatTheBuildGenerates() throws IOException {
        for (String service : SERVICES) {
            Path generated = Path.of("..", service, "target", "kubernetes", "kubernetes.yml");
            assertTrue(Files.exists(generated), generated + " is missing: package " + service + " first");
            assertEquals(StrictManifests.documents(generated), StrictManifests.documents(K8S.resolve(service + ".yml")),
                    "k8s/" + service + ".yml is not what the build generates; run k8s/regenerate");
        }
    }

    @Test
    void theStrictReaderRejectsUnknownFieldsAndKinds() {
        String misspelt = """
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: x}
                spec:
                  template:
                    spec:
                      containers:
                        - name: x
                          securityContext: {readOnlyRootFilesytem: true}
                """;
        assertThrows(IOException.class, () -> StrictManifests.parse(misspelt));
        assertThrows(IOException.class, () -> StrictManifests.parse("apiVersion: v1\nkind: Secret\nmetadata: {name: x}\n"));
    }

    @Test
    void theKustomizationListsEveryManifest() throws IOException {
        assertEquals(fileNames(manifests(K8S)), texts(StrictManifests.tree(K8S.resolve("kustomization.yaml")).path("resources")));

        Path nativeOverlay = K8S.resolve("native");
        JsonNode kustomization = StrictManifests.tree(nativeOverlay.resolve("kustomization.yaml"));
        assertEquals(Set.of(".."), texts(kustomization.path("resources")));
        Set<String> patches = stream(kustomization.path("patches")).map(p -> p.path("path").asText())
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(fileNames(manifests(nativeOverlay)), patches);
        Set<String> retagged = stream(kustomization.path("images")).map(i -> i.path("name").asText()).collect(Collectors.toSet());
        for (String service : SERVICES) {
            assertTrue(retagged.contains(imageName(service)), "the native overlay retags " + service);
        }
    }

    @Test
    void noSecretIsCommitted() throws IOException {
        try (Stream<Path> files = Files.walk(K8S)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                assertFalse(Files.readString(file).matches("(?s).*kind:\\s*Secret\\b.*"), file + " holds a Secret");
            }
        }
    }

    @Test
    void everyServiceIsADeploymentBehindAServiceOnItsContainerPort() {
        for (String name : SERVICES) {
            Deployment deployment = named(Deployment.class, name);
            Container container = onlyContainer(deployment.getSpec().getTemplate());
            assertTrue(container.getImage().startsWith(imageName(name) + ":"), container.getImage());
            int port = container.getPorts().get(0).getContainerPort();

            Service service = named(Service.class, name);
            assertTrue(matchesAll(service.getSpec().getSelector(), podLabels(deployment.getSpec().getTemplate())));
            ServicePort servicePort = service.getSpec().getPorts().get(0);
            assertEquals(port, servicePort.getTargetPort().getIntVal(), name + ": Service and container ports differ");
        }
    }

    @Test
    void probesAskQuarkusHealthOnTheContainerPort() {
        for (String name : SERVICES) {
            Container container = onlyContainer(named(Deployment.class, name).getSpec().getTemplate());
            int port = container.getPorts().get(0).getContainerPort();
            assertHealthProbe(container.getStartupProbe(), "/q/health/started", port);
            assertHealthProbe(container.getLivenessProbe(), "/q/health/live", port);
            assertHealthProbe(container.getReadinessProbe(), "/q/health/ready", port);
        }
    }

    @Test
    void everyContainerRequestsAndLimitsCpuAndMemory() {
        for (PodTemplateSpec template : podTemplates().values()) {
            for (Container container : template.getSpec().getContainers()) {
                assertRequestsAndLimits(container);
            }
        }
    }

    @Test
    void nativeImagesNeedLessMemoryThanTheJvm() {
        for (Path patch : manifests(K8S.resolve("native"))) {
            for (HasMetadata resource : StrictManifests.read(patch)) {
                Container nativeContainer = onlyContainer(((Deployment) resource).getSpec().getTemplate());
                assertRequestsAndLimits(nativeContainer);
                Container jvm = onlyContainer(named(Deployment.class, resource.getMetadata().getName()).getSpec().getTemplate());
                assertEquals(jvm.getName(), nativeContainer.getName(), patch + " patches another container");
                assertTrue(bytes(nativeContainer.getResources().getLimits()).compareTo(bytes(jvm.getResources().getLimits())) < 0,
                        patch + ": the native memory limit is not below the JVM's");
            }
        }
    }

    @Test
    void podsRunAsNonRootOnAReadOnlyRootFilesystemWithAWritableTmp() {
        podTemplates().forEach((name, template) -> {
            assertEquals(Boolean.TRUE, template.getSpec().getSecurityContext().getRunAsNonRoot(), name + " may run as root");
            assertEquals(Boolean.FALSE, template.getSpec().getAutomountServiceAccountToken(), name + " mounts an API token it never uses");
            for (Container container : template.getSpec().getContainers()) {
                var context = container.getSecurityContext();
                assertEquals(Boolean.TRUE, context.getReadOnlyRootFilesystem(), name);
                assertEquals(Boolean.FALSE, context.getAllowPrivilegeEscalation(), name);
                assertEquals(List.of("ALL"), context.getCapabilities().getDrop(), name);
                VolumeMount tmp = container.getVolumeMounts().stream().filter(m -> m.getMountPath().equals("/tmp"))
                        .findFirst().orElseThrow(() -> new AssertionError(name + " has no writable /tmp"));
                Volume volume = template.getSpec().getVolumes().stream().filter(v -> v.getName().equals(tmp.getName()))
                        .findFirst().orElseThrow();
                assertNotNull(volume.getEmptyDir(), name + ": /tmp is not an emptyDir");
            }
        });
    }

    @Test
    void credentialsComeFromSecretsAndSettingsFromTheConfigMap() {
        for (String name : SERVICES) {
            Container container = onlyContainer(named(Deployment.class, name).getSpec().getTemplate());
            Map<String, EnvVar> env = container.getEnv().stream().collect(Collectors.toMap(EnvVar::getName, e -> e));
            assertSecret(env, "QUARKUS_DATASOURCE_USERNAME", "zonelens-db", "username");
            assertSecret(env, "QUARKUS_DATASOURCE_PASSWORD", "zonelens-db", "password");
            assertSecret(env, "MP_JWT_VERIFY_PUBLICKEY", "zonelens-auth", "jwt-public-key");
            if (name.equals("ingest-service")) {
                assertSecret(env, "SMALLRYE_JWT_SIGN_KEY", "zonelens-auth", "jwt-signing-key");
            } else {
                assertFalse(env.containsKey("SMALLRYE_JWT_SIGN_KEY"), name + " must not hold the signing key");
            }
            for (EnvVar var : env.values()) {
                assertEquals(null, var.getValue(), name + ": " + var.getName() + " is written into the manifest");
            }
            assertEquals(List.of("zonelens-config"),
                    container.getEnvFrom().stream().map(e -> e.getConfigMapRef().getName()).toList());
        }

        Map<String, String> settings = named(ConfigMap.class, "zonelens-config").getData();
        assertEquals("jdbc:postgresql://postgresql:5432/zonelens", settings.get("QUARKUS_DATASOURCE_JDBC_URL"));
        assertEquals("http://query-service", settings.get("QUARKUS_REST_CLIENT_QUERY_SERVICE_URL"));
        assertEquals("http://indicator-service", settings.get("QUARKUS_REST_CLIENT_INDICATOR_SERVICE_URL"));
        assertEquals(80, named(Service.class, "query-service").getSpec().getPorts().get(0).getPort());
        assertEquals(80, named(Service.class, "indicator-service").getSpec().getPorts().get(0).getPort());
        named(Service.class, "postgresql");

        Container postgres = onlyContainer(named(StatefulSet.class, "postgresql").getSpec().getTemplate());
        Map<String, EnvVar> postgresEnv = postgres.getEnv().stream().collect(Collectors.toMap(EnvVar::getName, e -> e));
        assertSecret(postgresEnv, "POSTGRES_USER", "zonelens-db", "username");
        assertSecret(postgresEnv, "POSTGRES_PASSWORD", "zonelens-db", "password");
    }

    @Test
    void noSelectorCarriesTheVersion() {
        List<Map<String, String>> selectors = new ArrayList<>();
        all(Deployment.class).forEach(d -> selectors.add(d.getSpec().getSelector().getMatchLabels()));
        all(StatefulSet.class).forEach(s -> selectors.add(s.getSpec().getSelector().getMatchLabels()));
        all(Service.class).forEach(s -> selectors.add(s.getSpec().getSelector()));
        all(PodDisruptionBudget.class).forEach(p -> selectors.add(p.getSpec().getSelector().getMatchLabels()));
        all(NetworkPolicy.class).forEach(n -> selectors.add(n.getSpec().getPodSelector().getMatchLabels()));
        for (Map<String, String> selector : selectors) {
            assertFalse(selector.isEmpty());
            assertFalse(selector.containsKey(VERSION), selector + " names a version: a new release would orphan the old pods");
        }
    }

    @Test
    void everyDeploymentHasAnAutoscalerAndADisruptionBudget() {
        for (Deployment deployment : all(Deployment.class)) {
            String name = deployment.getMetadata().getName();
            HorizontalPodAutoscaler hpa = named(HorizontalPodAutoscaler.class, name);
            assertEquals("Deployment", hpa.getSpec().getScaleTargetRef().getKind());
            assertEquals(name, hpa.getSpec().getScaleTargetRef().getName());
            assertEquals(deployment.getSpec().getReplicas(), hpa.getSpec().getMinReplicas(), name + ": replicas and minReplicas differ");
            assertTrue(hpa.getSpec().getMinReplicas() >= 2, name + ": one replica cannot survive a disruption");
            assertTrue(hpa.getSpec().getMaxReplicas() > hpa.getSpec().getMinReplicas(), name);
            assertEquals("cpu", hpa.getSpec().getMetrics().get(0).getResource().getName());

            PodDisruptionBudget pdb = named(PodDisruptionBudget.class, name);
            assertTrue(selects(pdb.getSpec().getSelector(), podLabels(deployment.getSpec().getTemplate())), name);
            assertEquals(1, pdb.getSpec().getMaxUnavailable().getIntVal(), name);
        }
    }

    @Test
    void connectionsAtFullScaleFitInPostgres() {
        int poolPerReplica = Integer.parseInt(named(ConfigMap.class, "zonelens-config").getData().get("QUARKUS_DATASOURCE_JDBC_MAX_SIZE"));
        int replicas = all(HorizontalPodAutoscaler.class).stream().mapToInt(h -> h.getSpec().getMaxReplicas()).sum();
        List<String> args = onlyContainer(named(StatefulSet.class, "postgresql").getSpec().getTemplate()).getArgs();
        int maxConnections = Integer.parseInt(args.get(args.indexOf("-c") + 1).replace("max_connections=", ""));
        assertTrue(replicas * poolPerReplica < maxConnections,
                replicas + " replicas x " + poolPerReplica + " connections exceed max_connections " + maxConnections);
    }

    @Test
    void onlyIngestServiceAndTheIngressReachTheInternalEndpointProducers() {
        for (String name : INTERNAL_PRODUCERS) {
            List<NetworkPolicyPeer> peers = onlyPolicyFor(name);
            assertEquals(Set.of("ingest-service"), podsSelectedBy(peers), name + " is reachable from other pods");
            assertTrue(peers.stream().anyMatch(p -> p.getNamespaceSelector() != null), name + " takes no public reads");
        }
    }

    @Test
    void ingestServiceIsReachableOnlyThroughTheIngress() {
        List<NetworkPolicyPeer> peers = onlyPolicyFor("ingest-service");
        assertEquals(Set.of(), podsSelectedBy(peers));
        assertFalse(peers.isEmpty());
    }

    @Test
    void onlyTheServicesReachPostgres() {
        List<NetworkPolicyPeer> peers = onlyPolicyFor("postgresql");
        assertTrue(peers.stream().allMatch(p -> p.getNamespaceSelector() == null), "PostgreSQL is open to a namespace");
        assertEquals(new TreeSet<>(SERVICES), podsSelectedBy(peers));
    }

    @Test
    void postgresKeepsItsDataOnAPersistentVolumeClaim() {
        StatefulSet postgres = named(StatefulSet.class, "postgresql");
        var claim = postgres.getSpec().getVolumeClaimTemplates().get(0);
        assertNotNull(claim.getSpec().getResources().getRequests().get("storage"));
        Container container = onlyContainer(postgres.getSpec().getTemplate());
        VolumeMount data = container.getVolumeMounts().stream().filter(m -> m.getName().equals(claim.getMetadata().getName()))
                .findFirst().orElseThrow(() -> new AssertionError("the claim is not mounted"));
        String pgdata = container.getEnv().stream().filter(e -> e.getName().equals("PGDATA")).findFirst().orElseThrow().getValue();
        assertTrue(pgdata.startsWith(data.getMountPath() + "/"), "PGDATA is not on the claim");

        Service headless = named(Service.class, postgres.getSpec().getServiceName());
        assertEquals("None", headless.getSpec().getClusterIP());
        assertTrue(matchesAll(headless.getSpec().getSelector(), podLabels(postgres.getSpec().getTemplate())));
    }

    // The one NetworkPolicy that selects the workload's pods (policies add up, so a second one would widen it),
    // limited to its container port; its peers, with no IP blocks.
    private static List<NetworkPolicyPeer> onlyPolicyFor(String workload) {
        PodTemplateSpec template = podTemplates().get(workload);
        List<NetworkPolicy> policies = all(NetworkPolicy.class).stream()
                .filter(p -> selects(p.getSpec().getPodSelector(), podLabels(template))).toList();
        assertEquals(1, policies.size(), workload + " is selected by " + policies.size() + " NetworkPolicies");
        NetworkPolicy policy = policies.get(0);
        assertEquals(List.of("Ingress"), policy.getSpec().getPolicyTypes());
        int port = onlyContainer(template).getPorts().get(0).getContainerPort();
        List<NetworkPolicyPeer> peers = new ArrayList<>();
        for (NetworkPolicyIngressRule rule : policy.getSpec().getIngress()) {
            assertEquals(List.of(port), rule.getPorts().stream().map(NetworkPolicyPort::getPort).map(p -> p.getIntVal()).toList(),
                    workload + ": a rule opens another port, or all ports");
            assertFalse(rule.getFrom().isEmpty(), workload + ": a rule admits everyone");
            for (NetworkPolicyPeer peer : rule.getFrom()) {
                assertEquals(null, peer.getIpBlock(), workload + " admits an IP block");
                if (peer.getNamespaceSelector() != null) {
                    // The ingress controller's namespace, as a whole: no pod selector narrows or widens it.
                    assertEquals(INGRESS_NAMESPACE, peer.getNamespaceSelector().getMatchLabels(), workload);
                    assertEquals(null, peer.getPodSelector(), workload);
                }
            }
            peers.addAll(rule.getFrom());
        }
        return peers;
    }

    /** The workloads of this namespace that pod-selector peers admit. */
    private static Set<String> podsSelectedBy(List<NetworkPolicyPeer> peers) {
        Set<String> selected = new TreeSet<>();
        podTemplates().forEach((name, template) -> {
            if (peers.stream().anyMatch(p -> p.getNamespaceSelector() == null && selects(p.getPodSelector(), podLabels(template)))) {
                selected.add(name);
            }
        });
        return selected;
    }

    private static boolean selects(LabelSelector selector, Map<String, String> labels) {
        if (selector == null || !matchesAll(selector.getMatchLabels(), labels)) {
            return false;
        }
        for (LabelSelectorRequirement requirement : selector.getMatchExpressions()) {
            boolean has = labels.containsKey(requirement.getKey());
            boolean in = has && requirement.getValues().contains(labels.get(requirement.getKey()));
            boolean holds = switch (requirement.getOperator()) {
                case "In" -> in;
                case "NotIn" -> !in;
                case "Exists" -> has;
                case "DoesNotExist" -> !has;
                default -> throw new AssertionError("unknown operator " + requirement.getOperator());
            };
            if (!holds) {
                return false;
            }
        }
        return true;
    }

    private static boolean matchesAll(Map<String, String> wanted, Map<String, String> labels) {
        return wanted == null || labels.entrySet().containsAll(wanted.entrySet());
    }

    private static Map<String, PodTemplateSpec> podTemplates() {
        Map<String, PodTemplateSpec> templates = new LinkedHashMap<>();
        all(Deployment.class).forEach(d -> templates.put(d.getMetadata().getName(), d.getSpec().getTemplate()));
        all(StatefulSet.class).forEach(s -> templates.put(s.getMetadata().getName(), s.getSpec().getTemplate()));
        return templates;
    }

    private static Map<String, String> podLabels(PodTemplateSpec template) {
        return template.getMetadata().getLabels();
    }

    private static Container onlyContainer(PodTemplateSpec template) {
        List<Container> containers = template.getSpec().getContainers();
        assertEquals(1, containers.size());
        return containers.get(0);
    }

    private static void assertHealthProbe(Probe probe, String path, int port) {
        assertNotNull(probe, path);
        assertEquals(path, probe.getHttpGet().getPath());
        assertEquals(port, probe.getHttpGet().getPort().getIntVal(), path);
    }

    private static void assertRequestsAndLimits(Container container) {
        for (Map<String, Quantity> figures : List.of(container.getResources().getRequests(), container.getResources().getLimits())) {
            assertTrue(figures.keySet().containsAll(Set.of("cpu", "memory")), container.getName() + ": " + figures);
        }
        assertTrue(bytes(container.getResources().getRequests()).compareTo(bytes(container.getResources().getLimits())) <= 0,
                container.getName() + " requests more memory than its limit");
    }

    private static BigDecimal bytes(Map<String, Quantity> figures) {
        return figures.get("memory").getNumericalAmount();
    }

    private static void assertSecret(Map<String, EnvVar> env, String variable, String secret, String key) {
        EnvVar var = env.get(variable);
        assertNotNull(var, variable + " is not set");
        SecretKeySelector ref = var.getValueFrom().getSecretKeyRef();
        assertNotNull(ref, variable + " does not come from a Secret");
        assertEquals(secret, ref.getName(), variable);
        assertEquals(key, ref.getKey(), variable);
    }

    private static String imageName(String service) {
        return "docker.io/zonelens/" + service;
    }

    private static <T extends HasMetadata> List<T> all(Class<T> type) {
        return resources.stream().filter(type::isInstance).map(type::cast).toList();
    }

    private static <T extends HasMetadata> T named(Class<T> type, String name) {
        List<T> found = all(type).stream().filter(r -> r.getMetadata().getName().equals(name)).toList();
        assertEquals(1, found.size(), "k8s/ holds " + found.size() + " " + type.getSimpleName() + " named " + name);
        return found.get(0);
    }

    /** The *.yml files directly in a directory (kustomization.yaml is spelt .yaml, so it is not one of them). */
    private static List<Path> manifests(Path directory) {
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".yml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Set<String> fileNames(List<Path> files) {
        return files.stream().map(f -> f.getFileName().toString()).collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> texts(JsonNode array) {
        return stream(array).map(JsonNode::asText).collect(Collectors.toCollection(TreeSet::new));
    }

    private static Stream<JsonNode> stream(JsonNode array) {
        assertTrue(array.isArray(), "expected a list: " + array);
        return StreamSupport.stream(array.spliterator(), false);
    }
}
