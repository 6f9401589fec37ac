package eu.dualis.duediligence.api;

/** Why a decided file goes back to draft. */
public record ReturnRequest(String reason) {}
