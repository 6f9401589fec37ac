/** The command-line verifier of a pack's ZIP, dependency-free (JDK only) so anyone can run it. */
package eu.dualis.evidence.verify;
