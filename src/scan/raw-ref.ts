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
  /** The name the literal is bound to (an assignment target, key or callee), when there is one. */
  binding?: string;
  /** Why the reference is text for people rather than a connection (`mentionReason`). */
  mention?: string;
  /** Why the URL is a page the user's browser is sent to (`browserNavigationReason`). */
  browser?: string;
  /** The literal is what a request call is given (`requests.get(…)`, `fetch(…)`, `http.NewRequest(…)`). */
  requested?: boolean;
  /** The value of a host setting with its port written out (`flag.String("server", "10.0.4.2:50051", …)`). */
  hostSetting?: boolean;
  /** The literal is the value a SCREAMING_SNAKE name is defined with (`NAME = "…"`, `NAME: T = "…"`, `NAME: "…"`). */
  defines?: string;
  /** Why the value the literal gives its name is replaced before any read (`initOverwrites`): it is never used. */
  overwritten?: string;
}

export type RefSink = (ref: RawRef) => void;
