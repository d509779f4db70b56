// For esbuild bundles of server code run by scripts: `server-only` is a marker for Next's bundler, and
// empty here (these bundles run on the server only).
export const serverOnly = {
  name: 'server-only',
  setup(b) {
    b.onResolve({ filter: /^server-only$/ }, () => ({ path: 'server-only', namespace: 'empty' }));
    b.onLoad({ filter: /.*/, namespace: 'empty' }, () => ({ contents: '' }));
  },
};
