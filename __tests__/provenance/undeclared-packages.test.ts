// An SDK a file loads only with `import()` is an optional provider. Where no package.json declares its package, the
// image does not install it and the client is never built: the reference stays in the report, unread, with the
// reason. Anything that may install it (a declaration anywhere, a Dockerfile's `npm install`) leaves it a call.
import { describe, expect, it } from "vitest";
import { withUndeclaredPackages } from "../../src/provenance/undeclared-packages.js";
import type { BuildFile } from "../../src/provenance/types.js";
import { scanSource } from "../../src/scan/index.js";

const LAZY = [
  "export async function sms(to: string, body: string) {",
  '  const twilio = (await import("twilio")).default;',
  "  await twilio(process.env.SID, process.env.TOKEN).messages.create({ to, body });",
  "}",
  "",
].join("\n");
const STATIC = `import twilio from "twilio";\n${LAZY.replace(/^ {2}const twilio = .*\n/m, "")}`;
const PACKAGE = (deps: Record<string, string> = {}, field = "dependencies") =>
  JSON.stringify({ name: "notify", [field]: { express: "4.18.2", ...deps } });

/** `[host, unread]` of each reference of `services/notify/src/sms.ts` once the build files are read. */
function decided(text: string, buildFiles: BuildFile[]): [string, boolean][] {
  const refs = scanSource({ path: "services/notify/src/sms.ts", text });
  return withUndeclaredPackages(refs, buildFiles).map((r) => [r.host, r.unread === true]);
}

describe("an SDK loaded with import() that nothing declares", () => {
  it("is unread, with the package.json that would have to declare it", () => {
    const refs = scanSource({ path: "services/notify/src/sms.ts", text: LAZY });
    expect(refs.map((r) => [r.host, r.lazyPackage])).toEqual([["api.twilio.com", "twilio"]]);
    const [ref] = withUndeclaredPackages(refs, [{ path: "services/notify/package.json", text: PACKAGE() }]);
    expect(ref?.unread).toBe(true);
    expect(ref?.reason.startsWith(`${refs[0]!.reason}; `)).toBe(true);
    expect(ref?.reason).toContain("services/notify/package.json");
  });

  it.each([
    ["its package.json declares it", [{ path: "services/notify/package.json", text: PACKAGE({ twilio: "5.0.0" }) }]],
    [
      "as an optional dependency",
      [{ path: "services/notify/package.json", text: PACKAGE({ twilio: "5.0.0" }, "optionalDependencies") }],
    ],
    [
      "a workspace root declares it",
      [
        { path: "services/notify/package.json", text: PACKAGE() },
        { path: "package.json", text: PACKAGE({ twilio: "5.0.0" }) },
      ],
    ],
    [
      "the Dockerfile installs it by hand",
      [
        { path: "services/notify/package.json", text: PACKAGE() },
        { path: "services/notify/Dockerfile", text: "FROM node:20\nRUN npm install twilio@5\n" },
      ],
    ],
    [
      "a package that wraps it is declared, and may bring it along",
      [{ path: "services/notify/package.json", text: PACKAGE({ "twilio-wrapper": "1.0.0" }) }],
    ],
    // No package.json says what is installed: nobody can tell.
    ["no package.json is above the file", [{ path: "other/package.json", text: PACKAGE() }]],
  ])("stays a call when %s", (_why, buildFiles) => {
    expect(decided(LAZY, buildFiles)).toEqual([["api.twilio.com", false]]);
  });

  it("stays a call when the file imports the package with the file: installed some other way, or it would not load", () => {
    const refs = scanSource({ path: "services/notify/src/sms.ts", text: STATIC });
    expect(refs.map((r) => [r.host, r.lazyPackage])).toEqual([["api.twilio.com", undefined]]);
    expect(decided(STATIC, [{ path: "services/notify/package.json", text: PACKAGE() }])).toEqual([
      ["api.twilio.com", false],
    ]);
  });

  it("takes the package's name from a subpath import", () => {
    const text =
      'export async function mail() {\n  const m = (await import("@sendgrid/mail/src/mail")).default;\n  m.setApiKey("k");\n}\n';
    const refs = scanSource({ path: "services/notify/src/mail.ts", text });
    expect(refs.map((r) => r.lazyPackage)).toEqual(["@sendgrid/mail"]);
  });
});

describe("a Python SDK imported where it is used, that no dependency file names", () => {
  const GUARDED = [
    "async def complete(prompt):",
    "    try:",
    "        import anthropic",
    "    except ImportError as e:",
    "        raise Unavailable() from e",
    "    client = anthropic.AsyncAnthropic(api_key=KEY)",
    "    return await client.messages.create(model=MODEL, messages=[prompt])",
    "",
  ].join("\n");
  const AT_TOP = `import anthropic\n\nclient = anthropic.AsyncAnthropic(api_key=KEY)\n`;
  const decidedPy = (text: string, buildFiles: BuildFile[]) =>
    withUndeclaredPackages(scanSource({ path: "agent/llm/gateway.py", text }), buildFiles).map((r) => [
      r.host,
      r.unread === true,
    ]);

  it("is unread where the requirements the image installs leave it out", () => {
    const refs = scanSource({ path: "agent/llm/gateway.py", text: GUARDED });
    expect(refs.map((r) => [r.host, r.lazyPackage])).toEqual([["api.anthropic.com", "anthropic"]]);
    const [ref] = withUndeclaredPackages(refs, [{ path: "agent/requirements.txt", text: "openai>=1.0\nfastapi\n" }]);
    expect(ref?.unread).toBe(true);
    expect(ref?.reason).toContain("agent/requirements.txt");
  });

  it.each([
    ["the requirements name it", [{ path: "agent/requirements.txt", text: "Anthropic==0.40\n" }]],
    [
      "a package that wraps it is named",
      [{ path: "pyproject.toml", text: '[project]\ndependencies = ["langchain-anthropic>=0.2"]\n' }],
    ],
    [
      "the Dockerfile installs it by hand",
      [
        { path: "agent/requirements.txt", text: "openai\n" },
        { path: "agent/Dockerfile", text: "FROM python:3.12\nRUN pip install anthropic\n" },
      ],
    ],
    ["no dependency file is above the file", [{ path: "other/requirements.txt", text: "openai\n" }]],
  ])("stays a call when %s", (_why, buildFiles) => {
    expect(decidedPy(GUARDED, buildFiles)).toEqual([["api.anthropic.com", false]]);
  });

  it("stays a call when the module imports it at the top: it would not load without it", () => {
    expect(decidedPy(AT_TOP, [{ path: "agent/requirements.txt", text: "openai\n" }])).toEqual([
      ["api.anthropic.com", false],
    ]);
  });
});
