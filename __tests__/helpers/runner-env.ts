// The inputs GitHub's runner hands a JavaScript action: every input action.yml gives a default, with the expressions
// in those defaults evaluated, and the workflow step's `with:` values on top. Read from action.yml when a test runs,
// so an input added there is passed the way the runner passes it without touching a test.
import { readFileSync } from "node:fs";
import { parse } from "yaml";

interface ActionInputSpec {
  description?: string;
  default?: unknown;
}

/** The expressions action.yml's defaults may use, and what the runner makes of them in a test's run. */
export interface RunnerContext {
  /** `${{ github.token }}`: the job's token. */
  token: string;
}

export function actionInputSpecs(file = "action.yml"): Record<string, ActionInputSpec> {
  return (parse(readFileSync(file, "utf8")) as { inputs: Record<string, ActionInputSpec> }).inputs;
}

function evaluate(name: string, value: string, ctx: RunnerContext): string {
  return value.replace(/\$\{\{\s*([^}]*?)\s*\}\}/g, (_, expr: string) => {
    if (expr === "github.token") return ctx.token;
    // A default this harness cannot evaluate would reach the action as text the runner never sends.
    throw new Error(`input ${name}: the default's expression \${{ ${expr} }} is not known to the test runner`);
  });
}

/** Input name -> value, as the runner resolves them for a step `with:` these values. */
export function runnerInputs(withValues: Record<string, unknown>, ctx: RunnerContext): Record<string, string> {
  const inputs: Record<string, string> = {};
  for (const [name, spec] of Object.entries(actionInputSpecs()))
    if (spec.default !== undefined) inputs[name] = evaluate(name, String(spec.default), ctx);
  for (const [name, value] of Object.entries(withValues)) inputs[name] = evaluate(name, String(value), ctx);
  return inputs;
}

/** The environment variables the runner sets for the inputs: INPUT_ + the name upper-cased, spaces as `_`. */
export function inputEnv(inputs: Record<string, string>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(inputs).map(([name, value]) => [`INPUT_${name.replace(/ /g, "_").toUpperCase()}`, value]),
  );
}
