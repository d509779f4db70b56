import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

import { FRAME_ANCESTORS, PORT, SCORM_LMS_PORT as LMS_PORT } from './e2e/support/ports';

// Debian's Chromium where it is installed (machines without internet access to Playwright's browser
// downloads); Playwright's own browser everywhere else (`npx playwright install chromium`).
const systemChromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const executablePath =
  !process.env.PLAYWRIGHT_BUNDLED_BROWSER && existsSync(systemChromium) ? systemChromium : undefined;

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  // Axe on a long lesson page takes a few seconds on a 2-core machine.
  timeout: 90_000,
  forbidOnly: !!process.env.CI,
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    // No step may wait for ever: a click on what never appears, or a page that never loads, fails with the
    // step named (and its trace) long before a journey's own time runs out.
    actionTimeout: 30_000,
    navigationTimeout: 60_000,
    trace: 'retain-on-failure',
    launchOptions: executablePath ? { executablePath } : {},
  },
  projects: [
    { name: 'chromium', testIgnore: ['scorm/**', 'lti/**'], use: { ...devices['Desktop Chrome'] } },
    // The LMS packages (npm run build:scorm), in the test LMS's frame.
    {
      name: 'scorm',
      testDir: 'e2e/scorm',
      use: { ...devices['Desktop Chrome'], baseURL: `http://127.0.0.1:${LMS_PORT}` },
    },
    // LTI journeys: the tool at localhost, framed by a test platform at 127.0.0.1 (another site), with
    // third-party cookies blocked as browsers now do in an LMS's frame.
    {
      name: 'lti',
      testDir: 'e2e/lti',
      // Once in a few fresh-clone CI runs the learner's launch journey has stalled with its cause not yet
      // found (it has not stalled on a warm machine in many runs). Under CI the file runs once more before it
      // fails; a stall is reported as "flaky" in the log, with its trace, so it stays visible.
      retries: process.env.CI ? 1 : 0,
      use: {
        ...devices['Desktop Chrome'],
        baseURL: `http://localhost:${PORT}`,
        launchOptions: {
          ...(executablePath ? { executablePath } : {}),
          args: ['--test-third-party-cookie-phaseout'],
        },
      },
    },
  ],
  // Runs the production build made by `npm run build` (npm test builds first), with the module's own server,
  // as `npm start` does.
  webServer: [
    {
      command: `node .next/friend-request-server.mjs -p ${PORT} -H 127.0.0.1`,
      url: `http://127.0.0.1:${PORT}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
      // Every journey signs from the same address (127.0.0.1): the limit is unit-tested, not hit here.
      env: {
        CERT_RATE_LIMIT_BURST: '1000',
        CERT_RATE_LIMIT_PER_MINUTE: '1000',
        // The LTI test platform (e2e/lti) listens on the next port; its scores are retried within seconds.
        LTI_FRAME_ANCESTORS: FRAME_ANCESTORS.join(' '),
        LTI_RETRY_BASE_SECONDS: '1',
        LTI_OUTBOX_SECONDS: '1',
      },
    },
    {
      command: `node e2e/scorm/lms-server.mjs ${LMS_PORT}`,
      url: `http://127.0.0.1:${LMS_PORT}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 30_000,
    },
  ],
});
