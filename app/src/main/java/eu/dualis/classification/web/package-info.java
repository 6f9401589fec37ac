/** Backing beans of the product pages (list and form). */
package eu.dualis.classification.web;
