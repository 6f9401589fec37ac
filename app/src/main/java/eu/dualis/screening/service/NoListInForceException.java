package eu.dualis.screening.service;

/** No sanctions list is in force on this node: a screening now would prove nothing. */
public class NoListInForceException extends RuntimeException {

  public NoListInForceException() {
    super(
        "No sanctions list is in force, so nothing can be screened; a platform administrator"
            + " must import a list first");
  }
}
