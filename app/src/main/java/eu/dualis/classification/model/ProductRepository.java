package eu.dualis.classification.model;

import eu.dualis.platform.model.Page;
import eu.dualis.platform.model.PageRequest;
import eu.dualis.platform.model.SortOrder;
import java.util.List;
import java.util.Optional;

/** The products of the current tenant (the tenant is bound by the persistence layer). */
public interface ProductRepository {

  /** Fields a product list may be sorted by. */
  List<String> SORTABLE = List.of("name", "partNumber", "manufacturer", "cnCode", "updatedAt");

  Optional<Product> find(ProductId id);

  Optional<Product> findByPartNumber(String partNumber);

  Page<Product> search(String query, SortOrder sort, PageRequest page);

  void add(Product product);

  void remove(Product product);
}
