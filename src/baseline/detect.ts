// Recognising a baseline file by its content, so that the scanner does not read its `host:` entries as calls.

/** A YAML file whose top level has `version:` and `findings:`, as every baseline file does. */
export function looksLikeBaseline(text: string): boolean {
  return /^version:[ \t]*1[ \t]*(#.*)?$/m.test(text) && /^findings:[ \t]*(\[\][ \t]*)?(#.*)?$/m.test(text);
}
