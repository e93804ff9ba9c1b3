package io.scimworks.filter;

import static io.scimworks.filter.TestResources.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** What identity providers send, and the leniencies they need, one test per provider habit. */
class IdentityProviderFiltersTest {
  private static final FilterEvaluator EVALUATOR = FilterEvaluator.of(AttributeResolver.DEFAULT);

  @Test
  void entraTestConnectionWithARandomGuidParsesAndMatchesNothing() {
    Filter f = Filter.parse("userName eq \"3b8e5f2c-9a41-4c7d-8e2f-6a1b0c9d8e7f\"");
    assertThat(EVALUATOR.matches(f, TestResources.enterpriseUser())).isFalse();
  }

  @Test
  void entraOldSamplesSendUnquotedValuesWhichTheLenientParserReadsAsStrings() {
    String text = "externalId eq jyoung";
    FilterException strict = catchThrowableOfType(FilterException.class, () -> Filter.parse(text));
    assertThat(strict.scimType()).isEqualTo(FilterException.INVALID_FILTER);
    assertThat(strict.position()).isEqualTo(14);
    Filter lenient = FilterParser.builder().lenient(true).build().parseFilter(text);
    assertThat(lenient).isEqualTo(Filters.eq("externalId", "jyoung"));
    assertThat(EVALUATOR.matches(lenient, json("{\"externalId\":\"jyoung\"}"))).isTrue();
  }

  @Test
  void entraGroupMatchingByDisplayNameIgnoresCase() {
    JsonNode group = json("{\"displayName\":\"Sales Team\",\"members\":[{\"value\":\"1\"}]}");
    assertThat(EVALUATOR.matches(Filter.parse("displayName eq \"sales team\""), group)).isTrue();
  }

  @Test
  void oktaFiltersUserNameUpperCasedAndStillFindsTheUser() {
    assertThat(
            EVALUATOR.matches(
                Filter.parse("userName eq \"BJENSEN@EXAMPLE.COM\""), TestResources.fullUser()))
        .isTrue();
  }

  @Test
  void oktaRemovesGroupMembersThroughAValueFilterPath() {
    PatchPath path = PatchPath.parse("members[value eq \"00u1abcd2EFGHIJK3l4\"]");
    CompiledFilter member = EVALUATOR.compileElementFilter(path.attribute(), path.valueFilter());
    assertThat(member.test(json("{\"value\":\"00u1abcd2EFGHIJK3l4\",\"display\":\"x\"}"))).isTrue();
    assertThat(member.test(json("{\"value\":\"00u1abcd2EFGHIJK3l5\"}"))).isFalse();
  }
}
