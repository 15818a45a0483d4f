/*
 * cipher.c: CipherBase (EVP_CIPHER_CTX), node 0.10's binding CipherBase, and bytesToKey
 * (EVP_BytesToKey, which 0.10's createCipher(algorithm, password) used).
 *
 *   new CipherBase()
 *   init(cipher, key, iv | null, encrypt)   key and iv: ArrayBufferViews. The key length is
 *       set on the context first, so OpenSSL refuses a wrong one for a fixed-length cipher
 *       (ERR_OSSL_INVALID_KEY_LENGTH) and takes any length for a variable one (bf, rc4, rc2,
 *       cast5). iv must be exactly the cipher's IV length (null: only when that is 0), else
 *       a RangeError. Unknown cipher: ERR_N10_UNKNOWN_CIPHER.
 *   update(data[, offset[, length]]) → Uint8Array
 *   final() → Uint8Array                    once; OpenSSL's error on a bad decrypt or a
 *                                           partial block without padding
 *   setAutoPadding(on) → boolean            false before init()
 *   bytesToKey(cipher, digest, password, salt | null, count) → [key, iv]
 */
#include "crypto.h"

#include <stdlib.h>
#include <string.h>

typedef struct {
  n10_handle_t base;
  EVP_CIPHER_CTX *ctx;
  int block;       /* block size: 1 for stream ciphers and stream modes */
  size_t buffered; /* bytes the context holds back (input − output so far) */
  bool encrypt;
  bool padding;
  bool plain; /* ECB, CBC, CFB, OFB, CTR or a stream cipher: update output is whole blocks */
  bool finished;
} n10_cipher_t;

void
n10_cipher_release (n10_handle_t *h) {
  n10_cipher_t *c = (n10_cipher_t *) h;
  EVP_CIPHER_CTX_free(c->ctx);
  c->ctx = NULL;
}

napi_value
n10_cipher_new (napi_env env, napi_callback_info info) {
  napi_value self;
  if (!n10_object_construct(env, info, "CipherBase", NULL, NULL, &self)) return NULL;
  n10_cipher_t *c = calloc(1, sizeof(*c));
  if (c == NULL) return NULL;
  if (n10_object_wrap(env, self, &c->base, N10_CIPHER) != napi_ok) return NULL;
  return self;
}

#define N10_CIPHER_THIS(n) N10_METHOD_THIS(n, N10_BIT(N10_CIPHER), n10_cipher_t, c, base)

/* init(cipher, key, iv | null, encrypt) */
napi_value
n10_cipher_init (napi_env env, napi_callback_info info) {
  char *key, *iv = NULL;
  size_t keylen, ivlen = 0;
  N10_CIPHER_THIS(4)
  char *name = n10_arg_string(env, argv[0], "cipher");
  if (name == NULL) return NULL;
  if (!n10_arg_bytes(env, argv[1], "key", &key, &keylen) ||
      (!n10_is_nullish(env, argv[2]) && !n10_arg_bytes(env, argv[2], "iv", &iv, &ivlen))) {
    free(name);
    return NULL;
  }
  bool encrypt = n10_arg_bool(env, argv[3]);
  const EVP_CIPHER *cipher = n10_crypto_cipher(name);
  if (cipher == NULL) {
    n10_throw_crypto_code(env, "ERR_N10_UNKNOWN_CIPHER", "Unknown cipher: %s", name);
    free(name);
    return NULL;
  }
  free(name);
  int want_iv = EVP_CIPHER_get_iv_length(cipher);
  if ((size_t) want_iv != ivlen) {
    n10_throw_range_error(env, "iv must be %d bytes for %s", want_iv, EVP_CIPHER_get0_name(cipher));
    return NULL;
  }
  if (keylen > INT32_MAX) {
    n10_throw_range_error(env, "key too long");
    return NULL;
  }
  if (h->flags & N10_OBJECT_RELEASED) {
    n10_throw_crypto_code(env, "ERR_N10_STATE", "CipherBase: final() was already called");
    return NULL;
  }
  if (c->ctx == NULL && (c->ctx = EVP_CIPHER_CTX_new()) == NULL) {
    n10_throw_crypto_error(env, "cipher initialization failed");
    return NULL;
  }
  c->finished = false;
  c->block = 0;
  /* The cipher first, then the key length (OpenSSL checks it), then key and IV: the context
   * reads exactly the key length it was given. */
  if (EVP_CipherInit_ex2(c->ctx, cipher, NULL, NULL, encrypt ? 1 : 0, NULL) != 1 ||
      ((int) keylen != EVP_CIPHER_CTX_get_key_length(c->ctx) && EVP_CIPHER_CTX_set_key_length(c->ctx, (int) keylen) != 1) ||
      EVP_CipherInit_ex2(c->ctx, NULL, (unsigned char *) key, (unsigned char *) iv, encrypt ? 1 : 0, NULL) != 1) {
    n10_throw_crypto_error(env, "cipher initialization failed");
    return NULL;
  }
  int mode = EVP_CIPHER_get_mode(cipher);
  unsigned long flags = EVP_CIPHER_get_flags(cipher);
  c->block = EVP_CIPHER_get_block_size(cipher);
  c->buffered = 0;
  c->encrypt = encrypt;
  c->padding = true;
  c->plain = !(flags & (EVP_CIPH_FLAG_AEAD_CIPHER | EVP_CIPH_FLAG_CUSTOM_CIPHER)) &&
             (mode == EVP_CIPH_STREAM_CIPHER || mode == EVP_CIPH_ECB_MODE || mode == EVP_CIPH_CBC_MODE ||
              mode == EVP_CIPH_CFB_MODE || mode == EVP_CIPH_OFB_MODE || mode == EVP_CIPH_CTR_MODE);
  return NULL;
}

