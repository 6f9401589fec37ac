package eu.dualis.exportcheck.service;

import eu.dualis.classification.model.Classification;
import eu.dualis.classification.model.ClassificationOutcome;
import eu.dualis.classification.model.CyberSurveillance;
import eu.dualis.classification.model.EntryCode;
import eu.dualis.classification.model.Product;
import eu.dualis.classification.model.ProductId;
import eu.dualis.classification.service.ClassificationService;
import eu.dualis.classification.service.ProductService;
import eu.dualis.duediligence.service.CatchAllNotificationService;
import eu.dualis.duediligence.service.DueDiligenceService;
import eu.dualis.duediligence.service.NotificationBearing;
import eu.dualis.exportcheck.model.ExportCheckInput;
import eu.dualis.exportcheck.model.ExportFacts;
import eu.dualis.exportcheck.model.ExportFacts.ConcernFact;
import eu.dualis.exportcheck.model.ExportFacts.CoverFact;
import eu.dualis.exportcheck.model.ExportFacts.DueDiligenceFact;
import eu.dualis.exportcheck.model.ExportFacts.DueDiligenceOutcome;
import eu.dualis.exportcheck.model.ExportFacts.EmbargoFact;
import eu.dualis.exportcheck.model.ExportFacts.ItemStatus;
import eu.dualis.exportcheck.model.ExportFacts.LineFacts;
import eu.dualis.exportcheck.model.ExportFacts.NotificationFact;
import eu.dualis.exportcheck.model.ExportFacts.NotificationState;
import eu.dualis.exportcheck.model.ExportFacts.PartyFact;
import eu.dualis.exportcheck.model.ExportFacts.ScreeningState;
import eu.dualis.exportcheck.model.PartyRoleInExport;
import eu.dualis.licensing.service.LicenceService;
import eu.dualis.screening.model.Party;
import eu.dualis.screening.service.PartyService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Gathers what the rules need from the other capabilities, through their services only, inside the
 * caller's tenant transaction. The product and party ids have been checked already.
 */
@ApplicationScoped
public class ExportFactsGatherer {

  @Inject ProductService products;
  @Inject ClassificationService classifications;
  @Inject PartyService parties;
  @Inject LicenceService licences;
  @Inject DueDiligenceService dueDiligence;
  @Inject CatchAllNotificationService notifications;
  @Inject EmbargoTable embargoes;

  /**
   * The facts of one export on {@code on}; {@code classificationsUsed} receives each line's current
   * classification by line index, so that the check can record which control-list version it used.
   */
  public ExportFacts gather(
      ExportCheckInput input, LocalDate on, Map<Integer, Classification> classificationsUsed) {
    String destination = input.destination();
    List<PartyFact> partyFacts = new ArrayList<>();
    String endUser = null;
    for (var ref : input.parties()) {
      Party party = parties.get(ref.partyId());
      partyFacts.add(new PartyFact(party.id(), party.name(), ref.role(), state(party)));
      if (ref.role() == PartyRoleInExport.END_USER) {
        endUser = party.id();
      }
    }
    List<EmbargoFact> regimes =
        embargoes.regimesFor(destination, on).stream()
            .map(r -> new EmbargoFact(r.regime(), r.legalAct(), r.holdsEveryExport()))
            .toList();
    List<ConcernFact> concerns = new ArrayList<>();
    input.concerns().forEach(c -> concerns.add(new ConcernFact(c, null)));
    concerns.addAll(EndUseRedFlags.in(input.endUse()));
    List<NotificationBearing> bearing =
        notifications.bearingOn(
            new HashSet<>(input.productIds()), new HashSet<>(input.partyIds()), destination);

    List<LineFacts> lines = new ArrayList<>();
    for (int i = 0; i < input.lines().size(); i++) {
      var line = input.lines().get(i);
      Product product = products.get(new ProductId(line.productId()));
      Optional<Classification> current = classifications.current(product.id());
      int index = i;
      current.ifPresent(c -> classificationsUsed.put(index, c));
      lines.add(lineFacts(i, product, current, line, destination, on, endUser, bearing));
    }
    return new ExportFacts(
        destination, EuMemberStates.contains(destination), partyFacts, regimes, concerns, lines);
  }

  private LineFacts lineFacts(
      int index,
      Product product,
      Optional<Classification> current,
      ExportCheckInput.Line line,
      String destination,
      LocalDate on,
      String endUser,
      List<NotificationBearing> bearing) {
    ItemStatus item =
        current
            .map(
                c ->
                    c.outcome() == ClassificationOutcome.LISTED
                        ? ItemStatus.LISTED
                        : ItemStatus.NOT_LISTED)
            .orElse(ItemStatus.UNCLASSIFIED);
    List<String> codes =
        current.map(c -> c.entryCodes().stream().map(EntryCode::value).toList()).orElse(List.of());
    Map<String, CoverFact> covers = new LinkedHashMap<>();
    if (item == ItemStatus.LISTED && !EuMemberStates.contains(destination)) {
      for (String code : codes) {
        licences
            .cover(code, destination, on, line.quantity(), line.value())
            .ifPresent(c -> covers.put(code, new CoverFact(c.licenceId(), c.number(), c.basis())));
      }
    }
    boolean cyber =
        current.map(c -> c.cyberSurveillance() == CyberSurveillance.ART5_RELEVANT).orElse(false);
    DueDiligenceFact dd =
        endUser == null
            ? null
            : dueDiligence
                .decisionFor(endUser, line.productId())
                .map(
                    c ->
                        new DueDiligenceFact(
                            c.fileId(), DueDiligenceOutcome.valueOf(c.decision().name())))
                .orElse(null);
    String productId = line.productId();
    List<NotificationFact> concerning =
        bearing.stream()
            .filter(n -> n.productId() == null || n.productId().equals(productId))
            .map(
                n ->
                    new NotificationFact(
                        n.id(),
                        n.reference(),
                        n.articleLabel(),
                        NotificationState.valueOf(n.status().name())))
            .toList();
    return new LineFacts(
        index, productId, product.name(), item, codes, cyber, covers, dd, concerning);
  }

  private static ScreeningState state(Party party) {
    return switch (party.status()) {
      case CLEAR -> ScreeningState.CLEAR;
      case POTENTIAL_MATCH -> ScreeningState.POTENTIAL_MATCH;
      case BLOCKED -> ScreeningState.CONFIRMED_MATCH;
    };
  }
}
