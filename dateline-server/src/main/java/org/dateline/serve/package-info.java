/**
 * The read-only archive server: a JSON API (stories, events, quotes, actors, search; described at
 * {@code /openapi.json}) and a server-rendered web UI without any script. Depends on the store
 * ({@code org.dateline.store}), Javalin and Jackson; only the CLI depends on it.
 */
package org.dateline.serve;
