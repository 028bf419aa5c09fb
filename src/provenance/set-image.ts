// `kubectl set image deployment/api api=${{ needs.build.outputs.tags }}` in a deploy job: on every deploy the
// workflow replaces the image the manifest names with the one it just built, so the container runs that build's
// code even where the two image names have nothing in common (`acme/backend` in the manifest, `ghcr.io/acme/api`
// pushed by CI).
import { shellCommands, type Word } from "./shell-commands.js";

export interface SetImage {
  /** The workload's name, without its kind. */
  workload: string;
  container: string;
  /** The image as written, with `${{ … }}` expressions closed up (`${{needs.build.outputs.tags}}`). */
  image: string;
  /** 1-based line in the shell text. */
  line: number;
}

/** Kinds whose pod template `kubectl set image` edits, in the forms kubectl accepts. */
const KINDS =
  /^(?:deployments?|deploy|statefulsets?|sts|daemonsets?|ds|replicasets?|rs|jobs?|cronjobs?|cj|pods?|po)(?:\.[\w.]+)?$/i;

/** Every container `kubectl set image` points at an image in the shell text, with the image as written. */
export function setImageCommands(text: string): SetImage[] {
  if (!/\bset\s+image\b/.test(text)) return [];
  // `${{ a.b }}` holds blanks the shell reader would split a word at.
  const closed = text.replace(/\$\{\{\s*([^}]*?)\s*\}\}/g, (_, expr: string) => `\${{${expr.replace(/\s+/g, "")}}}`);
  return shellCommands(closed).flatMap(setImageOf);
}

/** The containers one command points at an image, if it is `kubectl|oc … set image KIND/NAME CONTAINER=IMAGE…`. */
export function setImageOf(words: readonly Word[]): SetImage[] {
  const at = words.findIndex((w, i) => w.text === "set" && words[i + 1]?.text === "image" && isKubectl(words, i));
  if (at === -1) return [];
  const args = withoutFlags(words.slice(at + 2).map((w) => w.text));
  let workload: string | undefined;
  let rest: string[];
  const slash = args[0]?.indexOf("/") ?? -1;
  if (slash > 0 && KINDS.test(args[0]!.slice(0, slash))) {
    workload = args[0]!.slice(slash + 1);
    rest = args.slice(1);
  } else if (args[0] !== undefined && KINDS.test(args[0]) && args[1] !== undefined && !args[1].includes("=")) {
    workload = args[1];
    rest = args.slice(2);
  } else return [];
  const out: SetImage[] = [];
  for (const pair of rest) {
    const eq = pair.indexOf("=");
    if (eq <= 0 || eq === pair.length - 1) continue;
    out.push({ workload, container: pair.slice(0, eq), image: pair.slice(eq + 1), line: words[at]!.line });
  }
  return out;
}

function isKubectl(words: readonly { text: string }[], setAt: number): boolean {
  return words.slice(0, setAt).some((w) => /(?:^|\/)(?:kubectl|oc)$/.test(w.text));
}

/** Drops `-n ns`, `--namespace=ns`, `--record` and the like; flags that take a value take the next word. */
function withoutFlags(words: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (!w.startsWith("-")) out.push(w);
    else if (
      /^-(?:n|l|f|k|o|s)$|^--(?:namespace|selector|filename|kustomize|output|server|context|kubeconfig|cluster|user)$/.test(
        w,
      )
    )
      i++;
  }
  return out;
}
