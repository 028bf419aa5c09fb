// The SDK knowledge table as typed data, and what the detector reports from it.
import type { Language } from "../language.js";

export type SdkLanguage = Extract<Language, "python" | "javascript" | "go" | "jvm" | "csharp" | "ruby">;

export interface SdkHost {
  host: string;
  port: number;
  scheme?: string;
  why: string;
  source?: string;
}

export interface SdkEntry {
  id: string;
  language: SdkLanguage;
  package: string;
  imports: string[];
  constructors: string[];
  hosts: SdkHost[];
  /** `aws-argument`: the first argument names an AWS service; `aws-capture`: the constructor's `*` does. */
  service?: "aws-argument" | "aws-capture" | "argument";
  serviceHosts?: Record<string, string>;
  region?: string[];
  /** The endpoint is an argument (account URL, DSN): there is no default host. */
  endpoint?: { names: string[]; positional?: boolean; env?: string };
  overrides: {
    options: string[];
    templates?: Record<string, string | Record<string, string>>;
    unmodelled?: string[];
    calls?: string[];
    /** Calls that set many settings at once, anywhere in the file: only the options above in them re-point clients. */
    configure?: string[];
    env: string[];
  };
  source: string;
  notes?: string;
}

export interface AwsEndpoints {
  endpointPrefixes: Record<string, string>;
  globalOnly: Record<string, string>;
  globalWhenNoRegion: Record<string, string>;
  source: string;
}

export interface SdkTable {
  version: 1;
  aws: AwsEndpoints;
  sdks: SdkEntry[];
}

/** A host an SDK client calls though the code that builds it writes no URL (or writes it in an option). */
export interface SdkReference {
  host: string;
  /** The scheme's default unless the override URL writes one. */
  port: number;
  scheme: string;
  file: string;
  /** The constructor's line and 1-based column. */
  line: number;
  column: number;
  /** The table entry's id, e.g. `openai-python`. */
  sdk: string;
  importLine: number;
  constructorLine: number;
  reason: string;
  /** Set when the code replaced the default endpoint: which option or call did it, and where. */
  overridden?: { by: string; line: number };
  /**
   * The package (npm, PyPI) the file loads only where it is used (`import()`, an indented Python import): an optional
   * dependency's pattern.
   */
  lazyPackage?: string;
}

/** A client whose endpoint the code decides at run time: the check did not cover it. */
export interface SdkUnresolved {
  sdk: string;
  file: string;
  line: number;
  reason: string;
}

export interface SdkDetection {
  references: SdkReference[];
  unresolved: SdkUnresolved[];
}
