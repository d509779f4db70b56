// Makes an Ed25519 signing key for certificates and prints it as CERT_SIGNING_KEY (a private JWK).
// Keep the private key secret; publish nothing yourself: /.well-known/jwks.json serves the public half.
import { calculateJwkThumbprint, exportJWK, generateKeyPair } from 'jose';

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
