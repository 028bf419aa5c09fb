// The vocabularies of names (`DB_HOST`, `runbook_url`): which words say a value is an address, a link for people, an
// identifier, sample data. Reviewed data: src/knowledge/name-words.json; how the words of a name are weighed is the
// code that reads them (key-role.ts, contact-record.ts, provenance/request-free-readers.ts).
import knowledge from "../knowledge/name-words.json" with { type: "json" };

export type Vocabulary = keyof typeof knowledge.vocabularies;

export function vocabulary(name: Vocabulary): ReadonlySet<string> {
  return new Set(knowledge.vocabularies[name].words);
}
