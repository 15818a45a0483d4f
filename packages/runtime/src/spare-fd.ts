// A descriptor held in reserve (/dev/null), given up for a moment when a lazy load of n10's
// own code finds none left. Node 0.10 had its library in memory: a program out of descriptors
// (EMFILE) could still require('child_process'), print (process.stdout/stderr made on first
// use) and have its fatal error reported. n10 reads those modules from disk on first use.
import binding from '@n10/binding';

// Two: making a stdio stream over a pipe keeps a descriptor of its own.
const SPARES = 2;
const spares: number[] = [];

/** Opens the spare descriptors (at startup, while there are some; again after a load). */
export function takeSpareFd(): void {
  while (spares.length < SPARES) {
    try {
      spares.push(binding.open('/dev/null', 0, 0));
    } catch {
      return;
    }
  }
}

/** Runs `load`; if it fails for want of a descriptor, again with the spare ones given up. */
export function withSpareFd<T>(load: () => T): T {
  try {
    return load();
  } catch (e) {
    if ((e as { code?: unknown } | null)?.code !== 'EMFILE' || spares.length === 0) throw e;
    for (const fd of spares.splice(0)) binding.close(fd);
    try {
      return load();
    } finally {
      takeSpareFd();
    }
  }
}
