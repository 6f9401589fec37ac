package eu.dualis.icp.model;

/** What a person does in the compliance organisation (element 2). */
public enum RoleFunction {
  EXPORT_CONTROL_OFFICER,
  DEPUTY,
  /** The board member personally responsible, BAFA's "Ausfuhrverantwortlicher". */
  RESPONSIBLE_BOARD_MEMBER,
  OTHER
}
