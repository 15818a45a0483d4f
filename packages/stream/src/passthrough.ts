// PassThrough: the identity Transform.
import { inherits } from '@n10/util';
import { Transform } from './transform';
import type { PassThrough as PassThroughInstance, PassThroughConstructor, TransformCallback, TransformOptions } from './types';

type PassThroughStream = PassThroughInstance<unknown>;

export const PassThrough: PassThroughConstructor = function PassThrough(this: PassThroughStream, options?: TransformOptions): PassThroughStream | void {
  if (!(this instanceof PassThrough)) return new (PassThrough as unknown as PassThroughConstructor)(options);
  Transform.call(this, options);
} as unknown as PassThroughConstructor;

inherits(PassThrough, Transform);

PassThrough.prototype._transform = function (chunk: unknown, _encoding: string, cb: TransformCallback): void {
  cb(null, chunk);
};
