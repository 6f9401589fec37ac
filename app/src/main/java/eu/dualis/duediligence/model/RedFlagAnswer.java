package eu.dualis.duediligence.model;

/** How one red flag of the catalogue was answered, and the evidence for the answer. */
public record RedFlagAnswer(String code, FlagAnswer answer, String evidence) {

  public RedFlagAnswer {
    evidence = evidence == null || evidence.isBlank() ? null : evidence.strip();
  }
}
