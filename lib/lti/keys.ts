import 'server-only';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { calculateJwkThumbprint, importJWK, type JWK } from 'jose';
import { logLine } from '@/lib/log/log';
import { KeyConfigError, severalInstancesReason, type KeySources } from '@/lib/signing/keys';
import { generateToolJwk } from './tool-jwk';

/*
 * The tool's RS256 key: LTI 1.3 platforms verify RS256 only (the certificates' Ed25519 key would be refused).
 * It signs the deep-linking responses and the client-credentials assertions of grade posts, and its public
 * half is published with the certificate keys at /.well-known/jwks.json. LTI_SIGNING_KEY holds a private
 * RSA JWK as JSON; without it the key is made once in data/ — except on an instance of several, which
 * refuses (a platform holds one key set for the tool).
 */

export interface ToolKey {
  kid: string;
  privateKey: CryptoKey;
  publicKey: CryptoKey;
  publicJwk: JWK;
}

export const TOOL_KEY_FILE = 'lti-signing-key.json';

async function fromJson(text: string, where: string): Promise<ToolKey> {
  let jwk: JWK;
  try {
    jwk = JSON.parse(text) as JWK;
  } catch {
    throw new KeyConfigError(`${where} is not valid JSON (expected a private RSA JWK).`);
  }
  if (jwk?.kty !== 'RSA' || typeof jwk.n !== 'string' || typeof jwk.d !== 'string') {
    throw new KeyConfigError(`${where} is not a private RSA JWK (kty RSA with n, e and d).`);
  }
  let privateKey: CryptoKey;
  try {
    privateKey = (await importJWK({ ...jwk, alg: 'RS256' }, 'RS256')) as CryptoKey;
  } catch {
    throw new KeyConfigError(`${where} holds key material that does not import as RS256.`);
  }
  const publicPart = { kty: 'RSA', n: jwk.n, e: jwk.e! };
  const kid = jwk.kid ?? (await calculateJwkThumbprint(publicPart));
  const publicKey = (await importJWK({ ...publicPart, alg: 'RS256' }, 'RS256')) as CryptoKey;
  return { kid, privateKey, publicKey, publicJwk: { ...publicPart, kid, alg: 'RS256', use: 'sig' } };
}

export async function loadToolKey({ env, dataDir, log }: KeySources): Promise<ToolKey> {
  const fromEnv = env.LTI_SIGNING_KEY?.trim();
  if (fromEnv) return fromJson(fromEnv, 'LTI_SIGNING_KEY');
  const several = severalInstancesReason(env);
  if (several) {
    throw new KeyConfigError(
      `This instance is one of several (${several}), so it will not make an LTI key of its own: a platform ` +
        'trusts one key set for the tool. Give every instance the same private RSA JWK in LTI_SIGNING_KEY ' +
        '(npm run keygen -- --lti makes one).',
    );
  }
  const file = path.join(dataDir, TOOL_KEY_FILE);
  try {
    return await fromJson(await readFile(file, 'utf8'), file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  const jwk = await generateToolJwk();
  await mkdir(dataDir, { recursive: true });
  try {
    await writeFile(file, `${JSON.stringify(jwk, null, 2)}\n`, { flag: 'wx', mode: 0o600 });
    log(`LTI: no LTI_SIGNING_KEY is set, so a new RS256 key (kid ${jwk.kid}) was created in ${file}.`);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    return fromJson(await readFile(file, 'utf8'), file);
  }
  return fromJson(JSON.stringify(jwk), file);
}

let key: Promise<ToolKey> | undefined;

/** This process's tool key, loaded once (a failed load is retried on the next call). */
export function getToolKey(): Promise<ToolKey> {
  key ??= loadToolKey({
    env: process.env,
    dataDir: path.join(process.cwd(), 'data'),
    log: (message) => logLine('info', message),
  }).catch((error: unknown) => {
    key = undefined;
    throw error;
  });
  return key;
}
