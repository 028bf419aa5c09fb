// A constant or config field defined with a URL that no other line of the repository names is a default nothing
// reads: its references stay in the report as unplaced, never judged. Where a framework reads settings by the
// names the code only defines (Django, Flask, Celery, Rails), nothing is decided.
import { describe, expect, it } from "vitest";
import { withUnreadDefinitions } from "../../src/provenance/unread-definitions.js";
import { environmentOf, type FileEnvironment } from "../../src/scan/environment-names.js";
import { scanSource } from "../../src/scan/index.js";

/** `[host, soleDefinition]` of each reference of one file. */
function defined(path: string, text: string): [string, string | undefined][] {
  return scanSource({ path, text }).map((r) => [r.host, r.soleDefinition]);
}

describe("which literals define a name their file names nowhere else", () => {
  it.each([
    ["src/config.ts", 'export class Api {\n  WEATHER_API_URL: string = "https://api.weather.io/v2";\n}\n'],
    ["src/config.ts", 'export const WEATHER_API_URL = "https://api.weather.io/v2";\n'],
    ["src/config.js", 'module.exports = { "WEATHER_API_URL": "https://api.weather.io/v2" };\n'],
    ["src/config.go", 'const WEATHER_API_URL = "https://api.weather.io/v2"\n'],
    ["src/Config.java", 'static final String WEATHER_API_URL = "https://api.weather.io/v2";\n'],
    [
      "src/config.ts",
      'class Api {\n  @IsString()\n  @Transform(({ value }) => value || "https://api.weather.io/v2")\n  WEATHER_API_URL: string;\n}\n',
    ],
  ])("%s: %j", (path, text) => {
    expect(defined(path, text)).toEqual([["api.weather.io", "WEATHER_API_URL"]]);
  });

  it.each([
    // Named again in the same file: read there.
    ["src/client.ts", 'const WEATHER_API_URL = "https://api.weather.io/v2";\nfetch(WEATHER_API_URL);\n'],
    // An argument, not a definition: the value goes wherever the call puts it.
    ["src/client.ts", 'const url = env("WEATHER_API_URL", "https://api.weather.io/v2");\n'],
    // Setting the process's environment: other code (a library, a child process) may read it.
    ["src/client.ts", 'process.env.WEATHER_API_URL = "https://api.weather.io/v2";\n'],
    // Not SCREAMING_SNAKE: a library may read an option object by names the code never writes again.
    ["src/client.ts", 'const options = { baseURL: "https://api.weather.io/v2" };\n'],
    // Frameworks read Python and Ruby settings by the names the code only defines.
    ["app/settings.py", 'CELERY_BROKER_URL = "amqp://broker.vendor.io:5672"\n'],
    ["config/settings.rb", 'WEATHER_API_URL = "https://api.weather.io/v2"\n'],
  ])("%s: %j", (path, text) => {
    expect(defined(path, text).map(([, name]) => name)).toEqual([undefined]);
  });
});

describe("a definition no other file names", () => {
  const FILES = ["src/app.ts", "src/config.ts", "public/index.html"];
  const config = { path: "src/config.ts", text: 'export const WEATHER_API_URL = "https://api.weather.io/v2";\n' };
  const refs = scanSource(config);
  const env = (files: Record<string, string>): FileEnvironment[] =>
    Object.entries({ [config.path]: config.text, ...files }).flatMap(([f, t]) => environmentOf(f, t) ?? []);

  it("is unread, with the reason", () => {
    const [ref] = withUnreadDefinitions(refs, env({ "src/app.ts": "export const PORT_NUMBER = 8080;\n" }), FILES);
    expect(ref?.unread).toBe(true);
    // The scan's own reason stays, and the definition is named after it.
    expect(ref?.reason.startsWith(`${refs[0]!.reason}; WEATHER_API_URL `)).toBe(true);
  });

  it("is read where another file names it, in code or in config", () => {
    const others: Record<string, string>[] = [
      { "src/app.ts": 'import { WEATHER_API_URL } from "./config";\n' },
      { "src/app.ts": 'config.get("api.WEATHER_API_URL");\n' },
      { "config/default.yaml": "weather:\n  url: ${WEATHER_API_URL}\n" },
    ];
    for (const other of others) {
      expect(withUnreadDefinitions(refs, env(other), FILES).map((r) => r.unread)).toEqual([undefined]);
    }
  });

  it("is left alone where a file the scan does not read may name it: a component or a template", () => {
    for (const template of ["src/Weather.vue", "views/weather.ejs"]) {
      const [ref] = withUnreadDefinitions(refs, env({}), [...FILES, template]);
      expect(ref?.unread).toBeUndefined();
    }
    // A JSP page names Java constants, not TypeScript ones.
    expect(withUnreadDefinitions(refs, env({}), [...FILES, "web/index.jsp"])[0]?.unread).toBe(true);
  });

  it("leaves a name a library reads by convention", () => {
    const sdk = scanSource({
      path: "src/config.ts",
      text: 'export const OPENAI_BASE_URL = "https://llm.vendor.io";\n',
    });
    expect(sdk[0]?.soleDefinition).toBe("OPENAI_BASE_URL");
    const [ref] = withUnreadDefinitions(sdk, [environmentOf("src/config.ts", "OPENAI_BASE_URL")!], FILES);
    expect(ref?.unread).toBeUndefined();
  });
});

