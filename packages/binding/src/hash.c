/*
 * hash.c: Hash (EVP_MD_CTX) and Hmac (EVP_MAC "HMAC"), node 0.10's binding Hash and Hmac.
 *
 *   new Hash(algorithm)                 throws ERR_N10_UNKNOWN_DIGEST for a name OpenSSL lacks
 *   hash.update(data[, offset[, length]])
 *   hash.digest() → Uint8Array          once: the context is freed, later calls throw ERR_N10_STATE
 *   hash.copy() → Hash                  an independent copy of the running state
 *   new Hmac(algorithm, key)            (key: any ArrayBufferView, may be empty)
 *   hmac.update(data[, offset[, length]]), hmac.digest() → Uint8Array
 */
#include "crypto.h"

#include <openssl/core_names.h>
#include <openssl/params.h>

#include <stdlib.h>
#include <string.h>

typedef struct {
  n10_handle_t base;
  EVP_MD_CTX *ctx;
} n10_hash_t;

typedef struct {
  n10_handle_t base;
  EVP_MAC_CTX *ctx;
} n10_hmac_t;

void
n10_hash_release (n10_handle_t *h) {
  n10_hash_t *hash = (n10_hash_t *) h;
  EVP_MD_CTX_free(hash->ctx);
  hash->ctx = NULL;
}

void
n10_hmac_release (n10_handle_t *h) {
  n10_hmac_t *hmac = (n10_hmac_t *) h;
  EVP_MAC_CTX_free(hmac->ctx);
  hmac->ctx = NULL;
}

/* ---- Hash ---- */

napi_value
n10_hash_new (napi_env env, napi_callback_info info) {
  size_t argc = 1;
  napi_value argv[1], self;
  if (!n10_object_construct(env, info, "Hash", &argc, argv, &self)) return NULL;
  char *name = n10_arg_string(env, argv[0], "algorithm");
  if (name == NULL) return NULL;
  const EVP_MD *md = n10_crypto_md(name);
  if (md == NULL) {
    n10_throw_crypto_code(env, "ERR_N10_UNKNOWN_DIGEST", "Digest method not supported: %s", name);
    free(name);
    return NULL;
  }
  free(name);
  n10_hash_t *hash = calloc(1, sizeof(*hash));
  if (hash == NULL) return NULL;
  if (n10_object_wrap(env, self, &hash->base, N10_HASH) != napi_ok) return NULL;
  hash->ctx = EVP_MD_CTX_new();
  if (hash->ctx == NULL || EVP_DigestInit_ex2(hash->ctx, md, NULL) != 1) {
    n10_object_release(&hash->base);
    n10_throw_crypto_error(env, "digest initialization failed");
    return NULL;
  }
  return self;
}

#define N10_HASH_THIS(n, type, kind) N10_METHOD_THIS(n, N10_BIT(kind), type, self, base)

/* update(data[, offset[, length]]) */
napi_value
n10_hash_update (napi_env env, napi_callback_info info) {
  char *data;
  size_t len;
  N10_HASH_THIS(3, n10_hash_t, N10_HASH)
  if (!n10_arg_range(env, argv[0], argv[1], argv[2], "data", &data, &len)) return NULL;
  if (self->ctx == NULL) {
    n10_throw_crypto_code(env, "ERR_N10_STATE", "Hash: digest() was already called");
    return NULL;
  }
  if (EVP_DigestUpdate(self->ctx, data, len) != 1) n10_throw_crypto_error(env, "digest update failed");
  return NULL;
}

napi_value
n10_hash_digest (napi_env env, napi_callback_info info) {
  unsigned char md[EVP_MAX_MD_SIZE];
  unsigned int len = 0;
  N10_HASH_THIS(0, n10_hash_t, N10_HASH)
  if (self->ctx == NULL) {
    n10_throw_crypto_code(env, "ERR_N10_STATE", "Hash: digest() was already called");
    return NULL;
  }
  int ok = EVP_DigestFinal_ex(self->ctx, md, &len);
  n10_object_release(h);
  if (ok != 1) {
    n10_throw_crypto_error(env, "digest failed");
    return NULL;
  }
  return n10_bytes_copy(env, (const char *) md, len);
}

