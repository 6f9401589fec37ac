package eu.dualis.screening.service.matching;

/**
 * One pairing of the explanation of a hit. A token left without a counterpart has {@link
 * MatchKind#UNMATCHED}, score 0 and an empty string on the side it lacks; a joined or initials
 * match shows the several tokens of its side separated by spaces.
 */
public record TokenMatch(String queryToken, String listToken, MatchKind how, double score) {}
