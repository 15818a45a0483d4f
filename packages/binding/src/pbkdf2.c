/*
 * pbkdf2.c: PBKDF2 (RFC 2898) with HMAC over any digest, node 0.10's binding PBKDF2 (which
 * was HMAC-SHA1 only: pass 'sha1').
 *
 *   pbkdf2(password, salt, iterations, keylen, digest) → Uint8Array of keylen bytes
 *   pbkdf2(password, salt, iterations, keylen, digest, req)
 *       on the thread pool: req.oncomplete(err, key) (err null, or an Error as crypto.h)
 * password, salt: any ArrayBufferView (copied at the call); iterations >= 1 (OpenSSL's
 * ERR_OSSL_INVALID_ITERATION_COUNT otherwise: 0.10 treated 0 as 1, a policy for the caller);
 * keylen >= 1 (ERR_OSSL_INVALID_KEY_LENGTH for 0). Unknown digest: ERR_N10_UNKNOWN_DIGEST.
 */
#include "crypto.h"

#include <openssl/core_names.h>
#include <openssl/kdf.h>
#include <openssl/params.h>

#include <stdlib.h>
#include <string.h>

typedef struct {
  n10_work_t work;
  const EVP_MD *md;
  unsigned char *password;
  size_t passlen;
  unsigned char *salt;
  size_t saltlen;
  uint64_t iterations;
  unsigned char *out; /* the result's ArrayBuffer, held by the request */
  size_t keylen;
  unsigned long err;
  int ok;
} n10_pbkdf2_t;

static uv_once_t n10_pbkdf2__once = UV_ONCE_INIT;
static EVP_KDF *n10_pbkdf2__kdf;

static void
n10_pbkdf2__init (void) {
  ERR_set_mark();
  n10_pbkdf2__kdf = EVP_KDF_fetch(n10_crypto_libctx(), OSSL_KDF_NAME_PBKDF2, NULL);
  ERR_pop_to_mark();
}

static int
n10_pbkdf2__derive (n10_pbkdf2_t *p) {
  static unsigned char empty[1] = {0};
  int pkcs5 = 1; /* plain RFC 2898: none of SP 800-132's lower bounds */
  OSSL_PARAM params[6];
  params[0] = OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_PASSWORD, p->passlen ? p->password : empty, p->passlen);
  params[1] = OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_SALT, p->saltlen ? p->salt : empty, p->saltlen);
  params[2] = OSSL_PARAM_construct_uint64(OSSL_KDF_PARAM_ITER, &p->iterations);
  params[3] = OSSL_PARAM_construct_utf8_string(OSSL_KDF_PARAM_DIGEST, (char *) EVP_MD_get0_name(p->md), 0);
  params[4] = OSSL_PARAM_construct_int(OSSL_KDF_PARAM_PKCS5, &pkcs5);
  params[5] = OSSL_PARAM_construct_end();
  EVP_KDF_CTX *ctx = n10_pbkdf2__kdf != NULL ? EVP_KDF_CTX_new(n10_pbkdf2__kdf) : NULL;
  int ok = ctx != NULL && EVP_KDF_derive(ctx, p->out, p->keylen, params) == 1;
  EVP_KDF_CTX_free(ctx);
  return ok;
}

static void
n10_pbkdf2__run (n10_work_t *w) {
  n10_pbkdf2_t *p = (n10_pbkdf2_t *) w;
  p->ok = n10_pbkdf2__derive(p);
  if (!p->ok) p->err = n10_crypto_take_error();
}

static void
n10_pbkdf2__done (n10_work_t *w, int status) {
  n10_pbkdf2_t *p = (n10_pbkdf2_t *) w;
  napi_env env = w->base.env->env;
  napi_value argv[2];
  if (status < 0) argv[0] = n10_uv_error(env, status, "pbkdf2", NULL, NULL);
  else if (!p->ok) argv[0] = n10_crypto_error_from(env, p->err, "pbkdf2 failed");
  else napi_get_null(env, &argv[0]);
  argv[1] = n10_undefined(env);
  if (status == 0 && p->ok && napi_get_reference_value(env, w->base.hold, &argv[1]) != napi_ok) return;
  if (argv[0] != NULL && argv[1] != NULL) n10_work_complete(w, NULL, 2, argv);
}

