package eu.dualis.benchmarks;

import eu.dualis.screening.model.EntityType;
import eu.dualis.screening.service.matching.Hit;
import eu.dualis.screening.service.matching.IndexedEntity;
import eu.dualis.screening.service.matching.MatchThreshold;
import eu.dualis.screening.service.matching.MatchingFixtures;
import eu.dualis.screening.service.matching.MatchingFixtures.CrossScriptPair;
import eu.dualis.screening.service.matching.MatchingFixtures.LabelledPair;
import eu.dualis.screening.service.matching.MatchingFixtures.Person;
import eu.dualis.screening.service.matching.MatchingFixtures.Quality;
import eu.dualis.screening.service.matching.NameMatcher;
import eu.dualis.screening.service.matching.NameNormaliser;
import eu.dualis.screening.service.matching.ScreeningIndex;
import eu.dualis.screening.service.matching.ScreeningQuery;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The sanctions name matcher's quality and speed on real labelled data, each figure beside its
 * goal: name pairs against OpenSanctions' logic-v2, cross-script pairs, recall of the people on the
 * UN list, false hits on people who are on no list, and screening latency and throughput against
 * the UN and OFAC SDN lists. Reads only the test classpath's fixtures.
 *
 * <p>Run (the root pom's exec configuration skips ad-hoc exec:java runs): {@code ./mvnw -o -q -pl
 * app test-compile dependency:build-classpath -Dmdep.outputFile=target/test.cp
 * -Dmdep.includeScope=test && java -cp app/target/test-classes:app/target/classes:$(cat
 * app/target/test.cp) eu.dualis.benchmarks.MatchingBenchmark}
 */
public final class MatchingBenchmark {

  private static final double PEER_THRESHOLD = 0.7;

  private MatchingBenchmark() {}

  public static void main(String[] args) throws Exception {
    double threshold = MatchThreshold.DEFAULT;
    NameMatcher matcher = new NameMatcher();
    List<LabelledPair> pairs = MatchingFixtures.namePairs();
    Quality ours = MatchingFixtures.ours(pairs, matcher, threshold);
    Quality peer = MatchingFixtures.peer(PEER_THRESHOLD);
    List<CrossScriptPair> cross = MatchingFixtures.crossScriptPairs();
    long crossPassed =
        cross.stream()
            .filter(
                c ->
                    matcher.compare(c.query(), c.expected(), EntityType.PERSON).score()
                        >= c.minScore())
            .count();

    long t0 = System.nanoTime();
    List<IndexedEntity> un = MatchingFixtures.unList();
    List<IndexedEntity> ofac = MatchingFixtures.ofacList();
    List<IndexedEntity> eu = MatchingFixtures.euLists();
    long read = System.nanoTime();
    ScreeningIndex unIndex = ScreeningIndex.build(un);
    List<IndexedEntity> all = new ArrayList<>(un);
    all.addAll(ofac);
    all.addAll(eu);
    ScreeningIndex allIndex = ScreeningIndex.build(all);
    long built = System.nanoTime();

    List<Person> unPeople = MatchingFixtures.unQueries();
    Recall recall = unRecall(unIndex, un, unPeople);
    List<Person> nonListed = MatchingFixtures.nonListed();
    long flagged = nonListed.stream().filter(p -> !allIndex.screen(query(p)).isEmpty()).count();

    List<ScreeningQuery> queries = new ArrayList<>();
    unPeople.forEach(p -> queries.add(query(p)));
    nonListed.forEach(p -> queries.add(query(p)));
    double[] latencies = latencies(allIndex, queries);
    double throughput = throughput(allIndex, queries, 2);

    System.out.printf(
        "Lists read in %d ms (UN %,d, OFAC SDN %,d, EU %,d entities); indexes built in %d ms: UN"
            + " %,d names, all lists %,d entities and %,d names%n",
        (read - t0) / 1_000_000,
        un.size(),
        ofac.size(),
        eu.size(),
        (built - read) / 1_000_000,
        unIndex.nameCount(),
        allIndex.entityCount(),
        allIndex.nameCount());
    System.out.printf("Default threshold %.2f%n%n", threshold);
    String row = "%-52s %-22s %-26s %s%n";
    System.out.printf(row, "measure", "goal", "Dualis", "peer / note");
    System.out.printf(
        row,
        "name-pairs.csv P / R / F1 (" + ours.pairs() + " pairs)",
        "F1 >= 0.85",
        String.format("%.3f / %.3f / %.3f", ours.precision(), ours.recall(), ours.f1()),
        String.format(
            "logic-v2 at 0.7: %.3f / %.3f / %.3f (%d pairs)",
            peer.precision(), peer.recall(), peer.f1(), peer.pairs()));
    System.out.printf(
        row,
        "cross-script-pairs.csv reaching their min score",
        ">= 90 %",
        String.format(
            "%d / %d = %.1f %%", crossPassed, cross.size(), 100.0 * crossPassed / cross.size()),
        "");
    System.out.printf(
        row,
        "UN persons found in the UN list",
        "recall >= 0.99",
        String.format(
            "%d / %d = %.3f",
            recall.found, unPeople.size(), recall.found / (double) unPeople.size()),
        recall.unlisted + " queries have no equal name on the list");
    System.out.printf(
        row,
        "non-listed persons with any hit, all lists",
        "<= 1 %",
        String.format(
            "%d / %d = %.1f %%", flagged, nonListed.size(), 100.0 * flagged / nonListed.size()),
        "");
    System.out.printf(
        row,
        "one screening, 1 thread, p50 / p99",
        "<= 1 ms / <= 5 ms",
        String.format("%.3f ms / %.3f ms", latencies[0], latencies[1]),
        String.format("%,d names indexed, max %.1f ms", allIndex.nameCount(), latencies[2]));
    System.out.printf(
        row,
        "rescreening throughput, 2 threads",
        ">= 2,000 names/s",
        String.format("%,.0f names/s", throughput),
        "");
  }

