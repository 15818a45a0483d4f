// How 0.10's inspect saw typed arrays, ArrayBuffers and DataViews. Node 0.10 implemented
// them itself (v8_typed_array.cc): every index, every method and every field was an own,
// enumerable property of the object, so inspect printed them all, in this order:
//   Uint8Array  { '0': 1, …, BYTES_PER_ELEMENT: 1, get: [Function: get], set, slice,
//                 subarray, buffer: <ArrayBuffer>, length: 2, byteOffset: 0, byteLength: 2 }
//   ArrayBuffer { '0': 1, …, slice: [Function: slice], byteLength: 2 }   (its bytes)
//   DataView    { '0': …, getUint8 … setFloat64, buffer, byteOffset, byteLength }
// `shape010` builds a plain object with those properties, which inspect then prints as it
// prints any object.
import { tagOf } from './types';

// Stand-ins with 0.10's names, printed `[Function: get]` (the values are never called).
function get(): void {}
function set(): void {}
function slice(): void {}
function subarray(): void {}
function getUint8(): void {}
function getInt8(): void {}
function getUint16(): void {}
function getInt16(): void {}
function getUint32(): void {}
function getInt32(): void {}
function getFloat32(): void {}
function getFloat64(): void {}
function setUint8(): void {}
function setInt8(): void {}
function setUint16(): void {}
function setInt16(): void {}
function setUint32(): void {}
function setInt32(): void {}
function setFloat32(): void {}
function setFloat64(): void {}

const DATA_VIEW_METHODS: Record<string, unknown> = {
  getUint8, getInt8, getUint16, getInt16, getUint32, getInt32, getFloat32, getFloat64,
  setUint8, setInt8, setUint16, setInt16, setUint32, setInt32, setFloat32, setFloat64,
};

type Shape = Record<string, unknown>;

interface View {
  buffer: ArrayBufferLike;
  byteOffset: number;
  byteLength: number;
}

function bytesOf(shape: Shape, buffer: ArrayBufferLike, offset: number, length: number): void {
  const bytes = new Uint8Array(buffer, offset, length);
  for (let i = 0; i < length; i++) shape[i] = bytes[i];
}

function arrayBufferShape(buffer: ArrayBufferLike): Shape {
  const shape: Shape = {};
  bytesOf(shape, buffer, 0, buffer.byteLength);
  shape.slice = slice;
  shape.byteLength = buffer.byteLength;
  return shape;
}

// Own properties the program added (u.foo = 1) come after 0.10's, as they did there.
function addOwn(shape: Shape, value: object): void {
  const keys = Object.keys(value);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    if (/^\d+$/.test(key)) continue;
    const desc = Object.getOwnPropertyDescriptor(value, key);
    if (desc) Object.defineProperty(shape, key, desc);
  }
}

/**
 * The object 0.10's inspect would have walked for `value`, when it is a typed array, an
 * ArrayBuffer or a DataView; otherwise undefined.
 */
export function shape010(value: object): Shape | undefined {
  const tag = tagOf(value);
  if (tag === '[object ArrayBuffer]') {
    const shape = arrayBufferShape(value as ArrayBuffer);
    addOwn(shape, value);
    return shape;
  }
  if (!ArrayBuffer.isView(value)) return undefined;
  const view = value as unknown as View;
  const shape: Shape = {};
  if (tag === '[object DataView]') {
    bytesOf(shape, view.buffer, view.byteOffset, view.byteLength);
    const names = Object.keys(DATA_VIEW_METHODS);
    for (let i = 0; i < names.length; i++) shape[names[i]] = DATA_VIEW_METHODS[names[i]];
    shape.buffer = arrayBufferShape(view.buffer);
    shape.byteOffset = view.byteOffset;
    shape.byteLength = view.byteLength;
  } else {
    const list = value as unknown as ArrayLike<unknown> & { BYTES_PER_ELEMENT: number };
    for (let i = 0; i < list.length; i++) shape[i] = list[i];
    shape.BYTES_PER_ELEMENT = list.BYTES_PER_ELEMENT;
    shape.get = get;
    shape.set = set;
    shape.slice = slice;
    shape.subarray = subarray;
    shape.buffer = arrayBufferShape(view.buffer);
    shape.length = list.length;
    shape.byteOffset = view.byteOffset;
    shape.byteLength = view.byteLength;
  }
  addOwn(shape, value);
  return shape;
}
