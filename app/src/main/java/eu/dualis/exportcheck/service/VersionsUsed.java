package eu.dualis.exportcheck.service;

import eu.dualis.screening.service.ListVersionUsed;
import java.time.LocalDate;
import java.util.List;

/**
 * The reference data a check used: the control-list version in force that day, the version each
 * line's classification was made against, the sanctions-list versions in force (with their age) and
 * the date of the embargo table. Kept with the check so that it can be explained years later.
 */
public record VersionsUsed(
    String controlListVersionId,
    String controlListTitle,
    List<LineClassification> classifications,
    List<ListVersionUsed> sanctionsLists,
    LocalDate embargoTableAsOf,
    String embargoTableSource) {

  /** The approved classification a line was judged by. */
  public record LineClassification(
      int line, String classificationId, String controlListVersionId) {}
}
