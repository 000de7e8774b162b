/**
 * Blame and repair for a refuted candidate: which sub-terms could be at fault (Z3 over the counterexamples), and
 * which local change there Z3 proves correct. Reads verify's counterexamples; nothing here is reported unproved.
 */
package org.neurocegis.repair;
