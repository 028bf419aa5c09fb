// A reference found in a text, before positions, classification and suppressions are applied.
import type { ReferenceKind } from "./types.js";

export interface RawRef {
  /** Offset of the host's first character in the scanned text. */
  offset: number;
  host: string;
  port: number;
  scheme: string;
  kind: ReferenceKind;
  trailingDot: boolean;
}

export type RefSink = (ref: RawRef) => void;
