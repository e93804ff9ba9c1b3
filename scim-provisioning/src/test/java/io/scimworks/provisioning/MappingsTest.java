package io.scimworks.provisioning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.scimworks.core.json.ScimJson;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

class MappingsTest {

  private static SourceValues source(String json, boolean softDeleted) {
    return new SourceValues("s1", ScimJson.readObject(json), softDeleted);
  }

  private static String eval(String expression, String json) {
    var v = Expression.parse(expression).evaluate(source(json, false));
    return v == null ? null : v.asString();
  }

  @Test
  void expressionsCoverDirectConstantDefaultJoinNotAndSwitch() {
    String src =
        "{\"givenName\": \"Alice\", \"surname\": \"Smith\", \"title\": \"\", \"type\": \"GUEST\"}";
    assertThat(eval("[GivenName]", src)).isEqualTo("Alice");
    assertThat(eval("\"x \\\"quoted\\\"\"", src)).isEqualTo("x \"quoted\"");
    assertThat(eval("DefaultIfEmpty([title], \"Staff\")", src)).isEqualTo("Staff");
    assertThat(eval("Coalesce([missing], [title], [givenName])", src)).isEqualTo("Alice");
    assertThat(eval("Join(\" \", [givenName], [missing], [surname])", src))
        .isEqualTo("Alice Smith");
    assertThat(eval("Switch([type], \"member\", \"Guest\", \"guest\", \"Admin\", \"admin\")", src))
        .isEqualTo("guest");
    assertThat(eval("Switch([nothing], \"member\", \"Guest\", \"guest\")", src))
        .isEqualTo("member");
    assertThat(Expression.parse("Not([IsSoftDeleted])").evaluate(source("{}", true)).booleanValue())
        .isFalse();
    assertThat(
            Expression.parse("Not([IsSoftDeleted])").evaluate(source("{}", false)).booleanValue())
        .isTrue();
    assertThat(eval("Not([flag])", "{\"flag\": \"False\"}")).isEqualTo("true");
    assertThat(eval("[objectId]", "{}")).isEqualTo("s1");
    assertThat(eval("[title]", src)).isNull();
  }

  @Test
  void badExpressionsNameThePosition() {
    assertThatThrownBy(() -> Expression.parse("Join(\" \", [a]"))
        .hasMessageContaining("',' or ')' expected");
    assertThatThrownBy(() -> Expression.parse("Frobnicate([a])"))
        .hasMessageContaining("unknown function 'Frobnicate'")
        .hasMessageContaining("position 1");
    assertThatThrownBy(() -> Expression.parse("[a] [b]")).hasMessageContaining("position 5");
    assertThatThrownBy(() -> Expression.parse("Not(".repeat(100) + "[a]" + ")".repeat(100)))
        .hasMessageContaining("nest at most");
    assertThatThrownBy(() -> Expression.parse("Switch([a], \"x\", \"k\")"))
        .hasMessageContaining("pairs of key and value");
    assertThatThrownBy(() -> Expression.parse("\"open")).hasMessageContaining("closing");
  }

  @Test
  void mappingFilesAreReadWithTheirOptions() {
    Mappings m = Fixtures.mappings();
    assertThat(m.users().scope()).isEqualTo(ObjectMappings.Scope.ASSIGNED);
    assertThat(m.users().matchingAttributes())
        .extracting(AttributeMapping::target)
        .containsExactly("userName", "externalId");
    assertThat(m.users().mappings())
        .filteredOn(a -> a.target().equals("locale"))
        .singleElement()
        .satisfies(a -> assertThat(a.apply()).isEqualTo(AttributeMapping.Apply.ON_CREATE));
    assertThat(m.groups()).isNotNull();
  }

  @Test
  void badMappingFilesNameTheLine() {
    assertThatThrownBy(
            () ->
                Mappings.fromJson(
                    "{\n \"users\": {\n  \"mappings\": [\n   {\"target\": \"userName\", \"source\": \"upn\", \"matching\": 1},\n   {\"target\": \"title\", \"expression\": \"Nope([x])\"}\n  ]\n }\n}"))
        .isInstanceOf(MappingException.class)
        .hasMessageStartingWith("line 5: mapping of title: unknown function 'Nope'")
        .extracting(e -> ((MappingException) e).line())
        .isEqualTo(5);
    assertThatThrownBy(
            () ->
                Mappings.fromJson(
                    "{\n\"users\": {\"mappings\": [\n{\"target\": \"displayName\", \"source\": \"dn\"}]}}"))
        .hasMessageContaining("line 2")
        .hasMessageContaining("at least one mapping must be a matching attribute");
    assertThatThrownBy(
            () ->
                Mappings.fromJson(
                    "{\"users\": {\"mappings\": [\n\n{\"target\": \"emails[type sw \\\"w\\\"].value\", \"source\": \"m\", \"matching\": 1}]}}"))
        .hasMessageStartingWith("line 3:")
        .hasMessageContaining("emails[type eq \"work\"].value");
    assertThatThrownBy(
            () ->
                Mappings.fromJson(
                    "{\"users\": {\n\"scopingFilter\": \"dept eq\",\n\"mappings\": []}}"))
        .hasMessageStartingWith("line 2: bad scopingFilter");
    assertThatThrownBy(
            () ->
                Mappings.fromJson(
                    "{\"users\": {\"mappings\": [\n{\"target\": \"a\", \"source\": \"b\", \"constant\": \"c\"}]}}"))
        .hasMessageContaining("line 2")
        .hasMessageContaining("exactly one of");
    assertThatThrownBy(() -> Mappings.fromJson("{\"users\": \n  [1, 2"))
        .hasMessageStartingWith("line 2: not valid JSON");
    assertThatThrownBy(() -> Mappings.fromJson("[".repeat(5000)))
        .isInstanceOf(MappingException.class);
  }

  @Test
  void targetsAreNestedIntoTheResourceBody() {
    MappedValues mv = new MappedValues(Fixtures.mappings().users());
    ObjectNode flat = mv.values(SourceValues.of(Fixtures.user(7)), true);
    ObjectNode body =
        mv.body(flat, java.util.List.of("urn:ietf:params:scim:schemas:core:2.0:User"));
    assertThat(body.path("name").path("familyName").asString()).isEqualTo("Family7");
    assertThat(body.path("emails").get(0).path("type").asString()).isEqualTo("work");
    assertThat(body.path("schemas").toString())
        .contains("urn:ietf:params:scim:schemas:extension:enterprise:2.0:User");
    assertThat(mv.read(body)).isEqualTo(flat);
  }
}
