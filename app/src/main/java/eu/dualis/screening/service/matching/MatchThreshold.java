package eu.dualis.screening.service.matching;

/**
 * The score from which a name is reported as a possible match. At 0.8 the labelled name pairs give
 * F1 0.855 at precision 0.96, and fewer than 1 % of people on no list get any hit against the UN,
 * OFAC and EU lists; at 0.7 F1 is 0.86 but 1.6 % of those people would be flagged.
 */
public final class MatchThreshold {

  public static final double DEFAULT = 0.8;

  private MatchThreshold() {}
}
