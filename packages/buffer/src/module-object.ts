// The object `require('buffer')` returns. It is created first so that buf.inspect() can read
// INSPECT_MAX_BYTES from it at call time (programs set it on this object).
import type { BufferModule } from './types';

export const bufferModule = { INSPECT_MAX_BYTES: 50 } as BufferModule;
