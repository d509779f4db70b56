export interface RateLimiterOptions {
  /** Requests a client may make at once. */
  burst: number;
  /** Requests a client regains per minute. */
  perMinute: number;
  /** Milliseconds since the epoch. */
  now?: () => number;
  /** Clients remembered at most; full buckets are forgotten first. */
  maxClients?: number;
}

export type Take = { ok: true } | { ok: false; retryAfterSeconds: number };

/** A limit per client: in this process (below), or shared by every instance (./shared-limit.ts). */
export interface RateLimiter {
  take(client: string): Take | Promise<Take>;
}

export interface MemoryRateLimiter extends RateLimiter {
  take(client: string): Take;
}

/**
 * A token bucket per client, in this process's memory. Enough for one server; several instances need a
 * shared store.
 */
export function createRateLimiter({
  burst,
  perMinute,
  now = Date.now,
  maxClients = 10_000,
}: RateLimiterOptions): MemoryRateLimiter {
  const perMs = perMinute / 60_000;
  const buckets = new Map<string, { tokens: number; at: number }>();

  function refill(bucket: { tokens: number; at: number }, t: number) {
    bucket.tokens = Math.min(burst, bucket.tokens + (t - bucket.at) * perMs);
    bucket.at = t;
  }

  function prune(t: number) {
    for (const [client, bucket] of buckets) {
      refill(bucket, t);
      if (bucket.tokens >= burst) buckets.delete(client);
    }
    // Still too many clients at once: forget the oldest.
    for (const client of buckets.keys()) {
      if (buckets.size < maxClients) break;
      buckets.delete(client);
    }
  }

  return {
    take(client) {
      const t = now();
      let bucket = buckets.get(client);
      if (!bucket) {
        if (buckets.size >= maxClients) prune(t);
        bucket = { tokens: burst, at: t };
        buckets.set(client, bucket);
      }
      refill(bucket, t);
      if (bucket.tokens >= 1) {
        bucket.tokens -= 1;
        return { ok: true };
      }
      return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - bucket.tokens) / perMs / 1000)) };
    },
  };
}
