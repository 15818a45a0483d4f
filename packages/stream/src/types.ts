// The public shapes of node 0.10's stream classes, for TypeScript callers. The classes are
// function constructors (0.10 programs subclass them with util.inherits and Ctor.call(this)),
// so each has a constructor interface: `new` for instances, a call signature for `.call`.
import type { EventEmitter, Listener } from '@n10/events';
import type { Decoder, StreamBuffer } from './encoding';

export type { StreamBuffer, Decoder, Listener };

/** What flows through a byte stream; object-mode streams carry any value but null. */
export type Chunk = StreamBuffer | string;

/** A write completion callback: an error, or nothing. */
export type WriteCallback = (error?: Error | null) => void;

export interface ReadableOptions {
  /** Bytes (objects in objectMode) to buffer before _read stops being called. Default 16 KiB. */
  highWaterMark?: number;
  /** Decode pushed buffers to strings in this encoding. */
  encoding?: string | null;
  objectMode?: boolean;
  /** The encoding of strings pushed without one. Default 'utf8'. */
  defaultEncoding?: string;
}

export interface WritableOptions {
  /** Bytes (objects in objectMode) at which write() starts returning false. Default 16 KiB. */
  highWaterMark?: number;
  /** Convert written strings to buffers before _write. Default true. */
  decodeStrings?: boolean;
  objectMode?: boolean;
  defaultEncoding?: string;
}

export interface DuplexOptions extends ReadableOptions, WritableOptions {
  /** When false, the end of either side ends the other. Default true. */
  allowHalfOpen?: boolean;
  readable?: boolean;
  writable?: boolean;
}

export type TransformOptions = DuplexOptions;

export interface PipeOptions {
  /** End the destination when the source ends. Default true. */
  end?: boolean;
}

/** Anything pipe() can write into: a Writable, or an old-style stream with write/end. */
export interface WritableLike extends EventEmitter {
  write(chunk: never): unknown;
  end(): unknown;
  _writableState?: WritableState;
  writable?: boolean;
  destroy?(): unknown;
  /** Set on process.stdout and process.stderr, which pipe() never ends. */
  _isStdio?: boolean;
}

/** The legacy Stream: an EventEmitter with 0.8's data-event pipe(). */
export interface Stream extends EventEmitter {
  pipe<D extends WritableLike>(destination: D, options?: PipeOptions): D;
  readable?: boolean;
  writable?: boolean;
}

export interface ReadableState {
  highWaterMark: number;
  buffer: unknown[];
  length: number;
  pipes: WritableLike | WritableLike[] | null;
  pipesCount: number;
  flowing: boolean;
  ended: boolean;
  endEmitted: boolean;
  reading: boolean;
  calledRead: boolean;
  sync: boolean;
  needReadable: boolean;
  emittedReadable: boolean;
  readableListening: boolean;
  objectMode: boolean;
  defaultEncoding: string;
  ranOut: boolean;
  awaitDrain: number;
  readingMore: boolean;
  decoder: Decoder | null;
  encoding: string | null;
}

export interface WritableState {
  highWaterMark: number;
  objectMode: boolean;
  needDrain: boolean;
  ending: boolean;
  ended: boolean;
  finished: boolean;
  decodeStrings: boolean;
  defaultEncoding: string;
  length: number;
  writing: boolean;
  sync: boolean;
  bufferProcessing: boolean;
  onwrite: (error?: Error | null) => void;
  writecb: WriteCallback | null;
  writelen: number;
  buffer: WriteRequest[];
}

export interface WriteRequest {
  chunk: unknown;
  encoding: string;
  callback: WriteCallback;
}

export interface Readable<T = Chunk> extends Stream {
  _readableState: ReadableState;
  readable: boolean;
  /** Returns size bytes (all buffered data without size), one object in objectMode, or null. */
  read(size?: number): T | null;
  setEncoding(encoding: string): void;
  resume(): void;
  pause(): void;
  unpipe(destination?: WritableLike): this;
  unshift(chunk: T): boolean;
  /** Makes this stream read from an old-style (0.8) readable stream; returns this. */
  wrap(stream: EventEmitter): this;
  /** For implementors: queue a chunk (null for the end); false means stop pushing for now. */
  push(chunk: T | null | undefined, encoding?: string): boolean;
  /** For implementors: fetch data and push() it. */
  _read(size: number): void;
}

