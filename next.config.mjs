import createMDX from '@next/mdx';

import { API_HEADERS, SECURITY_HEADERS } from './lib/security/headers.mjs';

/*
 * Two builds from the same app/, content/ and components/.
 * - The site (`npm run build`): every route, served by the module's own server.
 * - The LMS package (`npm run build:scorm`, FR_COURSE_PACKAGE=scorm): ONE route, app/page.scorm.tsx in
 *   app/layout.scorm.tsx (only `*.scorm.tsx` files are routes in this build), exported as static files
 *   with relative asset paths, so that the course works from whatever deep path an LMS serves it, and from
 *   file://. It switches between the course's pages by the address's fragment (#/lessons/…), inside the one
 *   document. scripts/build-scorm.mjs zips the export with its manifests.
 */
const packageBuild = process.env.FR_COURSE_PACKAGE === 'scorm';

/** @type {import('next').NextConfig} */
const siteConfig = {
  pageExtensions: ['ts', 'tsx', 'mdx'],
  poweredByHeader: false,
  // .next/standalone: the server and only the files it needs, for the container image (Dockerfile).
  output: 'standalone',
  reactStrictMode: true,
  async headers() {
    return [
      { source: '/:path*', headers: SECURITY_HEADERS },
      // The signing endpoint, answered by lib/server/ in production, sends the same two lists itself.
      { source: '/api/:path*', headers: API_HEADERS },
    ];
  },
};

/** @type {import('next').NextConfig} */
const packageConfig = {
  pageExtensions: ['scorm.tsx'],
  poweredByHeader: false,
  output: 'export',
  distDir: '.next-scorm',
  // Relative: the export's pages load their scripts and styles from beside themselves.
  assetPrefix: '.',
  // Without it the images would break silently in an export.
  images: { unoptimized: true },
  reactStrictMode: true,
  env: { NEXT_PUBLIC_FR_COURSE_PACKAGE: 'scorm' },
};

// Plugins are named as strings: Turbopack needs serialisable options.
const withMDX = createMDX({
  options: {
    remarkPlugins: ['remark-frontmatter', 'remark-mdx-frontmatter'],
    rehypePlugins: ['rehype-slug'],
  },
});

export default withMDX(packageBuild ? packageConfig : siteConfig);
