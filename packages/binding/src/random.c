/*
 * random.c: randomFill, the entropy behind node 0.10's crypto.randomBytes (RAND_bytes on
 * n10's library context: a DRBG seeded by the OS).
 *
 *   randomFill(buffer[, offset[, length]])         fills buffer[offset, offset + length) now
 *   randomFill(buffer, offset, length, req)        on the thread pool: req.oncomplete(err)
 *                                                  (null, or an Error as crypto.h describes)
 * The async form holds buffer and req until oncomplete.
 */
#include "crypto.h"

#include <openssl/rand.h>

#include <limits.h>

typedef struct {
  n10_work_t work;
  unsigned char *data;
  size_t len;
  unsigned long err;
  int ok;
} n10_random_t;

static int
n10_random__fill (unsigned char *p, size_t len) {
  OSSL_LIB_CTX *ctx = n10_crypto_libctx();
  while (len > 0) {
    int n = len > INT_MAX ? INT_MAX : (int) len;
    if (RAND_bytes_ex(ctx, p, (size_t) n, 0) != 1) return 0;
    p += n;
    len -= (size_t) n;
  }
  return 1;
}

static void
n10_random__run (n10_work_t *w) {
  n10_random_t *r = (n10_random_t *) w;
  r->ok = n10_random__fill(r->data, r->len);
  if (!r->ok) r->err = n10_crypto_take_error();
}

static void
n10_random__done (n10_work_t *w, int status) {
  n10_random_t *r = (n10_random_t *) w;
  napi_env env = w->base.env->env;
  napi_value err;
  if (status < 0) err = n10_uv_error(env, status, "randomFill", NULL, NULL);
  else if (!r->ok) err = n10_crypto_error_from(env, r->err, "random number generator failed");
  else napi_get_null(env, &err);
  if (err != NULL) n10_work_complete(w, NULL, 1, &err);
}

napi_value
n10_random_fill (napi_env env, napi_callback_info info) {
  size_t argc = 4;
  napi_value argv[4];
  char *data;
  size_t len;
  N10_CHECK(napi_get_cb_info(env, info, &argc, argv, NULL, NULL));
  if (!n10_arg_range(env, argv[0], argv[1], argv[2], "buffer", &data, &len)) return NULL;

  if (n10_is_nullish(env, argv[3])) {
    if (!n10_random__fill((unsigned char *) data, len)) n10_throw_crypto_error(env, "random number generator failed");
    return NULL;
  }
  if (!n10_arg_object(env, argv[3], "req")) return NULL;
  n10_random_t *r = (n10_random_t *) n10_work_new(env, sizeof(n10_random_t), argv[3], "N10_RANDOMBYTESREQUEST");
  if (r == NULL) return NULL;
  r->work.run = n10_random__run;
  r->work.done = n10_random__done;
  r->data = (unsigned char *) data;
  r->len = len;
  if (napi_create_reference(env, argv[0], 1, &r->work.base.hold) != napi_ok) {
    n10_req_free(&r->work.base);
    return NULL;
  }
  int err = n10_work_queue(&r->work);
  if (err < 0) n10_throw_uv_error(env, err, "randomFill", NULL, NULL);
  return NULL;
}
