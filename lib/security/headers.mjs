/*
 * The static security headers, in one place for next.config.mjs (every response Next sends) and the module's
 * server (the signing endpoint it answers itself: lib/server/). Plain JavaScript so that next.config.mjs can
 * import it; headers.d.mts types it for TypeScript.
 *
 * The Content-Security-Policy of pages and downloads is set per response by proxy.ts (it needs the hashes of
 * each prerendered page's inline scripts); the API's is static, below.
 */

/** What every response carries. */
export const SECURITY_HEADERS = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'no-referrer' },
  {
    key: 'Permissions-Policy',
    value: [
      'accelerometer=()',
      'autoplay=()',
      'browsing-topics=()',
      'interest-cohort=()',
      'camera=()',
      'display-capture=()',
      'geolocation=()',
      'gyroscope=()',
      'hid=()',
      'magnetometer=()',
      'microphone=()',
      'midi=()',
      'payment=()',
      'serial=()',
      'usb=()',
    ].join(', '),
  },
];

/** What the API's answers carry besides: JSON only, nothing to load, never framed by another site. */
export const API_HEADERS = [
  {
    key: 'Content-Security-Policy',
    value: "default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'self'",
  },
];
