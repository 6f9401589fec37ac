package eu.dualis.exportcheck.web;

import eu.dualis.classification.model.Product;
import eu.dualis.classification.service.ProductService;
import eu.dualis.exportcheck.model.EndUseConcern;
import eu.dualis.exportcheck.model.ExportCheckInput;
import eu.dualis.exportcheck.model.PartyRoleInExport;
import eu.dualis.exportcheck.service.ExportCheckService;
import eu.dualis.platform.model.InvalidInputException;
import eu.dualis.platform.model.PageRequest;
import eu.dualis.platform.model.SortOrder;
import eu.dualis.platform.web.FacesMessages;
import eu.dualis.platform.web.LanguageSelector;
import eu.dualis.screening.model.Party;
import eu.dualis.screening.service.PartyService;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The export check form: reference, destination, stated end use and red flags, lines (product,
 * quantity, value) and parties from the register. A check that is recorded opens its result page.
 */
@Named
@ViewScoped
public class ExportCheckFormView implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final int PICKER_SIZE = PageRequest.MAX_SIZE;

  @Inject ExportCheckService checks;
  @Inject ProductService products;
  @Inject PartyService parties;
  @Inject LanguageSelector language;

  private String reference;
  private String destination;
  private String endUse;
  private List<String> concerns = new ArrayList<>();
  private final List<LineRow> lines = new ArrayList<>(List.of(new LineRow()));
  private String endUser;
  private String consignee;
  private String intermediary;

  /** One editable line of the form. */
  public static class LineRow implements Serializable {
    private static final long serialVersionUID = 1L;
    private String productId;
    private BigDecimal quantity = BigDecimal.ONE;
    private BigDecimal value;

    public String getProductId() {
      return productId;
    }

    public void setProductId(String productId) {
      this.productId = productId;
    }

    public BigDecimal getQuantity() {
      return quantity;
    }

    public void setQuantity(BigDecimal quantity) {
      this.quantity = quantity;
    }

    public BigDecimal getValue() {
      return value;
    }

    public void setValue(BigDecimal value) {
      this.value = value;
    }
  }

  public String check() {
    List<ExportCheckInput.Line> in =
        lines.stream()
            .map(l -> new ExportCheckInput.Line(l.productId, l.quantity, l.value))
            .toList();
    List<ExportCheckInput.PartyRef> refs = new ArrayList<>();
    add(refs, endUser, PartyRoleInExport.END_USER);
    add(refs, consignee, PartyRoleInExport.CONSIGNEE);
    add(refs, intermediary, PartyRoleInExport.INTERMEDIARY);
    try {
      var recorded =
          checks.check(
              new ExportCheckInput(
                  reference,
                  destination,
                  endUse,
                  concerns.stream().map(EndUseConcern::valueOf).toList(),
                  in,
                  refs));
      return "/app/export-check-result?faces-redirect=true&id=" + recorded.check().id();
    } catch (InvalidInputException e) {
      e.problems()
          .forEach(
              p ->
                  FacesMessages.plain(
                      clientId(p.field()), FacesMessage.SEVERITY_ERROR, p.message()));
      return null;
    }
  }

  /** Maps an input field ({@code lines[1].quantity}) to the form's component id. */
  private static String clientId(String field) {
    if (field.startsWith("lines[")) {
      int i = Integer.parseInt(field.substring(6, field.indexOf(']')));
      String rest = field.substring(field.indexOf(']') + 2);
      return "export:lines:" + i + ":" + rest;
    }
    return switch (field) {
      case "reference", "destination", "endUse" -> "export:" + field;
      case "parties" -> "export:endUser";
      default -> null;
    };
  }

  private static void add(List<ExportCheckInput.PartyRef> refs, String id, PartyRoleInExport role) {
    if (id != null && !id.isBlank()) {
      refs.add(new ExportCheckInput.PartyRef(id, role));
    }
  }

  public void addLine() {
    lines.add(new LineRow());
  }

  public void removeLine(LineRow row) {
    if (lines.size() > 1) {
      lines.remove(row);
    }
  }

  public List<SelectItem> getProductOptions() {
    return products
        .search(null, new SortOrder("name", true), new PageRequest(0, PICKER_SIZE))
        .items()
        .stream()
        .map(p -> new SelectItem(p.id().value(), label(p)))
        .toList();
  }

  private static String label(Product p) {
    return p.partNumber() == null ? p.name() : p.name() + " (" + p.partNumber() + ")";
  }

  public List<SelectItem> getPartyOptions() {
    return parties
        .search(null, null, new SortOrder("name", true), new PageRequest(0, PICKER_SIZE))
        .items()
        .stream()
        .map(p -> new SelectItem(p.id(), partyLabel(p)))
        .toList();
  }

  private static String partyLabel(Party p) {
    return p.country() == null ? p.name() : p.name() + " (" + p.country() + ")";
  }

  /** Countries by their name in the reader's language. */
  public List<SelectItem> getCountryOptions() {
    Locale locale = language.getLocale();
    return Arrays.stream(Locale.getISOCountries())
        .map(c -> new SelectItem(c, new Locale("", c).getDisplayCountry(locale) + " (" + c + ")"))
        .sorted(Comparator.comparing(SelectItem::getLabel))
        .toList();
  }

  public EndUseConcern[] getConcernOptions() {
    return EndUseConcern.values();
  }

  public List<LineRow> getLines() {
    return lines;
  }

  public String getReference() {
    return reference;
  }

  public void setReference(String reference) {
    this.reference = reference;
  }

  public String getDestination() {
    return destination;
  }

  public void setDestination(String destination) {
    this.destination = destination;
  }

  public String getEndUse() {
    return endUse;
  }

  public void setEndUse(String endUse) {
    this.endUse = endUse;
  }

  public List<String> getConcerns() {
    return concerns;
  }

  public void setConcerns(List<String> concerns) {
    this.concerns = concerns == null ? new ArrayList<>() : new ArrayList<>(concerns);
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

  public String getIntermediary() {
    return intermediary;
  }

  public void setIntermediary(String intermediary) {
    this.intermediary = intermediary;
  }
}