/** `[host, usedOnlyAs]` of each reference of one file. */
function usedAs(path: string, text: string): [string, string | undefined][] {
  return scanSource({ path, text }).map((r) => [
    r.host,
    r.usedOnlyAs && `${r.usedOnlyAs.name} as ${r.usedOnlyAs.key}: ${r.usedOnlyAs.role}`,
  ]);
}

describe("a constant its file hands only to keys that name no address", () => {
  it.each([
    // RFC 9457 problem details: the error body's `type` names the kind of error.
    [
      "app/errors.py",
      'ERROR_BASE = "https://api.bank.io/errors/"\n\ndef problem(slug):\n    return {"type": ERROR_BASE + slug, "status": 400}\n',
      ["ERROR_BASE as type: identifier"],
    ],
    // A pydantic field's default: what the field is called says what the value is.
    [
      "app/config.py",
      'DEFAULT_IMAGE_HOSTS = "images.shop.io,cdn.shop.io"\n\nclass Settings(BaseSettings):\n    allowed_image_hosts: str = Field(\n        DEFAULT_IMAGE_HOSTS,\n        description="hosts",\n    )\n',
      ["DEFAULT_IMAGE_HOSTS as allowed_image_hosts: inbound", "DEFAULT_IMAGE_HOSTS as allowed_image_hosts: inbound"],
    ],
    [
      "app/config.py",
      'DEFAULT_HOSTS = "https://web.shop.io"\n\nclass Settings(BaseSettings):\n    trusted_hosts: str = Field(default=DEFAULT_HOSTS)\n',
      ["DEFAULT_HOSTS as trusted_hosts: inbound"],
    ],
    [
      "src/errors.ts",
      'const PROBLEM_BASE = "https://api.bank.io/problems/";\nexport const notFound = { type: PROBLEM_BASE, status: 404 };\n',
      ["PROBLEM_BASE as type: identifier"],
    ],
  ])("%s: %j", (path, text, uses) => {
    expect(usedAs(path, text).map(([, u]) => u)).toEqual(uses);
  });

  it.each([
    // Any use that may be a request decides nothing.
    ["app/client.py", 'BASE_URL = "https://api.vendor.io"\nrequests.get(BASE_URL + "/x")\n'],
    ["app/client.py", 'BASE_URL = "https://api.vendor.io"\nsession = Client(base_url=BASE_URL)\n'],
    ["app/client.py", 'ERROR_BASE = "https://api.bank.io"\nbody = {"type": ERROR_BASE}\nurl = ERROR_BASE + "/x"\n'],
    [
      "app/client.py",
      'class C:\n    API_URL = "https://api.vendor.io"\n    def f(self):\n        return {"type": self.API_URL}\n',
    ],
    ["app/client.py", 'API_URL = "https://api.vendor.io"\n# type: API_URL is set by ops\n'],
    ["app/config.py", 'API_URL = "https://api.vendor.io"\nclass S(BaseSettings):\n    api_url: str = Field(API_URL)\n'],
    // A comparison is no key.
    ["src/a.ts", 'const API_URL = "https://api.vendor.io";\nif (type == API_URL) go();\n'],
  ])("%s: %j", (path, text) => {
    expect(usedAs(path, text).map(([, u]) => u)).toEqual([undefined]);
  });

  const errors = {
    path: "app/errors.py",
    text: 'ERROR_BASE = "https://api.bank.io/errors/"\nbody = {"type": ERROR_BASE + "x"}\n',
  };
  const refs = scanSource(errors);
  const files = ["app/errors.py", "app/main.py"];

  it("is a mention, with the key in the reason, where no other file names it", () => {
    const [ref] = withUnreadDefinitions(refs, [environmentOf(errors.path, errors.text)!], files);
    expect(ref?.class).toBe("mention");
    expect(ref?.unread).toBeUndefined();
    // The scan's own reason stays, and the constant is named after it; which key decided is kept as data.
    expect(ref?.reason.startsWith(`${refs[0]!.reason}; ERROR_BASE `)).toBe(true);
    expect(ref?.usedOnlyAs).toEqual({ name: "ERROR_BASE", key: "type", role: "identifier" });
  });

  it("stays a call where another file names it: it may request it", () => {
    const main = "from app.errors import ERROR_BASE\nrequests.get(ERROR_BASE)\n";
    const env = [environmentOf(errors.path, errors.text)!, environmentOf("app/main.py", main)!];
    expect(withUnreadDefinitions(refs, env, files).map((r) => r.class)).toEqual(["call"]);
  });
});
