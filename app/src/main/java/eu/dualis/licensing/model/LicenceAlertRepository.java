package eu.dualis.licensing.model;

import java.util.List;
import java.util.Optional;

/** The current tenant's licence alerts. */
public interface LicenceAlertRepository {

  Optional<LicenceAlert> find(String id);

  boolean exists(String licenceId, AlertKind kind);

  /** Unacknowledged alerts, newest first. */
  List<LicenceAlert> open(int limit);

  /** All alerts of a licence, newest first. */
  List<LicenceAlert> ofLicence(String licenceId);

  void add(LicenceAlert alert);
}
