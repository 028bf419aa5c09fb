// The fast YAML path against the library path it stands in for: on every fixture, on each construct it takes or
// leaves, and on generated manifest-like texts with and without random edits, it either declines or returns exactly
// what the library path returns.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseSimpleYaml, resolvePlain } from "../../src/manifests/fast-yaml.js";
import {
  DEFAULT_YAML_LIMITS,
  parseYamlFile,
  parseYamlWithLibrary,
  type ParsedFile,
  type YamlLimits,
} from "../../src/manifests/parse-yaml.js";
import { budget, timeout } from "../fuzz/budget.js";

/** Asserts the fast path declines `text` or agrees with the library path; returns whether it took the text. */
function agrees(text: string, limits: YamlLimits = DEFAULT_YAML_LIMITS): boolean {
  const fast = parseSimpleYaml(text, limits);
  if (fast === undefined) return false;
  expectSame(fast, parseYamlWithLibrary(text, limits), text);
  return true;
}

function expectSame(fast: ParsedFile, lib: ParsedFile, text: string): void {
  expect(fast.problems, text).toEqual(lib.problems);
  expect(fast.documents.length, text).toBe(lib.documents.length);
  fast.documents.forEach((doc, i) => {
    const want = lib.documents[i]!;
    expect(doc.value, text).toEqual(want.value);
    // toEqual does not see key order; JSON does (it leaves out only what toEqual already compared).
    expect(JSON.stringify(doc.value), text).toBe(JSON.stringify(want.value));
    expect(doc.line, text).toBe(want.line);
    expect(sortedEntries(doc.lines), text).toEqual(sortedEntries(want.lines));
  });
}

const sortedEntries = (lines: Map<string, number>) => [...lines].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));

function accepts(text: string, limits: YamlLimits = DEFAULT_YAML_LIMITS): void {
  expect(agrees(text, limits), `declined:\n${text}`).toBe(true);
}

function declines(text: string, limits: YamlLimits = DEFAULT_YAML_LIMITS): void {
  expect(parseSimpleYaml(text, limits), `accepted:\n${text}`).toBeUndefined();
  // And the file still parses as before, through the library.
  expect(parseYamlFile(text, limits)).toEqual(parseYamlWithLibrary(text, limits));
}

function filesUnder(root: string, pattern: RegExp): string[] {
  return readdirSync(root, { recursive: true })
    .map(String)
    .filter((f) => pattern.test(f))
    .sort()
    .map((f) => path.join(root, f));
}

const DEPLOYMENT = `# The app, with its environment.
apiVersion: apps/v1
kind: Deployment
metadata:
  name: checkout
  namespace: shop
  labels:
    app.kubernetes.io/name: checkout
    app.kubernetes.io/part-of: "shop"
  annotations:
    sidecar.istio.io/inject: "true"
    prometheus.io/port: '9090'
spec:
  replicas: 3
  selector: {matchLabels: {app: checkout}}
  template:
    metadata:
      labels: {app: checkout, version: v1}
    spec:
      containers:
        - name: app
          image: registry.local/checkout:1.4.2 # pinned
          args: ["--port=8080", --verbose]
          env:
            - name: PAYMENTS_URL
              value: https://api.payments.example.com/v2
            - name: TIMEOUT_SECONDS
              value: "30"
            - {name: RETRIES, value: "3"}
            - name: EMPTY
              value: ''
          ports:
          - containerPort: 8080
            protocol: TCP
          resources:
            limits: {cpu: 500m, memory: 256Mi}
`;

const SERVICE = `apiVersion: v1
kind: Service
metadata:
  name: checkout
spec:
  selector:
    app: checkout
  ports:
  - name: http
    port: 80
    targetPort: 8080
  - name: grpc
    port: 9000
  type: ClusterIP
`;

const SERVICE_ENTRIES = `---
apiVersion: networking.istio.io/v1
kind: ServiceEntry
metadata:
  name: payments
  namespace: shop
spec:
  hosts:
  - api.payments.example.com
  - "*.payments.example.com"
  location: MESH_EXTERNAL
  resolution: DNS
  ports:
  - number: 443
    name: https
    protocol: TLS
---
# A second one.
apiVersion: networking.istio.io/v1
kind: ServiceEntry
metadata: {name: maps, namespace: shop}
spec:
  hosts: [maps.example.org]
  exportTo: ["."]
  ports:
    - {number: 443, name: https, protocol: HTTPS}
---
apiVersion: networking.istio.io/v1
kind: ServiceEntry
metadata:
  name: legacy
spec:
  hosts: ['legacy.internal']
  addresses: [10.0.0.1/32]
  ports: []
  endpoints:
    - address: 10.0.0.1
      labels: {}
`;

const CONFIG_MAP = `apiVersion: v1
kind: ConfigMap
metadata: {name: istio, namespace: istio-system}
data:
  mesh: |
    outboundTrafficPolicy:
      mode: REGISTRY_ONLY

    # a comment inside the text
    defaultConfig:
      holdApplicationUntilProxyStarts: true
  meshNetworks: |-
    networks: {}
  script: |+
    echo done

  description: >
    Folded text
    on two lines.

    A new paragraph.
      kept as is
`;

