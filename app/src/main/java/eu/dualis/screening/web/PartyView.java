package eu.dualis.screening.web;

import eu.dualis.platform.model.ConflictException;
import eu.dualis.platform.model.InvalidInputException;
import eu.dualis.platform.model.PageRequest;
import eu.dualis.platform.model.RecordNotFoundException;
import eu.dualis.platform.web.FacesMessages;
import eu.dualis.screening.model.EntityType;
import eu.dualis.screening.model.Hit;
import eu.dualis.screening.model.HitStatus;
import eu.dualis.screening.model.Party;
import eu.dualis.screening.model.PartyDetails;
import eu.dualis.screening.model.PartyRole;
import eu.dualis.screening.model.Screening;
import eu.dualis.screening.service.PartyService;
import eu.dualis.screening.service.ScreeningService;
import eu.dualis.screening.service.WorklistService;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/**
 * One party: the form to create or change it (each save screens it), its status, its hits and its
 * screenings.
 */
@Named
@ViewScoped
public class PartyView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject PartyService parties;
  @Inject ScreeningService screenings;
  @Inject WorklistService worklist;

  private String id;
  private long version;
  private PartyRole role = PartyRole.CUSTOMER;
  private EntityType type = EntityType.ORGANISATION;
  private String name;
  private String address;
  private String country;
  private String dateOfBirth;
  private String identifiers;
  private String reference;
  private String status;
  private boolean missing;

  /** f:viewAction: loads the party named in the URL, if any. */
  public void load() {
    if (id == null || id.isBlank()) {
      id = null;
      return;
    }
    try {
      fill(parties.get(id));
    } catch (RecordNotFoundException e) {
      missing = true;
      id = null;
    }
  }

  private void fill(Party p) {
    PartyDetails d = p.details();
    id = p.id();
    version = p.version();
    role = d.role();
    type = d.type();
    name = d.name();
    address = d.address();
    country = d.country();
    dateOfBirth = d.dateOfBirth();
    identifiers = String.join("; ", d.identifiers());
    reference = d.reference();
    status = p.status().name();
  }

  public String save() throws IOException {
    PartyDetails details =
        new PartyDetails(
            role,
            type,
            name,
            address,
            country,
            dateOfBirth,
            identifiers == null || identifiers.isBlank()
                ? List.of()
                : Arrays.stream(identifiers.split(";")).map(String::strip).toList(),
            reference);
    try {
      PartyService.Screened saved =
          id == null ? parties.create(details) : parties.revise(id, version, details);
      boolean created = id == null;
      fill(saved.party());
      FacesMessages.add(
          null,
          saved.screening().activeHits().isEmpty()
              ? FacesMessage.SEVERITY_INFO
              : FacesMessage.SEVERITY_WARN,
          saved.screening().activeHits().isEmpty() ? "party.saved.clear" : "party.saved.hits",
          saved.screening().activeHits().size());
      if (created) {
        var faces = jakarta.faces.context.FacesContext.getCurrentInstance();
        faces.getExternalContext().getFlash().setKeepMessages(true);
        return "/app/party?faces-redirect=true&id=" + id;
      }
    } catch (InvalidInputException e) {
      e.problems()
          .forEach(
              p ->
                  FacesMessages.plain(
                      "party:" + p.field(), FacesMessage.SEVERITY_ERROR, p.message()));
    } catch (ConflictException e) {
      FacesMessages.plain(null, FacesMessage.SEVERITY_ERROR, e.getMessage());
    }
    return null;
  }

  public List<Screening> getScreenings() {
    return id == null ? List.of() : screenings.list(id, new PageRequest(0, 20)).items();
  }

  public List<Hit> getHits() {
    return id == null ? List.of() : worklist.list(null, id, new PageRequest(0, 50)).items();
  }

  public boolean hasOpenHits() {
    return getHits().stream().anyMatch(h -> h.status() == HitStatus.OPEN);
  }

  public PartyRole[] getRoles() {
    return PartyRole.values();
  }

  public EntityType[] getTypes() {
    return EntityType.values();
  }

  public boolean isMissing() {
    return missing;
  }

  public boolean isNew() {
    return id == null;
  }

  public String getStatus() {
    return status;
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public PartyRole getRole() {
    return role;
  }

  public void setRole(PartyRole role) {
    this.role = role;
  }

  public EntityType getType() {
    return type;
  }

  public void setType(EntityType type) {
    this.type = type;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getAddress() {
    return address;
  }

  public void setAddress(String address) {
    this.address = address;
  }

  public String getCountry() {
    return country;
  }

  public void setCountry(String country) {
    this.country = country;
  }

  public String getDateOfBirth() {
    return dateOfBirth;
  }

  public void setDateOfBirth(String dateOfBirth) {
    this.dateOfBirth = dateOfBirth;
  }

  public String getIdentifiers() {
    return identifiers;
  }

  public void setIdentifiers(String identifiers) {
    this.identifiers = identifiers;
  }

  public String getReference() {
    return reference;
  }

  public void setReference(String reference) {
    this.reference = reference;
  }
}
