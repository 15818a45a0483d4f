// What the modes need of a block cipher: encrypt or decrypt one block in place, the block held
// as big-endian 32-bit words (4 for AES, 2 for DES and Blowfish).
export interface BlockCipher {
  /** Block length in bytes: 16 or 8. */
  readonly blockSize: number;
  encrypt(words: Int32Array): void;
  decrypt(words: Int32Array): void;
}
