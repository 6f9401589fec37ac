package eu.dualis.duediligence.web;

import eu.dualis.duediligence.model.DueDiligenceFile;
import eu.dualis.duediligence.model.DueDiligenceInput;
import eu.dualis.duediligence.model.RedFlagAnswer;
import eu.dualis.duediligence.model.RiskLevel;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** The editable fields of a due-diligence file as the form holds them between requests. */
public class DueDiligenceForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private long version;
  private String exportCheck;
  private String endUser;
  private String consignee;
  private List<String> products = new ArrayList<>();
  private String destination;
  private String item;
  private String statedEndUse;
  private RiskLevel riskLevel;
  private String riskAssessment;
  private String mitigations;

  void fill(DueDiligenceFile f) {
    var c = f.content();
    version = f.version();
    exportCheck = c.exportCheckId();
    endUser = c.endUserPartyId();
    consignee = c.consigneePartyId();
    products = new ArrayList<>(c.productIds());
    destination = c.destination();
    item = c.item();
    statedEndUse = c.statedEndUse();
    riskLevel = c.riskLevel();
    riskAssessment = c.riskAssessment();
    mitigations = c.mitigations();
  }

  DueDiligenceInput input(List<RedFlagAnswer> answers) {
    return new DueDiligenceInput(
        exportCheck,
        endUser,
        consignee,
        products,
        destination,
        item,
        statedEndUse,
        answers,
        riskLevel,
        riskAssessment,
        mitigations);
  }

  long version() {
    return version;
  }

  /** Prefill from the URL (?product=): one product chosen. */
  public String getProduct() {
    return products.isEmpty() ? null : products.get(0);
  }

  public void setProduct(String product) {
    if (product != null && !product.isBlank() && !products.contains(product)) {
      products.add(product);
    }
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

  public String getConsignee() {
    return consignee;
  }

  public void setConsignee(String consignee) {
    this.consignee = consignee;
  }

  public List<String> getProducts() {
    return products;
  }

  public void setProducts(List<String> products) {
    this.products = products == null ? new ArrayList<>() : new ArrayList<>(products);
  }

  public String getDestination() {
    return destination;
  }

  public void setDestination(String destination) {
    this.destination = destination;
  }

  public String getItem() {
    return item;
  }

  public void setItem(String item) {
    this.item = item;
  }

  public String getStatedEndUse() {
    return statedEndUse;
  }

  public void setStatedEndUse(String statedEndUse) {
    this.statedEndUse = statedEndUse;
  }

  public RiskLevel getRiskLevel() {
    return riskLevel;
  }

  public void setRiskLevel(RiskLevel riskLevel) {
    this.riskLevel = riskLevel;
  }

  public String getRiskAssessment() {
    return riskAssessment;
  }

  public void setRiskAssessment(String riskAssessment) {
    this.riskAssessment = riskAssessment;
  }

  public String getMitigations() {
    return mitigations;
  }

  public void setMitigations(String mitigations) {
    this.mitigations = mitigations;
  }
}
