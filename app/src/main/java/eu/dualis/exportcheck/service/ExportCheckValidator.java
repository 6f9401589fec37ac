package eu.dualis.exportcheck.service;

import eu.dualis.classification.model.ProductId;
import eu.dualis.classification.service.ProductService;
import eu.dualis.exportcheck.model.ExportCheckInput;
import eu.dualis.exportcheck.model.PartyRoleInExport;
import eu.dualis.platform.model.FieldProblem;
import eu.dualis.platform.model.InvalidInputException;
import eu.dualis.platform.model.RecordNotFoundException;
import eu.dualis.screening.service.PartyService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Checks an export's input and names every problem by its field ({@code lines[1].quantity}). A
 * product or party id that does not exist in the caller's tenant is reported like a missing one, so
 * another tenant's ids tell nothing.
 */
@ApplicationScoped
public class ExportCheckValidator {

  static final int MAX_LINES = 200;
  static final int MAX_PARTIES = 20;
  private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

  @Inject ProductService products;
  @Inject PartyService parties;

  /** The input with its text trimmed and its country upper-cased; throws when anything is wrong. */
  public ExportCheckInput validate(ExportCheckInput input) {
    List<FieldProblem> problems = new ArrayList<>();
    String reference = trim(input.reference());
    if (reference == null) {
      problems.add(new FieldProblem("reference", "is required: the order or shipment reference"));
    } else if (reference.length() > 100) {
      problems.add(new FieldProblem("reference", "is longer than 100 characters"));
    }
    String destination = trim(input.destination());
    destination = destination == null ? null : destination.toUpperCase(Locale.ROOT);
    if (destination == null) {
      problems.add(new FieldProblem("destination", "is required: the country of destination"));
    } else if (!COUNTRIES.contains(destination)) {
      problems.add(
          new FieldProblem(
              "destination", "'" + destination + "' is not an ISO 3166 two-letter country code"));
    }
    String endUse = trim(input.endUse());
    if (endUse == null) {
      problems.add(new FieldProblem("endUse", "is required: the end use the customer stated"));
    } else if (endUse.length() > 2000) {
      problems.add(new FieldProblem("endUse", "is longer than 2000 characters"));
    }
    checkLines(input, problems);
    checkParties(input, problems);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return new ExportCheckInput(
        reference, destination, endUse, input.concerns(), input.lines(), input.parties());
  }

  private void checkLines(ExportCheckInput input, List<FieldProblem> problems) {
    if (input.lines().isEmpty()) {
      problems.add(new FieldProblem("lines", "needs at least one line (product, quantity, value)"));
    } else if (input.lines().size() > MAX_LINES) {
      problems.add(new FieldProblem("lines", "has more than " + MAX_LINES + " lines"));
    }
    for (int i = 0; i < input.lines().size() && i < MAX_LINES; i++) {
      var line = input.lines().get(i);
      String at = "lines[" + i + "].";
      if (line == null) {
        problems.add(new FieldProblem("lines[" + i + "]", "is empty"));
        continue;
      }
      if (trim(line.productId()) == null) {
        problems.add(new FieldProblem(at + "productId", "is required"));
      } else if (!productExists(line.productId())) {
        problems.add(new FieldProblem(at + "productId", "no such product: " + line.productId()));
      }
      if (line.quantity() == null || line.quantity().signum() <= 0) {
        problems.add(new FieldProblem(at + "quantity", "is required and must be more than 0"));
      }
      if (line.value() == null || line.value().signum() < 0) {
        problems.add(new FieldProblem(at + "value", "is required (euro) and must not be negative"));
      } else if (line.value().compareTo(new BigDecimal("1000000000000")) >= 0) {
        problems.add(new FieldProblem(at + "value", "is too large"));
      }
    }
  }

  /** One end user is required: due diligence and the catch-alls turn on who uses the item. */
  private void checkParties(ExportCheckInput input, List<FieldProblem> problems) {
    if (input.parties().size() > MAX_PARTIES) {
      problems.add(new FieldProblem("parties", "has more than " + MAX_PARTIES + " parties"));
      return;
    }
    long endUsers = 0;
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < input.parties().size(); i++) {
      var ref = input.parties().get(i);
      String at = "parties[" + i + "].";
      if (ref == null) {
        problems.add(new FieldProblem("parties[" + i + "]", "is empty"));
        continue;
      }
      if (ref.role() == null) {
        problems.add(
            new FieldProblem(at + "role", "is required: CONSIGNEE, END_USER or INTERMEDIARY"));
      } else if (ref.role() == PartyRoleInExport.END_USER) {
        endUsers++;
      }
      if (trim(ref.partyId()) == null) {
        problems.add(new FieldProblem(at + "partyId", "is required"));
      } else if (!seen.add(ref.partyId() + "/" + ref.role())) {
        problems.add(new FieldProblem(at + "partyId", "is named twice in the same role"));
      } else if (!partyExists(ref.partyId())) {
        problems.add(new FieldProblem(at + "partyId", "no such party: " + ref.partyId()));
      }
    }
    if (endUsers != 1) {
      problems.add(
          new FieldProblem(
              "parties", "needs exactly one party in the role END_USER (found " + endUsers + ")"));
    }
  }

  private boolean productExists(String id) {
    try {
      products.get(new ProductId(id));
      return true;
    } catch (RecordNotFoundException | IllegalArgumentException e) {
      return false;
    }
  }

  private boolean partyExists(String id) {
    try {
      parties.get(id);
      return true;
    } catch (RecordNotFoundException e) {
      return false;
    }
  }

  private static String trim(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
