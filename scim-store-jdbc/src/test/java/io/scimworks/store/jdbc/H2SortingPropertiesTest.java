package io.scimworks.store.jdbc;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;

/** Sorted, paged and cursor-walked on H2, answers are the server's in-memory order. */
class H2SortingPropertiesTest {
  private static final JdbcStore STORE = TestDatabases.h2();
  private static final SortingEquivalence DATA = new SortingEquivalence(STORE);

  @Property(tries = 60)
  void pagesConcatenateToTheServersSortedResult(@ForAll("queries") SortingEquivalence.Query q) {
    DATA.assertSameOrder(q);
  }

  @Provide
  Arbitrary<SortingEquivalence.Query> queries() {
    return SortingEquivalence.queries();
  }

  @AfterContainer
  static void close() {
    STORE.close();
  }
}