/** One example of each construct the fast path takes. */
const ACCEPTED: Record<string, string> = {
  "plain scalars of every core type":
    "a: x\nb: 1\nc: -1\nd: +7\ne: 007\nf: 0x1F\ng: 0o17\nh: 1.5\ni: -2.\nj: .5\nk: 1e3\nl: 1.5E-3\nm: .inf\nn: -.Inf\no: +.INF\np: .nan\nq: .NaN\nr: ~\ns: null\nt: Null\nu: NULL\nv: true\nw: True\nx: FALSE\ny: yes\nz: on\nA: 0x\nB: 1_000\nC: 12345678901234567890\nD: -0\nE: 0o\nF: 1e\n",
  "strings that only look special":
    "a: http://x.example/a?b=c#frag\nb: a:b\nc: a#b\nd: -x\ne: 'a: b'\nf: a,b]\ng: nginx:1.25\nh: <<\ni: x%\nj: ---\n",
  "comments and blank lines": "# head\n\na: 1 # after\n  # indented\n\n# low\nb:   # empty\n  c: 2\n",
  "empty values": "a:\nb:   \nc: # nothing\nd: ~\n",
  "quoted keys and values": `"a b": 'c''d'\n'e': "f\\"g\\\\h\\n\\t\\x41\\u00e9\\U0001F600\\/\\ \\_\\0"\n"1": one\n"true": yes\n"": empty\n`,
  "keys that are integers in quotes keep object order": `b: 1\n"2": 2\n'1': 3\na: 4\n`,
  "keys with pointer escapes": "a/b: 1\nc~d: 2\n'~/': {x/y: 3}\n",
  "keys with spaces before the colon": "a  : 1\nb c : 2\n",
  "property names of Object.prototype": "constructor: 1\ntoString: 2\nhasOwnProperty: {valueOf: 3}\n",
  "nested maps": "a:\n  b:\n    c: 1\n  d: 2\ne: 3\n",
  "odd indentation": "a:\n b:\n     c: 1\n b2: 2\n",
  "sequences under a key, indented or not": "a:\n- x\n- y\nb:\n  - z\nc: 1\n",
  "maps in sequence items": "- name: a\n  port: 1\n-   name: b\n    port: 2\n- c\n- 'd'\n- \"e\"\n- [f]\n- {g: h}\n",
  "sequence under a key inside a sequence item": "- a:\n  - x\n  b: 1\n- c:\n    - y\n- d:\n- e\n",
  "root sequence": "- 1\n- two\n",
  "indented root": "  a: 1\n  b:\n  - c\n",
  "flow collections":
    "a: [x, 1, 'y', \"z\", [], {}, [ ], { }, [a b, -1, a:b], {k: v, 'q': \"r\", n: [1, {m: ~}]}]\nb: {x: 1}   # c\n",
  "flow with spaces": "a: [ x ,y , z ]\nb: {  k :  v  }\n",
  "block scalars":
    "a: |\n  line\n    more\n\n  last\nb: |-\n  x\nc: |+\n  y\n\n\nd: >\n  f\n  g\n\n  h\n    i\n  j\ne: >-\n  k\nf: | # header comment\n  z\n",
  "block scalar with spaces-only lines":
    "a: |\n  x\n      \n  \n   \n  y\n     \n  \nb: |+\n  x\n   \n\nc: >\n  p\n     \n  q\n",
  "block scalar at the end of the text": "a: |+\n  x\n\n",
  "block scalar at the end without a newline": "a: |\n  x\n  ",
  "block scalar in a sequence item": "- |\n  x\n- >-\n   y\n- k: |\n    z\n",
  "block scalar with comment-like lines": "a: |\n  # not a comment\n  - not an item\n  k: not a key\n",
  "block scalars with indentation indicators":
    "a: |2\n  x\n   y\nb: |2-\n    x\n  y\nc: |+1\n x\n\n\nd: >2\n  a\n  b\n\n  c\n    d\ne: >-1\n  x\n y\nf: |-2 # c\n    x\n",
  "an indicator in a nested map": "k:\n  - a: 1\n    b: |2-\n        x\n      y\n    c: >1\n\n       z\n",
  "an indicator in sequence items": "- |2\n  x\n- >1-\n \n  y\n- |+2\n   z\n\n",
  "an indicator with trailing lines between it and the first line's indentation":
    "a: |1\n   x\n  \nb: |-1\n    x\n   \n  \n     \nc: |2+\n    x\n     \n   \n",
  "an indicator with trailing lines at the end of the text": "a: |1\n    x\n   \n  \n     \n",
  "an indicator before a document marker": "a: |2\n  x\n\n---\nb: >-1\n x\n---\n",
  "an indicator at the end without a newline": "a: |2\n  x\n   ",
  "leading empty lines in block scalars": "a: |\n\n  x\nb: |-\n  \n\n  x\n\nc: >\n\n\n  x\n  y\nd: |+\n \n  x\n",
  "leading empty lines in sequence items": "- |\n\n  x\n- k: >-\n\n    y\n",
  "leading empty lines with an indicator": "a: |2\n     \n\n  x\nb: >1\n\n   x\nc: |1-\n  \n x\n",
  "leading empty lines at the end of the document": "a: |\n\n  x\n---\nb: |2\n\n\n  y",
  documents: "---\na: 1\n---\n# empty\n---\nb: 2\n--- # comment\nc: 3\n---\n",
  "leading comment before the first marker": "# prelude\n\n---\na: 1\n",
  "explicit empty documents": "---\n---\n",
  "only comments": "# nothing here\n\n",
  "empty text": "",
  unicode: "name: caf\u00e9 \u{1F600}\n'\u00fc': [\u00e9]\n",
  "no trailing newline": "a: 1",
  "multi-line plain scalars": "a: b\n  c\nd: 1\n  2\ne: true\n\n  x\n",
  "multi-line plain scalars with blank lines, trailing spaces and more indented lines":
    "a: b  \n   c  \n\n\n      d\n  \n   \n  e\nf: 1\n",
  "a multi-line plain scalar ended by a comment line": "a: b\n  c\n  # d\n# e\nf: g\n   h\n    # i\n",
  "a multi-line plain scalar with a # inside a word": "a: b\n  c#d\n",
  "continuation lines that look like indicators":
    "a: b\n  - c [x] {y} &z *w !t |q >r 'p \"o %n @m `l ?k\n  ---\n  ...\n  ? k\n  x:y\n",
  "multi-line plain scalars in sequence items":
    "- b\n  c\n- d\n - e\n- f: g\n    h\n  i: j\n- k:\n  - l\n    m\n  n:\n  - o\n   p\n",
  "multi-line plain scalars at the end of documents": "a: b\n  c\n# x\n---\nd: e\n  f",
  "multi-line double-quoted scalars": 'a: "b\n  c"\nd: "  e  \n  f  "\ng: "h\n  # i\n  - j\n  k: l"\n',
  "multi-line double-quoted scalars with escapes and escaped line breaks":
    'a: "b  \n\n   c \\\n    d\\n\\\n  e \\x41\n  \\u00e9 \\"\\\\"\nf: "g\\\n\n  h"\n',
  "multi-line single-quoted scalars": "a: 'b''\n  ''c'\nd: 'x\n\n\n  y  '\ne: ' f \n   \n  g '\n",
  "multi-line quoted scalars in sequence items": '- "b\n  c"\n- \'d\n\n e\' # note\n- f: "g\n    h"\n  i: j\n',
  "multi-line quoted scalars at the end of documents": "a: 'b\n  c'\n---\nd: \"e\n  f\"",
};

