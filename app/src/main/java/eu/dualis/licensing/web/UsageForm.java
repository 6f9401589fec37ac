package eu.dualis.licensing.web;

import eu.dualis.licensing.service.UsageInput;
import eu.dualis.platform.model.FieldProblem;
import java.io.Serializable;
import java.util.List;

/** The "record usage" form under a licence. */
public class UsageForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private String exportReference;
  private String entryCode;
  private String shippedOn;
  private String quantity;
  private String value;

  UsageInput input(List<FieldProblem> problems) {
    return new UsageInput(
        exportReference,
        null,
        entryCode,
        FormFields.date("shippedOn", shippedOn, problems),
        FormFields.amount("quantity", quantity, problems),
        FormFields.amount("value", value, problems));
  }

  void clear() {
    exportReference = null;
    entryCode = null;
    shippedOn = null;
    quantity = null;
    value = null;
  }

  public String getExportReference() {
    return exportReference;
  }

  public void setExportReference(String exportReference) {
    this.exportReference = exportReference;
  }

  public String getEntryCode() {
    return entryCode;
  }

  public void setEntryCode(String entryCode) {
    this.entryCode = entryCode;
  }

  public String getShippedOn() {
    return shippedOn;
  }

  public void setShippedOn(String shippedOn) {
    this.shippedOn = shippedOn;
  }

  public String getQuantity() {
    return quantity;
  }

  public void setQuantity(String quantity) {
    this.quantity = quantity;
  }

  public String getValue() {
    return value;
  }

  public void setValue(String value) {
    this.value = value;
  }
}
