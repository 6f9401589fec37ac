package eu.dualis.screening.service.lists;

import eu.dualis.screening.model.EntityType;
import eu.dualis.screening.model.NameKind;
import eu.dualis.screening.model.ParsedEntity;
import eu.dualis.screening.model.ParsedIdentifier;
import eu.dualis.screening.model.ParsedName;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Collects what a reader finds for one record, in the list's order and without repeats: lists
 * repeat a name as a "primary name variation", a date in two notations or a country on every
 * address, and a repeat would only count twice in a match.
 */
final class EntityBuilder {

  private final List<ParsedName> names = new ArrayList<>();
  private final Set<String> nameTexts = new LinkedHashSet<>();
  private final Set<String> birthDates = new LinkedHashSet<>();
  private final Set<String> countries = new LinkedHashSet<>();
  private final Set<ParsedIdentifier> identifiers = new LinkedHashSet<>();
  private final Set<String> programmes = new LinkedHashSet<>();
  private final Set<String> remarks = new LinkedHashSet<>();
  private EntityType type;

  EntityBuilder type(EntityType type) {
    this.type = type;
    return this;
  }

  EntityType type() {
    return type;
  }

  /**
   * Adds a name; a name already there keeps its first kind, except that a name first seen as an
   * alias becomes primary when the list later calls it so.
   */
  EntityBuilder name(String text, NameKind kind) {
    String name = Text.clean(text);
    if (name.isEmpty()) {
      return this;
    }
    if (nameTexts.add(name)) {
      names.add(new ParsedName(name, kind));
    } else if (kind == NameKind.PRIMARY && !hasPrimaryName()) {
      names.replaceAll(n -> n.fullName().equals(name) ? new ParsedName(name, kind) : n);
    }
    return this;
  }

  boolean hasName() {
    return !names.isEmpty();
  }

  boolean hasPrimaryName() {
    return names.stream().anyMatch(n -> n.kind() == NameKind.PRIMARY);
  }

  EntityBuilder birthDate(Optional<String> date) {
    date.ifPresent(birthDates::add);
    return this;
  }

  EntityBuilder birthDates(Collection<String> dates) {
    birthDates.addAll(dates);
    return this;
  }

  EntityBuilder country(Optional<String> iso2) {
    iso2.ifPresent(countries::add);
    return this;
  }

  /** A country the list names in words. */
  EntityBuilder countryNamed(String name) {
    return country(Countries.fromName(name));
  }

  /** A country the list gives as a code. */
  EntityBuilder countryCoded(String code) {
    return country(Countries.fromCode(code));
  }

  EntityBuilder identifier(String type, String number, Optional<String> country) {
    String cleaned = Text.clean(number);
    if (!cleaned.isEmpty()) {
      identifiers.add(new ParsedIdentifier(Text.clean(type), cleaned, country.orElse(null)));
    }
    return this;
  }

  EntityBuilder programme(String programme) {
    String cleaned = Text.clean(programme);
    if (!cleaned.isEmpty()) {
      programmes.add(cleaned);
    }
    return this;
  }

  /** Free text; kept as the list writes it apart from surrounding whitespace. */
  EntityBuilder remark(String remark) {
    if (!Text.isBlank(remark)) {
      remarks.add(remark.strip());
    }
    return this;
  }

  /**
   * The entity; the first name becomes primary when the list marked none, since every list puts the
   * main name first.
   */
  ParsedEntity build(String reference) {
    List<ParsedName> ordered = new ArrayList<>(names);
    if (!hasPrimaryName() && !ordered.isEmpty()) {
      ordered.set(0, new ParsedName(ordered.get(0).fullName(), NameKind.PRIMARY));
    }
    return new ParsedEntity(
        Text.clean(reference),
        type == null ? EntityType.UNKNOWN : type,
        ordered,
        List.copyOf(birthDates),
        countries,
        List.copyOf(identifiers),
        List.copyOf(programmes),
        remarks.isEmpty() ? null : String.join("\n", remarks));
  }
}
