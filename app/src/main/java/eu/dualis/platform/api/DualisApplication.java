package eu.dualis.platform.api;

import eu.dualis.platform.security.Roles;
import jakarta.annotation.security.DeclareRoles;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

@ApplicationPath("/api/v1")
@DeclareRoles({
  Roles.COMPLIANCE_OFFICER,
  Roles.SALES,
  Roles.AUDITOR,
  Roles.TENANT_ADMIN,
  Roles.PLATFORM_ADMIN
})
@OpenAPIDefinition(
    info =
        @Info(
            title = "Dualis API",
            version = "1",
            description =
                "Internal Compliance Programme records for EU exporters of dual-use goods"
                    + " (Regulation (EU) 2021/821). Errors are RFC 9457 problem details."),
    security = @SecurityRequirement(name = "bearer"),
    components =
        @Components(
            securitySchemes =
                @SecurityScheme(
                    securitySchemeName = "bearer",
                    type = SecuritySchemeType.HTTP,
                    scheme = "bearer",
                    bearerFormat = "JWT")))
public class DualisApplication extends Application {}
