/*
 * crypto.c: what the OpenSSL wraps share: n10's library context and its providers, digest
 * and cipher lookup by name, OpenSSL errors as JS Errors, and the lists behind getHashes(),
 * getCiphers() and getCipherInfo().
 *
 *   getHashes() → string[]    every digest name new Hash(name) accepts, sorted
 *   getCiphers() → string[]   every cipher name CipherBase.init accepts, sorted
 *   getCipherInfo(name) → {name, keyLength, ivLength, blockSize, mode, variableKeyLength}
 *                             or undefined for an unknown cipher
 *   getHashInfo(name) → {name, size, blockSize} or undefined for an unknown digest
 */
#include "crypto.h"

#include <openssl/objects.h>
#include <openssl/provider.h>

#include <ctype.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- the library context, once per process ---- */

static uv_once_t n10_crypto__once = UV_ONCE_INIT;
static OSSL_LIB_CTX *n10_crypto__ctx;
static uv_mutex_t n10_crypto__lock; /* the name caches below */

static void
n10_crypto__init (void) {
  uv_mutex_init(&n10_crypto__lock);
  ERR_set_mark();
  n10_crypto__ctx = OSSL_LIB_CTX_new();
  if (n10_crypto__ctx != NULL) {
    /* Loading any provider explicitly turns off the automatic default one: load both. The
     * legacy provider is optional (a host OpenSSL built without it still has the rest). */
    OSSL_PROVIDER_load(n10_crypto__ctx, "default");
    OSSL_PROVIDER_load(n10_crypto__ctx, "legacy");
  }
  ERR_pop_to_mark();
}

OSSL_LIB_CTX *
n10_crypto_libctx (void) {
  uv_once(&n10_crypto__once, n10_crypto__init);
  return n10_crypto__ctx;
}

/* ---- fetching by name, cached ---- */

/* Successful lookups only, so the list is bounded by the number of valid names. */
typedef struct n10_crypto_entry_s {
  struct n10_crypto_entry_s *next;
  const void *method;
  char name[];
} n10_crypto_entry_t;

static n10_crypto_entry_t *n10_crypto__mds;
static n10_crypto_entry_t *n10_crypto__ciphers;

/* A hit moves to the front: the names a program uses stay a strcmp or two away, however
 * many getHashes()/getCiphers() put in the list. */
static const void *
n10_crypto__cached (n10_crypto_entry_t **list, const char *name) {
  for (n10_crypto_entry_t **p = list; *p != NULL; p = &(*p)->next) {
    n10_crypto_entry_t *c = *p;
    if (strcmp(c->name, name) != 0) continue;
    *p = c->next;
    c->next = *list;
    *list = c;
    return c->method;
  }
  return NULL;
}

static void
n10_crypto__remember (n10_crypto_entry_t **list, const char *name, const void *method) {
  size_t len = strlen(name);
  n10_crypto_entry_t *c = malloc(sizeof(*c) + len + 1);
  if (c == NULL) return; /* not cached: the method stays referenced (a small leak, no harm) */
  memcpy(c->name, name, len + 1);
  c->method = method;
  c->next = *list;
  *list = c;
}

static EVP_MD *
n10_crypto__fetch_md (OSSL_LIB_CTX *ctx, const char *name) {
  EVP_MD *md = EVP_MD_fetch(ctx, name, NULL);
  if (md == NULL) {
    /* OpenSSL's object names: 'RSA-SHA256', 'sha256WithRSAEncryption', 'ssl3-md5'… */
    const EVP_MD *alias = EVP_get_digestbyname(name);
    if (alias != NULL) md = EVP_MD_fetch(ctx, EVP_MD_get0_name(alias), NULL);
  }
  return md;
}

static EVP_CIPHER *
n10_crypto__fetch_cipher (OSSL_LIB_CTX *ctx, const char *name) {
  EVP_CIPHER *c = EVP_CIPHER_fetch(ctx, name, NULL);
  if (c == NULL) {
    const EVP_CIPHER *alias = EVP_get_cipherbyname(name);
    if (alias != NULL) c = EVP_CIPHER_fetch(ctx, EVP_CIPHER_get0_name(alias), NULL);
  }
  return c;
}

