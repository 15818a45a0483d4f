// @n10/stream: node 0.10's require('stream'), portable.
//
// The module is the legacy Stream constructor, carrying the streams2 classes:
// Stream.Readable, .Writable, .Duplex, .Transform, .PassThrough and .Stream (itself), in
// that order. Each class is a function constructor that 0.10 programs subclass with
// util.inherits(Sub, Readable) and Readable.call(this, options).
import { Duplex } from './duplex';
import { Stream } from './legacy';
import { PassThrough } from './passthrough';
import { Readable } from './readable';
import { Transform } from './transform';
import { Writable } from './writable';

export type * from './types';

Stream.Readable = Readable;
Stream.Writable = Writable;
Stream.Duplex = Duplex;
Stream.Transform = Transform;
Stream.PassThrough = PassThrough;
Stream.Stream = Stream;

export { Stream, Readable, Writable, Duplex, Transform, PassThrough };
export default Stream;
