import 'server-only';
import { Redis } from 'ioredis';
import { RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import type { MemoryRateLimiter, RateLimiter, Take } from './rate-limit';

/*
 * Rate limits that every instance shares, kept in Redis (rate-limiter-flexible's RateLimiterRedis: one
 * atomic INCR-with-expiry a request). When Redis cannot answer, each instance falls back to its own
 * in-memory limit and logs that it did: the limit then allows up to N times as much across N instances for
 * as long as Redis is away, while signing goes on. Refusing every request instead would turn a cache outage
 * into a module outage for every learner, to stop a flood the per-instance limit still slows down.
 */

export interface SharedLimitOptions {
  redis: Redis;
  /** The limit's own name: each endpoint's buckets are apart. */
  name: string;
  burst: number;
  perMinute: number;
  /** Used while Redis is unreachable. */
  fallback: MemoryRateLimiter;
  warn: (message: string, fields?: Record<string, unknown>) => void;
}

/**
 * `burst` requests per window of burst/perMinute minutes (30 a minute by default): a fixed window in Redis,
 * where the in-memory limit refills continuously. Both let a client make a burst at once and the same
 * number a minute on average.
 */
export function createSharedLimiter({
  redis,
  name,
  burst,
  perMinute,
  fallback,
  warn,
}: SharedLimitOptions): RateLimiter {
  const limiter = new RateLimiterRedis({
    storeClient: redis,
    keyPrefix: `friend-request:limit:${name}`,
    points: burst,
    duration: Math.max(1, Math.ceil((burst * 60) / perMinute)),
  });
  let away = false;
  const answered = () => {
    if (!away) return;
    away = false;
    warn('rate limits are shared again: Redis answers', { limit: name });
  };
  return {
    async take(client): Promise<Take> {
      try {
        await limiter.consume(client, 1);
        answered();
        return { ok: true };
      } catch (error) {
        if (error instanceof RateLimiterRes) {
          answered();
          return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil(error.msBeforeNext / 1000)) };
        }
        if (!away) {
          away = true;
          warn('Redis is unreachable: this instance applies its own rate limit until it answers', {
            limit: name,
            error: (error as Error).message,
          });
        }
        return fallback.take(client);
      }
    },
  };
}

/**
 * The one Redis connection of this process. Commands fail at once while it is disconnected (no offline
 * queue), so a request never waits for Redis to come back; the client reconnects in the background.
 */
export function connectRedis(url: string): Redis {
  const redis = new Redis(url, {
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    connectTimeout: 2_000,
    commandTimeout: 1_000,
    retryStrategy: (times) => Math.min(times * 200, 2_000),
  });
  // Reported by the limiter when a request meets it; without a listener ioredis prints every retry.
  redis.on('error', () => {});
  return redis;
}
