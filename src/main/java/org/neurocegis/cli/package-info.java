/**
 * The command line: {@code parse}, {@code solve} and {@code bench}, with SyGuS-IF output on stdout, statistics and
 * errors on stderr, and the exit codes users of cvc5 expect.
 */
package org.neurocegis.cli;
