package eu.dualis.icp.api;

import java.util.Map;

/**
 * A recordkeeping policy as a client sends it: {@code retention} maps record kinds
 * (CLASSIFICATIONS, SCREENINGS, EXPORT_CHECKS, LICENCES, DUE_DILIGENCE, TRAINING, AUDITS,
 * CORRESPONDENCE) to years, each at least 5 (Art. 27).
 */
public record PolicyRequest(String text, Map<String, Integer> retention, String effectiveFrom) {}
