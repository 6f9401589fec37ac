package eu.dualis.training.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;

/** TEMP stub of the training contract; the training branch brings the real one. */
@ApplicationScoped
public class TrainingService {

  public TrainingCoverage coverage(LocalDate on) {
    return new TrainingCoverage(on, 0, 0, 0, 0, 0, 0, List.of());
  }

  public List<TrainingRecordRow> recordsBetween(LocalDate from, LocalDate to) {
    return List.of();
  }

  public record TrainingCoverage(
      LocalDate on,
      int trainees,
      int requiredCells,
      int currentCells,
      int expiringCells,
      int overdueCells,
      int missingCells,
      List<RoleCoverage> byRole) {}

  public record RoleCoverage(
      String role,
      int trainees,
      int requiredCells,
      int currentCells,
      int expiringCells,
      int overdueCells,
      int missingCells) {}

  public record TrainingRecordRow(
      String traineeName,
      String traineeEmail,
      String role,
      String courseTitle,
      String courseKind,
      LocalDate completedOn,
      String result,
      Integer score,
      LocalDate expiresOn,
      String certificateSha256) {}
}
