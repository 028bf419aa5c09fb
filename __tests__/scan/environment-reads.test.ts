// Which variables code reads: the names a file holds, the libraries that read variables by a naming rule, the
// variables libraries read whatever the code says, and the images that run only the code they are given. All of it
// is reviewed data (src/knowledge/environment-reads.json).
import { expectUnique, expectValidTable } from "../helpers/knowledge.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import schema from "../../src/knowledge/environment-reads.schema.json" with { type: "json" };
import table from "../../src/knowledge/environment-reads.json" with { type: "json" };
import {
  binderWhy,
  environmentOf,
  namesOf,
  readByConvention,
  screamingSnakeWords,
} from "../../src/scan/environment-names.js";
import { runtimeImage } from "../../src/provenance/runtime-images.js";

describe("the environment knowledge table", () => {
  it("validates against its schema, and every entry says why", () => {
    expectValidTable(schema, table);
    expectUnique(table.binders.map((b) => b.marker));
    expectUnique(table.templates.map((t) => t.extension));
  });
});

describe("the variables a file names", () => {
  it("collects upper-case names with an underscore, however the code reads them", () => {
    const go = 'addr := os.Getenv("REDIS_ADDR")\nurl := os.Getenv("DB_URL")\nport := os.Getenv("PORT")';
    const names = (file: string, text: string) => {
      const env = environmentOf(file, text);
      return env && namesOf(env);
    };
    expect(environmentOf("main.go", go)?.file).toBe("main.go");
    expect(names("main.go", go)).toEqual(["DB_URL", "REDIS_ADDR"]);
    expect(names("app.js", "const u = process.env.API_BASE_URL ?? `${process.env.FALLBACK_URL}`;")).toEqual([
      "API_BASE_URL",
      "FALLBACK_URL",
    ]);
    expect(names("application.yml", "url: ${LEDGER_URL:http://localhost}")).toEqual(["LEDGER_URL"]);
  });

  it("finds exactly the words a whole-word pattern finds, whatever surrounds them", () => {
    // The pattern is the definition; the search reads only the words around each underscore.
    const pattern = /\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\b/g;
    const pieces = ["A", "B1", "_", "__", "x", "é", "9", " ", ".", "-", "$", "{", "\n", "DB_URL", "_URL", "a_B"];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 16 }), (parts) => {
        const text = parts.join("");
        expect([...screamingSnakeWords(text)].sort()).toEqual([...new Set(text.match(pattern))].sort());
      }),
      { numRuns: 3000 },
    );
  });

  it("says nothing of a file that names no variable", () => {
    expect(environmentOf("util.py", "def add(a, b):\n    return a + b\n")).toBeUndefined();
  });

  it("marks a file that binds the environment by a naming rule, so its names are written nowhere", () => {
    const py = "from pydantic_settings import BaseSettings\nclass S(BaseSettings):\n    redis_addr: str\n";
    expect(environmentOf("settings.py", py)).toEqual({ file: "settings.py", names: "", binder: "BaseSettings" });
    expect(binderWhy("BaseSettings")).toMatch(/pydantic/);
    const java = "import org.springframework.boot.SpringApplication;\n@SpringBootApplication\nclass App {}";
    expect(environmentOf("App.java", java)?.binder).toBe(".springframework.boot");
    const go = 'import "github.com/spf13/viper"\nfunc main() { viper.AutomaticEnv() }';
    expect(environmentOf("main.go", go)?.binder).toBe("/viper");
    // Markers are searched for in the file's own language only.
    expect(environmentOf("notes.yaml", "uses: github.com/spf13/viper")?.binder).toBeUndefined();
  });
});

describe("variables read by convention", () => {
  it("knows the ones SDKs and runtimes read, by name, by prefix and from the SDK table", () => {
    expect(readByConvention("OTEL_EXPORTER_OTLP_ENDPOINT")).toMatch(/OpenTelemetry/);
    expect(readByConvention("HTTPS_PROXY")).toMatch(/proxy/);
    expect(readByConvention("https_proxy")).toMatch(/proxy/);
    expect(readByConvention("SPRING_DATASOURCE_URL")).toMatch(/Spring/);
    expect(readByConvention("OPENAI_BASE_URL")).toBeDefined();
    expect(readByConvention("REDIS_ADDR")).toBeUndefined();
    expect(readByConvention("LEGACY_LEDGER_URL")).toBeUndefined();
  });
});

describe("images that run only the code they are given", () => {
  it.each([
    ["python:3.12-slim", true],
    ["docker.io/library/node:20", true],
    ["eclipse-temurin:21-jre", true],
    ["gcr.io/distroless/static-debian12", true],
    ["mcr.microsoft.com/dotnet/aspnet:8.0", true],
    ["registry.access.redhat.com/ubi9/python-311", true],
    // Applications of their own, which read variables the repository never names.
    ["grafana/grafana:10.2.3", false],
    ["bitnami/redis:7", false],
    ["ghcr.io/acme/python:1", false],
    ["${REGISTRY}/python:3", false],
  ])("%s: %s", (image, runtime) => {
    expect(runtimeImage(image) !== undefined).toBe(runtime);
  });
});
