package eu.dualis.icp.model;

import eu.dualis.tenants.jpa.TenantScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;

/**
 * The recordkeeping policy (element 6) in one revision: its text and how many years each kind of
 * record is kept. A change is a new revision, effective from its own date.
 */
@Entity
@Table(name = "icp_recordkeeping_policy")
public class RecordkeepingPolicy extends TenantScopedEntity {

  /** Art. 27(1) of Regulation (EU) 2021/821: records kept at least five years. */
  public static final int MIN_RETENTION_YEARS = 5;

  private static final int MAX_RETENTION_YEARS = 100;

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @Column(name = "revision", nullable = false, updatable = false)
  private int revision;

  @Column(name = "policy_text", nullable = false, updatable = false)
  private String text;

  // "KIND=years" pairs, one per line, in RecordKind order: read only through retention().
  @Column(name = "retention", nullable = false, updatable = false)
  private String retention;

  @Column(name = "effective_from", nullable = false, updatable = false)
  private LocalDate effectiveFrom;

  @Column(name = "recorded_by", nullable = false, updatable = false)
  private String recordedBy;

  @Column(name = "recorded_at", nullable = false, updatable = false)
  private Instant recordedAt;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected RecordkeepingPolicy() {
    // for JPA
  }

  public static RecordkeepingPolicy adopt(
      int revision,
      String text,
      Map<RecordKind, Integer> retention,
      LocalDate effectiveFrom,
      String actor,
      Instant now) {
    Inputs in = new Inputs();
    RecordkeepingPolicy p = new RecordkeepingPolicy();
    p.id = UUID.randomUUID().toString();
    p.revision = revision;
    p.text = in.text("text", text, 20000);
    p.effectiveFrom = in.required("effectiveFrom", effectiveFrom);
    if (retention == null || retention.isEmpty()) {
      in.problem("retention", "is required: the years each kind of record is kept");
    } else {
      StringBuilder encoded = new StringBuilder();
      for (var e : new EnumMap<>(retention).entrySet()) {
        Integer years = e.getValue();
        String field = "retention." + e.getKey().name();
        if (years == null || years < MIN_RETENTION_YEARS) {
          // Art. 27 of Regulation (EU) 2021/821: at least five years.
          in.problem(
              field,
              "must be at least "
                  + MIN_RETENTION_YEARS
                  + " years: Art. 27 of Regulation (EU) 2021/821 requires records to be kept for at"
                  + " least five years");
        } else if (years > MAX_RETENTION_YEARS) {
          in.problem(field, "must be at most " + MAX_RETENTION_YEARS + " years");
        }
        encoded.append(e.getKey().name()).append('=').append(years).append('\n');
      }
      p.retention = encoded.toString();
    }
    in.check();
    p.recordedBy = actor;
    p.recordedAt = now;
    return p;
  }

  public Map<RecordKind, Integer> retention() {
    Map<RecordKind, Integer> years = new EnumMap<>(RecordKind.class);
    for (String line : retention.split("\n")) {
      if (!line.isBlank()) {
        String[] kv = line.split("=", 2);
        years.put(RecordKind.valueOf(kv[0]), Integer.valueOf(kv[1]));
      }
    }
    return Collections.unmodifiableMap(years);
  }

  /** The shortest period the policy sets. */
  public int shortestRetention() {
    return retention().values().stream().mapToInt(Integer::intValue).min().orElse(0);
  }

  public String id() {
    return id;
  }

  public int revision() {
    return revision;
  }

  public String text() {
    return text;
  }

  public LocalDate effectiveFrom() {
    return effectiveFrom;
  }

  public String recordedBy() {
    return recordedBy;
  }

  public Instant recordedAt() {
    return recordedAt;
  }

  public long version() {
    return version;
  }
}
