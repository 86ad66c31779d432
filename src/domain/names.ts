import { InvalidInput } from "./errors";
import { LIMITS } from "./limits";

/** The deployment a request means when it names none. */
export const DEFAULT_DEPLOYMENT = "prod";

/** A deployment or project name: non-empty, bounded, no control characters. */
export function validateName(what: string, value: string | null | undefined): string {
  if (value === null || value === undefined || value.trim() === "")
    throw new InvalidInput(`${what} must not be empty`);
  if (value.length > LIMITS.nameLength) {
    throw new InvalidInput(`${what} is ${value.length} characters long; the limit is ${LIMITS.nameLength}`);
  }
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is refused here.
  if (/[\u0000-\u001f\u007f]/.test(value))
    throw new InvalidInput(`${what} must not contain control characters`);
  return value;
}
