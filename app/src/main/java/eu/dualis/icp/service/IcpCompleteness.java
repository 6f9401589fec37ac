package eu.dualis.icp.service;

import eu.dualis.icp.model.AuditRecord;
import eu.dualis.icp.model.CommitmentStatement;
import eu.dualis.icp.model.IcpDocument;
import eu.dualis.icp.model.IcpElement;
import eu.dualis.icp.model.RecordkeepingPolicy;
import eu.dualis.icp.model.RoleFunction;
import eu.dualis.icp.model.SecurityKind;
import eu.dualis.icp.model.SecurityMeasure;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Whether each core element's evidence is complete (the evidence exists) and current (it is recent
 * enough) on a date, following what Recommendation (EU) 2019/1318 says is expected of each element.
 * Only records that existed on the date count, so a past date gives the picture of that day. Pure:
 * everything it needs is given to it.
 */
public final class IcpCompleteness {

  /** Our reading of "regularly" for the management's statement: renewed at least every 3 years. */
  static final int COMMITMENT_YEARS = 3;

  static final int RECENT_MONTHS = 12;

  /** Share of training cells that must be current, in percent. */
  static final int TRAINING_CURRENT_PERCENT = 90;

  private IcpCompleteness() {}

  public static List<Assessment> assess(LocalDate on, IcpRecords r, ElementFacts f) {
    return List.of(
        commitment(on, r),
        organisation(on, r),
        training(f),
        screening(on, r, f),
        audits(on, r),
        recordkeeping(on, r),
        security(on, r));
  }

  /** Rec. 2019/1318 element 1: a written commitment by top management, communicated to staff. */
  static Assessment commitment(LocalDate on, IcpRecords r) {
    Optional<CommitmentStatement> latest =
        r.commitments().stream()
            .filter(s -> !s.signedOn().isAfter(on))
            .max(Comparator.comparing(CommitmentStatement::signedOn));
    if (latest.isEmpty()) {
      return incomplete(
          IcpElement.COMMITMENT,
          Gap.of(
              "commitment.missing",
              "A commitment statement signed by top management (Rec. 2019/1318, element 1)"));
    }
    LocalDate signed = latest.get().signedOn();
    if (signed.isAfter(on.minusYears(COMMITMENT_YEARS))) {
      return ok(IcpElement.COMMITMENT);
    }
    return stale(
        IcpElement.COMMITMENT,
        Gap.of(
            "commitment.old",
            "A commitment statement signed in the last 3 years: the newest was signed on "
                + signed
                + " (Rec. 2019/1318, element 1)",
            signed.toString()));
  }

  /**
   * Rec. 2019/1318 element 2: a designated export control officer with a deputy, with clear
   * responsibilities and resources.
   */
  static Assessment organisation(LocalDate on, IcpRecords r) {
    List<Gap> missing = new ArrayList<>();
    List<Gap> stale = new ArrayList<>();
    for (RoleFunction f : List.of(RoleFunction.EXPORT_CONTROL_OFFICER, RoleFunction.DEPUTY)) {
      String name = f == RoleFunction.DEPUTY ? "deputy" : "officer";
      String words =
          f == RoleFunction.DEPUTY
              ? "A deputy export control officer"
              : "An export control officer";
      var appointed =
          r.roles().stream().filter(x -> x.function() == f && !x.from().isAfter(on)).toList();
      if (appointed.isEmpty()) {
        missing.add(
            Gap.of("organisation." + name, words + " appointed (Rec. 2019/1318, element 2)"));
      } else if (appointed.stream().noneMatch(x -> x.inOffice(on))) {
        stale.add(
            Gap.of(
                "organisation." + name + ".office",
                words + " in office on " + on + " (Rec. 2019/1318, element 2)",
                on.toString()));
      }
    }
    return verdict(IcpElement.ORGANISATION, missing, stale);
  }

