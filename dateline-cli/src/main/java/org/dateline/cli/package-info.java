/**
 * The {@code dateline} command line (picocli): analyze, extract, demo, bench, eval. Reads inputs (files,
 * .gz, directories, stdin, JSON lines), runs the engine, writes the JSON contract or a readable report.
 * Depends on the engine ({@code org.dateline}), the evaluations, picocli and Jackson; nothing depends on it.
 */
package org.dateline.cli;
