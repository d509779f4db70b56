import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lessonOrder } from '@/content/lessons/order';
import { buildCredential } from '@/lib/certificates/credential';
import { issueCertificate } from '@/lib/certificates/issue';
import { signCredential, signPrintedClaims } from '@/lib/certificates/sign';
import type { SigningKey } from '@/lib/signing/jws';
import { ORIGIN, passingAnswers } from '@/lib/certificates/testing/fixtures';
import { decodeSegment, jwksOf, newSigningKey, segment } from '@/lib/signing/testing';
import { envelopeCredential } from './find-token';
import { verifyFile, verifyText, verifyToken } from './verify';

async function issued(key: SigningKey, name = 'Ολυμπία Παπαδοπούλου') {
  const outcome = await issueCertificate(
    { name, answers: passingAnswers() },
    {
      key,
      origin: ORIGIN,
      now: new Date('2026-11-24T10:15:30Z'),
      newId: () => '0d7c5a52-7a0b-4b43-8f0e-3c2f1d9e8b71',
    },
  );
  if (outcome.kind !== 'issued') throw new Error('expected a pass');
  return outcome;
}

const options = (...keys: SigningKey[]) => ({
  keys: jwksOf(...keys),
  issuerOrigin: ORIGIN,
  now: new Date('2026-11-25T00:00:00Z'),
});

/** Replaces one character of a string at `index` with a different base64url character. */
function changeCharAt(text: string, index: number): string {
  const replacement = text[index] === 'A' ? 'B' : 'A';
  return text.slice(0, index) + replacement + text.slice(index + 1);
}

