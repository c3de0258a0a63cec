/**
 * The {@code dateline} command line (picocli): analyze, extract, demo, bench, eval, and the archive's
 * ingest, query, export and serve. Reads inputs (files, .gz, directories, stdin, JSON lines, WARC, feeds),
 * runs the engine, writes the JSON contract or a readable report. Depends on the engine
 * ({@code org.dateline}), the evaluations, the store and the server, picocli and Jackson; nothing
 * depends on it.
 */
package org.dateline.cli;
