// CPU time from /proc (Linux): of one process (all its threads: JS, GC, libuv pool), and of the PostgreSQL
// backends connected to one database, found by their process title "postgres: ... <user> <database> ...".
import { readdirSync, readFileSync } from "node:fs";

/** USER_HZ, the unit of /proc/<pid>/stat times: 100 on every Linux build that matters here. */
const TICK_MS = 10;

function statTicks(pid: number | string): number | null {
  let stat: string;
  try {
    stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  } catch {
    return null;
  }
  // The command (field 2) may hold spaces: fields are counted after its closing parenthesis. utime and
  // stime are fields 14 and 15, i.e. the 12th and 13th after the command.
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return Number(fields[11]) + Number(fields[12]);
}

/** CPU time (user + system, ms) of process `pid` since it started. */
export function processCpuMs(pid: number): number {
  const ticks = statTicks(pid);
  if (ticks === null) throw new Error(`process ${pid} is gone (no /proc/${pid}/stat)`);
  return ticks * TICK_MS;
}

/** CPU time (ms) of each PostgreSQL backend connected to `database` right now, by process id. */
export function postgresBackendsCpuMs(database: string): Map<number, number> {
  const backends = new Map<number, number>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    let title: string;
    try {
      title = readFileSync(`/proc/${entry}/cmdline`, "utf8").replaceAll("\0", " ");
    } catch {
      continue;
    }
    if (!title.startsWith("postgres:") || !title.includes(` ${database} `)) continue;
    const ticks = statTicks(entry);
    if (ticks !== null) backends.set(Number(entry), ticks * TICK_MS);
  }
  return backends;
}

/**
 * CPU time (ms) the backends of `database` used since `before` (a postgresBackendsCpuMs reading): backends
 * started since count in full. Pools close idle connections (pg's default: after 10 s), so a backend that
 * exits in between takes its time with it; during a run the pool's connections are busy and stay.
 */
export function postgresCpuSince(database: string, before: ReadonlyMap<number, number>): number {
  let total = 0;
  for (const [pid, cpu] of postgresBackendsCpuMs(database)) total += cpu - (before.get(pid) ?? 0);
  return total;
}
