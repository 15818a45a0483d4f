// @n10/buffer: node 0.10's require('buffer') — { INSPECT_MAX_BYTES, SlowBuffer, Buffer }.
import { Buffer as BufferFn } from './buffer';
import { bufferModule } from './module-object';
import { SlowBuffer as SlowBufferFn } from './slow-buffer';
import type { Buffer as BufferInstance, BufferConstructor, SlowBuffer as SlowBufferInstance, SlowBufferConstructor } from './types';

bufferModule.SlowBuffer = SlowBufferFn;
bufferModule.Buffer = BufferFn;

// fn.name and fn.length as 0.10's: its Buffer methods were anonymous `function (…)` expressions
// (today's engine names a function after the const it is assigned to), Buffer.byteLength was
// SlowBuffer's C++ function (length 0), and so were SlowBuffer's *Slice/*Write/read/write
// float methods and copy. Set once here; the calls themselves are unchanged.
function shape(fn: unknown, name: string | undefined, length?: number): void {
  if (typeof fn !== 'function') return;
  if (name !== undefined && fn.name !== name) Object.defineProperty(fn, 'name', { value: name, configurable: true });
  if (length !== undefined && fn.length !== length) Object.defineProperty(fn, 'length', { value: length, configurable: true });
}
{
  const statics = BufferFn as unknown as Record<string, unknown>;
  shape(statics.isEncoding, '');
  shape(statics.concat, '');
  shape(statics.byteLength, '', 0);
  const proto = BufferFn.prototype as unknown as Record<string, unknown>;
  for (const key of Object.keys(proto)) {
    if (/^(?:read|write)(?:U?Int(?:8|16|32)|Float|Double)/.test(key) || /^(?:copy|slice|toJSON|toString|write)$/.test(key)) shape(proto[key], '');
  }
  const slow = SlowBufferFn.prototype as unknown as Record<string, unknown>;
  for (const key of Object.getOwnPropertyNames(slow)) {
    if (key === 'fill' || slow[key] === proto[key]) continue; // shared with Buffer.prototype
    if (/^(?:(?:ascii|base64|binary|hex|ucs2|utf8)(?:Slice|Write)|(?:read|write)(?:Float|Double)(?:LE|BE)|copy)$/.test(key)) shape(slow[key], undefined, 0);
  }
}

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
