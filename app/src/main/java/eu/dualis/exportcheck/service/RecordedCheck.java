package eu.dualis.exportcheck.service;

import eu.dualis.exportcheck.model.CheckResult;
import eu.dualis.exportcheck.model.ExportCheck;
import eu.dualis.exportcheck.model.ExportCheckInput;

/**
 * A recorded check read back: the row, its input, result and versions, and whether it is current.
 */
public record RecordedCheck(
    ExportCheck check,
    ExportCheckInput input,
    CheckResult result,
    VersionsUsed versions,
    boolean current) {}
