package eu.dualis.classification.model;

/**
 * The product group of an Annex I entry: the letter after the category digit ({@code 5A002} is in
 * group A). The names are those of the headings Annex I uses in every category.
 */
public enum ProductGroup {
  A("Systems, equipment and components"),
  B("Test, inspection and production equipment"),
  C("Materials"),
  D("Software"),
  E("Technology");

  private final String englishName;

  ProductGroup(String englishName) {
    this.englishName = englishName;
  }

  public String englishName() {
    return englishName;
  }

  /** The group of a letter A-E (either case). */
  public static ProductGroup ofLetter(char letter) {
    return switch (Character.toUpperCase(letter)) {
      case 'A' -> A;
      case 'B' -> B;
      case 'C' -> C;
      case 'D' -> D;
      case 'E' -> E;
      default -> throw new IllegalArgumentException("no product group '" + letter + "'");
    };
  }
}
