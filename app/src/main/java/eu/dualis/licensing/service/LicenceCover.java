package eu.dualis.licensing.service;

import eu.dualis.licensing.model.LicenceKind;

/**
 * The authorisation that covers an export line.
 *
 * @param basis the legal basis in words, e.g. "EU001, Union General Export Authorisation of Annex
 *     II Section A of Regulation (EU) 2021/821, Art. 12(1)(d)"
 */
public record LicenceCover(String licenceId, LicenceKind kind, String number, String basis) {}
