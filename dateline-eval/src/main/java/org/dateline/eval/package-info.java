/**
 * Scorers for the gold sets in the shared data folder, one {@link org.dateline.eval.Evaluation} per set,
 * each implementing its README's scorer exactly. Depends on the core engine and Jackson (for the gold
 * files); nothing in the engine depends on it.
 */
package org.dateline.eval;
