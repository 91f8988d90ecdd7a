package io.cloudmigrate.server.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudmigrate.server.http.ApiClient.Answer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every operation of the contract, called by no one, a viewer, an operator and an admin of a
 * workspace, an admin of another workspace, and a server administrator, with the status each must
 * get. The expected access of each operation is written here a second time, apart from the route
 * table, so that a changed role is a decision; an operation the contract gains fails this test until
 * its access is written down.
 */
class RoleMatrixTest
{
    /** What each operation needs, as this test expects it; success is the status a permitted caller gets. */
    private record Expected(Access access, int success, boolean inWorkspace) {}

    private enum Access { ANYONE, VIEWER, OPERATOR, ADMIN, ADMINISTRATOR }

    private enum Caller { NOBODY, VIEWER, OPERATOR, ADMIN, OUTSIDER, ADMINISTRATOR }

    private static final Map<String, Expected> EXPECTED = Map.ofEntries(
            Map.entry("health", new Expected(Access.ANYONE, 200, false)),
            Map.entry("ready", new Expected(Access.ANYONE, 200, false)),
            Map.entry("metrics", new Expected(Access.VIEWER, 200, false)),
            Map.entry("contract", new Expected(Access.ANYONE, 200, false)),
            Map.entry("createToken", new Expected(Access.ANYONE, 200, false)),
            Map.entry("revokeToken", new Expected(Access.ANYONE, 204, false)),
            // Users span every workspace: server administrators only, as `cloudmigrate user` is for whoever holds the database.
            Map.entry("listUsers", new Expected(Access.ADMINISTRATOR, 200, false)),
            Map.entry("createUser", new Expected(Access.ADMINISTRATOR, 201, false)),
            Map.entry("getUser", new Expected(Access.ADMINISTRATOR, 200, false)),
            Map.entry("disableUser", new Expected(Access.ADMINISTRATOR, 200, false)),
            Map.entry("enableUser", new Expected(Access.ADMINISTRATOR, 200, false)),
            Map.entry("resetUserPassword", new Expected(Access.ADMINISTRATOR, 204, false)),
            Map.entry("listWorkspaces", new Expected(Access.VIEWER, 200, false)),
            Map.entry("createWorkspace", new Expected(Access.ADMINISTRATOR, 201, false)),
            Map.entry("getWorkspace", new Expected(Access.VIEWER, 200, true)),
            Map.entry("listMembers", new Expected(Access.ADMIN, 200, true)),
            Map.entry("putMember", new Expected(Access.ADMIN, 200, true)),
            Map.entry("deleteMember", new Expected(Access.ADMIN, 204, true)),
            Map.entry("createWebhook", new Expected(Access.ADMIN, 201, true)),
            Map.entry("listWebhooks", new Expected(Access.ADMIN, 200, true)),
            Map.entry("deleteWebhook", new Expected(Access.ADMIN, 204, true)),
            Map.entry("listWebhookDeliveries", new Expected(Access.ADMIN, 200, true)),
            Map.entry("createUpload", new Expected(Access.OPERATOR, 201, false)),
            Map.entry("listEstates", new Expected(Access.VIEWER, 200, false)),
            Map.entry("createEstate", new Expected(Access.OPERATOR, 202, true)),
            Map.entry("getEstate", new Expected(Access.VIEWER, 200, true)),
            Map.entry("deleteEstate", new Expected(Access.ADMIN, 204, true)),
            Map.entry("listAssessments", new Expected(Access.VIEWER, 200, true)),
            Map.entry("createAssessment", new Expected(Access.OPERATOR, 202, true)),
            Map.entry("getAssessment", new Expected(Access.VIEWER, 200, true)),
            Map.entry("listRecommendations", new Expected(Access.VIEWER, 200, true)),
            Map.entry("getRecommendation", new Expected(Access.VIEWER, 200, true)),
            Map.entry("putOverride", new Expected(Access.OPERATOR, 200, true)),
            Map.entry("deleteOverride", new Expected(Access.OPERATOR, 204, true)),
            Map.entry("listRisks", new Expected(Access.VIEWER, 200, true)),
            Map.entry("listCosts", new Expected(Access.VIEWER, 200, true)),
            Map.entry("listWaves", new Expected(Access.VIEWER, 200, true)),
            Map.entry("decideWave", new Expected(Access.OPERATOR, 200, true)),
            // Generated before the reads below it in the contract, which then find the files.
            Map.entry("generateArtifacts", new Expected(Access.OPERATOR, 202, true)),
            Map.entry("listArtifacts", new Expected(Access.VIEWER, 200, true)),
            Map.entry("getArtifactFile", new Expected(Access.VIEWER, 200, true)),
            Map.entry("getArtifactZip", new Expected(Access.VIEWER, 200, true)),
            Map.entry("listJobs", new Expected(Access.VIEWER, 200, false)),
            Map.entry("getJob", new Expected(Access.VIEWER, 200, true)),
            Map.entry("jobEvents", new Expected(Access.VIEWER, 200, true)),
            // The job has ended: a caller allowed to cancel hears so (409); the others never learn it.
            Map.entry("cancelJob", new Expected(Access.OPERATOR, 409, true)),
            // An upload no one sent: a caller allowed to read flow logs into the estate learns that it is unknown.
            Map.entry("createFlowLogs", new Expected(Access.OPERATOR, 404, true)),
            Map.entry("getTraffic", new Expected(Access.VIEWER, 200, true)),
            Map.entry("listScans", new Expected(Access.VIEWER, 200, true)),
            // The sample estate was not made by a scan, and has no scans to compare.
            Map.entry("createScan", new Expected(Access.OPERATOR, 422, true)),
            Map.entry("diffScans", new Expected(Access.VIEWER, 404, true)),
            Map.entry("listGraphNodes", new Expected(Access.VIEWER, 200, true)),
            Map.entry("listGraphEdges", new Expected(Access.VIEWER, 200, true)),
            Map.entry("getGraph", new Expected(Access.VIEWER, 200, true)),
            // The log spans every workspace: server administrators only.
            Map.entry("listAudit", new Expected(Access.ADMINISTRATOR, 200, false)));

