// When to try a GitHub API request again, and after how long: server errors, and both kinds of rate limit.

export interface RetryPolicy {
  /** Attempts in all, the first included. */
  attempts: number;
  /** The first backoff; it doubles with each attempt. */
  baseDelayMs: number;
  /** A limit that asks for a longer wait than this is reported, not waited out: a job should not sleep for an hour. */
  maxDelayMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = { attempts: 4, baseDelayMs: 1_000, maxDelayMs: 60_000 };

/** What a failed attempt looked like. `status` is undefined when no response came (connection reset, DNS). */
export interface FailedAttempt {
  status?: number;
  headers: Record<string, string | number | undefined>;
  /** The response's `message`, which is how GitHub says "secondary rate limit" when it sends no header. */
  message?: string;
}

function header(h: FailedAttempt["headers"], name: string): string | undefined {
  const v = h[name] ?? h[name.toLowerCase()];
  return v === undefined ? undefined : String(v);
}

/**
 * Milliseconds to wait before attempt `attempt + 1` (attempts count from 1), or undefined to give up. GitHub's
 * guidance: honour `retry-after`; when `x-ratelimit-remaining` is 0, wait until `x-ratelimit-reset`; for a secondary
 * limit without either header, wait at least a minute; back off exponentially on server errors.
 */
export function retryDelay(
  failure: FailedAttempt,
  attempt: number,
  policy: RetryPolicy,
  nowMs: number,
): number | undefined {
  if (attempt >= policy.attempts) return undefined;
  const backoff = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
  const { status } = failure;
  if (status === undefined || status >= 500) return backoff;
  if (status !== 403 && status !== 429) return undefined;

  const retryAfter = header(failure.headers, "retry-after");
  if (retryAfter !== undefined && /^\d+$/.test(retryAfter.trim()))
    return withinLimit(Number(retryAfter) * 1000, policy);
  if (header(failure.headers, "x-ratelimit-remaining") === "0") {
    const reset = Number(header(failure.headers, "x-ratelimit-reset"));
    if (Number.isFinite(reset)) return withinLimit(Math.max(0, reset * 1000 - nowMs) + 1000, policy);
  }
  if (/secondary rate limit|abuse detection/i.test(failure.message ?? "")) return withinLimit(60_000, policy);
  // A 429 always means "too many"; a plain 403 is a permission answer, and asking again changes nothing.
  return status === 429 ? backoff : undefined;
}

function withinLimit(ms: number, policy: RetryPolicy): number | undefined {
  return ms <= policy.maxDelayMs ? ms : undefined;
}

export interface RetryHooks {
  sleep(ms: number): Promise<void>;
  now(): number;
  /** Told about each wait, so that the log shows why a step is slow. */
  onRetry?(failure: FailedAttempt, delayMs: number, attempt: number): void;
}

export const realTime: RetryHooks = {
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  now: () => Date.now(),
};

export async function withRetries<T>(
  attempt: () => Promise<T>,
  describe: (err: unknown) => FailedAttempt,
  policy: RetryPolicy,
  hooks: RetryHooks,
): Promise<T> {
  for (let n = 1; ; n++) {
    try {
      return await attempt();
    } catch (err) {
      const failure = describe(err);
      const delay = retryDelay(failure, n, policy, hooks.now());
      if (delay === undefined) throw err;
      hooks.onRetry?.(failure, delay, n);
      await hooks.sleep(delay);
    }
  }
}