  private record Recall(int found, int unlisted) {}

  /**
   * A UN person is found when a hit's entity has a name equal to the query's after normalisation; a
   * query with no such name anywhere on the list counts as not found.
   */
  private static Recall unRecall(
      ScreeningIndex index, List<IndexedEntity> un, List<Person> people) {
    NameNormaliser normaliser = new NameNormaliser();
    java.util.Map<String, java.util.Set<Long>> byName = new java.util.HashMap<>();
    for (IndexedEntity e : un) {
      e.names()
          .forEach(
              n ->
                  byName
                      .computeIfAbsent(
                          normaliser.normalise(n.fullName(), e.type()).text(),
                          k -> new java.util.HashSet<>())
                      .add(e.id()));
    }
    int found = 0;
    int unlisted = 0;
    for (Person p : people) {
      java.util.Set<Long> expected =
          byName.getOrDefault(
              normaliser.normalise(p.name(), EntityType.PERSON).text(), java.util.Set.of());
      if (expected.isEmpty()) {
        unlisted++;
        continue;
      }
      List<Hit> hits = index.screen(query(p));
      if (hits.stream().anyMatch(h -> expected.contains(h.entityId()))) {
        found++;
      }
    }
    return new Recall(found, unlisted);
  }

  private static ScreeningQuery query(Person p) {
    return new ScreeningQuery(p.name(), EntityType.PERSON, p.country(), p.dateOfBirth(), List.of());
  }

  /** p50, p99 and max in milliseconds, after a warm-up round. */
  private static double[] latencies(ScreeningIndex index, List<ScreeningQuery> queries) {
    for (int round = 0; round < 3; round++) {
      queries.forEach(index::screen);
    }
    double[] ms = new double[queries.size()];
    for (int i = 0; i < queries.size(); i++) {
      long start = System.nanoTime();
      index.screen(queries.get(i));
      ms[i] = (System.nanoTime() - start) / 1e6;
    }
    Arrays.sort(ms);
    return new double[] {
      ms[ms.length / 2], ms[(int) Math.ceil(ms.length * 0.99) - 1], ms[ms.length - 1]
    };
  }

  private static double throughput(ScreeningIndex index, List<ScreeningQuery> queries, int threads)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      int rounds = 3;
      long start = System.nanoTime();
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int from = t;
        done.add(
            pool.submit(
                () -> {
                  for (int r = 0; r < rounds; r++) {
                    for (int i = from; i < queries.size(); i += threads) {
                      index.screen(queries.get(i));
                    }
                  }
                }));
      }
      for (Future<?> f : done) {
        f.get();
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      return rounds * queries.size() / seconds;
    } finally {
      pool.shutdown();
    }
  }
}
