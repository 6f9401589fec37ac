package eu.dualis.screening.web;

import eu.dualis.platform.model.ConflictException;
import eu.dualis.platform.model.InvalidInputException;
import eu.dualis.platform.web.FacesMessages;
import eu.dualis.screening.model.EntityType;
import eu.dualis.screening.model.Party;
import eu.dualis.screening.model.ScreeningQueryInput;
import eu.dualis.screening.service.HitDetail;
import eu.dualis.screening.service.ListVersionUsed;
import eu.dualis.screening.service.NoListInForceException;
import eu.dualis.screening.service.PartyService;
import eu.dualis.screening.service.ScreeningOutcome;
import eu.dualis.screening.service.ScreeningService;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The sales check: one name (and a country if known) and a traffic light. Green: no potential
 * match. Amber: a potential match; "ask compliance" puts it on the worklist. Red: the name is a
 * party that compliance confirmed as a true match.
 */
@Named
@ViewScoped
public class SalesCheckView implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The answer's colour. */
  public enum Light {
    GREEN,
    AMBER,
    RED
  }

  @Inject ScreeningService screenings;
  @Inject PartyService parties;

  private String name;
  private String country;
  private transient ScreeningOutcome outcome;
  private String screeningId;
  private Light light;
  private String blockedParty;
  private boolean asked;

  public String check() {
    outcome = null;
    light = null;
    asked = false;
    try {
      outcome =
          screenings.check(new ScreeningQueryInput(name, EntityType.UNKNOWN, country, null, null));
      screeningId = outcome.screening().id();
      List<Party> blocked = parties.blockedNamed(outcome.screening().query().name());
      blockedParty = blocked.isEmpty() ? null : blocked.get(0).name();
      light =
          blockedParty != null
              ? Light.RED
              : outcome.activeHits().isEmpty() ? Light.GREEN : Light.AMBER;
    } catch (InvalidInputException e) {
      e.problems()
          .forEach(
              p ->
                  FacesMessages.plain(
                      "check:" + p.field(), FacesMessage.SEVERITY_ERROR, p.message()));
    } catch (NoListInForceException e) {
      FacesMessages.plain(null, FacesMessage.SEVERITY_ERROR, e.getMessage());
    }
    return null;
  }

  public String askCompliance() {
    try {
      screenings.askCompliance(screeningId);
      asked = true;
      FacesMessages.add(null, FacesMessage.SEVERITY_INFO, "check.asked");
    } catch (ConflictException e) {
      FacesMessages.plain(null, FacesMessage.SEVERITY_ERROR, e.getMessage());
    }
    return null;
  }

  private ScreeningOutcome outcome() {
    if (outcome == null && screeningId != null) {
      outcome = screenings.get(screeningId);
    }
    return outcome;
  }

  public List<HitDetail> getHits() {
    return outcome() == null ? List.of() : outcome().activeHits();
  }

  public List<ListVersionUsed> getListVersions() {
    return outcome() == null ? screenings.listsInForce() : outcome().listVersions();
  }

  public boolean isAnyStale() {
    return getListVersions().stream().anyMatch(ListVersionUsed::stale);
  }

  public String getLight() {
    return light == null ? null : light.name();
  }

  public String getBlockedParty() {
    return blockedParty;
  }

  public boolean isAsked() {
    return asked;
  }

  public String getScreeningId() {
    return screeningId;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getCountry() {
    return country;
  }

  public void setCountry(String country) {
    this.country = country;
  }
}
