/*
 * sign.c: Sign and Verify, node 0.10's binding Sign and Verify: a digest runs over the data
 * and the key comes last, as in 0.10's API, so these are EVP_SignFinal / EVP_VerifyFinal
 * (digest, then EVP_PKEY_sign/verify with that digest: PKCS #1 v1.5 for RSA, DSA, ECDSA).
 *
 *   new Sign() / new Verify()
 *   init(digest)                        ERR_N10_UNKNOWN_DIGEST for a name OpenSSL lacks
 *   update(data[, offset[, length]])
 *   sign.sign(keyPem, passphrase | null) → Uint8Array
 *       keyPem: the bytes of a PEM private key (PRIVATE KEY, RSA/DSA/EC PRIVATE KEY,
 *       ENCRYPTED PRIVATE KEY, or a Proc-Type: ENCRYPTED one with its passphrase). Never
 *       prompts: without a passphrase an encrypted key fails.
 *   verify.verify(keyPem, signature) → boolean
 *       keyPem: a PEM public key (PUBLIC KEY, RSA PUBLIC KEY) or a certificate (CERTIFICATE:
 *       its public key). A wrong signature is false; an unreadable key throws.
 * Both end the object (later calls throw ERR_N10_STATE). Key errors are OpenSSL's
 * (crypto.h), e.g. code ERR_OSSL_UNSUPPORTED from the PEM decoders.
 */
#define _GNU_SOURCE /* memmem */
#include "crypto.h"

#include <openssl/decoder.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

#include <limits.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
  n10_handle_t base;
  EVP_MD_CTX *ctx;
  bool finished;
} n10_sign_t;

void
n10_sign_release (n10_handle_t *h) {
  n10_sign_t *s = (n10_sign_t *) h;
  EVP_MD_CTX_free(s->ctx);
  s->ctx = NULL;
}

static napi_value
n10_sign__new (napi_env env, napi_callback_info info, const char *name, n10_type_t type) {
  napi_value self;
  if (!n10_object_construct(env, info, name, NULL, NULL, &self)) return NULL;
  n10_sign_t *s = calloc(1, sizeof(*s));
  if (s == NULL) return NULL;
  if (n10_object_wrap(env, self, &s->base, type) != napi_ok) return NULL;
  return self;
}

napi_value
n10_sign_new (napi_env env, napi_callback_info info) {
  return n10_sign__new(env, info, "Sign", N10_SIGN);
}

napi_value
n10_verify_new (napi_env env, napi_callback_info info) {
  return n10_sign__new(env, info, "Verify", N10_VERIFY);
}

#define N10_SIGN_THIS(n) N10_METHOD_THIS(n, N10_BIT(N10_SIGN) | N10_BIT(N10_VERIFY), n10_sign_t, s, base)

static bool
n10_sign__ready (napi_env env, n10_sign_t *s) {
  if (s->ctx != NULL && !s->finished) return true;
  n10_throw_crypto_code(env, "ERR_N10_STATE", s->finished ? "already finished" : "init() was not called");
  return false;
}

/* init(digest): Sign and Verify alike */
napi_value
n10_sign_init (napi_env env, napi_callback_info info) {
  N10_SIGN_THIS(1)
  char *name = n10_arg_string(env, argv[0], "digest");
  if (name == NULL) return NULL;
  const EVP_MD *md = n10_crypto_md(name);
  if (md == NULL) {
    n10_throw_crypto_code(env, "ERR_N10_UNKNOWN_DIGEST", "Digest method not supported: %s", name);
    free(name);
    return NULL;
  }
  free(name);
  if (s->finished) {
    n10_throw_crypto_code(env, "ERR_N10_STATE", "already finished");
    return NULL;
  }
  if (s->ctx == NULL && (s->ctx = EVP_MD_CTX_new()) == NULL) {
    n10_throw_crypto_error(env, "digest initialization failed");
    return NULL;
  }
  if (EVP_DigestInit_ex2(s->ctx, md, NULL) != 1) {
    EVP_MD_CTX_free(s->ctx);
    s->ctx = NULL;
    n10_throw_crypto_error(env, "digest initialization failed");
  }
  return NULL;
}

/* update(data[, offset[, length]]) */
napi_value
n10_sign_update (napi_env env, napi_callback_info info) {
  char *data;
  size_t len;
  N10_SIGN_THIS(3)
  if (!n10_arg_range(env, argv[0], argv[1], argv[2], "data", &data, &len)) return NULL;
  if (!n10_sign__ready(env, s)) return NULL;
  if (EVP_DigestUpdate(s->ctx, data, len) != 1) n10_throw_crypto_error(env, "digest update failed");
  return NULL;
}

/* ---- keys ---- */

typedef struct {
  const char *data;
  size_t len;
} n10_passphrase_t;

/* OpenSSL's passphrase callback: the given bytes, or failure (never a terminal prompt). */
static int
n10_sign__passphrase (char *buf, int size, int rwflag, void *u) {
  (void) rwflag;
  const n10_passphrase_t *p = u;
  if (p == NULL || p->data == NULL || size < 0) return -1;
  size_t n = p->len < (size_t) size ? p->len : (size_t) size;
  memcpy(buf, p->data, n);
  return (int) n;
}

