// SDK clients built with their default endpoint write no URL: this finds them (the SDK's import and a constructor in
// the same file) and reports the hosts the knowledge table says they call, or the host an option replaces them with.
import { awsHost, awsRegion } from "./aws.js";
import { codeView, type CodeView } from "./code-view.js";
import { findConstructors, targetTyped, type ConstructorCall } from "./constructors.js";
import { endpointArgument, fileOverride, optionOverride, type Override } from "./endpoint.js";
import { entryImport, importsOf, normaliseName, type EntryImport } from "./imports.js";
import { entriesFor, importsAnySdkModule, mayImportAnySdk, SDK_TABLE } from "./table.js";
import { firstArgument, findOptions } from "./values.js";
import type { SdkDetection, SdkEntry, SdkHost, SdkLanguage, SdkReference, SdkUnresolved } from "./types.js";
import { languageOfText } from "../language.js";

/**
 * The hosts SDK clients in one source file call; clients whose endpoint is decided at run time are left out.
 * `specifiers`: the modules the file imports, where already read (`importsOf`); else its text is searched for them.
 */
export function detectSdkCalls(file: { path: string; text: string }, specifiers?: readonly string[]): SdkReference[] {
  return detectSdkUsage(file, specifiers).references;
}

/** The hosts SDK clients call, and the clients whose endpoint the code leaves to run time (the check missed those). */
export function detectSdkUsage(file: { path: string; text: string }, specifiers?: readonly string[]): SdkDetection {
  const found: SdkDetection = { references: [], unresolved: [] };
  const language = languageOfText(file.path, file.text);
  if (language === undefined || entriesFor(language).length === 0) return found;
  const mayImport =
    specifiers === undefined ? mayImportAnySdk(file.text, language) : importsAnySdkModule(specifiers, language);
  if (!mayImport) return found;
  const view = codeView(file.text, language);
  const modules = importsOf(view, language as SdkLanguage);
  if (modules.length === 0) return found;
  for (const entry of entriesFor(language)) {
    const imported = entryImport(entry, modules);
    if (imported !== undefined) detectEntry(view, file.path, entry, imported, found);
  }
  found.references.sort((a, b) => a.line - b.line || a.column - b.column || compare(a.host, b.host));
  found.unresolved.sort((a, b) => a.line - b.line || compare(a.sdk, b.sdk));
  return found;
}

function detectEntry(view: CodeView, path: string, entry: SdkEntry, imported: EntryImport, out: SdkDetection): void {
  const calls = findConstructors(
    view.code,
    constructorPatterns(entry, imported),
    (capture) => serviceOf(capture, imported) !== undefined,
  );
  if (calls.length === 0) return;
  const importLine = view.lineOf(imported.offset);
  const fileWide = fileOverrides(view, entry);
  for (const call of calls) {
    const line = view.lineOf(call.start);
    const at = {
      file: path,
      line,
      column: view.columnOf(call.start),
      sdk: entry.id,
      importLine,
      constructorLine: line,
      ...(imported.lazyPackage !== undefined ? { lazyPackage: imported.lazyPackage } : {}),
    };
    const name = constructorName(view, call);
    const unresolved = (reason: string) => out.unresolved.push({ sdk: entry.id, file: path, line, reason });
    const override = entry.endpoint
      ? endpointArgument(view, entry, call.open, call.end)
      : (optionOverride(view, entry, call.open, call.end) ?? fileWide);
    if (override !== undefined && "unresolved" in override) {
      unresolved(override.unresolved);
      continue;
    }
    if (override !== undefined) {
      const { host, port, scheme } = override.endpoint;
      const how = entry.endpoint
        ? `the ${override.by} it is given`
        : `${override.by} at line ${view.lineOf(override.offset)}`;
      out.references.push({
        ...at,
        host,
        port,
        scheme,
        reason: `${entry.id}: ${name} calls ${host}, set by ${how} (imported at line ${importLine})`,
        overridden: { by: override.by, line: view.lineOf(override.offset) },
      });
      continue;
    }
    const hosts = defaultHosts(view, entry, call, imported, unresolved);
    for (const h of hosts) {
      out.references.push({
        ...at,
        host: h.host,
        port: h.port,
        scheme: h.scheme ?? "https",
        reason: `${entry.id}: ${name} calls ${h.host} by default${h.note ?? ""} (imported at line ${importLine})`,
      });
    }
  }
}

type DefaultHost = SdkHost & { note?: string };

/** The table's hosts, plus the host of the service the constructor names (AWS, Google discovery). */
function defaultHosts(
  view: CodeView,
  entry: SdkEntry,
  call: ConstructorCall,
  imported: EntryImport,
  unresolved: (reason: string) => void,
): DefaultHost[] {
  const hosts: DefaultHost[] = [...entry.hosts];
  if (entry.service === undefined) return hosts;
  const service =
    entry.service === "aws-capture" ? serviceOf(call.capture ?? "", imported) : argumentService(view, call);
  if (service === undefined) {
    unresolved("the service is chosen at run time");
    return hosts;
  }
  if (entry.service === "argument") {
    const host = entry.serviceHosts?.[service];
    if (host === undefined)
      unresolved(`the host of API "${service}" comes from its discovery document, not in the table`);
    return host === undefined ? hosts : [{ host, port: 443, why: "" }, ...hosts];
  }
  const aws = awsHost(SDK_TABLE.aws, service, awsRegion(view, entry.region ?? [], call.open, call.end));
  if ("unresolved" in aws) {
    unresolved(aws.unresolved);
    return hosts;
  }
  const note = aws.region === undefined ? " (no region in the file: the partition-wide endpoint)" : "";
  return [{ host: aws.host, port: 443, why: "", note }, ...hosts];
}

