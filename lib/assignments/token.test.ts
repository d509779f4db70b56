import { readFileSync } from 'node:fs';
import path from 'node:path';
import { SignJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import type { LessonSlug } from '@/content/lessons/order';
import { finalQuestionsByLesson, finalSlots } from '@/content/questions/final';
import { signPrintedClaims } from '@/lib/certificates/sign';
import { decodeSegment, jwksOf, newSigningKey, segment } from '@/lib/signing/testing';
import { checkAssignmentInput } from './assignment';
import { assignmentInput, signedAssignment } from './testing';
import { decodeAssignmentToken, tokenFromLink } from './claims';
import { finalRules, slotsFor } from './final-rules';
import { ASSIGNMENT_JWT_TYPE, verifyAssignmentToken } from './token';

const MADE = new Date('2026-11-20T09:00:00Z');
const LATER = new Date('2026-12-01T12:00:00Z');

describe('assignment tokens', () => {
  it('verify with the published keys and give back what the educator set', async () => {
    const key = await newSigningKey();
    const { token, assignment } = await signedAssignment(key, { passMarkPct: 70, due: '2026-12-15' }, MADE);
    const checked = await verifyAssignmentToken(token, jwksOf(key), LATER);
    expect(checked).toEqual({ ok: true, assignment });
    expect(assignment).toMatchObject({
      passMarkPct: 70,
      due: '2026-12-15',
      issuedAt: '2026-11-20T09:00:00Z',
      expiresAt: '2027-11-20T09:00:00Z',
    });
    expect(assignment.id).toMatch(/^[A-Za-z0-9_-]{16}$/);
  });

  it('stay short enough for a QR code', async () => {
    const { token } = await signedAssignment(await newSigningKey());
    expect(token.length).toBeLessThan(700);
  });

  it('refuse a link whose pass mark was changed', async () => {
    const key = await newSigningKey();
    const { token } = await signedAssignment(key, { passMarkPct: 90 }, MADE);
    const [header, payload, signature] = token.split('.') as [string, string, string];
    const lowered = segment({ ...decodeSegment(payload), pass: 50 });
    const checked = await verifyAssignmentToken(`${header}.${lowered}.${signature}`, jwksOf(key), LATER);
    expect(checked).toMatchObject({ ok: false, problem: 'tampered' });
    expect(!checked.ok && checked.message).toMatch(/changed after it was made.*on your own/);
  });

  it('refuse an expired link and say when it expired', async () => {
    const key = await newSigningKey();
    const { token } = await signedAssignment(key, {}, MADE);
    const checked = await verifyAssignmentToken(token, jwksOf(key), new Date('2027-11-21T00:00:00Z'));
    expect(checked).toMatchObject({ ok: false, problem: 'expired' });
    expect(!checked.ok && checked.message).toContain('expired on 2027-11-20');
  });

  it('refuse a token signed by a key the module does not publish', async () => {
    const { token } = await signedAssignment(await newSigningKey(), {}, MADE);
    const checked = await verifyAssignmentToken(token, jwksOf(await newSigningKey()), LATER);
    expect(checked).toMatchObject({ ok: false, problem: 'unknown-key' });
  });

  it('refuse another of the module’s signed tokens passed off as an assignment', async () => {
    const key = await newSigningKey();
    const printed = await signPrintedClaims({ name: 'Ana', score: 100, date: '2026-11-24' }, key);
    expect(await verifyAssignmentToken(printed, jwksOf(key), LATER)).toMatchObject({
      ok: false,
      problem: 'malformed',
    });
  });

  it.each(['', 'abc', 'a.b', 'a.b.c', '%%%.%%%.%%%', 'x'.repeat(3000)])(
    'refuse a malformed token (%j) with a message',
    async (token) => {
      const checked = await verifyAssignmentToken(token, jwksOf(await newSigningKey()), LATER);
      expect(checked.ok).toBe(false);
      expect(!checked.ok && checked.message).toMatch(/You can still take the module on your own/);
    },
  );

  it('can be read without jose once checked, and nothing else reads as one', async () => {
    const { token, assignment } = await signedAssignment(await newSigningKey(), {}, MADE);
    expect(decodeAssignmentToken(token)).toEqual(assignment);
    expect(decodeAssignmentToken('a.b.c')).toBeNull();
    expect(decodeAssignmentToken(`a.${segment({ aid: 'short' })}.c`)).toBeNull();
  });

  it('are found in a full link or on their own', () => {
    expect(tokenFromLink('https://module.example/start?a=aa.bb.cc')).toBe('aa.bb.cc');
    expect(tokenFromLink('  aa.bb.cc ')).toBe('aa.bb.cc');
    expect(tokenFromLink('https://module.example/start')).toBeNull();
  });
});

describe('links made for the five-lesson course', () => {
  const FIVE = [
    'the-study',
    'who-is-online',
    'when-patients-knock',
    'is-it-ethical',
    'guidance-and-practice',
  ];
  // A link signed for the five-lesson course, as it travels in a certificate of that course.
  const issued = JSON.parse(
    readFileSync(path.join(__dirname, '..', 'verify', 'fixtures', 'five-lesson-certificates.json'), 'utf8'),
  ) as { publicJwk: Record<string, unknown>; assigned: { credential: string } };
  const evidence = decodeSegment(issued.assigned.credential.split('.')[1]!).evidence as Array<{ id: string }>;
  const oldLink = tokenFromLink(evidence[0]!.id)!;
  const oldKeys = { keys: [issued.publicJwk] };
  const WHILE_VALID = new Date('2026-03-01T12:00:00Z');

  it('opens a link naming the five lessons with exactly those five, not the sixth', async () => {
    const checked = await verifyAssignmentToken(oldLink, oldKeys, WHILE_VALID);

    expect(checked.ok).toBe(true);
    if (!checked.ok) return;
    expect(checked.assignment.lessons).toEqual(FIVE);
    expect(checked.assignment.lessons).not.toContain('guidance-since-2013');
    // What the learner's progress reads back from the stored link.
    expect(decodeAssignmentToken(oldLink)?.lessons).toEqual(FIVE);
  });

  it('asks that link’s final check about the five lessons only, with the questions it asked before', async () => {
    const checked = await verifyAssignmentToken(oldLink, oldKeys, WHILE_VALID);
    if (!checked.ok) throw new Error(checked.message);

    const asked = slotsFor(finalSlots, finalRules(checked.assignment).lessons);

    expect(new Set(asked.map((slot) => slot.lesson))).toEqual(new Set(FIVE));
    // The questions it asked before are each the first item of one of these slots.
    expect(asked.map((slot) => slot.items[0]!.id)).toEqual(
      FIVE.flatMap((slug) => finalQuestionsByLesson[slug as LessonSlug].map((q) => q.id)),
    );
    expect(asked.length).toBeLessThan(finalSlots.length);
  });

  it('represents “all lessons” by naming each one, so a link made with every box ticked keeps its five', async () => {
    // The builder's default is every lesson, ticked one by one; the form sends and the link carries the list.
    const checkedInput = checkAssignmentInput({ ...assignmentInput(), lessons: FIVE }, '2026-02-01');
    expect(checkedInput).toMatchObject({ ok: true, input: { lessons: FIVE } });
    const key = await newSigningKey();
    const { token } = await signedAssignment(key, { lessons: FIVE as LessonSlug[] }, MADE);
    expect(decodeSegment(token.split('.')[1]!).lessons).toEqual(FIVE);
    expect(decodeAssignmentToken(token)?.lessons).toEqual(FIVE);
  });

  it('refuses a signed token with no list of lessons, or an empty one, rather than read it as every lesson', async () => {
    const key = await newSigningKey();
    const { token } = await signedAssignment(key, {}, MADE);
    const claims = decodeSegment(token.split('.')[1]!);
    for (const lessons of [undefined, []]) {
      const payload = { ...claims, lessons };
      if (lessons === undefined) delete payload.lessons;
      const unlisted = await new SignJWT(payload)
        .setProtectedHeader({ alg: 'EdDSA', kid: key.kid, typ: ASSIGNMENT_JWT_TYPE })
        .sign(key.privateKey);
      expect(
        await verifyAssignmentToken(unlisted, jwksOf(key), LATER),
        JSON.stringify(lessons),
      ).toMatchObject({
        ok: false,
        problem: 'malformed',
      });
      expect(decodeAssignmentToken(unlisted)).toBeNull();
    }
  });
});
