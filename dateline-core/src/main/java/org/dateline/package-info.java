/**
 * Dateline: news pages in, the analyst's record out. {@link org.dateline.Dateline} is the one front door;
 * {@link org.dateline.Story} is what it returns; {@link org.dateline.Problem} is the catalogue of every
 * error a user can see. This package depends on every stage package; none depends on it except for
 * {@link org.dateline.Problem} and {@link org.dateline.DatelineException}.
 */
package org.dateline;