describe('verifyToken', () => {
  it('accepts a credential it signed, and reads who, what, when and the score', async () => {
    const key = await newSigningKey();
    const { credential } = await issued(key);
    const result = await verifyToken(credential, options(key));
    expect(result).toMatchObject({
      valid: true,
      kind: 'credential',
      name: 'Ολυμπία Παπαδοπούλου',
      scorePct: 100,
      date: '2026-11-24',
      kid: key.kid,
      credentialId: 'urn:uuid:0d7c5a52-7a0b-4b43-8f0e-3c2f1d9e8b71',
      issuer: { id: `${ORIGIN}/api/certificates/issuer` },
    });
  });

  it('accepts the printed claims of the QR code', async () => {
    const key = await newSigningKey();
    const { printed } = await issued(key);
    expect(await verifyToken(printed, options(key))).toEqual({
      valid: true,
      kind: 'printed-claims',
      name: 'Ολυμπία Παπαδοπούλου',
      scorePct: 100,
      date: '2026-11-24',
      kid: key.kid,
    });
  });

  it('rejects a credential whose payload was changed as tampered', async () => {
    const key = await newSigningKey();
    const [h, p, s] = (await issued(key)).credential.split('.') as [string, string, string];
    const payload = decodeSegment(p);
    const subject = payload.credentialSubject as { result: { value: string }[] };
    subject.result[0]!.value = '100';
    payload.validFrom = '2020-01-01T00:00:00Z';
    const forged = [h, segment(payload), s].join('.');
    expect(await verifyToken(forged, options(key))).toMatchObject({ valid: false, reason: 'tampered' });

    const renamed = { ...decodeSegment(p), name: 'Another name' };
    expect(await verifyToken([h, segment(renamed), s].join('.'), options(key))).toMatchObject({
      valid: false,
      reason: 'tampered',
    });
  });

  it('rejects a changed signature, a changed header and a changed printed claim as tampered', async () => {
    const key = await newSigningKey();
    const { credential, printed } = await issued(key);
    const [h, p, s] = credential.split('.') as [string, string, string];
    expect(await verifyToken(`${h}.${p}.${changeCharAt(s, 10)}`, options(key))).toMatchObject({
      reason: 'tampered',
    });
    const header = { ...decodeSegment(h), typ: 'vc+jwt', cty: 'vc' };
    expect(await verifyToken(`${segment(header)}.${p}.${s}`, options(key))).toMatchObject({
      reason: 'tampered',
    });

    const [ph, pp, ps] = printed.split('.') as [string, string, string];
    const claims = { ...decodeSegment(pp), score: 99 };
    expect(await verifyToken(`${ph}.${segment(claims)}.${ps}`, options(key))).toMatchObject({
      reason: 'tampered',
    });
  });

  it('rejects a key id the module does not publish as an unknown key', async () => {
    const key = await newSigningKey();
    const [h, p, s] = (await issued(key)).credential.split('.') as [string, string, string];
    const header = decodeSegment(h);
    const otherKid = { ...header, kid: `${ORIGIN}/.well-known/jwks.json#not-a-published-key` };
    expect(await verifyToken(`${segment(otherKid)}.${p}.${s}`, options(key))).toMatchObject({
      valid: false,
      reason: 'unknown-key',
    });
    const elsewhere = { ...header, kid: `https://keys.example/jwks.json#${key.kid}` };
    expect(await verifyToken(`${segment(elsewhere)}.${p}.${s}`, options(key))).toMatchObject({
      reason: 'unknown-key',
    });
  });

  it('rejects a token signed by another key: unknown under its own kid, tampered under a published kid', async () => {
    const key = await newSigningKey();
    const stranger = await newSigningKey();
    const { credential } = await issued(stranger);
    expect(await verifyToken(credential, options(key))).toMatchObject({
      valid: false,
      reason: 'unknown-key',
    });

    // The stranger's signature under the published key's id.
    const impostor = { ...stranger, kid: key.kid };
    const forged = await issued(impostor);
    expect(await verifyToken(forged.credential, options(key))).toMatchObject({
      valid: false,
      reason: 'tampered',
    });
    expect(await verifyToken(forged.printed, options(key))).toMatchObject({
      valid: false,
      reason: 'tampered',
    });
  });

  it('rejects a credential of another issuer', async () => {
    const key = await newSigningKey();
    const other = buildCredential({
      id: 'urn:uuid:1',
      name: 'Ana',
      scorePct: 100,
      issuedAt: new Date('2026-11-24T00:00:00Z'),
      origin: 'https://other.example',
    });
    const token = await signCredential(other, key);
    const result = await verifyToken(token, options(key));
    expect(result).toMatchObject({ valid: false, reason: 'other-issuer' });
    expect(!result.valid && result.message).toContain('https://other.example/api/certificates/issuer');
  });

  it('rejects a signed credential for another achievement as not of this module', async () => {
    const key = await newSigningKey();
    const credential = buildCredential({
      id: 'urn:uuid:2',
      name: 'Ana',
      scorePct: 100,
      issuedAt: new Date('2026-11-24T00:00:00Z'),
      origin: ORIGIN,
    });
    credential.credentialSubject.achievement.id = 'https://module.example/another-course';
    expect(await verifyToken(await signCredential(credential, key), options(key))).toMatchObject({
      valid: false,
      reason: 'not-this-module',
    });
    const claims = await signPrintedClaims({ name: 'Ana', score: 180, date: '2026-11-24' }, key);
    expect(await verifyToken(claims, options(key))).toMatchObject({ reason: 'not-this-module' });
  });

  it('rejects malformed tokens and other algorithms', async () => {
    const key = await newSigningKey();
    const [, p] = (await issued(key)).credential.split('.') as [string, string];
    const none = `${segment({ alg: 'none', typ: 'vc+jwt' })}.${p}.`;
    expect(await verifyToken(none, options(key))).toMatchObject({ reason: 'malformed' });
    expect(await verifyToken('abc.def', options(key))).toMatchObject({ reason: 'malformed' });
    expect(await verifyToken(`${segment({ alg: 'EdDSA' })}.bm90IGpzb24.c2ln`, options(key))).toMatchObject({
      reason: 'malformed',
    });
  });
});

