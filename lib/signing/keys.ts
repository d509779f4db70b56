import 'server-only';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { calculateJwkThumbprint, exportJWK, generateKeyPair, importJWK, type JWK } from 'jose';
import { logLine } from '@/lib/log/log';
import type { SigningKey } from './jws';

/** The signing key and every public key the module publishes (the current one first). */
export interface KeyRing {
  signing: SigningKey;
  jwks: { keys: JWK[] };
}

export const KEY_FILE = 'certificate-signing-key.json';
export const PREVIOUS_KEYS_FILE = 'certificate-previous-public-keys.json';

const KID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;

export class KeyConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'KeyConfigError';
  }
}

/** A new Ed25519 private key as a JWK, with its RFC 7638 thumbprint as `kid`. */
export async function generatePrivateJwk(): Promise<JWK> {
  const { privateKey } = await generateKeyPair('EdDSA', { crv: 'Ed25519', extractable: true });
  const jwk = await exportJWK(privateKey);
  return {
    kty: jwk.kty,
    crv: jwk.crv,
    x: jwk.x,
    d: jwk.d,
    kid: await calculateJwkThumbprint(jwk),
    alg: 'EdDSA',
  };
}

function isEd25519(value: unknown): value is JWK & { x: string } {
  const jwk = value as JWK | null;
  return (
    typeof jwk === 'object' &&
    jwk !== null &&
    jwk.kty === 'OKP' &&
    jwk.crv === 'Ed25519' &&
    typeof jwk.x === 'string'
  );
}

/** The public half as published: kty, crv, x, kid, alg, use. Never `d`. */
async function publicJwk(jwk: JWK & { x: string }, where: string): Promise<JWK> {
  const kid = jwk.kid ?? (await calculateJwkThumbprint({ kty: 'OKP', crv: 'Ed25519', x: jwk.x }));
  if (!KID_PATTERN.test(kid)) throw new KeyConfigError(`${where}: kid must be 1–64 letters, digits, - or _.`);
  return { kty: 'OKP', crv: 'Ed25519', x: jwk.x, kid, alg: 'EdDSA', use: 'sig' };
}

/** Reads a private JWK (JSON text) into a signing key; the message names where it came from, never the key. */
export async function signingKeyFromJson(text: string, where: string): Promise<SigningKey> {
  let jwk: unknown;
  try {
    jwk = JSON.parse(text);
  } catch {
    throw new KeyConfigError(`${where} is not valid JSON (expected a private Ed25519 JWK).`);
  }
  if (!isEd25519(jwk) || typeof jwk.d !== 'string') {
    throw new KeyConfigError(`${where} is not a private Ed25519 JWK (kty OKP, crv Ed25519, x and d).`);
  }
  const published = await publicJwk(jwk, where);
  let privateKey: CryptoKey;
  try {
    privateKey = (await importJWK({ kty: 'OKP', crv: 'Ed25519', x: jwk.x, d: jwk.d }, 'EdDSA')) as CryptoKey;
  } catch {
    throw new KeyConfigError(`${where} holds key material that does not import as Ed25519.`);
  }
  return { kid: published.kid!, privateKey, publicJwk: published };
}

/** Public keys still published after a rotation: a JSON array of public Ed25519 JWKs. */
export async function previousKeysFromJson(text: string, where: string): Promise<JWK[]> {
  let list: unknown;
  try {
    list = JSON.parse(text);
  } catch {
    throw new KeyConfigError(`${where} is not valid JSON (expected an array of public JWKs).`);
  }
  if (!Array.isArray(list)) throw new KeyConfigError(`${where} must be a JSON array of public JWKs.`);
  return Promise.all(
    list.map((jwk, i) => {
      if (!isEd25519(jwk)) throw new KeyConfigError(`${where}[${i}] is not a public Ed25519 JWK.`);
      if ('d' in jwk)
        throw new KeyConfigError(`${where}[${i}] contains a private key (d): publish public keys only.`);
      return publicJwk(jwk, `${where}[${i}]`);
    }),
  );
}

async function readIfExists(file: string): Promise<string | null> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

export interface KeySources {
  env: Readonly<Record<string, string | undefined>>;
  /** The git-ignored folder for the embedded default key. */
  dataDir: string;
  log: (message: string) => void;
}

