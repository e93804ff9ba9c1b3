package io.scimworks.filter;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import tools.jackson.databind.JsonNode;

/**
 * Fuzz targets for the filter language: the strict and the lenient parser, the printer's round
 * trip, and the evaluator on whatever the parsers accept.
 *
 * <p>In {@code ./mvnw verify} each target replays its committed corpus ({@code
 * FilterFuzzTestInputs/<method>/} under the test resources) in seconds; {@code JAZZER_FUZZ=1} turns
 * one target into a real fuzzing run (docs/FUZZING.md gives the commands). Each input is the raw
 * UTF-8 text of a filter, so a corpus entry is a plain text file.
 *
 * <p>Invariants: the only exception is {@link FilterException} with {@code invalidFilter} or {@code
 * invalidPath} and a position inside the input; what parses prints to text that parses back to an
 * equal tree (with an equal hash) and prints the same again; compiling raises at most {@code
 * invalidFilter} and evaluating raises nothing. While fuzzing, libFuzzer's per-input timeout (the
 * {@code fuzzing} profile sets one second) makes a slow input a finding; the build never times.
 */
class FilterFuzzTest {
  private static final FilterParser STRICT = FilterParser.defaults();
  private static final FilterParser LENIENT = FilterParser.builder().lenient(true).build();
  private static final FilterEvaluator EVALUATOR = FilterEvaluator.of(AttributeResolver.DEFAULT);

  /**
   * A resource with the awkward values: a number beyond double range, a huge integer, a negative
   * zero, strings that look like dates (with an offset, without one, with a zone name or a signed
   * year, a leap second), nested and multi-valued attributes.
   */
  private static final JsonNode RESOURCE =
      TestResources.json(
          """
          {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],
           "id":"2819c223","userName":"bjensen","score":1e400,"low":-1e400,"big":123456789012345678901234567890,
           "zero":-0.0,"ratio":0.1,"active":true,"title":null,"nickName":"",
           "meta":{"created":"2011-08-01T18:29:49.793Z","lastModified":"not a date"},
           "since":"2011-08-01T18:29:49","until":"2011-08-01T18:29:49+14:00[Pacific/Kiritimati]",
           "born":"+2011-08-01T18:29:49Z","leap":"2016-12-31T23:59:60Z","day":"2011-08-01",
           "name":{"givenName":"Barbara","familyName":"Jensen"},
           "emails":[{"value":"bjensen@example.com","type":"work","primary":true,"custom":1e400},
                     {"value":"babs@jensen.org","type":"home"},null,"x"],
           "roles":["a","b"],
           "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User":{"employeeNumber":"701984",
             "manager":{"value":"26118915-6090-4610-87e4-49d8ca9f808d"}}}
          """);

  @FuzzTest(maxDuration = "10m")
  void strictParser(byte[] input) {
    run(input, text -> check(STRICT, text));
  }

  @FuzzTest(maxDuration = "10m")
  void lenientParser(byte[] input) {
    run(input, text -> check(LENIENT, text));
  }

  @FuzzTest(maxDuration = "10m")
  void printerRoundTrip(byte[] input) {
    run(input, FilterFuzzTest::roundTrip);
  }

  private static void roundTrip(String text) {
    Filter filter = parseOrNull(LENIENT, text);
    if (filter != null) {
      roundTrip(filter, text);
    }
    PatchPath path = patchPathOrNull(LENIENT, text);
    if (path != null) {
      String printed = path.toString();
      PatchPath again = STRICT.parsePatchPath(printed);
      if (!again.equals(path) || again.hashCode() != path.hashCode()) {
        throw new AssertionError("PATCH path round trip broke: " + printed + " from: " + text);
      }
    }
  }

  private static void check(FilterParser parser, String text) {
    Filter filter = parseOrNull(parser, text);
    if (filter != null) {
      roundTrip(filter, text);
      evaluate(filter, text);
    }
    patchPathOrNull(parser, text);
    expectingFilterException(text, () -> parser.parseAttributePath(text));
    expectingFilterException(text, () -> parser.parseAttributeList(text));
  }

  /** Runs a target on the input's text. */
  private static void run(byte[] input, Consumer<String> target) {
    target.accept(new String(input, StandardCharsets.UTF_8));
  }

  private static Filter parseOrNull(FilterParser parser, String text) {
    Filter[] result = new Filter[1];
    expectingFilterException(text, () -> result[0] = parser.parseFilter(text));
    return result[0];
  }

  private static PatchPath patchPathOrNull(FilterParser parser, String text) {
    PatchPath[] result = new PatchPath[1];
    expectingFilterException(text, () -> result[0] = parser.parsePatchPath(text));
    return result[0];
  }

  private static void roundTrip(Filter filter, String text) {
    String printed = FilterPrinter.print(filter);
    Filter again;
    try {
      again = STRICT.parseFilter(printed);
    } catch (FilterException e) {
      throw new AssertionError("printed filter does not parse: " + printed + " from: " + text, e);
    }
    if (!again.equals(filter) || again.hashCode() != filter.hashCode()) {
      throw new AssertionError("round trip broke: " + printed + " from: " + text);
    }
    if (!FilterPrinter.print(again).equals(printed)) {
      throw new AssertionError("printing is not stable: " + printed + " from: " + text);
    }
  }

  private static void evaluate(Filter filter, String text) {
    CompiledFilter compiled;
    try {
      compiled = EVALUATOR.compile(filter);
    } catch (FilterException e) {
      if (!FilterException.INVALID_FILTER.equals(e.scimType())) {
        throw new AssertionError("compile raised " + e.scimType() + " for: " + text, e);
      }
      return;
    }
    compiled.test(RESOURCE);
  }

  private static void expectingFilterException(String text, Runnable parse) {
    try {
      parse.run();
    } catch (FilterException e) {
      boolean knownType =
          FilterException.INVALID_FILTER.equals(e.scimType())
              || FilterException.INVALID_PATH.equals(e.scimType());
      if (!knownType || e.position() < -1 || e.position() > text.length()) {
        throw new AssertionError(
            "bad diagnosis " + e.scimType() + " at " + e.position() + " for: " + text, e);
      }
    }
  }
}
