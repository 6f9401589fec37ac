package eu.dualis.licensing.service;

public record LicenceCover(
    String licenceId, eu.dualis.licensing.model.LicenceKind kind, String number, String basis) {}
