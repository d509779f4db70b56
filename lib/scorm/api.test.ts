import { describe, expect, it } from 'vitest';
import { findApi, type ApiWindow } from './api';

const api12 = { LMSInitialize: () => 'true' };
const api2004 = { Initialize: () => 'true' };

function chain(depth: number, top: ApiWindow): ApiWindow {
  let win = top;
  for (let i = 0; i < depth; i++) win = { parent: win };
  return win;
}

describe('findApi', () => {
  it('climbs the parents to the LMS’s window, for the package’s own version only', () => {
    const top: ApiWindow = { API: api12, API_1484_11: api2004 };
    expect(findApi(chain(3, top), '1.2')?.api).toBe(api12);
    expect(findApi(chain(3, top), '2004')?.api).toBe(api2004);
    expect(findApi(chain(3, { API: api12 }), '2004')).toBeNull();
  });

  it('looks in the window that opened a pop-up launch, and its parents', () => {
    const popup: ApiWindow = { opener: chain(2, { API_1484_11: api2004 }) };
    popup.parent = popup;
    expect(findApi(popup, '2004')?.version).toBe('2004');
  });

  it('stops at a window of another origin, and ignores what is not an API', () => {
    const foreign = {} as ApiWindow;
    Object.defineProperty(foreign, 'API', {
      get() {
        throw new DOMException('Blocked a frame with origin', 'SecurityError');
      },
    });
    expect(findApi({ parent: foreign }, '1.2')).toBeNull();
    expect(findApi({ parent: { API: { LMSInitialize: 'yes' } } }, '1.2')).toBeNull();
  });
});