/* copy() → a new Hash with this one's running state */
napi_value
n10_hash_copy (napi_env env, napi_callback_info info) {
  napi_value ctor, copy, name;
  void *data = NULL;
  N10_HASH_THIS(0, n10_hash_t, N10_HASH)
  if (self->ctx == NULL) {
    n10_throw_crypto_code(env, "ERR_N10_STATE", "Hash: digest() was already called");
    return NULL;
  }
  N10_CHECK(napi_get_reference_value(env, h->env->constructors[N10_HASH], &ctor));
  name = n10_string(env, EVP_MD_get0_name(EVP_MD_CTX_get0_md(self->ctx)));
  N10_CHECK(napi_new_instance(env, ctor, 1, &name, &copy));
  N10_CHECK(napi_unwrap(env, copy, &data));
  n10_hash_t *to = (n10_hash_t *) data;
  if (EVP_MD_CTX_copy_ex(to->ctx, self->ctx) != 1) {
    n10_throw_crypto_error(env, "digest copy failed");
    return NULL;
  }
  return copy;
}

/* ---- Hmac ---- */

static uv_once_t n10_hmac__once = UV_ONCE_INIT;
static EVP_MAC *n10_hmac__mac;

static void
n10_hmac__init (void) {
  ERR_set_mark();
  n10_hmac__mac = EVP_MAC_fetch(n10_crypto_libctx(), "HMAC", NULL);
  ERR_pop_to_mark();
}

/* new Hmac(algorithm, key) */
napi_value
n10_hmac_new (napi_env env, napi_callback_info info) {
  size_t argc = 2;
  napi_value argv[2], self;
  char *key;
  size_t keylen;
  if (!n10_object_construct(env, info, "Hmac", &argc, argv, &self)) return NULL;
  char *name = n10_arg_string(env, argv[0], "algorithm");
  if (name == NULL) return NULL;
  if (!n10_arg_bytes(env, argv[1], "key", &key, &keylen)) {
    free(name);
    return NULL;
  }
  const EVP_MD *md = n10_crypto_md(name);
  if (md == NULL) {
    n10_throw_crypto_code(env, "ERR_N10_UNKNOWN_DIGEST", "Digest method not supported: %s", name);
    free(name);
    return NULL;
  }
  free(name);
  uv_once(&n10_hmac__once, n10_hmac__init);
  n10_hmac_t *hmac = calloc(1, sizeof(*hmac));
  if (hmac == NULL) return NULL;
  if (n10_object_wrap(env, self, &hmac->base, N10_HMAC) != napi_ok) return NULL;
  OSSL_PARAM params[2];
  params[0] = OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_DIGEST, (char *) EVP_MD_get0_name(md), 0);
  params[1] = OSSL_PARAM_construct_end();
  /* An empty key is a valid HMAC key, but a NULL one means "keep the old key": never NULL. */
  static const unsigned char empty[1] = {0};
  hmac->ctx = n10_hmac__mac != NULL ? EVP_MAC_CTX_new(n10_hmac__mac) : NULL;
  if (hmac->ctx == NULL || EVP_MAC_init(hmac->ctx, keylen > 0 ? (unsigned char *) key : empty, keylen, params) != 1) {
    n10_object_release(&hmac->base);
    n10_throw_crypto_error(env, "HMAC initialization failed");
    return NULL;
  }
  return self;
}

napi_value
n10_hmac_update (napi_env env, napi_callback_info info) {
  char *data;
  size_t len;
  N10_HASH_THIS(3, n10_hmac_t, N10_HMAC)
  if (!n10_arg_range(env, argv[0], argv[1], argv[2], "data", &data, &len)) return NULL;
  if (self->ctx == NULL) {
    n10_throw_crypto_code(env, "ERR_N10_STATE", "Hmac: digest() was already called");
    return NULL;
  }
  if (EVP_MAC_update(self->ctx, (unsigned char *) data, len) != 1) n10_throw_crypto_error(env, "HMAC update failed");
  return NULL;
}

napi_value
n10_hmac_digest (napi_env env, napi_callback_info info) {
  unsigned char out[EVP_MAX_MD_SIZE];
  size_t len = 0;
  N10_HASH_THIS(0, n10_hmac_t, N10_HMAC)
  if (self->ctx == NULL) {
    n10_throw_crypto_code(env, "ERR_N10_STATE", "Hmac: digest() was already called");
    return NULL;
  }
  int ok = EVP_MAC_final(self->ctx, out, &len, sizeof(out));
  n10_object_release(h);
  if (ok != 1) {
    n10_throw_crypto_error(env, "HMAC failed");
    return NULL;
  }
  return n10_bytes_copy(env, (const char *) out, len);
}

