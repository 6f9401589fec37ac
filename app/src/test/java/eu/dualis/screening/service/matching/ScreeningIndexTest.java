package eu.dualis.screening.service.matching;

import static org.assertj.core.api.Assertions.assertThat;

import eu.dualis.screening.model.EntityType;
import eu.dualis.screening.model.NameKind;
import eu.dualis.screening.model.ParsedIdentifier;
import eu.dualis.screening.model.ParsedName;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ScreeningIndexTest {

  private static IndexedEntity person(long id, String dob, String country, String... names) {
    List<ParsedName> ns = new ArrayList<>();
    for (int i = 0; i < names.length; i++) {
      ns.add(new ParsedName(names[i], i == 0 ? NameKind.PRIMARY : NameKind.ALIAS));
    }
    return new IndexedEntity(
        id,
        EntityType.PERSON,
        ns,
        dob == null ? List.of() : List.of(dob),
        country == null ? Set.of() : Set.of(country),
        id == 1 ? List.of(new ParsedIdentifier("Passport", "AB 123-456", country)) : List.of());
  }

  /** A few named people among thousands of generated ones. */
  private static ScreeningIndex index() {
    List<IndexedEntity> all = new ArrayList<>();
    all.add(person(1, "1965-04-29", "RU", "Sergey Viktorovich Lavrov", "Sergei Lavrov"));
    all.add(person(2, "1958", "AF", "Abdul Ghani Baradar"));
    all.add(person(3, "1970", "IQ", "Mohammed Ali Hassan", "Muhammad Ali"));
    String[] given = {"Anna", "Boris", "Carla", "Dmitri", "Elena", "Farid", "Gustav", "Hana"};
    String[] family = {"Keller", "Novak", "Okafor", "Petrenko", "Quintero", "Rossi", "Sato"};
    long id = 100;
    for (String g : given) {
      for (String f : family) {
        for (int n = 0; n < 40; n++) {
          all.add(person(id++, null, null, g + " " + f + " Zed" + Integer.toString(n, 26)));
        }
      }
    }
    return ScreeningIndex.build(all);
  }

  private static final ScreeningIndex INDEX = index();

  @Test
  void aNameIsFoundWithoutScanningTheIndex() {
    ScreeningIndex.Screening s =
        INDEX.screenWithStats(ScreeningQuery.of("Sergei Lavrov"), MatchThreshold.DEFAULT, 20);
    assertThat(s.hits()).extracting(Hit::entityId).containsExactly(1L);
    assertThat(INDEX.nameCount()).isGreaterThan(2_000);
    assertThat(s.namesTouched()).isLessThan(INDEX.nameCount() / 20);
    assertThat(s.namesScored()).isLessThan(50);
  }

  @Test
  void oneHitPerEntityWithItsBestName() {
    List<Hit> hits = INDEX.screen(ScreeningQuery.of("Sergei Lavrov"));
    assertThat(hits).hasSize(1);
    assertThat(hits.get(0).matchedName()).isEqualTo("Sergei Lavrov");
    assertThat(hits.get(0).matchedNameKind()).isEqualTo(NameKind.ALIAS);
    assertThat(hits.get(0).nameScore()).isEqualTo(1.0);
  }

  @Test
  void hitsAreRankedBestFirstAndLimited() {
    List<Hit> hits = INDEX.screen(ScreeningQuery.of("Anna Keller"), 0.3, 5);
    assertThat(hits).hasSize(5);
    for (int i = 1; i < hits.size(); i++) {
      assertThat(hits.get(i - 1).score()).isGreaterThanOrEqualTo(hits.get(i).score());
    }
  }

  @Test
  void aHitExplainsEachTokenPair() {
    Hit hit = INDEX.screen(ScreeningQuery.of("Abdul Ghani Baradr")).get(0);
    assertThat(hit.entityId()).isEqualTo(2);
    assertThat(hit.tokens())
        .contains(new TokenMatch("ghani", "ghani", MatchKind.EXACT, 1.0))
        .anyMatch(t -> t.queryToken().equals("baradr") && t.how() == MatchKind.SPELLING);
  }

  @Test
  void aMatchingDateOfBirthRaisesAndAnotherYearLowers() {
    Hit sameDay = screenLavrov("1965-04-29", null);
    Hit sameYear = screenLavrov("1965", null);
    Hit otherYear = screenLavrov("1971", null);
    assertThat(sameDay.qualifiers().get(0).delta())
        .isGreaterThan(sameYear.qualifiers().get(0).delta());
    assertThat(sameYear.qualifiers())
        .singleElement()
        .satisfies(
            q -> {
              assertThat(q.qualifier()).isEqualTo(Qualifier.DATE_OF_BIRTH);
              assertThat(q.delta()).isPositive();
              assertThat(q.reason()).isEqualTo("date of birth 1965 matches 1965-04-29 (+0.03)");
            });
    assertThat(otherYear.qualifiers().get(0).delta()).isNegative();
    assertThat(otherYear.score()).isLessThan(otherYear.nameScore());
  }

  @Test
  void aMatchingCountryRaisesAndAnotherLowers() {
    assertThat(screenLavrov(null, "ru").qualifiers().get(0).delta()).isPositive();
    QualifierEffect other = screenLavrov(null, "FR").qualifiers().get(0);
    assertThat(other.qualifier()).isEqualTo(Qualifier.COUNTRY);
    assertThat(other.delta()).isNegative();
    assertThat(other.reason()).contains("FR", "RU");
  }

  @Test
  void aSharedIdentifierRaisesAWeakerNameStrongly() {
    ScreeningQuery weak =
        new ScreeningQuery(
            "Sergio Ivanov Lavrova", EntityType.PERSON, null, null, List.of("AB123456"));
    Hit hit = INDEX.screen(weak, 0.3, 5).get(0);
    assertThat(hit.entityId()).isEqualTo(1);
    assertThat(hit.nameScore()).isLessThan(MatchThreshold.DEFAULT);
    assertThat(hit.score()).isGreaterThanOrEqualTo(MatchThreshold.DEFAULT);
    assertThat(hit.qualifiers()).anyMatch(q -> q.qualifier() == Qualifier.IDENTIFIER);
  }

  @Test
  void anOrganisationScreenedAgainstAPersonIsMarkedDown() {
    ScreeningQuery org =
        new ScreeningQuery("Sergey Lavrov", EntityType.ORGANISATION, null, null, List.of());
    Hit hit = INDEX.screen(org, 0.5, 5).get(0);
    assertThat(hit.qualifiers())
        .anyMatch(q -> q.qualifier() == Qualifier.ENTITY_TYPE && q.delta() < 0);
    assertThat(hit.score()).isLessThan(hit.nameScore());
  }

  private static Hit screenLavrov(String dob, String country) {
    return INDEX
        .screen(new ScreeningQuery("Sergei Lavrov", EntityType.PERSON, country, dob, List.of()))
        .get(0);
  }
}
