package eu.dualis.classification.web;

import eu.dualis.classification.model.ProductRepository;
import eu.dualis.classification.service.ProductService;
import eu.dualis.platform.model.Page;
import eu.dualis.platform.model.PageRequest;
import eu.dualis.platform.model.SortOrder;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** The product list: paged and sorted in the database, searched with one box. */
@Named
@ViewScoped
public class ProductListView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject ProductService products;

  private String query;
  private final LazyDataModel<ProductRow> model = new Rows();

  public LazyDataModel<ProductRow> getModel() {
    return model;
  }

  public String getQuery() {
    return query;
  }

  public void setQuery(String query) {
    this.query = query;
  }

  private class Rows extends LazyDataModel<ProductRow> {
    private static final long serialVersionUID = 1L;

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
      return (int)
          products.search(query, new SortOrder("name", true), new PageRequest(0, 1)).total();
    }

    @Override
    public List<ProductRow> load(
        int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
      SortOrder sort =
          sortBy.values().stream()
              .filter(s -> ProductRepository.SORTABLE.contains(s.getField()))
              .findFirst()
              .map(
                  s ->
                      new SortOrder(
                          s.getField(), s.getOrder() != org.primefaces.model.SortOrder.DESCENDING))
              .orElse(new SortOrder("name", true));
      int size = Math.min(Math.max(pageSize, 1), PageRequest.MAX_SIZE);
      Page<ProductRow> page =
          products.search(query, sort, new PageRequest(first / size, size)).map(ProductRow::of);
      setRowCount((int) page.total());
      return page.items();
    }

    @Override
    public String getRowKey(ProductRow row) {
      return row.getId();
    }
  }
}
