/** Bounds on what one request may store: each is refused with BAD_USER_INPUT beyond it. */
export const LIMITS = {
  nameLength: 200,
  assetsPerSnapshot: 20_000,
  assetKeyLength: 1_000,
  shortText: 1_000,
  longText: 100_000,
  stackText: 1_000_000,
  metadataEntries: 1_000,
  /** How deep a JSON value may nest (each object or array inside another is one level). */
  jsonDepth: 32,
  /** Request bodies above this are refused before parsing. */
  requestBodyBytes: 10 * 1024 * 1024,
} as const;
