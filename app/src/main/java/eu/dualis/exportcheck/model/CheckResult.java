package eu.dualis.exportcheck.model;

import java.util.List;

/**
 * The determination of one export: the strictest of its lines. Reasons that bear on every line
 * (parties, destination) are kept once in {@link #exportReasons()} and count in each line.
 */
public record CheckResult(
    Determination determination, List<Reason> exportReasons, List<LineResult> lines) {

  public CheckResult {
    exportReasons = List.copyOf(exportReasons);
    lines = List.copyOf(lines);
  }

  public record LineResult(
      int index,
      String productId,
      String productName,
      Determination determination,
      List<Reason> reasons) {

    public LineResult {
      reasons = List.copyOf(reasons);
    }
  }
}
