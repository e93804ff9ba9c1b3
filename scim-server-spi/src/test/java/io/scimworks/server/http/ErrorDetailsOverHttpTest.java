package io.scimworks.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * An error's {@code detail} neither amplifies nor leaks: input it echoes is cut to a couple of
 * hundred characters and its control characters escaped, and a value compared with a never-returned
 * attribute is never quoted.
 */
class ErrorDetailsOverHttpTest extends OverHttpSuite {
  private static final int MAX_ECHO = 300;

  private static String q(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  @ParameterizedTest
  @EnumSource(BindingKind.class)
  void detailsEchoBoundedInputAndNeverANeverReturnedValue(BindingKind kind) {
    sut = ServerUnderTest.start(kind);
    String id = sut.createUser("echoed");
    String longName = "a".repeat(3000);
    SoftAssertions soft = new SoftAssertions();
    String[][] requests = {
      {"GET", "/Users?filter=" + q(longName + " eq \"x\"")},
      {"GET", "/Users?filter=" + q("userName eq \"" + longName + "\" and")},
      {"GET", "/Users?filter=" + q("userName eq \"x\u0001\r\ny\" and")},
      {"GET", "/Users?attributes=" + q(longName + "$")},
      {"GET", "/Users?sortBy=" + q(longName)},
      {"PATCH", "{\"op\":\"replace\",\"path\":\"" + longName + "\",\"value\":1}"},
      {"PATCH", "{\"op\":\"replace\",\"path\":\"" + longName + "[\",\"value\":1}"},
      {"PATCH", "{\"op\":\"replace\",\"path\":\"x\\u0001\\r\\n\",\"value\":1}"},
      {"PATCH", "{\"op\":\"replace\",\"path\":\"title\",\"value\":{\"" + longName + "\":1}}"},
    };
    for (String[] r : requests) {
      ScimHttp.Reply reply =
          r[0].equals("GET")
              ? sut.scim.get(r[1])
              : sut.scim.patch("/Users/" + id, ServerUnderTest.patchOp(r[1]));
      String detail = reply.json().path("detail").asString();
      String what = r[1].substring(0, Math.min(60, r[1].length()));
      if (reply.status() < 400) {
        continue; // a name the server does not know may be ignored, as for an unknown attribute
      }
      soft.assertThat(detail.length()).as(what + ": " + detail).isLessThanOrEqualTo(MAX_ECHO + 200);
      soft.assertThat(detail.chars().noneMatch(c -> c < 0x20)).as(what + ": " + detail).isTrue();
    }
    String[] secrets = {
      "password eq \"s3cr3t-value\" and",
      "password eq \"s3cr3t-value",
      "password gt \"s3cr3t-value\"",
      "password co \"s3cr3t-value\"",
      "password eq 's3cr3t-value'",
      "password[value eq \"s3cr3t-value\"]",
      "password eq \"s3cr3t-value\" or (",
      "(password eq \"s3cr3t-value\"",
      "userName eq \"x\" and password eq \"s3cr3t-value\" )",
      "password eq s3cr3t-value",
      "password \"s3cr3t-value\"",
      "password eq \"s3cr3t-value\" \"s3cr3t-value\"",
      "password pr \"s3cr3t-value\"",
      "password eq \"s3cr3t-value\" userName",
      "password eq \"s3cr3t-value\"]",
      "password.x eq \"s3cr3t-value\"",
      "password eq 12345678901234567890123",
      "password eq [\"s3cr3t-value\"]",
      "password eq \"s3cr3t-value\\q\"",
      "password eq \"s3cr3t-value\\ud800\"",
      "emails[value eq \"x\" or password eq \"s3cr3t-value\"",
      "not (password eq \"s3cr3t-value\"",
      "urn:ietf:params:scim:schemas:core:2.0:User:password eq \"s3cr3t-value\" x",
    };
    for (String f :
        new String[] {
          "password eq 98765432",
          "password gt 98765432",
          "password eq 98765.4321e2",
          "password eq 98765432 and",
          "password 98765432",
          "password eq \"x\" 98765432",
          "password[value eq 98765432]",
          "password eq true and password ne 98765432",
        }) {
      ScimHttp.Reply reply = sut.scim.get("/Users?filter=" + q(f));
      soft.assertThat(reply.toString()).as(f).doesNotContain("98765");
    }
    for (String f : secrets) {
      ScimHttp.Reply reply = sut.scim.get("/Users?filter=" + q(f));
      soft.assertThat(reply.toString()).as(f).doesNotContain("s3cr3t");
    }
    String[] bodies = {
      "{\"op\":\"replace\",\"path\":\"password\",\"value\":[\"s3cr3t-value\"]}",
      "{\"op\":\"replace\",\"path\":\"password\",\"value\":{\"x\":\"s3cr3t-value\"}}",
      "{\"op\":\"add\",\"value\":{\"password\":{\"x\":\"s3cr3t-value\"}}}",
      "{\"op\":\"add\",\"value\":{\"password\":true,\"x\":\"s3cr3t-value\"}}",
      "{\"op\":\"replace\",\"path\":\"password \\\"s3cr3t-value\\\"\",\"value\":\"a\"}",
      "{\"op\":\"remove\",\"path\":\"emails[password eq \\\"s3cr3t-value\\\"]\"}",
      "{\"op\":\"remove\",\"path\":\"password[value eq \\\"s3cr3t-value\\\"]\"}",
    };
    for (String body : bodies) {
      ScimHttp.Reply reply = sut.scim.patch("/Users/" + id, ServerUnderTest.patchOp(body));
      soft.assertThat(reply.toString()).as(body).doesNotContain("s3cr3t");
    }
    ScimHttp.Reply post =
        sut.scim.post(
            "/Users",
            "{\"schemas\":[\""
                + ServerUnderTest.USER_URN
                + "\"],\"userName\":\"p\",\"password\":[\"s3cr3t-value\"]}");
    soft.assertThat(post.toString()).as("POST").doesNotContain("s3cr3t");
    ScimHttp.Reply patch =
        sut.scim.patch(
            "/Users/" + id,
            ServerUnderTest.patchOp(
                "{\"op\":\"remove\",\"path\":\"emails[value eq \\\"x\\\" and password eq"
                    + " \\\"s3cr3t-value\\\"]\"}"));
    soft.assertThat(patch.toString()).as("PATCH filter").doesNotContain("s3cr3t");
    assertThat(sut.scim.get("/Users/" + id).status()).isEqualTo(200);
    soft.assertAll();
  }
}
