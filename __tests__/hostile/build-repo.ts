// A repository written by an attacker, built in a temporary directory at test time: git cannot sensibly hold a
// 30 MB file or links to /etc/passwd, and some of these names are not portable. Every broken file is listed with
// the finding it must produce, so a test can check that one bad file hides nothing.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";

export interface ExpectedFinding {
  rule: string;
  file: string;
}

export interface HostileRepo {
  root: string;
  /** A directory beside the repository that nothing may read. */
  outside: string;
  /** What no output may contain: the absolute paths, and text that lies only outside the repository or in .git. */
  secrets: string[];
  /** One finding per broken file: the rule and the file it must name. */
  expected: ExpectedFinding[];
  remove(): void;
}

const MB = 1024 * 1024;
const DEPTH = 200_000;
export const FAKE_TOKEN = "ghs_FAKEcheckoutTOKEN0000000000000000";
const OUTSIDE_SECRET = "outside-secret-7f3a9c";

/** Hostnames and text aimed at markdown, HTML, mentions, code fences, tables and workflow commands. */
export const EVIL_HOST_LITERAL = "https://evil.com`@everyone<script>|x|.example.org";
export const EVIL_SE_HOSTS = [
  "<img src=x onerror=alert(1)>.example.org",
  "a`b|c@team.example.org",
  "x.example.org\n::error::injected",
  "```.example.org",
];
const EVIL_FILE = "<img src=x onerror=alert(1)>.py";

const SERVICE_ENTRY = (name: string, hosts: readonly string[], extra = "") => `apiVersion: networking.istio.io/v1
kind: ServiceEntry
metadata:
  name: ${name}
  namespace: default
spec:
  hosts: ${JSON.stringify(hosts)}
  location: MESH_EXTERNAL
  resolution: DNS
  ports:
    - {number: 443, name: https, protocol: HTTPS}
${extra}`;

/** The classic "billion laughs": nine levels, each ten aliases of the one before. */
function aliasBomb(): string {
  const lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
  for (let i = 1; i < 9; i++) {
    const prev = String.fromCharCode(96 + i);
    const name = String.fromCharCode(97 + i);
    lines.push(`${name}: &${name} [${Array(9).fill(`*${prev}`).join(",")}]`);
  }
  return `${lines.join("\n")}\n`;
}

/** Indentation-only nesting: each level one space deeper, as deep as fits under the 5 MB limit. */
function deepIndentation(levels: number): string {
  return `${Array.from({ length: levels }, (_, i) => `${" ".repeat(i)}k:`).join("\n")} v\n`;
}