describe('verifyText and verifyFile', () => {
  it('read a pasted code with line breaks, a verification link and a credential file', async () => {
    const key = await newSigningKey();
    const { credential, printed } = await issued(key, 'محمد');
    const wrapped = credential.replace(/(.{76})/g, '$1\n');
    expect(await verifyText(wrapped, options(key))).toMatchObject({ valid: true, name: 'محمد' });
    expect(await verifyText(`${ORIGIN}/verify#c=${printed}`, options(key))).toMatchObject({
      valid: true,
      kind: 'printed-claims',
    });
    const file = new TextEncoder().encode(JSON.stringify(envelopeCredential(credential), null, 2));
    expect(await verifyFile(file, options(key))).toMatchObject({ valid: true, kind: 'credential' });
  });

  it('say plainly when there is no certificate in the input', async () => {
    const key = await newSigningKey();
    expect(await verifyText('hello', options(key))).toMatchObject({ valid: false, reason: 'malformed' });
    expect(await verifyText('{"name":"x"}', options(key))).toMatchObject({
      valid: false,
      reason: 'malformed',
    });
    expect(await verifyFile(new Uint8Array([0xff, 0xfe, 0x00]), options(key))).toMatchObject({
      valid: false,
      reason: 'malformed',
    });
    expect(await verifyFile(new TextEncoder().encode('%PDF-1.7 broken'), options(key))).toMatchObject({
      valid: false,
      reason: 'malformed',
    });
  });
});

describe('certificates issued for the five-lesson course', () => {
  interface Issued {
    credential: string;
    printed: string;
  }
  const issuedBefore = JSON.parse(
    readFileSync(path.join(__dirname, 'fixtures', 'five-lesson-certificates.json'), 'utf8'),
  ) as {
    origin: string;
    publicJwk: Record<string, unknown>;
    plain: Issued;
    assigned: Issued & { lessons: string[] };
  };
  const before = {
    keys: { keys: [issuedBefore.publicJwk] },
    issuerOrigin: issuedBefore.origin,
    now: new Date(),
  };

  it('still verify now that the course has a sixth lesson: the credential and its QR code', async () => {
    expect(lessonOrder).toHaveLength(6);
    expect(await verifyToken(issuedBefore.plain.credential, before)).toMatchObject({
      valid: true,
      kind: 'credential',
      name: 'Amaka Eze',
      scorePct: 86,
      date: '2026-03-02',
    });
    expect(await verifyToken(issuedBefore.plain.printed, before)).toMatchObject({
      valid: true,
      kind: 'printed-claims',
      scorePct: 86,
    });
  });

  it('still verify for an assignment that named five lessons, with its course and pass mark', async () => {
    expect(issuedBefore.assigned.lessons).toEqual(lessonOrder.slice(0, 5));
    const result = await verifyToken(issuedBefore.assigned.credential, before);
    expect(result).toMatchObject({
      valid: true,
      course: 'Clerkship in Internal Medicine, block 3',
      assignment: { course: 'Clerkship in Internal Medicine, block 3', passMarkPct: 80, due: '2026-03-15' },
    });
    expect(await verifyToken(issuedBefore.assigned.printed, before)).toMatchObject({
      valid: true,
      course: 'Clerkship in Internal Medicine, block 3',
      assignment: { due: '2026-03-15' },
    });
  });

  it('still verify from a pasted code or a credential file, as the class review reads them', async () => {
    const file = new TextEncoder().encode(
      JSON.stringify(envelopeCredential(issuedBefore.assigned.credential)),
    );
    expect(await verifyText(issuedBefore.assigned.credential, before)).toMatchObject({ valid: true });
    expect(await verifyFile(file, before)).toMatchObject({ valid: true, scorePct: 86 });
  });

  it('are still refused when changed: the fixture is checked, not merely read', async () => {
    const [h, p, s] = issuedBefore.assigned.credential.split('.') as [string, string, string];
    const raised = { ...decodeSegment(p), name: 'Certificate of completion, with distinction' };
    expect(await verifyToken([h, segment(raised), s].join('.'), before)).toMatchObject({
      valid: false,
      reason: 'tampered',
    });
  });
});
