package eu.dualis.testing;

import eu.dualis.testing.Api.Reply;
import java.util.List;

/**
 * Small EU Financial Sanctions Files made for a test, in the real file's shape (see
 * src/test/resources/fixtures/sanctions/README.md), and their import as the platform operator.
 */
public final class SanctionsFiles {

  private SanctionsFiles() {}

  /** A person on the made-up list. */
  public record Person(
      String logicalId, String firstName, String lastName, String birthdate, String country) {}

  public static String euFsf(String generationDate, List<Person> people) {
    StringBuilder xml =
        new StringBuilder(
            "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<export xmlns=\"http://eu.europa.ec/fpi/fsd/export\" generationDate=\""
                + generationDate
                + "T10:00:00.000+01:00\" globalFileId=\"990001\">\n");
    for (Person p : people) {
      xml.append(
              "  <sanctionEntity designationDetails=\"\" unitedNationId=\"\" euReferenceNumber=\"EU.")
          .append(p.logicalId())
          .append(".1\" logicalId=\"")
          .append(p.logicalId())
          .append("\">\n")
          .append(
              "    <regulation regulationType=\"amendment\" organisationType=\"council\""
                  + " publicationDate=\"2026-11-20\" entryIntoForceDate=\"2026-11-21\""
                  + " numberTitle=\"2026/9999 (OJ L 999)\" programme=\"TEST\" logicalId=\"1\">\n"
                  + "      <publicationUrl>https://eur-lex.europa.eu/</publicationUrl>\n"
                  + "    </regulation>\n"
                  + "    <subjectType code=\"person\" classificationCode=\"P\"/>\n")
          .append("    <nameAlias firstName=\"")
          .append(p.firstName())
          .append("\" middleName=\"\" lastName=\"")
          .append(p.lastName())
          .append("\" wholeName=\"")
          .append(p.firstName())
          .append(' ')
          .append(p.lastName())
          .append(
              "\" function=\"\" gender=\"M\" title=\"\" nameLanguage=\"\" strong=\"true\""
                  + " regulationLanguage=\"en\" logicalId=\"")
          .append(p.logicalId())
          .append("\"/>\n");
      if (p.birthdate() != null) {
        String[] ymd = p.birthdate().split("-");
        xml.append(
                "    <birthdate circa=\"false\" calendarType=\"GREGORIAN\" city=\"\" zipCode=\"\"")
            .append(" birthdate=\"")
            .append(p.birthdate())
            .append("\" dayOfMonth=\"")
            .append(Integer.parseInt(ymd[2]))
            .append("\" monthOfYear=\"")
            .append(Integer.parseInt(ymd[1]))
            .append("\" year=\"")
            .append(ymd[0])
            .append(
                "\" region=\"\" place=\"\" countryIso2Code=\"00\" countryDescription=\"UNKNOWN\""
                    + " regulationLanguage=\"en\" logicalId=\"1\"/>\n");
      }
      if (p.country() != null) {
        xml.append("    <citizenship region=\"\" countryIso2Code=\"")
            .append(p.country())
            .append("\" countryDescription=\"\" regulationLanguage=\"en\" logicalId=\"1\"/>\n");
      }
      xml.append("  </sanctionEntity>\n");
    }
    return xml.append("</export>\n").toString();
  }

  /** Imports a list file as the platform operator. */
  public static Reply importFile(String format, String onMalformed, String content) {
    return Api.as("platform@dualis.test")
        .upload(
            "/api/v1/sanctions-lists/versions?format="
                + format
                + "&onMalformedRecord="
                + onMalformed,
            "application/xml",
            content);
  }
}
