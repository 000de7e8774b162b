/**
 * The SyGuS-IF problem model (v2.1, and the v1 files still in use), its parser with sort checking, and its printer.
 * A parsed {@link org.neurocegis.sygus.Problem} is immutable: every later stage reads it, none changes it.
 */
package org.neurocegis.sygus;
