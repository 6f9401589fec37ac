package eu.dualis.licensing.model;

import eu.dualis.platform.model.Page;
import eu.dualis.platform.model.PageRequest;
import eu.dualis.platform.model.SortOrder;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The current tenant's licences and their usages. */
public interface LicenceRepository {

  List<String> SORTABLE = List.of("number", "holder", "kind", "validTo", "updatedAt");

  Optional<Licence> find(String id);

  Optional<Licence> findByNumber(String number);

  Page<Licence> search(LicenceFilter filter, SortOrder sort, PageRequest page);

  /** Licences recorded ACTIVE whose validity has not ended by {@code day}. */
  List<Licence> notEndedBy(LocalDate day);

  void add(Licence licence);

  /** Usages of one licence, newest shipment first. */
  List<LicenceUsage> usages(String licenceId);

  void addUsage(LicenceUsage usage);

  /** The sums of the usages per licence id; licences without usages are absent. */
  Map<String, UsedAmounts> used(Collection<String> licenceIds);
}
