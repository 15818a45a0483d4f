// Transform: a Duplex whose output is computed from its input. Written chunks go one at a
// time to the implementor's _transform(chunk, encoding, cb), which push()es output and calls
// cb (optionally cb(err) or cb(null, data) to push data). A new chunk is only transformed
// when the readable side wants data, so a full output buffer holds back the writes. On
// 'finish' the optional _flush(cb) runs, and its cb ends the readable side ('end' after
// 'finish').
import { inherits } from '@n10/util';
import { Duplex } from './duplex';
import type {
  Transform as TransformInstance,
  TransformCallback,
  TransformConstructor,
  TransformOptions,
  TransformState as State,
  WriteCallback,
} from './types';

type TransformStream = TransformInstance<unknown>;

// Fields in 0.10's order (writeencoding appears with the first write, as in 0.10).
function TransformState(this: State, stream: TransformStream): void {
  this.afterTransform = function (er?: Error | null, data?: unknown) {
    return afterTransform(stream, er, data);
  };
  // _read was called while no chunk was waiting: transform the next one at once.
  this.needTransform = false;
  this.transforming = false;
  this.writecb = null;
  this.writechunk = null;
}
// Typed alias; the function keeps its own name (stack traces, inspect) by being a declaration.
const TransformStateCtor = TransformState as unknown as new (stream: TransformStream) => State;

// The callback given to _transform.
function afterTransform(stream: TransformStream, er: Error | null | undefined, data: unknown): unknown {
  const ts = stream._transformState;
  ts.transforming = false;
  const cb = ts.writecb;
  if (!cb) return stream.emit('error', new Error('no writecb in Transform class'));
  ts.writechunk = null;
  ts.writecb = null;
  if (data !== null && data !== undefined) stream.push(data);
  cb(er);
  // Ready for the next chunk if the readable side wants more.
  const rs = stream._readableState;
  rs.reading = false;
  if (rs.needReadable || rs.length < rs.highWaterMark) stream._read(rs.highWaterMark);
  return undefined;
}

function Transform(this: TransformStream, options?: TransformOptions): TransformStream | void {
  if (!(this instanceof Transform)) return new (Transform as unknown as TransformConstructor)(options);
  Duplex.call(this, options);
  this._transformState = new TransformStateCtor(this);
  const stream = this;
  // The readable side starts out wanting data, and announces it as soon as it is pushed.
  this._readableState.needReadable = true;
  this._readableState.sync = false;
  this.once('finish', function () {
    if (typeof stream._flush === 'function') {
      stream._flush(function (er?: Error | null) {
        done(stream, er);
      });
    } else {
      done(stream);
    }
  });
}
const TransformCtor = Transform as unknown as TransformConstructor;
export { TransformCtor as Transform };

inherits(TransformCtor, Duplex);

const proto = TransformCtor.prototype;
const duplexPush = Duplex.prototype.push;

proto.push = function (this: TransformStream, chunk: unknown, encoding?: string): boolean {
  this._transformState.needTransform = false;
  return duplexPush.call(this, chunk, encoding);
};

// The implementor's method. 0.10 throws when there is none.
proto._transform = function (): void {
  const er = new Error('not implemented');
  // The site an uncaught one shows (the n10 runtime's registry of 0.10's throw sites).
  const sites = (globalThis as unknown as Record<symbol, WeakMap<object, object> | undefined>)[Symbol.for('n10.throwSites')];
  if (sites) sites.set(er, { file: '_stream_transform.js', line: 154, text: "  throw new Error('not implemented');", caret: '        ^' });
  throw er;
};

// A write: hold the chunk until the readable side asks for data (possibly right now).
proto._write = function (this: TransformStream, chunk: unknown, encoding: string, cb: WriteCallback): void {
  const ts = this._transformState;
  ts.writecb = cb;
  ts.writechunk = chunk;
  ts.writeencoding = encoding;
  if (!ts.transforming) {
    const rs = this._readableState;
    if (ts.needTransform || rs.needReadable || rs.length < rs.highWaterMark) this._read(rs.highWaterMark);
  }
};

// The readable side wants data: transform the waiting chunk, or remember to when it comes.
proto._read = function (this: TransformStream): void {
  const ts = this._transformState;
  if (ts.writechunk !== null && ts.writecb && !ts.transforming) {
    ts.transforming = true;
    this._transform(ts.writechunk, ts.writeencoding as string, ts.afterTransform);
  } else {
    ts.needTransform = true;
  }
};
// 0.10's declared parameters: _read(n), _transform(chunk, encoding, cb).
Object.defineProperty(proto._read, 'length', { value: 1, configurable: true });
Object.defineProperty(proto._transform, 'length', { value: 3, configurable: true });

// After _flush: end the readable side.
function done(stream: TransformStream, er?: Error | null): boolean {
  if (er) return stream.emit('error', er);
  // Internal invariants, as 0.10 checks them.
  if (stream._writableState.length) throw new Error('calling transform done when ws.length != 0');
  if (stream._transformState.transforming) throw new Error('calling transform done when still transforming');
  return stream.push(null);
}

