package eu.dualis.screening.service.matching;

import eu.dualis.screening.model.EntityType;
import eu.dualis.screening.model.ParsedIdentifier;
import eu.dualis.screening.model.ParsedName;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The names of the list entities in force, normalised once, filed under the keys of their tokens. A
 * screening looks up the keys of the query's tokens, scores the names found (a few hundred at most
 * of tens of thousands) and returns one hit per entity, best first. Immutable and thread-safe;
 * built once per set of list versions.
 */
public final class ScreeningIndex {

  public static final int DEFAULT_MAX_HITS = 20;

  private final NameNormaliser normaliser = new NameNormaliser();
  private final IndexedEntity[] entities;
  private final IndexedName[] names;
  private final Map<String, int[]> postings;
  private final Map<String, int[]> namesByIdentifier;
  private final TokenRarity rarity;
  private final ThreadLocal<CandidateSearch> searches;

  /** A screening's hits and how much of the index it looked at. */
  public record Screening(List<Hit> hits, int namesTouched, int namesScored) {}

  private ScreeningIndex(
      IndexedEntity[] entities,
      IndexedName[] names,
      Map<String, int[]> postings,
      Map<String, int[]> namesByIdentifier,
      TokenRarity rarity) {
    this.entities = entities;
    this.names = names;
    this.postings = postings;
    this.namesByIdentifier = namesByIdentifier;
    this.rarity = rarity;
    this.searches = ThreadLocal.withInitial(() -> new CandidateSearch(names.length));
  }

  public static ScreeningIndex build(Iterable<IndexedEntity> entities) {
    NameNormaliser normaliser = new NameNormaliser();
    List<IndexedEntity> all = new ArrayList<>();
    List<IndexedName> names = new ArrayList<>();
    Map<String, List<Integer>> keys = new HashMap<>();
    Map<String, List<Integer>> ids = new HashMap<>();
    Map<String, Integer> df = new HashMap<>();
    // One instance per distinct token, so that a screening's memo of comparisons is by identity.
    Map<NameToken, NameToken> tokens = new HashMap<>();
    java.util.function.UnaryOperator<NameToken> intern = t -> tokens.computeIfAbsent(t, x -> x);
    for (IndexedEntity e : entities) {
      int entity = all.size();
      all.add(e);
      Set<String> seen = new HashSet<>();
      for (ParsedName n : e.names()) {
        // Each reading of a name (a Han name read as Korean or Japanese too) is filed as a name.
        for (NormalisedName reading : normaliser.normalise(n.fullName(), e.type()).readings()) {
          if (reading.isEmpty() || !seen.add(reading.text())) {
            continue; // a name that normalises like another of the entity adds nothing
          }
          int id = names.size();
          NormalisedName nn =
              new NormalisedName(
                  reading.original(), reading.tokens().stream().map(intern).toList());
          names.add(new IndexedName(entity, n, nn, null));
          Set<String> nameKeys = new LinkedHashSet<>();
          IndexKeys.ofListed(nn.tokens(), nameKeys::add);
          for (String k : nameKeys) {
            keys.computeIfAbsent(k, x -> new ArrayList<>()).add(id);
          }
          nn.tokens().stream()
              .map(NameToken::text)
              .distinct()
              .forEach(t -> df.merge(t, 1, Integer::sum));
        }
      }
      for (ParsedIdentifier pid : e.identifiers()) {
        String nid = Qualifiers.normaliseId(pid.number());
        if (nid.length() >= 4) {
          ids.computeIfAbsent(nid, x -> new ArrayList<>()).add(entity);
        }
      }
    }
    TokenRarity rarity = new TokenRarity(df, names.size());
    IndexedName[] weighed =
        names.stream()
            .map(
                n ->
                    new IndexedName(
                        n.entity(),
                        n.name(),
                        n.normalised(),
                        TokenAligner.weights(n.normalised(), rarity)))
            .toArray(IndexedName[]::new);
    return new ScreeningIndex(
        all.toArray(IndexedEntity[]::new), weighed, toArrays(keys), toArrays(ids), rarity);
  }

  public List<Hit> screen(ScreeningQuery q) {
    return screen(q, MatchThreshold.DEFAULT, DEFAULT_MAX_HITS);
  }

  public List<Hit> screen(ScreeningQuery q, double threshold, int maxHits) {
    return screenWithStats(q, threshold, maxHits).hits();
  }

  /** A screening with how many names its lookup touched and how many it scored in full. */
  public Screening screenWithStats(ScreeningQuery q, double threshold, int maxHits) {
    NormalisedName query = normaliser.normalise(q.name(), q.type());
    if (query.isEmpty()) {
      return new Screening(List.of(), 0, 0);
    }
    Scoring scoring = new Scoring(q, query.readings(), threshold);
    Set<Integer> scored = new HashSet<>();
    int touched = 0;
    for (int r = 0; r < scoring.readings.size(); r++) {
      NormalisedName reading = scoring.readings.get(r);
      CandidateSearch.Result found =
          searches
              .get()
              .search(
                  reading.tokens(),
                  rarity,
                  postings,
                  r == 0 ? CandidateSearch.MIN_SHARE : CandidateSearch.MIN_SHARE_OTHER_READING,
                  CandidateSearch.MAX_CANDIDATES / scoring.readings.size());
      touched += found.touched();
      for (int id : found.names()) {
        scored.add(id);
        scoring.consider(names[id], r);
      }
    }
    for (String qid : q.identifiers()) {
      int[] byId = namesByIdentifier.get(Qualifiers.normaliseId(qid));
      if (byId != null) {
        for (int entity : byId) {
          for (int id = 0; id < names.length; id++) {
            if (names[id].entity() == entity && scored.add(id)) {
              for (int r = 0; r < scoring.readings.size(); r++) {
                scoring.consider(names[id], r);
              }
            }
          }
        }
      }
    }
    List<Hit> hits =
        scoring.best.values().stream()
            .filter(h -> h.score() >= threshold)
            .sorted(
                Comparator.comparingDouble(Hit::score)
                    .reversed()
                    .thenComparing(Comparator.comparingDouble(Hit::nameScore).reversed())
                    .thenComparingLong(Hit::entityId))
            .limit(maxHits)
            .toList();
    return new Screening(hits, touched, scored.size());
  }

