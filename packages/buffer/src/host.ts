// What the buffer takes from the JS engine it runs on, captured once at import.
//
// The n10 runtime removes TextEncoder/TextDecoder from the program's global object (0.10 had
// neither), so they are read here, before that scrub. All are optional: without them every
// codec falls back to its plain-JS path, which gives the same bytes and strings.

interface Host {
  /** UTF-8 decoder that throws on any malformed input (so its output is byte-identical to 0.10's). */
  utf8Fatal: TextDecoder | undefined;
  /**
   * UTF-8 decoder that replaces malformed input with U+FFFD (faster than the fatal one on
   * Node 20): for bytes known to be ASCII (base64 and hex digits), or with a check after.
   */
  utf8Loose: TextDecoder | undefined;
  /** UTF-16LE decoder that throws on a lone surrogate (which 0.10 passed through). */
  utf16Fatal: TextDecoder | undefined;
  encoder: TextEncoder | undefined;
  /** String.prototype.isWellFormed where the engine has it. */
  isWellFormed: ((this: string) => boolean) | undefined;
}

function capture(): Host {
  const g = globalThis as { TextDecoder?: typeof TextDecoder; TextEncoder?: typeof TextEncoder };
  let utf8Fatal: TextDecoder | undefined;
  let utf8Loose: TextDecoder | undefined;
  let encoder: TextEncoder | undefined;
  let utf16Fatal: TextDecoder | undefined;
  try {
    if (typeof g.TextDecoder === 'function') utf16Fatal = new g.TextDecoder('utf-16le', { fatal: true, ignoreBOM: true });
  } catch {
    utf16Fatal = undefined;
  }
  try {
    if (typeof g.TextDecoder === 'function') utf8Fatal = new g.TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  } catch {
    utf8Fatal = undefined;
  }
  try {
    if (typeof g.TextDecoder === 'function') utf8Loose = new g.TextDecoder('utf-8', { ignoreBOM: true });
  } catch {
    utf8Loose = undefined;
  }
  try {
    if (typeof g.TextEncoder === 'function') encoder = new g.TextEncoder();
  } catch {
    encoder = undefined;
  }
  const proto = String.prototype as { isWellFormed?: (this: string) => boolean };
  return { utf8Fatal, utf8Loose, utf16Fatal, encoder, isWellFormed: typeof proto.isWellFormed === 'function' ? proto.isWellFormed : undefined };
}

export const host: Host = capture();

/** Typed-array methods Buffer overrides with 0.10 meanings (`set`, `fill`, `slice`), kept for internal use. */
export const u8Set = Uint8Array.prototype.set;
export const u8Fill = Uint8Array.prototype.fill;

/** True on little-endian engines (all current ones); the float codecs swap bytes otherwise. */
export const littleEndian = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
