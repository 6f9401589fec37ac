-- Demo tenants for the run command and the integration tests (DEMO_DATA=true); never in production.
-- Their users come from the dev realm file (app/src/test/resources/keycloak/dualis-realm.json).
INSERT IGNORE INTO tenant (id, display_name, created_by) VALUES
  ('acme', 'Acme Export B.V.', 'demo-data'),
  ('globex', 'Globex Industries GmbH', 'demo-data');
