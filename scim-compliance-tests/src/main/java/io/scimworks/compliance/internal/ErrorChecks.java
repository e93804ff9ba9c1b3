package io.scimworks.compliance.internal;

import static io.scimworks.compliance.Tag.ERRORS;
import static io.scimworks.compliance.Tag.SECURITY;
import static io.scimworks.compliance.internal.CheckDef.check;
import static io.scimworks.compliance.internal.Ctx.error;
import static io.scimworks.compliance.internal.Ctx.expect;
import static io.scimworks.compliance.internal.Ctx.headers;
import static io.scimworks.compliance.internal.Ctx.list;
import static io.scimworks.compliance.internal.Ctx.pct;
import static io.scimworks.compliance.internal.Ctx.quote;
import static io.scimworks.compliance.internal.Ctx.scimJson;
import static io.scimworks.compliance.internal.Ctx.status;

import io.scimworks.compliance.Profile;
import io.scimworks.core.json.ScimJson;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ObjectNode;

/** Error responses (RFC 7644 §3.12), request media types, and authentication (§2). */
final class ErrorChecks {
  private ErrorChecks() {}

  static List<CheckDef> all() {
    List<CheckDef> all = new ArrayList<>();
    all.add(
        check("errors.shape", "An error body has the Error schema, status as a string and a detail")
            .ref("RFC 7644 §3.12")
            .tags(ERRORS)
            .profiles(Profile.CORE, Profile.ENTRA)
            .needs(Feature.USERS)
            .run(
                c -> {
                  Response r = c.get(c.users() + "/no-such-id-" + c.data().prefix());
                  ObjectNode e = error(r, 404);
                  scimJson(r);
                  expect(e.path("detail").isString(), "a detail", r.brief());
                }));
    all.add(
        check("errors.unknown-endpoint", "An unknown endpoint answers 404")
            .ref("RFC 7644 §3.12")
            .should()
            .tags(ERRORS)
            .run(c -> status(c.get("/NoSuchEndpoint" + c.data().prefix()), 404)));
    all.add(
        check("errors.no-stack-trace", "Error responses reveal no stack trace or exception names")
            .ref("RFC 7644 §7 (security considerations)")
            .tags(ERRORS, SECURITY)
            .needs(Feature.USERS)
            .run(
                c -> {
                  List<Response> rs = new ArrayList<>();
                  rs.add(c.post(c.users(), "{\"schemas\":[ 1, 2"));
                  rs.add(c.get(c.users() + "?filter=" + pct("userName eq")));
                  rs.add(c.post(c.users(), "[]"));
                  for (Response r : rs) {
                    expect(r.status() >= 400 && r.status() < 500, "a 4xx answer", r.brief());
                    expect(
                        !r.body().contains("Exception")
                            && !r.body().contains("\tat ")
                            && !r.body().matches("(?s).*\\bat [a-z]+\\.[a-z]+\\..*"),
                        "no stack trace",
                        r.brief());
                  }
                }));
    all.add(
        check("errors.json-array-body", "A JSON array where an object belongs answers 400")
            .ref("RFC 7644 §3.12")
            .tags(ERRORS)
            .writes()
            .needs(Feature.USERS)
            .run(c -> error(c.post(c.users(), "[]"), 400)));
    all.add(
        check("errors.method-not-allowed", "DELETE on the /Users collection is refused with a 4xx")
            .ref("RFC 7644 §3.12")
            .should()
            .tags(ERRORS)
            .needs(Feature.USERS)
            .run(
                c -> {
                  Response r = c.delete(c.users());
                  expect(
                      r.status() == 405
                          || r.status() == 404
                          || r.status() == 501
                          || r.status() == 400,
                      "HTTP 405 (or 404, 400, 501)",
                      r.brief());
                }));
    all.add(
        check("errors.charset-content-type", "A Content-Type with ; charset=utf-8 is accepted")
            .ref("Entra ID requests")
            .interop()
            .tags(ERRORS)
            .profiles(Profile.ENTRA)
            .writes()
            .needs(Feature.USERS)
            .run(
                c ->
                    status(
                        withHeader(
                            c,
                            "POST",
                            c.users(),
                            "Content-Type",
                            "application/scim+json; charset=utf-8",
                            userJson(c)),
                        201)));
    all.add(
        check(
                "errors.plain-json-content-type",
                "A request with Content-Type application/json is accepted")
            .ref("RFC 7644 §3.8")
            .should()
            .tags(ERRORS)
            .writes()
            .needs(Feature.USERS)
            .run(
                c ->
                    status(
                        withHeader(
                            c, "POST", c.users(), "Content-Type", "application/json", userJson(c)),
                        201)));
    // security
    all.add(
        check("security.no-token", "A request without a token answers 401")
            .ref("RFC 7644 §2")
            .tags(SECURITY)
            .profiles(Profile.CORE, Profile.ENTRA)
            .needs(Feature.USERS)
            .run(c -> status(withHeader(c, "GET", c.users(), "Authorization", "", null), 401)));
    all.add(
        check("security.wrong-token", "A wrong token answers 401")
            .ref("RFC 7644 §2, RFC 6750 §3.1")
            .tags(SECURITY)
            .profiles(Profile.CORE, Profile.ENTRA)
            .needs(Feature.USERS)
            .run(
                c ->
                    status(
                        withHeader(
                            c,
                            "GET",
                            c.users(),
                            "Authorization",
                            "Bearer wrong-" + c.data().prefix(),
                            null),
                        401)));
    all.add(
        check("security.www-authenticate", "A 401 carries a WWW-Authenticate challenge")
            .ref("RFC 6750 §3, RFC 7235 §3.1")
            .should()
            .tags(SECURITY)
            .needs(Feature.USERS)
            .run(
                c -> {
                  Response r = withHeader(c, "GET", c.users(), "Authorization", "", null);
                  status(r, 401);
                  expect(r.header("WWW-Authenticate") != null, "a WWW-Authenticate header", "none");
                }));
    all.add(
        check("security.no-token-write", "A write without a token answers 401 and creates nothing")
            .ref("RFC 7644 §2")
            .tags(SECURITY)
            .writes()
            .needs(Feature.USERS, Feature.FILTER)
            .run(
                c -> {
                  ObjectNode u = c.data().user();
                  status(
                      withHeader(c, "POST", c.users(), "Authorization", "", ScimJson.write(u)),
                      401);
                  ObjectNode l =
                      list(
                          c.filter(
                              c.users(), "userName eq " + quote(u.path("userName").asString())));
                  expect(l.path("totalResults").asLong() == 0, "no user created", l.toString());
                }));
    all.add(
        check("security.scheme-case", "The bearer scheme name is case-insensitive")
            .ref("RFC 7235 §2.1")
            .should()
            .tags(SECURITY)
            .needs(Feature.USERS)
            .run(
                c ->
                    status(
                        withHeader(
                            c,
                            "GET",
                            c.users() + "?count=1",
                            "Authorization",
                            "bearer " + c.token(),
                            null),
                        200)));
    all.add(
        check("security.content-type", "Responses are application/scim+json")
            .ref("RFC 7644 §3.1, §8.1")
            .tags(SECURITY)
            .profiles(Profile.CORE, Profile.ENTRA)
            .needs(Feature.USERS)
            .run(c -> scimJson(c.get(c.users() + "?count=1"))));
    return all;
  }

  /** {@code method} on {@code path} with one header set (or emptied) as given. */
  private static Response withHeader(
      Ctx c, String method, String path, String name, String value, @Nullable String body) {
    return c.send(method, path, headers(name, value), body);
  }

  private static String userJson(Ctx c) {
    return ScimJson.write(c.data().user());
  }
}
