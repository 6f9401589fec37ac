-- Runs once, when the MySQL data volume is first initialised (after the image has created
-- the `dualis` database and user from MYSQL_DATABASE / MYSQL_USER).
--
-- Keycloak keeps its schema in its own database on the same server. It connects as the
-- `dualis` user, because a .sql init script cannot read a password from the environment.
-- To give Keycloak a user of its own, replace this file with a shell script (*.sh) that
-- creates the user from an environment variable, and change KC_DB_USERNAME/KC_DB_PASSWORD
-- in compose.yaml.
CREATE DATABASE IF NOT EXISTS keycloak
  CHARACTER SET utf8mb4
  COLLATE utf8mb4_unicode_ci;

GRANT ALL PRIVILEGES ON keycloak.* TO 'dualis'@'%';