const EVP_MD *
n10_crypto_md (const char *name) {
  OSSL_LIB_CTX *ctx = n10_crypto_libctx();
  uv_mutex_lock(&n10_crypto__lock);
  const EVP_MD *md = n10_crypto__cached(&n10_crypto__mds, name);
  if (md == NULL) {
    ERR_set_mark();
    EVP_MD *fetched = n10_crypto__fetch_md(ctx, name);
    ERR_pop_to_mark();
    if (fetched != NULL) n10_crypto__remember(&n10_crypto__mds, name, fetched);
    md = fetched;
  }
  uv_mutex_unlock(&n10_crypto__lock);
  return md;
}

const EVP_CIPHER *
n10_crypto_cipher (const char *name) {
  OSSL_LIB_CTX *ctx = n10_crypto_libctx();
  uv_mutex_lock(&n10_crypto__lock);
  const EVP_CIPHER *c = n10_crypto__cached(&n10_crypto__ciphers, name);
  if (c == NULL) {
    ERR_set_mark();
    EVP_CIPHER *fetched = n10_crypto__fetch_cipher(ctx, name);
    ERR_pop_to_mark();
    if (fetched != NULL) n10_crypto__remember(&n10_crypto__ciphers, name, fetched);
    c = fetched;
  }
  uv_mutex_unlock(&n10_crypto__lock);
  return c;
}

/* ---- errors ---- */

unsigned long
n10_crypto_take_error (void) {
  unsigned long err = ERR_get_error();
  ERR_clear_error();
  return err;
}

napi_value
n10_crypto_error_from (napi_env env, unsigned long err, const char *fallback) {
  char text[256], code[128] = "ERR_N10_CRYPTO";
  const char *reason = NULL, *lib = NULL;
  napi_value e, msg;
  if (err != 0) {
    ERR_error_string_n(err, text, sizeof(text));
    reason = ERR_reason_error_string(err);
    lib = ERR_lib_error_string(err);
    size_t n = strlen("ERR_OSSL_");
    memcpy(code, "ERR_OSSL_", n);
    const char *r = reason != NULL ? reason : "UNKNOWN";
    for (; *r != '\0' && n < sizeof(code) - 1; r++) code[n++] = isalnum((unsigned char) *r) ? (char) toupper((unsigned char) *r) : '_';
    code[n] = '\0';
  } else {
    snprintf(text, sizeof(text), "%s", fallback);
  }
  N10_CHECK(napi_create_string_utf8(env, text, NAPI_AUTO_LENGTH, &msg));
  N10_CHECK(napi_create_error(env, NULL, msg, &e));
  n10_set(env, e, "code", n10_string(env, code));
  if (reason != NULL) n10_set(env, e, "reason", n10_string(env, reason));
  if (lib != NULL) n10_set(env, e, "library", n10_string(env, lib));
  if (err != 0) n10_set(env, e, "opensslCode", n10_double(env, (double) err));
  return e;
}

napi_value
n10_crypto_error (napi_env env, const char *fallback) {
  return n10_crypto_error_from(env, n10_crypto_take_error(), fallback);
}

void
n10_throw_crypto_error (napi_env env, const char *fallback) {
  napi_value e = n10_crypto_error(env, fallback);
  bool pending = false;
  napi_is_exception_pending(env, &pending);
  if (e != NULL && !pending) napi_throw(env, e);
}

void
n10_throw_crypto_code (napi_env env, const char *code, const char *fmt, ...) {
  char text[256];
  va_list ap;
  napi_value e, msg;
  bool pending = false;
  va_start(ap, fmt);
  vsnprintf(text, sizeof(text), fmt, ap);
  va_end(ap);
  if (napi_is_exception_pending(env, &pending) != napi_ok || pending) return;
  if (napi_create_string_utf8(env, text, NAPI_AUTO_LENGTH, &msg) != napi_ok || napi_create_error(env, NULL, msg, &e) != napi_ok) return;
  n10_set(env, e, "code", n10_string(env, code));
  napi_throw(env, e);
}

