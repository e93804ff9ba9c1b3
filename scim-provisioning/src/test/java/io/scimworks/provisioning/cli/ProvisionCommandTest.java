package io.scimworks.provisioning.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.scimworks.client.ScimClient;
import io.scimworks.core.json.ScimJson;
import io.scimworks.examples.Workspace;
import io.scimworks.server.BearerTokens;
import io.scimworks.server.ScimServer;
import io.scimworks.server.http.jdk.JdkHttpBinding;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ProvisionCommandTest {
  static final String MAPPING =
      """
      {
        "users": {
          "mappings": [
            {"target": "userName", "source": "userPrincipalName", "matching": 1},
            {"target": "displayName", "source": "displayName"},
            {"target": "active", "expression": "Not([IsSoftDeleted])"},
            {"target": "userType", "constant": "member", "apply": "onCreate"}
          ]
        },
        "groups": {
          "mappings": [{"target": "displayName", "source": "displayName", "matching": 1}]
        }
      }
      """;
  static final String DIRECTORY =
      """
      {
        "users": [
          {"id": "u1", "attributes": {"userPrincipalName": "alice@contoso.com", "displayName": "Alice"}},
          {"id": "u2", "attributes": {"userPrincipalName": "bob@contoso.com", "displayName": "Bob"}},
          {"id": "u3", "assigned": false, "attributes": {"userPrincipalName": "carol@contoso.com", "displayName": "Carol"}}
        ],
        "groups": [
          {"id": "g1", "attributes": {"displayName": "Sales"}, "members": ["u1", "u2"]}
        ]
      }
      """;

  @TempDir Path dir;
  private JdkHttpBinding binding;
  private String url;

  @BeforeEach
  void start() throws Exception {
    ScimServer server = Workspace.scimServer(BearerTokens.of("t0ken"));
    binding =
        JdkHttpBinding.create(server)
            .start(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
    url = "http://127.0.0.1:" + binding.port() + Workspace.BASE_PATH;
    Files.writeString(dir.resolve("mapping.json"), MAPPING);
    Files.writeString(dir.resolve("dir.json"), DIRECTORY);
  }

  @AfterEach
  void stop() {
    binding.close();
  }

  private record Run(int code, String out, String err) {}

  private Run run(String... extra) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl = new CommandLine(new ProvisionCommand());
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    List<String> args =
        new java.util.ArrayList<>(
            List.of(
                "--source", dir.resolve("dir.json").toString(),
                "--mapping", dir.resolve("mapping.json").toString(),
                "--url", url,
                "--log", dir.resolve("log.jsonl").toString()));
    if (!List.of(extra).contains("--token")) {
      args.addAll(List.of("--token", "t0ken"));
    }
    args.addAll(List.of(extra));
    int code = cl.execute(args.toArray(String[]::new));
    return new Run(code, out.toString(), err.toString());
  }

  private ScimClient client() {
    return ScimClient.builder().baseUri(url).bearerToken("t0ken").build();
  }

  @Test
  void aRunProvisionsTheSnapshotPrintsASummaryAndWritesTheLogAsJsonLines() throws Exception {
    Run r = run("--state", dir.resolve("state.json").toString());

    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("cycle 1 (initial): COMPLETED", "create", "success");
    assertThat(client().users().search().stream().map(u -> u.userName()).toList())
        .containsExactlyInAnyOrder("alice@contoso.com", "bob@contoso.com");
    List<String> lines = Files.readAllLines(dir.resolve("log.jsonl"));
    assertThat(lines).hasSize(5); // carol out of scope, 2 users created, group created, members
    assertThat(lines)
        .allSatisfy(l -> assertThat(ScimJson.readObject(l).has("action")).isTrue())
        .anySatisfy(l -> assertThat(l).contains("\"action\":\"CREATE\"", "\"kind\":\"GROUP\""));

    Run again = run("--state", dir.resolve("state.json").toString());
    assertThat(again.out()).contains("cycle 2 (incremental): COMPLETED");
    assertThat(Files.readAllLines(dir.resolve("log.jsonl"))).hasSize(1); // carol still skipped
  }

  @Test
  void aDryRunPrintsTheWritesAndSendsNone() {
    Run r = run("--dry-run", "--mode", "standard");

    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out())
        .contains("would send: POST /Users {\"schemas\"", "alice@contoso.com")
        .contains("would send: POST /Groups", "would send: PATCH /Groups");
    assertThat(client().users().search().count()).isZero();
  }

  @Test
  void onDemandShowsEachStepWithItsRequestAndResponse() {
    Run r = run("--on-demand", "alice@contoso.com");

    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out())
        .contains("== user u1", "> GET /Users?filter=userName eq \"alice@contoso.com\"")
        .contains("> POST /Users", "< 201", "= CREATE SUCCESS")
        .contains("== group g1", "> POST /Groups", "> PATCH /Groups/");
    assertThat(client().users().search().count()).isEqualTo(1);
  }

  @Test
  void badInputGivesAClearErrorAndExitCode() throws Exception {
    Files.writeString(
        dir.resolve("mapping.json"), "{\n  \"users\": {\n    \"mapings\": []\n  }\n}");
    Run badMapping = run();
    assertThat(badMapping.code()).isEqualTo(2);
    assertThat(badMapping.err()).contains("line 3", "unknown key 'mapings'");

    Files.writeString(dir.resolve("mapping.json"), MAPPING);
    Run badToken = run("--token", "wrong");
    assertThat(badToken.code()).isEqualTo(3);
    assertThat(badToken.err()).contains("test connection failed", "401", "token");

    Run badMode = run("--mode", "okta");
    assertThat(badMode.code()).isEqualTo(2);
    assertThat(badMode.err()).contains("--mode must be");
  }
}
