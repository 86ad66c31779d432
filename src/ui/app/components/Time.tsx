import { exactTime, relativeTime, shortTime } from "../format";
import { useNow } from "../hooks";

/** "5 minutes ago", with the exact time on hover (and for assistive technology, in its title). */
export function RelativeTime({ iso }: { iso: string }) {
  const now = useNow();
  return (
    <time dateTime={iso} title={exactTime(iso)}>
      {relativeTime(iso, now)}
    </time>
  );
}

/** "10 Mar 2026, 15:30", with the time to the second and its zone on hover. */
export function DateTime({ iso }: { iso: string }) {
  return (
    <time dateTime={iso} title={exactTime(iso)}>
      {shortTime(iso)}
    </time>
  );
}
