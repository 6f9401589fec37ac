package eu.dualis.icp.service;

import eu.dualis.icp.model.IcpElement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** The evidence behind each element on a date, as lines an authority reads. */
final class IcpEvidenceLines {

  private IcpEvidenceLines() {}

  static List<EvidenceLine> of(IcpElement e, LocalDate on, IcpRecords r, ElementFacts f) {
    List<EvidenceLine> lines = new ArrayList<>();
    switch (e) {
      case COMMITMENT ->
          r.commitments().stream()
              .filter(s -> !s.signedOn().isAfter(on))
              .forEach(
                  s ->
                      lines.add(
                          new EvidenceLine(
                              "Commitment statement, revision " + s.revision(),
                              "Signed by "
                                  + s.signedByName()
                                  + " ("
                                  + s.signedByFunction()
                                  + "); published: "
                                  + s.publishedWhere(),
                              s.signedOn(),
                              null)));
      case ORGANISATION ->
          r.roles().stream()
              .filter(x -> x.inOffice(on))
              .forEach(
                  x ->
                      lines.add(
                          new EvidenceLine(
                              x.function().name(),
                              x.person()
                                  + " ("
                                  + x.fte().toPlainString()
                                  + " FTE): "
                                  + x.responsibilities(),
                              x.from(),
                              null)));
      case TRAINING ->
          lines.add(
              new EvidenceLine(
                  "Training matrix",
                  f.trainingCurrentCells()
                      + " of "
                      + f.trainingRequiredCells()
                      + " required trainings current, "
                      + f.trainingOverdueCells()
                      + " overdue",
                  on,
                  null));
      case SCREENING ->
          lines.add(
              new EvidenceLine(
                  "Activity in the last 12 months",
                  f.screeningsLast12Months()
                      + " screenings, "
                      + f.exportChecksLast12Months()
                      + " export checks",
                  on,
                  null));
      case AUDITS -> {
        r.audits().stream()
            .filter(a -> !a.auditedOn().isAfter(on))
            .forEach(
                a ->
                    lines.add(
                        new EvidenceLine(
                            "Audit (" + a.kind().name() + ")",
                            a.scope() + (a.findings() == null ? "" : "; findings: " + a.findings()),
                            a.auditedOn(),
                            null)));
        r.correctiveActions()
            .forEach(
                c ->
                    lines.add(
                        new EvidenceLine(
                            "Corrective action (" + c.status().name() + ")",
                            c.description() + "; owner " + c.owner() + ", due " + c.due(),
                            c.doneOn() == null ? c.due() : c.doneOn(),
                            null)));
      }
      case RECORDKEEPING ->
          r.policies().stream()
              .filter(p -> !p.effectiveFrom().isAfter(on))
              .findFirst()
              .ifPresent(
                  p ->
                      lines.add(
                          new EvidenceLine(
                              "Recordkeeping policy, revision " + p.revision(),
                              "Retention: "
                                  + p.retention().entrySet().stream()
                                      .map(x -> x.getKey().name() + " " + x.getValue() + " years")
                                      .collect(Collectors.joining(", ")),
                              p.effectiveFrom(),
                              null)));
      case SECURITY ->
          r.securityMeasures().stream()
              .filter(m -> !m.reviewedOn().isAfter(on))
              .forEach(
                  m ->
                      lines.add(
                          new EvidenceLine(
                              m.kind().name() + " security",
                              m.description(),
                              m.reviewedOn(),
                              null)));
    }
    r.documents().stream()
        .filter(d -> d.element() == e && d.inForce(on))
        .forEach(
            d ->
                lines.add(
                    new EvidenceLine(
                        "Document",
                        d.title() + ", version " + d.versionLabel() + " (" + d.fileName() + ")",
                        d.effectiveFrom(),
                        d.id())));
    return lines;
  }
}