/** One example of each construct the fast path leaves to the library. */
const DECLINED: Record<string, string> = {
  "anchors and aliases": "a: &x 1\nb: *x\n",
  "an alias": "a: *x\n",
  tags: "a: !!str 1\n",
  "a local tag": "a: !t x\n",
  "merge keys": "a: {x: 1}\nb:\n  <<: {y: 2}\n",
  "complex keys": "? a\n: b\n",
  "a comment at the end of a continuation line": "a: b\n  c # x\n",
  "a key in a continuation line": "a: b\n  c: d\n",
  "a key at the end of a continuation line": "a: b\n  c:\n",
  "text more indented after a comment that ended a plain scalar": "a: b\n  # c\n  d\n",
  "a multi-line plain key": "a\n  b: c\n",
  "a multi-line quoted scalar with an unindented line": 'a: "b\nc"\n',
  "a multi-line quoted scalar with a line at its key's indentation": 'a:\n  b: "c\n  d"\n',
  "a multi-line quoted scalar closed at the left margin": "a: 'b\n'\n",
  "a multi-line quoted scalar across a document marker": 'a: "b\n---\n"\n',
  "an escape broken across lines": 'a: "\\x4\n  1"\n',
  "an unknown escape on a continuation line": 'a: "b\n  \\q"\n',
  "a multi-line quoted key": '"a\n  b": c\n',
  "a multi-line quoted key in a sequence item": '- "b\n  c": d\n',
  "text after a multi-line quoted scalar": "a: 'b\n  c' x\n",
  "a comment right after a multi-line quoted scalar": 'a: "b\n  c"#x\n',
  "a line more indented after a multi-line quoted scalar": 'a: "b\n  c"\n  d\n',
  "an unclosed multi-line quote": "a: 'b\n  c\n",
  "an unclosed quote at the end of the text": 'a: "b\\\n',
  "multi-line flow collections": "a: [b,\n  c]\n",
  "flow with a comment inside": "a: [b, # c\n  d]\n",
  "duplicate keys": "a: 1\na: 2\n",
  "duplicate keys, quoted and plain": "a: 1\n'a': 2\n",
  "duplicate keys in flow": "a: {b: 1, b: 2}\n",
  "null keys": "~: 1\n",
  "empty key": ": 1\n",
  "number keys": "1: a\n",
  "boolean keys": "true: a\n",
  "float keys": "1.5: a\n",
  __proto__: "__proto__: {a: 1}\n",
  "__proto__ quoted": "'__proto__': 1\n",
  tabs: "a:\n\tb: 1\n",
  "a tab in a value": "a: b\tc\n",
  "carriage returns": "a: 1\r\nb: 2\r\n",
  "a byte order mark": "\uFEFFa: 1\n",
  "document end marker": "a: 1\n...\n",
  directives: "%YAML 1.2\n---\na: 1\n",
  "content on the marker line": "--- a: 1\n",
  "a block scalar on the marker line": "--- |\n  x\n",
  "an indentation indicator of 0": "a: |0\n  x\n",
  "two indentation indicators": "a: |22\n  x\n",
  "an indicator and two chomping indicators": "a: |2-+\n  x\n",
  "an indicator that ends the scalar before its first line": "a: |3\n  x\n",
  "text after an indicator": "a: |2x\n  x\n",
  "leading empty lines longer than the first line's indentation": "a: |\n     \n  x\n",
  "only leading empty lines": "a: |\n\n\nb: 1\n",
  "leading empty lines before a less indented line": "- a: |\n\n  x\n",
  "an empty block scalar": "a: |\nb: 1\n",
  "a comment right after a block scalar header": "a: |#c\n  x\n",
  "text after a block scalar header": "a: |x\n  x\n",
  "a block scalar header with two chomping indicators": "a: |-+\n  x\n",
  "a block scalar not indented": "- a: |\n  x\n",
  "nested sequences on one line": "- - x\n",
  "empty sequence items": "- a\n-\n- b\n",
  "sequence items on the next line": "-\n  a: 1\n",
  "a nested compact map": "a: b: c\n",
  "a key with a value after it": "- a: b: c\n",
  "implicit pairs in flow sequences": "a: [b: c]\n",
  "a dash in a flow sequence": "a: [- b]\n",
  "a lone dash in a flow sequence": "a: [-]\n",
  "empty values in flow maps": "a: {b: }\n",
  "flow keys without a value": "a: {b}\n",
  "trailing commas": "a: [b, c,]\n",
  "flow keys": "{a: b}: c\n",
  "a flow root": "{a: 1}\n",
  "a scalar root": "hello\n",
  JSON: '{\n  "a": 1\n}\n',
  "a comment without a space": 'a: "x"#c\n',
  "a comment right after a flow": "a: [x]#c\n",
  "text after a quoted scalar": "a: 'x' y\n",
  "unknown escapes": 'a: "\\q"\n',
  "a short hex escape": 'a: "\\x4"\n',
  "an escape beyond Unicode": 'a: "\\U00110000"\n',
  "indicators that start a scalar": "a: @x\n",
  "a backtick": "a: `x`\n",
  "a percent sign": "a: %x\n",
  "a comma": "a: ,x\n",
  "a closing bracket": "a: ]\n",
  "a dash and a space": "a: - x\n",
  "a question mark and a space": "a: ? x\n",
  "a key after a sequence at its indentation": "a:\n- x\n- y\n- z\nb: 1\n- w\n",
  "a wrongly indented key": "a:\n    b: 1\n  c: 2\n",
  "a line indented after a value": "a: [x]\n  b: 1\n",
  "a block scalar ended by a less indented line": "a: |\n    x\n  y\n",
  "a very long key": `${"k".repeat(300)}: v\n`,
  "a comment that hides the colon": "a #: b\n",
  "helm templates": "metadata:\n  namespace: {{ .Release.Namespace }}\n",
  "an unclosed quote": "a: 'x\n",
  "an unclosed flow": "a: [x\n",
  controls: "a: b\u0007\n",
  "line separators": "a: b\u2028c\n",
};

