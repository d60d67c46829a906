/**
 * RoleLens highlight server: the API the browser extension calls and the paste-a-posting page.
 *
 * <p>Start at {@link io.rolelens.server.ServerApp#create}: it takes a built {@code RoleAnalyzer}
 * and {@link io.rolelens.server.ServerSettings} and returns an unstarted Javalin app with every
 * route, limit, CORS rule and error mapping configured. Packages:
 *
 * <ul>
 *   <li>{@code api} — the controllers: analyze, lexicon, health, and the fixed set of page files;
 *   <li>{@code dto} — the analyze request, its validation, and mapping offsets back to blocks;
 *   <li>{@code error} — the one JSON error shape {@code {"error": {"status", "code", "message"}}};
 *   <li>{@code security} — CORS for extensions and the own page, the bearer token, page headers;
 *   <li>{@code cache} — the bounded LRU cache of analyses;
 *   <li>{@code cli} and {@code load} — {@code rolelens serve} and {@code rolelens loadtest}.
 * </ul>
 *
 * <p>Offsets in every response are UTF-16 {@code [start, end)} into the title, the text, or the
 * block named by {@code blockId}.
 */
package io.rolelens.server;
