package eu.dualis.classification.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * One entry of one control list version: its code and place in the tree, the regime it comes from,
 * its own text, its full text with its parents' (what a reader of one sub-item needs) and notes.
 */
@Entity
@Table(name = "control_list_entry")
@IdClass(ControlListEntry.Key.class)
public class ControlListEntry {

  /** Composite key: version and code. */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;
    String versionId;
    String code;

    public Key() {}

    public Key(String versionId, String code) {
      this.versionId = versionId;
      this.code = code;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && k.versionId.equals(versionId) && k.code.equals(code);
    }

    @Override
    public int hashCode() {
      return versionId.hashCode() * 31 + code.hashCode();
    }
  }

  @Id
  @Column(name = "version_id", length = 36)
  private String versionId;

  @Id
  @Column(name = "code", length = 64)
  private String code;

  @Column(name = "parent_code", updatable = false)
  private String parentCode;

  @Column(name = "position", nullable = false, updatable = false)
  private int position;

  @Column(name = "category", nullable = false, updatable = false)
  private int category;

  @Column(name = "product_group", nullable = false, updatable = false)
  private String productGroup;

  @Column(name = "regime", nullable = false, updatable = false)
  private String regime;

  @Column(name = "own_text", nullable = false, updatable = false)
  private String ownText;

  @Column(name = "full_text", nullable = false, updatable = false)
  private String fullText;

  @Column(name = "notes", updatable = false)
  private String notes;

  @Column(name = "text_hash", nullable = false, updatable = false)
  private String textHash;

  protected ControlListEntry() {
    // for JPA
  }

  public ControlListEntry(String versionId, int position, ParsedEntry parsed, String fullText) {
    this.versionId = versionId;
    this.code = parsed.code().value();
    this.parentCode = parsed.parentCode() == null ? null : parsed.parentCode().value();
    this.position = position;
    this.category = parsed.code().category();
    this.productGroup = parsed.code().productGroup().name();
    this.regime = parsed.code().regime().name();
    this.ownText = parsed.ownText();
    this.fullText = fullText;
    this.notes = parsed.notes().isEmpty() ? null : String.join("\n", parsed.notes());
    this.textHash = sha256(ownText + "\n" + (notes == null ? "" : notes));
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  public String versionId() {
    return versionId;
  }

  public EntryCode code() {
    return new EntryCode(code);
  }

  public String parentCode() {
    return parentCode;
  }

  public int position() {
    return position;
  }

  public String regime() {
    return regime;
  }

  public String productGroup() {
    return productGroup;
  }

  public int category() {
    return category;
  }

  public String ownText() {
    return ownText;
  }

  public String fullText() {
    return fullText;
  }

  public List<String> notes() {
    return notes == null ? List.of() : List.of(notes.split("\n"));
  }

  /** Hash of own text and notes: equal hashes mean the entry's wording did not change. */
  public String textHash() {
    return textHash;
  }
}
