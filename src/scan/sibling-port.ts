// A host in one variable and its port in another: `DB_HOST=db.x.io` beside `DB_PORT=5432`, `redis.host` beside
// `redis.port`. The port the code will use is the sibling's, not a guess from the scheme.

const HOST_SUFFIX = /(host|hostname|addr|address|server|endpoint)$/i;

/**
 * The port the variables name for the host in `name`: the value of the sibling whose name ends in `port` where this
 * one ends in `host` (same case, same separator), when it is a plain number.
 */
export function siblingPort(name: string, values: ReadonlyMap<string, string>): number | undefined {
  const m = HOST_SUFFIX.exec(name);
  if (!m) return undefined;
  const stem = name.slice(0, m.index);
  const word = m[1] ?? "";
  const port = word === word.toUpperCase() ? "PORT" : word[0] === word[0]?.toUpperCase() ? "Port" : "port";
  const value = values.get(stem + port)?.trim();
  if (value === undefined || !/^\d{1,5}$/.test(value)) return undefined;
  const n = Number(value);
  return n > 0 && n < 65536 ? n : undefined;
}