describe("the fast YAML path", () => {
  it("agrees with the library on every YAML and JSON fixture it takes, and takes most of them", () => {
    const files = filesUnder(path.resolve("__tests__"), /\.(ya?ml|json)$/);
    expect(files.length).toBeGreaterThan(50);
    let taken = 0;
    for (const file of files) if (agrees(readFileSync(file, "utf8"))) taken++;
    expect(taken).toBeGreaterThan(files.length / 2);
  });

  it("agrees with the library on the examples", () => {
    for (const file of filesUnder(path.resolve("examples"), /\.ya?ml$/)) accepts(readFileSync(file, "utf8"));
  });

  for (const [name, text] of Object.entries(ACCEPTED)) {
    it(`takes ${name}, with the library's result`, () => accepts(text));
  }

  for (const [name, text] of Object.entries(DECLINED)) {
    it(`leaves ${name} to the library`, () => declines(text));
  }

  it("takes typical manifests", () => {
    for (const text of [DEPLOYMENT, SERVICE, SERVICE_ENTRIES, CONFIG_MAP, [DEPLOYMENT, SERVICE].join("---\n")])
      accepts(text);
  });

  it("takes every manifest the benchmark generator writes", async () => {
    const generator = pathToFileURL(path.resolve("scripts/bench/generate.mjs")).href;
    const { generateMonorepo } = (await import(generator)) as {
      generateMonorepo: (root: string, options: Record<string, number>) => unknown;
    };
    const root = mkdtempSync(path.join(os.tmpdir(), "egress-lint-fast-yaml-"));
    try {
      generateMonorepo(root, { services: 12, filesPerService: 1, fileBytes: 100, namespaces: 3, seed: 7 });
      const files = filesUnder(root, /\.ya?ml$/);
      expect(files.length).toBe(26);
      for (const file of files) accepts(readFileSync(file, "utf8"));
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it("gives a line to every node the library gives one, and the key's line to block values", () => {
    const text = "a:\n  b:\n  - x\n  - {c: d}\n  - e: f\n    g:\n      h: 1\n";
    const parsed = parseSimpleYaml(text, DEFAULT_YAML_LIMITS)!;
    expect(parsed.documents[0]!.lines).toEqual(
      new Map([
        ["", 1],
        ["/a", 1],
        ["/a/b", 2],
        ["/a/b/0", 3],
        ["/a/b/1", 4],
        ["/a/b/1/c", 4],
        ["/a/b/2", 5],
        ["/a/b/2/e", 5],
        ["/a/b/2/g", 6],
        ["/a/b/2/g/h", 7],
      ]),
    );
    accepts(text);
  });

  it("leaves deep nesting and big files to the library and its guards", () => {
    const nested = (d: number) => `${Array.from({ length: d }, (_, i) => `${" ".repeat(i)}k:`).join("\n")} v\n`;
    accepts(nested(60));
    declines(nested(70));
    declines(`a: ${"[".repeat(70)}${"]".repeat(70)}\n`);
    declines(`a: ${"[".repeat(200_000)}${"]".repeat(200_000)}\n`);
    // Well inside a small depth limit only.
    accepts(nested(3), { maxAliasCount: 100, maxDepth: 6 });
    declines(nested(4), { maxAliasCount: 100, maxDepth: 6 });
    const many = `${Array.from({ length: 2000 }, (_, i) => `k${i}: v`).join("\n")}\n`;
    accepts(many);
    declines(many, { maxAliasCount: 100, maxDepth: 200, maxNodes: 4000 });
  });

  it("takes a key whose pointer is long, and leaves one near collectLines' limit", () => {
    accepts(`${"a".repeat(200)}:\n  ${"b".repeat(200)}: 1\n`);
    declines(`${"a".repeat(200)}:\n  ${"b".repeat(200)}:\n    ${"c".repeat(200)}: 1\n`);
  });

  // The suite's timeout is the only clock: a quadratic pass over these would take minutes.
  it("stays linear on long lines", () => {
    const texts = [
      `a: ${"x ".repeat(200_000)}\n`,
      `a: ${"1".repeat(400_000)}x\n`,
      `a: ${"1".repeat(400_000)}.5e\n`,
      `a: '${"''".repeat(200_000)}'\n`,
      `a: "${"\\\\".repeat(200_000)}"\n`,
      `a: [${"x, ".repeat(50_000)}y]\n`,
      `${"a".repeat(400_000)}\n`,
      `a${" ".repeat(400_000)}: b\n`,
      `a: ${" ".repeat(400_000)}#\n`,
      `a: |\n  x\n${"\n".repeat(400_000)}  y\n`,
      `a: x\n${"  y\n".repeat(200_000)}`,
      `a: x\n${"\n".repeat(400_000)}  y\n`,
      `a: x\n${"   \n".repeat(200_000)}b: 1\n`,
      `a: "x\n${"  y\n".repeat(200_000)}"\n`,
      `a: "x\n${"  \\\n".repeat(200_000)}"\n`,
      `a: 'x${"\n".repeat(400_000)}  y'\n`,
      `- 'x\n${"  ''\n".repeat(200_000)}'\n`,
    ];
    for (const text of texts) agrees(text);
  });

  it("resolves plain scalars as the core schema does", () => {
    expect(["~", "null", "Null", "NULL", ""].map(resolvePlain)).toEqual([null, null, null, null, null]);
    expect(["true", "True", "TRUE", "false", "False", "FALSE", "tRUE", "yes"].map(resolvePlain)).toEqual([
      true,
      true,
      true,
      false,
      false,
      false,
      "tRUE",
      "yes",
    ]);
    expect(["0o17", "0x1F", "-12", "+3", "0x", "0o8", "1_0"].map(resolvePlain)).toEqual([
      15,
      31,
      -12,
      3,
      "0x",
      "0o8",
      "1_0",
    ]);
    expect([".inf", "-.Inf", "+.INF", ".NaN", "1e3", "-1.5e-2", ".5", "1.", "1.e2", "e3"].map(resolvePlain)).toEqual([
      Infinity,
      -Infinity,
      Infinity,
      NaN,
      1000,
      -0.015,
      0.5,
      1,
      100,
      "e3",
    ]);
    expect(Object.is(resolvePlain("-0"), -0)).toBe(true);
  });
});

// Generated manifest-like texts: a tree of maps, sequences and scalars, written in the styles the fast path knows.

/** Plain scalars for block context: each resolved type, and strings that only look like something else. */
const PLAIN = [
  "x",
  "hello world",
  "app",
  "1",
  "-1",
  "+7",
  "007",
  "0x1F",
  "0o17",
  "0x",
  "0o",
  "1.5",
  "-2.",
  ".5",
  "1e3",
  "1.5E-3",
  "1e",
  ".inf",
  "-.Inf",
  "+.INF",
  ".nan",
  ".NaN",
  ".NAN",
  "~",
  "null",
  "Null",
  "NULL",
  "nULL",
  "true",
  "True",
  "TRUE",
  "tRue",
  "false",
  "False",
  "FALSE",
  "yes",
  "on",
  "off",
  "y",
  "-0",
  "12345678901234567890",
  "1_000",
  "10.0.0.1",
  "v1.2.3",
  "nginx:1.25",
  "--flag=1",
  "$(VAR)",
  "http://a.example/b?c=d",
  "a:b",
  "a#b",
  "-x",
  "<<",
  "x%",
  "caf\u00e9",
  "a'b",
  'a"b',
  "a\\b",
];
/** Plain scalars that are not safe in flow context (`,[]{}` end them there). */
const BLOCK_ONLY_PLAIN = ["a,b", "a]", "x{y}"];
const KEYS = [
  "name",
  "app",
  "a",
  "b",
  "kind",
  "apiVersion",
  "app.kubernetes.io/name",
  "x~y",
  "a/b",
  "with space",
  "on",
  "yes",
  "y",
  "constructor",
  "toString",
  "1a",
  "a1",
  "k8s.io/x",
  "a'b",
  "x.",
  ".x",
];
const QUOTED_KEYS = [
  "1",
  "2",
  "10",
  "true",
  "null",
  "",
  "a: b",
  "a #b",
  "~",
  "__x",
  "with 'quote'",
  'dq "x"',
  "\\",
  "é",
];
/** Lines that continue a plain scalar, indicators and markers included (none of them starts a node there). */
const CONTINUATIONS = [
  "more",
  "two words",
  "- item",
  "c#d",
  "[x]",
  "{y}",
  "&a",
  "*b",
  "!t",
  "|",
  ">",
  "'q",
  '"q',
  "%p",
  "@m",
  "`l",
  "? k",
  "---",
  "...",
  "x:y",
  "1",
  "null",
  "caf\u00e9",
  "a, b",
];
const LINES = [
  "line one",
  "  indented",
  "",
  "# not a comment",
  "key: value",
  "- item",
  "  ",
  "text with trailing spaces  ",
  "\u00e9",
];

/** A line after the first of a multi-line scalar: empty or spaces-only lines before it, extra indentation, trailing spaces. */
type Continuation = {
  text: string;
  blanks: number;
  spacesOnly: boolean;
  extra: number;
  trail: boolean;
  escaped: boolean;
};
type Scalar =
  | { t: "plain"; s: string }
  | { t: "single" | "double"; s: string }
  | { t: "multi-plain"; first: string; rest: Continuation[] }
  | { t: "multi-single" | "multi-double"; first: string; rest: Continuation[] }
  | {
      t: "block";
      header: string;
      indicator: number;
      indicatorFirst: boolean;
      leading: string[];
      lines: string[];
      extraIndent: number;
      trailing: number;
    };
type Tree =
  | { t: "scalar"; v: Scalar }
  | { t: "map"; entries: [string, Tree][]; flow: boolean }
  | { t: "seq"; items: Tree[]; flow: boolean; sameIndent: boolean };

const quotedTextArb = fc.string({
  unit: fc.constantFrom("a", " ", "'", '"', "\\", "#", ":", "\u00e9", "\n", "\t", "\u0001", "\u{1F600}"),
  maxLength: 8,
});
const continuationArb = (text: fc.Arbitrary<string>): fc.Arbitrary<Continuation> =>
  fc.record({
    text,
    blanks: fc.nat({ max: 2 }),
    spacesOnly: fc.boolean(),
    extra: fc.nat({ max: 3 }),
    trail: fc.boolean(),
    escaped: fc.boolean(),
  });
const scalarArb: fc.Arbitrary<Scalar> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...PLAIN, ...BLOCK_ONLY_PLAIN).map((s) => ({ t: "plain" as const, s })) },
  {
    weight: 2,
    arbitrary: fc
      .tuple(fc.constantFrom("single" as const, "double" as const), quotedTextArb)
      .map(([t, s]) => ({ t, s })),
  },
  {
    weight: 1,
    arbitrary: fc
      .record({
        first: fc.constantFrom(...PLAIN, ...BLOCK_ONLY_PLAIN),
        rest: fc.array(continuationArb(fc.constantFrom(...CONTINUATIONS)), { minLength: 1, maxLength: 4 }),
      })
      .map((v) => ({ t: "multi-plain" as const, ...v })),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      t: fc.constantFrom("multi-single" as const, "multi-double" as const),
      first: quotedTextArb,
      rest: fc.array(continuationArb(quotedTextArb), { minLength: 1, maxLength: 4 }),
    }),
  },
  {
    weight: 2,
    arbitrary: fc
      .record({
        header: fc.constantFrom("|", "|-", "|+", ">", ">-", ">+", "| # c", "|- #c"),
        // 0 for none; 1 for an indicator equal to the content's indentation past the parent, 2 or 3 for one or two less.
        indicator: fc.nat({ max: 3 }),
        indicatorFirst: fc.boolean(),
        leading: fc.array(fc.constantFrom("", " ", "  ", "     ", "         "), { maxLength: 2 }),
        first: fc.constantFrom("first", "# first", "- first", "key: first", "'first"),
        lines: fc.array(fc.constantFrom(...LINES), { maxLength: 5 }),
        extraIndent: fc.integer({ min: 0, max: 2 }),
        trailing: fc.integer({ min: 0, max: 3 }),
      })
      .map(({ first, lines, ...rest }) => ({ t: "block" as const, lines: [first, ...lines], ...rest })),
  },
);

