package io.scimworks.store.jdbc;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Generated filters answer alike on PostgreSQL and in memory. */
class PostgresFilterPropertiesTest {
  private static final JdbcStore STORE = TestDatabases.store(TestDatabases.Db.POSTGRES);
  private static final FilterEquivalence DATA = new FilterEquivalence(STORE);

  @Property(tries = 100)
  void sqlAnswersLikeTheInMemoryEvaluator(@ForAll("filters") String filter) {
    DATA.assertSameAnswer(filter);
  }

  @Provide
  Arbitrary<String> filters() {
    return FilterEquivalence.filters();
  }
}
