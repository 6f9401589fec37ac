package eu.dualis.screening.service.matching;

/** The score from which a name is reported as a possible match. */
public final class MatchThreshold {

  public static final double DEFAULT = 0.8;

  private MatchThreshold() {}
}
