import { mkdtemp, readFile, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { compactVerify, importJWK } from 'jose';
import { describe, expect, it } from 'vitest';
import { generatePrivateJwk, KEY_FILE, loadKeyRing, PREVIOUS_KEYS_FILE } from './keys';
import { compactJws } from './jws';

const tempDir = () => mkdtemp(path.join(tmpdir(), 'cert-keys-'));

describe('loadKeyRing', () => {
  it('with no key configured, makes one in the data folder, says so once, and keeps using it', async () => {
    const dataDir = await tempDir();
    const logs: string[] = [];
    const first = await loadKeyRing({ env: {}, dataDir, log: (m) => logs.push(m) });
    const second = await loadKeyRing({ env: {}, dataDir, log: (m) => logs.push(m) });
    expect(logs).toHaveLength(1);
    expect(logs[0]).toContain('CERT_SIGNING_KEY');
    expect(second.signing.kid).toBe(first.signing.kid);
    const file = path.join(dataDir, KEY_FILE);
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    expect(JSON.parse(await readFile(file, 'utf8'))).toMatchObject({
      kty: 'OKP',
      crv: 'Ed25519',
      d: expect.any(String),
    });
  });

  it('uses CERT_SIGNING_KEY, and publishes only public keys, each with its kid', async () => {
    const jwk = await generatePrivateJwk();
    const old = await generatePrivateJwk();
    const { d: _private, ...oldPublic } = old;
    void _private;
    const dataDir = await tempDir();
    const ring = await loadKeyRing({
      env: { CERT_SIGNING_KEY: JSON.stringify(jwk), CERT_PREVIOUS_PUBLIC_KEYS: JSON.stringify([oldPublic]) },
      dataDir,
      log: () => {},
    });
    expect(ring.signing.kid).toBe(jwk.kid);
    expect(ring.jwks.keys.map((k) => k.kid)).toEqual([jwk.kid, old.kid]);
    expect(JSON.stringify(ring.jwks)).not.toContain('"d"');
    // The published key verifies what the signing key signs.
    const token = compactJws(
      { alg: 'EdDSA', kid: ring.signing.kid },
      '{"name":"Ana"}',
      ring.signing.privateKey,
    );
    await expect(compactVerify(token, await importJWK(ring.jwks.keys[0]!, 'EdDSA'))).resolves.toBeTruthy();
  });

  it('also publishes old public keys kept in the data folder', async () => {
    const dataDir = await tempDir();
    const { d: _d, ...oldPublic } = await generatePrivateJwk();
    void _d;
    await writeFile(path.join(dataDir, PREVIOUS_KEYS_FILE), JSON.stringify([oldPublic]));
    const ring = await loadKeyRing({ env: {}, dataDir, log: () => {} });
    expect(ring.jwks.keys).toHaveLength(2);
  });

  it('refuses a malformed key and a private key among the published ones, without echoing key material', async () => {
    const dataDir = await tempDir();
    await expect(
      loadKeyRing({ env: { CERT_SIGNING_KEY: 'not json' }, dataDir, log: () => {} }),
    ).rejects.toThrow('CERT_SIGNING_KEY is not valid JSON');
    const secret = await generatePrivateJwk();
    await expect(
      loadKeyRing({ env: { CERT_PREVIOUS_PUBLIC_KEYS: JSON.stringify([secret]) }, dataDir, log: () => {} }),
    ).rejects.toThrow(/contains a private key/);
    await expect(
      loadKeyRing({
        env: { CERT_SIGNING_KEY: JSON.stringify({ ...secret, crv: 'P-256' }) },
        dataDir,
        log: () => {},
      }),
    ).rejects.toThrow(/not a private Ed25519 JWK/);
  });

  it.each([
    [{ REDIS_URL: 'redis://127.0.0.1:6379' }, /REDIS_URL is set/],
    [{ DATABASE_URL: 'postgres://db/module' }, /DATABASE_URL is set/],
    [{ FR_INSTANCES: '2' }, /FR_INSTANCES is 2/],
  ])(
    'an instance configured as one of several (%o) refuses to make a key of its own, saying why',
    async (env, why) => {
      const dataDir = await tempDir();
      const error = await loadKeyRing({ env, dataDir, log: () => {} }).then(
        () => null,
        (e: Error) => e,
      );
      expect(error?.message).toMatch(why);
      expect(error?.message).toMatch(/CERT_SIGNING_KEY/);
      // Nothing was written for another instance to pick up by mistake.
      await expect(stat(path.join(dataDir, KEY_FILE))).rejects.toThrow(/ENOENT/);
    },
  );

  it('an instance of several signs with the key it is given, from the environment or a mounted file', async () => {
    const jwk = await generatePrivateJwk();
    const dataDir = await tempDir();
    const fromEnv = await loadKeyRing({
      env: { REDIS_URL: 'redis://r', CERT_SIGNING_KEY: JSON.stringify(jwk) },
      dataDir,
      log: () => {},
    });
    const file = path.join(dataDir, 'mounted-key.json');
    await writeFile(file, JSON.stringify(jwk));
    const fromFile = await loadKeyRing({
      env: { REDIS_URL: 'redis://r', CERT_SIGNING_KEY_FILE: file },
      dataDir,
      log: () => {},
    });
    expect(fromFile.signing.kid).toBe(jwk.kid);
    expect(fromEnv.signing.kid).toBe(jwk.kid);
    await expect(
      loadKeyRing({
        env: { CERT_SIGNING_KEY_FILE: path.join(dataDir, 'absent.json') },
        dataDir,
        log: () => {},
      }),
    ).rejects.toThrow(/CERT_SIGNING_KEY_FILE .*absent\.json.* cannot be read/);
  });
});
