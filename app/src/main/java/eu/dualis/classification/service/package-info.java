/** Product use cases: each public method is one transaction, bound to the caller's tenant. */
package eu.dualis.classification.service;