const { tree: treeArb } = fc.letrec<{ tree: Tree; map: Tree; seq: Tree }>((tie) => ({
  tree: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    fc.record({ t: fc.constant("scalar" as const), v: scalarArb }),
    tie("map"),
    tie("seq"),
  ),
  map: fc.record({
    t: fc.constant("map" as const),
    entries: fc.uniqueArray(
      fc.tuple(
        fc.oneof(
          fc.constantFrom(...KEYS),
          fc.constantFrom(...QUOTED_KEYS).map((k) => `\u0000${k}`),
        ),
        tie("tree"),
      ),
      {
        maxLength: 4,
        selector: ([k]) => k.replace(/^\u0000/, ""),
      },
    ),
    flow: fc.boolean(),
  }),
  seq: fc.record({
    t: fc.constant("seq" as const),
    items: fc.array(tie("tree"), { maxLength: 4 }),
    flow: fc.boolean(),
    sameIndent: fc.boolean(),
  }),
}));

/** Choices that do not change what a text means: comments, blank lines, spacing, indentation steps. */
type Style = { comments: boolean; blank: boolean; step: number; seqIndent: number };

function quote(s: string, t: "single" | "double"): string {
  // Single quotes have no escapes: controls and tabs become spaces.
  if (t === "single") return `'${s.replace(/'/g, "''").replace(/[\u0000-\u001f]/g, " ")}'`;
  const escaped = [...s].map((c) =>
    c === "\\"
      ? "\\\\"
      : c === '"'
        ? '\\"'
        : c === "\n"
          ? "\\n"
          : c === "\t"
            ? "\\t"
            : c < " "
              ? `\\x${c.charCodeAt(0).toString(16).padStart(2, "0")}`
              : c > "\uffff"
                ? `\\U${c.codePointAt(0)!.toString(16).padStart(8, "0")}`
                : c,
  );
  return `"${escaped.join("")}"`;
}

