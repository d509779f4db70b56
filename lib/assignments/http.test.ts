import { describe, expect, it } from 'vitest';
import type { KeyRing } from '@/lib/signing/keys';
import { createRateLimiter } from '@/lib/http/rate-limit';
import { jwksOf, newSigningKey } from '@/lib/signing/testing';
import { handleAssignmentPost, type AssignmentEndpoint } from './http';
import { assignmentInput } from './testing';
import { verifyAssignmentToken } from './token';

const NOW = new Date('2026-12-01T10:00:00Z');

async function endpoint(overrides: Partial<AssignmentEndpoint> = {}) {
  const key = await newSigningKey();
  const ring: KeyRing = { signing: key, jwks: jwksOf(key) as KeyRing['jwks'] };
  const ep: AssignmentEndpoint = {
    keyRing: async () => ring,
    limiter: createRateLimiter({ burst: 100, perMinute: 100 }),
    origin: () => 'https://learn.example.org',
    now: () => NOW,
    ...overrides,
  };
  return { ep, key };
}

const post = (body: BodyInit, type = 'application/json') =>
  new Request('https://learn.example.org/api/assignments', {
    method: 'POST',
    body,
    headers: { 'content-type': type },
  });

async function send(request: Request, ep: AssignmentEndpoint) {
  const response = await handleAssignmentPost(request, ep);
  return { status: response.status, body: (await response.json()) as Record<string, unknown>, response };
}

describe('POST /api/assignments', () => {
  it('returns a signed link that opens the assignment the educator filled in', async () => {
    const { ep, key } = await endpoint();
    const input = assignmentInput({ passMarkPct: 70, due: '2026-12-15', shareAttitudes: true });
    const { status, body, response } = await send(post(JSON.stringify(input)), ep);
    expect(status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(body.link).toBe(`https://learn.example.org/start?a=${body.token as string}`);
    const checked = await verifyAssignmentToken(body.token as string, jwksOf(key), NOW);
    expect(checked.ok && checked.assignment).toEqual(body.assignment);
    expect(body.assignment).toMatchObject({ ...input, issuedAt: '2026-12-01T10:00:00Z' });
  });

  it('accepts a due date of yesterday in UTC, which is still today west of UTC', async () => {
    const { ep } = await endpoint();
    const { status } = await send(post(JSON.stringify(assignmentInput({ due: '2026-11-30' }))), ep);
    expect(status).toBe(200);
  });

  it('names every wrong field in a 400', async () => {
    const { ep } = await endpoint();
    const { status, body } = await send(
      post(JSON.stringify(assignmentInput({ passMarkPct: 30, lessons: [], due: '2020-01-01' }))),
      ep,
    );
    expect(status).toBe(400);
    expect(Object.keys(body.errors as object).sort()).toEqual(['due', 'lessons', 'passMarkPct']);
    expect(body.error).toContain('The pass mark must be a whole number from 50 to 100.');
  });

  it.each([
    ['not JSON', post('{"course":'), 400],
    ['another content type', post('course=x', 'application/x-www-form-urlencoded'), 415],
    ['an oversized body', post(JSON.stringify({ course: 'x'.repeat(5000) })), 413],
  ])('refuses %s with a message', async (_, request, status) => {
    const { ep } = await endpoint();
    const result = await send(request, ep);
    expect(result.status).toBe(status);
    expect(typeof result.body.error).toBe('string');
  });

  it('slows down a client that makes too many links', async () => {
    const { ep } = await endpoint({ limiter: createRateLimiter({ burst: 1, perMinute: 1 }) });
    expect((await send(post(JSON.stringify(assignmentInput())), ep)).status).toBe(200);
    const second = await send(post(JSON.stringify(assignmentInput())), ep);
    expect(second.status).toBe(429);
    expect(second.response.headers.get('retry-after')).toBeTruthy();
  });

  it('answers 503 and logs when the key cannot be loaded', async () => {
    const logged: string[] = [];
    const { ep } = await endpoint({
      keyRing: () => Promise.reject(new Error('disk gone')),
      logError: (message) => logged.push(message),
    });
    expect((await send(post(JSON.stringify(assignmentInput())), ep)).status).toBe(503);
    expect(logged[0]).toContain('disk gone');
  });
});
