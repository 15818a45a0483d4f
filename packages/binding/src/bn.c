/*
 * bn.c: the big-number operations Diffie-Hellman needs (node 0.10's DiffieHellman did them
 * through OpenSSL's DH, whose arithmetic this is). Numbers are unsigned big-endian bytes in
 * any ArrayBufferView; results are Uint8Arrays without leading zeros (0 is empty).
 *
 *   modPow(base, exponent, modulus) → Uint8Array   base^exponent mod modulus (BN_mod_exp;
 *       constant-time in the exponent for an odd modulus). Modulus 0: RangeError.
 *   generatePrime(bits, safe[, add, rem]) → Uint8Array
 *   generatePrime(bits, safe, add, rem, req)        on the thread pool: req.oncomplete(err, prime)
 *       BN_generate_prime_ex2: a random prime of exactly `bits` bits; safe: (p − 1) / 2 is
 *       prime too; add/rem (null or bytes): p mod add = rem (rem null: 1, or 3 when safe).
 *       DH_generate_parameters for generator 2 used add = 24, rem = 11. Cost grows fast with
 *       bits (a 2048-bit safe prime takes seconds to minutes): bound it in the caller.
 *   checkPrime(candidate) → boolean                  BN_check_prime (error below 2^-128)
 */
#include "crypto.h"

#include <stdlib.h>

static BIGNUM *
n10_bn__arg (napi_env env, napi_value v, const char *what) {
  char *data;
  size_t len;
  if (!n10_arg_bytes(env, v, what, &data, &len)) return NULL;
  if (len > INT32_MAX) {
    n10_throw_range_error(env, "%s too long", what);
    return NULL;
  }
  BIGNUM *bn = BN_bin2bn((unsigned char *) data, (int) len, NULL);
  if (bn == NULL) n10_throw_crypto_error(env, "out of memory");
  return bn;
}

/* modPow(base, exponent, modulus) */
napi_value
n10_bn_mod_pow (napi_env env, napi_callback_info info) {
  size_t argc = 3;
  napi_value argv[3], result = NULL;
  N10_CHECK(napi_get_cb_info(env, info, &argc, argv, NULL, NULL));
  BIGNUM *a = n10_bn__arg(env, argv[0], "base");
  BIGNUM *p = a != NULL ? n10_bn__arg(env, argv[1], "exponent") : NULL;
  BIGNUM *m = p != NULL ? n10_bn__arg(env, argv[2], "modulus") : NULL;
  BIGNUM *r = BN_new();
  BN_CTX *ctx = BN_CTX_new_ex(n10_crypto_libctx());
  if (m != NULL && BN_is_zero(m)) {
    n10_throw_range_error(env, "modulus must not be 0");
  } else if (m != NULL) {
    if (r == NULL || ctx == NULL) {
      n10_throw_crypto_error(env, "out of memory");
    } else {
      /* The exponent is a private key: no timing that depends on its bits. */
      if (BN_is_odd(m)) BN_set_flags(p, BN_FLG_CONSTTIME);
      if (BN_mod_exp(r, a, p, m, ctx) == 1) result = n10_crypto_bn_bytes(env, r);
      else n10_throw_crypto_error(env, "modPow failed");
    }
  }
  BN_clear_free(p);
  BN_free(a);
  BN_free(m);
  BN_clear_free(r);
  BN_CTX_free(ctx);
  return result;
}

typedef struct {
  n10_work_t work;
  int bits;
  int safe;
  BIGNUM *add;
  BIGNUM *rem;
  BIGNUM *prime;
  unsigned long err;
  int ok;
} n10_prime_t;

/* OpenSSL's progress callback: returning 0 stops the search (teardown of the environment). */
static int
n10_bn__progress (int a, int b, BN_GENCB *cb) {
  (void) a;
  (void) b;
  const n10_prime_t *g = BN_GENCB_get_arg(cb);
  return !g->work.aborted;
}

static int
n10_bn__generate (n10_prime_t *g) {
  BN_CTX *ctx = BN_CTX_new_ex(n10_crypto_libctx());
  BN_GENCB *cb = BN_GENCB_new();
  g->prime = BN_new();
  if (cb != NULL) BN_GENCB_set(cb, n10_bn__progress, g);
  int ok = ctx != NULL && cb != NULL && g->prime != NULL && BN_generate_prime_ex2(g->prime, g->bits, g->safe, g->add, g->rem, cb, ctx) == 1;
  BN_GENCB_free(cb);
  BN_CTX_free(ctx);
  return ok;
}

