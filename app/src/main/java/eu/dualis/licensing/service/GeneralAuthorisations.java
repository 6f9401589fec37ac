package eu.dualis.licensing.service;

import eu.dualis.licensing.model.GeneralAuthorisation;
import eu.dualis.licensing.model.LicenceKind;
import eu.dualis.licensing.model.LicensedCode;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The Annex II catalogue shipped with the product ({@code licensing/general-authorisations.json}):
 * EU001's destinations and excluded items, and the sections of EU002-EU008. Read once; it changes
 * only with a new release of the product.
 */
public final class GeneralAuthorisations {

  static final String RESOURCE = "/licensing/general-authorisations.json";

  private static final Map<LicenceKind, GeneralAuthorisation> SHIPPED = loadShipped();

  private GeneralAuthorisations() {}

  public static Map<LicenceKind, GeneralAuthorisation> shipped() {
    return SHIPPED;
  }

  private static Map<LicenceKind, GeneralAuthorisation> loadShipped() {
    try (InputStream in = GeneralAuthorisations.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the application");
      }
      return read(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Map<LicenceKind, GeneralAuthorisation> read(InputStream json) {
    JsonObject root;
    try (var reader = Json.createReader(json)) {
      root = reader.readObject();
    }
    String source = root.getString("source");
    Map<LicenceKind, GeneralAuthorisation> all = new EnumMap<>(LicenceKind.class);
    for (JsonValue value : root.getJsonArray("authorisations")) {
      JsonObject a = value.asJsonObject();
      LicenceKind kind = LicenceKind.valueOf(a.getString("kind"));
      Set<String> destinations = strings(a, "destinations").stream().collect(Collectors.toSet());
      Set<Character> categories =
          strings(a, "excludedCategories").stream()
              .map(c -> c.charAt(0))
              .collect(Collectors.toSet());
      List<GeneralAuthorisation.Exclusion> excluded =
          a.getJsonArray("excluded").stream()
              .map(JsonValue::asJsonObject)
              .map(
                  e ->
                      new GeneralAuthorisation.Exclusion(
                          LicensedCode.parse(e.getString("code"))
                              .orElseThrow(
                                  () ->
                                      new IllegalStateException(
                                          "Not an entry code in " + RESOURCE + ": " + e)),
                          e.getString("reason")))
              .toList();
      all.put(
          kind,
          new GeneralAuthorisation(
              kind, a.getString("section"), destinations, excluded, categories, source));
    }
    return Map.copyOf(all);
  }

  private static List<String> strings(JsonObject o, String name) {
    return o.containsKey(name)
        ? o.getJsonArray(name).getValuesAs(JsonString.class).stream()
            .map(JsonString::getString)
            .toList()
        : List.of();
  }
}
