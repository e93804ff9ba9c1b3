package io.scimworks.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.scimworks.core.ScimUrns;
import io.scimworks.core.json.ScimJson;
import io.scimworks.core.patch.PatchEngine;
import io.scimworks.core.patch.PatchOperation;
import io.scimworks.core.schema.ResourceType;
import io.scimworks.core.schema.SchemaRegistry;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

class PatchDiffTest {
  private static final PatchEngine ENGINE =
      PatchEngine.of(SchemaRegistry.defaults(), ResourceType.user());

  private static ObjectNode json(String text) {
    return ScimJson.readObject(text.replace('\'', '"'));
  }

  private static List<String> texts(List<PatchOperation> ops) {
    return ops.stream().map(op -> ScimJson.write(op.toJson()).replace('"', '\'')).toList();
  }

  @Test
  void identicalResourcesNeedNoOperations() {
    ObjectNode u = json("{'userName':'a','name':{'givenName':'A'},'emails':[{'value':'a@x'}]}");

    assertThat(PatchDiff.between(u, u.deepCopy())).isEmpty();
  }

  @Test
  void idMetaAndSchemasAreLeftAlone() {
    ObjectNode before = json("{'id':'1','schemas':['x'],'meta':{'version':'1'},'userName':'a'}");
    ObjectNode after = json("{'id':'2','schemas':['y'],'meta':{'version':'2'},'userName':'a'}");

    assertThat(PatchDiff.between(before, after)).isEmpty();
  }

  @Test
  void scalarsAreAddedReplacedAndRemovedAndNamesMatchInAnyCase() {
    ObjectNode before = json("{'userName':'a','nickName':'n','TITLE':'t'}");
    ObjectNode after = json("{'userName':'b','title':'t','displayName':'D'}");

    assertThat(texts(PatchDiff.between(before, after)))
        .containsExactly(
            "{'op':'remove','path':'nickName'}",
            "{'op':'replace','path':'userName','value':'b'}",
            "{'op':'add','path':'displayName','value':'D'}");
  }

  @Test
  void complexAttributesAndExtensionsChangeSubAttributeBySubAttribute() {
    String ext = ScimUrns.ENTERPRISE_USER;
    ObjectNode before =
        json("{'name':{'givenName':'A','familyName':'F'},'" + ext + "':{'employeeNumber':'1'}}");
    ObjectNode after =
        json("{'name':{'givenName':'B','familyName':'F'},'" + ext + "':{'department':'X'}}");

    assertThat(texts(PatchDiff.between(before, after)))
        .containsExactly(
            "{'op':'replace','path':'name.givenName','value':'B'}",
            "{'op':'remove','path':'" + ext + ":employeeNumber'}",
            "{'op':'add','path':'" + ext + ":department','value':'X'}");
  }

  @Test
  void groupMembersChangeElementByElement() {
    StringBuilder many = new StringBuilder();
    for (int i = 0; i < 50; i++) {
      many.append(",{'value':'m").append(i).append("'}");
    }
    ObjectNode before = json("{'members':[{'value':'gone'}" + many + "]}");
    ObjectNode after = json("{'members':[{'value':'new'}" + many + "]}");

    assertThat(texts(PatchDiff.between(before, after)))
        .containsExactly(
            "{'op':'remove','path':'members[value eq \\'gone\\']'}",
            "{'op':'add','path':'members','value':[{'value':'new'}]}");
  }

  @Test
  void aSmallGroupStillChangesMemberByMemberNeverByReplacingTheList() {
    ObjectNode before = json("{'members':[{'value':'a'}]}");
    ObjectNode after = json("{'members':[{'value':'b'}]}");

    assertThat(texts(PatchDiff.between(before, after)))
        .containsExactly(
            "{'op':'remove','path':'members[value eq \\'a\\']'}",
            "{'op':'add','path':'members','value':[{'value':'b'}]}");
  }

  @Test
  void membersAreComparedByValueAloneSoTheServicesDisplayAndRefCauseNoOperations() {
    ObjectNode before =
        json(
            "{'members':[{'value':'a','display':'Alice','$ref':'https://x/Users/a','type':'User'}]}");
    ObjectNode after = json("{'Members':[{'value':'a'}]}");

    assertThat(PatchDiff.between(before, after)).isEmpty();
  }

  @Test
  void emptyingAGroupRemovesEachMemberRatherThanTheWholeList() {
    ObjectNode before = json("{'members':[{'value':'a'},{'value':'b'}]}");

    assertThat(texts(PatchDiff.between(before, json("{'members':[]}"))))
        .containsExactly(
            "{'op':'remove','path':'members[value eq \\'a\\']'}",
            "{'op':'remove','path':'members[value eq \\'b\\']'}");
    assertThat(PatchDiff.between(before, json("{}"))).hasSize(2);
  }

  @Test
  void membersOfIdsDiffTwoSetsOfIds() {
    assertThat(texts(PatchDiff.members(List.of("a", "b", "c"), List.of("c", "d", "d"))))
        .containsExactly(
            "{'op':'remove','path':'members[value eq \\'a\\']'}",
            "{'op':'remove','path':'members[value eq \\'b\\']'}",
            "{'op':'add','path':'members','value':[{'value':'d'}]}");
    assertThat(PatchDiff.members(List.of("a"), List.of("a"))).isEmpty();
  }

