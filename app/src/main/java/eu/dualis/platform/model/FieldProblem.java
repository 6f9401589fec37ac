package eu.dualis.platform.model;

/** One thing wrong with one field of the input, said so that the user can fix it. */
public record FieldProblem(String field, String message) {}
