import { describe, expect, it } from 'vitest';
import { signPrintedClaims } from '@/lib/certificates/sign';
import { decodeSegment, jwksOf, newSigningKey, segment } from '@/lib/signing/testing';
import { signedAssignment } from './testing';
import { decodeAssignmentToken, tokenFromLink } from './claims';
import { verifyAssignmentToken } from './token';

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
