package eu.dualis.classification.service;

import eu.dualis.classification.model.ChangeImpact;
import eu.dualis.classification.model.ControlListDiff;
import eu.dualis.classification.model.ControlListKind;
import eu.dualis.classification.model.ControlListVersion;
import eu.dualis.platform.service.TenantService;
import eu.dualis.tenants.TenantContext;
import eu.dualis.tenants.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * A new control list version and what it changes for every tenant: import (one transaction), then
 * the diff against the version it follows, then review flags tenant by tenant, each in its own
 * transaction so that one tenant's trouble does not undo another's flags.
 */
@ApplicationScoped
public class ControlListUpdates {

  private static final Logger LOG = Logger.getLogger(ControlListUpdates.class.getName());

  @Inject ControlListService controlLists;
  @Inject ReviewFlagService reviewFlags;
  @Inject TenantService tenants;

  /** What an import did: the version, and the flags raised across tenants. */
  public record Result(ImportOutcome outcome, int flagsRaised) {}

  public Result importFile(
      byte[] content,
      ControlListFormat format,
      ControlListFormat.CsvMetadata csv,
      ControlListKind kind,
      String actor) {
    ImportOutcome outcome = controlLists.importFile(content, format, csv, kind, actor);
    if (!outcome.created()) {
      return new Result(outcome, 0);
    }
    return new Result(outcome, assessImpact(outcome.version()));
  }

  /** Raises review flags for what {@code newVersion} changed against the version before it. */
  public int assessImpact(ControlListVersion newVersion) {
    Optional<ControlListVersion> previous = previous(newVersion);
    if (previous.isEmpty()) {
      return 0;
    }
    ControlListDiff diff = controlLists.diff(previous.get().id(), newVersion.id());
    ChangeImpact impact = new ChangeImpact(diff);
    if (impact.isEmpty()) {
      return 0;
    }
    int raised = 0;
    for (TenantId tenant : tenants.all()) {
      raised +=
          TenantContext.callAs(
              tenant, () -> reviewFlags.raise(previous.get().id(), newVersion.id(), impact));
    }
    int total = raised;
    LOG.info(
        () -> "Control list " + newVersion.sourceId() + ": " + total + " review flag(s) raised");
    return raised;
  }

  /** The newest other version of the same kind that applies no later than this one. */
  private Optional<ControlListVersion> previous(ControlListVersion version) {
    LocalDate applies = version.appliesFrom() == null ? LocalDate.MAX : version.appliesFrom();
    return controlLists.versions().stream()
        .filter(v -> !v.id().equals(version.id()) && v.kind() == version.kind())
        .filter(v -> v.appliesFrom() == null || !v.appliesFrom().isAfter(applies))
        .filter(v -> v.importedAt().isBefore(version.importedAt()))
        .max(
            Comparator.comparing(
                    (ControlListVersion v) ->
                        v.appliesFrom() == null ? LocalDate.MIN : v.appliesFrom())
                .thenComparing(ControlListVersion::importedAt));
  }
}
