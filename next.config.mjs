import createMDX from '@next/mdx';

import { API_HEADERS, SECURITY_HEADERS } from './lib/security/headers.mjs';

/** @type {import('next').NextConfig} */
const nextConfig = {
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

// Plugins are named as strings: Turbopack needs serialisable options.
const withMDX = createMDX({
  options: {
    remarkPlugins: ['remark-frontmatter', 'remark-mdx-frontmatter'],
    rehypePlugins: ['rehype-slug'],
  },
});

export default withMDX(nextConfig);
