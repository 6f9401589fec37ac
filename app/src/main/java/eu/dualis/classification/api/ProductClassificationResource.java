package eu.dualis.classification.api;

import eu.dualis.classification.model.ProductId;
import eu.dualis.classification.service.ClassificationService;
import eu.dualis.platform.model.InvalidInputException;
import eu.dualis.platform.model.RecordNotFoundException;
import eu.dualis.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A product's classifications: officers classify; sales staff and auditors read. */
@Path("/products/{id}/classifications")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Classifications")
public class ProductClassificationResource {

  @Inject ClassificationService classifications;

  @GET
  @RolesAllowed({Roles.COMPLIANCE_OFFICER, Roles.SALES, Roles.AUDITOR})
  @Operation(summary = "A product's current approved classification and its history")
  public ProductClassifications ofProduct(@PathParam("id") String id) {
    ProductId product = productId(id);
    var history = classifications.history(product);
    var current = classifications.current(product).map(ClassificationResponse::of).orElse(null);
    return new ProductClassifications(
        product.value(), current, history.stream().map(ClassificationResponse::of).toList());
  }

  @POST
  @RolesAllowed(Roles.COMPLIANCE_OFFICER)
  @Operation(summary = "Classify a product (a draft until a second officer approves it)")
  public Response classify(@PathParam("id") String id, ClassificationRequest request) {
    if (request == null) {
      throw InvalidInputException.of("body", "a JSON classification is required");
    }
    var draft = classifications.classify(productId(id), request.input());
    return Response.created(UriBuilder.fromPath("/api/v1/classifications/{id}").build(draft.id()))
        .entity(ClassificationResponse.of(draft))
        .build();
  }

  private static ProductId productId(String id) {
    return ProductId.parse(id).orElseThrow(() -> new RecordNotFoundException("Product", id));
  }
}
