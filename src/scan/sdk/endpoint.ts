// What one client calls: the endpoint the code wrote in an option (a URL, a host, a value a template turns into a
// host), or the reason the code leaves it to run time; undefined when no option changes the default.
import type { CodeView } from "./code-view.js";
import { endpointOf, findOptions, firstArgument, type Endpoint, type OptionValue } from "./values.js";
import type { SdkEntry } from "./types.js";

export type Override = { endpoint: Endpoint; by: string; offset: number } | { unresolved: string; offset: number };

/** The first option in code[from, to) that decides the endpoint; containers (`{...}`) are searched, not read. */
export function optionOverride(view: CodeView, entry: SdkEntry, from: number, to: number): Override | undefined {
  const { options, templates = {}, unmodelled = [] } = entry.overrides;
  const names = [...options, ...Object.keys(templates), ...unmodelled];
  const found = findOptions(view, names, from, to).filter((o) => o.value.kind !== "container");
  // An option the table cannot turn into a host makes any other option's host wrong too (Twilio's edge and region).
  const unknown = found.find((o) => unmodelled.includes(o.name));
  if (unknown !== undefined)
    return {
      unresolved: `endpoint chosen by ${unknown.name}, which the table does not model`,
      offset: unknown.value.offset,
    };
  const [first] = found;
  return first === undefined ? undefined : readOverride(first.name, first.value, templates[first.name]);
}

/** A call anywhere in the file that re-points every client of the SDK (`stripe.api_base = ...`). */
export function fileOverride(view: CodeView, entry: SdkEntry, open: number, by: string): Override | undefined {
  const value = firstArgument(view, open);
  if (value === undefined) return undefined;
  const name = by.replace(/^\./, "").replace(/[ =(]+$/, "");
  return readOverride(name, value, entry.overrides.templates?.[name]);
}

/** The endpoint argument of an SDK with no default (an account URL, a DSN). */
export function endpointArgument(view: CodeView, entry: SdkEntry, open: number, end: number): Override {
  const spec = entry.endpoint ?? { names: [] };
  const named = findOptions(view, spec.names, open, end).find((o) => o.value.kind !== "container");
  const positional = spec.positional ? firstArgument(view, open) : undefined;
  const [name, value] = named ? [named.name, named.value] : [spec.names[0] ?? "", positional];
  if (value === undefined || value.kind === "container")
    return {
      unresolved: spec.env ? `endpoint set at run time by ${spec.env}` : `no ${spec.names.join(" or ")} written`,
      offset: open,
    };
  return readOverride(name, value, undefined);
}

function readOverride(by: string, value: OptionValue, template: string | Record<string, string> | undefined): Override {
  const { offset } = value;
  if (value.kind !== "literal") return { unresolved: `endpoint set at run time by ${by}`, offset };
  const written =
    template === undefined
      ? value.value
      : typeof template === "string"
        ? template.replace("{value}", value.value.trim().toLowerCase())
        : Object.hasOwn(template, value.value)
          ? template[value.value]
          : undefined;
  const endpoint = written === undefined ? undefined : endpointOf(written);
  if (endpoint === undefined) return { unresolved: `could not read a host from ${by} "${value.value}"`, offset };
  return { endpoint, by, offset };
}
