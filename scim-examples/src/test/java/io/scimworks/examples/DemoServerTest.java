package io.scimworks.examples;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.scimworks.core.json.ScimJson;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;

class DemoServerTest {
  private static final HttpClient HTTP =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private static final Pattern TENANT_URL =
      Pattern.compile("^Tenant URL: (http://127\\.0\\.0\\.1:(\\d+)/scim/v2)$", Pattern.MULTILINE);
  private static final Pattern SECRET_TOKEN =
      Pattern.compile("^Secret Token: (\\S+)$", Pattern.MULTILINE);

  @Test
  void itPrintsTheTenantUrlAndTokenToPasteIntoEntraAndServesThem() throws Exception {
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    DemoServer demo = new DemoServer(new PrintStream(printed, true, UTF_8));

    int exit =
        new CommandLine(demo).execute("--port", "0", "--token", "paste-me", "--store", "memory");

    assertThat(exit).isZero();
    String out = printed.toString(UTF_8);
    Matcher url = TENANT_URL.matcher(out);
    assertThat(url.find()).as(out).isTrue();
    assertThat(out).containsPattern("(?m)^Secret Token: paste-me$");
    DemoServer.Running running = demo.running();
    try {
      String tenantUrl = url.group(1);
      // Entra's "Test Connection": a filter on a random GUID, form-encoded, must be an empty list.
      HttpResponse<String> probe =
          get(tenantUrl + "/Users?filter=userName+eq+%22" + UUID.randomUUID() + "%22", "paste-me");
      assertThat(probe.statusCode()).isEqualTo(200);
      assertThat(probe.body()).contains("\"totalResults\":0", "\"Resources\":[]");
      assertThat(get(tenantUrl + "/Users", "wrong").statusCode()).isEqualTo(401);
    } finally {
      running.stop();
    }
    assertThat(printed.toString(UTF_8)).contains("stopped");
  }

  @Test
  void theWorkspaceAcceptsOnlyItsFourUserTypesAndTheDemoShowsEachWrite() throws Exception {
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    DemoServer.Running running =
        DemoServer.start("127.0.0.1", 0, "t", new PrintStream(printed, true, UTF_8));
    try {
      String users = running.tenantUrl() + "/Users";

      HttpResponse<String> rejected = post(users, user("ann@contoso.com", "User"), "t");
      HttpResponse<String> accepted = post(users, user("bob@contoso.com", "viewer"), "t");

      assertThat(rejected.statusCode()).isEqualTo(400);
      assertThat(rejected.body()).contains("\"scimType\":\"invalidValue\"", "userType");
      assertThat(accepted.statusCode()).isEqualTo(201);
      assertThat(accepted.body()).contains("\"userType\":\"viewer\"", "\"title\":\"Engineer\"");
      assertThat(printed.toString(UTF_8))
          .contains("CREATE User/- by token-1 in default: FAILURE 400")
          .containsPattern("CREATE User/[0-9a-f-]+ by token-1 in default: SUCCESS 201");
    } finally {
      running.stop();
    }
  }

  @Test
  void groupDisplayNamesAreUniqueAndSchemasSaysSo() throws Exception {
    DemoServer.Running running =
        DemoServer.start("127.0.0.1", 0, "t", new PrintStream(OutputSink.INSTANCE));
    try {
      assertSchemasDeclaresGroupDisplayNameUnique(running.tenantUrl());
      assertASecondGroupOfTheSameNameIsRefused(running.tenantUrl());
    } finally {
      running.stop();
    }
  }

  @Test
  void groupDisplayNamesAreUniqueAndSchemasSaysSoInTheH2StoreToo(@TempDir Path dir)
      throws Exception {
    String url = "jdbc:h2:" + dir.resolve("demo").toAbsolutePath();
    DemoServer.Running running =
        DemoServer.start(
            "127.0.0.1",
            0,
            "t",
            DemoStore.open("h2", url, null, null),
            new PrintStream(OutputSink.INSTANCE));
    try {
      assertSchemasDeclaresGroupDisplayNameUnique(running.tenantUrl());
      assertASecondGroupOfTheSameNameIsRefused(running.tenantUrl());
    } finally {
      running.stop();
    }
  }

  /** /Schemas says what the server does: a taken group displayName is refused. */
  private static void assertSchemasDeclaresGroupDisplayNameUnique(String tenantUrl)
      throws Exception {
    HttpResponse<String> group =
        get(tenantUrl + "/Schemas/urn:ietf:params:scim:schemas:core:2.0:Group", "t");

    assertThat(group.statusCode()).isEqualTo(200);
    JsonNode displayName = null;
    for (JsonNode attribute : ScimJson.read(group.body()).path("attributes")) {
      if (attribute.path("name").asString().equals("displayName")) {
        displayName = attribute;
      }
    }
    assertThat(displayName).as(group.body()).isNotNull();
    assertThat(displayName.path("uniqueness").asString()).isEqualTo("server");
  }

  private static void assertASecondGroupOfTheSameNameIsRefused(String tenantUrl) throws Exception {
    String groups = tenantUrl + "/Groups";
    String group =
        "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:Group\"],"
            + "\"displayName\":\"Engineering\",\"members\":[]}";

    assertThat(post(groups, group, "t").statusCode()).isEqualTo(201);
    HttpResponse<String> again = post(groups, group.replace("Engineering", "ENGINEERING"), "t");

    assertThat(again.statusCode()).isEqualTo(409);
    assertThat(again.body()).contains("\"scimType\":\"uniqueness\"");
  }

