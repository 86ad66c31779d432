/**
 * The domain: plain modules with no I/O, no GraphQL and no database, each tested on its own.
 *   asset-diff   an asset definition's canonical form and what changed between two of them
 *   collapse     when consecutive loads fold into one history row
 *   dates        ISO-8601 instants on real calendar days, within what every database stores
 *   git          repository URLs without credentials, and links to a commit on GitHub or GitLab
 *   json         canonical JSON (sorted keys) for hashing and comparing; JSON input checked and bounded
 *   load         what a load is: status, trigger, git fields, metadata, content
 *   roles        the roles and who may do what in which deployment
 *   ids, pages   the API's opaque IDs and cursors, and keyset pages
 *   names        deployment, project and other names, asset keys, and the default deployment
 *   text         what a stored string may hold: free text, one line, or an identifier (NFC, nothing invisible)
 *   limits       bounds on what one request may store
 *   errors       the errors raised on purpose, each with the API's code
 */
export * from "./asset-diff";
export * from "./backoff";
export * from "./collapse";
export * from "./dates";
export * from "./errors";
export * from "./git";
export * from "./ids";
export * from "./json";
export * from "./limits";
export * from "./load";
export * from "./names";
export * from "./pages";
export * from "./roles";
export * from "./text";
