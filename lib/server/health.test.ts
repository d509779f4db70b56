import { describe, expect, it } from 'vitest';
import { healthz, readyz } from './health';

describe('health', () => {
  it('/healthz answers while the process runs, naming the instance', async () => {
    const response = healthz({ instance: 'module-1' });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok', instance: 'module-1' });
  });

  it('/readyz is 200 when every check passes, and 503 naming the one that fails or does not answer', async () => {
    const ok = await readyz({
      instance: 'a',
      checks: [{ name: 'signing key', check: async () => {} }],
      stopping: () => false,
    });
    expect(ok.status).toBe(200);
    expect(await ok.json()).toEqual({ status: 'ready', instance: 'a', checks: { 'signing key': 'ok' } });

    const down = await readyz({
      instance: 'a',
      checks: [
        { name: 'signing key', check: async () => {} },
        { name: 'redis', check: () => Promise.reject(new Error('Connection is closed.')) },
        { name: 'database', check: () => new Promise(() => {}) },
      ],
      stopping: () => false,
      timeoutMs: 50,
    });
    expect(down.status).toBe(503);
    expect(down.headers.get('cache-control')).toBe('no-store');
    expect(await down.json()).toEqual({
      status: 'not ready',
      instance: 'a',
      checks: { 'signing key': 'ok', redis: 'Connection is closed.', database: 'no answer within 50 ms' },
    });
  });

  it('/readyz is 503 once the instance is stopping, so the balancer sends no more', async () => {
    const response = await readyz({ instance: 'a', checks: [], stopping: () => true });
    expect(response.status).toBe(503);
    expect((await response.json()).status).toBe('stopping');
  });
});
