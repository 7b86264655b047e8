/** Something counted against a budget at a time (epoch ms). */
export interface TimedAmount {
  atMs: number;
  amount: number;
}

/**
 * The largest total of `events` inside any window of `windowMs` (closed at its start, open at its end), and
 * where it starts. The check a provider applies, used to verify a limiter.
 */
export function worstWindow(
  events: readonly TimedAmount[],
  windowMs: number,
): { total: number; startMs: number } {
  const sorted = [...events].sort((a, b) => a.atMs - b.atMs);
  let worst = { total: 0, startMs: sorted[0]?.atMs ?? 0 };
  let tail = 0;
  let total = 0;
  for (let head = 0; head < sorted.length; head += 1) {
    total += sorted[head].amount;
    while (sorted[head].atMs - sorted[tail].atMs >= windowMs) {
      total -= sorted[tail].amount;
      tail += 1;
    }
    if (total > worst.total) worst = { total, startMs: sorted[tail].atMs };
  }
  return worst;
}
