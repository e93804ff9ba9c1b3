package io.scimworks.store.jdbc;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.scimworks.server.BearerTokens;
import io.scimworks.server.ScimServer;
import io.scimworks.server.memory.InMemoryRepository;
import java.util.UUID;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/** Transactions with injected faults on embedded H2. */
class H2TransactionTest extends TransactionContract {
  @Override
  DataSource unpooled() {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL("jdbc:h2:mem:scim-tx-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    return h2;
  }

  @Test
  void anAtomicBulkIsRefusedOverRepositoriesOfDifferentStores() {
    ScimServer.Builder mixed =
        ScimServer.builder()
            .users(store.users())
            .groups(InMemoryRepository.forGroups())
            .authenticator(BearerTokens.of(Client.TOKEN))
            .atomicBulk(true);

    assertThatThrownBy(mixed::build)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("atomicBulk");
  }
}
