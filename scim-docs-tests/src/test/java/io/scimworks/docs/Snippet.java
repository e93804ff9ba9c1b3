package io.scimworks.docs;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One {@code ```java} block of a Markdown file, with what its HTML comment says about it.
 *
 * @param file the Markdown file, relative to the project root
 * @param fenceLine the line of the opening fence (1-based), which failures name
 * @param kind how the block is wrapped
 * @param run whether the test runs the block once after compiling it
 * @param id a name tests use to find the block, or empty
 * @param imports import declarations beyond the implied ones, without {@code import} and {@code ;}
 * @param given members the block assumes, placed in the class around it
 * @param code the block's lines
 */
record Snippet(
    Path file,
    int fenceLine,
    Kind kind,
    boolean run,
    String id,
    List<String> imports,
    String given,
    List<String> code) {

  /** JDK and Jackson packages a sample may use without showing the import. */
  static final List<String> JDK_AND_JACKSON_IMPORTS =
      List.of(
          "java.io.*",
          "java.net.URI",
          "java.nio.file.*",
          "java.time.*",
          "java.util.*",
          "java.util.function.*",
          "java.util.stream.*",
          "javax.sql.*",
          "tools.jackson.databind.*",
          "tools.jackson.databind.node.*");

  /** How a block becomes a compilation unit. */
  enum Kind {
    /** The body of a method that may throw any exception. */
    STATEMENTS,
    /** The body of a class. */
    MEMBERS,
    /** A whole source file, without a {@code package} declaration. */
    UNIT;

    static Kind parse(String text) {
      return valueOf(text.toUpperCase(Locale.ROOT));
    }
  }

  /** Where failures point: {@code README.md:102}. */
  String location() {
    return file + ":" + fenceLine;
  }

  /** The package of the generated source, unique per block. */
  String packageName() {
    String name = file.toString().replaceAll("[^A-Za-z0-9]", "_").toLowerCase(Locale.ROOT);
    return "snippets." + name + ".line" + fenceLine;
  }

  /** The generated source and, for each of its lines, the Markdown line it came from. */
  Source source(List<String> impliedImports) {
    List<String> lines = new ArrayList<>();
    List<Integer> origin = new ArrayList<>();
    int commentLine = fenceLine - 1;
    add(lines, origin, "package " + packageName() + ";", fenceLine);
    for (String imported : impliedImports) {
      add(lines, origin, "import " + imported + ";", fenceLine);
    }
    for (String imported : imports) {
      add(lines, origin, "import " + imported + ";", commentLine);
    }
    if (kind != Kind.UNIT) {
      add(lines, origin, "@SuppressWarnings(\"all\") class Snippet {", fenceLine);
      add(lines, origin, given, commentLine);
      if (kind == Kind.STATEMENTS) {
        add(lines, origin, "void snippet() throws Exception {", fenceLine);
      }
    }
    for (int i = 0; i < code.size(); i++) {
      add(lines, origin, code.get(i), fenceLine + 1 + i);
    }
    int closing = fenceLine + code.size() + 1;
    if (kind == Kind.STATEMENTS) {
      add(lines, origin, "}", closing);
    }
    if (kind != Kind.UNIT) {
      add(lines, origin, "}", closing);
    } else {
      add(lines, origin, given, commentLine);
    }
    return new Source(String.join("\n", lines) + "\n", origin);
  }

  private static void add(List<String> lines, List<Integer> origin, String line, int from) {
    lines.add(line.replace('\n', ' '));
    origin.add(from);
  }

  /**
   * A generated compilation unit.
   *
   * @param text the Java source
   * @param origin for each line of {@code text} (0-based), the Markdown line it came from
   */
  record Source(String text, List<Integer> origin) {

    /** The Markdown line of a 1-based line of the generated source. */
    int markdownLine(long sourceLine) {
      int index = (int) Math.max(0, Math.min(origin.size() - 1, sourceLine - 1));
      return origin.get(index);
    }
  }
}
