/** Platform use cases: provisioning tenants (platform admins) and reading tenant names. */
package eu.dualis.platform.service;
