/*
 * The claim names and scopes of LTI 1.3 (IMS Global, Core 1.3, Deep Linking 2.0, Assignment and Grade
 * Services 2.0, Dynamic Registration 1.0), spelled once.
 */

const LTI_CLAIM = 'https://purl.imsglobal.org/spec/lti/claim/';
const DL_CLAIM = 'https://purl.imsglobal.org/spec/lti-dl/claim/';

export const CLAIM = {
  messageType: `${LTI_CLAIM}message_type`,
  version: `${LTI_CLAIM}version`,
  deploymentId: `${LTI_CLAIM}deployment_id`,
  targetLinkUri: `${LTI_CLAIM}target_link_uri`,
  resourceLink: `${LTI_CLAIM}resource_link`,
  roles: `${LTI_CLAIM}roles`,
  custom: `${LTI_CLAIM}custom`,
  context: `${LTI_CLAIM}context`,
  platform: `${LTI_CLAIM}tool_platform`,
  deepLinkingSettings: `${DL_CLAIM}deep_linking_settings`,
  contentItems: `${DL_CLAIM}content_items`,
  data: `${DL_CLAIM}data`,
  ags: 'https://purl.imsglobal.org/spec/lti-ags/claim/endpoint',
  toolConfiguration: 'https://purl.imsglobal.org/spec/lti-tool-configuration',
  platformConfiguration: 'https://purl.imsglobal.org/spec/lti-platform-configuration',
} as const;

export const SCOPE = {
  score: 'https://purl.imsglobal.org/spec/lti-ags/scope/score',
  lineItem: 'https://purl.imsglobal.org/spec/lti-ags/scope/lineitem',
  resultReadonly: 'https://purl.imsglobal.org/spec/lti-ags/scope/result.readonly',
} as const;

export const MESSAGE = {
  resourceLink: 'LtiResourceLinkRequest',
  deepLinking: 'LtiDeepLinkingRequest',
  deepLinkingResponse: 'LtiDeepLinkingResponse',
} as const;

/** The tool's own paths. */
export const LTI_PATHS = {
  register: '/lti/register',
  config: '/lti/config.json',
  setup: '/lti/setup',
  login: '/lti/login',
  launch: '/lti/launch',
  bind: '/lti/bind',
  score: '/lti/score',
  launched: '/lti/launched',
  deepLink: '/lti/deep-link',
  deepLinkResponse: '/lti/deep-link/response',
  jwks: '/.well-known/jwks.json',
} as const;

/** The custom parameter that carries the signed assignment (see deep-link.ts). */
export const ASSIGNMENT_PARAMETER = 'fr_assignment';