    // Never sent: no job of the matrix fails, and the host is not resolved until a delivery.
    private static final String WEBHOOK = "{\"url\": \"https://hooks.example.com/cloudmigrate\", \"events\": [\"job.failed\"]}";

    @TempDir
    static Path dataDirectory;

    private static TestServer server;
    private static final Map<Caller, ApiClient> CLIENTS = new java.util.EnumMap<>(Caller.class);
    private static final Map<Caller, String> DELETABLE = new java.util.EnumMap<>(Caller.class);
    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static String workspace;
    private static String estate;
    private static String assessment;
    private static String resource;
    private static String job;
    private static String webhook;

    @BeforeAll
    static void startServerWithTwoWorkspaces()
    {
        ServerOptions options = TestDatabases.options(dataDirectory);
        try (UserAdministration users = UserAdministration.open(options)) {
            workspace = users.addWorkspace("matrix").id().toString();
            users.addWorkspace("elsewhere");
            for (String name : List.of("viewer", "operator", "admin", "outsider", "spare")) {
                users.add(name, TestServer.PASSWORD.toCharArray(), "viewer", false);
            }
            users.add("boss", TestServer.PASSWORD.toCharArray(), "viewer", true);
            users.addMember("matrix", "viewer", "viewer");
            users.addMember("matrix", "operator", "operator");
            users.addMember("matrix", "admin", "admin");
            users.addMember("elsewhere", "outsider", "admin");
        }
        server = TestServer.start(options, new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8));
        ApiClient anonymous = server.api().anonymous();
        CLIENTS.put(Caller.NOBODY, anonymous);
        CLIENTS.put(Caller.VIEWER, anonymous.signIn("viewer", TestServer.PASSWORD));
        CLIENTS.put(Caller.OPERATOR, anonymous.signIn("operator", TestServer.PASSWORD));
        CLIENTS.put(Caller.ADMIN, anonymous.signIn("admin", TestServer.PASSWORD));
        CLIENTS.put(Caller.OUTSIDER, anonymous.signIn("outsider", TestServer.PASSWORD));
        CLIENTS.put(Caller.ADMINISTRATOR, anonymous.signIn("boss", TestServer.PASSWORD));