/**
 * Why this instance is one of several, if it is: a shared store is configured (REDIS_URL, DATABASE_URL) or
 * FR_INSTANCES says more than one. Each such instance must be given the same key.
 */
export function severalInstancesReason(env: KeySources['env']): string | undefined {
  if (env.REDIS_URL?.trim()) return 'REDIS_URL is set';
  if (env.DATABASE_URL?.trim()) return 'DATABASE_URL is set';
  const instances = Number(env.FR_INSTANCES);
  if (Number.isInteger(instances) && instances > 1) return `FR_INSTANCES is ${instances}`;
  return undefined;
}

/**
 * The signing key from CERT_SIGNING_KEY (a private JWK as JSON) or the file CERT_SIGNING_KEY_FILE names (a
 * mounted secret); without either, the key kept in `data/`, made (and logged) on first use — except on an
 * instance of several, which refuses: a key of its own would sign certificates the others' JWKS cannot
 * verify. Old public keys from CERT_PREVIOUS_PUBLIC_KEYS and from
 * `data/certificate-previous-public-keys.json` stay published.
 */
export async function loadKeyRing({ env, dataDir, log }: KeySources): Promise<KeyRing> {
  let signing: SigningKey;
  const fromEnv = env.CERT_SIGNING_KEY?.trim();
  const keyFile = env.CERT_SIGNING_KEY_FILE?.trim();
  const several = severalInstancesReason(env);
  if (fromEnv) {
    signing = await signingKeyFromJson(fromEnv, 'CERT_SIGNING_KEY');
  } else if (keyFile) {
    let text: string;
    try {
      text = await readFile(keyFile, 'utf8');
    } catch (error) {
      throw new KeyConfigError(
        `CERT_SIGNING_KEY_FILE (${keyFile}) cannot be read: ${(error as NodeJS.ErrnoException).code ?? 'error'}.`,
      );
    }
    signing = await signingKeyFromJson(text, `CERT_SIGNING_KEY_FILE (${keyFile})`);
  } else if (several) {
    throw new KeyConfigError(
      `This instance is one of several (${several}), so it will not make a signing key of its own: a certificate ` +
        'it signed would not verify against the other instances’ keys. Give every instance the same key in ' +
        'CERT_SIGNING_KEY or CERT_SIGNING_KEY_FILE (npm run keygen makes one).',
    );
  } else {
    const file = path.join(dataDir, KEY_FILE);
    let text = await readIfExists(file);
    if (text === null) {
      const jwk = await generatePrivateJwk();
      await mkdir(dataDir, { recursive: true });
      try {
        await writeFile(file, `${JSON.stringify(jwk, null, 2)}\n`, { flag: 'wx', mode: 0o600 });
        log(
          `Certificates: no CERT_SIGNING_KEY is set, so a new signing key (kid ${jwk.kid}) was created in ${file}. ` +
            'Set CERT_SIGNING_KEY in production (npm run keygen makes one).',
        );
        text = JSON.stringify(jwk);
      } catch (error) {
        // Another process made it first: use that one.
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
        text = await readFile(file, 'utf8');
      }
    }
    signing = await signingKeyFromJson(text, file);
  }

  const previous: JWK[] = [];
  const previousEnv = env.CERT_PREVIOUS_PUBLIC_KEYS?.trim();
  if (previousEnv) previous.push(...(await previousKeysFromJson(previousEnv, 'CERT_PREVIOUS_PUBLIC_KEYS')));
  const previousFile = path.join(dataDir, PREVIOUS_KEYS_FILE);
  const previousText = await readIfExists(previousFile);
  if (previousText !== null) previous.push(...(await previousKeysFromJson(previousText, previousFile)));

  const keys = [signing.publicJwk];
  for (const jwk of previous) if (!keys.some((k) => k.kid === jwk.kid)) keys.push(jwk);
  return { signing, jwks: { keys } };
}

let ring: Promise<KeyRing> | undefined;

/** This process's key ring, loaded once (a failed load is retried on the next call). */
export function getKeyRing(): Promise<KeyRing> {
  ring ??= loadKeyRing({
    env: process.env,
    dataDir: path.join(process.cwd(), 'data'),
    log: (message) => logLine('info', message),
  }).catch((error: unknown) => {
    ring = undefined;
    throw error;
  });
  return ring;
}
