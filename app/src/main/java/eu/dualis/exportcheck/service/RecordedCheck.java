package eu.dualis.exportcheck.service;

import eu.dualis.exportcheck.model.CheckResult;
import eu.dualis.exportcheck.model.ExportCheck;
import eu.dualis.exportcheck.model.ExportCheckInput;
import eu.dualis.exportcheck.model.ExportShipment;

/**
 * A recorded check read back: the row, its input, result and versions, whether it is the export's
 * current check, and its shipment once recorded (else null).
 */
public record RecordedCheck(
    ExportCheck check,
    ExportCheckInput input,
    CheckResult result,
    VersionsUsed versions,
    boolean current,
    ExportShipment shipment) {}
