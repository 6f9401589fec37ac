package eu.dualis.icp.api;

import eu.dualis.icp.model.CorrectiveAction;
import java.time.LocalDate;

public record CorrectiveActionResponse(
    String id,
    String auditId,
    String finding,
    String description,
    String owner,
    LocalDate due,
    String status,
    LocalDate doneOn,
    long version) {

  static CorrectiveActionResponse of(CorrectiveAction c) {
    return new CorrectiveActionResponse(
        c.id(),
        c.auditId(),
        c.finding(),
        c.description(),
        c.owner(),
        c.due(),
        c.status().name(),
        c.doneOn(),
        c.version());
  }
}
