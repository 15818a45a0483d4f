// Duplex: a Readable that is also a Writable. It inherits from Readable and borrows
// Writable's methods (write, _write, end), as 0.10 does; `instanceof Writable` is false.
// With allowHalfOpen false, the end of the readable side ends the writable side.
import { nextTick } from '@n10/process';
import { inherits } from '@n10/util';
import { Readable } from './readable';
import type { Duplex as DuplexInstance, DuplexConstructor, DuplexOptions } from './types';
import { Writable, registerDuplex } from './writable';

type DuplexStream = DuplexInstance<unknown>;

function Duplex(this: DuplexStream, options?: DuplexOptions): DuplexStream | void {
  if (!(this instanceof Duplex)) return new (Duplex as unknown as DuplexConstructor)(options);
  Readable.call(this, options);
  Writable.call(this, options);
  if (options && options.readable === false) this.readable = false;
  if (options && options.writable === false) this.writable = false;
  this.allowHalfOpen = true;
  if (options && options.allowHalfOpen === false) this.allowHalfOpen = false;
  this.once('end', onend);
}
// Typed alias; the function keeps its own name (stack traces, inspect) by being a declaration.
const DuplexCtor = Duplex as unknown as DuplexConstructor;
export { DuplexCtor as Duplex };

inherits(DuplexCtor, Readable);
registerDuplex(DuplexCtor);

// Writable's own prototype methods that Readable lacks (pipe stays Readable's).
const writableProto = Writable.prototype as unknown as Record<string, unknown>;
const duplexProto = DuplexCtor.prototype as unknown as Record<string, unknown>;
const writableKeys = Object.keys(writableProto);
for (let i = 0; i < writableKeys.length; i++) {
  const method = writableKeys[i];
  if (!duplexProto[method]) duplexProto[method] = writableProto[method];
}

// The readable side ended: end the writable side too (next tick), unless half-open is allowed
// or it is already ended.
function onend(this: DuplexStream): void {
  if (this.allowHalfOpen || this._writableState.ended) return;
  nextTick(this.end.bind(this) as () => void);
}
