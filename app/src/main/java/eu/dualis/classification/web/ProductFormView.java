package eu.dualis.classification.web;

import eu.dualis.classification.model.CnCode;
import eu.dualis.classification.model.Product;
import eu.dualis.classification.model.ProductDetails;
import eu.dualis.classification.model.ProductId;
import eu.dualis.classification.service.ProductService;
import eu.dualis.platform.model.ConflictException;
import eu.dualis.platform.model.InvalidInputException;
import eu.dualis.platform.model.RecordNotFoundException;
import eu.dualis.platform.security.CurrentUser;
import eu.dualis.platform.security.Roles;
import eu.dualis.platform.web.FacesMessages;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** Create or edit one product. Field rules are the domain's; messages come from the bundle. */
@Named
@ViewScoped
public class ProductFormView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject ProductService products;
  @Inject CurrentUser user;

  private String id;
  private Long version;
  private String name;
  private String partNumber;
  private String description;
  private String manufacturer;
  private String cnCode;
  private String technicalNotes;
  private boolean missing;

  /** Called from f:viewAction: loads the product named by the id parameter, if any. */
  public void load() {
    if (id == null || id.isBlank() || version != null) {
      return;
    }
    try {
      Product product =
          products.get(
              ProductId.parse(id).orElseThrow(() -> new RecordNotFoundException("Product", id)));
      ProductDetails d = product.details();
      version = product.version();
      name = d.name();
      partNumber = d.partNumber();
      description = d.description();
      manufacturer = d.manufacturer();
      cnCode = product.cnCode().map(CnCode::formatted).orElse(null);
      technicalNotes = d.technicalNotes();
    } catch (RecordNotFoundException e) {
      missing = true;
      FacesMessages.add(null, FacesMessage.SEVERITY_ERROR, "product.notFound");
    }
  }

  public String save() {
    ProductDetails details =
        new ProductDetails(name, partNumber, description, manufacturer, cnCode, technicalNotes);
    try {
      if (isNew()) {
        products.create(details);
      } else {
        products.revise(ProductId.parse(id).orElseThrow(), version, details);
      }
    } catch (InvalidInputException e) {
      e.problems()
          .forEach(
              p ->
                  FacesMessages.add(
                      "form:" + p.field(),
                      FacesMessage.SEVERITY_ERROR,
                      "product.invalid." + p.field()));
      return null;
    } catch (ConflictException e) {
      if ("partNumber".equals(e.field())) {
        FacesMessages.add(
            "form:partNumber", FacesMessage.SEVERITY_ERROR, "product.partNumber.taken");
      } else {
        FacesMessages.add(null, FacesMessage.SEVERITY_ERROR, "product.stale");
      }
      return null;
    } catch (RecordNotFoundException e) {
      FacesMessages.add(null, FacesMessage.SEVERITY_ERROR, "product.notFound");
      return null;
    }
    FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    FacesMessages.add(null, FacesMessage.SEVERITY_INFO, "product.saved");
    return "products?faces-redirect=true";
  }

  public boolean isNew() {
    return id == null || id.isBlank();
  }

  public boolean isEditable() {
    return user.hasRole(Roles.COMPLIANCE_OFFICER) && !missing;
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public Long getVersion() {
    return version;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getPartNumber() {
    return partNumber;
  }

  public void setPartNumber(String partNumber) {
    this.partNumber = partNumber;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public String getManufacturer() {
    return manufacturer;
  }

  public void setManufacturer(String manufacturer) {
    this.manufacturer = manufacturer;
  }

  public String getCnCode() {
    return cnCode;
  }

  public void setCnCode(String cnCode) {
    this.cnCode = cnCode;
  }

  public String getTechnicalNotes() {
    return technicalNotes;
  }

  public void setTechnicalNotes(String technicalNotes) {
    this.technicalNotes = technicalNotes;
  }

  public boolean isMissing() {
    return missing;
  }
}
