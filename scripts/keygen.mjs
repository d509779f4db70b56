// Makes an Ed25519 signing key for certificates and prints it as CERT_SIGNING_KEY (a private JWK).
// Keep the private key secret; publish nothing yourself: /.well-known/jwks.json serves the public half.
// `npm run keygen -- --lti` makes the LTI tool's RS256 key instead, printed as LTI_SIGNING_KEY.
import { calculateJwkThumbprint, exportJWK, generateKeyPair } from 'jose';

if (process.argv.includes('--lti')) {
  const { privateKey: rsa } = await generateKeyPair('RS256', { modulusLength: 2048, extractable: true });
  const key = await exportJWK(rsa);
  const ltiKid = await calculateJwkThumbprint({ kty: 'RSA', n: key.n, e: key.e });
  console.log(`# LTI tool key ${ltiKid}. Give every instance the same one (keep it secret):`);
  console.log(`LTI_SIGNING_KEY='${JSON.stringify({ ...key, kid: ltiKid, alg: 'RS256' })}'`);
  process.exit(0);
}

const { privateKey } = await generateKeyPair('EdDSA', { crv: 'Ed25519', extractable: true });
const jwk = await exportJWK(privateKey);
const kid = await calculateJwkThumbprint(jwk);
const privateJwk = { kty: jwk.kty, crv: jwk.crv, x: jwk.x, d: jwk.d, kid, alg: 'EdDSA' };
const publicJwk = { kty: jwk.kty, crv: jwk.crv, x: jwk.x, kid, alg: 'EdDSA', use: 'sig' };

console.log(`# Signing key ${kid}. Set this in the server's environment (keep it secret):`);
console.log(`CERT_SIGNING_KEY='${JSON.stringify(privateJwk)}'`);
console.log('');
console.log('# Its public key. After a rotation, add it to CERT_PREVIOUS_PUBLIC_KEYS (a JSON array) so that');
console.log('# certificates signed with it still verify:');
console.log(JSON.stringify(publicJwk));
