package io.scimworks.compliance;

import static io.scimworks.compliance.Faults.bodyText;
import static io.scimworks.compliance.Faults.dropParam;
import static io.scimworks.compliance.Faults.editBody;
import static io.scimworks.compliance.Faults.editFilter;
import static io.scimworks.compliance.Faults.error;
import static io.scimworks.compliance.Faults.filterOf;
import static io.scimworks.compliance.Faults.header;
import static io.scimworks.compliance.Faults.request;
import static io.scimworks.compliance.Faults.response;
import static io.scimworks.compliance.Faults.shortCircuit;

import io.scimworks.core.json.ScimJson;
import io.scimworks.examples.Workspace;
import io.scimworks.filter.Filter;
import io.scimworks.filter.FilterPrinter;
import io.scimworks.server.BearerTokens;
import io.scimworks.server.ScimHandler;
import io.scimworks.server.ScimRequest;
import io.scimworks.server.ScimResponse;
import io.scimworks.server.ScimServer;
import io.scimworks.server.memory.InMemoryRepository;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Broken variants of the SCIMworks server, one fault each, all seen in real SCIM servers, with the
 * checks expected to notice.
 *
 * @param name a short name
 * @param checks the checks run against it (at least one must fail)
 * @param server the server the fault wraps
 * @param fault the fault, as a decorator of the server
 */
