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

#define N10_HASH_THIS(n, type, kind) \
  size_t argc = (n); \
  napi_value argv[(n) > 0 ? (n) : 1]; \
  n10_handle_t *h = n10_object_this(env, info, N10_BIT(kind), &argc, argv); \
  if (h == NULL) return NULL; \
  type *self = (type *) h;

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
