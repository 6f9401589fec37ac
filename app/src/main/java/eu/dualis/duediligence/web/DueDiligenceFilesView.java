package eu.dualis.duediligence.web;

import eu.dualis.duediligence.model.DueDiligenceFile;
import eu.dualis.duediligence.model.DueDiligenceStatus;
import eu.dualis.duediligence.service.DueDiligenceService;
import eu.dualis.platform.model.PageRequest;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The list of due-diligence files, filtered by status. Opened with {@code endUser} (and {@code
 * exportCheck}, {@code product}, {@code destination}) it goes on to a new file prefilled with them:
 * the export check result links here.
 */
@Named
@ViewScoped
public class DueDiligenceFilesView implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final int SHOWN = 200;

  @Inject DueDiligenceService files;

  private DueDiligenceStatus status;
  private String exportCheck;
  private String endUser;
  private String product;
  private String destination;
  private transient List<DueDiligenceFile> rows;
  private long total;

  /** f:viewAction: with a subject in the URL, straight on to the new file. */
  public String prefill() {
    if (endUser == null || endUser.isBlank()) {
      return null;
    }
    return "/app/due-diligence?faces-redirect=true"
        + param("exportCheck", exportCheck)
        + param("endUser", endUser)
        + param("product", product)
        + param("destination", destination);
  }

  private static String param(String name, String value) {
    return value == null || value.isBlank()
        ? ""
        : "&" + name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  public String search() {
    var page = files.search(status, null, new PageRequest(0, SHOWN));
    rows = page.items();
    total = page.total();
    return null;
  }

  public List<DueDiligenceFile> getRows() {
    if (rows == null) {
      search();
    }
    return rows;
  }

  public long getTotal() {
    return total;
  }

  public DueDiligenceStatus[] getStatuses() {
    return DueDiligenceStatus.values();
  }

  public DueDiligenceStatus getStatus() {
    return status;
  }

  public void setStatus(DueDiligenceStatus status) {
    this.status = status;
  }

  public String getExportCheck() {
    return exportCheck;
  }

  public void setExportCheck(String exportCheck) {
    this.exportCheck = exportCheck;
  }

  public String getEndUser() {
    return endUser;
  }

  public void setEndUser(String endUser) {
    this.endUser = endUser;
  }

  public String getProduct() {
    return product;
  }

  public void setProduct(String product) {
    this.product = product;
  }

  public String getDestination() {
    return destination;
  }

  public void setDestination(String destination) {
    this.destination = destination;
  }
}
