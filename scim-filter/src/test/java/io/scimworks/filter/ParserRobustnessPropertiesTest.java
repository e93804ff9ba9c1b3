package io.scimworks.filter;

import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Whatever text arrives, the parsers answer with a tree or a {@link FilterException}: never another
 * exception, a stack overflow or a hang.
 *
 * <p>The mutation property runs {@code scimworks.mutationsPerTry} (default 100) mutations of a
 * valid filter in each try, so the build's 1000 tries check 100,000 mutated filters; raise either
 * number locally ({@code -Djqwik.tries.default=10000}).
 */
class ParserRobustnessPropertiesTest {
  private static final int MUTATIONS_PER_TRY = Integer.getInteger("scimworks.mutationsPerTry", 100);
  private static final FilterParser STRICT = FilterParser.defaults();
  private static final FilterParser LENIENT =
      FilterParser.builder().lenient(true).maxLength(4096).maxDepth(8).maxTerms(50).build();
  private static final String ALPHABET =
      "()[]\"\\.:,$-_ \t\nabcdefghijklmnopqrstuvwxyzEQNOTAND0123456789+eEé日\u0000\u001f😀";
  private static final List<String> FRAGMENTS =
      List.of(
          " and ",
          " or ",
          "not (",
          " eq ",
          " pr",
          " gt ",
          "[",
          "]",
          "(",
          ")",
          "\"",
          "\\u00",
          "\\",
          "urn:ietf:params:scim:schemas:core:2.0:User:",
          ".",
          "1e",
          "-",
          "true",
          "null");

  @Property
  void garbageOnlyEverRaisesFilterException(@ForAll("garbage") String text) {
    checkAllParsers(text);
  }

  @Property
  void mutatedValidFiltersOnlyEverRaiseFilterException(
      @ForAll("filters") Filter filter, @ForAll long seed) {
    Random random = new Random(seed);
    String valid = filter.toString();
    for (int i = 0; i < MUTATIONS_PER_TRY; i++) {
      int n = i;
      String mutant = mutate(valid, random);
      check(mutant, () -> (n % 2 == 0 ? STRICT : LENIENT).parseFilter(mutant));
      check(mutant, () -> STRICT.parsePatchPath(mutant));
    }
  }

  private static void checkAllParsers(String text) {
    for (FilterParser parser : List.of(STRICT, LENIENT)) {
      check(text, () -> parser.parseFilter(text));
      check(text, () -> parser.parsePatchPath(text));
      check(text, () -> parser.parseAttributeList(text));
      check(text, () -> parser.parseAttributePath(text));
    }
  }

  private static void check(String text, Runnable parse) {
    try {
      parse.run();
    } catch (FilterException e) {
      // plain checks: this runs 200,000 times per build
      boolean knownType =
          FilterException.INVALID_FILTER.equals(e.scimType())
              || FilterException.INVALID_PATH.equals(e.scimType());
      if (!knownType
          || e.position() < 0
          || e.position() > text.length()
          || !e.getMessage().contains("expected")) {
        throw new AssertionError(
            "bad diagnosis " + e.scimType() + " " + e.getMessage() + " for: " + text);
      }
    } catch (Throwable t) {
      throw new AssertionError("unexpected " + t + " for input: " + text, t);
    }
  }

  static String mutate(String s, Random random) {
    StringBuilder sb = new StringBuilder(s);
    int edits = 1 + random.nextInt(3);
    for (int e = 0; e < edits; e++) {
      int at = sb.length() == 0 ? 0 : random.nextInt(sb.length() + 1);
      switch (random.nextInt(7)) {
        case 0 -> sb.insert(at, ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        case 1 -> {
          if (at < sb.length()) {
            sb.deleteCharAt(at);
          }
        }
        case 2 -> {
          if (at < sb.length()) {
            sb.setCharAt(at, ALPHABET.charAt(random.nextInt(ALPHABET.length())));
          }
        }
        case 3 -> sb.insert(at, FRAGMENTS.get(random.nextInt(FRAGMENTS.size())));
        case 4 -> {
          int end = Math.min(sb.length(), at + random.nextInt(8));
          sb.delete(at, end);
        }
        case 5 -> {
          int end = Math.min(sb.length(), at + random.nextInt(12));
          sb.insert(at, sb.substring(at, end));
        }
        default -> sb.setLength(at);
      }
    }
    return sb.toString();
  }

  @Provide
  Arbitrary<Filter> filters() {
    return FilterArbitraries.filters();
  }

  @Provide
  Arbitrary<String> garbage() {
    return Arbitraries.oneOf(
        Arbitraries.strings().all().ofMaxLength(40),
        Arbitraries.strings().withChars(ALPHABET.toCharArray()).ofMaxLength(60),
        Arbitraries.of(FRAGMENTS).list().ofMaxSize(12).map(l -> String.join("", l)));
  }
}
