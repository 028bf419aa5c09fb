// Shorthands for the scanner tests: references as comparable rows, and where a marker sits in a text.
import { scanSource, type HostReference, type InClusterNames } from "../../src/scan/index.js";

/** [host, port, scheme, line, column] */
export type Row = [string, number, string, number, number];

export function rowsOf(refs: readonly HostReference[]): Row[] {
  return refs.map((r) => [r.host, r.port, r.scheme, r.line, r.column]);
}

export function scanRows(path: string, text: string, inCluster?: InClusterNames): Row[] {
  return rowsOf(scanSource({ path, text }, inCluster ? { inCluster } : {}));
}

/** 1-based line and column of the `nth` (0-based) occurrence of `marker` in `text`. */
export function locate(text: string, marker: string, nth = 0): { line: number; column: number } {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(marker, at + 1);
    if (at === -1) throw new Error(`marker ${marker} #${nth} not in text`);
  }
  const before = text.slice(0, at);
  const line = before.split("\n").length;
  return { line, column: at - before.lastIndexOf("\n") };
}

/** The row a reference to `host` written at the `nth` occurrence of `marker` (default: the host itself) must have. */
export function rowAt(text: string, host: string, port: number, scheme: string, marker = host, nth = 0): Row {
  const { line, column } = locate(text, marker, nth);
  return [host, port, scheme, line, column];
}
