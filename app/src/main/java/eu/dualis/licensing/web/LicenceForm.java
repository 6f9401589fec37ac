package eu.dualis.licensing.web;

import eu.dualis.licensing.model.LicenceDetails;
import eu.dualis.licensing.model.LicenceKind;
import eu.dualis.licensing.model.LicenceStatus;
import eu.dualis.platform.model.FieldProblem;
import java.io.Serializable;
import java.util.List;

/** The licence form's fields as typed; read into {@link LicenceDetails} on save. */
public class LicenceForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private LicenceKind kind = LicenceKind.INDIVIDUAL;
  private String number;
  private String authority;
  private String holder;
  private String validFrom;
  private String validTo;
  private LicenceStatus status = LicenceStatus.ACTIVE;
  private String entryCodes;
  private String destinations;
  private String quantityLimit;
  private String quantityUnit;
  private String valueLimit;
  private String conditions;
  private String registeredOn;
  private String reportingDuty;

  void fill(LicenceDetails d) {
    kind = d.kind();
    number = d.number();
    authority = d.authority();
    holder = d.holder();
    validFrom = FormFields.text(d.validFrom());
    validTo = FormFields.text(d.validTo());
    status = d.status();
    entryCodes = String.join(" ", d.entryCodes());
    destinations = String.join(" ", d.destinations());
    quantityLimit = FormFields.text(d.quantityLimit());
    quantityUnit = d.quantityUnit();
    valueLimit = FormFields.text(d.valueLimit());
    conditions = d.conditions();
    registeredOn = FormFields.text(d.registeredOn());
    reportingDuty = d.reportingDuty();
  }

  LicenceDetails details(List<FieldProblem> problems) {
    return new LicenceDetails(
        kind,
        number,
        authority,
        holder,
        FormFields.date("validFrom", validFrom, problems),
        FormFields.date("validTo", validTo, problems),
        status,
        FormFields.list(entryCodes),
        FormFields.list(destinations),
        FormFields.amount("quantityLimit", quantityLimit, problems),
        quantityUnit,
        FormFields.amount("valueLimit", valueLimit, problems),
        conditions,
        FormFields.date("registeredOn", registeredOn, problems),
        reportingDuty);
  }

  public LicenceKind getKind() {
    return kind;
  }

  public void setKind(LicenceKind kind) {
    this.kind = kind;
  }

  public String getNumber() {
    return number;
  }

  public void setNumber(String number) {
    this.number = number;
  }

  public String getAuthority() {
    return authority;
  }

  public void setAuthority(String authority) {
    this.authority = authority;
  }

  public String getHolder() {
    return holder;
  }

  public void setHolder(String holder) {
    this.holder = holder;
  }

  public String getValidFrom() {
    return validFrom;
  }

  public void setValidFrom(String validFrom) {
    this.validFrom = validFrom;
  }

  public String getValidTo() {
    return validTo;
  }

  public void setValidTo(String validTo) {
    this.validTo = validTo;
  }

  public LicenceStatus getStatus() {
    return status;
  }

  public void setStatus(LicenceStatus status) {
    this.status = status;
  }

  public String getEntryCodes() {
    return entryCodes;
  }

  public void setEntryCodes(String entryCodes) {
    this.entryCodes = entryCodes;
  }

  public String getDestinations() {
    return destinations;
  }

  public void setDestinations(String destinations) {
    this.destinations = destinations;
  }

  public String getQuantityLimit() {
    return quantityLimit;
  }

  public void setQuantityLimit(String quantityLimit) {
    this.quantityLimit = quantityLimit;
  }

  public String getQuantityUnit() {
    return quantityUnit;
  }

  public void setQuantityUnit(String quantityUnit) {
    this.quantityUnit = quantityUnit;
  }

  public String getValueLimit() {
    return valueLimit;
  }

  public void setValueLimit(String valueLimit) {
    this.valueLimit = valueLimit;
  }

  public String getConditions() {
    return conditions;
  }

  public void setConditions(String conditions) {
    this.conditions = conditions;
  }

  public String getRegisteredOn() {
    return registeredOn;
  }

  public void setRegisteredOn(String registeredOn) {
    this.registeredOn = registeredOn;
  }

  public String getReportingDuty() {
    return reportingDuty;
  }

  public void setReportingDuty(String reportingDuty) {
    this.reportingDuty = reportingDuty;
  }
}
