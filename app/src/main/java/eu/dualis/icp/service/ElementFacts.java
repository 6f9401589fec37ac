package eu.dualis.icp.service;

/**
 * Figures from other capabilities that elements 3 and 4 are judged on: training-matrix cells
 * (people × required courses) and screening and export-check activity in the 12 months before the
 * date.
 */
public record ElementFacts(
    int trainingRequiredCells,
    int trainingCurrentCells,
    int trainingOverdueCells,
    long screeningsLast12Months,
    long exportChecksLast12Months) {

  public static final ElementFacts NONE = new ElementFacts(0, 0, 0, 0, 0);
}