napi_value
n10_crypto_bn_bytes (napi_env env, const BIGNUM *bn) {
  napi_value ab, view;
  void *data;
  int len = BN_num_bytes(bn);
  N10_CHECK(napi_create_arraybuffer(env, (size_t) len, &data, &ab));
  if (len > 0) BN_bn2bin(bn, data);
  N10_CHECK(napi_create_typedarray(env, napi_uint8_array, (size_t) len, ab, 0, &view));
  return view;
}

/* ---- name lists ---- */

typedef struct {
  char **names;
  size_t len;
  size_t cap;
  bool cipher;
} n10_crypto_names_t;

/* Collects a name; OIDs ('2.16.840.1.101.3.4.2.1') are left out: OpenSSL accepts them,
 * nobody lists them. Checked after the enumeration (no fetching inside OpenSSL's loops). */
static void
n10_crypto__add_name (const char *name, void *arg) {
  n10_crypto_names_t *l = arg;
  if (name == NULL || *name == '\0' || isdigit((unsigned char) name[0])) return;
  if (l->len == l->cap) {
    size_t cap = l->cap ? l->cap * 2 : 256;
    char **names = realloc(l->names, cap * sizeof(char *));
    if (names == NULL) return;
    l->names = names;
    l->cap = cap;
  }
  char *copy = strdup(name);
  if (copy != NULL) l->names[l->len++] = copy;
}

static void
n10_crypto__add_obj_name (const OBJ_NAME *obj, void *arg) {
  n10_crypto__add_name(obj->name, arg);
}

static void
n10_crypto__add_md (EVP_MD *md, void *arg) {
  EVP_MD_names_do_all(md, n10_crypto__add_name, arg);
}

static void
n10_crypto__add_cipher (EVP_CIPHER *c, void *arg) {
  EVP_CIPHER_names_do_all(c, n10_crypto__add_name, arg);
}

static int
n10_crypto__compare (const void *a, const void *b) {
  return strcmp(*(char *const *) a, *(char *const *) b);
}

static napi_value
n10_crypto__list (napi_env env, bool cipher) {
  n10_crypto_names_t l = {NULL, 0, 0, cipher};
  napi_value arr = NULL;
  OSSL_LIB_CTX *ctx = n10_crypto_libctx();
  ERR_set_mark();
  OBJ_NAME_do_all_sorted(cipher ? OBJ_NAME_TYPE_CIPHER_METH : OBJ_NAME_TYPE_MD_METH, n10_crypto__add_obj_name, &l);
  if (cipher) EVP_CIPHER_do_all_provided(ctx, n10_crypto__add_cipher, &l);
  else EVP_MD_do_all_provided(ctx, n10_crypto__add_md, &l);
  ERR_pop_to_mark();
  qsort(l.names, l.len, sizeof(char *), n10_crypto__compare);
  if (napi_create_array(env, &arr) == napi_ok) {
    uint32_t n = 0;
    for (size_t i = 0; i < l.len; i++) {
      if (i > 0 && strcmp(l.names[i], l.names[i - 1]) == 0) continue;
      /* Only what new Hash(name) / CipherBase.init(name) accepts. */
      if (cipher ? n10_crypto_cipher(l.names[i]) == NULL : n10_crypto_md(l.names[i]) == NULL) continue;
      if (napi_set_element(env, arr, n++, n10_string(env, l.names[i])) != napi_ok) break;
    }
  }
  for (size_t i = 0; i < l.len; i++) free(l.names[i]);
  free(l.names);
  return arr;
}

napi_value
n10_crypto_get_hashes (napi_env env, napi_callback_info info) {
  (void) info;
  return n10_crypto__list(env, false);
}

