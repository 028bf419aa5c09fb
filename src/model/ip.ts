// IP literals and CIDRs, v4 and v6, as bigints so one comparison serves both.

export interface ParsedIp {
  v6: boolean;
  value: bigint;
}

export function parseIp(text: string): ParsedIp | undefined {
  const s = text.replace(/^\[|\]$/g, "");
  if (/^\d{1,3}(\.\d{1,3}){3}$/.test(s)) {
    const parts = s.split(".").map(Number);
    if (parts.some((p) => p > 255)) return undefined;
    return { v6: false, value: parts.reduce((acc, p) => (acc << 8n) | BigInt(p), 0n) };
  }
  if (!s.includes(":") || !/^[0-9a-fA-F:.]+$/.test(s)) return undefined;
  const halves = s.split("::");
  if (halves.length > 2) return undefined;
  const groups = (h: string) => (h === "" ? [] : h.split(":"));
  const head = groups(halves[0]!);
  const tail = halves.length === 2 ? groups(halves[1]!) : [];
  const missing = 8 - head.length - tail.length;
  if ((halves.length === 1 && missing !== 0) || missing < 0) return undefined;
  const all = [...head, ...Array<string>(halves.length === 2 ? missing : 0).fill("0"), ...tail];
  if (all.some((g) => !/^[0-9a-fA-F]{1,4}$/.test(g))) return undefined;
  return { v6: true, value: all.reduce((acc, g) => (acc << 16n) | BigInt(parseInt(g, 16)), 0n) };
}

export function parseCidr(text: string): { ip: ParsedIp; bits: number } | undefined {
  const [addr, bits, extra] = text.split("/");
  if (extra !== undefined || addr === undefined) return undefined;
  const ip = parseIp(addr);
  if (!ip) return undefined;
  const width = ip.v6 ? 128 : 32;
  const n = bits === undefined ? width : /^\d+$/.test(bits) ? Number(bits) : NaN;
  if (!(n >= 0 && n <= width)) return undefined;
  return { ip, bits: n };
}

export function sameIp(a: ParsedIp | undefined, b: ParsedIp): boolean {
  return a !== undefined && a.v6 === b.v6 && a.value === b.value;
}

/** Whether a ServiceEntry address (an IP or a CIDR) covers the IP the code calls. */
export function addressCovers(address: string, ip: ParsedIp): boolean {
  const cidr = parseCidr(address);
  if (!cidr || cidr.ip.v6 !== ip.v6) return false;
  const shift = BigInt((ip.v6 ? 128 : 32) - cidr.bits);
  return cidr.ip.value >> shift === ip.value >> shift;
}