static EVP_PKEY *
n10_sign__private_key (const char *pem, size_t len, n10_passphrase_t *pass) {
  if (len > INT_MAX) return NULL;
  BIO *bio = BIO_new_mem_buf(pem, (int) len);
  if (bio == NULL) return NULL;
  EVP_PKEY *key = PEM_read_bio_PrivateKey_ex(bio, NULL, n10_sign__passphrase, pass, n10_crypto_libctx(), NULL);
  BIO_free(bio);
  return key;
}

static EVP_PKEY *
n10_sign__public_key (const char *pem, size_t len) {
  static const char cert[] = "-----BEGIN CERTIFICATE-----";
  EVP_PKEY *key = NULL;
  if (len > INT_MAX) return NULL;
  BIO *bio = BIO_new_mem_buf(pem, (int) len);
  if (bio == NULL) return NULL;
  if (memmem(pem, len, cert, sizeof(cert) - 1) != NULL) {
    X509 *x = X509_new_ex(n10_crypto_libctx(), NULL);
    if (x != NULL && PEM_read_bio_X509(bio, &x, n10_sign__passphrase, NULL) != NULL) key = X509_get_pubkey(x);
    X509_free(x);
  } else {
    /* PUBLIC KEY (SubjectPublicKeyInfo) and RSA PUBLIC KEY (PKCS #1) alike. */
    OSSL_DECODER_CTX *dctx = OSSL_DECODER_CTX_new_for_pkey(&key, "PEM", NULL, NULL, EVP_PKEY_PUBLIC_KEY, n10_crypto_libctx(), NULL);
    if (dctx != NULL && OSSL_DECODER_from_bio(dctx, bio) != 1) key = NULL;
    OSSL_DECODER_CTX_free(dctx);
  }
  BIO_free(bio);
  return key;
}

/* sign(keyPem, passphrase | null) → Uint8Array */
napi_value
n10_sign_sign (napi_env env, napi_callback_info info) {
  char *pem;
  size_t pemlen;
  n10_passphrase_t pass = {NULL, 0};
  N10_SIGN_THIS(2)
  if (h->type != N10_SIGN) {
    n10_throw_type_error(env, "wrong handle type");
    return NULL;
  }
  if (!n10_arg_bytes(env, argv[0], "key", &pem, &pemlen)) return NULL;
  if (!n10_is_nullish(env, argv[1])) {
    char *p;
    if (!n10_arg_bytes(env, argv[1], "passphrase", &p, &pass.len)) return NULL;
    pass.data = p != NULL ? p : "";
  }
  if (!n10_sign__ready(env, s)) return NULL;
  ERR_clear_error();
  EVP_PKEY *key = n10_sign__private_key(pem, pemlen, &pass);
  if (key == NULL) {
    n10_throw_crypto_error(env, "could not read the private key");
    return NULL;
  }
  napi_value result = NULL;
  unsigned int siglen = 0;
  unsigned char *sig = malloc((size_t) EVP_PKEY_get_size(key) + 1);
  s->finished = true;
  if (sig != NULL && EVP_SignFinal_ex(s->ctx, sig, &siglen, key, n10_crypto_libctx(), NULL) == 1) {
    result = n10_bytes_copy(env, (char *) sig, siglen);
    ERR_clear_error();
  } else {
    n10_throw_crypto_error(env, "signing failed");
  }
  free(sig);
  EVP_PKEY_free(key);
  n10_object_release(h);
  return result;
}

/* verify(keyPem, signature) → boolean */
napi_value
n10_verify_verify (napi_env env, napi_callback_info info) {
  char *pem, *sig;
  size_t pemlen, siglen;
  N10_SIGN_THIS(2)
  if (h->type != N10_VERIFY) {
    n10_throw_type_error(env, "wrong handle type");
    return NULL;
  }
  if (!n10_arg_bytes(env, argv[0], "key", &pem, &pemlen)) return NULL;
  if (!n10_arg_bytes(env, argv[1], "signature", &sig, &siglen)) return NULL;
  if (siglen > UINT_MAX) {
    n10_throw_range_error(env, "signature too long");
    return NULL;
  }
  if (!n10_sign__ready(env, s)) return NULL;
  ERR_clear_error();
  EVP_PKEY *key = n10_sign__public_key(pem, pemlen);
  if (key == NULL) {
    n10_throw_crypto_error(env, "could not read the public key");
    return NULL;
  }
  static const unsigned char empty[1] = {0};
  s->finished = true;
  int r = EVP_VerifyFinal_ex(s->ctx, siglen > 0 ? (unsigned char *) sig : empty, (unsigned int) siglen, key, n10_crypto_libctx(), NULL);
  /* 0 and -1 alike: the signature does not verify (malformed is not an exception). */
  ERR_clear_error();
  EVP_PKEY_free(key);
  n10_object_release(h);
  return n10_bool(env, r == 1);
}
