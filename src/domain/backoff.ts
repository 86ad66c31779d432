/** Each delay is scaled by a factor in [1 - JITTER, 1 + JITTER): retries of many clients do not fall in lockstep. */
export const JITTER = 0.2;

/**
 * The wait before the attempt after attempt number `attempt` (1-based): base, 2 x base, 4 x base, ...,
 * each with jitter. `random` is in [0, 1).
 */
export function backoffDelay(attempt: number, baseMs: number, random: () => number = Math.random): number {
  const exponential = baseMs * 2 ** Math.max(0, attempt - 1);
  return Math.round(exponential * (1 - JITTER + 2 * JITTER * random()));
}
