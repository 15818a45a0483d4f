import pkg from '../package.json';

/** n10's own version (process.versions.n10); process.version stays 'v0.10.19'. */
export const N10_VERSION: string = pkg.version;