/* At most what EVP_CipherUpdate writes for `len` more bytes. For the plain modes: the whole
 * blocks of what the context holds plus the input (exactly that, except when decrypting
 * with padding: OpenSSL then keeps a last whole block for final()). For the other modes a
 * generous bound, and `plain` is false. */
static size_t
n10_cipher__out_bound (const n10_cipher_t *c, size_t len, bool *plain) {
  size_t bs = c->block > 0 ? (size_t) c->block : 1;
  *plain = c->plain;
  if (!c->plain) return len + 2 * bs + 256; /* AEAD, wrap, stitched TLS ciphers */
  size_t total = c->buffered + len;
  return total - total % bs;
}

/* update(data[, offset[, length]]) → Uint8Array */
napi_value
n10_cipher_update (napi_env env, napi_callback_info info) {
  char *data;
  size_t len;
  napi_value ab, view;
  void *out;
  bool plain;
  N10_CIPHER_THIS(3)
  if (!n10_arg_range(env, argv[0], argv[1], argv[2], "data", &data, &len)) return NULL;
  if (c->ctx == NULL || c->block == 0 || c->finished) {
    n10_throw_crypto_code(env, "ERR_N10_STATE", c->finished ? "CipherBase: final() was already called" : "CipherBase: init() was not called");
    return NULL;
  }
  if (len > INT32_MAX) {
    n10_throw_range_error(env, "data too long for one update (2 GiB)");
    return NULL;
  }
  size_t size = n10_cipher__out_bound(c, len, &plain);
  int outl = 0;
  if (plain) {
    /* Straight into the result's own ArrayBuffer (a copy only when OpenSSL kept a block
     * back for a padded final()). */
    N10_CHECK(napi_create_arraybuffer(env, size, &out, &ab));
    if (len > 0 && EVP_CipherUpdate(c->ctx, out, &outl, (unsigned char *) data, (int) len) != 1) {
      n10_throw_crypto_error(env, "cipher update failed");
      return NULL;
    }
    c->buffered = c->buffered + len - (size_t) outl;
    if ((size_t) outl == size) {
      N10_CHECK(napi_create_typedarray(env, napi_uint8_array, size, ab, 0, &view));
      return view;
    }
    return n10_bytes_copy(env, out, (size_t) outl);
  } else {
    unsigned char *tmp = malloc(size);
    if (tmp == NULL) {
      n10_throw_range_error(env, "out of memory");
      return NULL;
    }
    int ok = len == 0 || EVP_CipherUpdate(c->ctx, tmp, &outl, (unsigned char *) data, (int) len) == 1;
    view = ok ? n10_bytes_copy(env, (char *) tmp, (size_t) outl) : NULL;
    free(tmp);
    if (!ok) {
      n10_throw_crypto_error(env, "cipher update failed");
      return NULL;
    }
  }
  c->buffered = c->buffered + len - (size_t) outl;
  return view;
}

