// Reads a rule's docs page: its title, and the examples with the calls and allowlist that go with each.
import type { HostReference } from "../../src/scan/types.js";
import { ref } from "./helpers.js";

export interface DocExample {
  kind: "bad" | "good";
  yaml: string;
  /** 1-based line of the fence in the page, for failure messages. */
  line: number;
  references: HostReference[];
  allowlist?: string;
}

export interface DocPage {
  title: string;
  severity?: string;
  examples: DocExample[];
  /** Fenced blocks marked bad/good in a language other than yaml: shown to readers, not run. */
  notRun: number;
  text: string;
}

const CALLS = /^<!--\s*calls:\s*(\S+)(?:\s+from\s+([a-z0-9-]+)(?:\/([a-z0-9-]+))?)?\s*-->$/;

/**
 * Conventions: ```yaml bad / ```yaml good fences hold manifests; `<!-- calls: URL [from ns[/workload]] -->` lines
 * before a fence are calls made by code in that workload (none: code no workload is mapped to); a ```yaml allowlist
 * fence before an example is the allowlist file for it.
 */
export function parseDocPage(text: string): DocPage {
  const lines = text.split("\n");
  const page: DocPage = { title: lines[0] ?? "", examples: [], notRun: 0, text };
  const severity = /^\*\*Default severity:\*\*\s*(\w+)/m.exec(text);
  if (severity) page.severity = severity[1];
  let calls: HostReference[] = [];
  let allowlist: string | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    const call = CALLS.exec(line);
    if (call) {
      const [, url, ns, workload] = call;
      calls.push(
        ref(url!, {
          file: "src/client.ts",
          line: calls.length + 1,
          ...(ns ? { namespace: ns } : {}),
          ...(workload ? { workload } : {}),
        }),
      );
      continue;
    }
    const fence = /^```(\S+)(?:\s+(\S+))?\s*$/.exec(line);
    if (!fence) continue;
    const start = i;
    const body: string[] = [];
    for (i++; i < lines.length && lines[i]!.trim() !== "```"; i++) body.push(lines[i]!);
    const [, lang, role] = fence;
    if (lang === "yaml" && role === "allowlist") {
      allowlist = `${body.join("\n")}\n`;
    } else if (role === "bad" || role === "good") {
      if (lang === "yaml")
        page.examples.push({
          kind: role,
          yaml: `${body.join("\n")}\n`,
          line: start + 1,
          references: calls,
          ...(allowlist !== undefined ? { allowlist } : {}),
        });
      else page.notRun++;
      calls = [];
      allowlist = undefined;
    }
  }
  return page;
}
