// One comment per pull request (and linted directory), found by its marker and edited in place.
import type { CommentMode } from "../settings.js";
import type { GitHubApi, PullRef } from "./client.js";
import { parseMarker, withMarker, type Marker } from "./marker.js";

/** Who GITHUB_TOKEN comments as. Installation tokens cannot read /user, so this is the answer when GitHub won't say. */
export const GITHUB_ACTIONS_BOT = "github-actions[bot]";

export interface StickyRequest {
  pr: PullRef;
  marker: Marker;
  /** The comment without its marker. */
  body: string;
  mode: CommentMode;
  /** Findings or changed tables: with `on-change`, a first comment is posted only then. */
  hasNews: boolean;
}

export type StickyOutcome =
  | { action: "created" | "updated" | "unchanged"; url: string }
  | { action: "skipped"; reason: string };

/**
 * The head-SHA rule: a run writes only while its head is still the pull request's head. A run for an older commit
 * (a slow job, a re-run) finds a newer head and leaves the comment to that head's run, so an old result never
 * replaces a newer one. The marker records the head a comment describes, for readers and for the next run.
 */
export async function upsertStickyComment(api: GitHubApi, req: StickyRequest): Promise<StickyOutcome> {
  if (req.mode === "never") return { action: "skipped", reason: "comment is set to never" };
  const head = await api.pullHeadSha(req.pr);
  if (head !== req.marker.headSha) {
    return {
      action: "skipped",
      reason: `the pull request's head moved on to ${head.slice(0, 7)}; the run for that commit owns the comment`,
    };
  }
  const me = (await api.viewerLogin()) ?? GITHUB_ACTIONS_BOT;
  // Only our own comments: anyone can paste a marker into theirs, and editing it would be editing their words.
  const existing = (await api.listIssueComments(req.pr)).find(
    (c) => c.author === me && parseMarker(c.body)?.id === req.marker.id,
  );
  if (!existing && req.mode === "on-change" && !req.hasNews)
    return { action: "skipped", reason: "no findings and no route or cluster table changes" };
  const body = withMarker(req.marker, req.body);
  if (existing && existing.body === body) return { action: "unchanged", url: existing.url };
  if (existing) return { action: "updated", url: (await api.updateIssueComment(req.pr, existing.id, body)).url };
  return { action: "created", url: (await api.createIssueComment(req.pr, body)).url };
}
