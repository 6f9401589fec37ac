package eu.dualis.screening.service.matching;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Finds the names worth scoring for a query through the index's postings, never by scanning every
 * name: each name that shares a key with a query token collects that token's weight once, and the
 * names that collected the most are the candidates.
 *
 * <p>One search per thread at a time; the index gives each thread its own.
 */
final class CandidateSearch {

  /**
   * At most this many names are fully scored per screening; more would only add namesakes of common
   * names. A query read in several ways (a Han name) shares them among its readings.
   */
  static final int MAX_CANDIDATES = 250;

  /** A candidate must share at least this share of the query's token weight. */
  static final double MIN_SHARE = 0.3;

  /**
   * The share for another reading of the query than its first (a Han name read as Korean or
   * Japanese): its characters' many readings find many names by one syllable each, and the name it
   * is, if listed, shares most of them.
   */
  static final double MIN_SHARE_OTHER_READING = 0.5;

  private final float[] collected;
  private final int[] seenBy;
  private final int[] touched;
  private int touchedCount;
  private int stamp;

  CandidateSearch(int names) {
    collected = new float[names];
    seenBy = new int[names];
    touched = new int[names];
  }

  /** The candidate name ids, best first, and how many names the postings touched. */
  record Result(int[] names, int touched) {}

  /**
   * @param minShare the share of the query's token weight a candidate must collect
   * @param max at most this many candidates, those that collected most
   */
  Result search(
      List<NameToken> query,
      TokenWeights weights,
      Map<String, int[]> postings,
      double minShare,
      int max) {
    touchedCount = 0;
    double total = 0;
    for (int i = 0; i < query.size(); i++) {
      NameToken t = query.get(i);
      if (!IndexKeys.searchable(t)) {
        continue;
      }
      float w = (float) weights.weight(t);
      total += w;
      int tokenStamp = ++stamp;
      IndexKeys.ofQueryToken(
          query,
          i,
          key -> {
            int[] ids = postings.get(key);
            if (ids != null) {
              collect(ids, w, tokenStamp);
            }
          });
    }
    double floor = minShare * total;
    int[] found = new int[touchedCount];
    int n = 0;
    for (int k = 0; k < touchedCount; k++) {
      int id = touched[k];
      if (collected[id] >= floor) {
        found[n++] = id;
      }
    }
    int seen = touchedCount;
    int[] result = best(Arrays.copyOf(found, n), max);
    for (int k = 0; k < touchedCount; k++) {
      collected[touched[k]] = 0;
    }
    touchedCount = 0;
    return new Result(result, seen);
  }

  private void collect(int[] ids, float w, int tokenStamp) {
    for (int id : ids) {
      if (seenBy[id] == tokenStamp) {
        continue;
      }
      seenBy[id] = tokenStamp;
      if (collected[id] == 0) {
        touched[touchedCount++] = id;
      }
      collected[id] += w;
    }
  }

  private int[] best(int[] ids, int max) {
    if (ids.length <= max) {
      return ids;
    }
    Integer[] boxed = Arrays.stream(ids).boxed().toArray(Integer[]::new);
    Arrays.sort(boxed, (a, b) -> Float.compare(collected[b], collected[a]));
    int[] out = new int[max];
    for (int k = 0; k < max; k++) {
      out[k] = boxed[k];
    }
    return out;
  }
}
