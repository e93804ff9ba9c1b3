package io.scimworks.store.jdbc;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;

/** Generated filters answer alike on H2 and in memory. */
class H2FilterPropertiesTest {
  private static final JdbcStore STORE = TestDatabases.h2();
  private static final FilterEquivalence DATA = new FilterEquivalence(STORE);

  @Property(tries = 100)
  void sqlAnswersLikeTheInMemoryEvaluator(@ForAll("filters") String filter) {
    DATA.assertSameAnswer(filter);
  }

  @Provide
  Arbitrary<String> filters() {
    return FilterEquivalence.filters();
  }

  @AfterContainer
  static void close() {
    STORE.close();
  }
}
