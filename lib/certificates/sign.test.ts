import { CompactSign, SignJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import { CREDENTIAL_JWT_TYPE } from './constants';
import { buildCredential, printedClaims } from './credential';
import { credentialKid, signCredential, signPrintedClaims } from './sign';
import { ORIGIN } from './testing/fixtures';
import { newSigningKey } from '@/lib/signing/testing';

const credential = buildCredential({
  id: 'urn:uuid:3f1c1f6e-5a4b-4d4e-9c1a-2b7f0e8d9a10',
  name: 'José Ñúñez 王小明 محمد',
  scorePct: 93,
  issuedAt: new Date('2026-11-24T10:15:30Z'),
  origin: ORIGIN,
});

describe('signing', () => {
  // Ed25519 signatures are deterministic, so the same key and bytes give the same token.
  it('makes the credential token byte for byte as jose does', async () => {
    const key = await newSigningKey();

    const ours = await signCredential(credential, key);

    const jose = await new SignJWT({ ...credential })
      .setProtectedHeader({ alg: 'EdDSA', kid: credentialKid(ORIGIN, key.kid), typ: CREDENTIAL_JWT_TYPE })
      .setIssuer(credential.issuer.id)
      .setJti(credential.id)
      .setNotBefore(Math.floor(Date.parse(credential.validFrom) / 1000))
      .sign(key.privateKey);
    expect(ours).toBe(jose);
  });

  it('makes the printed claims token byte for byte as jose does', async () => {
    const key = await newSigningKey();
    const claims = printedClaims(credential);

    const ours = await signPrintedClaims(claims, key);

    const jose = await new CompactSign(new TextEncoder().encode(JSON.stringify(claims)))
      .setProtectedHeader({ alg: 'EdDSA', kid: key.kid })
      .sign(key.privateKey);
    expect(ours).toBe(jose);
  });

  it('refuses a key that is not a private Ed25519 key', async () => {
    const key = await newSigningKey();
    const publicKey = (await crypto.subtle.importKey('jwk', key.publicJwk, { name: 'Ed25519' }, true, [
      'verify',
    ])) as CryptoKey;

    await expect(
      signPrintedClaims(printedClaims(credential), { ...key, privateKey: publicKey }),
    ).rejects.toThrow('private Ed25519 key');
  });
});
