// The one fs module object. index.ts fills it in 0.10's key order; the functions that 0.10
// built on other fs functions (readFile on fs.open/fs.read, streams on fs.open/fs.write,
// realpath on fs.lstat…) call them through this object, as 0.10 did through `fs.`, so that a
// program (or graceful-fs) that replaces fs.open is seen by all of them.
import type { FsModule } from './types';

export const fs = {} as FsModule;
