// Self time of a V8 CPU profile (node --cpu-prof, or node:inspector's Profiler) by package and by function.

export interface CpuProfile {
  nodes: {
    id: number;
    callFrame: { functionName: string; url: string; lineNumber: number };
    hitCount?: number;
  }[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

/** The package a script belongs to: an npm package, Prisma's generated client, the project, or Node. */
export function packageOf(url: string, functionName: string): string {
  if (!url) {
    if (functionName === "(garbage collector)") return "(garbage collection)";
    if (functionName === "(program)" || functionName === "(idle)") return functionName;
    // Built-ins without a script: promise reactions, JSON.parse, Array methods...
    return "(V8 built-ins)";
  }
  const modules = url.lastIndexOf("node_modules/");
  if (modules >= 0) {
    const parts = url.slice(modules + "node_modules/".length).split("/");
    return parts[0]?.startsWith("@") ? `${parts[0]}/${parts[1]}` : (parts[0] ?? url);
  }
  if (url.includes("/src/generated/")) return "prisma generated client (src/generated)";
  if (url.includes("/src/")) return "project (src/)";
  if (url.includes("/bench/")) return "benchmark (bench/)";
  if (url.startsWith("node:")) return "node: internals";
  return url;
}

/** Self time per node, in ms, from the samples and their time deltas. */
function selfTimes(profile: CpuProfile): Map<number, number> {
  const self = new Map<number, number>();
  for (let i = 0; i < profile.samples.length; i++) {
    const id = profile.samples[i] as number;
    self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  }
  return self;
}

/** A table of self time by package, then the top functions, per request. */
export function summarizeProfile(profile: CpuProfile, requests: number, top = 25): string {
  const self = selfTimes(profile);
  const byPackage = new Map<string, number>();
  const byFunction = new Map<string, number>();
  let total = 0;
  for (const node of profile.nodes) {
    const ms = self.get(node.id) ?? 0;
    if (ms === 0) continue;
    const { functionName, url, lineNumber } = node.callFrame;
    if (functionName === "(idle)") continue;
    total += ms;
    const pkg = packageOf(url, functionName);
    byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + ms);
    const name = `${functionName || "(anonymous)"} ${pkg}${url ? `:${lineNumber + 1}` : ""}`;
    byFunction.set(name, (byFunction.get(name) ?? 0) + ms);
  }
  const lines = [`busy ${(total / requests).toFixed(2)} ms/request (idle excluded); self time by package:`];
  const row = (name: string, ms: number) =>
    `  ${(ms / requests).toFixed(2).padStart(7)} ms/req ${((100 * ms) / total).toFixed(1).padStart(5)}%  ${name}`;
  for (const [name, ms] of [...byPackage].sort((a, b) => b[1] - a[1])) lines.push(row(name, ms));
  lines.push(`top ${top} functions by self time:`);
  for (const [name, ms] of [...byFunction].sort((a, b) => b[1] - a[1]).slice(0, top))
    lines.push(row(name, ms));
  return lines.join("\n");
}
