package eu.dualis.screening.service.matching;

/**
 * What one qualifier did to a hit's score, and why, in words a compliance officer reads: "date of
 * birth 1965 matches 1965-04-29 (+0.03)".
 */
public record QualifierEffect(Qualifier qualifier, double delta, String reason) {}
