// A client built with an SDK's default endpoint names no host; the scan reports the hosts the knowledge table gives,
// as calls made via the SDK, and the endpoint the code sets in its place when it sets one.
import { describe, expect, it } from "vitest";
import { readRepositoryFile } from "../../src/scan/collect.js";
import { scanSource } from "../../src/scan/index.js";

describe("references via SDKs", () => {
  it("reports the SDK's default host at the constructor, as a call made via the SDK", () => {
    const text = "from openai import OpenAI\n\nclient = OpenAI()\nprint(client.models.list())\n";
    const refs = scanSource({ path: "svc/app.py", text });
    expect(refs.map((r) => [r.host, r.port, r.line, r.class, r.via])).toEqual([
      ["api.openai.com", 443, 3, "call", "sdk"],
    ]);
    expect(refs[0]!.reason).toMatch(/^via sdk: openai-python: OpenAI\(\) calls api\.openai\.com by default/);
  });

  it("reports the endpoint the code gives in place of the default", () => {
    const text = 'from openai import OpenAI\nclient = OpenAI(base_url="https://llm.corp-gateway.io/v1")\n';
    const refs = scanSource({ path: "svc/app.py", text });
    expect(refs.map((r) => r.host)).toEqual(["llm.corp-gateway.io"]);
  });

  it("honours an inline suppression on the constructor's line", () => {
    const text =
      'import { WebClient } from "@slack/web-api";\n// egress-lint-ignore unregistered-host\nconst web = new WebClient(token);\n';
    const refs = scanSource({ path: "bot/index.ts", text });
    expect(refs.length).toBeGreaterThan(0);
    expect(refs.every((r) => r.ignoredRules.includes("unregistered-host"))).toBe(true);
  });

  it("takes an SDK client in an example file as the example it is", () => {
    const text = "from openai import OpenAI\nclient = OpenAI()\n";
    expect(scanSource({ path: "src/examples/quickstart.py", text }).map((r) => r.class)).toEqual(["mention"]);
  });

  // A repository's files are read once for their imports; the SDK search takes the modules found there, all of them.
  it.each([
    ["svc/app.py", "from openai import OpenAI\n", "client = OpenAI()\n"],
    ["web/app.ts", 'import OpenAI from "openai";\n', "const client = new OpenAI();\n"],
    ["web/app.js", "const OpenAI = require(`openai`);\n", "const client = new OpenAI();\n"],
  ])("finds an SDK client in %s whose import follows 8 KB of other code", (path, late, use) => {
    const comment = path.endsWith(".py") ? "#" : "//";
    const text = `${`${comment} padding\n`.repeat(1_000)}${late}${use}`;
    expect(text.indexOf(late)).toBeGreaterThan(8_192);
    const refs = readRepositoryFile({ path, text }).references;
    expect(refs.map((r) => [r.host, r.via])).toEqual([["api.openai.com", "sdk"]]);
  });

  it("finds no SDK client in a file that only mentions the SDK's name", () => {
    const text = "// Unlike openai, this client sends nothing anywhere\nclass OpenAI {}\nconst c = new OpenAI();\n";
    expect(readRepositoryFile({ path: "web/fake.ts", text }).references).toEqual([]);
  });
});
