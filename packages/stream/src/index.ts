// @n10/stream: node 0.10's require('stream'), portable.
//
// The module is the legacy Stream constructor, carrying the streams2 classes:
// Stream.Readable, .Writable, .Duplex, .Transform, .PassThrough and .Stream (itself), in
// that order. Each class is a function constructor that 0.10 programs subclass with
// util.inherits(Sub, Readable) and Readable.call(this, options).
//
// For TypeScript, each class name is both the constructor (value) and its instance type.
import { Duplex as DuplexValue } from './duplex';
import { Stream as StreamValue } from './legacy';
import { PassThrough as PassThroughValue } from './passthrough';
import { Readable as ReadableValue } from './readable';
import { Transform as TransformValue } from './transform';
import type * as T from './types';
import { Writable as WritableValue } from './writable';

export type * from './types';

StreamValue.Readable = ReadableValue;
StreamValue.Writable = WritableValue;
StreamValue.Duplex = DuplexValue;
StreamValue.Transform = TransformValue;
StreamValue.PassThrough = PassThroughValue;
StreamValue.Stream = StreamValue;

export type Stream = T.Stream;
export const Stream = StreamValue;
export type Readable<C = T.Chunk> = T.Readable<C>;
export const Readable = ReadableValue;
export type Writable<C = T.Chunk> = T.Writable<C>;
export const Writable = WritableValue;
export type Duplex<C = T.Chunk> = T.Duplex<C>;
export const Duplex = DuplexValue;
export type Transform<C = T.Chunk> = T.Transform<C>;
export const Transform = TransformValue;
export type PassThrough<C = T.Chunk> = T.PassThrough<C>;
export const PassThrough = PassThroughValue;

export default StreamValue;
