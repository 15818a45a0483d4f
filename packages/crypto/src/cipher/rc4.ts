// RC4, the stream cipher (keys of 1 to 256 bytes are used; longer keys wrap as in the
// original key schedule).
export class Rc4 {
  private readonly s = new Uint8Array(256);
  private i = 0;
  private j = 0;
  constructor(key: Uint8Array) {
    const s = this.s;
    for (let i = 0; i < 256; i++) s[i] = i;
    for (let i = 0, j = 0; i < 256; i++) {
      j = (j + s[i] + key[i % key.length]) & 255;
      const t = s[i];
      s[i] = s[j];
      s[j] = t;
    }
  }
  /** XORs the keystream into src[start, end), writing to out from outPos. */
  process(src: Uint8Array, start: number, end: number, out: Uint8Array, outPos: number): void {
    const s = this.s;
    let i = this.i;
    let j = this.j;
    for (let k = start; k < end; k++) {
      i = (i + 1) & 255;
      const si = s[i];
      j = (j + si) & 255;
      const sj = s[j];
      s[i] = sj;
      s[j] = si;
      out[outPos++] = src[k] ^ s[(si + sj) & 255];
    }
    this.i = i;
    this.j = j;
  }
}
