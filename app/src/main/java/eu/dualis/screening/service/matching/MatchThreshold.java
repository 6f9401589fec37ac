package eu.dualis.screening.service.matching;

/**
 * The score from which a name is reported as a possible match. 0.7 is where F1 on the labelled name
 * pairs is near its best (it is flat from 0.6 to 0.74) while people on no list stay well under 1 %
 * hits; a lower threshold buys little recall for many more false hits.
 */
public final class MatchThreshold {

  public static final double DEFAULT = 0.7;

  private MatchThreshold() {}
}
