// @n10/buffer: node 0.10's require('buffer') — { INSPECT_MAX_BYTES, SlowBuffer, Buffer }.
import { Buffer as BufferFn } from './buffer';
import { bufferModule } from './module-object';
import { SlowBuffer as SlowBufferFn } from './slow-buffer';
import type { Buffer as BufferInstance, BufferConstructor, SlowBuffer as SlowBufferInstance, SlowBufferConstructor } from './types';

bufferModule.SlowBuffer = SlowBufferFn;
bufferModule.Buffer = BufferFn;

export type { BufferConstructor, BufferModule, ForeignBuffer, SlowBufferConstructor } from './types';
export type { BufferInstance, SlowBufferInstance };

/** Initial value only; set `require('buffer').INSPECT_MAX_BYTES` to change what inspect shows. */
export const INSPECT_MAX_BYTES = 50;

// One name each for the constructor (value) and the instance type, like a class. (Aliases: a
// second top-level `Buffer` binding would make the bundler rename the constructor.)
const BufferClass: BufferConstructor = BufferFn;
type BufferClass = BufferInstance;
const SlowBufferClass: SlowBufferConstructor = SlowBufferFn;
type SlowBufferClass = SlowBufferInstance;
export { BufferClass as Buffer, SlowBufferClass as SlowBuffer };

export default bufferModule;
