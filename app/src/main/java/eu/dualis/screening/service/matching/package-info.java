/**
 * Sanctions-screening name matching, in memory and free of Jakarta: names are normalised and
 * transliterated to Latin ASCII ({@link eu.dualis.screening.service.matching.NameNormaliser}), a
 * name in Han characters in each language that can read it (Mandarin, Korean, Japanese, from the
 * Unihan readings bundled as han-readings.tsv) and a Korean syllable in each of its usual
 * spellings, compared token by token ({@link eu.dualis.screening.service.matching.NameMatcher}),
 * and looked up in an immutable index of the list entities in force ({@link
 * eu.dualis.screening.service.matching.ScreeningIndex}) that finds candidates through token keys
 * instead of scanning every name. Each {@link eu.dualis.screening.service.matching.Hit} explains
 * its score: the token pairs and how each matched, and what date of birth, country, identifiers and
 * entity type added or took away.
 */
package eu.dualis.screening.service.matching;
