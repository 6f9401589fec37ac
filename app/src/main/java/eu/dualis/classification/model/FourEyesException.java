package eu.dualis.classification.model;

/** An approval by the author of what is to be approved. */
public class FourEyesException extends RuntimeException {

  public FourEyesException(String message) {
    super(message);
  }
}
