// One finding per offending ServiceEntry host, at that host's line: the shape of the host-level rules.
import type { Finding } from "../findings.js";
import type { ServiceEntry } from "../model/types.js";
import type { RuleName } from "./catalog.js";
import { finding, ignores } from "./emit.js";
import type { Rule, RuleContext } from "./types.js";

export function hostRule(name: RuleName, message: (se: ServiceEntry, host: string) => string | undefined): Rule {
  return {
    name,
    check({ model }: RuleContext): Finding[] {
      return model.serviceEntries.flatMap((se) => {
        if (ignores(se.ignoredRules, name)) return [];
        return se.hosts.flatMap((host, i) => {
          const text = message(se, host);
          return text === undefined
            ? []
            : [
                finding(name, {
                  message: text,
                  file: se.loc.file,
                  line: se.hostLines[i] ?? se.loc.line,
                  host,
                  namespace: se.namespace,
                }),
              ];
        });
      });
    },
  };
}
