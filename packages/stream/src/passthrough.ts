// PassThrough: the identity Transform.
import { inherits } from '@n10/util';
import { Transform } from './transform';
import type { PassThrough as PassThroughInstance, PassThroughConstructor, TransformCallback, TransformOptions } from './types';

type PassThroughStream = PassThroughInstance<unknown>;

function PassThrough(this: PassThroughStream, options?: TransformOptions): PassThroughStream | void {
  if (!(this instanceof PassThrough)) return new (PassThrough as unknown as PassThroughConstructor)(options);
  Transform.call(this, options);
}
// Typed alias; the function keeps its own name (stack traces, inspect) by being a declaration.
const PassThroughCtor = PassThrough as unknown as PassThroughConstructor;
export { PassThroughCtor as PassThrough };

inherits(PassThroughCtor, Transform);

PassThroughCtor.prototype._transform = function (chunk: unknown, _encoding: string, cb: TransformCallback): void {
  cb(null, chunk);
};
