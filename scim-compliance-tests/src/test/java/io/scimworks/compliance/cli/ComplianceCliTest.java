package io.scimworks.compliance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.scimworks.examples.Workspace;
import io.scimworks.server.BearerTokens;
import io.scimworks.server.ScimHandler;
import io.scimworks.server.ScimResponse;
import io.scimworks.server.ScimServer;
import io.scimworks.server.http.BindingOptions;
import io.scimworks.server.http.jdk.JdkHttpBinding;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ComplianceCliTest {
  private static final String TOKEN = "cli-secret-token";
  private static JdkHttpBinding binding;
  private static String url;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @BeforeAll
  static void start() {
    binding =
        JdkHttpBinding.create(Workspace.scimServer(BearerTokens.of(TOKEN)))
            .start(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
    url = "http://127.0.0.1:" + binding.port() + Workspace.BASE_PATH;
  }

  @AfterAll
  static void stop() {
    binding.close();
  }

  private int run(String... args) {
    return ComplianceCli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
  }

  @Test
  void aPassingRunExitsZeroPrintsTheSummaryAndWritesEveryReport(@TempDir Path dir)
      throws Exception {
    Path html = dir.resolve("report.html");
    Path xml = dir.resolve("results.xml");
    Path json = dir.resolve("results.json");
    int code =
        run(
            "--url",
            url,
            "--token",
            TOKEN,
            "--tags",
            "discovery,security",
            "--report",
            html.toString(),
            "--junit-xml",
            xml.toString(),
            "--json",
            json.toString());

    assertThat(code).as(out + "\n" + err).isZero();
    assertThat(out.toString()).contains("discovery", "PASSED", "all");
    assertThat(err.toString()).contains("failures: 0");
    assertThat(Files.readString(html))
        .contains("discovery.spc", "RFC 7644", "<!DOCTYPE html>")
        .doesNotContain(TOKEN);
    assertThat(Files.readString(xml)).contains("<testsuite", "discovery.spc").doesNotContain(TOKEN);
    assertThat(Files.readString(json)).contains("\"passed\" : true");
  }

  @Test
  void aFailedMustCheckExitsOneAndTheReportShowsTheExchangeWithTheTokenMasked(@TempDir Path dir)
      throws Exception {
    ScimServer server = Workspace.scimServer(BearerTokens.of(TOKEN));
    ScimHandler answers200ToCreates =
        request -> {
          ScimResponse r = server.handle(request);
          return r.status() == 201 ? new ScimResponse(200, r.headers(), r.body()) : r;
        };
    JdkHttpBinding faulty =
        JdkHttpBinding.create(answers200ToCreates, Workspace.BASE_PATH, BindingOptions.defaults())
            .start(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
    Path html = dir.resolve("report.html");
    int code;
    try {
      code =
          run(
              "--url",
              "http://127.0.0.1:" + faulty.port() + Workspace.BASE_PATH,
              "--token",
              TOKEN,
              "--tags",
              "crud",
              "--report",
              html.toString());
    } finally {
      faulty.close();
    }
    String report = Files.readString(html);

    assertThat(code).isEqualTo(1);
    assertThat(out.toString()).contains("FAILED", "MUST", "crud.create-user", "expected HTTP 201");
    assertThat(report)
        .contains("Bearer ****", "expected HTTP 201", "RFC 7644 §3.3", "POST http://127.0.0.1:")
        .doesNotContain(TOKEN);
  }

  @Test
  void anUnreachableUrlIsOneLineAndExitThree() throws Exception {
    int freePort;
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      freePort = s.getLocalPort();
    }
    int code = run("--url", "http://127.0.0.1:" + freePort + "/scim/v2", "--token", TOKEN);

    assertThat(code).isEqualTo(3);
    assertThat(err.toString().strip())
        .startsWith("Error: Cannot connect")
        .doesNotContain("\n", "Exception");
  }

  @Test
  void aRefusedTokenIsOneLineAndExitThree() {
    int code = run("--url", url, "--token", "wrong");

    assertThat(code).isEqualTo(3);
    assertThat(err.toString().strip())
        .isEqualTo("Error: The target refused the token (HTTP 401 on /ServiceProviderConfig)");
  }

  @Test
  void usageErrorsExitTwo() {
    assertThat(run("--token", TOKEN)).isEqualTo(2);
    assertThat(run("--url", url, "--profile", "bogus")).isEqualTo(2);
    assertThat(err.toString()).contains("unknown profile 'bogus'");
    assertThat(run("--url", "ftp://x", "--token", TOKEN)).isEqualTo(2);
    assertThat(run("--url", url, "--tags", "nope")).isEqualTo(2);
  }

  @Test
  void aUrlThatIsNotScimSaysSo() {
    int code = run("--url", url.replace("/scim/v2", "/elsewhere"), "--token", TOKEN);

    assertThat(code).isEqualTo(3);
    assertThat(err.toString()).contains("is not a SCIM endpoint");
  }
}
