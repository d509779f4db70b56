import { describe, expect, it } from 'vitest';
import { CLIENT_HEADER } from '@/lib/http/client';
import { finalQuestions, finalSlots } from '@/content/questions/final';
import { slotsFor } from '@/lib/assignments/final-rules';
import { ATTITUDE_ITEMS } from '@/lib/assignments/attitudes';
import { signedAssignment } from '@/lib/assignments/testing';
import { verifyToken } from '@/lib/verify/verify';
import { handleCertificatePost, MAX_BODY_BYTES, type CertificateEndpoint } from './http';
import type { KeyRing } from '@/lib/signing/keys';
import { createRateLimiter } from '@/lib/http/rate-limit';
import { answersWithCorrect, failingAnswers, passingAnswers } from './testing/fixtures';
import { decodeSegment, jwksOf, newSigningKey, segment } from '@/lib/signing/testing';

async function endpoint(overrides: Partial<CertificateEndpoint> = {}): Promise<CertificateEndpoint> {
  const key = await newSigningKey();
  const ring: KeyRing = { signing: key, jwks: jwksOf(key) as KeyRing['jwks'] };
  return {
    keyRing: async () => ring,
    limiter: createRateLimiter({ burst: 100, perMinute: 100 }),
    ...overrides,
  };
}

function post(
  body: BodyInit | null,
  headers: Record<string, string> = { 'content-type': 'application/json' },
) {
  return new Request('http://127.0.0.1:3000/api/certificates', { method: 'POST', body, headers });
}

async function answer(request: Request, ep?: CertificateEndpoint) {
  const response = await handleCertificatePost(request, ep ?? (await endpoint()));
  return { status: response.status, body: (await response.json()) as Record<string, unknown>, response };
}