  /**
   * One screening's scoring: the best hit per entity so far, and a memo of token comparisons, since
   * candidates share tokens ("Mohammad", "Ali") that would otherwise be compared again and again.
   */
  private final class Scoring {

    /** Spans of 2 to {@link JoinedTokens#MAX_JOINED} tokens that start at one token. */
    private static final int SPANS = JoinedTokens.MAX_JOINED - 1;

    private final ScreeningQuery q;
    private final List<NormalisedName> readings;
    private final double floor;
    private final List<double[]> queryWeights = new ArrayList<>();
    private final Map<Integer, Hit> best = new HashMap<>();
    private final List<Map<NameToken, TokenScore>> memo = new ArrayList<>();
    private final Map<NameToken, Integer> queryIndex = new java.util.IdentityHashMap<>();
    private final List<Map<NameToken, JoinedTokens.Joined[]>> joinedMemo = new ArrayList<>();

    Scoring(ScreeningQuery q, List<NormalisedName> readings, double threshold) {
      this.q = q;
      this.readings = readings;
      double boost = Qualifiers.SAME_DATE + Qualifiers.SAME_COUNTRY;
      if (!q.identifiers().isEmpty()) {
        boost += Qualifiers.SAME_IDENTIFIER;
      }
      // A name that no qualifier could lift to the threshold is not a hit; skip its reasons.
      this.floor = threshold - boost;
      for (NormalisedName reading : readings) {
        queryWeights.add(TokenAligner.weights(reading, rarity));
        joinedMemo.add(new java.util.IdentityHashMap<>());
        for (NameToken t : reading.tokens()) {
          queryIndex.put(t, memo.size());
          memo.add(new java.util.IdentityHashMap<>(256));
        }
      }
    }

    private TokenScore compare(NameToken queryToken, NameToken listed) {
      Integer i = queryIndex.get(queryToken);
      if (i == null) {
        return TokenComparer.compare(queryToken, listed);
      }
      return memo.get(i).computeIfAbsent(listed, l -> TokenComparer.compare(queryToken, l));
    }

    /**
     * How a listed token matches neighbouring tokens of the query joined, remembered: the same
     * listed tokens come back in candidate after candidate, and a Han query's readings make many
     * such spans.
     */
    private JoinedTokens.Joined joined(NameToken one, List<NameToken> many, int from, int to) {
      for (int r = 0; r < readings.size(); r++) {
        if (readings.get(r).tokens() == many) {
          JoinedTokens.Joined[] spans =
              joinedMemo
                  .get(r)
                  .computeIfAbsent(one, t -> new JoinedTokens.Joined[SPANS * many.size()]);
          int span = SPANS * from + (to - from - 2);
          if (spans[span] == null) {
            spans[span] = JoinedTokens.of(one, many, from, to);
          }
          return spans[span];
        }
      }
      return JoinedTokens.of(one, many, from, to);
    }

    private final TokenAligner.Comparer comparer =
        new TokenAligner.Comparer() {
          @Override
          public TokenScore compare(NameToken query, NameToken listed) {
            return Scoring.this.compare(query, listed);
          }

          @Override
          public JoinedTokens.Joined joined(NameToken one, List<NameToken> many, int from, int to) {
            return Scoring.this.joined(one, many, from, to);
          }
        };

    /** Scores one name against one reading of the query; keeps it if its entity's best so far. */
    void consider(IndexedName name, int reading) {
      IndexedEntity entity = entities[name.entity()];
      EntityType type = q.type() != EntityType.UNKNOWN ? q.type() : entity.type();
      NameComparison c =
          TokenAligner.align(
              readings.get(reading),
              queryWeights.get(reading),
              name.normalised(),
              name.weights(),
              NameMatcher.policy(type),
              comparer);
      Hit current = best.get(name.entity());
      if (c.score() < floor || current != null && current.nameScore() >= c.score()) {
        return;
      }
      List<QualifierEffect> effects = Qualifiers.effects(q, entity);
      double score = c.score();
      for (QualifierEffect e : effects) {
        score += e.delta();
      }
      score = AlignmentScore.round(Math.max(0, Math.min(1, score)));
      best.put(
          name.entity(),
          new Hit(
              entity.id(),
              name.name().fullName(),
              name.name().kind(),
              c.score(),
              score,
              c.tokens(),
              effects));
    }
  }

  public int entityCount() {
    return entities.length;
  }

  public int nameCount() {
    return names.length;
  }

  private static Map<String, int[]> toArrays(Map<String, List<Integer>> lists) {
    Map<String, int[]> out = new HashMap<>(lists.size() * 2);
    lists.forEach((k, v) -> out.put(k, v.stream().mapToInt(Integer::intValue).toArray()));
    return out;
  }
}
