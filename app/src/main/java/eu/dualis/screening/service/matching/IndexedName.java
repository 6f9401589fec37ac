package eu.dualis.screening.service.matching;

import eu.dualis.screening.model.ParsedName;

/**
 * One name of the index: whose it is, as the list writes it, as the matcher reads it, and what each
 * of its tokens weighs in this index.
 */
record IndexedName(int entity, ParsedName name, NormalisedName normalised, double[] weights) {}
