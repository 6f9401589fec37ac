/** Faces view beans of the licence register: the register and the licence form. */
package eu.dualis.licensing.web;