function keyText(k: string): string {
  return k.startsWith("\u0000") ? quote(k.slice(1), k.length % 2 ? "single" : "double") : k;
}

function flowable(tree: Tree): boolean {
  if (tree.t === "scalar")
    return (
      (tree.v.t === "plain" || tree.v.t === "single" || tree.v.t === "double") &&
      !(tree.v.t === "plain" && BLOCK_ONLY_PLAIN.includes(tree.v.s))
    );
  return tree.t === "map" ? tree.entries.every(([, v]) => flowable(v)) : tree.items.every(flowable);
}

function flowText(tree: Tree): string {
  if (tree.t === "scalar") {
    const v = tree.v;
    return v.t === "plain" ? v.s : v.t === "single" || v.t === "double" ? quote(v.s, v.t) : "~";
  }
  if (tree.t === "map") return `{${tree.entries.map(([k, v]) => `${keyText(k)}: ${flowText(v)}`).join(", ")}}`;
  return `[${tree.items.map(flowText).join(", ")}]`;
}

/** Lines of a node written after `key:` or `- ` at indentation `parent`: the inline part, then the lines below. */
function render(tree: Tree, parent: number, style: Style, out: string[], prefix: string): void {
  const pad = (n: number) => " ".repeat(n);
  const comment = style.comments ? " # note" : "";
  if (tree.t === "scalar") {
    const v = tree.v;
    if ("rest" in v) {
      renderMultiLine(v, parent + style.step, out, prefix, comment);
      return;
    }
    if (v.t !== "block") {
      out.push(`${prefix}${v.t === "plain" ? v.s : quote(v.s, v.t)}${comment}`);
      return;
    }
    const indent = parent + style.step + v.extraIndent;
    const digit =
      v.indicator > 0 && indent - parent - v.indicator + 1 >= 1
        ? String(Math.min(9, indent - parent - v.indicator + 1))
        : "";
    const [, mode, chomp, rest] = /^([|>])([-+]?)(.*)$/.exec(v.header)!;
    out.push(`${prefix}${mode}${v.indicatorFirst ? digit + chomp : chomp + digit}${rest}`);
    // Without an indicator, a leading line longer than the content's indentation is an error.
    for (const line of v.leading) out.push(digit || line.length <= indent ? line : "");
    v.lines.forEach((line, i) => {
      out.push(i > 0 && line.trim() === "" ? line : pad(indent) + line);
    });
    for (let i = 0; i < v.trailing; i++) out.push("");
    return;
  }
  const empty = tree.t === "map" ? tree.entries.length === 0 : tree.items.length === 0;
  if (empty || (tree.flow && flowable(tree))) {
    out.push(`${prefix}${flowText(tree)}${comment}`);
    return;
  }
  out.push(`${prefix.trimEnd()}${comment}`);
  if (style.blank) out.push("");
  if (tree.t === "map") renderMap(tree, parent + style.step, style, out, "");
  else renderSeq(tree, tree.sameIndent && prefix.endsWith(": ") ? parent : parent + style.seqIndent, style, out);
}

