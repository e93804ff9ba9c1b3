package io.scimworks.compliance;

import static io.scimworks.compliance.Faults.bodyText;
import static io.scimworks.compliance.Faults.editBody;
import static io.scimworks.compliance.Faults.error;
import static io.scimworks.compliance.Faults.filterOf;
import static io.scimworks.compliance.Faults.header;
import static io.scimworks.compliance.Faults.request;
import static io.scimworks.compliance.Faults.response;
import static io.scimworks.compliance.Faults.shortCircuit;
import static io.scimworks.compliance.Mutants.of;

import io.scimworks.server.ScimRequest;
import io.scimworks.server.ScimResponse;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Broken variants of the HTTP and protocol behaviour around the resources: HEAD, OPTIONS and 405,
 * readOnly attributes in PATCH, text that is not Unicode, conditional requests, primary values,
 * schema-qualified attribute names, excludedAttributes on id, case-insensitive sorting, the bulk
 * payload limit. Each is a fault seen in real servers.
 */
final class ProtocolMutants {
  private ProtocolMutants() {}

  private static boolean is(ScimRequest r, String method) {
    return r.method().equals(method);
  }

  /** Whether {@code r} is a PATCH whose body, spaces removed, contains {@code text}. */
  private static boolean patchHolds(ScimRequest r, String text) {
    return is(r, "PATCH") && bodyText(r).replace(" ", "").contains(text);
  }

  private static ScimResponse noContent() {
    return new ScimResponse(204, Map.of(), new byte[0]);
  }

  static List<Mutants> all() {
    return List.of(
        of(
            "HEAD refused with 405",
            Set.of("crud.head"),
            shortCircuit(q -> is(q, "HEAD"), error(405, ""))),
        of(
            "HEAD without the GET's ETag",
            Set.of("crud.head"),
            response((q, r) -> is(q, "HEAD") ? header(r, "ETag", null) : r)),
        of(
            "HEAD with Content-Length 0",
            Set.of("crud.head-content-length"),
            response(
                (q, r) ->
                    is(q, "HEAD") ? new ScimResponse(r.status(), r.headers(), new byte[0]) : r)),
        of(
            "OPTIONS without Allow",
            Set.of("errors.options"),
            response((q, r) -> is(q, "OPTIONS") ? header(r, "Allow", null) : r)),
        of(
            "405 without Allow",
            Set.of("errors.405-allow"),
            response((q, r) -> r.status() == 405 ? header(r, "Allow", null) : r)),
        of(
            "a remove of id silently ignored",
            Set.of("patch.read-only-id"),
            shortCircuit(q -> patchHolds(q, "\"op\":\"remove\",\"path\":\"id\""), noContent())),
        of(
            "writes to meta silently ignored",
            Set.of("patch.read-only-meta"),
            shortCircuit(q -> patchHolds(q, "\"path\":\"meta."), noContent())),
        of(
            "a user's groups written through the user silently ignored",
            Set.of("patch.read-only-groups"),
            shortCircuit(
                q -> q.path().startsWith("/Users/") && patchHolds(q, "\"path\":\"groups\""),
                noContent())),
        of(
            "unpaired surrogates stored as U+FFFD",
            Set.of("crud.unpaired-surrogate"),
            request(
                q ->
                    bodyText(q).contains("\\ud800")
                        ? Faults.withBody(q, bodyText(q).replace("\\ud800", "\\ufffd"))
                        : q)),
        of(
            "If-Match lists: only the first entity tag compared",
            Set.of("etag.if-match-list"),
            request(
                q -> {
                  String tags = q.header("If-Match");
                  return tags == null || !tags.contains(",")
                      ? q
                      : Faults.withHeader(q, "If-Match", tags.substring(0, tags.indexOf(',')));
                })),
        of(
            "If-Match: * compared as an entity tag",
            Set.of("etag.if-match-star"),
            request(
                q ->
                    "*".equals(q.header("If-Match"))
                        ? Faults.withHeader(q, "If-Match", "W/\"*\"")
                        : q)),
        of(
            "any If-None-Match answered 304",
            Set.of("etag.if-none-match-stale"),
            shortCircuit(
                q -> is(q, "GET") && q.header("If-None-Match") != null,
                new ScimResponse(304, Map.of(), new byte[0]))),
        of(
            "the old primary email kept when another becomes primary",
            Set.of("patch.primary-exclusive"),
            response(
                (q, r) ->
                    is(q, "GET") && q.path().startsWith("/Users/")
                        ? editBody(r, ProtocolMutants::firstEmailPrimary)
                        : r)),
        of(
            "schema-qualified attribute names refused in filters",
            Set.of("filter.core-urn-prefix"),
            shortCircuit(
                q -> filterOf(q).startsWith("urn:ietf:params:scim:schemas:core:"),
                error(400, "invalidFilter"))),
        of(
            "excludedAttributes=id removes id",
            Set.of("projection.excluded-always"),
            response(
                (q, r) ->
                    is(q, "GET") && query(q).contains("excludedAttributes=id")
                        ? editBody(r, ProtocolMutants::withoutIds)
                        : r)),
        of(
            "userName sorted case-sensitively",
            Set.of("sort.case-insensitive"),
            response(
                (q, r) ->
                    is(q, "GET") && query(q).contains("sortBy=userName")
                        ? editBody(r, ProtocolMutants::sortOrdinal)
                        : r)),
        of(
            "a smaller maxPayloadSize advertised than enforced",
            Set.of("bulk.too-large"),
            response(
                (q, r) ->
                    q.path().equals("/ServiceProviderConfig")
                        ? editBody(r, b -> b.withObject("bulk").put("maxPayloadSize", 4096))
                        : r)));
  }

  private static String query(ScimRequest r) {
    return r.rawQuery() == null ? "" : r.rawQuery();
  }

  /** Removes {@code id} from a resource or from every resource of a list. */
  private static void withoutIds(ObjectNode body) {
    body.remove("id");
    for (JsonNode each : body.path("Resources")) {
      ((ObjectNode) each).remove("id");
    }
  }

  /** Orders a list's resources by userName as Java compares strings: upper case first. */
  private static void sortOrdinal(ObjectNode list) {
    List<JsonNode> sorted = new ArrayList<>();
    list.path("Resources").forEach(sorted::add);
    sorted.sort(Comparator.comparing(u -> u.path("userName").asString("")));
    list.putArray("Resources").addAll(sorted);
  }

  /** Marks the first of several emails primary when another one is. */
  private static void firstEmailPrimary(ObjectNode user) {
    JsonNode emails = user.path("emails");
    boolean anyPrimary = false;
    for (JsonNode e : emails) {
      anyPrimary |= e.path("primary").asBoolean(false);
    }
    if (emails.size() > 1 && anyPrimary) {
      ((ObjectNode) emails.get(0)).put("primary", true);
    }
  }
}
