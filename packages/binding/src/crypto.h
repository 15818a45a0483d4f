/*
 * crypto.h: what the OpenSSL files share (crypto.c, random.c, hash.c, cipher.c, sign.c,
 * bn.c, pbkdf2.c). OpenSSL is the host node's own (3.0), its symbols resolved from the node
 * binary at load; the headers are node's (<nodedir>/include/node/openssl).
 *
 * n10 uses a library context of its own (OSSL_LIB_CTX) with the default provider and, when
 * the host's OpenSSL has it, the legacy provider (md4, mdc2, whirlpool, bf, cast, des, idea,
 * rc2, rc4, seed): the old algorithms node 0.10 offered, without changing what the host's own
 * crypto module sees in the default context.
 */
#ifndef N10_CRYPTO_H
#define N10_CRYPTO_H

#include "n10.h"

#include <openssl/bn.h>
#include <openssl/err.h>
#include <openssl/evp.h>

/* n10's library context (created on first use, for the whole process). */
OSSL_LIB_CTX *
n10_crypto_libctx (void);

/* A digest or cipher by name, as OpenSSL 3 fetches it, or through OpenSSL's object-name
 * aliases ('RSA-SHA256', 'aes256'…); NULL when unknown (the error queue is left clear).
 * Borrowed: fetched once per name and kept for the life of the process. */
const EVP_MD *
n10_crypto_md (const char *name);
const EVP_CIPHER *
n10_crypto_cipher (const char *name);

/* An Error for the first queued OpenSSL error on this thread (or `fallback` when the queue is
 * empty), clearing the queue: message = OpenSSL's error string
 * ('error:1C800064:Provider routines::bad decrypt'), code = 'ERR_OSSL_' + the reason in
 * capitals ('ERR_OSSL_BAD_DECRYPT'), reason, library, opensslCode (the packed number). */
napi_value
n10_crypto_error (napi_env env, const char *fallback);
void
n10_throw_crypto_error (napi_env env, const char *fallback);

/* The same from an error code saved on another thread (ERR state is per thread). */
napi_value
n10_crypto_error_from (napi_env env, unsigned long err, const char *fallback);

/* Takes the first queued error code and clears the queue (thread-pool side). */
unsigned long
n10_crypto_take_error (void);

/* An Error (not a TypeError: the arguments were fine) for a call the object's state does not
 * allow, such as update() after digest(): code 'ERR_N10_STATE'. Also 'ERR_N10_UNKNOWN_DIGEST'
 * and 'ERR_N10_UNKNOWN_CIPHER' for names OpenSSL does not know. */
void
n10_throw_crypto_code (napi_env env, const char *code, const char *fmt, ...);

/* A fresh Uint8Array copy of a BIGNUM, big-endian, without leading zeros (0 is empty). */
napi_value
n10_crypto_bn_bytes (napi_env env, const BIGNUM *bn);

#endif /* N10_CRYPTO_H */
