package eu.dualis.duediligence.model;

/** What the exporter decided after due diligence (Art. 5 of Regulation (EU) 2021/821). */
public enum DueDiligenceDecision {
  PROCEED,
  /** Art. 5(2): the exporter is aware of misuse and must notify the competent authority. */
  NOTIFY_AUTHORITY,
  REFUSE
}
