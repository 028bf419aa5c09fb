// One `host[:port]` (or `[v6]:port`) as written in a URL authority or a host-valued setting.
import { normalizeHost, parsePort, type NormalHost } from "./host-syntax.js";

export interface HostPart {
  host: NormalHost;
  /** undefined: no port written; 0: a port is written but templated (`:${PORT}`), so unknown. */
  port?: number;
}

/** Parses text[start, end); undefined for anything that is not a literal host (templates, paths, words). */
export function hostPart(text: string, start: number, end: number): HostPart | undefined {
  if (start >= end) return undefined;
  let hostEnd = end;
  if (text.charCodeAt(start) === 0x5b /* [ */) {
    const close = text.indexOf("]", start);
    if (close === -1 || close >= end) return undefined;
    hostEnd = close + 1;
    if (hostEnd < end && text.charCodeAt(hostEnd) !== 0x3a) return undefined;
  } else {
    let colons = 0;
    for (let i = end - 1; i >= start; i--) {
      if (text.charCodeAt(i) === 0x3a /* : */) {
        colons++;
        hostEnd = i;
      }
    }
    // Two colons or more without brackets: a bare IPv6 address (`2001:db8::1`), which cannot carry a port.
    if (colons >= 2) hostEnd = end;
  }
  // Longer than any name (253) or IPv6 literal: not a host, and not worth copying.
  if (hostEnd - start > 256) return undefined;
  const written = text.slice(start, hostEnd);
  if (isTemplated(written)) return undefined;
  const host = normalizeHost(written);
  if (!host) return undefined;
  if (hostEnd >= end) return { host };
  const portText = text.slice(hostEnd + 1, end);
  if (portText.length === 0) return { host };
  const port = parsePort(portText);
  if (port !== undefined) return { host, port };
  return isTemplated(portText) ? { host, port: 0 } : undefined;
}

/** `${HOST}`, `{{ .Values.host }}`, `%s`, `%(host)s`, `<host>`, `*`: a placeholder, not a name. */
export function isTemplated(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    switch (s.charCodeAt(i)) {
      case 0x24: // $
      case 0x7b: // {
      case 0x7d: // }
      case 0x25: // %
      case 0x3c: // <
      case 0x3e: // >
      case 0x2a: // *
        return true;
    }
  }
  return false;
}
