// Shared ava setup: TypeScript tests run from source through tsx, and @n10/* siblings resolve
// to their src/ (the "n10-source" export condition) so tests never depend on a stale build.
export default {
  files: ['test/**/*.test.ts'],
  extensions: { ts: 'commonjs' },
  nodeArguments: ['--import=tsx', '--conditions=n10-source'],
  workerThreads: false,
  timeout: '60s',
};
