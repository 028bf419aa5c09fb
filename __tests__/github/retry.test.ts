import { describe, expect, it } from "vitest";
import { DEFAULT_RETRY, retryDelay, withRetries, type FailedAttempt } from "../../src/github/retry.js";

const policy = DEFAULT_RETRY;
const NOW = 1_700_000_000_000;

describe("retryDelay", () => {
  it("backs off exponentially on server errors and when no response came", () => {
    expect([1, 2, 3].map((n) => retryDelay({ status: 502, headers: {} }, n, policy, NOW))).toEqual([1000, 2000, 4000]);
    expect(retryDelay({ headers: {} }, 1, policy, NOW)).toBe(1000);
  });

  it("gives up after the last attempt", () => {
    expect(retryDelay({ status: 503, headers: {} }, policy.attempts, policy, NOW)).toBeUndefined();
  });

  it("honours retry-after on a secondary rate limit", () => {
    expect(retryDelay({ status: 403, headers: { "retry-after": "7" } }, 1, policy, NOW)).toBe(7000);
    expect(retryDelay({ status: 429, headers: { "retry-after": "2" } }, 1, policy, NOW)).toBe(2000);
  });

  it("waits for x-ratelimit-reset when the primary limit is spent", () => {
    const failure: FailedAttempt = {
      status: 403,
      headers: { "x-ratelimit-remaining": "0", "x-ratelimit-reset": String(NOW / 1000 + 30) },
    };
    expect(retryDelay(failure, 1, policy, NOW)).toBe(31_000);
  });

  it("reports a limit that would take longer than the policy allows instead of sleeping through it", () => {
    expect(retryDelay({ status: 403, headers: { "retry-after": "3600" } }, 1, policy, NOW)).toBeUndefined();
    expect(
      retryDelay(
        { status: 403, headers: { "x-ratelimit-remaining": "0", "x-ratelimit-reset": String(NOW / 1000 + 3600) } },
        1,
        policy,
        NOW,
      ),
    ).toBeUndefined();
  });

  it("waits a minute on a secondary limit that names itself only in the message", () => {
    expect(
      retryDelay({ status: 403, headers: {}, message: "You have exceeded a secondary rate limit." }, 1, policy, NOW),
    ).toBe(60_000);
  });

  it("does not retry a permission answer or a validation error", () => {
    expect(
      retryDelay({ status: 403, headers: {}, message: "Resource not accessible by integration" }, 1, policy, NOW),
    ).toBeUndefined();
    expect(retryDelay({ status: 422, headers: {} }, 1, policy, NOW)).toBeUndefined();
    expect(retryDelay({ status: 404, headers: {} }, 1, policy, NOW)).toBeUndefined();
  });
});

describe("withRetries", () => {
  it("sleeps between attempts and returns the first success", async () => {
    const slept: number[] = [];
    let calls = 0;
    const result = await withRetries(
      async () => {
        if (++calls < 3) throw { status: 500 };
        return "ok";
      },
      (e) => ({ status: (e as { status: number }).status, headers: {} }),
      policy,
      { sleep: async (ms) => void slept.push(ms), now: () => NOW },
    );
    expect(result).toBe("ok");
    expect(slept).toEqual([1000, 2000]);
  });

  it("rethrows the last failure when it gives up", async () => {
    let calls = 0;
    const failing = withRetries(
      async () => {
        calls++;
        throw { status: 503 };
      },
      (e) => ({ status: (e as { status: number }).status, headers: {} }),
      { ...policy, attempts: 2 },
      { sleep: async () => {}, now: () => NOW },
    );
    await expect(failing).rejects.toEqual({ status: 503 });
    expect(calls).toBe(2);
  });
});
