package eu.dualis.screening.service.matching;

import static org.assertj.core.api.Assertions.assertThat;

import eu.dualis.screening.model.EntityType;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class TransliterationTest {

  private final NameNormaliser normaliser = new NameNormaliser();

  private String latin(String name) {
    return normaliser.normalise(name, EntityType.PERSON).text();
  }

  @Test
  void eachScriptIsWrittenInLatinAscii() {
    assertThat(latin("Владимир Путин")).isEqualTo("vladimir putin");
    assertThat(latin("Сергей Викторович Лавров")).isEqualTo("sergey viktorovich lavrov");
    assertThat(latin("Νικόλαος")).isEqualTo("nikolaos");
    assertThat(latin("Δημήτριος Παναγιώτης")).isEqualTo("dimitrios panagiotis");
    assertThat(latin("محمد")).isEqualTo("mhmd");
    assertThat(latin("משה")).isEqualTo("msh");
    assertThat(latin("习近平")).isEqualTo("xi jin ping");
    assertThat(latin("김정은")).isEqualTo("gim jeong eun");
    assertThat(latin("バラク・オバマ")).isEqualTo("baraku obama");
    assertThat(latin("नरेन्द्र")).matches("[a-z]+");
    assertThat(latin("สมชาย")).isEqualTo("smchay");
  }

  @Test
  void northIndianNamesDropTheVowelAFinalConsonantCarriesUnlessJoined() {
    assertThat(latin("मोहन")).isEqualTo("mohan");
    assertThat(latin("মোহাম্মদ")).isEqualTo("mohammad");
    assertThat(latin("नरेन्द्र")).isEqualTo("narendra");
    assertThat(latin("सोनिया")).isEqualTo("soniya");
  }

  @Test
  void arabicScriptIsMarkedAsLeavingVowelsOut() {
    NameToken t = normaliser.normalise("محمد", EntityType.PERSON).tokens().get(0);
    assertThat(t.writing()).isEqualTo(Writing.ABJAD);
    assertThat(t.skeleton()).isEqualTo(PhoneticKey.skeleton("mohammed"));
  }

  @Test
  void transliteratorsAreSafeAcrossThreads() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<String>> results = new ArrayList<>();
      for (int i = 0; i < 200; i++) {
        results.add(pool.submit(() -> latin("Дмитрий Медведев")));
      }
      for (Future<String> f : results) {
        assertThat(f.get()).isEqualTo("dmitriy medvedev");
      }
    } finally {
      pool.shutdown();
    }
  }
}
