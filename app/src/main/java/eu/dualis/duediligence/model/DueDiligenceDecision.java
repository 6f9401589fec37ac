package eu.dualis.duediligence.model;

public enum DueDiligenceDecision {
  PROCEED,
  NOTIFY_AUTHORITY,
  REFUSE
}
