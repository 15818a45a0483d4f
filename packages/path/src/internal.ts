// @n10/path/internal: for n10's own packages, not part of 0.10's module.
export { provideFs } from './exists';
export type { ExistsFs } from './exists';
export * as posix from './posix';
export * as win32 from './win32';
