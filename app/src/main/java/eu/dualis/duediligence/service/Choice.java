package eu.dualis.duediligence.service;

/** One option of a selection on a page: an id and what the user reads. */
public record Choice(String id, String label) {}
