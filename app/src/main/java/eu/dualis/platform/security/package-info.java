/** Who is calling: user name and roles, as the verified token says. Role names in one place. */
package eu.dualis.platform.security;
