import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generatePrivateJwk, KeyConfigError } from '@/lib/signing/keys';
import { loadToolKey, TOOL_KEY_FILE } from './keys';

const quiet = { log: () => {} };

describe('the tool key', () => {
  it('makes an RS256 key once in data/ and publishes only its public half', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'fr-lti-'));
    const first = await loadToolKey({ env: {}, dataDir, ...quiet });
    const again = await loadToolKey({ env: {}, dataDir, ...quiet });
    expect(again.kid).toBe(first.kid);
    expect(first.publicJwk).toMatchObject({ kty: 'RSA', alg: 'RS256', use: 'sig', kid: first.kid });
    expect(first.publicJwk).not.toHaveProperty('d');
    expect(JSON.parse(readFileSync(path.join(dataDir, TOOL_KEY_FILE), 'utf8'))).toHaveProperty('d');
  });

  it('refuses to make a key of its own on one instance of several', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'fr-lti-'));
    await expect(
      loadToolKey({ env: { DATABASE_URL: 'postgres://db/x' }, dataDir, ...quiet }),
    ).rejects.toThrow(/one of several \(DATABASE_URL is set\).*LTI_SIGNING_KEY/);
  });

  it('refuses an LTI_SIGNING_KEY that is not a private RSA JWK, naming the setting', async () => {
    const ed = JSON.stringify(await generatePrivateJwk());
    const attempt = loadToolKey({ env: { LTI_SIGNING_KEY: ed }, dataDir: '/nonexistent', ...quiet });
    await expect(attempt).rejects.toBeInstanceOf(KeyConfigError);
    await expect(attempt).rejects.toThrow(/LTI_SIGNING_KEY is not a private RSA JWK/);
  });
});
