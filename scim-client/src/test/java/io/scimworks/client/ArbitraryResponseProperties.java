package io.scimworks.client;

import static io.scimworks.client.MisbehavingServer.respond;

import io.scimworks.core.ScimException;
import io.scimworks.core.resource.User;
import java.util.List;
import java.util.function.Consumer;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Whatever a service answers (any status, any body, JSON with wrong types, absurd numbers, deep
 * nesting), every client call returns or throws a {@link ScimException}: never a {@code
 * NullPointerException}, a {@code ClassCastException}, a Jackson exception or an {@code Error}.
 */
class ArbitraryResponseProperties {
  private static final List<String> VALUES =
      List.of(
          "1",
          "-5",
          "0",
          "1e400",
          "99999999999999999999",
          "\"abc\"",
          "\"\"",
          "null",
          "true",
          "[]",
          "{}",
          "[1,\"a\",null]",
          "{\"id\":\"1\"}",
          "[{\"id\":7}]",
          "\"" + "x".repeat(300) + "\"",
          "[".repeat(200) + "]".repeat(200));

  private static final List<String> TEMPLATES =
      List.of(
          "{\"id\":%s,\"userName\":%s}",
          "{\"id\":\"1\",\"userName\":%s,\"emails\":%s}",
          "{\"id\":\"1\",\"meta\":%s,\"members\":%s}",
          "{\"totalResults\":%s,\"startIndex\":1,\"Resources\":%s}",
          "{\"totalResults\":2,\"itemsPerPage\":%s,\"nextCursor\":%s,\"Resources\":[{\"id\":\"1\"}]}",
          "{\"Resources\":[{\"id\":\"1\"},%s],\"startIndex\":%s}",
          "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:Error\"],\"status\":%s,"
              + "\"detail\":%s}",
          "{\"scimType\":%s,\"detail\":%s}",
          "{\"Operations\":%s,\"schemas\":%s}",
          "[%s,%s]");

  private static MisbehavingServer server;
  private static ScimClient client;

  @BeforeContainer
  static void start() {
    server = new MisbehavingServer();
    client = server.client();
  }

  @AfterContainer
  static void stop() {
    server.close();
  }

  @Property(tries = 200)
  void everyCallReturnsOrThrowsAScimException(
      @ForAll("statuses") int status, @ForAll("bodies") String body, @ForAll("calls") Call call) {
    boolean bodyless = status == 204 || status == 304;
    server.then(respond(status, "application/scim+json", bodyless ? "" : body));
    try {
      call.action().accept(client);
    } catch (ScimException documented) {
      // The documented outcome for an unusable answer; anything else fails the property.
    }
  }

  /** One client call, named for the report. */
  record Call(String name, Consumer<ScimClient> action) {
    @Override
    public String toString() {
      return name;
    }
  }

  @Provide
  Arbitrary<Integer> statuses() {
    return Arbitraries.of(200, 201, 204, 304, 400, 401, 404, 409, 412, 429, 500, 502, 503);
  }

  @Provide
  Arbitrary<String> bodies() {
    Arbitrary<String> value = Arbitraries.of(VALUES);
    Arbitrary<String> json =
        Combinators.combine(Arbitraries.of(TEMPLATES), value, value)
            .as((template, a, b) -> String.format(template, a, b));
    Arbitrary<String> text = Arbitraries.strings().ofMaxLength(100);
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(4, json), net.jqwik.api.Tuple.of(1, text));
  }

  @Provide
  Arbitrary<Call> calls() {
    return Arbitraries.of(
        new Call("get", c -> c.users().get("1")),
        new Call("getGeneric", c -> c.resources("/Users").get("1")),
        new Call("getIfChanged", c -> c.groups().read("1").executeIfChanged("W/\"1\"")),
        new Call("create", c -> c.users().create(User.builder().userName("u").build())),
        new Call("replace", c -> c.users().replace(User.builder().id("1").userName("u").build())),
        new Call("patch", c -> c.users().patch("1").replace("active", false).execute()),
        new Call("delete", c -> c.users().delete("1")),
        new Call("firstPage", c -> c.users().search().firstPage()),
        new Call("stream", c -> c.users().search().pageSize(1).stream().limit(3).count()),
        new Call("findOne", c -> c.users().findOne("userName", "u")),
        new Call("count", c -> c.users().search().count()),
        new Call("testConnection", ScimClient::testConnection),
        new Call("capabilities", c -> c.discovery().schemas()));
  }
}
