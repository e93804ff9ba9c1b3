package io.scimworks.store.jdbc;

import static io.scimworks.store.jdbc.Client.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An H2 file keeps its data across restarts; the schema is applied once. */
class H2FileStoreTest {
  @TempDir Path dir;

  @Test
  void dataSurvivesARestartAndTheSchemaIsAppliedOnce() throws Exception {
    String url = "jdbc:h2:" + dir.resolve("scim").toAbsolutePath();
    String id;
    try (JdbcStore store = JdbcStore.builder().url(url).build()) {
      Client scim = Client.of(store.users(), store.groups(), "default", null);
      id = scim.createUser("persistent");
    }
    try (JdbcStore store = JdbcStore.builder().url(url).build()) {
      Client scim = Client.of(store.users(), store.groups(), "default", null);
      assertThat(json(scim.get("/Users/" + id)).get("userName").stringValue())
          .isEqualTo("persistent");
    }
    try (Connection c = DriverManager.getConnection(url);
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT COUNT(*), MAX(version) FROM scim_schema_version")) {
      rs.next();
      assertThat(rs.getInt(1)).isEqualTo(3);
      assertThat(rs.getInt(2)).isEqualTo(3);
    }
  }

  @Test
  void aDatabaseWithANewerSchemaIsRefused() throws Exception {
    String url = "jdbc:h2:" + dir.resolve("newer").toAbsolutePath();
    JdbcStore.builder().url(url).build().close();
    try (Connection c = DriverManager.getConnection(url);
        Statement s = c.createStatement()) {
      s.execute("INSERT INTO scim_schema_version VALUES (99, CURRENT_TIMESTAMP)");
    }
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> JdbcStore.builder().url(url).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("99");
  }

  @Test
  void anUnreachableDatabaseIsAnIllegalStateExceptionThatKeepsThePasswordOut() throws Exception {
    int port;
    try (java.net.ServerSocket free = new java.net.ServerSocket(0)) {
      port = free.getLocalPort(); // closed again: nothing listens there
    }
    String url = "jdbc:postgresql://127.0.0.1:" + port + "/scim";
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> JdbcStore.builder().url(url).user("bob").password("Secret-42").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("cannot connect to the database: ")
        .hasMessageContaining(String.valueOf(port))
        .hasMessageNotContaining("Secret-42");
  }
}
