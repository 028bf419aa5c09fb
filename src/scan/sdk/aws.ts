// AWS hosts depend on the service and the region: {prefix}.{region}.amazonaws.com. The service comes from the
// constructor; the region from the constructor's options, else from a region literal written beside a region name in
// the same file, else it is unknown and only a service with a partition-wide endpoint still has a host.
import type { CodeView } from "./code-view.js";
import { normaliseName } from "./imports.js";
import { findOptions } from "./values.js";
import type { AwsEndpoints } from "./types.js";

const REGION = /^(?:us|eu|ap|sa|ca|me|af|il|mx)(?:-gov|-iso[a-z]?)?-[a-z]+-\d$/;
/** Java's `Region.US_WEST_2`. */
const REGION_CONSTANT = /\bRegion\s*\.\s*([A-Z]{2}(?:_GOV|_ISO[A-Z]?)?_[A-Z]+_\d)\b/;

export type AwsHost = { host: string; region?: string } | { unresolved: string };

export function awsHost(aws: AwsEndpoints, service: string, region: string | undefined): AwsHost {
  const key = normaliseName(service);
  const global = Object.hasOwn(aws.globalOnly, key) ? aws.globalOnly[key] : undefined;
  if (global !== undefined) return { host: global };
  const prefix = Object.hasOwn(aws.endpointPrefixes, key) ? aws.endpointPrefixes[key] : undefined;
  if (prefix === undefined) return { unresolved: `the endpoint name of AWS service "${service}" is not in the table` };
  if (region !== undefined) return { host: `${prefix}.${region}.amazonaws.com`, region };
  const fallback = Object.hasOwn(aws.globalWhenNoRegion, key) ? aws.globalWhenNoRegion[key] : undefined;
  if (fallback !== undefined) return { host: fallback };
  return { unresolved: `the region of the ${service} client is set at run time (no region literal in the file)` };
}

/** The region a client is built for: its own option first, then one the file sets for every client. */
export function awsRegion(view: CodeView, options: readonly string[], from: number, to: number): string | undefined {
  for (const option of findOptions(view, options, from, to)) {
    if (option.value.kind === "literal" && REGION.test(option.value.value)) return option.value.value;
    if (option.value.kind === "runtime") {
      const constant = REGION_CONSTANT.exec(view.code.slice(option.value.offset, option.value.offset + 60));
      if (constant?.[1]) return constant[1].toLowerCase().replace(/_/g, "-");
    }
  }
  return fileRegion(view);
}

/** `AWS_REGION = "eu-west-1"`, `os.Setenv("AWS_DEFAULT_REGION", "eu-west-1")`, `config.WithRegion("eu-west-1")`. */
function fileRegion(view: CodeView): string | undefined {
  for (const s of view.strings) {
    const value = view.text.slice(s.start, s.end);
    if (!REGION.test(value)) continue;
    const lineStart = view.text.lastIndexOf("\n", s.start) + 1;
    if (/region/i.test(view.text.slice(lineStart, s.start))) return value;
  }
  const constant = REGION_CONSTANT.exec(view.code);
  return constant?.[1] ? constant[1].toLowerCase().replace(/_/g, "-") : undefined;
}