static void
n10_bn__prime_run (n10_work_t *w) {
  n10_prime_t *g = (n10_prime_t *) w;
  g->ok = n10_bn__generate(g);
  if (!g->ok) g->err = n10_crypto_take_error();
}

static void
n10_bn__prime_done (n10_work_t *w, int status) {
  n10_prime_t *g = (n10_prime_t *) w;
  napi_env env = w->base.env->env;
  napi_value argv[2];
  if (status < 0) argv[0] = n10_uv_error(env, status, "generatePrime", NULL, NULL);
  else if (!g->ok) argv[0] = n10_crypto_error_from(env, g->err, "prime generation failed");
  else napi_get_null(env, &argv[0]);
  argv[1] = g->ok && status == 0 ? n10_crypto_bn_bytes(env, g->prime) : n10_undefined(env);
  if (argv[0] != NULL && argv[1] != NULL) n10_work_complete(w, NULL, 2, argv);
}

static void
n10_bn__prime_cleanup (n10_work_t *w) {
  n10_prime_t *g = (n10_prime_t *) w;
  BN_free(g->add);
  BN_free(g->rem);
  BN_free(g->prime);
}

/* generatePrime(bits, safe[, add, rem[, req]]) */
napi_value
n10_bn_generate_prime (napi_env env, napi_callback_info info) {
  size_t argc = 5;
  napi_value argv[5];
  n10_prime_t sync = {0}, *g = &sync;
  int32_t bits;
  N10_CHECK(napi_get_cb_info(env, info, &argc, argv, NULL, NULL));
  if (!n10_arg_int32(env, argv[0], "bits", &bits)) return NULL;
  bool async = !n10_is_nullish(env, argv[4]);
  if (async && !n10_arg_object(env, argv[4], "req")) return NULL;
  BIGNUM *add = NULL, *rem = NULL;
  if (!n10_is_nullish(env, argv[2]) && (add = n10_bn__arg(env, argv[2], "add")) == NULL) return NULL;
  if (!n10_is_nullish(env, argv[3]) && (rem = n10_bn__arg(env, argv[3], "rem")) == NULL) {
    BN_free(add);
    return NULL;
  }
  if (async) {
    g = (n10_prime_t *) n10_work_new(env, sizeof(n10_prime_t), argv[4], "N10_GENERATEPRIMEREQUEST");
    if (g == NULL) {
      BN_free(add);
      BN_free(rem);
      return NULL;
    }
    g->work.run = n10_bn__prime_run;
    g->work.done = n10_bn__prime_done;
    g->work.cleanup = n10_bn__prime_cleanup;
  }
  g->bits = bits;
  g->safe = n10_arg_bool(env, argv[1]) ? 1 : 0;
  g->add = add;
  g->rem = rem;
  if (async) {
    int err = n10_work_queue(&g->work);
    if (err < 0) n10_throw_uv_error(env, err, "generatePrime", NULL, NULL);
    return NULL;
  }
  napi_value result = NULL;
  if (n10_bn__generate(g)) result = n10_crypto_bn_bytes(env, g->prime);
  else n10_throw_crypto_error(env, "prime generation failed");
  n10_bn__prime_cleanup(&g->work);
  return result;
}

/* checkPrime(candidate) → boolean */
napi_value
n10_bn_check_prime (napi_env env, napi_callback_info info) {
  size_t argc = 1;
  napi_value argv[1], result = NULL;
  N10_CHECK(napi_get_cb_info(env, info, &argc, argv, NULL, NULL));
  BIGNUM *p = n10_bn__arg(env, argv[0], "candidate");
  if (p == NULL) return NULL;
  BN_CTX *ctx = BN_CTX_new_ex(n10_crypto_libctx());
  int r = ctx != NULL ? BN_check_prime(p, ctx, NULL) : -1;
  if (r < 0) n10_throw_crypto_error(env, "checkPrime failed");
  else result = n10_bool(env, r == 1);
  BN_CTX_free(ctx);
  BN_free(p);
  return result;
}