record Mutants(
    String name,
    Set<String> checks,
    Supplier<ScimServer> server,
    UnaryOperator<ScimHandler> fault) {

  static ScimServer workspace() {
    return Workspace.scimServer(BearerTokens.of(Servers.TOKEN));
  }

  static Mutants of(String name, Set<String> checks, UnaryOperator<ScimHandler> fault) {
    return new Mutants(name, checks, Mutants::workspace, fault);
  }

  private static boolean isGet(ScimRequest r) {
    return r.method().equals("GET");
  }

  private static boolean isPatch(ScimRequest r) {
    return r.method().equals("PATCH");
  }

  static List<Mutants> all() {
    List<Mutants> all = new ArrayList<>();
    all.add(
        of(
            "case-sensitive userName matching",
            Set.of("filter.userName-case-insensitive"),
            response(
                (q, r) -> {
                  String f = filterOf(q);
                  if (!isGet(q) || !f.startsWith("userName eq \"")) {
                    return r;
                  }
                  String wanted = f.substring(13, f.length() - 1);
                  return editBody(
                      r,
                      b -> {
                        ArrayNode kept = ScimJson.array();
                        for (JsonNode u : b.path("Resources")) {
                          if (u.path("userName").asString("").equals(wanted)) {
                            kept.add(u);
                          }
                        }
                        b.set("Resources", kept);
                        b.put("totalResults", kept.size());
                      });
                })));
    all.add(
        of(
            "200 instead of 201 on create",
            Set.of("crud.create-user"),
            response(
                (q, r) -> r.status() == 201 ? new ScimResponse(200, r.headers(), r.body()) : r)));
    all.add(
        of(
            "error status as a number",
            Set.of("crud.get-unknown", "errors.shape"),
            response(
                (q, r) -> r.status() >= 400 ? editBody(r, b -> b.put("status", r.status())) : r)));
    all.add(
        of(
            "error status missing",
            Set.of("crud.get-unknown", "errors.shape"),
            response((q, r) -> r.status() >= 400 ? editBody(r, b -> b.remove("status")) : r)));
    all.add(
        of(
            "remove with a value wipes all members",
            Set.of("patch.group-remove-member-by-value"),
            request(
                q -> {
                  if (!isPatch(q) || !q.path().startsWith("/Groups")) {
                    return q;
                  }
                  ObjectNode body = ScimJson.readObject(q.body());
                  for (JsonNode op : body.path("Operations")) {
                    if (op.path("op").asString("").equalsIgnoreCase("remove")
                        && op.path("path").asString("").equals("members")) {
                      ((ObjectNode) op).remove("value");
                    }
                  }
                  return Faults.withBody(q, ScimJson.write(body));
                })));
    all.add(
        of(
            "remove rejected when members carry \"$ref\": null",
            Set.of("patch.group-remove-member-by-value", "patch.group-add-members-null-ref"),
            shortCircuit(
                q -> isPatch(q) && bodyText(q).replace(" ", "").contains("\"$ref\":null"),
                error(400, "invalidValue"))));
    all.add(
        of(
            "and/or precedence swapped",
            Set.of("filter.precedence"),
            request(
                q ->
                    editFilter(q, f -> FilterPrinter.print(Faults.orBeforeAnd(Filter.parse(f)))))));
    all.add(
        of(
            "trailing filter input silently ignored",
            Set.of("filter.invalid-trailing-input"),
            request(q -> editFilter(q, Faults::parsablePrefix))));
    all.add(
        of(
            "value-path conditions matched across elements",
            Set.of("filter.value-path-same-element"),
            request(
                q ->
                    editFilter(
                        q,
                        f ->
                            f.replaceAll(
                                "(\\w+)\\[(\\w+) (\\w+) (\"[^\"]*\") and (\\w+) (\\w+) (\"[^\"]*\")\\]",
                                "$1.$2 $3 $4 and $1.$5 $6 $7")))));
    all.add(
        of(
            "\\uXXXX escapes in filters not decoded",
            Set.of("filter.unicode-escape"),
            request(q -> editFilter(q, f -> f.replace("\\u", "u")))));
    all.add(
        of(
            "500 when filtering on an extension attribute some users lack",
            Set.of("filter.extension-attribute"),
            shortCircuit(q -> filterOf(q).contains(":extension:enterprise:"), error(500, ""))));
    all.add(
        of(
            "stack overflow on deeply nested filters",
            Set.of("filter.deep-nesting"),
            shortCircuit(
                q ->
                    filterOf(q).chars().filter(ch -> ch == '(').count() > 50
                        || bodyText(q).chars().filter(ch -> ch == '(').count() > 50,
                error(500, ""))));
    all.add(
        of(
            "404 instead of an empty list on a filter miss",
            Set.of("filter.miss-empty-list"),
            response(
                (q, r) ->
                    isGet(q) && r.status() == 200 && r.bodyText().contains("\"totalResults\":0")
                        ? error(404, "")
                        : r)));
    all.add(
        of(
            "empty list without Resources",
            Set.of("filter.miss-resources-array"),
            response(
                (q, r) ->
                    r.bodyText().contains("\"totalResults\":0")
                        ? editBody(r, b -> b.remove("Resources"))
                        : r)));
    all.add(
        of(
            "validation errors without scimType",
            Set.of("crud.missing-userName", "filter.invalid-unknown-operator"),
            response((q, r) -> r.status() == 400 ? editBody(r, b -> b.remove("scimType")) : r)));
    all.add(
        of(
            "writes to id silently ignored",
            Set.of("patch.read-only-id"),
            shortCircuit(
                q -> isPatch(q) && bodyText(q).replace(" ", "").contains("\"path\":\"id\""),
                new ScimResponse(204, Map.of(), new byte[0]))));
    all.add(
        of(
            "missing Location on create",
            Set.of("crud.create-location"),
            response((q, r) -> r.status() == 201 ? header(r, "Location", null) : r)));
    all.add(
        of(
            "If-Match ignored",
            Set.of("etag.if-match-put", "etag.if-match-patch", "etag.if-match-delete"),
            request(q -> Faults.withHeader(q, "If-Match", null))));
    all.add(of("count ignored", Set.of("paging.count"), request(q -> dropParam(q, "count"))));
    all.add(
        of(
            "excludedAttributes ignored",
            Set.of("projection.excluded", "projection.group-excluded-members"),
            request(q -> dropParam(q, "excludedAttributes"))));
    all.add(
        new Mutants(
            "duplicate userNames allowed",
            Set.of("crud.duplicate-userName"),
            () ->
                ScimServer.builder()
                    .basePath(Workspace.BASE_PATH)
                    .authenticator(BearerTokens.of(Servers.TOKEN))
                    .users(InMemoryRepository.builder().index("userName", false).build())
                    .groups(InMemoryRepository.forGroups())
                    .build(),
            UnaryOperator.identity()));
    all.add(
        of(
            "deleted user left in its groups",
            Set.of("crud.deleted-user-leaves-groups"),
            Mutants::ghostMembers));
    all.add(
        of(
            "totalResults reports the page size",
            Set.of("paging.count"),
            response(
                (q, r) ->
                    isGet(q) && r.bodyText().contains("\"totalResults\"")
                        ? editBody(r, b -> b.put("totalResults", b.path("Resources").size()))
                        : r)));
    all.add(
        of(
            "filters on id and meta.* match nothing",
            Set.of("filter.meta-lastModified"),
            response(
                (q, r) -> {
                  String f = filterOf(q);
                  return f.contains("meta.") || f.matches("(?s).*\\bid (eq|pr).*")
                      ? editBody(
                          r,
                          b -> {
                            b.set("Resources", ScimJson.array());
                            b.put("totalResults", 0);
                          })
                      : r;
                })));
    // more faults seen in the field
    all.add(
        of(
            "Content-Type application/json",
            Set.of("security.content-type"),
            response((q, r) -> header(r, "Content-Type", "application/json"))));
    all.add(
        of(
            "capitalised PATCH ops rejected",
            Set.of("patch.capitalised-op"),
            shortCircuit(
                q -> isPatch(q) && bodyText(q).matches("(?s).*\"op\"\\s*:\\s*\"[ARU][a-z]+\".*"),
                error(400, "invalidSyntax"))));
    all.add(
        of(
            "no authentication enforced",
            Set.of("security.no-token", "security.wrong-token"),
            request(q -> Faults.withHeader(q, "Authorization", "Bearer " + Servers.TOKEN))));
    all.add(
        of(
            "a second DELETE answers 204",
            Set.of("crud.delete-twice"),
            response(
                (q, r) ->
                    q.method().equals("DELETE") && r.status() == 404
                        ? new ScimResponse(204, Map.of(), new byte[0])
                        : r)));
    all.add(
        of("no ETag header", Set.of("etag.header"), response((q, r) -> header(r, "ETag", null))));
    // each sort check creates its own three users, and a server that ignores sortBy returns them
    // in its own order (the in-memory store's is by random id), which suits one check in three to
    // six by chance: all four that send sortBy in the query pass together once in 324 runs (two,
    // once in 36)
    all.add(
        of(
            "sortBy ignored",
            Set.of("sort.ascending", "sort.descending", "sort.attribute-case", "sort.with-paging"),
            request(q -> dropParam(q, "sortBy"))));
    all.add(
        of(
            "startIndex ignored",
            Set.of("paging.start-index"),
            request(q -> dropParam(q, "startIndex"))));
    all.add(
        of(
            "attributes ignored",
            Set.of("projection.attributes"),
            request(q -> dropParam(q, "attributes"))));
    all.add(
        of(
            "unknown schema URN (Entra's ADSCIM) rejected",
            Set.of("crud.group-unknown-schema-urn"),
            shortCircuit(q -> bodyText(q).contains("ADSCIM"), error(400, "invalidValue"))));
    all.add(
        of(
            "\"True\"/\"False\" strings rejected",
            Set.of("patch.active-string"),
            shortCircuit(
                q -> isPatch(q) && bodyText(q).matches("(?s).*\"(True|False)\".*"),
                error(400, "invalidValue"))));
    all.add(
        of(
            "+ in query strings not decoded as space",
            Set.of("filter.plus-as-space"),
            request(
                q ->
                    q.rawQuery() == null
                        ? q
                        : Faults.withQuery(q, q.rawQuery().replace("+", "%2B")))));
    all.add(
        of(
            "bulkId references not resolved",
            Set.of("bulk.bulk-id"),
            request(
                q ->
                    q.path().equals("/Bulk")
                        ? Faults.withBody(q, bodyText(q).replace("bulkId:", ""))
                        : q)));
    all.addAll(ProtocolMutants.all());
    return all;
  }

  /** Remembers the groups of each deleted user and keeps showing it among their members. */
  private static ScimHandler ghostMembers(ScimHandler inner) {
    Map<String, List<String>> ghosts = new ConcurrentHashMap<>();
    return q -> {
      if (q.method().equals("DELETE") && q.path().startsWith("/Users/")) {
        String userId = q.path().substring("/Users/".length());
        ScimResponse groups =
            inner.handle(
                new ScimRequest(
                    "GET",
                    "/Groups",
                    "filter="
                        + java.net.URLEncoder.encode(
                                "members.value eq \"" + userId + "\"",
                                java.nio.charset.StandardCharsets.UTF_8)
                            .replace("+", "%20"),
                    q.headers(),
                    new byte[0],
                    null));
        ScimResponse r = inner.handle(q);
        if (r.status() == 204 && groups.status() == 200) {
          for (JsonNode g : ScimJson.readObject(groups.body()).path("Resources")) {
            ghosts
                .computeIfAbsent(
                    g.path("id").asString(), k -> new java.util.concurrent.CopyOnWriteArrayList<>())
                .add(userId);
          }
        }
        return r;
      }
      ScimResponse r = inner.handle(q);
      if (isGet(q) && q.path().startsWith("/Groups/") && r.status() == 200) {
        List<String> extra = ghosts.get(q.path().substring("/Groups/".length()));
        if (extra != null) {
          return editBody(
              r, b -> extra.forEach(id -> b.withArray("members").addObject().put("value", id)));
        }
      }
      return r;
    };
  }
}
