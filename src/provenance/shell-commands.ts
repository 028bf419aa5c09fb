// Shell text -> simple commands as words, on top of the scanner's shell lexer (quotes, comments, heredocs and line
// continuations are its business). The lexer reports literals, not commands: a gap between two words that holds a
// newline or an operator ends a command.
import { lexShell } from "../scan/lexers/shell.js";
import { BUILD_FILE_LIMITS } from "./limits.js";

export interface Word {
  /** The word with its quotes removed (`--tag="a b"` -> `--tag=a b`). */
  text: string;
  /** 1-based line of the word in the text. */
  line: number;
}

/**
 * Command substitutions and backticks become one opaque `${_}` placeholder: the lexer reads `(` as an operator, which
 * would end the command in the middle of `-t acme/x:$(git rev-parse HEAD) .`.
 */
const SUBSTITUTION = /\$\((?:[^()\n]|\([^()\n]*\))*\)|`[^`\n]*`/g;

export function shellCommands(source: string): Word[][] {
  const text = source.replace(SUBSTITUTION, "${_}");
  const spans: [number, number][] = [];
  lexShell(text, {
    literal: (start, end) => {
      spans.push([start, end]);
    },
    comment: () => {},
  });
  spans.sort((a, b) => a[0] - b[0]);
  const lineOf = lineIndex(text);
  const commands: Word[][] = [];
  let current: Word[] = [];
  let prevEnd = 0;
  for (const [start, end] of spans) {
    const wordStart = rawWordStart(text, start, prevEnd);
    const gap = text.slice(prevEnd, wordStart).replace(/\\\r?\n/g, "");
    if (/[\n;&|()<>]/.test(gap) && current.length > 0) {
      commands.push(current);
      current = [];
    }
    if (current.length < BUILD_FILE_LIMITS.maxWordsPerCommand) {
      const prefix = text.slice(wordStart, start).replace(/["']/g, "");
      current.push({ text: prefix + text.slice(start, end), line: lineOf(wordStart) });
    }
    prevEnd = Math.max(prevEnd, end);
  }
  if (current.length > 0) commands.push(current);
  return commands;
}

/** The lexer reports `--tag=x` as `x`: the word began at the blank before the flag. */
function rawWordStart(text: string, start: number, floor: number): number {
  let i = start;
  while (i > floor && !/[\s;&|()<>]/.test(text[i - 1]!)) i--;
  return i;
}

/** 1-based line of each offset, from one pass over the text's newlines. */
function lineIndex(text: string): (offset: number) => number {
  const starts: number[] = [0];
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
}
