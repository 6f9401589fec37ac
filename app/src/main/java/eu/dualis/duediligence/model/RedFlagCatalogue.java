package eu.dualis.duediligence.model;

import java.util.List;
import java.util.Optional;

/**
 * The fixed red-flag checklist of a due-diligence file, drawn from Commission Recommendation (EU)
 * 2024/2659 (guidelines on cyber-surveillance items, Art. 5 of Regulation (EU) 2021/821) and the
 * red flags annexed to Recommendation (EU) 2019/1318. Every flag must be answered before a
 * decision.
 */
public final class RedFlagCatalogue {

  /** The flag whose presence forbids PROCEED (Art. 5(2)). */
  public static final String AWARE_OF_MISUSE = "AWARE_OF_MISUSE";

  private static final String REC_2024 = "Recommendation (EU) 2024/2659";
  private static final String REC_2019 = "Recommendation (EU) 2019/1318, Annex (red flags)";
  private static final String BOTH = REC_2024 + "; " + REC_2019;

  private static final List<RedFlag> FLAGS =
      List.of(
          new RedFlag(
              "STATE_SECURITY_END_USER",
              RedFlagCategory.CUSTOMER,
              "The end user is (or acts for) a state security, police, military or intelligence"
                  + " body in a country with documented abuses of human rights.",
              "De eindgebruiker is (of handelt voor) een staatsveiligheids-, politie-, militaire of"
                  + " inlichtingendienst in een land met gedocumenteerde"
                  + " mensenrechtenschendingen.",
              REC_2024),
          new RedFlag(
              "TRADER_AS_END_USER",
              RedFlagCategory.CUSTOMER,
              "A trader, distributor or a company in a free-trade zone is given as the end user.",
              "Een handelaar, distributeur of een bedrijf in een vrijhandelszone wordt als"
                  + " eindgebruiker opgegeven.",
              REC_2019),
          new RedFlag(
              "NEW_CUSTOMER_INCONSISTENT_DATA",
              RedFlagCategory.CUSTOMER,
              "A new customer whose identity, address or business data are incomplete or"
                  + " inconsistent.",
              "Een nieuwe klant van wie identiteit, adres of bedrijfsgegevens onvolledig of"
                  + " tegenstrijdig zijn.",
              REC_2019),
          new RedFlag(
              "UNFAMILIAR_WITH_PRODUCT",
              RedFlagCategory.CUSTOMER,
              "The customer seems unfamiliar with the product or its performance, or declines"
                  + " installation, training or maintenance usual for it.",
              "De klant lijkt het product of de prestaties ervan niet te kennen, of weigert de"
                  + " gebruikelijke installatie, training of onderhoud.",
              REC_2019),
          new RedFlag(
              "MILITARY_OR_GOVERNMENT_TIES",
              RedFlagCategory.CUSTOMER,
              "Military or government-research ties lie behind a stated civil end use.",
              "Achter een opgegeven civiel eindgebruik liggen banden met het leger of met"
                  + " overheidsonderzoek.",
              BOTH),
          new RedFlag(
              "COVERT_OR_CUSTOMISED_CAPABILITIES",
              RedFlagCategory.END_USE,
              "Requests for covert or customised capabilities, e.g. facial or emotion"
                  + " recognition, interception, location tracking or intrusion.",
              "Verzoeken om heimelijke of op maat gemaakte functies, bijvoorbeeld gezichts- of"
                  + " emotieherkenning, interceptie, locatievolging of binnendringen.",
              REC_2024),
          new RedFlag(
              "UNUSUAL_REQUESTS",
              RedFlagCategory.END_USE,
              "Unusual requests about payment, shipping route, packaging or labelling.",
              "Ongebruikelijke verzoeken over betaling, verzendroute, verpakking of etikettering.",
              REC_2019),
          new RedFlag(
              "RELUCTANT_END_USE_INFORMATION",
              RedFlagCategory.END_USE,
              "The customer is reluctant to give information on the end use or end user.",
              "De klant geeft onwillig informatie over het eindgebruik of de eindgebruiker.",
              BOTH),
          new RedFlag(
              "RE_EXPORT_RISK",
              RedFlagCategory.END_USE,
              "There is a risk of re-export or diversion to another end user or country.",
              "Er is een risico op wederuitvoer of omleiding naar een andere eindgebruiker of"
                  + " ander land.",
              BOTH),
          new RedFlag(
              AWARE_OF_MISUSE,
              RedFlagCategory.END_USE,
              "The due diligence shows the item is or may be intended for internal repression or"
                  + " serious violations of human rights or international humanitarian law (Art."
                  + " 5(2)).",
              "Uit het onderzoek blijkt dat het product bestemd is of kan zijn voor binnenlandse"
                  + " repressie of ernstige schendingen van mensenrechten of internationaal"
                  + " humanitair recht (art. 5, lid 2).",
              "Art. 5(2) Regulation (EU) 2021/821"),
          new RedFlag(
              "HUMAN_RIGHTS_SITUATION",
              RedFlagCategory.DESTINATION,
              "The human-rights situation in the destination country is of concern (reports of"
                  + " the UN, the EU or human-rights organisations).",
              "De mensenrechtensituatie in het land van bestemming is zorgwekkend (rapporten van"
                  + " de VN, de EU of mensenrechtenorganisaties).",
              REC_2024),
          new RedFlag(
              "INTERNAL_REPRESSION_RECORD",
              RedFlagCategory.DESTINATION,
              "The destination has a record of internal repression, e.g. surveillance of"
                  + " journalists, activists or minorities.",
              "Het land van bestemming heeft een geschiedenis van binnenlandse repressie,"
                  + " bijvoorbeeld het bespieden van journalisten, activisten of minderheden.",
              REC_2024));

  private RedFlagCatalogue() {}

  public static List<RedFlag> all() {
    return FLAGS;
  }

  public static Optional<RedFlag> find(String code) {
    return FLAGS.stream().filter(f -> f.code().equals(code)).findFirst();
  }
}
