// Generates a synthetic monorepo, deterministically from a seed: services with source files in four languages
// (URL literals in code and in comments), and per service a Dockerfile, a Deployment, a Service and a few ServiceEntries,
// in namespaces labelled for sidecar injection.
// Two profiles of code around the URLs: "plain" (functions with short literals) and "dotted" (config keys, message
// ids, logger and property names in dotted string literals, `config.get("server.read.timeout")`), so that the
// scan's cost is measured on more than one shape of input.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";

/** mulberry32: a small, fast, seedable PRNG, so the same seed always writes the same tree. */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const LANGS = [
  {
    ext: "ts",
    comment: "//",
    literal: (name, url) => `export const ${name} = "${url}";`,
    filler: (i) =>
      `export function handler${i}(input: string): number {\n  const parts = input.split(",");\n  return parts.filter((p) => p.length > ${i % 7}).length;\n}`,
  },
  {
    ext: "py",
    comment: "#",
    literal: (name, url) => `${name.toUpperCase()} = "${url}"`,
    filler: (i) =>
      `def handler_${i}(value):\n    parts = [p for p in value.split(",") if len(p) > ${i % 7}]\n    return len(parts)\n`,
  },
  {
    ext: "go",
    comment: "//",
    literal: (name, url) => `var ${name} = "${url}"`,
    filler: (i) =>
      `func handler${i}(input string) int {\n\tparts := strings.Split(input, ",")\n\treturn len(parts) + ${i % 7}\n}`,
  },
  {
    ext: "java",
    comment: "//",
    literal: (name, url) => `  static final String ${name.toUpperCase()} = "${url}";`,
    filler: (i) => `  static int handler${i}(String input) {\n    return input.split(",").length + ${i % 7};\n  }`,
  },
];

// Words of config keys and message ids; some are top-level domains too (`app`, `dev`, `page`, `info`), as in real
// code, where a few dotted keys end in a word the Public Suffix List knows.
const WORDS = [
  "config value alpha beta gamma session port timeout retry cache user profile errors required billing orders",
  "metrics enabled pool size level format feature flags token ttl seconds title label read write max min limit",
  "queue name app dev page info id type status count",
]
  .join(" ")
  .split(" ");

/** A dotted key of two to four words, deterministic in `i`. */
function dottedKey(i, salt) {
  const n = 2 + ((i + salt) % 3);
  const words = [];
  for (let k = 0; k < n; k++) words.push(WORDS[(i * 7 + salt * 13 + k * 31 + k * k) % WORDS.length]);
  return words.join(".");
}

const DOTTED_CODE = {
  ts: (i) =>
    `export function handler${i}(config: Config, t: Translate): string {\n  const limit = config.get("${dottedKey(i, 1)}");\n  const fallback = settings["${dottedKey(i, 2)}"] ?? "${dottedKey(i, 3)}";\n  return t("${dottedKey(i, 4)}", { limit, fallback });\n}`,
  py: (i) =>
    `def handler_${i}(settings):\n    log = logging.getLogger("${dottedKey(i, 1)}")\n    value = settings.get("${dottedKey(i, 2)}", "${dottedKey(i, 3)}")\n    return {"${dottedKey(i, 4)}": value}\n`,
  go: (i) =>
    `func handler${i}(cfg *viper.Viper) string {\n\ttimeout := cfg.GetString("${dottedKey(i, 1)}")\n\tkey := "${dottedKey(i, 2)}"\n\treturn i18n.T("${dottedKey(i, 3)}", key, timeout)\n}`,
  java: (i) =>
    `  static String handler${i}(Properties props) {\n    String value = props.getProperty("${dottedKey(i, 1)}", "${dottedKey(i, 2)}");\n    return messages.get("${dottedKey(i, 3)}") + value;\n  }`,
};

/** Tables of dotted keys to dotted values: message catalogues, property defaults, feature-flag maps. */
const pairs = (i, indent, between, after) =>
  [1, 2, 3, 4].map((k) => `${indent}"${dottedKey(i, k)}"${between}"${dottedKey(i, k + 4)}"${after}`).join("\n");
