import 'server-only';
import { jwtVerify, SignJWT } from 'jose';
import { verifyAssignmentToken } from '@/lib/assignments/token';
import { ASSIGNMENT_PARAMETER, CLAIM, LTI_PATHS, MESSAGE } from './claims';
import { autoPost, refusal } from './html';
import { readParams, type ToolDeps } from './tool';

/*
 * The answer to a deep-linking request: the instructor made an assignment with the builder (its signed
 * token), and the tool posts back to the platform a signed LtiDeepLinkingResponse holding one resource link,
 * its line item (score maximum 100) and the assignment as custom parameters: the token, which the launch
 * checks, and its settings in plain words for the LMS's own screens.
 */

export async function handleDeepLinkResponse(request: Request, deps: ToolDeps): Promise<Response> {
  const params = await readParams(request);
  if (!params || request.method !== 'POST') {
    return refusal(400, 'This request cannot be read', 'The tool expects the form of its deep-linking page.');
  }
  const ticket = params.get('ticket') ?? '';
  const token = params.get('assignment') ?? '';
  const key = await deps.toolKey();
  let claims: { platform: string; deployment: string; returnUrl: string; data?: string };
  try {
    const { payload } = await jwtVerify(ticket, key.publicKey, {
      audience: deps.origin(request),
      typ: 'fr-lti-deep-link+jwt',
      algorithms: ['RS256'],
      currentDate: deps.now(),
    });
    claims = payload as unknown as typeof claims;
  } catch {
    return refusal(
      400,
      'This request has expired or was changed',
      'Adding the activity takes at most an hour from when your LMS opened the tool. Start again from your LMS.',
    );
  }
  const checked = await verifyAssignmentToken(token, await deps.assignmentKeys(), deps.now());
  if (!checked.ok) return refusal(400, 'This assignment is not valid', checked.message);
  const platform = await deps.store.platformById(claims.platform);
  if (!platform)
    return refusal(
      400,
      'This LMS is no longer registered',
      'Register the tool again, then add the activity.',
    );
  const { assignment } = checked;
  const origin = deps.origin(request);
  const item = {
    type: 'ltiResourceLink',
    title: `Friend Request? — ${assignment.course}`,
    text: `Pass mark ${assignment.passMarkPct}%${assignment.due ? `, due ${assignment.due}` : ''}.`,
    url: `${origin}${LTI_PATHS.launch}`,
    lineItem: {
      scoreMaximum: 100,
      label: `Friend Request? (${assignment.course})`,
      resourceId: assignment.id,
      tag: 'final-check',
    },
    custom: {
      [ASSIGNMENT_PARAMETER]: token,
      fr_pass_mark: String(assignment.passMarkPct),
      fr_due: assignment.due ?? '',
      fr_lessons: assignment.lessons.join(','),
      fr_share_attitudes: String(assignment.shareAttitudes),
    },
  };
  const seconds = Math.floor(deps.now().getTime() / 1000);
  const jwt = await new SignJWT({
    nonce: Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString('base64url'),
    [CLAIM.messageType]: MESSAGE.deepLinkingResponse,
    [CLAIM.version]: '1.3.0',
    [CLAIM.deploymentId]: claims.deployment,
    [CLAIM.contentItems]: [item],
    ...(claims.data ? { [CLAIM.data]: claims.data } : {}),
  })
    .setProtectedHeader({ alg: 'RS256', kid: key.kid, typ: 'JWT' })
    .setIssuer(platform.clientId)
    .setAudience(platform.issuer)
    .setIssuedAt(seconds)
    .setExpirationTime(seconds + 600)
    .sign(key.privateKey);
  deps.log('info', 'lti: deep link answered', { platform: platform.issuer });
  return autoPost('Adding the activity to your course', claims.returnUrl, { JWT: jwt });
}
