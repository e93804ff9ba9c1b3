package io.scimworks.filter;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FilterVisitorTest {

  /** A toy translator to an LDAP-like syntax, as a SQL or LDAP store would write one. */
  private static final class Ldapish implements FilterVisitor<String> {
    @Override
    public String visitAnd(Filter.And and) {
      return "(&" + and.left().accept(this) + and.right().accept(this) + ")";
    }

    @Override
    public String visitOr(Filter.Or or) {
      return "(|" + or.left().accept(this) + or.right().accept(this) + ")";
    }

    @Override
    public String visitNot(Filter.Not not) {
      return "(!" + not.filter().accept(this) + ")";
    }

    @Override
    public String visitCompare(Filter.Compare compare) {
      return "("
          + compare.path()
          + "="
          + ((CompareValue.StringValue) compare.value()).value()
          + ")";
    }

    @Override
    public String visitPresent(Filter.Present present) {
      return "(" + present.path() + "=*)";
    }

    @Override
    public String visitValuePath(Filter.ValuePath valuePath) {
      return valuePath.path() + ":" + valuePath.filter().accept(this);
    }
  }

  @Test
  void aVisitorTranslatesEveryKindOfNode() {
    Filter f =
        Filter.parse("userName eq \"bjensen\" and not (title pr) or emails[type eq \"work\"]");
    assertThat(f.accept(new Ldapish()))
        .isEqualTo("(|(&(userName=bjensen)(!(title=*)))emails:(type=work))");
  }
}
