package eu.dualis.screening.service.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import eu.dualis.screening.model.EntityType;
import eu.dualis.screening.model.NameKind;
import eu.dualis.screening.model.ParsedName;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Korean and Japanese readings of names in Han characters, and Korean spellings of Hangul. */
class HanReadingTest {

  private static final double T = MatchThreshold.DEFAULT;
  private final NameMatcher matcher = new NameMatcher();
  private final NameNormaliser normaliser = new NameNormaliser();

  private double person(String a, String b) {
    return matcher.compare(a, b, EntityType.PERSON).score();
  }

  private List<String> readings(String name) {
    return normaliser.normalise(name, EntityType.PERSON).readings().stream()
        .map(NormalisedName::text)
        .toList();
  }

  @Test
  void hangulIsWrittenInTheRevisedRomanisationWithTheOtherSpellingsBeside() {
    assertThat(KoreanRomaniser.spellings('김', true)).startsWith("gim").contains("kim");
    assertThat(KoreanRomaniser.spellings('정', false))
        .startsWith("jeong")
        .contains("jong", "jung", "chung");
    assertThat(KoreanRomaniser.spellings('은', false)).startsWith("eun").contains("un");
    assertThat(KoreanRomaniser.spellings('최', true)).contains("choe", "choi");
    assertThat(KoreanRomaniser.spellings('수', false)).contains("su", "soo");
  }

  @Test
  void customarySurnameSpellingsAndTheInitialSoundRuleApplyAtTheStartOfANameOnly() {
    assertThat(KoreanRomaniser.spellings('박', true)).contains("bak", "pak", "park");
    assertThat(KoreanRomaniser.spellings('이', true)).contains("i", "lee", "ri", "yi", "rhee");
    assertThat(KoreanRomaniser.hanjaSpellings('리', true)).contains("ri", "lee", "yi");
    assertThat(KoreanRomaniser.spellings('임', true)).contains("im", "lim");
    assertThat(KoreanRomaniser.spellings('이', false)).doesNotContain("lee", "rhee", "ri");
    assertThat(KoreanRomaniser.spellings('박', false)).doesNotContain("park");
  }

  @Test
  void koreanNamesMatchTheirUsualLatinSpellingsButNotOtherNames() {
    assertThat(person("박지성", "Park Ji Sung")).isGreaterThan(T);
    assertThat(person("박지성", "Pak Chi Song")).isGreaterThan(T);
    assertThat(person("최민수", "Choi Min Soo")).isGreaterThan(T);
    assertThat(person("이순신", "Yi Sun Shin")).isGreaterThan(T);
    assertThat(person("김정은", "Kim Jong Un")).isGreaterThan(0.95);
    assertThat(person("김정은", "Kim Jong Il")).isLessThan(T);
  }

  @Test
  void twoNamesInOneScriptAreComparedCharacterByCharacterNotByHowTheyRead() {
    // 종 and 정 are both "jong" in some spelling, 市 and 石 both "shi" in Mandarin.
    assertThat(person("김종은", "김정은")).isLessThan(T);
    assertThat(person("高石早苗", "高市早苗")).isLessThan(T);
  }

  @Test
  void aHanNameIsAlsoReadAsKoreanFromTheHangulReadingsOfItsCharacters() {
    assertThat(HanReadings.of('金').korean()).containsExactly("김", "금");
    assertThat(readings("金正恩")).startsWith("jin zheng en").contains("gim jeong eun");
    assertThat(person("金正恩", "Kim Jong Un")).isGreaterThan(0.95);
    assertThat(person("金正恩", "김정은")).isGreaterThan(0.95);
    assertThat(person("金正恩", "Kim Jong Il")).isLessThan(T);
    assertThat(person("李明博", "Lee Myung-bak")).isGreaterThan(T);
    assertThat(person("文在寅", "Moon Jae-in")).isGreaterThan(T);
    // A simplified character is read as its traditional form: 铁 as 鐵, 철.
    assertThat(person("金铁三", "Kim Chol Sam")).isGreaterThan(T);
  }

  @Test
  void aHanNameIsAlsoReadAsJapaneseFromTheKunAndOnReadingsOfItsCharacters() {
    assertThat(JapaneseRomaniser.hepburn("rou")).isEqualTo("ro");
    assertThat(JapaneseRomaniser.hepburn("chuu")).isEqualTo("chu");
    assertThat(JapaneseRomaniser.readings(HanReadings.of('山'), true)).contains("yama", "san");
    // An adjective lends a name its stem: 浩 hiroi is Hiro-.
    assertThat(JapaneseRomaniser.readings(HanReadings.of('浩'), true)).contains("hiroi", "hiro");
    // Inside a name a reading is voiced: 小林 is Kobayashi.
    assertThat(JapaneseRomaniser.readings(HanReadings.of('林'), false)).contains("bayashi");
    assertThat(JapaneseRomaniser.readings(HanReadings.of('林'), true)).doesNotContain("bayashi");
    assertThat(person("山田太郎", "Yamada Taro")).isGreaterThan(T);
    assertThat(person("田中花子", "Tanaka Hanako")).isGreaterThan(0.9);
    assertThat(person("小林一郎", "Kobayashi Ichiro")).isGreaterThan(T);
    assertThat(person("佐々木", "Sasaki")).isGreaterThan(T);
    assertThat(person("山田太郎", "Yamada Jiro")).isLessThan(T);
    assertThat(person("山田太郎", "Tanaka Taro")).isLessThan(T);
  }

  @Test
  void theExplanationShowsTheReadingsThatMatched() {
    assertThat(matcher.compare("小林一郎", "Kobayashi Ichiro", EntityType.PERSON).tokens())
        .extracting(TokenMatch::queryToken, TokenMatch::listToken)
        .containsExactly(tuple("ko bayashi", "kobayashi"), tuple("ichi ro", "ichiro"));
    assertThat(matcher.compare("박지성", "Park Ji Sung", EntityType.PERSON).tokens())
        .extracting(TokenMatch::queryToken)
        .containsExactly("park", "ji", "sung");
  }

  @Test
  void aNameWithoutHanCharactersHasOneReading() {
    assertThat(readings("Vladimir Putin")).hasSize(1);
    assertThat(readings("김정은")).containsExactly("gim jeong eun");
  }

  @Test
  void theIndexFindsAListedNameByAnyReadingOfTheQueryAndTheReverse() {
    ScreeningIndex index =
        ScreeningIndex.build(
            List.of(
                person(1, "KIM Jong Un"),
                person(2, "YAMADA Taro"),
                person(3, "金铁三"),
                person(4, "KIM Jong Il"),
                person(5, "Tanaka Ichiro")));
    assertThat(index.screen(ScreeningQuery.of("金正恩")))
        .extracting(Hit::entityId)
        .containsExactly(1L);
    assertThat(index.screen(ScreeningQuery.of("山田太郎")))
        .extracting(Hit::entityId)
        .containsExactly(2L);
    assertThat(index.screen(ScreeningQuery.of("Kim Chol Sam")))
        .extracting(Hit::entityId)
        .containsExactly(3L);
  }

  private static IndexedEntity person(long id, String name) {
    return new IndexedEntity(
        id,
        EntityType.PERSON,
        List.of(new ParsedName(name, NameKind.PRIMARY)),
        List.of(),
        Set.of(),
        List.of());
  }
}