napi_value
n10_crypto_get_ciphers (napi_env env, napi_callback_info info) {
  (void) info;
  return n10_crypto__list(env, true);
}

static const char *
n10_crypto__mode_name (int mode) {
  switch (mode) {
  case EVP_CIPH_STREAM_CIPHER:
    return "stream";
  case EVP_CIPH_ECB_MODE:
    return "ecb";
  case EVP_CIPH_CBC_MODE:
    return "cbc";
  case EVP_CIPH_CFB_MODE:
    return "cfb";
  case EVP_CIPH_OFB_MODE:
    return "ofb";
  case EVP_CIPH_CTR_MODE:
    return "ctr";
  case EVP_CIPH_GCM_MODE:
    return "gcm";
  case EVP_CIPH_CCM_MODE:
    return "ccm";
  case EVP_CIPH_XTS_MODE:
    return "xts";
  case EVP_CIPH_WRAP_MODE:
    return "wrap";
  case EVP_CIPH_OCB_MODE:
    return "ocb";
  case EVP_CIPH_SIV_MODE:
    return "siv";
  default:
    return "other";
  }
}

/* Whether the key length can be set: asked of the cipher itself, since a provider's cipher
 * does not report EVP_CIPH_VARIABLE_LENGTH among its flags. */
static bool
n10_crypto__variable_key (const EVP_CIPHER *c) {
  EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();
  bool variable = false;
  ERR_set_mark();
  if (ctx != NULL && EVP_CipherInit_ex2(ctx, c, NULL, NULL, 1, NULL) == 1) {
    variable = EVP_CIPHER_CTX_set_key_length(ctx, EVP_CIPHER_get_key_length(c) + 1) == 1;
  }
  ERR_pop_to_mark();
  EVP_CIPHER_CTX_free(ctx);
  return variable;
}

/* getCipherInfo(name) */
napi_value
n10_crypto_get_cipher_info (napi_env env, napi_callback_info info) {
  size_t argc = 1;
  napi_value argv[1], o;
  N10_CHECK(napi_get_cb_info(env, info, &argc, argv, NULL, NULL));
  char *name = n10_arg_string(env, argv[0], "cipher");
  if (name == NULL) return NULL;
  const EVP_CIPHER *c = n10_crypto_cipher(name);
  free(name);
  if (c == NULL) return n10_undefined(env);
  N10_CHECK(napi_create_object(env, &o));
  n10_set(env, o, "name", n10_string(env, EVP_CIPHER_get0_name(c)));
  n10_set(env, o, "keyLength", n10_int32(env, EVP_CIPHER_get_key_length(c)));
  n10_set(env, o, "ivLength", n10_int32(env, EVP_CIPHER_get_iv_length(c)));
  n10_set(env, o, "blockSize", n10_int32(env, EVP_CIPHER_get_block_size(c)));
  n10_set(env, o, "mode", n10_string(env, n10_crypto__mode_name(EVP_CIPHER_get_mode(c))));
  n10_set(env, o, "variableKeyLength", n10_bool(env, n10_crypto__variable_key(c)));
  return o;
}

/* getHashInfo(name) */
napi_value
n10_crypto_get_hash_info (napi_env env, napi_callback_info info) {
  size_t argc = 1;
  napi_value argv[1], o;
  N10_CHECK(napi_get_cb_info(env, info, &argc, argv, NULL, NULL));
  char *name = n10_arg_string(env, argv[0], "digest");
  if (name == NULL) return NULL;
  const EVP_MD *md = n10_crypto_md(name);
  free(name);
  if (md == NULL) return n10_undefined(env);
  N10_CHECK(napi_create_object(env, &o));
  n10_set(env, o, "name", n10_string(env, EVP_MD_get0_name(md)));
  n10_set(env, o, "size", n10_int32(env, EVP_MD_get_size(md)));
  n10_set(env, o, "blockSize", n10_int32(env, EVP_MD_get_block_size(md)));
  return o;
}
