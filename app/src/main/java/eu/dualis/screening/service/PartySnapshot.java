package eu.dualis.screening.service;

import eu.dualis.screening.model.Party;
import java.util.List;

/** What the audit trail keeps of a party; its own shape, not the API's. */
public record PartySnapshot(
    String role,
    String type,
    String name,
    String address,
    String country,
    String dateOfBirth,
    List<String> identifiers,
    String reference,
    String status) {

  static PartySnapshot of(Party p) {
    var d = p.details();
    return new PartySnapshot(
        d.role().name(),
        d.type().name(),
        d.name(),
        d.address(),
        d.country(),
        d.dateOfBirth(),
        d.identifiers(),
        d.reference(),
        p.status().name());
  }
}
