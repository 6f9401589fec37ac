package eu.dualis.training.web;

import eu.dualis.training.model.TrainingMatrix;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One role of the matrix laid out as a table: its required courses as columns, its trainees as
 * rows. Faces cannot pivot a list of cells itself.
 */
public record MatrixBlock(
    String role, List<String> courses, List<Row> rows, TrainingMatrix.RoleTotals totals) {

  public record Row(String traineeName, String traineeEmail, List<CellView> cells) {}

  /** {@code state} is a CellState name; {@code expiresOn} null when missing or not expiring. */
  public record CellView(String state, LocalDate expiresOn) {}

  /** One block per role that requires a course, in the matrix's order. */
  public static List<MatrixBlock> of(TrainingMatrix.Result matrix) {
    Map<String, List<TrainingMatrix.Cell>> byRole = new LinkedHashMap<>();
    for (TrainingMatrix.Cell c : matrix.cells()) {
      byRole.computeIfAbsent(c.person().role(), r -> new ArrayList<>()).add(c);
    }
    List<MatrixBlock> blocks = new ArrayList<>();
    for (TrainingMatrix.RoleTotals totals : matrix.byRole()) {
      List<TrainingMatrix.Cell> cells = byRole.getOrDefault(totals.role(), List.of());
      if (cells.isEmpty()) {
        continue;
      }
      List<String> courses = new ArrayList<>();
      Map<String, List<CellView>> rows = new LinkedHashMap<>();
      Map<String, String> names = new LinkedHashMap<>();
      for (TrainingMatrix.Cell c : cells) {
        if (!courses.contains(c.need().courseTitle())) {
          courses.add(c.need().courseTitle());
        }
        names.put(c.person().id(), c.person().name() + "\n" + c.person().email());
        rows.computeIfAbsent(c.person().id(), id -> new ArrayList<>())
            .add(
                new CellView(c.state().name(), c.latest() == null ? null : c.latest().expiresOn()));
      }
      List<Row> out = new ArrayList<>();
      rows.forEach(
          (id, views) -> {
            String[] nameAndEmail = names.get(id).split("\n", 2);
            out.add(new Row(nameAndEmail[0], nameAndEmail[1], List.copyOf(views)));
          });
      blocks.add(new MatrixBlock(totals.role(), List.copyOf(courses), List.copyOf(out), totals));
    }
    return List.copyOf(blocks);
  }
}
