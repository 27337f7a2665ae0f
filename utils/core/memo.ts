/** Remember a pure one-argument function's answers; forget them all past `max` entries (bounded memory). */
export function memo<K, V>(fn: (key: K) => V, max = 50_000): (key: K) => V {
  const cache = new Map<K, V>();
  return (key) => {
    let v = cache.get(key);
    if (v === undefined && !cache.has(key)) {
      if (cache.size >= max) cache.clear();
      v = fn(key);
      cache.set(key, v);
    }
    return v as V;
  };
}
