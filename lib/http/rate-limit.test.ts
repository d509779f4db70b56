import { describe, expect, it } from 'vitest';
import { createRateLimiter } from './rate-limit';

function clock() {
  let t = 1_000_000;
  return { now: () => t, advance: (ms: number) => (t += ms) };
}

describe('createRateLimiter', () => {
  it('lets a client make a burst of requests, then refuses with the seconds until the next one', () => {
    const time = clock();
    const limiter = createRateLimiter({ burst: 3, perMinute: 6, now: time.now });
    expect([1, 2, 3].map(() => limiter.take('a').ok)).toEqual([true, true, true]);
    expect(limiter.take('a')).toEqual({ ok: false, retryAfterSeconds: 10 });
    time.advance(4_000);
    expect(limiter.take('a')).toEqual({ ok: false, retryAfterSeconds: 6 });
    time.advance(6_000);
    expect(limiter.take('a')).toEqual({ ok: true });
  });

  it('keeps each client apart', () => {
    const limiter = createRateLimiter({ burst: 1, perMinute: 1, now: clock().now });
    expect(limiter.take('a').ok).toBe(true);
    expect(limiter.take('a').ok).toBe(false);
    expect(limiter.take('b').ok).toBe(true);
  });

  it('forgets clients beyond its limit instead of growing without bound', () => {
    const time = clock();
    const limiter = createRateLimiter({ burst: 1, perMinute: 60, now: time.now, maxClients: 2 });
    limiter.take('a');
    limiter.take('b');
    limiter.take('c');
    // 'a' was forgotten, so it starts with a full bucket again.
    expect(limiter.take('a').ok).toBe(true);
  });
});
