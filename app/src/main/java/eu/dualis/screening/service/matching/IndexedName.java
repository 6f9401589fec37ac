package eu.dualis.screening.service.matching;

import eu.dualis.screening.model.ParsedName;

/** One name of the index: whose it is, as the list writes it, and as the matcher reads it. */
record IndexedName(int entity, ParsedName name, NormalisedName normalised) {}
