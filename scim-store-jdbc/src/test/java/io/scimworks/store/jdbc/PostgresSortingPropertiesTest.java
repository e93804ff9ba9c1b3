package io.scimworks.store.jdbc;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Sorted, paged and cursor-walked on PostgreSQL, answers are the server's in-memory order. */
class PostgresSortingPropertiesTest {
  private static final SortingEquivalence DATA =
      new SortingEquivalence(TestDatabases.store(TestDatabases.Db.POSTGRES));

  @Property(tries = 60)
  void pagesConcatenateToTheServersSortedResult(@ForAll("queries") SortingEquivalence.Query q) {
    DATA.assertSameOrder(q);
  }

  @Provide
  Arbitrary<SortingEquivalence.Query> queries() {
    return SortingEquivalence.queries();
  }
}
