package eu.dualis.duediligence.api;

/** A decision on a file: PROCEED, NOTIFY_AUTHORITY (Art. 5(2)) or REFUSE, and why. */
public record DueDiligenceDecisionRequest(String decision, String rationale) {}
