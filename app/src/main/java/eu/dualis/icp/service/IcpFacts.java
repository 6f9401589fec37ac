package eu.dualis.icp.service;

import eu.dualis.exportcheck.service.ExportCheckService;
import eu.dualis.screening.service.ScreeningService;
import eu.dualis.tenants.jpa.TenantBound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The figures elements 3 and 4 are judged on, from the capabilities that hold them. Training is not
 * part of this build yet: its cells are zero, and element 3 says it waits for the training matrix.
 */
@ApplicationScoped
@TenantBound
@Transactional
public class IcpFacts {

  @Inject ScreeningService screenings;
  @Inject ExportCheckService exportChecks;

  /** Activity counted from 12 months before the date up to now. */
  public ElementFacts on(LocalDate on) {
    var from =
        on.minusMonths(IcpCompleteness.RECENT_MONTHS).atStartOfDay().toInstant(ZoneOffset.UTC);
    return new ElementFacts(0, 0, 0, screenings.countSince(from), exportChecks.countSince(from));
  }
}
