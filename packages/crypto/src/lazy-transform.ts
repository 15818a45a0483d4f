// 0.10's LazyTransform: the base of Hash, Hmac, Cipher and Decipher. They are Transform
// streams, but most programs only call update()/digest(), so the stream state is built on
// first touch: the prototype's _readableState, _writableState and _transformState are
// accessors that run Transform's constructor (with the options the object was created with)
// and then answer from the own properties it made. Written strings reach _transform as they
// are ('binary' by default), not decoded to Buffers first.
import { Transform } from '@n10/stream';
import type { Transform as TransformInstance, TransformOptions } from '@n10/stream';
import { inherits } from '@n10/util';

export interface LazyTransformStream extends TransformInstance {
  _options: TransformOptions | undefined;
}

export interface LazyTransformConstructor {
  new (options?: TransformOptions): LazyTransformStream;
  (this: LazyTransformStream, options?: TransformOptions): void;
  prototype: LazyTransformStream;
  super_: typeof Transform;
}

function LazyTransform(this: LazyTransformStream, options?: TransformOptions): void {
  this._options = options;
}
const LazyTransformCtor = LazyTransform as unknown as LazyTransformConstructor;
inherits(LazyTransformCtor, Transform);

type StateKey = '_readableState' | '_writableState' | '_transformState';
const STATE_KEYS: StateKey[] = ['_readableState', '_writableState', '_transformState'];
for (const key of STATE_KEYS) {
  Object.defineProperty(LazyTransformCtor.prototype, key, {
    get(this: LazyTransformStream) {
      Transform.call(this, this._options);
      this._writableState.decodeStrings = false;
      this._writableState.defaultEncoding = 'binary';
      return this[key];
    },
    set(this: LazyTransformStream, value: unknown) {
      Object.defineProperty(this, key, { value, enumerable: true, configurable: true, writable: true });
    },
    configurable: true,
    enumerable: true,
  });
}

export { LazyTransformCtor as LazyTransform };
