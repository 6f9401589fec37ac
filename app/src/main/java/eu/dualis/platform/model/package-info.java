/**
 * Value types every capability's model may use: field problems, paging. No behaviour of its own.
 */
package eu.dualis.platform.model;