/* final() → Uint8Array */
napi_value
n10_cipher_final (napi_env env, napi_callback_info info) {
  unsigned char out[EVP_MAX_BLOCK_LENGTH * 2];
  int outl = 0;
  N10_CIPHER_THIS(0)
  if (c->ctx == NULL || c->block == 0 || c->finished) {
    n10_throw_crypto_code(env, "ERR_N10_STATE", c->finished ? "CipherBase: final() was already called" : "CipherBase: init() was not called");
    return NULL;
  }
  c->finished = true;
  int ok = EVP_CipherFinal_ex(c->ctx, out, &outl);
  n10_object_release(h);
  if (ok != 1) {
    n10_throw_crypto_error(env, "cipher final failed");
    return NULL;
  }
  return n10_bytes_copy(env, (const char *) out, (size_t) outl);
}

/* setAutoPadding(on) → false before init() or after final() */
napi_value
n10_cipher_set_auto_padding (napi_env env, napi_callback_info info) {
  N10_CIPHER_THIS(1)
  bool on = argc < 1 || n10_arg_bool(env, argv[0]);
  if (c->ctx == NULL || c->block == 0 || c->finished) return n10_bool(env, false);
  bool ok = EVP_CIPHER_CTX_set_padding(c->ctx, on ? 1 : 0) == 1;
  if (ok) c->padding = on;
  ERR_clear_error();
  return n10_bool(env, ok);
}

/* bytesToKey(cipher, digest, password, salt | null, count) → [key, iv]
 * salt, when given, is 8 bytes (PKCS5_SALT_LEN); count >= 1. */
napi_value
n10_cipher_bytes_to_key (napi_env env, napi_callback_info info) {
  size_t argc = 5;
  napi_value argv[5], result;
  char *password, *salt = NULL;
  size_t passlen, saltlen = 0;
  int32_t count;
  unsigned char key[EVP_MAX_KEY_LENGTH], iv[EVP_MAX_IV_LENGTH];
  N10_CHECK(napi_get_cb_info(env, info, &argc, argv, NULL, NULL));
  char *cname = n10_arg_string(env, argv[0], "cipher");
  if (cname == NULL) return NULL;
  char *dname = n10_arg_string(env, argv[1], "digest");
  if (dname == NULL) {
    free(cname);
    return NULL;
  }
  const EVP_CIPHER *cipher = n10_crypto_cipher(cname);
  const EVP_MD *md = n10_crypto_md(dname);
  if (cipher == NULL || md == NULL) {
    if (cipher == NULL) n10_throw_crypto_code(env, "ERR_N10_UNKNOWN_CIPHER", "Unknown cipher: %s", cname);
    else n10_throw_crypto_code(env, "ERR_N10_UNKNOWN_DIGEST", "Digest method not supported: %s", dname);
    free(cname);
    free(dname);
    return NULL;
  }
  free(cname);
  free(dname);
  if (!n10_arg_bytes(env, argv[2], "password", &password, &passlen)) return NULL;
  if (!n10_is_nullish(env, argv[3]) && !n10_arg_bytes(env, argv[3], "salt", &salt, &saltlen)) return NULL;
  if (!n10_arg_int32(env, argv[4], "count", &count)) return NULL;
  if (salt != NULL && saltlen != 8) {
    n10_throw_range_error(env, "salt must be 8 bytes");
    return NULL;
  }
  if (count < 1) {
    n10_throw_range_error(env, "count must be at least 1");
    return NULL;
  }
  if (passlen > INT32_MAX) {
    n10_throw_range_error(env, "password too long");
    return NULL;
  }
  static const unsigned char empty[1] = {0};
  int keylen = EVP_BytesToKey(cipher, md, (unsigned char *) salt, passlen > 0 ? (unsigned char *) password : empty, (int) passlen, count, key, iv);
  if (keylen <= 0) {
    n10_throw_crypto_error(env, "EVP_BytesToKey failed");
    return NULL;
  }
  N10_CHECK(napi_create_array_with_length(env, 2, &result));
  N10_CHECK(napi_set_element(env, result, 0, n10_bytes_copy(env, (char *) key, (size_t) keylen)));
  N10_CHECK(napi_set_element(env, result, 1, n10_bytes_copy(env, (char *) iv, (size_t) EVP_CIPHER_get_iv_length(cipher))));
  OPENSSL_cleanse(key, sizeof(key));
  OPENSSL_cleanse(iv, sizeof(iv));
  return result;
}
