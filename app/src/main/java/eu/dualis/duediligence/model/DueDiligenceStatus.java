package eu.dualis.duediligence.model;

public enum DueDiligenceStatus {
  DRAFT,
  DECIDED,
  APPROVED
}
