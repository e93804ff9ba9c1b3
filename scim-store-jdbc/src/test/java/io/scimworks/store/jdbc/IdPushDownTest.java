package io.scimworks.store.jdbc;

import static io.scimworks.store.jdbc.Client.encode;
import static io.scimworks.store.jdbc.Client.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.scimworks.filter.AttributePath;
import io.scimworks.filter.Filter;
import io.scimworks.server.spi.Repository;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.JsonNode;

/**
 * {@code id} filters run in SQL (the store declares {@link Repository#filtersOnId()}) and answer
 * exactly what the server answers when it evaluates them itself, over the same rows.
 */
class IdPushDownTest {

  @ParameterizedTest
  @EnumSource(TestDatabases.Db.class)
  void idFiltersInSqlAnswerLikeTheServer(TestDatabases.Db db) {
    JdbcStore store = TestDatabases.store(db);
    try {
      assertThat(store.users().filtersOnId()).isTrue();
      String tenant = "t-" + UUID.randomUUID();
      Client sql = Client.of(store.users(), store.groups(), tenant, null);
      Client server =
          Client.of(
              new ServerSideIds(store.users()), new ServerSideIds(store.groups()), tenant, null);
      List<String> ids = new ArrayList<>();
      for (int i = 0; i < 6; i++) {
        ids.add(sql.createUser("id" + i));
      }
      List<String> filters =
          List.of(
              "id eq \"" + ids.get(0) + "\"",
              "ID EQ \"" + ids.get(1) + "\"",
              "id eq \"" + ids.get(0).toUpperCase(Locale.ROOT) + "\"",
              "id ne \"" + ids.get(2) + "\"",
              "not (id eq \"" + ids.get(3) + "\")",
              "id eq \"" + ids.get(4) + "\" or userName eq \"id5\"",
              "id eq \"" + ids.get(4) + "\" and title gt \"a\"",
              "id ne \"" + ids.get(4) + "\" and userName co \"D\"",
              "id eq \"x' OR '1'='1\"",
              "id co \"" + ids.get(0).substring(0, 4) + "\"",
              "id pr and meta.version pr");
      for (String filter : filters) {
        for (String page : List.of("&count=100", "&startIndex=2&count=2")) {
          String query = "/Users?filter=" + encode(filter) + page;
          JsonNode expected = json(server.get(query));
          JsonNode actual = json(sql.get(query));
          assertThat(actual.get("totalResults")).as(filter).isEqualTo(expected.get("totalResults"));
          assertThat(ids(actual)).as(filter).isEqualTo(ids(expected));
        }
      }
    } finally {
      if (db == TestDatabases.Db.H2) {
        store.close();
      }
    }
  }

  private static List<String> ids(JsonNode list) {
    List<String> out = new ArrayList<>();
    if (list.has("Resources")) {
      list.get("Resources").forEach(r -> out.add(r.get("id").stringValue()));
    }
    return out;
  }

  /** The same repository, but the server evaluates {@code id} itself. */
  private static final class ServerSideIds extends ForwardingRepository {
    ServerSideIds(Repository store) {
      super(store);
    }

    @Override
    public boolean supportsFilter(Filter filter) {
      return store.supportsFilter(filter);
    }

    @Override
    public boolean supportsSort(AttributePath sortBy) {
      return store.supportsSort(sortBy);
    }
  }
}
