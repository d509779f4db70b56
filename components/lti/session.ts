/*
 * The LMS launch this tab came from: its id (the server's key to the score's endpoints), the platform's
 * name and whether it takes a score. Kept in sessionStorage, so it lasts as long as this tab's visit from the
 * LMS and is never sent anywhere but to /lti/score.
 */

export interface LtiSession {
  launch: string;
  platform: string;
  scores: boolean;
}

const KEY = 'fr-lti-launch';

export function saveLtiSession(session: LtiSession): boolean {
  try {
    window.sessionStorage.setItem(KEY, JSON.stringify(session));
    return true;
  } catch {
    return false;
  }
}

export function readLtiSession(): LtiSession | null {
  try {
    const raw = window.sessionStorage.getItem(KEY);
    if (!raw) return null;
    const value = JSON.parse(raw) as Partial<LtiSession>;
    return typeof value.launch === 'string' && typeof value.platform === 'string'
      ? { launch: value.launch, platform: value.platform, scores: value.scores === true }
      : null;
  } catch {
    return null;
  }
}
