package io.scimworks.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.scimworks.core.json.ScimJson;
import io.scimworks.core.schema.ResourceType;
import io.scimworks.core.schema.SchemaRegistry;
import io.scimworks.filter.Filter;
import io.scimworks.filter.FilterEvaluator;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Defect 11: one case-insensitive comparison, the same in the evaluator and in folded keys. */
class CaseFoldingTest {
  private static final SchemaRegistry REGISTRY = SchemaRegistry.defaults();
  private static final ResourceType USER = REGISTRY.resourceType("User").orElseThrow();

  @ParameterizedTest
  @CsvSource({"İ,i", "ſ,s", "ſ,S", "ς,σ", "ς,Σ", "ı,I", "K,k"})
  void defect11_letterPairsThatJavaCallsEqualIgnoringCaseFoldToTheSameKey(String a, String b) {
    assertThat(a.equalsIgnoreCase(b)).isTrue();
    assertThat(CaseFolding.fold(a)).isEqualTo(CaseFolding.fold(b));
    assertThat(CaseFolding.equal(a, b)).isTrue();
  }

  @Test
  void foldingNeverChangesTheNumberOfCodePointsAndLeavesLowerCaseAsciiAlone() {
    String ascii = "alice@contoso.com";
    assertThat(CaseFolding.fold(ascii)).isSameAs(ascii);
    assertThat(CaseFolding.fold("ß")).isEqualTo("ß");
    assertThat(CaseFolding.equal("ß", "SS")).isFalse();
  }

  @ParameterizedTest
  @CsvSource({"İ,i", "ſ,s", "ς,σ", "i,İ", "s,ſ"})
  void defect11_theEvaluatorMatchesExactlyWhenTheFoldedKeysAreEqual(String stored, String asked) {
    var user = ScimJson.readObject("{\"userName\":\"" + stored + "\"}");
    var evaluator = FilterEvaluator.of(REGISTRY.resolverFor(USER));
    boolean matches = evaluator.compile(Filter.parse("userName eq \"" + asked + "\"")).test(user);
    assertThat(matches).isTrue();
    assertThat(CaseFolding.fold(stored)).isEqualTo(CaseFolding.fold(asked));
  }

  @Property(tries = 300)
  void foldedKeysAreEqualExactlyWhenJavaCallsTheStringsEqualIgnoringCase(
      @ForAll String a, @ForAll String b) {
    assertThat(CaseFolding.equal(a, b)).isEqualTo(CaseFolding.fold(a).equals(CaseFolding.fold(b)));
    assertThat(CaseFolding.equal(a, b)).isEqualTo(a.equalsIgnoreCase(b));
  }
}
