package eu.dualis.platform.model;

/** The change clashes with the current state: a duplicate key, or an edit of a stale version. */
public class ConflictException extends RuntimeException {

  private final String field;

  public ConflictException(String field, String message) {
    super(message);
    this.field = field;
  }

  /** The field that clashes, or null when the whole record does (a stale version). */
  public String field() {
    return field;
  }
}