  /** Rec. 2019/1318 element 3: staff trained, with training kept up to date. */
  static Assessment training(ElementFacts f) {
    if (f.trainingRequiredCells() <= 0) {
      return incomplete(
          IcpElement.TRAINING,
          Gap.of(
              "training.none",
              "Training facts from the training matrix: required courses per person (Rec."
                  + " 2019/1318, element 3)"));
    }
    List<Gap> stale = new ArrayList<>();
    if (f.trainingOverdueCells() > 0) {
      stale.add(
          Gap.of(
              "training.overdue",
              f.trainingOverdueCells()
                  + " overdue training(s) in the training matrix (Rec. 2019/1318, element 3)",
              String.valueOf(f.trainingOverdueCells())));
    }
    if (f.trainingCurrentCells() * 100L
        < (long) f.trainingRequiredCells() * TRAINING_CURRENT_PERCENT) {
      long percent = f.trainingCurrentCells() * 100L / f.trainingRequiredCells();
      stale.add(
          Gap.of(
              "training.coverage",
              "At least 90 % of required trainings current: "
                  + percent
                  + " % are (Rec. 2019/1318, element 3)",
              String.valueOf(percent)));
    }
    return verdict(IcpElement.TRAINING, List.of(), stale);
  }

  /**
   * Rec. 2019/1318 element 4: a written transaction screening procedure, applied: screenings or
   * export checks in the last 12 months.
   */
  static Assessment screening(LocalDate on, IcpRecords r, ElementFacts f) {
    Optional<IcpDocument> procedure = inForce(on, r, IcpElement.SCREENING);
    if (procedure.isEmpty()) {
      return incomplete(
          IcpElement.SCREENING,
          Gap.of(
              "screening.procedure",
              "A transaction screening procedure document in force (Rec. 2019/1318, element 4)"));
    }
    List<Gap> stale = new ArrayList<>();
    reviewDue(on, procedure.get(), "screening.review", 4).ifPresent(stale::add);
    if (f.screeningsLast12Months() + f.exportChecksLast12Months() <= 0) {
      stale.add(
          Gap.of(
              "screening.activity",
              "Screenings or export checks in the last 12 months (Rec. 2019/1318, element 4)"));
    }
    return verdict(IcpElement.SCREENING, List.of(), stale);
  }

  /**
   * Rec. 2019/1318 element 5: the ICP is audited and corrective actions are taken; our reading of
   * "regularly" is at least once in 12 months.
   */
  static Assessment audits(LocalDate on, IcpRecords r) {
    Optional<AuditRecord> latest =
        r.audits().stream()
            .filter(a -> !a.auditedOn().isAfter(on))
            .max(Comparator.comparing(AuditRecord::auditedOn));
    if (latest.isEmpty()) {
      return incomplete(
          IcpElement.AUDITS,
          Gap.of("audits.none", "An audit of the ICP (Rec. 2019/1318, element 5)"));
    }
    List<Gap> stale = new ArrayList<>();
    LocalDate last = latest.get().auditedOn();
    if (last.isBefore(on.minusMonths(RECENT_MONTHS))) {
      stale.add(
          Gap.of(
              "audits.old",
              "An audit in the last 12 months: the latest was on "
                  + last
                  + " (Rec. 2019/1318, element 5)",
              last.toString()));
    }
    // Actions of audits held by the date; an action is judged by its own due and done dates.
    var held =
        r.audits().stream()
            .filter(a -> !a.auditedOn().isAfter(on))
            .map(AuditRecord::id)
            .collect(java.util.stream.Collectors.toSet());
    long overdue =
        r.correctiveActions().stream()
            .filter(c -> held.contains(c.auditId()) && c.overdue(on))
            .count();
    if (overdue > 0) {
      stale.add(
          Gap.of(
              "audits.overdue",
              overdue + " corrective action(s) overdue (Rec. 2019/1318, element 5)",
              String.valueOf(overdue)));
    }
    return verdict(IcpElement.AUDITS, List.of(), stale);
  }