describe('POST /api/certificates', () => {
  it('signs a credential for passing answers, with the issuer at the request’s origin', async () => {
    const { status, body } = await answer(
      post(JSON.stringify({ name: ' Дмитрий ', answers: passingAnswers() })),
    );
    expect(status).toBe(200);
    expect(body).toMatchObject({
      credential: expect.stringMatching(/^ey[\w-]+\.ey[\w-]+\.[\w-]+$/),
      printed: expect.stringMatching(/^ey[\w-]+\.ey[\w-]+\.[\w-]+$/),
      claims: { name: 'Дмитрий', score: 100 },
      issuer: 'http://127.0.0.1:3000/api/certificates/issuer',
    });
  });

  it('names the issuer at the origin the browser used, as its proxy reports it', async () => {
    const body = JSON.stringify({ name: 'Ana', answers: passingAnswers() });
    const proxied = post(body, {
      'content-type': 'application/json',
      'x-forwarded-host': 'learn.example.org',
      'x-forwarded-proto': 'https',
    });
    expect((await answer(proxied)).body.issuer).toBe('https://learn.example.org/api/certificates/issuer');
  });

  describe('with an assignment', () => {
    async function setUp(overrides: Parameters<typeof signedAssignment>[1] = {}) {
      const key = await newSigningKey();
      const ring: KeyRing = { signing: key, jwks: jwksOf(key) as KeyRing['jwks'] };
      const ep = await endpoint({ keyRing: async () => ring, now: () => new Date('2026-12-01T10:00:00Z') });
      const { token, assignment } = await signedAssignment(key, overrides);
      return { ep, token, assignment, key };
    }

    it('grades at the assignment’s pass mark: just over 70% passes at 70% but not at the default 80%', async () => {
      const { ep, token } = await setUp({ passMarkPct: 70 });
      // The fewest right answers that reach 70% of the whole final check (12 of 17 today: 70%).
      const correct = Math.ceil(finalQuestions.length * 0.7);
      const answers = answersWithCorrect(finalQuestions, correct);
      const withIt = await answer(post(JSON.stringify({ name: 'Ana', answers, assignment: token })), ep);
      expect(withIt.status).toBe(200);
      expect(withIt.body.claims).toMatchObject({
        score: Math.floor((correct * 100) / finalQuestions.length),
        course: 'Clerkship in Internal Medicine, block 3',
      });
      const without = await answer(post(JSON.stringify({ name: 'Ana', answers })), ep);
      expect(without.status).toBe(422);
    });

    it('asks only about the required lessons', async () => {
      const { ep, token } = await setUp({ lessons: ['is-it-ethical'] });
      const asked = slotsFor(finalSlots, ['is-it-ethical']).map((slot) => slot.items[0]!);
      const { status, body } = await answer(
        post(
          JSON.stringify({
            name: 'Ana',
            answers: answersWithCorrect(asked, asked.length),
            assignment: token,
          }),
        ),
        ep,
      );
      expect(status).toBe(200);
      expect(body.claims).toMatchObject({ score: 100 });
    });

    it('refuses a tampered assignment with 400 and says the module still works', async () => {
      const { ep, token } = await setUp({ passMarkPct: 100 });
      const [header, payload, signature] = token.split('.') as [string, string, string];
      const forged = `${header}.${segment({ ...decodeSegment(payload), pass: 50 })}.${signature}`;
      const { status, body } = await answer(
        post(JSON.stringify({ name: 'Ana', answers: passingAnswers(), assignment: forged })),
        ep,
      );
      expect(status).toBe(400);
      expect(body.error).toMatch(/changed after it was made/);
      expect(body.assignment).toBe('invalid');
    });

    it('takes shared attitudes only when the assignment invites them', async () => {
      const item = ATTITUDE_ITEMS[0]!;
      const attitudes = {
        [item.item]: { before: item.before.options[0]!.value, after: item.after.options[1]!.value },
      };
      const closed = await setUp({ shareAttitudes: false });
      const refused = await answer(
        post(JSON.stringify({ name: 'Ana', answers: passingAnswers(), assignment: closed.token, attitudes })),
        closed.ep,
      );
      expect(refused.status).toBe(400);
      expect(refused.body.error).toBe(
        'Attitude answers can be shared only for an assignment that invites it.',
      );

      const open = await setUp({ shareAttitudes: true });
      const shared = await answer(
        post(JSON.stringify({ name: 'Ana', answers: passingAnswers(), assignment: open.token, attitudes })),
        open.ep,
      );
      expect(shared.status).toBe(200);
      const verified = await verifyToken(shared.body.credential as string, {
        keys: jwksOf(open.key),
        issuerOrigin: 'http://127.0.0.1:3000',
        now: new Date('2026-12-01T10:00:00Z'),
      });
      expect(verified).toMatchObject({
        valid: true,
        attitudes,
        assignment: { id: open.assignment.id, course: open.assignment.course, passMarkPct: 80 },
      });
    });

    it('refuses attitudes sent without an assignment', async () => {
      const item = ATTITUDE_ITEMS[0]!;
      const body = JSON.stringify({
        name: 'Ana',
        answers: passingAnswers(),
        attitudes: { [item.item]: { before: item.before.options[0]!.value } },
      });
      expect((await answer(post(body))).body.error).toBe(
        'attitudes: they can be shared only with an assignment.',
      );
    });
  });

  it('signs for any form a draw can serve: the slots’ other items graded as their own', async () => {
    const others = finalSlots.map((slot) => slot.items.at(-1)!);
    const { status, body } = await answer(
      post(JSON.stringify({ name: 'Ana', answers: answersWithCorrect(others, others.length) })),
    );
    expect(status).toBe(200);
    expect(body.claims).toMatchObject({ score: 100 });
  });

  it('refuses with 400 a form no draw serves: two items of one slot, a slot left out, or an unknown item', async () => {
    const slot = finalSlots.find((s) => s.items.length > 1)!;
    const doubled = { ...passingAnswers(), [slot.items[1]!.id]: slot.items[1]!.answer };
    const short = Object.fromEntries(Object.entries(passingAnswers()).slice(1));
    const unknown = { ...short, 'invented-question': 0 };
    for (const answers of [doubled, short, unknown]) {
      const { status, body } = await answer(post(JSON.stringify({ name: 'Ana', answers })));
      expect(status).toBe(400);
      expect(body).toMatchObject({ answers: 'invalid', error: expect.stringMatching(/final check/) });
    }
  });

  it('refuses with 400 a pre-check no start page asks, naming the field', async () => {
    const precheck = { 'invented-question': 0 };
    const { status, body } = await answer(
      post(JSON.stringify({ name: 'Ana', answers: passingAnswers(), precheck })),
    );
    expect(status).toBe(400);
    expect(body).toMatchObject({
      precheck: 'invalid',
      error: expect.stringMatching(/^precheck: .*"invented-question"/),
    });
  });

  it('refuses failing answers with 422, the score and the pass mark', async () => {
    const { status, body } = await answer(post(JSON.stringify({ name: 'Ana', answers: failingAnswers() })));
    expect(status).toBe(422);
    expect(body).toEqual({
      error: `Your final-check score is 0% (0 of ${finalQuestions.length} correct); a certificate needs at least 80%.`,
      scorePct: 0,
      passMarkPct: 80,
    });
  });

  it.each([
    ['not JSON', '{"name": "Ana",', 'The request body is not valid JSON.'],
    ['an empty body', '', 'The request body is empty; send a JSON object.'],
    ['an array', '[]', 'The request body must be a JSON object with name and answers.'],
    ['a missing name', JSON.stringify({ answers: {} }), 'name is missing.'],
    ['a name that is a number', JSON.stringify({ name: 7, answers: {} }), 'name must be a string'],
    ['missing answers', JSON.stringify({ name: 'Ana' }), 'answers is missing.'],
    ['answers as a list', JSON.stringify({ name: 'Ana', answers: [1, 2] }), 'answers must be an object'],
    [
      'an answer that is text',
      JSON.stringify({ name: 'Ana', answers: { q: 'b' } }),
      'answers: each answer must be',
    ],
    [
      'a fractional answer',
      JSON.stringify({ name: 'Ana', answers: { q: 1.5 } }),
      'answers: each answer must be',
    ],
    ['an unknown field', JSON.stringify({ name: 'Ana', answers: {}, score: 100 }), 'Unknown field: score'],
    [
      'an assignment that is not text',
      JSON.stringify({ name: 'Ana', answers: {}, assignment: 1 }),
      'assignment',
    ],
    ['an empty name', JSON.stringify({ name: '  ', answers: {} }), 'name: Enter your name'],
    [
      'a control character',
      JSON.stringify({ name: 'A\u0007na', answers: {} }),
      'name: The name contains a control',
    ],
    [
      'a long name',
      JSON.stringify({ name: 'a'.repeat(101), answers: {} }),
      'name: The name is 101 characters',
    ],
  ])('refuses %s with 400 and a message naming the problem', async (_, body, message) => {
    const result = await answer(post(body));
    expect(result.status).toBe(400);
    expect(result.body.error).toContain(message);
  });

  it('refuses a content type other than JSON with 415', async () => {
    const result = await answer(post('name=Ana', { 'content-type': 'application/x-www-form-urlencoded' }));
    expect(result.status).toBe(415);
    expect(result.body.error).toMatch(/JSON/);
  });

  it('refuses a body over the limit with 413, by its declared length and by the bytes sent', async () => {
    const big = JSON.stringify({ name: 'Ana', answers: {}, assignment: 'x'.repeat(MAX_BODY_BYTES) });
    expect((await answer(post(big))).status).toBe(413);
    // A body that declares a small length but sends more.
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < 10; i++) controller.enqueue(new TextEncoder().encode('x'.repeat(1024)));
        controller.close();
      },
    });
    const lying = new Request('http://127.0.0.1:3000/api/certificates', {
      method: 'POST',
      body: stream,
      headers: { 'content-type': 'application/json', 'content-length': '10' },
      duplex: 'half',
    } as RequestInit);
    const result = await answer(lying);
    expect(result.status).toBe(413);
    expect(result.body.error).toBe(`The request body is larger than ${MAX_BODY_BYTES} bytes.`);
  });

  it('limits each client’s rate with 429 and Retry-After', async () => {
    const ep = await endpoint({ limiter: createRateLimiter({ burst: 2, perMinute: 2 }) });
    const body = JSON.stringify({ name: 'Ana', answers: passingAnswers() });
    const from = (ip: string) => post(body, { 'content-type': 'application/json', [CLIENT_HEADER]: ip });
    expect((await answer(from('10.0.0.1'), ep)).status).toBe(200);
    expect((await answer(from('10.0.0.1'), ep)).status).toBe(200);
    const limited = await answer(from('10.0.0.1'), ep);
    expect(limited.status).toBe(429);
    expect(limited.response.headers.get('retry-after')).toBe('30');
    expect((await answer(from('10.0.0.2'), ep)).status).toBe(200);
  });

  it('says the service is unavailable, without details, when the key cannot be loaded', async () => {
    const logged: string[] = [];
    const ep = await endpoint({
      keyRing: () => Promise.reject(new Error('CERT_SIGNING_KEY is not valid JSON')),
      logError: (m) => logged.push(m),
    });
    const result = await answer(post(JSON.stringify({ name: 'Ana', answers: passingAnswers() })), ep);
    expect(result.status).toBe(503);
    expect(JSON.stringify(result.body)).not.toContain('CERT_SIGNING_KEY');
    expect(logged[0]).toContain('CERT_SIGNING_KEY is not valid JSON');
    expect(logged[0]).not.toContain('Ana');
  });
});
