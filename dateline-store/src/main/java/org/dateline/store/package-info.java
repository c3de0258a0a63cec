/**
 * The archive: stories and everything found in them, kept in one embedded DuckDB file. {@link
 * org.dateline.store.Archive} writes stories (each with all its rows in one transaction, keyed so that the
 * same page is never stored twice), answers the questions an analyst asks (events by actor and CAMEO code,
 * quotes by speaker, stories by text), and exports (GDELT 2.0 event layout, CSV, JSON lines, Parquet).
 * Depends on the engine's records ({@code org.dateline}), the DuckDB JDBC driver and jackson-core (JSON lines
 * export); the CLI and the server depend on it. {@link org.dateline.store.ExampleStories} holds hand-made
 * stories for demos and tests. Nothing here downloads: DuckDB extensions are never installed or auto-loaded.
 */
package org.dateline.store;