/**
 * A plain or quoted scalar over several lines, each continuation line indented at least `indent` (past its key or
 * `-`). A comment would end a plain scalar on its last line, and is written only after a quoted one.
 */
function renderMultiLine(
  v: Extract<Scalar, { t: "multi-plain" | "multi-single" | "multi-double" }>,
  indent: number,
  out: string[],
  prefix: string,
  comment: string,
): void {
  const t = v.t === "multi-single" ? "single" : "double";
  const body = (s: string) => (v.t === "multi-plain" ? s : quote(s, t).slice(1, -1));
  const open = v.t === "multi-plain" ? "" : t === "single" ? "'" : '"';
  let line = `${prefix}${open}${body(v.first)}`;
  for (const c of v.rest) {
    // An escaped line break is an escape, so double quotes only.
    out.push(line + (c.trail ? "  " : "") + (v.t === "multi-double" && c.escaped ? "\\" : ""));
    for (let b = 0; b < c.blanks; b++) out.push(c.spacesOnly ? " ".repeat(b + 1) : "");
    line = `${" ".repeat(indent + c.extra)}${body(c.text)}`;
  }
  out.push(v.t === "multi-plain" ? line : `${line}${open}${comment}`);
}

function renderMap(
  tree: Extract<Tree, { t: "map" }>,
  indent: number,
  style: Style,
  out: string[],
  first: string,
): void {
  tree.entries.forEach(([k, v], i) => {
    if (style.comments && i > 0) out.push(`${" ".repeat(indent)}# between`);
    const lead = i === 0 && first ? first : " ".repeat(indent);
    render(v, indent, style, out, `${lead}${keyText(k)}: `);
  });
}

