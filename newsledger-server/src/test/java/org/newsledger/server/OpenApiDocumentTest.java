package org.newsledger.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import org.junit.jupiter.api.Test;

class OpenApiDocumentTest {

  @Test
  void documentIsValidOpenApi3() {
    SwaggerParseResult result =
        new OpenAPIParser()
            .readContents(Pages.resource("/org/newsledger/server/openapi.json"), null, null);

    assertThat(result.getMessages()).isEmpty();
    assertThat(result.getOpenAPI()).isNotNull();
    assertThat(result.getOpenAPI().getOpenapi()).startsWith("3.");
  }

  @Test
  void documentDescribesEveryListParameterTheServerReads() {
    var paths =
        new OpenAPIParser()
            .readContents(Pages.resource("/org/newsledger/server/openapi.json"), null, null)
            .getOpenAPI()
            .getPaths();

    for (String list : new String[] {"/api/articles", "/api/claims", "/api/stories"}) {
      var names =
          paths.get(list).getGet().getParameters().stream()
              .map(p -> p.getName() != null ? p.getName() : p.get$ref())
              .toList();
      assertThat(names).as(list).anyMatch(n -> n.endsWith("limit"));
      assertThat(names).as(list).anyMatch(n -> n.endsWith("format"));
    }
  }
}
