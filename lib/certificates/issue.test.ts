import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { finalQuestions, finalSlots } from '@/content/questions/final';
import { drawForm } from '@/lib/grading/draw';
import { DEFAULT_PASS_MARK_PCT, grade } from '@/lib/grading/grade';
import { drawPrecheck } from '@/lib/grading/precheck';
import { issueCertificate } from './issue';
import { failingAnswers, ORIGIN, passingAnswers } from './testing/fixtures';
import { decodeSegment, jwksOf, newSigningKey } from '@/lib/signing/testing';
import { verifyToken } from '@/lib/verify/verify';
import { answersWithCorrect } from './testing/fixtures';

const context = async () => ({
  key: await newSigningKey(),
  origin: ORIGIN,
  now: new Date('2026-11-24T10:15:30.789Z'),
  newId: () => '3f1c1f6e-5a4b-4d4e-9c1a-2b7f0e8d9a10',
});

describe('issueCertificate', () => {
  it('signs an Open Badges 3.0 credential with every required VC 2.0 and OB 3.0 field', async () => {
    const outcome = await issueCertificate(
      { name: 'José Ñúñez 王小明', answers: passingAnswers() },
      await context(),
    );
    expect(outcome.kind).toBe('issued');
    if (outcome.kind !== 'issued') return;
    const [header, payload] = outcome.credential
      .split('.')
      .map((part, i) => (i < 2 ? decodeSegment(part) : part));
    expect(header).toEqual({
      alg: 'EdDSA',
      typ: 'vc+jwt',
      kid: expect.stringMatching(/^https:\/\/module\.example\/\.well-known\/jwks\.json#[A-Za-z0-9_-]{43}$/),
    });
    expect(payload).toMatchObject({
      '@context': [
        'https://www.w3.org/ns/credentials/v2',
        'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json',
      ],
      id: 'urn:uuid:3f1c1f6e-5a4b-4d4e-9c1a-2b7f0e8d9a10',
      type: ['VerifiableCredential', 'OpenBadgeCredential'],
      issuer: { id: `${ORIGIN}/api/certificates/issuer`, type: ['Profile'], name: expect.any(String) },
      validFrom: '2026-11-24T10:15:30Z',
      name: expect.stringContaining('Certificate of completion'),
      credentialSubject: {
        type: ['AchievementSubject'],
        identifier: [
          { type: 'IdentityObject', identityType: 'name', hashed: false, identityHash: 'José Ñúñez 王小明' },
        ],
        achievement: {
          id: `${ORIGIN}/api/certificates/achievement`,
          type: ['Achievement'],
          name: 'Friend Request? Patients, physicians and online social networks',
          description: expect.stringContaining('No CME credit is offered.'),
          criteria: { narrative: expect.any(String) },
        },
        result: [{ type: ['Result'], value: '100' }],
      },
      // OB 3.0 §8.2: registered claims mapped from the credential.
      iss: `${ORIGIN}/api/certificates/issuer`,
      jti: 'urn:uuid:3f1c1f6e-5a4b-4d4e-9c1a-2b7f0e8d9a10',
      nbf: Date.parse('2026-11-24T10:15:30Z') / 1000,
    });
    expect(payload).not.toHaveProperty('sub');
    expect(outcome.claims).toEqual({ name: 'José Ñúñez 王小明', score: 100, date: '2026-11-24' });
  });

  it('scores exactly as the browser’s grade() does for the same answers', async () => {
    const ctx = await context();
    const answerSets = [passingAnswers()];
    // Every way of getting one question wrong, for banks large enough that one miss still passes.
    for (const q of finalQuestions)
      answerSets.push({ ...passingAnswers(), [q.id]: (q.answer + 1) % q.options.length });
    for (const answers of answerSets) {
      const browser = grade(finalQuestions, answers, DEFAULT_PASS_MARK_PCT);
      const outcome = await issueCertificate({ name: 'Ana', answers }, ctx);
      if (browser.passed) {
        expect(outcome).toMatchObject({ kind: 'issued', claims: { score: browser.scorePct } });
      } else {
        expect(outcome).toEqual({
          kind: 'not-passed',
          scorePct: browser.scorePct,
          passMarkPct: DEFAULT_PASS_MARK_PCT,
          correct: browser.correct,
          total: browser.total,
        });
      }
    }
  });

  it('refuses failing answers, with the score and the pass mark', async () => {
    const outcome = await issueCertificate({ name: 'Ana', answers: failingAnswers() }, await context());
    expect(outcome).toEqual({
      kind: 'not-passed',
      scorePct: 0,
      passMarkPct: 80,
      correct: 0,
      total: finalQuestions.length,
    });
  });

  it('records which items the attempt asked and whether each was right, as the verifier reads them back', async () => {
    const asked = finalSlots.map((slot) => slot.items.at(-1)!);
    const answers = answersWithCorrect(asked, asked.length - 2);
    const ctx = await context();
    const outcome = await issueCertificate({ name: 'Ana', answers }, ctx);
    expect(outcome.kind).toBe('issued');
    if (outcome.kind !== 'issued') return;
    const verified = await verifyToken(outcome.credential, {
      keys: jwksOf(ctx.key),
      issuerOrigin: ORIGIN,
      now: ctx.now,
    });
    expect(verified).toMatchObject({
      valid: true,
      items: asked.map((item, i) => ({ id: item.id, correct: i < asked.length - 2 })),
    });
  });

  it('records the pre-check beside the score, never in it, as the verifier reads it back', async () => {
    const seen = drawPrecheck(finalSlots, () => 0.5);
    const precheck = answersWithCorrect(seen, 2);
    const asked = drawForm(finalSlots, { earlier: seen.map((item) => item.id) }, () => 0.5);
    const ctx = await context();

    const outcome = await issueCertificate(
      { name: 'Ana', answers: answersWithCorrect(asked, asked.length), precheck },
      ctx,
    );

    expect(outcome.kind).toBe('issued');
    if (outcome.kind !== 'issued') return;
    expect(outcome.claims.score).toBe(100);
    const verified = await verifyToken(outcome.credential, {
      keys: jwksOf(ctx.key),
      issuerOrigin: ORIGIN,
      now: ctx.now,
    });
    expect(verified).toMatchObject({
      valid: true,
      scorePct: 100,
      precheck: seen.map((item, i) => ({ id: item.id, correct: i < 2 })),
    });
    const evidence = verified.valid ? verified.credential!.evidence! : [];
    expect(evidence.map((entry) => entry.description).join(' ')).toContain(
      `2 of ${seen.length} answered correctly, beside 100% on the final check`,
    );
  });

  it('refuses a pre-check no start page asks, signing nothing', async () => {
    const [first, second] = finalSlots.filter((slot) => slot.lesson === finalSlots[0]!.lesson);
    const precheck = { [first!.items[0]!.id]: 0, [second!.items[0]!.id]: 0 };

    const outcome = await issueCertificate(
      { name: 'Ana', answers: passingAnswers(), precheck },
      await context(),
    );

    expect(outcome).toEqual({
      kind: 'bad-precheck',
      message: expect.stringContaining('two questions of one lesson'),
    });
  });

  it('refuses an empty set of answers as no form of the final check, signing nothing', async () => {
    const outcome = await issueCertificate({ name: 'Ana', answers: {} }, await context());
    expect(outcome).toEqual({ kind: 'bad-form', message: expect.stringMatching(/leave out \d+ questions/) });
  });
});

describe('issueCertificate for a learner of the five-lesson course', () => {
  const read = (...parts: string[]) => readFileSync(path.join(__dirname, '..', ...parts), 'utf8');
  const learner = JSON.parse(read('progress', 'fixtures', 'v2-finished-course.json')) as {
    finalCheck: { answers: Record<string, number>; scorePct: number };
  };
  const issued = JSON.parse(read('verify', 'fixtures', 'five-lesson-certificates.json')) as {
    publicJwk: Record<string, unknown>;
    assigned: { credential: string };
  };
  const evidence = decodeSegment(issued.assigned.credential.split('.')[1]!).evidence as Array<{ id: string }>;
  const fiveLessonLink = new URL(evidence[0]!.id).searchParams.get('a')!;
  const at = async () => ({
    ...(await context()),
    keys: { keys: [issued.publicJwk] },
    now: new Date('2026-03-02T19:00:00Z'),
  });

  it('signs with the five-lesson link from the answers given then, at the score they earned', async () => {
    const outcome = await issueCertificate(
      { name: 'Amaka Eze', answers: learner.finalCheck.answers, assignment: fiveLessonLink },
      await at(),
    );

    expect(outcome).toMatchObject({
      kind: 'issued',
      claims: { score: learner.finalCheck.scorePct, course: 'Clerkship in Internal Medicine, block 3' },
    });
  });

  it('asks without a link for the sixth lesson’s questions too, which those answers do not cover', async () => {
    const outcome = await issueCertificate(
      { name: 'Amaka Eze', answers: learner.finalCheck.answers },
      await at(),
    );

    const answered = Object.keys(learner.finalCheck.answers).length;
    const missing = finalSlots.length - answered;
    expect(missing).toBeGreaterThan(0);
    // Not a form of today's check: refused, and nothing is signed.
    expect(outcome).toEqual({
      kind: 'bad-form',
      message: expect.stringContaining(`leave out ${missing} questions`),
    });
  });
});
