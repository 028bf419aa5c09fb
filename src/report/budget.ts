// Fitting sections into a character budget (a PR comment is capped at 65,536 characters): when everything does not
// fit, the largest sections give up lines first, and each says what it left out.

/** A run of lines between an opening and a closing text (a table, a fenced block, a `<details>`). */
export interface Block {
  open: string;
  /** Each ends with its own newline. */
  lines: string[];
  close: string;
  /** Put before `close` when lines were dropped: it must be no longer for fewer dropped lines. */
  more?: (dropped: number) => string;
  /** All or nothing: a diagram that would be wrong with parts missing. */
  atomic?: boolean;
}

export interface Section {
  head: string;
  blocks: Block[];
  /** Appended when whole blocks were dropped: it must be no longer for fewer dropped blocks. */
  omitted?: (dropped: number) => string;
}

function blockText(b: Block): string {
  return b.open + b.lines.join("") + b.close;
}

export function sectionText(s: Section): string {
  return s.head + s.blocks.map(blockText).join("");
}

/** The section in at most `max` characters: whole blocks while they fit, then as much of the next as fits. */
export function renderSection(s: Section, max: number): string {
  const full = sectionText(s);
  if (full.length <= max) return full;
  const budget = max - (s.omitted?.(s.blocks.length).length ?? 0);
  let out = s.head;
  if (out.length > budget) return "";
  let next = 0;
  for (; next < s.blocks.length; next++) {
    const b = s.blocks[next]!;
    const whole = blockText(b);
    if (out.length + whole.length <= budget) {
      out += whole;
      continue;
    }
    const partial = b.atomic ? undefined : partialBlock(b, budget - out.length);
    if (partial !== undefined) {
      out += partial;
      next++;
    }
    break;
  }
  const dropped = s.blocks.length - next;
  return dropped > 0 && s.omitted ? out + s.omitted(dropped) : out;
}

function partialBlock(b: Block, room: number): string | undefined {
  const frame = b.open.length + b.close.length + (b.more?.(b.lines.length).length ?? 0);
  if (frame > room) return undefined;
  let body = "";
  let kept = 0;
  for (const line of b.lines) {
    if (frame + body.length + line.length > room) break;
    body += line;
    kept++;
  }
  if (kept === 0) return undefined;
  return b.open + body + (b.more?.(b.lines.length - kept) ?? "") + b.close;
}

/**
 * Each section's share of `budget` characters: sections smaller than an equal share keep everything, and what they
 * leave is shared equally by the larger ones, so only the largest sections are cut.
 */
export function shares(sizes: readonly number[], budget: number): number[] {
  const order = sizes.map((size, i) => ({ size, i })).sort((a, b) => a.size - b.size || a.i - b.i);
  const out: number[] = new Array<number>(sizes.length).fill(0);
  let left = Math.max(0, budget);
  let count = sizes.length;
  for (const { size, i } of order) {
    const share = Math.floor(left / count);
    out[i] = Math.min(size, share);
    left -= out[i]!;
    count--;
  }
  return out;
}

/** Renders every section within `budget` characters in total. */
export function fitSections(sections: readonly Section[], budget: number): string[] {
  const full = sections.map(sectionText);
  const total = full.reduce((n, t) => n + t.length, 0);
  if (total <= budget) return full;
  const limits = shares(
    full.map((t) => t.length),
    budget,
  );
  return sections.map((s, i) => renderSection(s, limits[i]!));
}
