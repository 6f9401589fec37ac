package eu.dualis.exportcheck.model;

import java.util.List;
import java.util.Map;

/**
 * What an export check knows when it decides: gathered by the service from classification,
 * screening, licensing and due diligence, and recorded with the result. The rules read nothing
 * else, so a determination can be explained and tested from its facts alone.
 */
public record ExportFacts(
    String destination,
    boolean destinationInEu,
    List<PartyFact> parties,
    List<EmbargoFact> embargoes,
    List<ConcernFact> concerns,
    List<LineFacts> lines) {

  public ExportFacts {
    parties = List.copyOf(parties);
    embargoes = List.copyOf(embargoes);
    concerns = List.copyOf(concerns);
    lines = List.copyOf(lines);
  }

  /** A party's screening state as the worklist has it at check time. */
  public enum ScreeningState {
    CLEAR,
    POTENTIAL_MATCH,
    CONFIRMED_MATCH
  }

  public record PartyFact(
      String partyId, String name, PartyRoleInExport role, ScreeningState state) {}

  /**
   * A regime bearing on the destination. One that does not hold every export there (aimed at listed
   * persons only, where the parties' screening applies, or a political declaration that is no legal
   * act) is shown without holding.
   */
  public record EmbargoFact(String regime, String legalAct, boolean holdsEveryExport) {}

  /** A red flag about the end use: ticked by the user (wording null) or found in its text. */
  public record ConcernFact(EndUseConcern concern, String wording) {}

  /** How the item stands against Annex I. */
  public enum ItemStatus {
    UNCLASSIFIED,
    LISTED,
    NOT_LISTED
  }

  /** An authorisation found to cover one entry code of a line. */
  public record CoverFact(String licenceId, String number, String basis) {}

  /** The outcome of the approved due-diligence file for this end user and item. */
  public enum DueDiligenceOutcome {
    PROCEED,
    NOTIFY_AUTHORITY,
    REFUSE
  }

  public record DueDiligenceFact(String fileId, DueDiligenceOutcome outcome) {}

  /** Where a catch-all notification stands. */
  public enum NotificationState {
    OPEN,
    LICENCE_REQUIRED,
    NO_LICENCE_REQUIRED,
    WITHDRAWN
  }

  public record NotificationFact(
      String notificationId, String reference, String article, NotificationState state) {}

  public record LineFacts(
      int index,
      String productId,
      String productName,
      ItemStatus item,
      List<String> entryCodes,
      boolean cyberSurveillanceRelevant,
      Map<String, CoverFact> coverByCode,
      DueDiligenceFact dueDiligence,
      List<NotificationFact> notifications) {

    public LineFacts {
      entryCodes = List.copyOf(entryCodes);
      coverByCode = Map.copyOf(coverByCode);
      notifications = List.copyOf(notifications);
    }
  }
}
