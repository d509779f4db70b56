import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startRedis, type RedisProcess } from '@/lib/testing/redis';
import { createRateLimiter } from './rate-limit';
import { connectRedis, createSharedLimiter } from './shared-limit';

let redis: RedisProcess;
beforeAll(async () => {
  redis = await startRedis();
});
afterAll(() => redis?.stop());

/** One instance's limiter: its own Redis connection, its own fallback, its own log. */
function instance(url: string, name = 'certificates') {
  const connection = connectRedis(url);
  const warnings: string[] = [];
  const limiter = createSharedLimiter({
    redis: connection,
    name,
    burst: 3,
    perMinute: 3,
    fallback: createRateLimiter({ burst: 3, perMinute: 3 }),
    warn: (message) => warnings.push(message),
  });
  return { limiter, warnings, close: () => connection.quit().catch(() => {}) };
}

describe('the shared rate limit', () => {
  it('holds one limit across instances, each endpoint apart', async () => {
    const a = instance(redis.url);
    const b = instance(redis.url);
    const other = instance(redis.url, 'assignments');
    await new Promise((resolve) => setTimeout(resolve, 100));
    const results = [];
    for (const limiter of [a, b, a, b, a]) results.push((await limiter.limiter.take('203.0.113.7')).ok);
    expect(results).toEqual([true, true, true, false, false]);
    const refused = await b.limiter.take('203.0.113.7');
    expect(refused).toMatchObject({ ok: false });
    expect(refused.ok === false && refused.retryAfterSeconds).toBeGreaterThan(0);
    expect((await a.limiter.take('203.0.113.8')).ok).toBe(true);
    expect((await other.limiter.take('203.0.113.7')).ok).toBe(true);
    expect(a.warnings).toEqual([]);
    await Promise.all([a.close(), b.close(), other.close()]);
  });

  it('falls back to this instance’s own limit while Redis is away, says so once, and shares again after', async () => {
    const own = await startRedis();
    const a = instance(own.url);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect((await a.limiter.take('198.51.100.1')).ok).toBe(true);
    await own.stop();
    // Still served, from memory: three more at most (the fallback's own burst), then refused.
    const whileAway = [];
    for (let i = 0; i < 4; i++) whileAway.push((await a.limiter.take('198.51.100.1')).ok);
    expect(whileAway).toEqual([true, true, true, false]);
    expect(a.warnings).toEqual([
      expect.stringMatching(/Redis is unreachable: this instance applies its own rate limit/),
    ]);

    const back = await startRedis(own.port);
    await new Promise((resolve) => setTimeout(resolve, 2_500));
    expect((await a.limiter.take('198.51.100.2')).ok).toBe(true);
    expect(a.warnings.at(-1)).toMatch(/shared again/);
    await a.close();
    await back.stop();
  });
});
