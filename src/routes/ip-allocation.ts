// Auto-allocated ServiceEntry addresses (240.240.0.0/16), used by proxies with DNS capture.
// 1.25+: the ipallocate controller hands out addresses in the order it reconciles entries (taken here as creation
// order). Before: serviceentry/controller.go autoAllocateIPs hashes namespace/hostname (FNV-1a, double hashing).
import { isWildcarded } from "./hostnames.js";
import type { MeshService } from "./services.js";
import type { VersionFlags } from "./versions.js";

const MAX_IPS = 256 * 254;
const PRIME = 65011;

function eligible(s: MeshService): boolean {
  return s.registry === "External" && !s.specAddresses && s.resolution !== "Passthrough" && !isWildcarded(s.hostname);
}

function fnv32a(text: string): number {
  let h = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(text)) {
    h ^= byte;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

function legacyAllocate(services: MeshService[]): void {
  const slots = new Map<number, MeshService>();
  for (const svc of services) {
    if (!eligible(svc)) continue;
    const s = fnv32a(`${svc.namespace}/${svc.hostname}`);
    const first = s % MAX_IPS;
    if (!slots.has(first)) {
      slots.set(first, svc);
      continue;
    }
    const second = PRIME - (s % PRIME);
    for (let i = 1; ; i++) {
      // uint32 arithmetic, as in Go
      const nh = ((s + Math.imul(i, second)) >>> 0) % (MAX_IPS - 1);
      if (!slots.has(nh)) {
        slots.set(nh, svc);
        break;
      }
    }
  }
  const byKey = new Map<string, string>();
  let x = 0;
  let bumps = 0;
  // x counts every slot, empty or not; a fourth octet of 0 is skipped by bumping x once more.
  for (const slot of [...slots.keys()].sort((a, b) => a - b)) {
    x = slot + 1 + bumps;
    if (x % 255 === 0) {
      x++;
      bumps++;
    }
    const svc = slots.get(slot)!;
    const key = `${svc.namespace}/${svc.hostname}`;
    const ip = byKey.get(key) ?? `240.240.${Math.floor(x / 255)}.${x % 255}`;
    byKey.set(key, ip);
    svc.autoAllocatedIPv4 = ip;
  }
}

function controllerAllocate(services: MeshService[]): void {
  const used = new Set(services.flatMap((s) => s.vips));
  const byKey = new Map<string, string>();
  let next = 1;
  for (const svc of services) {
    if (!eligible(svc)) continue;
    const key = `${svc.origin.namespace}/${svc.origin.name}/${svc.hostname}`;
    let ip = byKey.get(key);
    while (ip === undefined) {
      const candidate = `240.240.${Math.floor(next / 256)}.${next % 256}`;
      next++;
      if (!used.has(candidate)) ip = candidate;
    }
    byKey.set(key, ip);
    svc.autoAllocatedIPv4 = ip;
  }
}

export function allocateServiceEntryIps(services: MeshService[], flags: VersionFlags): void {
  if (flags.controllerIpAllocation) controllerAllocate(services);
  else legacyAllocate(services);
}
