package eu.dualis.screening.model;

/** The part a party plays in the tenant's exports. */
public enum PartyRole {
  CUSTOMER,
  CONSIGNEE,
  END_USER,
  INTERMEDIARY
}
