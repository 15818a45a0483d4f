/** Gives back the source name of a function or class esbuild renamed in a bundle (see restore-names.mjs). */
export function restoreNames(code: string): string | undefined;
