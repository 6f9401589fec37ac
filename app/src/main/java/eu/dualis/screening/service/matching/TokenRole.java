package eu.dualis.screening.service.matching;

/**
 * What part a token plays in a name. Only {@link #NAME} tokens tell names apart; the others weigh
 * little because millions of unrelated names share them.
 */
public enum TokenRole {
  NAME(1.0),
  /** Name-part particles: al, bin, abu, van, de... */
  PARTICLE(0.25),
  /** Legal forms of companies: LLC, GmbH, OOO, Ltd... */
  LEGAL_FORM(0.3),
  /** Words that join an organisation's name: the, of, and... */
  STOPWORD(0.15);

  private final double weight;

  TokenRole(double weight) {
    this.weight = weight;
  }

  public double weight() {
    return weight;
  }
}
