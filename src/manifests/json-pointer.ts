// A key as one step of a JSON pointer (RFC 6901), the form every recorded line is looked up by.

export function escapePointer(key: string): string {
  // Most keys hold neither character: no regex runs for them.
  return key.indexOf("~") < 0 && key.indexOf("/") < 0 ? key : key.replace(/~/g, "~0").replace(/\//g, "~1");
}

/** `["spec", "containers", 0]` -> `/spec/containers/0`. */
export function pointerOf(path: readonly (string | number)[]): string {
  let out = "";
  for (const step of path) out += `/${escapePointer(String(step))}`;
  return out;
}

/** `/spec/containers/0` -> `["spec", "containers", "0"]`; `""` -> `[]`. */
export function pointerSteps(pointer: string): string[] {
  return pointer === ""
    ? []
    : pointer
        .slice(1)
        .split("/")
        .map((p) => p.replace(/~1/g, "/").replace(/~0/g, "~"));
}
