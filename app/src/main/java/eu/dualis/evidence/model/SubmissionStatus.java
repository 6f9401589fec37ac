package eu.dualis.evidence.model;

/** Where an application stands with the authority; GRANTED and REFUSED are final. */
public enum SubmissionStatus {
  SUBMITTED,
  QUESTIONS,
  GRANTED,
  REFUSED;

  public boolean isFinal() {
    return this == GRANTED || this == REFUSED;
  }
}
