import { type DestinationStream, type Logger, pino } from "pino";
import pretty from "pino-pretty";

export type { Logger };

export type LogFormat = "json" | "pretty";

export interface LoggerOptions {
  /** pino level: fatal, error, warn, info, debug, trace or silent (default info). */
  level?: string;
  /** JSON lines for log collectors, or coloured text for a person at a terminal (default: pretty on a TTY). */
  format?: LogFormat;
  /** Where lines go (default stdout). */
  destination?: DestinationStream;
  /** Values never to write, whatever field or message they appear in (ADMIN_TOKEN). */
  secrets?: readonly string[];
}

/** Tokens this server issues (`phist_…`), wherever they would appear: messages, stacks, fields. */
const ISSUED_TOKEN = /phist_[A-Za-z0-9_-]+/g;
/** Credentials in URLs (`scheme://user:password@host`). */
const URL_PASSWORD = /\b([a-z][a-z0-9+.-]*:\/\/[^\s:/@"]*:)[^\s@/"]+@/gi;
/** `Bearer <anything>` in a message. */
const BEARER = /\b(Bearer\s+)[^\s",]+/gi;

/**
 * The field names that hold credentials or webhook addresses: removed from any object logged. Webhook URLs
 * (Slack's carry their secret in the path) and signing secrets are credentials too.
 */
const REDACTED_PATHS = [
  "authorization",
  "headers.authorization",
  "req.headers.authorization",
  "connectionParams",
  "token",
  "adminToken",
  "secret",
  "signingSecret",
  "webhookUrl",
  "url",
  "*.authorization",
  "*.token",
  "*.secret",
  "*.signingSecret",
  "*.webhookUrl",
];

function scrubber(secrets: readonly string[]): (line: string) => string {
  const exact = secrets
    .filter((secret) => secret.length >= 8)
    .map((secret) => JSON.stringify(secret).slice(1, -1));
  return (line) => {
    let scrubbed = line
      .replace(ISSUED_TOKEN, "phist_[redacted]")
      .replace(BEARER, "$1[redacted]")
      .replace(URL_PASSWORD, "$1[redacted]@");
    for (const secret of exact) scrubbed = scrubbed.split(secret).join("[redacted]");
    return scrubbed;
  };
}

export function createLogger(options: LoggerOptions = {}): Logger {
  const format = options.format ?? (process.stdout.isTTY ? "pretty" : "json");
  const scrub = scrubber(options.secrets ?? []);
  const destination =
    options.destination ??
    (format === "pretty"
      ? pretty({ colorize: true, sync: true, translateTime: "HH:MM:ss.l" })
      : pino.destination(1));
  return pino(
    {
      level: options.level ?? "info",
      base: { service: "project-history" },
      redact: { paths: REDACTED_PATHS, censor: "[redacted]" },
      // The last line of defence: a token that reached a message or an error's stack is still not written.
      hooks: { streamWrite: scrub },
    },
    destination,
  );
}

/** A logger that writes nothing: tests and tools that do not want server logs. */
export function silentLogger(): Logger {
  return pino({ level: "silent" });
}
