package eu.dualis.classification.api;

import eu.dualis.classification.model.ProductId;
import eu.dualis.classification.model.ProductRepository;
import eu.dualis.classification.service.ProductService;
import eu.dualis.platform.api.QueryParams;
import eu.dualis.platform.model.InvalidInputException;
import eu.dualis.platform.model.Page;
import eu.dualis.platform.model.RecordNotFoundException;
import eu.dualis.platform.model.SortOrder;
import eu.dualis.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Products of the caller's tenant. Compliance officers write; sales staff and auditors read. */
@Path("/products")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Products")
public class ProductResource {

  @Inject ProductService products;
  @Inject UriInfo uriInfo;

  @GET
  @RolesAllowed({Roles.COMPLIANCE_OFFICER, Roles.SALES, Roles.AUDITOR})
  @Operation(summary = "List and search products (q matches name, part number, manufacturer, CN)")
  public ProductPage list(
      @QueryParam("q") String query,
      @QueryParam("page") @DefaultValue("0") String page,
      @QueryParam("size") @DefaultValue("20") String size,
      @QueryParam("sort") String sort) {
    Page<ProductResponse> result =
        products
            .search(
                query,
                SortOrder.parse(sort, ProductRepository.SORTABLE, "name"),
                QueryParams.page(page, size))
            .map(ProductResponse::of);
    return new ProductPage(result.items(), result.page(), result.size(), result.total());
  }

  @GET
  @Path("/{id}")
  @RolesAllowed({Roles.COMPLIANCE_OFFICER, Roles.SALES, Roles.AUDITOR})
  @Operation(summary = "One product")
  public ProductResponse get(@PathParam("id") String id) {
    return ProductResponse.of(products.get(productId(id)));
  }

  @POST
  @RolesAllowed(Roles.COMPLIANCE_OFFICER)
  @Operation(summary = "Create a product")
  public Response create(ProductRequest request) {
    var product = products.create(body(request).details());
    return Response.created(uriInfo.getAbsolutePathBuilder().path(product.id().value()).build())
        .entity(ProductResponse.of(product))
        .build();
  }

  @PUT
  @Path("/{id}")
  @RolesAllowed(Roles.COMPLIANCE_OFFICER)
  @Operation(summary = "Revise a product; send the version you read")
  public ProductResponse update(@PathParam("id") String id, ProductRequest request) {
    ProductId productId = productId(id);
    ProductRequest body = body(request);
    if (body.version() == null) {
      throw InvalidInputException.of("version", "is required: send the version you read");
    }
    return ProductResponse.of(products.revise(productId, body.version(), body.details()));
  }

  @DELETE
  @Path("/{id}")
  @RolesAllowed(Roles.COMPLIANCE_OFFICER)
  @Operation(summary = "Delete a product (its history stays in the audit trail)")
  public Response delete(@PathParam("id") String id, @QueryParam("version") String version) {
    products.remove(
        productId(id), version == null ? null : (long) QueryParams.wholeNumber("version", version));
    return Response.noContent().build();
  }

  private static ProductRequest body(ProductRequest request) {
    if (request == null) {
      throw InvalidInputException.of("body", "a JSON product is required");
    }
    return request;
  }

  /** An id that cannot exist is "not found", exactly like another tenant's id. */
  private static ProductId productId(String id) {
    return ProductId.parse(id).orElseThrow(() -> new RecordNotFoundException("Product", id));
  }
}
