package eu.dualis.classification.model;

import eu.dualis.tenants.jpa.TenantScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;

/** One entry code of a classification, kept apart so that "classified under 5A002" is a lookup. */
@Entity
@Table(name = "classification_code")
@IdClass(ClassificationCode.Key.class)
public class ClassificationCode extends TenantScopedEntity {

  /** Composite key: classification and code. */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;
    String classificationId;
    String code;

    public Key() {}

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k
          && k.classificationId.equals(classificationId)
          && k.code.equals(code);
    }

    @Override
    public int hashCode() {
      return classificationId.hashCode() * 31 + code.hashCode();
    }
  }

  @Id
  @Column(name = "classification_id", length = 36)
  private String classificationId;

  @Id
  @Column(name = "code", length = 64)
  private String code;

  protected ClassificationCode() {
    // for JPA
  }

  public ClassificationCode(String classificationId, EntryCode code) {
    this.classificationId = classificationId;
    this.code = code.value();
  }
}
