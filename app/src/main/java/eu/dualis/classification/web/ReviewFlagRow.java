package eu.dualis.classification.web;

import eu.dualis.classification.model.ReviewFlag;
import java.io.Serializable;
import java.util.List;

/** One open review flag as the worklist shows it. */
public final class ReviewFlagRow implements Serializable {

  private static final long serialVersionUID = 1L;

  private final String id;
  private final String productId;
  private final String productName;
  private final String code;
  private final String change;
  private final String oldText;
  private final List<WordDiff.Segment> newText;

  ReviewFlagRow(ReviewFlag flag, String productName) {
    this.id = flag.id();
    this.productId = flag.productId().value();
    this.productName = productName;
    this.code = flag.code().value();
    this.change = flag.changeKind().name();
    this.oldText = flag.oldText();
    this.newText = WordDiff.marked(flag.oldText(), flag.newText());
  }

  public String getId() {
    return id;
  }

  public String getProductId() {
    return productId;
  }

  public String getProductName() {
    return productName;
  }

  public String getCode() {
    return code;
  }

  public String getChange() {
    return change;
  }

  public String getOldText() {
    return oldText;
  }

  public List<WordDiff.Segment> getNewText() {
    return newText;
  }
}
