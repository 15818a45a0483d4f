// OpenSSL's per-thread error queue, as 0.10 exposed it. OpenSSL pushed an entry for each failure
// inside a call; 0.10 threw with the oldest entry (ERR_get_error pops one, or yields
// error:00000000:… when the queue is empty) and left the rest — and the entries of calls that
// failed without throwing (a sign() with an unreadable key, a failed verify()) — for the next
// error to report. Programs see that in error messages, so n10 keeps the same queue.
export const ERR_NONE = 'error:00000000:lib(0):func(0):reason(0)';

export const E = {
  PEM_NO_START_LINE: 'error:0906D06C:PEM routines:PEM_read_bio:no start line',
  PEM_BAD_END_LINE: 'error:0906D066:PEM routines:PEM_read_bio:bad end line',
  PEM_BAD_BASE64: 'error:0906D064:PEM routines:PEM_read_bio:bad base64 decode',
  PEM_NO_PASSWORD: 'error:0906406D:PEM routines:PEM_def_callback:problems getting password',
  PEM_BAD_PASSWORD_READ: 'error:0906A068:PEM routines:PEM_do_header:bad password read',
  PEM_PKCS8_BAD_PASSWORD_READ: 'error:0907B068:PEM routines:PEM_READ_BIO_PRIVATEKEY:bad password read',
  PEM_DO_HEADER_BAD_DECRYPT: 'error:0906A065:PEM routines:PEM_do_header:bad decrypt',
  PEM_NOT_PROC_TYPE: 'error:0906C06D:PEM routines:PEM_get_EVP_CIPHER_INFO:not proc type',
  PEM_UNSUPPORTED_ENCRYPTION: 'error:0906506E:PEM routines:PEM_get_EVP_CIPHER_INFO:unsupported encryption',
  PEM_ASN1_LIB: 'error:0907B00D:PEM routines:PEM_READ_BIO_PRIVATEKEY:ASN1 lib',
  PKCS12_CIPHERFINAL: 'error:23077074:PKCS12 routines:PKCS12_pbe_crypt:pkcs12 cipherfinal error',
  PKCS12_PBE_CRYPT: 'error:2306A075:PKCS12 routines:PKCS12_item_decrypt_d2i:pkcs12 pbe crypt error',
  PBE_UNKNOWN: 'error:06074079:digital envelope routines:EVP_PBE_CipherInit:unknown pbe algorithm',
  ASN1_HEADER_TOO_LONG: 'error:0D07207B:asn1 encoding routines:ASN1_get_object:header too long',
  ASN1_TOO_LONG: 'error:0D07209B:asn1 encoding routines:ASN1_get_object:too long',
  ASN1_BAD_OBJECT_HEADER: 'error:0D068066:asn1 encoding routines:ASN1_CHECK_TLEN:bad object header',
  ASN1_NESTED: 'error:0D07803A:asn1 encoding routines:ASN1_ITEM_EX_D2I:nested asn1 error',
  EVP_KEY_LENGTH: 'error:0607A082:digital envelope routines:EVP_CIPHER_CTX_set_key_length:invalid key length',
  EVP_BAD_DECRYPT: 'error:06065064:digital envelope routines:EVP_DecryptFinal_ex:bad decrypt',
  EVP_WRONG_FINAL_BLOCK_LENGTH: 'error:0606506D:digital envelope routines:EVP_DecryptFinal_ex:wrong final block length',
  EVP_DECRYPT_NOT_MULTIPLE: 'error:0606508A:digital envelope routines:EVP_DecryptFinal_ex:data not multiple of block length',
  EVP_ENCRYPT_NOT_MULTIPLE: 'error:0607F08A:digital envelope routines:EVP_EncryptFinal_ex:data not multiple of block length',
  EVP_SIGN_WRONG_KEY_TYPE: 'error:0606B06E:digital envelope routines:EVP_SignFinal:wrong public key type',
  EVP_VERIFY_WRONG_KEY_TYPE: 'error:0606C06E:digital envelope routines:EVP_VerifyFinal:wrong public key type',
  RSA_DIGEST_TOO_BIG: 'error:04075070:rsa routines:RSA_sign:digest too big for rsa key',
  RSA_WRONG_SIGNATURE_LENGTH: 'error:04091077:rsa routines:INT_RSA_VERIFY:wrong signature length',
  RSA_BLOCK_TYPE: 'error:0407006A:rsa routines:RSA_padding_check_PKCS1_type_1:block type is not 01',
  RSA_PADDING_CHECK: 'error:04067072:rsa routines:RSA_EAY_PUBLIC_DECRYPT:padding check failed',
  RSA_ALGORITHM_MISMATCH: 'error:04091064:rsa routines:INT_RSA_VERIFY:algorithm mismatch',
  RSA_BAD_SIGNATURE: 'error:04091068:rsa routines:INT_RSA_VERIFY:bad signature',
  DSA_BN_LIB: 'error:0A071003:dsa routines:DSA_do_verify:BN lib',
  X509_CERT_ALREADY_IN_STORE: 'error:0B07C065:x509 certificate routines:X509_STORE_add_cert:cert already in hash table',
  SSL_PEM_LIB: 'error:140DC009:SSL routines:SSL_CTX_use_certificate_chain_file:PEM lib',
  SSL_SESSION_ID_TOO_LONG: 'error:140DB111:SSL routines:SSL_CTX_set_session_id_context:ssl session id context too long',
};

const queue: string[] = [];

/** ERR_put_error: records failures, oldest first (OpenSSL kept 16). */
export function pushError(...entries: string[]): void {
  for (const e of entries) {
    queue.push(e);
    if (queue.length > 16) queue.shift();
  }
}

/** ERR_get_error as 0.10 formatted it: the oldest entry, removed. */
export function popError(): string {
  return queue.length ? (queue.shift() as string) : ERR_NONE;
}

/** ERR_peek_error() != 0: something is queued. */
export function errorsQueued(): boolean {
  return queue.length > 0;
}

/** ERR_print_errors / ERR_clear_error: the queue emptied (0.10 printed it to stderr first). */
export function clearErrors(): void {
  queue.length = 0;
}

/** A failure inside OpenSSL-like code: the entries it pushes, oldest first. */
export class OpenSslFailure extends Error {
  constructor(readonly entries: string[]) {
    super(entries[0]);
  }
}
