// @n10/buffer: node 0.10's require('buffer') — { INSPECT_MAX_BYTES, SlowBuffer, Buffer }.
import { Buffer } from './buffer';
import { bufferModule } from './module-object';
import { SlowBuffer } from './slow-buffer';

bufferModule.SlowBuffer = SlowBuffer;
bufferModule.Buffer = Buffer;

/** Initial value only; set `require('buffer').INSPECT_MAX_BYTES` to change what inspect shows. */
export const INSPECT_MAX_BYTES = 50;
export { Buffer, SlowBuffer };
export type { BufferConstructor, BufferModule, SlowBufferConstructor } from './types';
export type { Buffer as BufferInstance, SlowBuffer as SlowBufferInstance } from './types';

export default bufferModule;
