package eu.dualis.screening.model;

import eu.dualis.platform.model.Page;
import eu.dualis.platform.model.PageRequest;
import eu.dualis.platform.model.SortOrder;
import java.util.List;
import java.util.Optional;

/** The current tenant's parties. */
public interface PartyRepository {

  List<String> SORTABLE = List.of("name", "country", "status", "role", "updatedAt");

  Optional<Party> find(String id);

  /** The parties with these ids (those that exist), in one query. */
  List<Party> findAll(List<String> ids);

  Page<Party> search(String query, PartyStatus status, SortOrder sort, PageRequest page);

  /** Ids of the tenant's parties after {@code afterId} in id order, for rescreening in pages. */
  List<String> idsAfter(String afterId, int limit);

  long count();

  void add(Party party);
}