/** `boto3.client("s3")`, `boto3.client(service_name="s3")`, `build("drive", "v3")`. */
function argumentService(view: CodeView, call: ConstructorCall): string | undefined {
  const value =
    firstArgument(view, call.open) ?? findOptions(view, ["service_name", "serviceName"], call.open, call.end)[0]?.value;
  return value?.kind === "literal" ? value.value : undefined;
}

/** What a constructor's `*` names, when the file imports it: a service, or (Go) a local name for one. */
function serviceOf(capture: string, imported: EntryImport): string | undefined {
  const key = normaliseName(capture);
  if (imported.captures.has(key)) return key;
  const aliased = imported.aliases.get(capture);
  return aliased ? aliased : undefined;
}

/**
 * The patterns a file's clients of `entry` are looked for by: the table's, as the file's imports name them. Python
 * and Java: a bare name only where it is imported (`importsName`); the table writes the forms qualified by a module
 * (`openai.OpenAI(`). C#: also written target-typed. Go calls a package by the name it is imported under:
 * `gh.NewClient(` is `github.NewClient(` where the import is renamed, and an import renamed no longer answers to its
 * own name. A qualifier stands for the imported package whose last path element it is (`client.New(` for
 * `…/stripe-go/v82/client`), else for the module itself, whatever its package is called (`openai` for
 * `github.com/sashabaranov/go-openai`). Another package of the module imported under some name (`anthropicaws
 * "…/anthropic-sdk-go/aws"`) builds other clients, and is not read as this one.
 */
function constructorPatterns(entry: SdkEntry, imported: EntryImport): string[] {
  if (entry.language === "python" || entry.language === "jvm")
    return entry.constructors.filter((p) => !isBareName(p) || importsName(imported, p));
  if (entry.language === "csharp")
    return [...entry.constructors, ...entry.constructors.flatMap((p) => targetTyped(p) ?? [])];
  if (entry.language !== "go") return entry.constructors;
  const patterns = entry.constructors.flatMap((pattern) => {
    const qualified = /^([A-Za-z_]\w*)\.(.*)$/.exec(pattern);
    if (!qualified) return [pattern];
    const [, name, rest] = qualified;
    const providers = packageImports(entry, imported, name!);
    return providers.length === 0 ? [pattern] : providers.map((m) => `${m.alias ?? name}.${rest}`);
  });
  return [...new Set(patterns)];
}

/** `Client(`, not `storage.Client(`: a name called without the module it comes from. */
function isBareName(pattern: string): boolean {
  return !pattern.slice(0, pattern.indexOf("(")).includes(".");
}

/**
 * Whether a Python or Java file imports the name a bare constructor calls from the entry's module (`from twilio.rest
 * import Client`, `import com.google.genai.Client;`, or all of a Java package with `.*`). Importing the module alone
 * is not enough: `from google.cloud import storage` and `from vertexai import Client` in one file make `Client(`
 * Vertex AI's client, not Cloud Storage's.
 */
function importsName(imported: EntryImport, pattern: string): boolean {
  const name = pattern.slice(0, pattern.indexOf("(")).split(" ").pop()!;
  // A Java import of a whole package is read as the package and its dot (`com.sendgrid.`).
  return imported.paths.some((m) => m.path.endsWith(`.${name}`) || m.path.endsWith("."));
}

/** The file's imports that a constructor's qualifier `name` stands for (see `constructorPatterns`). */
function packageImports(entry: SdkEntry, imported: EntryImport, name: string): EntryImport["paths"] {
  const withoutVersion = (path: string) => path.replace(/\/v\d+$/, "");
  const named = imported.paths.filter((m) => withoutVersion(m.path).split("/").pop() === name);
  if (named.length > 0) return named;
  return imported.paths.filter((m) => entry.imports.includes(withoutVersion(m.path)));
}

function fileOverrides(view: CodeView, entry: SdkEntry): Override | undefined {
  for (const pattern of entry.overrides.calls ?? []) {
    const [first] = findConstructors(view.code, [pattern]);
    if (first) return fileOverride(view, entry, first.open, pattern);
  }
  // `cloudinary.config(cloud_name=…, upload_prefix=…)`: most such calls set credentials, and change no endpoint.
  for (const call of findConstructors(view.code, entry.overrides.configure ?? [])) {
    const override = optionOverride(view, entry, call.open, call.end);
    if (override) return override;
  }
  return undefined;
}

function constructorName(view: CodeView, call: ConstructorCall): string {
  const written = view.code
    .slice(call.start, call.open)
    .replace(/\s*\.\s*/g, ".")
    .replace(/\s+/g, " ")
    .trim();
  return view.code[call.open] === "(" ? `${written}()` : written;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export type { SdkReference, SdkUnresolved };