        ApiClient admin = CLIENTS.get(Caller.ADMIN);
        Answer imported = admin.post("/api/v1/estates", sampleIn(workspace));
        job = imported.header("Location");
        estate = admin.run(imported);
        assessment = admin.run(admin.post(estate + "/assessments", "{}"));
        resource = admin.get(assessment + "/recommendations?limit=1").json().path("items").get(0).path("resourceId").asText();
        for (Caller caller : Caller.values()) {
            DELETABLE.put(caller, estate);
        }
        DELETABLE.put(Caller.ADMIN, admin.run(admin.post("/api/v1/estates", sampleIn(workspace))));
        DELETABLE.put(Caller.ADMINISTRATOR, admin.run(admin.post("/api/v1/estates", sampleIn(workspace))));
    }

    @AfterAll
    static void stopServer()
    {
        server.close();
    }

    @Test
    void knowsTheAccessOfEveryOperationOfTheContract()
    {
        assertThat(EXPECTED.keySet()).containsExactlyInAnyOrderElementsOf(operations().stream().map(Operation::id).toList());
    }

    @TestFactory
    Stream<DynamicTest> answersEachCallerOfEachOperationAsItsRoleAllows()
    {
        List<DynamicTest> tests = new ArrayList<>();
        for (Operation operation : operations()) {
            Expected expected = EXPECTED.get(operation.id());
            if (expected == null) {
                continue;
            }
            for (Caller caller : Caller.values()) {
                int status = expectedStatus(expected, caller);
                tests.add(DynamicTest.dynamicTest(operation.id() + " by " + caller + " gets " + status, () -> {
                    prepare(operation);
                    Answer answer = call(operation, caller);
                    assertThat(answer.status()).as(operation.method() + " " + operation.path() + ": " + answer.body()).isEqualTo(status);
                    if (status >= 400) {
                        assertThat(answer.header("Content-Type")).isEqualTo("application/problem+json");
                    }
                    if (status == 202) {
                        // Let the job end, so that the next caller's job on the same estate is not refused as concurrent.
                        CLIENTS.get(Caller.ADMIN).awaitJob(answer.header("Location"));
                    }
                }));
            }
        }
        return tests.stream();
    }

    @Test
    void showsAMemberOfAnotherWorkspaceNothingOfThisOneInLists()
    {
        ApiClient outsider = CLIENTS.get(Caller.OUTSIDER);
        assertThat(outsider.get("/api/v1/estates?limit=500").json().path("items")).isEmpty();
        assertThat(outsider.get("/api/v1/jobs?limit=500").json().path("items")).isEmpty();
        assertThat(outsider.get("/api/v1/workspaces").json().path("items")).extracting(item -> item.path("name").asText()).contains("elsewhere")
                .doesNotContain("matrix");
        assertThat(CLIENTS.get(Caller.VIEWER).get("/api/v1/estates?limit=500").json().path("items")).extracting(item -> "/api/v1/estates/" + item.path("id").asText())
                .contains(estate);
    }

    /** Makes what a removal removes exist before each caller tries, so that each is refused or allowed on the same state. */
    private static void prepare(Operation operation)
    {
        ApiClient administrator = CLIENTS.get(Caller.ADMINISTRATOR);
        switch (operation.id()) {
            case "deleteMember" -> assertThat(administrator.put("/api/v1/workspaces/" + workspace + "/members/spare", "{\"role\": \"viewer\"}").status()).isEqualTo(200);
            case "deleteWebhook", "listWebhookDeliveries" -> webhook = administrator.post("/api/v1/workspaces/" + workspace + "/webhooks", WEBHOOK).json().path("id").asText();
            // Decisions are taken on the estate's newest assessment, and createAssessment has made newer ones.
            case "decideWave" -> assessment = "/api/v1/assessments/" + administrator.get(estate + "/assessments?limit=1").json().path("items").get(0).path("id").asText();
            case "deleteOverride" -> assertThat(administrator.put(assessment + "/recommendations/" + ApiClient.encode(resource) + "/override",
                    "{\"strategy\": \"RETAIN\", \"justification\": \"Made to be removed.\"}").status()).isEqualTo(200);
            default -> {
                // Nothing to make.
            }
        }
    }

    private static int expectedStatus(Expected expected, Caller caller)
    {
        if (expected.access() == Access.ANYONE) {
            return expected.success();
        }
        return switch (caller) {
            case NOBODY -> 401;
            case ADMINISTRATOR -> expected.success();
            case OUTSIDER -> expected.access() == Access.ADMINISTRATOR ? 403 : expected.inWorkspace() ? 404 : expected.success();
            case VIEWER -> expected.access() == Access.VIEWER ? expected.success() : 403;
            case OPERATOR -> expected.access() == Access.VIEWER || expected.access() == Access.OPERATOR ? expected.success() : 403;
            case ADMIN -> expected.access() == Access.ADMINISTRATOR ? 403 : expected.success();
        };
    }

    private static Answer call(Operation operation, Caller caller)
    {
        ApiClient client = CLIENTS.get(caller);
        String path = operation.path()
                .replace("/api/v1/estates/{estateId}", operation.id().equals("deleteEstate") ? DELETABLE.get(caller) : estate)
                .replace("/api/v1/assessments/{assessmentId}", assessment)
                .replace("{resourceId}", ApiClient.encode(resource))
                .replace("/api/v1/jobs/{jobId}", job)
                .replace("{workspaceId}", workspace)
                .replace("{userName}", "spare")
                .replace("{waveNumber}", "1")
                .replace("{webhookId}", String.valueOf(webhook))
                + switch (operation.id()) {
                    case "diffScans" -> "?from=1&to=2";
                    case "getGraph" -> "?format=cytoscape";
                    case "getArtifactFile" -> "?path=MANIFEST.sha256";
                    default -> "";
                };
        HttpRequest.Builder request = HttpRequest.newBuilder(client.uri(path));
        String body = switch (operation.id()) {
            case "createToken" -> "{\"grant_type\": \"password\", \"username\": \"viewer\", \"password\": \"" + TestServer.PASSWORD + "\"}";
            case "revokeToken" -> "{\"refresh_token\": \"never-issued\"}";
            case "createWorkspace" -> "{\"name\": \"made by the matrix " + COUNTER.incrementAndGet() + "\"}";
            case "createUser" -> "{\"name\": \"matrix-" + COUNTER.incrementAndGet() + "\", \"password\": \"" + TestServer.PASSWORD + "\"}";
            case "resetUserPassword" -> "{\"password\": \"" + TestServer.PASSWORD + "\"}";
            case "putMember" -> "{\"role\": \"viewer\"}";
            case "createEstate" -> sampleIn(workspace);
            case "putOverride" -> "{\"strategy\": \"RETAIN\", \"justification\": \"Checked by the role matrix.\"}";
            case "decideWave" -> "{\"decision\": \"REJECTED\", \"comment\": \"Checked by the role matrix.\"}";
            case "createFlowLogs" -> "{\"uploadIds\": [\"00000000-0000-0000-0000-0000000000f1\"]}";
            case "createWebhook" -> WEBHOOK;
            default -> "{}";
        };
        return switch (operation.method()) {
            case "get" -> client.send(request.GET());
            case "delete" -> client.send(request.DELETE());
            case "put" -> client.send(request.header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(body)));
            case "post" -> operation.id().equals("createUpload")
                    ? client.send(request.header("Content-Type", "application/zip").POST(HttpRequest.BodyPublishers.ofByteArray(smallZip())))
                    : client.send(request.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)));
            default -> throw new AssertionError("no request for the method " + operation.method());
        };
    }

    private static String sampleIn(String workspaceId)
    {
        return "{\"workspaceId\": \"" + workspaceId + "\", \"source\": \"SAMPLE\"}";
    }

    private record Operation(String id, String method, String path) {}

    @SuppressWarnings("unchecked")
    private static List<Operation> operations()
    {
        try (InputStream input = RoleMatrixTest.class.getResourceAsStream("/io/cloudmigrate/server/http/openapi.yaml")) {
            Map<String, Object> contract = new Yaml(new SafeConstructor(new LoaderOptions())).load(input);
            List<Operation> operations = new ArrayList<>();
            ((Map<String, Map<String, Object>>) contract.get("paths")).forEach((path, item) -> item.forEach((method, value) -> {
                if (value instanceof Map<?, ?> operation && operation.get("operationId") instanceof String id) {
                    operations.add(new Operation(id, method, path));
                }
            }));
            return operations;
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] smallZip()
    {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("estate/README.txt"));
            zip.write("an archive for the role matrix".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
