package eu.dualis.icp.service;

import eu.dualis.exportcheck.service.ExportCheckService;
import eu.dualis.screening.service.ScreeningService;
import eu.dualis.tenants.jpa.TenantBound;
import eu.dualis.training.service.TrainingCoverage;
import eu.dualis.training.service.TrainingService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The figures elements 3 and 4 are judged on, from the capabilities that hold them: the training
 * matrix on the date, and screenings and export checks of the last twelve months.
 */
@ApplicationScoped
@TenantBound
@Transactional
public class IcpFacts {

  @Inject ScreeningService screenings;
  @Inject ExportCheckService exportChecks;
  @Inject TrainingService training;

  /** Activity counted from 12 months before the date up to now. */
  public ElementFacts on(LocalDate on) {
    var from =
        on.minusMonths(IcpCompleteness.RECENT_MONTHS).atStartOfDay().toInstant(ZoneOffset.UTC);
    TrainingCoverage coverage = training.coverage(on);
    return new ElementFacts(
        coverage.requiredCells(),
        coverage.currentCells(),
        coverage.overdueCells(),
        screenings.countSince(from),
        exportChecks.countSince(from));
  }
}