function renderSeq(tree: Extract<Tree, { t: "seq" }>, indent: number, style: Style, out: string[]): void {
  for (const item of tree.items) {
    const lead = `${" ".repeat(indent)}- `;
    const block = !(
      item.t === "scalar" ||
      (item.t === "map" ? item.entries.length : item.items.length) === 0 ||
      (item.flow && flowable(item))
    );
    if (item.t === "map" && block) renderMap(item, indent + 2, style, out, lead);
    // A sequence in a sequence entry starts on the entry's line (`- - x`) or the next (`-\n  - x`): both left to the
    // library, so it goes under a key.
    else if (item.t === "seq" && block) render(item, indent + 2, style, out, `${lead}nested: `);
    else render(item, indent, style, out, lead);
  }
}

function renderDocument(tree: Tree, style: Style): string {
  const out: string[] = [];
  if (style.comments) out.push("# a document");
  if (tree.t === "map" && tree.entries.length > 0) renderMap(tree, 0, style, out, "");
  else if (tree.t === "seq" && tree.items.length > 0) renderSeq(tree, 0, style, out);
  else out.push("root: x");
  return `${out.join("\n")}\n`;
}

const styleArb = fc.record({
  comments: fc.boolean(),
  blank: fc.boolean(),
  step: fc.constantFrom(1, 2, 2, 4),
  seqIndent: fc.constantFrom(0, 2, 2, 4),
});
const manifestArb = fc
  .tuple(fc.array(fc.tuple(treeArb, styleArb), { minLength: 1, maxLength: 3 }), fc.boolean(), fc.boolean())
  .map(
    ([docs, leading, trailing]) =>
      `${leading ? "---\n" : ""}${docs.map(([t, s]) => renderDocument(t, s)).join("---\n")}${trailing ? "---\n" : ""}`,
  );

/** Single edits that matter to YAML: indicators, quotes, indentation, comments, line breaks and odd characters. */
const EDITS = [
  " ",
  "  ",
  "\n",
  "\n  ",
  "- ",
  ": ",
  ":",
  "-",
  "#",
  " #",
  "'",
  '"',
  "|",
  ">",
  "[",
  "]",
  "{",
  "}",
  ",",
  "&a ",
  "*a",
  "!t ",
  "?",
  "? ",
  "~",
  "\\",
  "%",
  "@",
  "`",
  "\t",
  "\r",
  "---\n",
  "...\n",
  "\uFEFF",
  "0",
  "x",
];
const editArb = fc.tuple(
  fc.nat(),
  fc.nat({ max: 2 }),
  fc.oneof(fc.constantFrom(...EDITS), fc.string({ maxLength: 2 })),
);

function edited(text: string, edits: [number, number, string][]): string {
  for (const [at, del, insert] of edits) {
    const i = text.length === 0 ? 0 : at % (text.length + 1);
    text = text.slice(0, i) + insert + text.slice(i + del);
  }
  return text;
}

describe("the fast YAML path on generated manifests", () => {
  it(
    "takes every unedited text, with the library's result",
    () => {
      fc.assert(
        fc.property(manifestArb, (text) => accepts(text)),
        budget(5),
      );
    },
    timeout(5),
  );

  it(
    "declines or agrees with the library after random edits",
    () => {
      fc.assert(
        fc.property(manifestArb, fc.array(editArb, { minLength: 1, maxLength: 3 }), (text, edits) => {
          agrees(edited(text, edits));
        }),
        budget(10),
      );
    },
    timeout(10),
  );

  it(
    "declines or agrees with the library under small limits",
    () => {
      fc.assert(
        fc.property(
          manifestArb,
          fc.integer({ min: 1, max: 8 }),
          fc.integer({ min: 1, max: 200 }),
          (text, maxDepth, maxNodes) => {
            agrees(text, { maxAliasCount: 100, maxDepth, maxNodes, uniqueKeys: maxNodes % 2 === 0 });
          },
        ),
        budget(2),
      );
    },
    timeout(2),
  );
});
