package eu.dualis.exportcheck.model;

/** The part a party plays in one export. */
public enum PartyRoleInExport {
  CONSIGNEE,
  END_USER,
  INTERMEDIARY
}
