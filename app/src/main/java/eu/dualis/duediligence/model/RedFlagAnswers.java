package eu.dualis.duediligence.model;

import java.util.ArrayList;
import java.util.List;

/**
 * The answers of a file in one text column, one answer per line ({@code code|answer|evidence}),
 * with the evidence escaped: the answers belong to the file and are read and written with it.
 */
final class RedFlagAnswers {

  private RedFlagAnswers() {}

  static String encode(List<RedFlagAnswer> answers) {
    if (answers.isEmpty()) {
      return null;
    }
    StringBuilder out = new StringBuilder();
    for (RedFlagAnswer a : answers) {
      out.append(a.code())
          .append('|')
          .append(a.answer().name())
          .append('|')
          .append(a.evidence() == null ? "" : escape(a.evidence()))
          .append('\n');
    }
    return out.toString();
  }

  static List<RedFlagAnswer> decode(String text) {
    List<RedFlagAnswer> answers = new ArrayList<>();
    if (text == null) {
      return answers;
    }
    for (String line : text.split("\n")) {
      if (line.isEmpty()) {
        continue;
      }
      String[] parts = line.split("\\|", 3);
      answers.add(new RedFlagAnswer(parts[0], FlagAnswer.valueOf(parts[1]), unescape(parts[2])));
    }
    return answers;
  }

  private static String escape(String s) {
    return s.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r");
  }

  private static String unescape(String s) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\' && i + 1 < s.length()) {
        char next = s.charAt(++i);
        out.append(next == 'n' ? '\n' : next == 'r' ? '\r' : next);
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
