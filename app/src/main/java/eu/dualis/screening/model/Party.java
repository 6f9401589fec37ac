package eu.dualis.screening.model;

import eu.dualis.tenants.jpa.TenantScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * A customer, consignee, end user or intermediary of the tenant. Its status follows the worklist:
 * it changes only through {@link #screened}, {@link #block} and {@link #settle}, never by hand.
 */
@Entity
@Table(name = "party")
public class Party extends TenantScopedEntity {

  private static final String ID_SEPARATOR = "; ";

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @Enumerated(EnumType.STRING)
  @Column(name = "role", nullable = false)
  private PartyRole role;

  @Enumerated(EnumType.STRING)
  @Column(name = "entity_type", nullable = false)
  private EntityType type;

  @Column(name = "name", nullable = false)
  private String name;

  @Column(name = "address")
  private String address;

  @Column(name = "country")
  private String country;

  @Column(name = "date_of_birth")
  private String dateOfBirth;

  @Column(name = "identifiers")
  private String identifiers;

  @Column(name = "reference")
  private String reference;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false)
  private PartyStatus status;

  @Column(name = "screening_key", nullable = false)
  private String screeningKey;

  @Column(name = "last_screened_at")
  private Instant lastScreenedAt;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected Party() {
    // for JPA
  }

  public static Party create(PartyDetails details, Instant now) {
    Party party = new Party();
    party.id = UUID.randomUUID().toString();
    party.status = PartyStatus.CLEAR;
    party.createdAt = now;
    party.apply(details.validated(), now);
    return party;
  }

  /**
   * @return whether what screening looks at changed (then it must be screened again)
   */
  public boolean revise(PartyDetails details, Instant now) {
    String before = screeningKey;
    apply(details.validated(), now);
    return !before.equals(screeningKey);
  }

  private void apply(PartyDetails d, Instant now) {
    this.role = d.role();
    this.type = d.type();
    this.name = d.name();
    this.address = d.address();
    this.country = d.country();
    this.dateOfBirth = d.dateOfBirth();
    this.identifiers =
        d.identifiers().isEmpty() ? null : String.join(ID_SEPARATOR, d.identifiers());
    this.reference = d.reference();
    this.screeningKey = d.screeningKey();
    this.updatedAt = now;
  }

  /** After a screening: open hits make it a potential match, unless it is already blocked. */
  public void screened(boolean openHits, Instant at) {
    lastScreenedAt = at;
    if (status != PartyStatus.BLOCKED) {
      status = openHits ? PartyStatus.POTENTIAL_MATCH : PartyStatus.CLEAR;
    }
  }

  /** An officer confirmed a true match. */
  public void block() {
    status = PartyStatus.BLOCKED;
  }

  /** A hit was decided a false positive; the party is clear when no other hit is open. */
  public void settle(boolean otherOpenHits) {
    if (status != PartyStatus.BLOCKED) {
      status = otherOpenHits ? PartyStatus.POTENTIAL_MATCH : PartyStatus.CLEAR;
    }
  }

  public String id() {
    return id;
  }

  public PartyDetails details() {
    return new PartyDetails(
        role, type, name, address, country, dateOfBirth, identifierList(), reference);
  }

  public List<String> identifierList() {
    return identifiers == null ? List.of() : Arrays.asList(identifiers.split(ID_SEPARATOR));
  }

  public String name() {
    return name;
  }

  public PartyRole role() {
    return role;
  }

  public EntityType type() {
    return type;
  }

  public String country() {
    return country;
  }

  public PartyStatus status() {
    return status;
  }

  public String screeningKey() {
    return screeningKey;
  }

  public Instant lastScreenedAt() {
    return lastScreenedAt;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  public long version() {
    return version;
  }
}
