import { getToolKey } from '@/lib/lti/keys';
import { getKeyRing } from '@/lib/signing/keys';

// The keys come from the environment or the data folder at run time, never from the build.
export const dynamic = 'force-dynamic';

/**
 * The public keys certificates are verified against (Ed25519: the current one first, then earlier ones), and
 * the LTI tool's RS256 key, which platforms check its deep-linking answers and grade requests against.
 */
export async function GET(): Promise<Response> {
  try {
    const [{ jwks }, tool] = await Promise.all([getKeyRing(), getToolKey()]);
    return Response.json(
      { keys: [...jwks.keys, tool.publicJwk] },
      { headers: { 'cache-control': 'public, max-age=300' } },
    );
  } catch (error) {
    console.error(`Certificates: the signing key could not be loaded: ${(error as Error).message}`);
    return Response.json({ error: 'The public keys are not available right now.' }, { status: 503 });
  }
}
