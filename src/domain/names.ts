import { LIMITS } from "./limits";
import { normalizeIdentifier } from "./text";

/** The deployment a request means when it names none. */
export const DEFAULT_DEPLOYMENT = "prod";

/**
 * A deployment, project, token or policy name in its one stored form (NFC; see text.ts): non-empty,
 * bounded, one line, no whitespace at either end, no invisible characters. Lookups by name pass through it
 * too, so that a name is found however it was spelled in Unicode.
 */
export function validateName(what: string, value: string | null | undefined): string {
  return normalizeIdentifier(what, value, LIMITS.nameLength);
}

/** An asset key in its one stored form: the rules of a name, up to LIMITS.assetKeyLength long. */
export function validateAssetKey(what: string, value: string | null | undefined): string {
  return normalizeIdentifier(what, value, LIMITS.assetKeyLength);
}