/* ---- one-shot digests and HMACs: no object, one call ----
 *
 *   hashId(algorithm) → a small integer for the digest (the same for every name of it), or -1
 *   hashInto(id, data, offset, length, out, outOffset)
 *       writes the digest of data[offset, offset + length) to out[outOffset…] (EVP_MD_get_size bytes)
 *   hmacInto(id, key, data, offset, length, out, outOffset)
 *       the same for HMAC (RFC 2104: a key longer than the block is hashed first)
 * data, key, out: Uint8Arrays. For the common update-then-digest pattern on small inputs,
 * where creating a Hash/Hmac object (napi_wrap, a finalizer, an EVP context kept alive until
 * the collector runs) costs more than the hashing. */

#define N10_HASH_IDS 64

static uv_once_t n10_hash__ids_once = UV_ONCE_INIT;
static uv_mutex_t n10_hash__ids_lock;
static const EVP_MD *n10_hash__ids[N10_HASH_IDS];
static int n10_hash__ids_count;

static void
n10_hash__ids_init (void) {
  uv_mutex_init(&n10_hash__ids_lock);
}

napi_value
n10_hash_id (napi_env env, napi_callback_info info) {
  size_t argc = 1;
  napi_value argv[1];
  int id = -1;
  N10_CHECK(napi_get_cb_info(env, info, &argc, argv, NULL, NULL));
  char *name = n10_arg_string(env, argv[0], "algorithm");
  if (name == NULL) return NULL;
  const EVP_MD *md = n10_crypto_md(name);
  free(name);
  if (md != NULL) {
    uv_once(&n10_hash__ids_once, n10_hash__ids_init);
    uv_mutex_lock(&n10_hash__ids_lock);
    for (int i = 0; i < n10_hash__ids_count; i++) {
      if (n10_hash__ids[i] == md) id = i;
    }
    if (id < 0 && n10_hash__ids_count < N10_HASH_IDS) {
      id = n10_hash__ids_count;
      n10_hash__ids[id] = md;
      n10_hash__ids_count++;
    }
    uv_mutex_unlock(&n10_hash__ids_lock);
  }
  return n10_int32(env, id);
}

/* The fast argument readers: plain Uint8Arrays and int32s, TypeError/RangeError otherwise. */
static bool
n10_hash__u8 (napi_env env, napi_value v, const char *what, unsigned char **data, size_t *len) {
  napi_typedarray_type type;
  void *ptr = NULL;
  if (napi_get_typedarray_info(env, v, &type, len, &ptr, NULL, NULL) != napi_ok || type != napi_uint8_array) {
    n10_throw_type_error(env, "%s must be a Uint8Array", what);
    return false;
  }
  *data = ptr;
  return true;
}

static bool
n10_hash__int (napi_env env, napi_value v, const char *what, int32_t *out) {
  if (napi_get_value_int32(env, v, out) != napi_ok) {
    n10_throw_type_error(env, "%s must be a number", what);
    return false;
  }
  return true;
}

static const EVP_MD *
n10_hash__md (napi_env env, napi_value v) {
  int32_t id;
  if (!n10_hash__int(env, v, "id", &id)) return NULL;
  const EVP_MD *md = id >= 0 && id < N10_HASH_IDS ? n10_hash__ids[id] : NULL;
  if (md == NULL) n10_throw_range_error(env, "no digest has the id %d", (int) id);
  return md;
}

/* data[offset, offset + length) and out[outOffset, outOffset + size) from argv. */
static bool
n10_hash__io (napi_env env, napi_value *argv, size_t size, unsigned char **data, size_t *len, unsigned char **out) {
  unsigned char *base, *obase;
  size_t blen, olen;
  int32_t off, n, ooff;
  if (!n10_hash__u8(env, argv[0], "data", &base, &blen) || !n10_hash__int(env, argv[1], "offset", &off) ||
      !n10_hash__int(env, argv[2], "length", &n) || !n10_hash__u8(env, argv[3], "out", &obase, &olen) ||
      !n10_hash__int(env, argv[4], "outOffset", &ooff)) {
    return false;
  }
  if (off < 0 || n < 0 || (size_t) off + (size_t) n > blen) {
    n10_throw_range_error(env, "offset + length beyond the data");
    return false;
  }
  if (ooff < 0 || (size_t) ooff + size > olen) {
    n10_throw_range_error(env, "the digest does not fit in out");
    return false;
  }
  *data = base + off;
  *len = (size_t) n;
  *out = obase + ooff;
  return true;
}

