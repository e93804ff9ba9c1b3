package io.scimworks.docs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the {@code ```java} blocks of a Markdown file and the {@code <!-- snippet: ... -->} comment
 * before each (see the package documentation for the convention).
 */
final class MarkdownSnippets {

  // any indentation: a block inside a list item is found too, never skipped
  private static final Pattern FENCE = Pattern.compile("^(\\s*)(`{3,}|~{3,})\\s*([^`\\s]*).*$");
  private static final Pattern KEY = Pattern.compile("\\b(snippet|imports|given|id):");

  /** What one file holds: its Java blocks, and the blocks whose comment is missing or wrong. */
  record Found(List<Snippet> snippets, List<String> problems) {}

  private MarkdownSnippets() {}

  /** The Java blocks of {@code root.resolve(file)}. */
  static Found read(Path root, Path file) throws IOException {
    List<String> lines = Files.readAllLines(root.resolve(file), StandardCharsets.UTF_8);
    List<Snippet> snippets = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      Matcher open = FENCE.matcher(lines.get(i));
      if (!open.matches()) {
        continue;
      }
      String indent = open.group(1);
      String fence = open.group(2);
      int end = i + 1;
      while (end < lines.size() && !closes(lines.get(end), fence)) {
        end++;
      }
      if (open.group(3).toLowerCase(Locale.ROOT).equals("java")) {
        List<String> code = new ArrayList<>();
        for (String line : lines.subList(i + 1, Math.min(end, lines.size()))) {
          code.add(line.startsWith(indent) ? line.substring(indent.length()) : line.strip());
        }
        String comment = commentBefore(lines, i);
        String where = file + ":" + (i + 1);
        if (comment == null) {
          problems.add(
              where
                  + ": a java block needs a <!-- snippet: statements|members|unit --> comment"
                  + " before it, or another language tag if it is not meant to compile");
        } else {
          try {
            snippets.add(parse(file, i + 1, comment, code));
          } catch (IllegalArgumentException e) {
            problems.add(where + ": " + e.getMessage());
          }
        }
      }
      i = end;
    }
    return new Found(snippets, problems);
  }

  private static boolean closes(String line, String fence) {
    String stripped = line.strip();
    return stripped.length() >= fence.length()
        && stripped.chars().allMatch(c -> c == fence.charAt(0));
  }

  /** The text of an HTML comment ending just before line {@code fence} (blank lines between). */
  private static @org.jspecify.annotations.Nullable String commentBefore(
      List<String> lines, int fence) {
    int last = fence - 1;
    while (last >= 0 && lines.get(last).isBlank()) {
      last--;
    }
    if (last < 0 || !lines.get(last).strip().endsWith("-->")) {
      return null;
    }
    StringBuilder text = new StringBuilder();
    for (int first = last; first >= 0; first--) {
      text.insert(0, lines.get(first) + "\n");
      int start = lines.get(first).indexOf("<!--");
      if (start >= 0) {
        String comment = text.substring(start + 4, text.lastIndexOf("-->"));
        return comment.strip().startsWith("snippet:") ? comment : null;
      }
    }
    return null;
  }

  private static Snippet parse(Path file, int fenceLine, String comment, List<String> code) {
    Matcher key = KEY.matcher(comment);
    List<int[]> starts = new ArrayList<>();
    List<String> names = new ArrayList<>();
    while (key.find()) {
      starts.add(new int[] {key.start(), key.end()});
      names.add(key.group(1));
    }
    String kind = "";
    List<String> imports = List.of();
    String given = "";
    String id = "";
    for (int k = 0; k < names.size(); k++) {
      int valueEnd = k + 1 < starts.size() ? starts.get(k + 1)[0] : comment.length();
      String value = comment.substring(starts.get(k)[1], valueEnd).strip();
      switch (names.get(k)) {
        case "snippet" -> kind = value;
        case "imports" ->
            imports =
                Arrays.stream(value.split(","))
                    .map(String::strip)
                    .filter(s -> !s.isEmpty())
                    .toList();
        case "id" -> id = value;
        default -> given = value;
      }
    }
    String[] words = kind.split("\\s+");
    boolean run = words.length == 2 && words[1].equals("run");
    if (words.length > 2 || (words.length == 2 && !run)) {
      throw new IllegalArgumentException("unknown snippet options '" + kind + "'");
    }
    Snippet.Kind parsed;
    try {
      parsed = Snippet.Kind.parse(words[0]);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "unknown snippet kind '" + words[0] + "' (statements, members or unit)", e);
    }
    if (run && parsed != Snippet.Kind.STATEMENTS) {
      throw new IllegalArgumentException("only statements can be marked run");
    }
    return new Snippet(file, fenceLine, parsed, run, id, imports, given, List.copyOf(code));
  }
}
