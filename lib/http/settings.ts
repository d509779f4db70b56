import 'server-only';
import type { Redis } from 'ioredis';
import { logLine } from '@/lib/log/log';
import { configuredIssuerOrigin, requestOrigin } from './origin';
import { createRateLimiter, type RateLimiter } from './rate-limit';
import { connectRedis, createSharedLimiter } from './shared-limit';

/** The server's settings from its environment, read once when the endpoints are first loaded. */

export function positiveInt(value: string | undefined, fallback: number): number {
  const n = Number(value);
  return Number.isInteger(n) && n > 0 ? n : fallback;
}

let redis: Redis | undefined;

/** The process's Redis connection when REDIS_URL is set (made on first use), else undefined. */
export function sharedRedis(): Redis | undefined {
  const url = process.env.REDIS_URL?.trim();
  if (!url) return undefined;
  redis ??= connectRedis(url);
  return redis;
}

/**
 * A rate limit of its own (`name` keeps its buckets apart), sized by CERT_RATE_LIMIT_BURST and
 * CERT_RATE_LIMIT_PER_MINUTE (30 and 30): shared by every instance through Redis when REDIS_URL is set,
 * else in this process's memory.
 */
export function endpointLimiter(name: string): RateLimiter {
  const burst = positiveInt(process.env.CERT_RATE_LIMIT_BURST, 30);
  const perMinute = positiveInt(process.env.CERT_RATE_LIMIT_PER_MINUTE, 30);
  const memory = createRateLimiter({ burst, perMinute });
  const store = sharedRedis();
  if (!store) return memory;
  return createSharedLimiter({
    redis: store,
    name,
    burst,
    perMinute,
    fallback: memory,
    warn: (message, fields) => logLine('warn', message, fields),
  });
}

/** CERT_ISSUER_ORIGIN, read once; without it each request's own origin is the module's. */
export const issuerOrigin = configuredIssuerOrigin(process.env.CERT_ISSUER_ORIGIN);

export function originFor(request: Request): string {
  return issuerOrigin ?? requestOrigin(request);
}
