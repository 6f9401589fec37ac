package eu.dualis.icp.service;

import java.time.LocalDate;

/** One piece of evidence of an element; {@code documentId} when it is an ICP document. */
public record EvidenceLine(String label, String text, LocalDate date, String documentId) {}