  @Test
  void aSmallListIsReplacedWholeWhenThatIsShorter() {
    ObjectNode before = json("{'emails':[{'value':'a@x'}]}");
    ObjectNode after = json("{'emails':[{'value':'b@x'}]}");

    assertThat(texts(PatchDiff.between(before, after)))
        .containsExactly("{'op':'replace','path':'emails','value':[{'value':'b@x'}]}");
  }

  @Test
  void numbersBeyondADecimalsReachDiffWithoutFailing() {
    ObjectNode before =
        json("{'score':1e400,'level':1,'codes':[{'value':1e400},{'value':2},{'value':3}]}");
    ObjectNode after = json("{'score':5,'level':1.0,'codes':[{'value':2},{'value':3}]}");

    assertThat(texts(PatchDiff.between(before, after)))
        .containsExactly(
            "{'op':'replace','path':'score','value':5}",
            "{'op':'replace','path':'codes','value':[{'value':2},{'value':3}]}");
    assertThat(PatchDiff.between(after, before)).hasSize(2);
    assertThat(PatchDiff.between(before, before.deepCopy())).isEmpty();
  }

  @Test
  void elementsWhoseNumericValuesAreEqualNeedNoOperation() {
    StringBuilder many = new StringBuilder();
    for (int i = 0; i < 20; i++) {
      many.append(",{'value':").append(i).append(",'type':'t").append(i).append("'}");
    }
    ObjectNode before = json("{'codes':[{'value':1.50}" + many + "]}");
    ObjectNode after = json("{'codes':[{'value':1.5}" + many + ",{'value':1e2}]}");

    assertThat(texts(PatchDiff.between(before, after)))
        .containsExactly("{'op':'add','path':'codes','value':[{'value':100.0}]}");
  }

  @Property
  void applyingTheDiffToBeforeGivesAfter(
      @ForAll("users") ObjectNode before, @ForAll("users") ObjectNode after) {
    List<PatchOperation> ops = PatchDiff.between(before, after);

    ObjectNode patched = ENGINE.apply(before, ops).resource();

    assertThat(normalize(patched)).isEqualTo(normalize(after));
  }

  @Provide
  Arbitrary<ObjectNode> users() {
    Arbitrary<String> word =
        Arbitraries.strings().withCharRange('a', 'c').ofMinLength(1).ofMaxLength(3);
    Arbitrary<Map<String, Object>> name =
        Combinators.combine(word.injectNull(0.4), word.injectNull(0.4))
            .as((g, f) -> nonNull("givenName", g, "familyName", f));
    Arbitrary<Map<String, Object>> email =
        Combinators.combine(
                Arbitraries.of("a@x", "b@x", "c@x", "d@x"), Arbitraries.of("work", "home"))
            .as((v, t) -> Map.of("value", v, "type", t));
    Arbitrary<List<Map<String, Object>>> emails =
        email.list().ofMaxSize(3).uniqueElements(e -> e.get("value"));
    Arbitrary<Map<String, Object>> enterprise =
        Combinators.combine(word.injectNull(0.4), word.injectNull(0.4))
            .as((n, d) -> nonNull("employeeNumber", n, "department", d));
    return Combinators.combine(
            word,
            word.injectNull(0.4),
            word.injectNull(0.4),
            Arbitraries.of(true, false).injectNull(0.4),
            name.injectNull(0.4),
            emails.injectNull(0.3),
            enterprise.injectNull(0.5))
        .as(
            (userName, displayName, title, active, n, mails, ent) -> {
              ObjectNode u = ScimJson.object();
              u.putArray("schemas").add(ScimUrns.CORE_USER);
              u.put("id", "1");
              u.put("userName", userName);
              putIfPresent(u, "displayName", displayName);
              putIfPresent(u, "title", title);
              putIfPresent(u, "active", active);
              putIfPresent(u, "name", n == null || n.isEmpty() ? null : n);
              putIfPresent(u, "emails", mails == null || mails.isEmpty() ? null : mails);
              if (ent != null && !ent.isEmpty()) {
                u.withArray("schemas").add(ScimUrns.ENTERPRISE_USER);
                u.set(ScimUrns.ENTERPRISE_USER, ScimJson.mapper().valueToTree(ent));
              }
              return u;
            });
  }

  private static Map<String, Object> nonNull(String k1, Object v1, String k2, Object v2) {
    Map<String, Object> m = new java.util.LinkedHashMap<>();
    if (v1 != null) {
      m.put(k1, v1);
    }
    if (v2 != null) {
      m.put(k2, v2);
    }
    return m;
  }

  private static void putIfPresent(ObjectNode o, String name, Object value) {
    if (value != null) {
      o.set(name, ScimJson.mapper().valueToTree(value));
    }
  }

  /** Without id, meta, schemas and empty containers; multi-valued attributes sorted by value. */
  private static JsonNode normalize(JsonNode node) {
    if (node instanceof ObjectNode o) {
      ObjectNode out = ScimJson.object();
      o.properties()
          .forEach(
              e -> {
                String k = e.getKey();
                if (List.of("id", "meta", "schemas").contains(k)) {
                  return;
                }
                JsonNode v = normalize(e.getValue());
                if (!(v.isContainer() && v.isEmpty()) && !v.isNull()) {
                  out.set(k, v);
                }
              });
      return out;
    }
    if (node instanceof ArrayNode a) {
      List<JsonNode> items = new ArrayList<>();
      a.forEach(i -> items.add(normalize(i)));
      items.sort(Comparator.comparing(JsonNode::toString));
      ArrayNode out = ScimJson.array();
      items.forEach(out::add);
      return out;
    }
    return node;
  }
}
