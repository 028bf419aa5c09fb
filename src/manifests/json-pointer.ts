// A key as one step of a JSON pointer (RFC 6901), the form every recorded line is looked up by.

export function escapePointer(key: string): string {
  // Most keys hold neither character: no regex runs for them.
  return key.indexOf("~") < 0 && key.indexOf("/") < 0 ? key : key.replace(/~/g, "~0").replace(/\//g, "~1");
}
