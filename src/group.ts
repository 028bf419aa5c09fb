// Grouping into a Map of arrays, in input order. Spreading the old array on every push, the obvious one-liner,
// makes grouping quadratic in the size of a group, which on a monorepo is thousands.

/** Items by key; an item whose key is undefined is left out. */
export function groupBy<K, T>(items: Iterable<T>, keyOf: (item: T) => K | undefined): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    if (key !== undefined) addTo(groups, key, item);
  }
  return groups;
}

/** Items under each of their keys; an item is listed once per distinct key. */
export function groupByEach<K, T>(items: Iterable<T>, keysOf: (item: T) => Iterable<K>): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) for (const key of new Set(keysOf(item))) addTo(groups, key, item);
  return groups;
}

export function addTo<K, T>(groups: Map<K, T[]>, key: K, item: T): void {
  const group = groups.get(key);
  if (group) group.push(item);
  else groups.set(key, [item]);
}
