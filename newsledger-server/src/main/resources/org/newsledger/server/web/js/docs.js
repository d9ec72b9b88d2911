// Starts Swagger UI on the server's OpenAPI document (kept as a file: the page allows no inline script).
window.addEventListener("load", () => {
  window.ui = SwaggerUIBundle({ url: "/api/openapi.json", dom_id: "#swagger-ui", deepLinking: true });
});
