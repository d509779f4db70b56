import { expect, test } from '@playwright/test';
import { finalQuestions, finalSlots } from '../content/questions/final';
import { passingAnswers } from './support/certificate';

const JSON_TYPE = { 'content-type': 'application/json' };

test.describe('the certificate signing service', () => {
  test('signs passing answers and publishes the key it signed with', async ({ request }) => {
    const response = await request.post('/api/certificates', {
      headers: JSON_TYPE,
      data: JSON.stringify({ name: 'Дмитрий Иванов', answers: passingAnswers() }),
    });
    expect(response.status()).toBe(200);
    const body = (await response.json()) as { credential: string; claims: { name: string; score: number } };
    expect(body.claims).toMatchObject({ name: 'Дмитрий Иванов', score: 100 });
    const header = JSON.parse(Buffer.from(body.credential.split('.')[0]!, 'base64url').toString()) as {
      kid: string;
      typ: string;
    };
    expect(header.typ).toBe('vc+jwt');
    const jwks = (await (await request.get('/.well-known/jwks.json')).json()) as {
      keys: { kid: string; d?: string }[];
    };
    expect(header.kid.endsWith(`#${jwks.keys[0]!.kid}`)).toBe(true);
    expect(jwks.keys.every((key) => key.d === undefined)).toBe(true);
  });

  test('refuses failing answers with 422, saying the score and the pass mark', async ({ request }) => {
    const wrong = Object.fromEntries(finalQuestions.map((q) => [q.id, (q.answer + 1) % q.options.length]));
    const response = await request.post('/api/certificates', {
      headers: JSON_TYPE,
      data: JSON.stringify({ name: 'Ana Lima', answers: wrong }),
    });
    expect(response.status()).toBe(422);
    expect((await response.json()).error).toMatch(/score is 0%.*at least 80%/);
  });

  test('refuses with 400 a tampered form: an item swapped for another slot’s, so one objective is asked twice', async ({
    request,
  }) => {
    const answers = passingAnswers();
    const [first, second] = finalSlots as [(typeof finalSlots)[number], (typeof finalSlots)[number]];
    delete answers[second.items[0]!.id];
    const other = first.items[1]!;
    answers[other.id] = other.answer;
    const response = await request.post('/api/certificates', {
      headers: JSON_TYPE,
      data: JSON.stringify({ name: 'Ana Lima', answers }),
    });
    expect(response.status()).toBe(400);
    expect(await response.json()).toMatchObject({
      answers: 'invalid',
      error: expect.stringMatching(/^Two answers to the same question of the final check/),
    });
  });

  const bad: [string, string, number, RegExp][] = [
    ['malformed JSON', '{"name": "Ana", "answers": {', 400, /not valid JSON/],
    ['a name of the wrong type', JSON.stringify({ name: 42, answers: {} }), 400, /^name must be a string/],
    [
      'answers of the wrong type',
      JSON.stringify({ name: 'Ana', answers: 'all right' }),
      400,
      /^answers must be/,
    ],
    ['a missing name', JSON.stringify({ answers: {} }), 400, /^name is missing/],
    ['missing answers', JSON.stringify({ name: 'Ana' }), 400, /^answers is missing/],
    [
      'an oversized body',
      JSON.stringify({ name: 'Ana', answers: {}, assignment: 'x'.repeat(20_000) }),
      413,
      /larger than 8192 bytes/,
    ],
  ];
  for (const [what, data, status, message] of bad) {
    test(`answers ${what} with ${status} and a clear message`, async ({ request }) => {
      // A Buffer is sent byte for byte (Playwright would JSON-encode a string that does not parse).
      const response = await request.post('/api/certificates', {
        headers: JSON_TYPE,
        data: Buffer.from(data),
      });
      expect(response.status()).toBe(status);
      expect((await response.json()).error).toMatch(message);
    });
  }

  test('answers a body that is not JSON with 415', async ({ request }) => {
    const response = await request.post('/api/certificates', {
      headers: { 'content-type': 'text/plain' },
      data: 'name=Ana',
    });
    expect(response.status()).toBe(415);
    expect((await response.json()).error).toMatch(/JSON/);
  });

  test('answers with the security headers every API answer carries, as the assignment service does', async ({
    request,
  }) => {
    // The module's server answers the signing route itself (lib/server/); Next answers the assignments one.
    const signed = await request.post('/api/certificates', {
      headers: JSON_TYPE,
      data: JSON.stringify({ name: 'Ana Lima', answers: passingAnswers() }),
    });
    const assigned = await request.post('/api/assignments', { headers: JSON_TYPE, data: '{}' });
    expect([signed.status(), assigned.status()]).toEqual([200, 400]);
    const security = (headers: Record<string, string>) =>
      Object.fromEntries(
        ['content-security-policy', 'x-content-type-options', 'referrer-policy', 'permissions-policy'].map(
          (name) => [name, headers[name]],
        ),
      );
    expect(security(signed.headers())).toEqual(security(assigned.headers()));
    expect(signed.headers()['content-security-policy']).toMatch(
      /^default-src 'none';.*frame-ancestors 'self'/,
    );
    expect(signed.headers()['x-content-type-options']).toBe('nosniff');
  });
});
