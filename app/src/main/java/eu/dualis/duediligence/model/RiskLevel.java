package eu.dualis.duediligence.model;

/** The risk the due diligence found, Recommendation (EU) 2024/2659 section 2.3. */
public enum RiskLevel {
  LOW,
  MEDIUM,
  HIGH
}
