// The module object: index.ts fills it in 0.10's key order. It lives here so that the parts
// read the program's current crypto.DEFAULT_ENCODING (a plain, writable data property in
// 0.10) at each call.
export const cryptoModule: { DEFAULT_ENCODING: string; [key: string]: unknown } = {
  DEFAULT_ENCODING: 'buffer',
};

/** crypto.DEFAULT_ENCODING as the program left it. */
export function defaultEncoding(): string {
  return cryptoModule.DEFAULT_ENCODING;
}
