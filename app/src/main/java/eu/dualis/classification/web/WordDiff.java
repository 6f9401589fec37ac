package eu.dualis.classification.web;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * Marks the words of a new text that are not in the old one (longest common subsequence of words),
 * so that an officer sees at a glance what a control list change reworded.
 */
public final class WordDiff {

  /** A run of words, changed or not. */
  public record Segment(String text, boolean changed) implements Serializable {
    public String getText() {
      return text;
    }

    public boolean isChanged() {
      return changed;
    }
  }

  private WordDiff() {}

  /** Segments of {@code after}, the words absent from {@code before} marked as changed. */
  public static List<Segment> marked(String before, String after) {
    String[] a = words(before);
    String[] b = words(after);
    int[][] lcs = new int[a.length + 1][b.length + 1];
    for (int i = a.length - 1; i >= 0; i--) {
      for (int j = b.length - 1; j >= 0; j--) {
        lcs[i][j] =
            a[i].equals(b[j]) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
      }
    }
    List<Segment> segments = new ArrayList<>();
    int i = 0;
    int j = 0;
    while (j < b.length) {
      boolean kept = i < a.length && a[i].equals(b[j]);
      if (kept) {
        add(segments, b[j], false);
        i++;
        j++;
      } else if (i < a.length && lcs[i + 1][j] >= lcs[i][j + 1]) {
        i++;
      } else {
        add(segments, b[j], true);
        j++;
      }
    }
    return segments;
  }

  private static void add(List<Segment> segments, String word, boolean changed) {
    if (!segments.isEmpty() && segments.get(segments.size() - 1).changed() == changed) {
      Segment last = segments.remove(segments.size() - 1);
      segments.add(new Segment(last.text() + " " + word, changed));
    } else {
      segments.add(new Segment(segments.isEmpty() ? word : " " + word, changed));
    }
  }

  private static String[] words(String text) {
    return text == null || text.isBlank() ? new String[0] : text.strip().split("\\s+");
  }
}
