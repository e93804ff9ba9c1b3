package io.scimworks.core.resource;

import static org.assertj.core.api.Assertions.assertThat;

import io.scimworks.core.ScimUrns;
import io.scimworks.core.json.ScimJson;
import java.time.Instant;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The algebra of typed extensions: set then get, set over set, remove, and foreign attributes. */
class ExtensionBindingProperties {
  private static final ExtensionBinding<ExtensionBindingTest.Badge> BADGE =
      ExtensionBindingTest.BADGE;
  private static final String URN = ExtensionBindingTest.URN;

  @Property
  void getReturnsWhatWasLastSetWhateverWasThereBefore(
      @ForAll("badges") ExtensionBindingTest.Badge first,
      @ForAll("badges") ExtensionBindingTest.Badge second,
      @ForAll("foreign") Map<String, String> foreign) {
    ScimResource withForeign = User.builder().userName("u").build().toResource();
    if (!foreign.isEmpty()) {
      withForeign.json().set(URN, ScimJson.mapper().valueToTree(foreign));
    }
    User start = User.from(withForeign);

    User once = start.toBuilder().extension(BADGE, first).build();
    User twice = once.toBuilder().extension(BADGE, second).build();

    assertThat(once.extension(BADGE)).contains(first);
    assertThat(twice.extension(BADGE)).contains(second);
    assertThat(twice).isEqualTo(start.toBuilder().extension(BADGE, second).build());
    assertThat(twice.schemas()).containsExactly(ScimUrns.CORE_USER, URN);
    foreign.forEach(
        (name, value) ->
            assertThat(twice.attribute(URN + ":" + name))
                .isEqualTo(ScimJson.nodes().stringNode(value)));
  }

  @Property
  void settingIsIdempotentAndRemovingUndoesASetOnAUserWithoutTheExtension(
      @ForAll("badges") ExtensionBindingTest.Badge badge) {
    User start = User.builder().userName("u").build();

    User once = start.toBuilder().extension(BADGE, badge).build();

    assertThat(once.toBuilder().extension(BADGE, badge).build()).isEqualTo(once);
    assertThat(once.toBuilder().withoutExtension(BADGE).build()).isEqualTo(start);
    assertThat(ScimResource.parse(once.toString()).extension(BADGE)).contains(badge);
  }

  @Provide
  Arbitrary<ExtensionBindingTest.Badge> badges() {
    return Combinators.combine(
            Arbitraries.strings().ofMaxLength(10).injectNull(0.2),
            Arbitraries.integers().injectNull(0.2),
            Arbitraries.longs()
                .between(-62_135_596_800L, 253_402_300_799L)
                .map(Instant::ofEpochSecond)
                .injectNull(0.3))
        .as(ExtensionBindingTest.Badge::new);
  }

  @Provide
  Arbitrary<Map<String, String>> foreign() {
    return Arbitraries.maps(
            Arbitraries.of("color", "site", "Shift"), Arbitraries.strings().alpha().ofLength(3))
        .ofMaxSize(3);
  }
}