/* hashInto(id, data, offset, length, out, outOffset) */
napi_value
n10_hash_into (napi_env env, napi_callback_info info) {
  size_t argc = 6;
  napi_value argv[6];
  unsigned char *data, *out;
  size_t len;
  N10_CHECK(napi_get_cb_info(env, info, &argc, argv, NULL, NULL));
  if (argc < 6) {
    n10_throw_type_error(env, "hashInto(id, data, offset, length, out, outOffset)");
    return NULL;
  }
  const EVP_MD *md = n10_hash__md(env, argv[0]);
  if (md == NULL) return NULL;
  int size = EVP_MD_get_size(md);
  if (size <= 0 || !n10_hash__io(env, argv + 1, (size_t) size, &data, &len, &out)) return NULL;
  if (EVP_Digest(data, len, out, NULL, md, NULL) != 1) n10_throw_crypto_error(env, "digest failed");
  return NULL;
}

/* HMAC over md as OpenSSL's HMAC_Init_ex/Update/Final compute it: the key (hashed when longer
 * than the block) zero-padded, its first block-size bytes XORed with ipad/opad. */
static int
n10_hmac__oneshot (const EVP_MD *md, const unsigned char *key, size_t keylen, const unsigned char *data, size_t len, unsigned char *out) {
  unsigned char hashed[EVP_MAX_MD_SIZE], inner[EVP_MAX_MD_SIZE], pad[256];
  unsigned int n = 0;
  int bs = EVP_MD_get_block_size(md);
  int ok = 0;
  if (bs <= 0 || (size_t) bs > sizeof(pad)) return 0;
  if (keylen > (size_t) bs) {
    if (EVP_Digest(key, keylen, hashed, &n, md, NULL) != 1) return 0;
    key = hashed;
    keylen = n;
  }
  if (keylen > (size_t) bs) keylen = (size_t) bs;
  memset(pad, 0x36, (size_t) bs);
  for (size_t i = 0; i < keylen; i++) pad[i] ^= key[i];
  EVP_MD_CTX *ctx = EVP_MD_CTX_new();
  if (ctx != NULL && EVP_DigestInit_ex2(ctx, md, NULL) == 1 && EVP_DigestUpdate(ctx, pad, (size_t) bs) == 1 &&
      EVP_DigestUpdate(ctx, data, len) == 1 && EVP_DigestFinal_ex(ctx, inner, &n) == 1) {
    for (int i = 0; i < bs; i++) pad[i] ^= 0x36 ^ 0x5c;
    ok = EVP_DigestInit_ex2(ctx, md, NULL) == 1 && EVP_DigestUpdate(ctx, pad, (size_t) bs) == 1 &&
         EVP_DigestUpdate(ctx, inner, n) == 1 && EVP_DigestFinal_ex(ctx, out, NULL) == 1;
  }
  EVP_MD_CTX_free(ctx);
  OPENSSL_cleanse(pad, sizeof(pad));
  OPENSSL_cleanse(hashed, sizeof(hashed));
  OPENSSL_cleanse(inner, sizeof(inner));
  return ok;
}

/* hmacInto(id, key, data, offset, length, out, outOffset) */
napi_value
n10_hmac_into (napi_env env, napi_callback_info info) {
  size_t argc = 7;
  napi_value argv[7];
  unsigned char *key, *data, *out;
  size_t keylen, len;
  N10_CHECK(napi_get_cb_info(env, info, &argc, argv, NULL, NULL));
  if (argc < 7) {
    n10_throw_type_error(env, "hmacInto(id, key, data, offset, length, out, outOffset)");
    return NULL;
  }
  const EVP_MD *md = n10_hash__md(env, argv[0]);
  if (md == NULL) return NULL;
  int size = EVP_MD_get_size(md);
  if (size <= 0 || !n10_hash__u8(env, argv[1], "key", &key, &keylen) || !n10_hash__io(env, argv + 2, (size_t) size, &data, &len, &out)) return NULL;
  if (n10_hmac__oneshot(md, key, keylen, data, len, out) != 1) n10_throw_crypto_error(env, "HMAC failed");
  return NULL;
}
