/**
 * What a certificate says about the module and its issuer. Shared by the signing server, the PDF maker and
 * the verifier; nothing here is secret.
 */
export const MODULE_TITLE = 'Friend Request? Patients, physicians and online social networks';

export const ISSUER_NAME = 'Friend Request? e-learning module';

export const NO_CME_CREDIT = 'No CME credit is offered.';

/** The two JSON-LD contexts of an Open Badges 3.0 credential, in the order the specification requires. */
export const CREDENTIAL_CONTEXT = [
  'https://www.w3.org/ns/credentials/v2',
  'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json',
] as const;

export const CREDENTIAL_TYPE = ['VerifiableCredential', 'OpenBadgeCredential'] as const;

/** JOSE `typ` of the credential's JWS (W3C VC-JOSE-COSE, media type application/vc+jwt). */
export const CREDENTIAL_JWT_TYPE = 'vc+jwt';

export const CREDENTIAL_SCHEMA = {
  id: 'https://purl.imsglobal.org/spec/ob/v3p0/schema/json/ob_v3p0_achievementcredential_schema.json',
  type: '1EdTechJsonSchemaValidator2019',
} as const;

/** Where things live under the module's origin. */
export const PATHS = {
  issuer: '/api/certificates/issuer',
  achievement: '/api/certificates/achievement',
  jwks: '/.well-known/jwks.json',
  verify: '/verify',
} as const;

export interface IssuerUrls {
  origin: string;
  issuerId: string;
  achievementId: string;
  jwksUrl: string;
  verifyUrl: string;
}

/** The issuer's, achievement's and key set's URLs for a deployment at `origin` (e.g. https://example.org). */
export function issuerUrls(origin: string): IssuerUrls {
  const base = origin.replace(/\/+$/, '');
  return {
    origin: base,
    issuerId: `${base}${PATHS.issuer}`,
    achievementId: `${base}${PATHS.achievement}`,
    jwksUrl: `${base}${PATHS.jwks}`,
    verifyUrl: `${base}${PATHS.verify}`,
  };
}

/** Longest printed name, in characters (Unicode code points) after trimming. */
export const NAME_MAX_LENGTH = 100;