export function buildHostileRepo(): HostileRepo {
  const root = mkdtempSync(path.join(os.tmpdir(), "egress-lint-hostile-"));
  const outside = mkdtempSync(path.join(os.tmpdir(), "egress-lint-outside-"));
  writeFileSync(path.join(outside, "secret.yaml"), `kind: Secret\nvalue: ${OUTSIDE_SECRET}\n`);
  const expected: ExpectedFinding[] = [];
  const write = (rel: string, content: string | Buffer, rule?: string) => {
    const file = path.join(root, rel);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, content);
    if (rule) expected.push({ rule, file: rel });
  };
  const link = (rel: string, target: string, rule?: string) => {
    mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    symlinkSync(target, path.join(root, rel));
    if (rule) expected.push({ rule, file: rel });
  };

  // What actions/checkout leaves behind: the token in .git/config.
  write(".git/config", `[http "https://github.com/"]\n\textraheader = AUTHORIZATION: basic ${FAKE_TOKEN}\n`);

  // A healthy part, whose findings must survive the broken files around it.
  write(
    "cluster/namespaces.yaml",
    "apiVersion: v1\nkind: Namespace\nmetadata:\n  name: default\n  labels: {istio-injection: enabled}\n",
  );
  write(
    "cluster/mesh.yaml",
    'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: istio, namespace: istio-system}\ndata:\n  mesh: "outboundTrafficPolicy:\\n  mode: REGISTRY_ONLY"\n',
  );
  write(
    "apps/curl.yaml",
    "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: curl, namespace: default}\nspec:\n  selector: {matchLabels: {app: curl}}\n  template:\n    metadata: {labels: {app: curl}}\n    spec: {containers: [{name: curl, image: curl}]}\n",
  );
  write("egress/good.yaml", SERVICE_ENTRY("good", ["api.good.example"]));
  write(
    "services/curl/client.py",
    'import urllib.request\nurllib.request.urlopen("https://api.unregistered-partner.io/v1")\n',
  );
  write(
    "egress-allowlist.yaml",
    'version: 1\nhosts:\n  - host: api.good.example\nworkloads:\n  - paths: ["services/curl/**"]\n    namespace: default\n    workload: curl\n',
  );

  // Broken YAML, each kind on its own.
  write("broken/malformed.yaml", "apiVersion: v1\nkind: [Service\nmetadata: : :\n  - name\n", "invalid-yaml");
  write("broken/alias-bomb.yaml", aliasBomb(), "invalid-yaml");
  write(
    "broken/binary.yaml",
    Buffer.concat([Buffer.from("apiVersion: v1\n"), Buffer.from([0, 1, 2, 0xff, 0]), Buffer.from("kind: Service\n")]),
    "unreadable-file",
  );
  write("broken/huge.yaml", Buffer.alloc(30 * MB, "a: b\n"), "unreadable-file");
  write("broken/deep-flow-seq.yaml", "[".repeat(DEPTH), "invalid-yaml");
  write("broken/deep-flow-map.yaml", "{a: ".repeat(DEPTH), "invalid-yaml");
  write("broken/deep-block-seq.yaml", `${"- ".repeat(DEPTH)}x\n`, "invalid-yaml");
  write("broken/deep-block-keys.yaml", `${"? ".repeat(DEPTH)}x\n`, "invalid-yaml");
  write("broken/deep-indentation.yaml", deepIndentation(3000), "invalid-yaml");
  write(
    "egress/invalid-se.yaml",
    SERVICE_ENTRY("invalid", ["api.invalid.example"], "  resolution: SOMETIMES\n  exportTo: 7\n"),
    "invalid-resource",
  );

  // Links that leave the repository, reach into .git, or go round in circles.
  link("links/passwd.yaml", "/etc/passwd", "unreadable-file");
  link("links/secret.yaml", path.join(outside, "secret.yaml"), "unreadable-file");
  link("links/git-config.yaml", "../.git/config", "unreadable-file");
  link("links/loop-a.yaml", "loop-b.yaml", "unreadable-file");
  link("links/loop-b.yaml", "loop-a.yaml", "unreadable-file");
  link("links/self.yaml", "self.yaml", "unreadable-file");
  // Folder links named like files the linter reads; a link in no language it reads is never opened at all.
  link("links/etc.yaml", "/etc", "unreadable-file");
  link("links/outside-dir.py", outside, "unreadable-file");
  link("links/etc", "/etc");
  link("links/up", "..");

  // A source line built to make a backtracking scanner stall: a million labels, never closed.
  write(
    "services/curl/backtrack.ts",
    `const u = "https://${"a.".repeat(MB / 2)}\nconst v = "${"http://".repeat(MB / 7)}\n`,
  );

  // Names and values aimed at the report.
  write(`services/curl/${EVIL_FILE}`, `import requests\nrequests.get("${EVIL_HOST_LITERAL}")\n`);
  write(
    "services/curl/@everyone `x` | y ##[error]z.py",
    'import requests\nrequests.get("https://mention.partner-api.io")\n',
  );
  write("café/ñandú.yaml", SERVICE_ENTRY("nandu", ["ñandú.example.org"]));
  write("egress/evil-hosts.yaml", SERVICE_ENTRY("evil-hosts", EVIL_SE_HOSTS));
  write("broken/evil-error.yaml", "a: *<script>alert(1)</script>\n", "invalid-yaml");

  return {
    root,
    outside,
    secrets: [root, outside, FAKE_TOKEN, OUTSIDE_SECRET, "root:x:0:0"],
    expected: expected.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0)),
    remove() {
      rmSync(root, { recursive: true, force: true });
      rmSync(outside, { recursive: true, force: true });
    },
  };
}
