package eu.dualis.duediligence.service;

import eu.dualis.classification.model.ProductId;
import eu.dualis.classification.service.ClassificationService;
import eu.dualis.classification.service.ProductService;
import eu.dualis.duediligence.model.DueDiligenceInput;
import eu.dualis.platform.model.FieldProblem;
import eu.dualis.platform.model.InvalidInputException;
import eu.dualis.platform.model.PageRequest;
import eu.dualis.platform.model.RecordNotFoundException;
import eu.dualis.platform.model.SortOrder;
import eu.dualis.screening.service.PartyService;
import eu.dualis.screening.service.ScreeningService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The parties and products a file names, read through screening's and classification's services
 * (within the caller's tenant: another tenant's id is simply unknown).
 */
@ApplicationScoped
public class DueDiligenceSubjects {

  @Inject PartyService parties;
  @Inject ScreeningService screenings;
  @Inject ProductService products;
  @Inject ClassificationService classifications;

  /**
   * Checks that every id names a party or product of this tenant.
   *
   * @return the end user's name
   */
  String checked(DueDiligenceInput valid) {
    List<FieldProblem> problems = new ArrayList<>();
    Optional<PartyFacts> endUser = party(valid.endUserPartyId());
    if (endUser.isEmpty()) {
      problems.add(new FieldProblem("endUserPartyId", "is not a party of yours"));
    }
    if (valid.consigneePartyId() != null && party(valid.consigneePartyId()).isEmpty()) {
      problems.add(new FieldProblem("consigneePartyId", "is not a party of yours"));
    }
    for (String id : valid.productIds()) {
      if (product(id).isEmpty()) {
        problems.add(new FieldProblem("productIds", id + " is not a product of yours"));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return endUser.get().name();
  }

  /**
   * The tenant's parties to choose from, by name, with the chosen ones always among them (the first
   * page of a long list may not hold them).
   */
  public List<Choice> partyChoices(List<String> chosen) {
    List<Choice> choices = new ArrayList<>();
    for (String id : chosen) {
      party(id)
          .ifPresent(
              p -> choices.add(new Choice(p.id(), partyLabel(p.name(), p.country(), p.status()))));
    }
    parties
        .search(
            null,
            null,
            SortOrder.parse(null, List.of("name"), "name"),
            new PageRequest(0, PageRequest.MAX_SIZE))
        .items()
        .stream()
        .filter(p -> !chosen.contains(p.id()))
        .forEach(
            p ->
                choices.add(
                    new Choice(p.id(), partyLabel(p.name(), p.country(), p.status().name()))));
    return choices;
  }

  private static String partyLabel(String name, String country, String status) {
    return name + (country == null ? "" : " (" + country + ")") + " – " + status;
  }

  /** The tenant's products to choose from, by name, with the chosen ones always among them. */
  public List<Choice> productChoices(List<String> chosen) {
    List<Choice> choices = new ArrayList<>();
    for (String id : chosen) {
      product(id)
          .ifPresent(p -> choices.add(new Choice(p.id(), p.name() + " (" + p.partNumber() + ")")));
    }
    products
        .search(
            null,
            SortOrder.parse(null, List.of("name"), "name"),
            new PageRequest(0, PageRequest.MAX_SIZE))
        .items()
        .stream()
        .filter(p -> !chosen.contains(p.id().value()))
        .forEach(
            p -> choices.add(new Choice(p.id().value(), p.name() + " (" + p.partNumber() + ")")));
    return choices;
  }

  public Optional<PartyFacts> party(String id) {
    if (id == null) {
      return Optional.empty();
    }
    try {
      var p = parties.get(id);
      var last = screenings.list(id, new PageRequest(0, 1)).items().stream().findFirst();
      return Optional.of(
          new PartyFacts(
              p.id(),
              p.name(),
              p.country(),
              p.status().name(),
              p.lastScreenedAt(),
              last.map(s -> s.id()).orElse(null),
              last.map(s -> s.status().name()).orElse(null),
              last.map(s -> s.hitCount()).orElse(0)));
    } catch (RecordNotFoundException e) {
      return Optional.empty();
    }
  }

  public Optional<ProductFacts> product(String id) {
    Optional<ProductId> parsed = ProductId.parse(id);
    if (parsed.isEmpty()) {
      return Optional.empty();
    }
    try {
      var p = products.get(parsed.get());
      String classification =
          classifications
              .current(parsed.get())
              .map(
                  c ->
                      c.outcome().name()
                          + (c.entryCodes().isEmpty()
                              ? ""
                              : " "
                                  + c.entryCodes().stream()
                                      .map(e -> e.value())
                                      .collect(Collectors.joining(", ")))
                          + " (cyber-surveillance: "
                          + c.cyberSurveillance().name()
                          + "; "
                          + c.status().name()
                          + ")")
              .orElse("not classified");
      return Optional.of(
          new ProductFacts(p.id().value(), p.name(), p.partNumber(), classification));
    } catch (RecordNotFoundException e) {
      return Optional.empty();
    }
  }
}
