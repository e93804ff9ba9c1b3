package io.scimworks.core.resource;

import static org.assertj.core.api.Assertions.assertThat;

import io.scimworks.core.json.ScimJson;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.arbitraries.StringArbitrary;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Typed, generic and JSON forms of a resource convert into each other without loss. */
class RoundTripProperties {

  @Property
  void typedToGenericToJsonAndBackIsLossless(@ForAll("users") User user) {
    ScimResource generic = user.toResource();
    String json = generic.toJson();
    ScimResource parsed = ScimResource.parse(json);
    assertThat(parsed).isEqualTo(generic);
    assertThat(User.from(parsed)).isEqualTo(user);
    assertThat(User.fromJson(json)).isEqualTo(user);
    assertThat(user.toBuilder().build()).isEqualTo(user);
  }

  @Property
  void typedAccessorsReturnWhatTheBuilderWasGiven(
      @ForAll("text") String userName,
      @ForAll("names") Name name,
      @ForAll("emailLists") List<Email> emails,
      @ForAll("enterprise") EnterpriseUser ent) {
    User u =
        User.builder().userName(userName).name(name).emails(emails).enterpriseUser(ent).build();
    User back = User.from(ScimResource.parse(u.toResource().toJson()));
    assertThat(back.userName()).isEqualTo(userName);
    assertThat(back.name()).contains(name);
    assertThat(back.emails()).isEqualTo(emails);
    assertThat(back.enterpriseUser()).contains(ent);
  }

  @Property
  void anyJsonObjectSurvivesTheTypedViewsUnchanged(@ForAll("objects") ObjectNode json) {
    ScimResource r = ScimResource.of(json);
    assertThat(User.from(r).toResource()).isEqualTo(r);
    assertThat(Group.from(r).toResource()).isEqualTo(r);
    assertThat(ScimResource.parse(ScimJson.write(json))).isEqualTo(r);
  }

  @Provide
  Arbitrary<String> text() {
    StringArbitrary s = Arbitraries.strings().ofMinLength(1).ofMaxLength(12);
    return Arbitraries.oneOf(s.alpha(), s.all().excludeChars('\u0000'), s.withChars("äé€😀 \"\\"));
  }

  @Provide
  Arbitrary<Name> names() {
    Arbitrary<String> t = text().injectNull(0.3);
    return Combinators.combine(t, t, t, t, t, t).as(Name::new);
  }

  @Provide
  Arbitrary<List<Email>> emailLists() {
    Arbitrary<String> t = text().injectNull(0.3);
    Arbitrary<Boolean> b = Arbitraries.of(true, false).injectNull(0.5);
    return Combinators.combine(text(), t, t, b).as(Email::new).list().ofMaxSize(3);
  }

  @Provide
  Arbitrary<EnterpriseUser> enterprise() {
    Arbitrary<String> t = text().injectNull(0.4);
    Arbitrary<Manager> m = Combinators.combine(text(), t, t).as(Manager::new).injectNull(0.3);
    return Combinators.combine(t, t, t, t, t, m).as(EnterpriseUser::new);
  }

  @Provide
  Arbitrary<User> users() {
    Arbitrary<String> t = text().injectNull(0.3);
    Arbitrary<Boolean> b = Arbitraries.of(true, false).injectNull(0.3);
    Arbitrary<List<PhoneNumber>> phones =
        Combinators.combine(text(), t, t, b).as(PhoneNumber::new).list().ofMaxSize(2);
    Arbitrary<List<Role>> roles =
        Combinators.combine(text(), t, t, b).as(Role::new).list().ofMaxSize(2);
    Arbitrary<List<Address>> addresses =
        Combinators.combine(t, t, t, t, t, t, t, b).as(Address::new).list().ofMaxSize(2);
    Arbitrary<ObjectNode> extra = objects();
    return Combinators.combine(
            Combinators.combine(text(), names().injectNull(0.3), t, b)
                .as((a, n, ti, ac) -> java.util.Arrays.<Object>asList(a, n, ti, ac)),
            emailLists(),
            phones,
            roles,
            addresses,
            enterprise().injectNull(0.4),
            extra)
        .as(
            (basics, emails, ph, rl, ad, ent, x) -> {
              User.Builder ub =
                  User.builder()
                      .userName((String) basics.get(0))
                      .name((Name) basics.get(1))
                      .title((String) basics.get(2))
                      .active((Boolean) basics.get(3))
                      .emails(emails)
                      .phoneNumbers(ph)
                      .roles(rl)
                      .addresses(ad)
                      .enterpriseUser(ent);
              x.properties().forEach(e -> ub.set("urn:example:custom:" + e.getKey(), e.getValue()));
              return ub.build();
            });
  }

  @Provide
  Arbitrary<ObjectNode> objects() {
    Arbitrary<String> keys = Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(6);
    Arbitrary<JsonNode> leaves =
        Arbitraries.oneOf(
            text().map(s -> (JsonNode) ScimJson.nodes().stringNode(s)),
            Arbitraries.integers().map(i -> (JsonNode) ScimJson.nodes().numberNode(i)),
            Arbitraries.of(true, false).map(v -> (JsonNode) ScimJson.nodes().booleanNode(v)),
            Arbitraries.just(ScimJson.nodes().nullNode()));
    Arbitrary<JsonNode> arrays =
        leaves
            .list()
            .ofMaxSize(3)
            .map(
                l -> {
                  ArrayNode a = ScimJson.array();
                  l.forEach(a::add);
                  return a;
                });
    Arbitrary<JsonNode> values =
        Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(5, leaves), net.jqwik.api.Tuple.of(1, arrays));
    return Arbitraries.maps(keys, values)
        .ofMaxSize(5)
        .map(
            m -> {
              ObjectNode o = ScimJson.object();
              m.forEach(o::set);
              return o;
            });
  }
}
