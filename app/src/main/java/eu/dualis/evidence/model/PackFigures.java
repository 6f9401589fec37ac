package eu.dualis.evidence.model;

import java.util.List;

/** The counts a pack's chapters report, read for one tenant, period and scope. */
public record PackFigures(
    List<Count> classificationsByCodeAndStatus,
    long openReviewFlags,
    List<Count> screeningsByStatus,
    List<Count> decisionsByOutcome,
    List<Count> exportChecksByDetermination,
    long exportChecksOnHold,
    List<Count> dueDiligenceByStatusAndDecision,
    List<Count> licenceUsage,
    long screeningsLast12Months,
    long exportChecksLast12Months) {

  /** One line of a figure: what was counted and how many. */
  public record Count(String label, long count) {}

  public PackFigures {
    classificationsByCodeAndStatus = List.copyOf(classificationsByCodeAndStatus);
    screeningsByStatus = List.copyOf(screeningsByStatus);
    decisionsByOutcome = List.copyOf(decisionsByOutcome);
    exportChecksByDetermination = List.copyOf(exportChecksByDetermination);
    dueDiligenceByStatusAndDecision = List.copyOf(dueDiligenceByStatusAndDecision);
    licenceUsage = List.copyOf(licenceUsage);
  }
}
