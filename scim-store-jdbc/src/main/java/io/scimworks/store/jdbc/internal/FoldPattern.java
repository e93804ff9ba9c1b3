package io.scimworks.store.jdbc.internal;

import io.scimworks.core.CaseFolding;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * PostgreSQL regular expressions that decide {@code eq}, {@code co}, {@code sw} and {@code ew}
 * exactly as the filter evaluator does, case folding included. {@link CaseFolding} maps each code
 * point to one code point, so two strings fold alike exactly when they have as many code points and
 * each code point of one folds like the one at the same place in the other. The pattern therefore
 * lists, for each code point of the filter value, every code point folding like it ({@code [sSſ]},
 * {@code [iIİı]}...): no {@code LOWER()}, no collation, no locale is involved.
 *
 * <p>Every character is written as an escape ({@code \U0000xxxx}), so nothing of the filter value
 * is ever read as regular-expression syntax. The pattern is bound as a parameter.
 */
final class FoldPattern {
  /** Longest filter value (in code points) turned into a pattern; longer ones stay in memory. */
  static final int MAX_CODE_POINTS = 512;

  private FoldPattern() {}

  /**
   * The pattern for {@code value} under operator {@code op} ({@code eq}, {@code co}, {@code sw},
   * {@code ew}), or {@code null} when the value is too long to be worth it.
   *
   * @param ignoreCase whether the attribute is not {@code caseExact}
   */
  static @Nullable String of(
      String value, boolean ignoreCase, boolean anchorStart, boolean anchorEnd) {
    if (value.codePointCount(0, value.length()) > MAX_CODE_POINTS) {
      return null;
    }
    StringBuilder b = new StringBuilder(value.length() * 12 + 2);
    if (anchorStart) {
      b.append('^');
    }
    value
        .codePoints()
        .forEach(
            cp -> {
              int[] variants = ignoreCase ? Preimages.INSTANCE.of(cp) : new int[] {cp};
              if (variants.length == 1) {
                escape(b, variants[0]);
              } else {
                b.append('[');
                for (int v : variants) {
                  escape(b, v);
                }
                b.append(']');
              }
            });
    if (anchorEnd) {
      b.append('$');
    }
    return b.toString();
  }

  private static void escape(StringBuilder b, int cp) {
    b.append("\\U").append(String.format("%08X", cp));
  }

  /** Every code point grouped by what it folds to; built once, on first use, then read-only. */
  private static final class Preimages {
    static final Preimages INSTANCE = new Preimages();

    private final Map<Integer, int[]> byFold = new HashMap<>();

    private Preimages() {
      Map<Integer, List<Integer>> groups = new HashMap<>();
      for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
        if (cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE) {
          continue;
        }
        int folded = fold(cp);
        if (folded != cp) {
          groups.computeIfAbsent(folded, k -> new ArrayList<>()).add(cp);
        }
      }
      for (Map.Entry<Integer, List<Integer>> e : groups.entrySet()) {
        List<Integer> all = new ArrayList<>(e.getValue());
        int target = e.getKey();
        if (fold(target) == target) {
          all.add(0, target);
        }
        byFold.put(target, all.stream().mapToInt(Integer::intValue).toArray());
      }
    }

    /** The code points folding like {@code cp} (itself included). */
    int[] of(int cp) {
      int[] group = byFold.get(fold(cp));
      return group == null ? new int[] {cp} : group;
    }

    private static int fold(int cp) {
      String folded = CaseFolding.fold(new String(Character.toChars(cp)));
      return folded.codePointAt(0);
    }
  }
}