static void
n10_pbkdf2__cleanup (n10_work_t *w) {
  n10_pbkdf2_t *p = (n10_pbkdf2_t *) w;
  if (p->password != NULL) OPENSSL_clear_free(p->password, p->passlen);
  free(p->salt);
}

/* pbkdf2(password, salt, iterations, keylen, digest[, req]) */
napi_value
n10_pbkdf2 (napi_env env, napi_callback_info info) {
  size_t argc = 6;
  napi_value argv[6], ab, view;
  char *password, *salt;
  size_t passlen, saltlen;
  int64_t iterations, keylen;
  N10_CHECK(napi_get_cb_info(env, info, &argc, argv, NULL, NULL));
  if (!n10_arg_bytes(env, argv[0], "password", &password, &passlen)) return NULL;
  if (!n10_arg_bytes(env, argv[1], "salt", &salt, &saltlen)) return NULL;
  if (!n10_arg_int64(env, argv[2], "iterations", &iterations)) return NULL;
  if (!n10_arg_int64(env, argv[3], "keylen", &keylen)) return NULL;
  if (iterations < 0 || iterations > UINT32_MAX) {
    n10_throw_range_error(env, "iterations out of range");
    return NULL;
  }
  if (keylen < 0 || keylen > INT32_MAX) {
    n10_throw_range_error(env, "keylen out of range");
    return NULL;
  }
  char *name = n10_arg_string(env, argv[4], "digest");
  if (name == NULL) return NULL;
  const EVP_MD *md = n10_crypto_md(name);
  if (md == NULL) {
    n10_throw_crypto_code(env, "ERR_N10_UNKNOWN_DIGEST", "Digest method not supported: %s", name);
    free(name);
    return NULL;
  }
  free(name);
  bool async = !n10_is_nullish(env, argv[5]);
  if (async && !n10_arg_object(env, argv[5], "req")) return NULL;
  uv_once(&n10_pbkdf2__once, n10_pbkdf2__init);

  void *out;
  N10_CHECK(napi_create_arraybuffer(env, (size_t) keylen, &out, &ab));
  N10_CHECK(napi_create_typedarray(env, napi_uint8_array, (size_t) keylen, ab, 0, &view));

  if (!async) {
    n10_pbkdf2_t p = {0};
    p.md = md;
    p.password = (unsigned char *) password;
    p.passlen = passlen;
    p.salt = (unsigned char *) salt;
    p.saltlen = saltlen;
    p.iterations = (uint64_t) iterations;
    p.out = out;
    p.keylen = (size_t) keylen;
    if (n10_pbkdf2__derive(&p)) return view;
    n10_throw_crypto_error(env, "pbkdf2 failed");
    return NULL;
  }

  n10_pbkdf2_t *p = (n10_pbkdf2_t *) n10_work_new(env, sizeof(n10_pbkdf2_t), argv[5], "N10_PBKDF2REQUEST");
  if (p == NULL) return NULL;
  p->work.run = n10_pbkdf2__run;
  p->work.done = n10_pbkdf2__done;
  p->work.cleanup = n10_pbkdf2__cleanup;
  p->md = md;
  p->iterations = (uint64_t) iterations;
  p->out = out;
  p->keylen = (size_t) keylen;
  p->passlen = passlen;
  p->saltlen = saltlen;
  /* Copies: the caller may change its buffers while the thread pool works. */
  p->password = malloc(passlen + 1);
  p->salt = malloc(saltlen + 1);
  if (p->password == NULL || p->salt == NULL || napi_create_reference(env, view, 1, &p->work.base.hold) != napi_ok) {
    n10_pbkdf2__cleanup(&p->work);
    n10_req_free(&p->work.base);
    n10_throw_range_error(env, "out of memory");
    return NULL;
  }
  if (passlen) memcpy(p->password, password, passlen);
  if (saltlen) memcpy(p->salt, salt, saltlen);
  int err = n10_work_queue(&p->work);
  if (err < 0) n10_throw_uv_error(env, err, "pbkdf2", NULL, NULL);
  return NULL;
}