  @Test
  void withTheDefaultH2StoreUsersSurviveARestart(@TempDir Path dir) throws Exception {
    String url = "jdbc:h2:" + dir.resolve("demo").toAbsolutePath();
    String[] flags = {"--port", "0", "--token", "t", "--jdbc-url", url};
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    DemoServer first = new DemoServer(new PrintStream(printed, true, UTF_8));
    assertThat(new CommandLine(first).execute(flags)).isZero();
    assertThat(printed.toString(UTF_8)).contains("Store: H2 at " + url);
    Matcher tenant = TENANT_URL.matcher(printed.toString(UTF_8));
    assertThat(tenant.find()).isTrue();
    HttpResponse<String> created;
    try {
      created =
          HTTP.send(
              HttpRequest.newBuilder(URI.create(tenant.group(1) + "/Users"))
                  .header("Authorization", "Bearer t")
                  .header("Content-Type", "application/scim+json")
                  .POST(
                      HttpRequest.BodyPublishers.ofString(
                          "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],"
                              + "\"userName\":\"kept@example.com\"}"))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(created.statusCode()).isEqualTo(201);
    } finally {
      first.running().stop();
    }
    ByteArrayOutputStream again = new ByteArrayOutputStream();
    DemoServer second = new DemoServer(new PrintStream(again, true, UTF_8));
    assertThat(new CommandLine(second).execute(flags)).isZero();
    try {
      Matcher url2 = TENANT_URL.matcher(again.toString(UTF_8));
      assertThat(url2.find()).isTrue();
      HttpResponse<String> found =
          get(url2.group(1) + "/Users?filter=userName+eq+%22KEPT@example.com%22", "t");
      assertThat(found.body()).contains("\"totalResults\":1");
    } finally {
      second.running().stop();
    }
  }

  @Test
  void aPasswordInTheJdbcUrlIsNeverPrinted() {
    assertThat(DemoStore.redacted("jdbc:postgresql://db/scim?user=u&password=s3cret&ssl=true"))
        .isEqualTo("jdbc:postgresql://db/scim?user=u&password=***&ssl=true");
    assertThat(DemoStore.redacted("jdbc:postgresql://u:s3cret@db/scim")).doesNotContain("s3cret");
  }

  @Test
  void anUnknownStoreIsRefusedWithAMessage() {
    DemoServer demo = new DemoServer(new PrintStream(OutputSink.INSTANCE));
    java.io.PrintStream err = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setErr(new PrintStream(captured, true, UTF_8));
    try {
      assertThat(new CommandLine(demo).execute("--store", "mongo")).isEqualTo(2);
    } finally {
      System.setErr(err);
    }
    assertThat(captured.toString(UTF_8)).contains("--store must be memory, h2 or postgres");
  }

  @Test
  void withoutATokenFlagItMakesUpAStrongOne() {
    String token = DemoServer.newToken();

    assertThat(token).matches("[A-Za-z0-9_-]{43}"); // 32 random bytes, base64url
    assertThat(DemoServer.newToken()).isNotEqualTo(token);
  }

  @Test
  void asAProcessItServesUntilStoppedAndThenShutsDownCleanly(@TempDir Path dir) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Path output = dir.resolve("demo.out");
    Process process =
        new ProcessBuilder(
                java,
                "-cp",
                System.getProperty("java.class.path"),
                DemoServer.class.getName(),
                "--port",
                "0")
            .directory(dir.toFile()) // the default H2 file goes to ./scimworks-data
            .redirectErrorStream(true)
            .redirectOutput(output.toFile())
            .start();
    try {
      String printed = awaitPrinted(output, process, SECRET_TOKEN);
      Matcher url = TENANT_URL.matcher(printed);
      Matcher secret = SECRET_TOKEN.matcher(printed);
      assertThat(url.find() && secret.find()).as(printed).isTrue();
      String token = secret.group(1);
      assertThat(token).matches("[A-Za-z0-9_-]{43}");

      assertThat(get(url.group(1) + "/ServiceProviderConfig", token).statusCode()).isEqualTo(200);

      process.destroy(); // SIGTERM, like Ctrl-C's SIGINT: the shutdown hook stops the server
      assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
      assertThat(Files.readString(output)).contains("SCIMworks demo server stopped.");
    } finally {
      process.destroyForcibly();
    }
  }

  /** What the process printed once {@code expected} appears (or it exits, or a minute passes). */
  private static String awaitPrinted(Path output, Process process, Pattern expected)
      throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    String printed = "";
    while (System.nanoTime() < deadline && process.isAlive()) {
      printed = Files.exists(output) ? Files.readString(output) : "";
      if (expected.matcher(printed).find()) {
        return printed;
      }
      process.waitFor(50, TimeUnit.MILLISECONDS); // polls the file without a bare sleep
    }
    return Files.exists(output) ? Files.readString(output) : printed;
  }

  private static String user(String userName, String userType) {
    return "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\","
        + "\"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User\"],"
        + "\"userName\":\""
        + userName
        + "\",\"displayName\":\"Someone\",\"userType\":\""
        + userType
        + "\",\"title\":\"Engineer\",\"locale\":\"en-US\",\"timezone\":\"Europe/Paris\","
        + "\"active\":true,\"roles\":[{\"value\":\"Admin\",\"primary\":\"True\"}],"
        + "\"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User\":"
        + "{\"employeeNumber\":\"42\"}}";
  }

  private static HttpResponse<String> get(String url, String token) throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token).build(),
        BodyHandlers.ofString());
  }

  private static HttpResponse<String> post(String url, String json, String token) throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create(url))
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "application/scim+json")
            .POST(BodyPublishers.ofString(json))
            .build(),
        BodyHandlers.ofString());
  }

  /** Swallows what the server prints. */
  private static final class OutputSink extends java.io.OutputStream {
    static final OutputSink INSTANCE = new OutputSink();

    @Override
    public void write(int b) {}
  }
}
