package eu.dualis.benchmarks;

import eu.dualis.classification.model.ChangeImpact;
import eu.dualis.classification.model.Classification;
import eu.dualis.classification.model.ClassificationInput;
import eu.dualis.classification.model.ClassificationOutcome;
import eu.dualis.classification.model.ControlListDiff;
import eu.dualis.classification.model.ControlListEntry;
import eu.dualis.classification.model.CyberSurveillance;
import eu.dualis.classification.model.EntryCode;
import eu.dualis.classification.model.ParsedEntry;
import eu.dualis.classification.model.ProductId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Diff two control list versions of 2,000 entries and find the flags for 100,000 classifications
 * across 100 tenants (issue 3's goal: under 10 s on 2 cores). Measures the computation in memory;
 * the database writes of the flags are not part of this figure.
 *
 * <p>Run: {@code ./mvnw -q -pl app -am test-compile exec:java@impact-benchmark}
 */
public final class ImpactBenchmark {

  private static final int ENTRIES = 2_000;
  private static final int CLASSIFICATIONS = 100_000;
  private static final int TENANTS = 100;

  private ImpactBenchmark() {}

  public static void main(String[] args) {
    Random random = new Random(42);
    List<ControlListEntry> before = new ArrayList<>();
    List<ControlListEntry> after = new ArrayList<>();
    List<EntryCode> codes = new ArrayList<>();
    for (int i = 0; i < ENTRIES; i++) {
      String head = (i % 10) + "ABCDE".substring(i % 5, i % 5 + 1) + String.format("%03d", i / 50);
      EntryCode code = new EntryCode(head + "." + (char) ('a' + i % 26) + "." + (1 + i % 7));
      codes.add(code);
      String text = "Entry " + code + " controls items with parameter " + i;
      before.add(entry("v1", i, code, text));
      if (i % 100 == 0) {
        continue; // removed in v2 (1 %)
      }
      after.add(entry("v2", i, code, i % 50 == 1 ? text + " as amended" : text)); // 2 % reworded
    }
    Instant now = Instant.now();
    List<List<Classification>> perTenant = new ArrayList<>();
    for (int t = 0; t < TENANTS; t++) {
      List<Classification> list = new ArrayList<>();
      for (int c = 0; c < CLASSIFICATIONS / TENANTS; c++) {
        EntryCode code = codes.get(random.nextInt(codes.size()));
        ClassificationInput input =
            new ClassificationInput(
                "v1",
                ClassificationOutcome.LISTED,
                List.of(code.value()),
                null,
                CyberSurveillance.NO,
                "benchmark",
                List.of());
        Classification cl = Classification.draft(ProductId.newId(), input, Set.of(code), "a", now);
        cl.approve("b", now);
        list.add(cl);
      }
      perTenant.add(list);
    }
    Runtime rt = Runtime.getRuntime();
    for (int round = 1; round <= 3; round++) {
      long start = System.nanoTime();
      ControlListDiff diff = ControlListDiff.between(before, after);
      long diffed = System.nanoTime();
      ChangeImpact impact = new ChangeImpact(diff);
      int flags = 0;
      for (List<Classification> tenant : perTenant) {
        flags += impact.hits(tenant).size();
      }
      long done = System.nanoTime();
      System.out.printf(
          "round %d: %,d entries diffed in %d ms (%d removed, %d changed); %,d classifications in %d"
              + " tenants checked in %d ms; %,d flags; total %d ms (goal < 10,000 ms); heap used %d"
              + " MB%n",
          round,
          ENTRIES,
          (diffed - start) / 1_000_000,
          diff.removed().size(),
          diff.changed().size(),
          CLASSIFICATIONS,
          TENANTS,
          (done - diffed) / 1_000_000,
          flags,
          (done - start) / 1_000_000,
          (rt.totalMemory() - rt.freeMemory()) / (1024 * 1024));
    }
  }

  private static ControlListEntry entry(String version, int position, EntryCode code, String text) {
    return new ControlListEntry(
        version, position, new ParsedEntry(code, null, text, List.of()), text);
  }
}