export interface Writable<T = Chunk> extends Stream {
  _writableState: WritableState;
  writable: boolean;
  write(chunk: T, callback?: WriteCallback): boolean;
  write(chunk: T, encoding?: string | null, callback?: WriteCallback): boolean;
  end(callback?: () => void): void;
  end(chunk: T | null | undefined, callback?: () => void): void;
  end(chunk: T | null | undefined, encoding?: string | null, callback?: () => void): void;
  /** For implementors: consume one chunk, then call callback (with an error, if any). */
  _write(chunk: T, encoding: string, callback: WriteCallback): void;
}

export interface Duplex<T = Chunk> extends Readable<T> {
  _writableState: WritableState;
  writable: boolean;
  allowHalfOpen: boolean;
  write(chunk: T, callback?: WriteCallback): boolean;
  write(chunk: T, encoding?: string | null, callback?: WriteCallback): boolean;
  end(callback?: () => void): void;
  end(chunk: T | null | undefined, callback?: () => void): void;
  end(chunk: T | null | undefined, encoding?: string | null, callback?: () => void): void;
  _write(chunk: T, encoding: string, callback: WriteCallback): void;
}

export type TransformCallback = (error?: Error | null, data?: unknown) => void;

export interface TransformState {
  afterTransform: TransformCallback;
  needTransform: boolean;
  transforming: boolean;
  writecb: WriteCallback | null;
  writechunk: unknown;
  writeencoding?: string;
}

export interface Transform<T = Chunk> extends Duplex<T> {
  _transformState: TransformState;
  /** For implementors: push() the output for chunk, then call callback. */
  _transform(chunk: T, encoding: string, callback: TransformCallback): void;
  /** For implementors (optional): push() what remains at the end, then call callback. */
  _flush?(callback: (error?: Error | null) => void): void;
}

export type PassThrough<T = Chunk> = Transform<T>;

export interface ReadableStateConstructor {
  new (options?: ReadableOptions, stream?: object): ReadableState;
}

export interface WritableStateConstructor {
  new (options: WritableOptions | undefined, stream: object): WritableState;
}

export interface ReadableConstructor {
  new <T = Chunk>(options?: ReadableOptions): Readable<T>;
  <T = Chunk>(options?: ReadableOptions): Readable<T>;
  prototype: Readable<unknown>;
  ReadableState: ReadableStateConstructor;
  super_: StreamConstructor;
  /** 0.10's internal helper: takes n bytes (or one object) off a state's buffer. */
  _fromList(n: number, state: ReadableState): unknown;
}

export interface WritableConstructor {
  new <T = Chunk>(options?: WritableOptions): Writable<T>;
  <T = Chunk>(options?: WritableOptions): Writable<T>;
  prototype: Writable<unknown>;
  WritableState: WritableStateConstructor;
  super_: StreamConstructor;
}

export interface DuplexConstructor {
  new <T = Chunk>(options?: DuplexOptions): Duplex<T>;
  <T = Chunk>(options?: DuplexOptions): Duplex<T>;
  prototype: Duplex<unknown>;
  super_: ReadableConstructor;
}

export interface TransformConstructor {
  new <T = Chunk>(options?: TransformOptions): Transform<T>;
  <T = Chunk>(options?: TransformOptions): Transform<T>;
  prototype: Transform<unknown>;
  super_: DuplexConstructor;
}

export interface PassThroughConstructor {
  new <T = Chunk>(options?: TransformOptions): PassThrough<T>;
  <T = Chunk>(options?: TransformOptions): PassThrough<T>;
  prototype: PassThrough<unknown>;
  super_: TransformConstructor;
}

/** require('stream'): the legacy Stream constructor carrying the streams2 classes. */
export interface StreamConstructor {
  new (): Stream;
  (this: object): void;
  prototype: Stream;
  super_: Function;
  Readable: ReadableConstructor;
  Writable: WritableConstructor;
  Duplex: DuplexConstructor;
  Transform: TransformConstructor;
  PassThrough: PassThroughConstructor;
  Stream: StreamConstructor;
}
