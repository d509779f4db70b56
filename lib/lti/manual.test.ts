import { describe, expect, it } from 'vitest';
import { manualRegistration } from './manual';

const blackboard = {
  issuer: 'https://blackboard.com',
  'client-id': '4f1c6a2e-client',
  'auth-url': 'https://developer.blackboard.com/api/v1/gateway/oidcauth',
  'token-url': 'https://developer.blackboard.com/api/v1/gateway/oauth2/jwttoken',
  'jwks-url': 'https://developer.blackboard.com/api/v1/management/applications/4f1c6a2e-client/jwks.json',
  deployment: ['dep-1', ' dep-2 '],
};

describe('registering a platform by hand', () => {
  it('takes what the LMS shows, named by its login host unless named', () => {
    expect(manualRegistration(blackboard)).toEqual({
      platform: {
        issuer: 'https://blackboard.com',
        clientId: '4f1c6a2e-client',
        name: 'developer.blackboard.com',
        authUrl: blackboard['auth-url'],
        tokenUrl: blackboard['token-url'],
        jwksUrl: blackboard['jwks-url'],
      },
      deployments: ['dep-1', 'dep-2'],
    });
    expect(manualRegistration({ ...blackboard, name: 'Blackboard Learn' }).platform.name).toBe(
      'Blackboard Learn',
    );
  });

  it('refuses what it cannot use, saying which value and why', () => {
    expect(() => manualRegistration({ ...blackboard, 'client-id': ' ' })).toThrow(/--client-id is missing/);
    expect(() => manualRegistration({ ...blackboard, deployment: [] })).toThrow(/--deployment is missing/);
    expect(() => manualRegistration({ ...blackboard, 'token-url': 'http://lms.example.edu/token' })).toThrow(
      /--token-url must be an https address/,
    );
    expect(() => manualRegistration({ ...blackboard, 'jwks-url': 'keys' })).toThrow(
      /--jwks-url is not an address/,
    );
    // A test platform on this machine may use http.
    expect(
      manualRegistration({ ...blackboard, 'auth-url': 'http://127.0.0.1:3401/auth' }).platform.authUrl,
    ).toBe('http://127.0.0.1:3401/auth');
  });
});