  /**
   * Rec. 2019/1318 element 6: a recordkeeping policy and procedure; Art. 27 of Regulation (EU)
   * 2021/821 sets the floor of five years.
   */
  static Assessment recordkeeping(LocalDate on, IcpRecords r) {
    List<Gap> missing = new ArrayList<>();
    Optional<RecordkeepingPolicy> policy =
        r.policies().stream()
            .filter(p -> !p.effectiveFrom().isAfter(on))
            .max(
                Comparator.comparing(RecordkeepingPolicy::effectiveFrom)
                    .thenComparing(RecordkeepingPolicy::revision));
    if (policy.isEmpty()) {
      missing.add(
          Gap.of(
              "recordkeeping.policy",
              "A recordkeeping policy with retention periods (Rec. 2019/1318, element 6)"));
    } else if (policy.get().shortestRetention() < RecordkeepingPolicy.MIN_RETENTION_YEARS) {
      missing.add(
          Gap.of(
              "recordkeeping.retention",
              "Retention periods of at least 5 years (Art. 27 of Regulation (EU) 2021/821)"));
    }
    Optional<IcpDocument> document = inForce(on, r, IcpElement.RECORDKEEPING);
    if (document.isEmpty()) {
      missing.add(
          Gap.of(
              "recordkeeping.document",
              "A recordkeeping procedure document in force (Rec. 2019/1318, element 6)"));
    }
    List<Gap> stale = new ArrayList<>();
    document.flatMap(d -> reviewDue(on, d, "recordkeeping.review", 6)).ifPresent(stale::add);
    return verdict(IcpElement.RECORDKEEPING, missing, stale);
  }

  /**
   * Rec. 2019/1318 element 7: physical and information security measures, kept under review (our
   * reading: reviewed in the last 12 months).
   */
  static Assessment security(LocalDate on, IcpRecords r) {
    List<Gap> missing = new ArrayList<>();
    List<Gap> stale = new ArrayList<>();
    for (SecurityKind kind : SecurityKind.values()) {
      String name = kind.name().toLowerCase(java.util.Locale.ROOT);
      Optional<LocalDate> last =
          r.securityMeasures().stream()
              .filter(m -> m.kind() == kind && !m.reviewedOn().isAfter(on))
              .map(SecurityMeasure::reviewedOn)
              .max(Comparator.naturalOrder());
      if (last.isEmpty()) {
        missing.add(
            Gap.of(
                "security." + name, "A " + name + " security measure (Rec. 2019/1318, element 7)"));
      } else if (last.get().isBefore(on.minusMonths(RECENT_MONTHS))) {
        stale.add(
            Gap.of(
                "security." + name + ".old",
                "A "
                    + name
                    + " security measure reviewed in the last 12 months: the latest review was on "
                    + last.get()
                    + " (Rec. 2019/1318, element 7)",
                last.get().toString()));
      }
    }
    return verdict(IcpElement.SECURITY, missing, stale);
  }

  static Optional<IcpDocument> inForce(LocalDate on, IcpRecords r, IcpElement element) {
    return r.documents().stream()
        .filter(d -> d.element() == element && d.inForce(on))
        .max(Comparator.comparing(IcpDocument::effectiveFrom));
  }

  private static Optional<Gap> reviewDue(LocalDate on, IcpDocument d, String code, int element) {
    if (!d.reviewOverdue(on)) {
      return Optional.empty();
    }
    return Optional.of(
        Gap.of(
            code,
            "A review of \""
                + d.title()
                + "\": it was due on "
                + d.reviewDue()
                + " (Rec. 2019/1318, element "
                + element
                + ")",
            d.title(),
            d.reviewDue().toString()));
  }

  private static Assessment verdict(IcpElement e, List<Gap> missing, List<Gap> stale) {
    List<Gap> all = new ArrayList<>(missing);
    all.addAll(stale);
    return new Assessment(e, missing.isEmpty(), missing.isEmpty() && stale.isEmpty(), all);
  }

  private static Assessment incomplete(IcpElement e, Gap gap) {
    return new Assessment(e, false, false, List.of(gap));
  }

  private static Assessment stale(IcpElement e, Gap gap) {
    return new Assessment(e, true, false, List.of(gap));
  }

  private static Assessment ok(IcpElement e) {
    return new Assessment(e, true, true, List.of());
  }
}
