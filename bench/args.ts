// The one argument parser of the benchmarks, on node:util's parseArgs. A benchmark declares its options
// (`flag`, `integer`, `integers`, `choice`: each with its help text and default) and `parseOptions` hands
// back their values, typed. `--help` prints the usage line and the options, then exits 0; an unknown
// option, a missing or bad value prints what is wrong and the usage line on stderr, then exits 2.
import { parseArgs } from "node:util";

/** What parseArgs read for one option: a string option's text, `true` for a flag, undefined when absent. */
type Raw = string | boolean | undefined;

export interface Option<T> {
  /** How parseArgs reads it: a flag, or an option followed by a value. */
  type: "boolean" | "string";
  help: string;
  /** The value's placeholder in the usage ("N", "sqlite|postgres"); none for a flag. */
  value?: string;
  /** The default, as --help shows it. */
  shownDefault?: string;
  /** Turns what parseArgs read into the option's value; throws BadValue when it cannot. */
  read(raw: Raw): T;
}

export type Options = Record<string, Option<unknown>>;

export type Values<D extends Options> = { [K in keyof D]: D[K] extends Option<infer T> ? T : never };

export interface Command {
  /** How the benchmark is started, for the usage line: "tsx bench/run.ts". */
  usage: string;
  /** One sentence for --help. */
  about: string;
}

/** A value the option does not take; the message completes "--name ...". */
class BadValue extends Error {}

export function flag(help: string): Option<boolean> {
  return { type: "boolean", help, read: (raw) => raw === true };
}

function wholeNumber(text: string, min: number): number {
  if (!/^\d+$/.test(text) || Number(text) < min)
    throw new BadValue(`expects a whole number >= ${min}, got "${text}"`);
  return Number(text);
}

/** A whole number >= `min`. */
export function integer(help: string, fallback: number, min = 1): Option<number> {
  return {
    type: "string",
    help,
    value: "N",
    shownDefault: String(fallback),
    read: (raw) => (typeof raw === "string" ? wholeNumber(raw, min) : fallback),
  };
}

/** A comma-separated list of whole numbers >= 1; null when absent (the caller's default may depend on other options). */
export function integers(help: string, shownDefault: string): Option<number[] | null> {
  return {
    type: "string",
    help,
    value: "N,N,...",
    shownDefault,
    read: (raw) => (typeof raw === "string" ? raw.split(",").map((item) => wholeNumber(item, 1)) : null),
  };
}

/** Free text (a URL, a path); null when absent. */
export function text(help: string, value = "TEXT"): Option<string | null> {
  return {
    type: "string",
    help,
    value,
    shownDefault: "none",
    read: (raw) => (typeof raw === "string" ? raw : null),
  };
}

/** One of `choices`; `aliases` map other accepted spellings onto them. */
export function choice<C extends string>(
  help: string,
  choices: readonly C[],
  fallback: NoInfer<C>,
  aliases: Readonly<Record<string, NoInfer<C>>> = {},
): Option<C> {
  return {
    type: "string",
    help,
    value: choices.join("|"),
    shownDefault: fallback,
    read: (raw) => {
      if (typeof raw !== "string") return fallback;
      const found = choices.find((item) => item === raw) ?? aliases[raw];
      if (found === undefined) throw new BadValue(`expects ${choices.join(" or ")}, got "${raw}"`);
      return found;
    },
  };
}

export function usageLine(command: Command, options: Options): string {
  const parts = Object.entries(options).map(([name, option]) =>
    option.value ? `[--${name} ${option.value}]` : `[--${name}]`,
  );
  return `usage: ${command.usage} ${[...parts, "[--help]"].join(" ")}`;
}

export function helpText(command: Command, options: Options): string {
  const rows = [
    ...Object.entries(options).map(([name, option]) => [
      `--${name}${option.value ? ` ${option.value}` : ""}`,
      `${option.help}${option.shownDefault === undefined ? "" : ` (default: ${option.shownDefault})`}`,
    ]),
    ["--help, -h", "print this help and exit"],
  ];
  const width = Math.max(...rows.map(([name]) => (name as string).length));
  return [
    usageLine(command, options),
    "",
    command.about,
    "",
    "options:",
    ...rows.map(([name, help]) => `  ${(name as string).padEnd(width)}  ${help}`),
  ].join("\n");
}

function fail(command: Command, options: Options, message: string): never {
  console.error(`${command.usage}: ${message}\n${usageLine(command, options)}`);
  process.exit(2);
}

/** The values of `options` in `argv` (the process's arguments unless given); exits on --help or an error. */
export function parseOptions<D extends Options>(
  command: Command,
  options: D,
  argv: readonly string[] = process.argv.slice(2),
): Values<D> {
  let parsed: Record<string, Raw>;
  try {
    parsed = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: false,
      options: {
        ...Object.fromEntries(Object.entries(options).map(([name, option]) => [name, { type: option.type }])),
        help: { type: "boolean", short: "h" },
      },
    }).values;
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (typeof code !== "string" || !code.startsWith("ERR_PARSE_ARGS")) throw error;
    // parseArgs' messages go on with advice about positionals, which no benchmark takes.
    fail(command, options, (error as Error).message.split(". ")[0] ?? code);
  }
  if (parsed.help === true) {
    console.log(helpText(command, options));
    process.exit(0);
  }
  const values: Record<string, unknown> = {};
  for (const [name, option] of Object.entries(options)) {
    try {
      values[name] = option.read(parsed[name]);
    } catch (error) {
      if (!(error instanceof BadValue)) throw error;
      fail(command, options, `--${name} ${error.message}`);
    }
  }
  return values as Values<D>;
}