const DOTTED_TABLE = {
  ts: (i) => `export const messages${i} = {\n${pairs(i, "  ", ": ", ",")}\n};`,
  py: (i) => `MESSAGES_${i} = {\n${pairs(i, "    ", ": ", ",")}\n}\n`,
  go: (i) => `var messages${i} = map[string]string{\n${pairs(i, "\t", ": ", ",")}\n}`,
  java: (i) =>
    `  static final Map<String, String> MESSAGES_${i} = Map.of(\n${pairs(i, "      ", ", ", ",")}\n      "", "");`,
};

export const PROFILES = ["plain", "dotted"];

export function generateMonorepo(root, { services, filesPerService, fileBytes, namespaces, seed, profile = "plain" }) {
  const rand = prng(seed);
  const pick = (list) => list[Math.floor(rand() * list.length)];
  const external = Array.from({ length: 200 }, (_, i) => `api${i}.vendor${i % 37}.com`);
  let files = 0;
  let bytes = 0;
  const write = (rel, text) => {
    const file = path.join(root, rel);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text);
    files++;
    bytes += Buffer.byteLength(text);
  };
  for (let s = 0; s < services; s++) {
    const name = `svc-${String(s).padStart(4, "0")}`;
    const ns = `team-${s % namespaces}`;
    const hosts = [pick(external), pick(external), pick(external)];
    for (let f = 0; f < filesPerService; f++) {
      const lang = LANGS[(s + f) % LANGS.length];
      const lines = [];
      let size = 0;
      let i = 0;
      while (size < fileBytes) {
        const roll = rand();
        let chunk;
        if (roll < 0.02) chunk = lang.literal(`url${i}`, `https://${pick(hosts)}/v${i % 3}/items`);
        else if (roll < 0.04) chunk = `${lang.comment} see https://docs.${pick(external)}/guide#${i}`;
        else chunk = profile === "plain" ? lang.filler(i) : (i % 2 ? DOTTED_TABLE : DOTTED_CODE)[lang.ext](i);
        lines.push(chunk);
        size += chunk.length + 1;
        i++;
      }
      write(`services/${name}/src/file${f}.${lang.ext}`, `${lines.join("\n")}\n`);
    }
    const entries = hosts.map(
      (h, k) => `apiVersion: networking.istio.io/v1
kind: ServiceEntry
metadata:
  name: ${name}-ext-${k}
  namespace: ${ns}
spec:
  hosts: [${h}]
  location: MESH_EXTERNAL
  resolution: DNS
  ports:
    - {number: 443, name: https, protocol: HTTPS}
`,
    );
    write(`services/${name}/deploy/egress.yaml`, entries.join("---\n"));
    // The image's build, so that the service's code is placed in its workload as a real repository's is.
    write(
      `services/${name}/Dockerfile`,
      'FROM node:20-slim\nWORKDIR /app\nCOPY src/ ./src/\nCMD ["node", "src/file0.js"]\n',
    );
    write(
      `services/${name}/deploy/app.yaml`,
      `apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${name}
  namespace: ${ns}
spec:
  selector: {matchLabels: {app: ${name}}}
  template:
    metadata:
      labels: {app: ${name}}
    spec:
      containers:
        - name: app
          image: registry.local/${name}:1.0.0
          env:
            - {name: UPSTREAM, value: "https://${pick(hosts)}/v1"}
---
apiVersion: v1
kind: Service
metadata:
  name: ${name}
  namespace: ${ns}
spec:
  selector: {app: ${name}}
  ports:
    - {name: http, port: 8080}
`,
    );
  }
  // Injection on, as a mesh's namespaces declare it: without it no call is judged and no route table is built.
  write(
    "mesh/namespaces.yaml",
    Array.from(
      { length: namespaces },
      (_, n) => `apiVersion: v1
kind: Namespace
metadata:
  name: team-${n}
  labels: {istio-injection: enabled}
`,
    ).join("---\n"),
  );
  write(
    "mesh/istio.yaml",
    `apiVersion: v1
kind: ConfigMap
metadata: {name: istio, namespace: istio-system}
data:
  mesh: |
    outboundTrafficPolicy:
      mode: REGISTRY_ONLY
`,
  );
  return { files, bytes };
}
