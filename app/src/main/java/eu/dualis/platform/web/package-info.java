/**
 * The web shell every page shares: who is signed in and for which tenant, the language switch
 * (English, Dutch), logout, and the session hardening that Liberty's OpenID Connect client needs.
 */
package eu.dualis.platform.web;
