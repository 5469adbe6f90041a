/**
 * Memoises a pure function of one string or number, forgetting everything once `limit` results are
 * held, so memory stays bounded. The SLA clocks of a list are recomputed every minute from the same
 * timestamps; parsing and formatting them again is most of the work (bench/sla-clocks.bench.ts).
 */
export function boundedCache<K extends string | number, V>(limit: number, compute: (key: K) => V): (key: K) => V {
  let held = new Map<K, V>();
  return (key) => {
    const known = held.get(key);
    if (known !== undefined || held.has(key)) return known as V;
    const value = compute(key);
    if (held.size >= limit) held = new Map();
    held.set(key, value);
    return value;
  };
}
