/*
 * tls.c: SecureContext (SSL_CTX) and Connection (SSL over memory BIOs), node 0.10's crypto
 * binding SecureContext and Connection. Mechanism only: @n10/tls moves bytes between the
 * TCP socket and a Connection, decides verification outcomes, SNI and session policy.
 *
 *   new SecureContext()
 *   ctx.init(kind)                       kind 0 both, 1 server, 2 client (TLS_*method)
 *   ctx.setMinProto(v) / setMaxProto(v)  TLS1_VERSION… (0: OpenSSL's bound)
 *   ctx.setKey(pem, passphrase | null)   never prompts; throws a CryptoError
 *   ctx.setCert(pem)                     leaf first, the rest as the chain
 *   ctx.addCACert(pem) → count           every certificate in pem; also a client CA name
 *   ctx.addCRL(pem)                      and turns CRL checking on
 *   ctx.addRootCerts([shared])           the system's CAs (shared: one store per process)
 *   ctx.setCiphers(list)  ctx.setOptions(n)  ctx.setSessionIdContext(s)
 *   ctx.loadPKCS12(bytes, passphrase | null)
 *   ctx.getCiphers() → names
 *   ctx.close()
 *
 *   new Connection(ctx, isServer, servername | null, verifyMode)
 *   encIn(buf, off, len) → n             ciphertext from the peer into the SSL
 *   encOut(buf, off, len) → n            ciphertext for the peer (0: none)
 *   clearIn(buf, off, len) → n           SSL_write (0: not now, handshake pending)
 *   clearOut(buf, off, len) → n          SSL_read: n > 0, 0 nothing now, -1 peer closed
 *   encPending() clearPending() start() shutdown() isInitFinished()
 *   getPeerCertificate() → raw fields | null
 *   getSession() → bytes | null   setSession(bytes) → bool   isSessionReused()
 *   loadSession(bytes | null)            the session the server's get-session callback returns
 *   takeNewSession() → [id, bytes] | null   (server: the last session made)
 *   verifyError() → X509_V_* code (0 ok), -1 when the peer sent no certificate
 *   getCurrentCipher() → {name, version} | null
 *   setNPNProtocols(wire) getNegotiatedProtocol() → string | false (a server advertises the
 *     list given, even empty; a client without one, or without overlap, says "http/1.1" and
 *     reports false)
 *   getServername() → string | null   setContext(ctx)   handshakes() → count   close()
 * A fatal TLS error throws a CryptoError (OpenSSL's reason), and the Connection stays
 * unusable (later calls throw it again, code ERR_N10_STATE once closed).
 */
#include "crypto.h"

#include <openssl/pem.h>
#include <openssl/pkcs12.h>
#include <openssl/ssl.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>
#include <openssl/core_names.h>

#include <stdlib.h>
#include <string.h>

typedef struct {
  n10_handle_t base;
  SSL_CTX *ctx;
} n10_secure_context_t;

typedef struct {
  n10_handle_t base;
  SSL *ssl;
  BIO *enc_in;  /* the SSL reads from it: JS writes the peer's bytes in */
  BIO *enc_out; /* the SSL writes to it: JS reads bytes for the peer out */
  bool server;
  bool failed;
  SSL_SESSION *next_sess;
  unsigned char *new_id;
  size_t new_id_len;
  unsigned char *new_sess;
  size_t new_sess_len;
  unsigned char *npn;
  size_t npn_len;
  bool npn_set;     /* setNPNProtocols was called (a server then advertises, even an empty list) */
  bool npn_matched; /* client: the server's list and ours overlapped */
  int handshakes;
} n10_connection_t;

static int n10_tls__index = -1;
static uv_once_t n10_tls__once = UV_ONCE_INIT;

static void
n10_tls__init_index (void) {
  n10_tls__index = SSL_get_ex_new_index(0, NULL, NULL, NULL, NULL);
}

static n10_connection_t *
n10_tls__conn (const SSL *ssl) {
  return n10_tls__index < 0 ? NULL : SSL_get_ex_data(ssl, n10_tls__index);
}

void
n10_secure_context_release (n10_handle_t *h) {
  n10_secure_context_t *sc = (n10_secure_context_t *) h;
  SSL_CTX_free(sc->ctx);
  sc->ctx = NULL;
}

static void
n10_tls__clear_new (n10_connection_t *c) {
  free(c->new_id);
  free(c->new_sess);
  c->new_id = c->new_sess = NULL;
  c->new_id_len = c->new_sess_len = 0;
}

void
n10_connection_release (n10_handle_t *h) {
  n10_connection_t *c = (n10_connection_t *) h;
  if (c->ssl != NULL) {
    SSL_set_ex_data(c->ssl, n10_tls__index, NULL);
    SSL_free(c->ssl); /* frees both BIOs */
  }
  c->ssl = NULL;
  c->enc_in = c->enc_out = NULL;
  if (c->next_sess != NULL) SSL_SESSION_free(c->next_sess);
  c->next_sess = NULL;
  n10_tls__clear_new(c);
  free(c->npn);
  c->npn = NULL;
  c->npn_len = 0;
}

/* ---- callbacks OpenSSL makes (no JS: results are kept for JS to take) ---- */

static int
n10_tls__verify_accept (int ok, X509_STORE_CTX *store) {
  (void) ok;
  (void) store;
  return 1; /* the outcome is SSL_get_verify_result's: policy decides later */
}

static int
n10_tls__new_session (SSL *ssl, SSL_SESSION *sess) {
  n10_connection_t *c = n10_tls__conn(ssl);
  if (c == NULL || !c->server) return 0;
  unsigned int id_len = 0;
  const unsigned char *id = SSL_SESSION_get_id(sess, &id_len);
  int len = i2d_SSL_SESSION(sess, NULL);
  if (len <= 0) return 0;
  n10_tls__clear_new(c);
  c->new_sess = malloc((size_t) len);
  c->new_id = malloc(id_len > 0 ? id_len : 1);
  if (c->new_sess == NULL || c->new_id == NULL) {
    n10_tls__clear_new(c);
    return 0;
  }
  unsigned char *p = c->new_sess;
  i2d_SSL_SESSION(sess, &p);
  c->new_sess_len = (size_t) len;
  memcpy(c->new_id, id, id_len);
  c->new_id_len = id_len;
  return 0; /* no reference kept */
}

static SSL_SESSION *
n10_tls__get_session (SSL *ssl, const unsigned char *id, int len, int *copy) {
  (void) id;
  (void) len;
  n10_connection_t *c = n10_tls__conn(ssl);
  *copy = 0;
  if (c == NULL || c->next_sess == NULL) return NULL;
  SSL_SESSION *s = c->next_sess;
  c->next_sess = NULL; /* OpenSSL owns the reference now */
  return s;
}

static int
n10_tls__npn_advertise (SSL *ssl, const unsigned char **data, unsigned int *len, void *arg) {
  (void) arg;
  n10_connection_t *c = n10_tls__conn(ssl);
  static const unsigned char none[1] = {0};
  if (c == NULL || !c->npn_set) return SSL_TLSEXT_ERR_NOACK;
  *data = c->npn != NULL ? c->npn : none;
  *len = (unsigned int) c->npn_len;
  return SSL_TLSEXT_ERR_OK;
}

static int
n10_tls__npn_select (SSL *ssl, unsigned char **out, unsigned char *outlen, const unsigned char *in, unsigned int inlen, void *arg) {
  (void) arg;
  n10_connection_t *c = n10_tls__conn(ssl);
  if (c == NULL || c->npn == NULL || c->npn_len == 0) {
    /* No list of our own: "http/1.1", OpenSSL 1.0's answer then (the call must name one). */
    static const unsigned char fallback[] = "http/1.1";
    *out = (unsigned char *) fallback;
    *outlen = 8;
    if (c != NULL) c->npn_matched = false;
    return SSL_TLSEXT_ERR_OK;
  }
  int r = SSL_select_next_proto(out, outlen, in, inlen, c->npn, (unsigned int) c->npn_len);
  c->npn_matched = r == OPENSSL_NPN_NEGOTIATED;
  return SSL_TLSEXT_ERR_OK;
}

static void
n10_tls__info (const SSL *ssl, int where, int ret) {
  (void) ret;
  if (!(where & SSL_CB_HANDSHAKE_START)) return;
  n10_connection_t *c = n10_tls__conn(ssl);
  if (c != NULL) c->handshakes++;
}

/* ---- SecureContext ---- */

#define N10_SC_THIS(n) N10_METHOD_THIS(n, N10_BIT(N10_SECURE_CONTEXT), n10_secure_context_t, sc, base)

static bool
n10_sc__ready (napi_env env, n10_secure_context_t *sc) {
  if (sc->ctx != NULL) return true;
  n10_throw_crypto_code(env, "ERR_N10_STATE", "SecureContext: init() was not called (or it was closed)");
  return false;
}

napi_value
n10_secure_context_new (napi_env env, napi_callback_info info) {
  napi_value self;
  if (!n10_object_construct(env, info, "SecureContext", NULL, NULL, &self)) return NULL;
  n10_secure_context_t *sc = calloc(1, sizeof(*sc));
  if (sc == NULL) return NULL;
  if (n10_object_wrap(env, self, &sc->base, N10_SECURE_CONTEXT) != napi_ok) return NULL;
  return self;
}

napi_value
n10_secure_context_init (napi_env env, napi_callback_info info) {
  int32_t kind;
  N10_SC_THIS(1)
  if (!n10_arg_int32(env, argv[0], "kind", &kind)) return NULL;
  if (kind < 0 || kind > 2) {
    n10_throw_range_error(env, "kind must be 0, 1 or 2");
    return NULL;
  }
  if (!n10_object_live(h)) {
    n10_throw_crypto_code(env, "ERR_N10_STATE", "SecureContext was closed");
    return NULL;
  }
  uv_once(&n10_tls__once, n10_tls__init_index);
  const SSL_METHOD *m = kind == 1 ? TLS_server_method() : kind == 2 ? TLS_client_method() : TLS_method();
  SSL_CTX *ctx = SSL_CTX_new(m);
  if (ctx == NULL) {
    n10_throw_crypto_error(env, "SSL_CTX_new failed");
    return NULL;
  }
  SSL_CTX_free(sc->ctx);
  sc->ctx = ctx;
  SSL_CTX_set_mode(ctx, SSL_MODE_RELEASE_BUFFERS | SSL_MODE_ACCEPT_MOVING_WRITE_BUFFER);
  SSL_CTX_set_session_cache_mode(ctx, SSL_SESS_CACHE_SERVER | SSL_SESS_CACHE_NO_INTERNAL | SSL_SESS_CACHE_NO_AUTO_CLEAR);
  SSL_CTX_sess_set_new_cb(ctx, n10_tls__new_session);
  SSL_CTX_sess_set_get_cb(ctx, n10_tls__get_session);
  SSL_CTX_set_next_protos_advertised_cb(ctx, n10_tls__npn_advertise, NULL);
  SSL_CTX_set_next_proto_select_cb(ctx, n10_tls__npn_select, NULL);
  SSL_CTX_set_info_callback(ctx, n10_tls__info);
  SSL_CTX_set_verify(ctx, SSL_VERIFY_NONE, n10_tls__verify_accept);
  return NULL;
}

static napi_value
n10_sc__proto (napi_env env, napi_callback_info info, bool max) {
  int32_t v;
  N10_SC_THIS(1)
  if (!n10_arg_int32(env, argv[0], "version", &v)) return NULL;
  if (!n10_sc__ready(env, sc)) return NULL;
  int ok = max ? SSL_CTX_set_max_proto_version(sc->ctx, v) : SSL_CTX_set_min_proto_version(sc->ctx, v);
  if (ok != 1) n10_throw_crypto_error(env, "unsupported protocol version");
  return NULL;
}

napi_value
n10_secure_context_set_min_proto (napi_env env, napi_callback_info info) {
  return n10_sc__proto(env, info, false);
}

napi_value
n10_secure_context_set_max_proto (napi_env env, napi_callback_info info) {
  return n10_sc__proto(env, info, true);
}

static BIO *
n10_tls__bio (napi_env env, napi_value v, const char *what) {
  char *data;
  size_t len;
  if (!n10_arg_bytes(env, v, what, &data, &len)) return NULL;
  BIO *bio = BIO_new_mem_buf(data, (int) len);
  if (bio == NULL) n10_throw_crypto_error(env, "BIO_new_mem_buf failed");
  return bio;
}

/* The passphrase (or "" meaning none): never a prompt. */
static int
n10_tls__password (char *buf, int size, int rwflag, void *u) {
  (void) rwflag;
  const char *pass = u;
  if (pass == NULL) return 0;
  size_t len = strlen(pass);
  if (len > (size_t) size) len = (size_t) size;
  memcpy(buf, pass, len);
  return (int) len;
}

napi_value
n10_secure_context_set_key (napi_env env, napi_callback_info info) {
  char *pass = NULL;
  N10_SC_THIS(2)
  if (!n10_sc__ready(env, sc)) return NULL;
  if (!n10_is_nullish(env, argv[1]) && (pass = n10_arg_string(env, argv[1], "passphrase")) == NULL) return NULL;
  BIO *bio = n10_tls__bio(env, argv[0], "key");
  if (bio == NULL) {
    free(pass);
    return NULL;
  }
  ERR_clear_error();
  EVP_PKEY *key = PEM_read_bio_PrivateKey(bio, NULL, n10_tls__password, pass);
  BIO_free(bio);
  free(pass);
  if (key == NULL || SSL_CTX_use_PrivateKey(sc->ctx, key) != 1) {
    EVP_PKEY_free(key);
    n10_throw_crypto_error(env, "could not read the private key");
    return NULL;
  }
  EVP_PKEY_free(key);
  return NULL;
}

napi_value
n10_secure_context_set_cert (napi_env env, napi_callback_info info) {
  N10_SC_THIS(1)
  if (!n10_sc__ready(env, sc)) return NULL;
  BIO *bio = n10_tls__bio(env, argv[0], "cert");
  if (bio == NULL) return NULL;
  ERR_clear_error();
  X509 *leaf = PEM_read_bio_X509_AUX(bio, NULL, n10_tls__password, NULL);
  if (leaf == NULL || SSL_CTX_use_certificate(sc->ctx, leaf) != 1) {
    X509_free(leaf);
    BIO_free(bio);
    n10_throw_crypto_error(env, "could not read the certificate");
    return NULL;
  }
  X509_free(leaf);
  SSL_CTX_clear_chain_certs(sc->ctx);
  X509 *ca;
  while ((ca = PEM_read_bio_X509(bio, NULL, n10_tls__password, NULL)) != NULL) {
    if (SSL_CTX_add0_chain_cert(sc->ctx, ca) != 1) X509_free(ca);
  }
  ERR_clear_error(); /* the end of the PEM data */
  BIO_free(bio);
  return NULL;
}

napi_value
n10_secure_context_add_ca_cert (napi_env env, napi_callback_info info) {
  N10_SC_THIS(1)
  if (!n10_sc__ready(env, sc)) return NULL;
  BIO *bio = n10_tls__bio(env, argv[0], "ca");
  if (bio == NULL) return NULL;
  X509_STORE *store = SSL_CTX_get_cert_store(sc->ctx);
  X509 *x;
  int n = 0;
  ERR_clear_error();
  while ((x = PEM_read_bio_X509(bio, NULL, n10_tls__password, NULL)) != NULL) {
    X509_STORE_add_cert(store, x); /* a duplicate is fine */
    SSL_CTX_add_client_CA(sc->ctx, x);
    X509_free(x);
    n++;
  }
  ERR_clear_error();
  BIO_free(bio);
  return n10_int32(env, n);
}

napi_value
n10_secure_context_add_crl (napi_env env, napi_callback_info info) {
  N10_SC_THIS(1)
  if (!n10_sc__ready(env, sc)) return NULL;
  BIO *bio = n10_tls__bio(env, argv[0], "crl");
  if (bio == NULL) return NULL;
  ERR_clear_error();
  X509_CRL *crl = PEM_read_bio_X509_CRL(bio, NULL, n10_tls__password, NULL);
  BIO_free(bio);
  if (crl == NULL) {
    n10_throw_crypto_error(env, "could not read the CRL");
    return NULL;
  }
  X509_STORE *store = SSL_CTX_get_cert_store(sc->ctx);
  X509_STORE_add_crl(store, crl);
  X509_STORE_set_flags(store, X509_V_FLAG_CRL_CHECK | X509_V_FLAG_CRL_CHECK_ALL);
  X509_CRL_free(crl);
  return NULL;
}

/* One store of the system's CAs for the whole process, as 0.10 shared its root certificates:
 * loading the bundle takes milliseconds, and a client context is made per connection. */
static uv_once_t n10_tls__roots_once = UV_ONCE_INIT;
static X509_STORE *n10_tls__roots;

static void
n10_tls__load_roots (void) {
  ERR_set_mark();
  n10_tls__roots = X509_STORE_new();
  if (n10_tls__roots != NULL) X509_STORE_set_default_paths(n10_tls__roots);
  ERR_pop_to_mark();
}

/* addRootCerts([shared = true]): the system's CAs (OpenSSL's default paths); shared, the
 * process-wide store replaces this context's (so no addCACert/addCRL on it, before or
 * after), else they are loaded into this context's own store. */
napi_value
n10_secure_context_add_root_certs (napi_env env, napi_callback_info info) {
  N10_SC_THIS(1)
  if (!n10_sc__ready(env, sc)) return NULL;
  bool shared = argc < 1 || n10_is_nullish(env, argv[0]) || n10_arg_bool(env, argv[0]);
  if (shared) {
    uv_once(&n10_tls__roots_once, n10_tls__load_roots);
    if (n10_tls__roots != NULL) {
      SSL_CTX_set1_cert_store(sc->ctx, n10_tls__roots);
      return NULL;
    }
  }
  ERR_set_mark();
  SSL_CTX_set_default_verify_paths(sc->ctx);
  ERR_pop_to_mark();
  return NULL;
}

napi_value
n10_secure_context_set_ciphers (napi_env env, napi_callback_info info) {
  N10_SC_THIS(1)
  if (!n10_sc__ready(env, sc)) return NULL;
  char *list = n10_arg_string(env, argv[0], "ciphers");
  if (list == NULL) return NULL;
  ERR_clear_error();
  int ok = SSL_CTX_set_cipher_list(sc->ctx, list);
  free(list);
  if (ok != 1) n10_throw_crypto_error(env, "no cipher match");
  return NULL;
}

napi_value
n10_secure_context_set_options (napi_env env, napi_callback_info info) {
  double v;
  N10_SC_THIS(1)
  if (!n10_arg_double(env, argv[0], "options", &v)) return NULL;
  if (!n10_sc__ready(env, sc)) return NULL;
  SSL_CTX_set_options(sc->ctx, (uint64_t) v);
  return NULL;
}

napi_value
n10_secure_context_set_session_id_context (napi_env env, napi_callback_info info) {
  N10_SC_THIS(1)
  if (!n10_sc__ready(env, sc)) return NULL;
  char *s = n10_arg_string(env, argv[0], "sessionIdContext");
  if (s == NULL) return NULL;
  ERR_clear_error();
  int ok = SSL_CTX_set_session_id_context(sc->ctx, (const unsigned char *) s, (unsigned int) strlen(s));
  free(s);
  if (ok != 1) n10_throw_crypto_error(env, "session id context too long");
  return NULL;
}

napi_value
n10_secure_context_load_pkcs12 (napi_env env, napi_callback_info info) {
  char *pass = NULL, *data;
  size_t len;
  N10_SC_THIS(2)
  if (!n10_sc__ready(env, sc)) return NULL;
  if (!n10_arg_bytes(env, argv[0], "pfx", &data, &len)) return NULL;
  if (!n10_is_nullish(env, argv[1]) && (pass = n10_arg_string(env, argv[1], "passphrase")) == NULL) return NULL;
  ERR_clear_error();
  const unsigned char *p = (const unsigned char *) data;
  /* Read into an object of n10's library context: its legacy provider decrypts the RC2-40
   * bags that OpenSSL 1.0.1 (node 0.10) wrote by default. */
  PKCS12 *p12 = PKCS12_init_ex(NID_pkcs7_data, n10_crypto_libctx(), NULL);
  if (p12 != NULL && d2i_PKCS12(&p12, &p, (long) len) == NULL) p12 = NULL;
  EVP_PKEY *key = NULL;
  X509 *cert = NULL;
  STACK_OF(X509) *extra = NULL;
  bool ok = p12 != NULL && PKCS12_parse(p12, pass != NULL ? pass : "", &key, &cert, &extra) == 1 && cert != NULL && key != NULL &&
    SSL_CTX_use_certificate(sc->ctx, cert) == 1 && SSL_CTX_use_PrivateKey(sc->ctx, key) == 1;
  if (ok && extra != NULL) {
    X509_STORE *store = SSL_CTX_get_cert_store(sc->ctx);
    for (int i = 0; i < sk_X509_num(extra); i++) {
      X509 *x = sk_X509_value(extra, i);
      X509_STORE_add_cert(store, x);
      SSL_CTX_add_client_CA(sc->ctx, x);
      X509_up_ref(x);
      if (SSL_CTX_add0_chain_cert(sc->ctx, x) != 1) X509_free(x);
    }
  }
  free(pass);
  PKCS12_free(p12);
  EVP_PKEY_free(key);
  X509_free(cert);
  sk_X509_pop_free(extra, X509_free);
  if (!ok) n10_throw_crypto_error(env, "could not load the PKCS #12 data");
  return NULL;
}

/* getCiphers() → the names of the cipher suites this context offers (OpenSSL's order) */
napi_value
n10_secure_context_get_ciphers (napi_env env, napi_callback_info info) {
  napi_value arr;
  N10_SC_THIS(0)
  if (!n10_sc__ready(env, sc)) return NULL;
  N10_CHECK(napi_create_array(env, &arr));
  STACK_OF(SSL_CIPHER) *list = SSL_CTX_get_ciphers(sc->ctx);
  uint32_t j = 0;
  for (int i = 0; list != NULL && i < sk_SSL_CIPHER_num(list); i++) {
    const SSL_CIPHER *c = sk_SSL_CIPHER_value(list, i);
    napi_set_element(env, arr, j++, n10_string(env, SSL_CIPHER_get_name(c)));
  }
  return arr;
}

napi_value
n10_secure_context_close (napi_env env, napi_callback_info info) {
  N10_SC_THIS(0)
  n10_object_release(h);
  (void) sc;
  return NULL;
}

/* ---- Connection ---- */

#define N10_CONN_THIS(n) N10_METHOD_THIS(n, N10_BIT(N10_CONNECTION), n10_connection_t, c, base)

static bool
n10_conn__ready (napi_env env, n10_connection_t *c) {
  if (c->ssl != NULL) return true;
  n10_throw_crypto_code(env, "ERR_N10_STATE", "Connection was closed");
  return false;
}

/* new Connection(ctx, isServer, servername | null, verifyMode) */
napi_value
n10_connection_new (napi_env env, napi_callback_info info) {
  size_t argc = 4;
  napi_value argv[4], self;
  int32_t verify;
  char *servername = NULL;
  if (!n10_object_construct(env, info, "Connection", &argc, argv, &self)) return NULL;
  n10_handle_t *ch = n10_handle_this_value(env, argv[0], N10_BIT(N10_SECURE_CONTEXT));
  if (ch == NULL) return NULL;
  n10_secure_context_t *sc = (n10_secure_context_t *) ch;
  bool server = n10_arg_bool(env, argv[1]);
  if (!n10_arg_int32(env, argv[3], "verifyMode", &verify)) return NULL;
  if (sc->ctx == NULL) {
    n10_throw_crypto_code(env, "ERR_N10_STATE", "SecureContext: init() was not called (or it was closed)");
    return NULL;
  }
  if (!n10_is_nullish(env, argv[2]) && (servername = n10_arg_string(env, argv[2], "servername")) == NULL) return NULL;
  n10_connection_t *c = calloc(1, sizeof(*c));
  if (c == NULL) {
    free(servername);
    return NULL;
  }
  if (n10_object_wrap(env, self, &c->base, N10_CONNECTION) != napi_ok) {
    free(servername);
    return NULL;
  }
  c->server = server;
  ERR_clear_error();
  c->ssl = SSL_new(sc->ctx);
  c->enc_in = BIO_new(BIO_s_mem());
  c->enc_out = BIO_new(BIO_s_mem());
  if (c->ssl == NULL || c->enc_in == NULL || c->enc_out == NULL) {
    if (c->ssl == NULL) {
      BIO_free(c->enc_in);
      BIO_free(c->enc_out);
    } else {
      SSL_set_bio(c->ssl, c->enc_in, c->enc_out);
    }
    c->enc_in = c->enc_out = NULL;
    free(servername);
    n10_object_release(&c->base);
    n10_throw_crypto_error(env, "SSL_new failed");
    return NULL;
  }
  BIO_set_mem_eof_return(c->enc_in, -1);
  BIO_set_mem_eof_return(c->enc_out, -1);
  SSL_set_bio(c->ssl, c->enc_in, c->enc_out);
  SSL_set_ex_data(c->ssl, n10_tls__index, c);
  SSL_set_verify(c->ssl, verify, n10_tls__verify_accept);
  if (server) {
    SSL_set_accept_state(c->ssl);
  } else {
    SSL_set_connect_state(c->ssl);
    if (servername != NULL && servername[0] != '\0') SSL_set_tlsext_host_name(c->ssl, servername);
  }
  free(servername);
  return self;
}

/* A TLS error: the first queued reason, or the SSL_get_error kind. The connection is done. */
static void
n10_conn__fail (napi_env env, n10_connection_t *c, int kind) {
  c->failed = true;
  unsigned long err = ERR_peek_error();
  if (err != 0) {
    n10_throw_crypto_error(env, "TLS error");
    return;
  }
  n10_throw_crypto_code(env, "ERR_N10_TLS", kind == SSL_ERROR_SYSCALL ? "TLS connection broken" : "TLS error %d", kind);
}

/* The outcome of an SSL_* call that returned r: 0 (try later), -1 (peer closed), or a throw. */
static int
n10_conn__result (napi_env env, n10_connection_t *c, int r, bool *threw) {
  int kind = SSL_get_error(c->ssl, r);
  *threw = false;
  switch (kind) {
  case SSL_ERROR_WANT_READ:
  case SSL_ERROR_WANT_WRITE:
  case SSL_ERROR_WANT_X509_LOOKUP:
    ERR_clear_error();
    return 0;
  case SSL_ERROR_ZERO_RETURN:
    ERR_clear_error();
    return -1;
  default:
    *threw = true;
    n10_conn__fail(env, c, kind);
    return 0;
  }
}

static napi_value
n10_conn__io (napi_env env, napi_callback_info info, int op) {
  char *data;
  size_t len;
  N10_CONN_THIS(3)
  if (!n10_arg_range(env, argv[0], argv[1], argv[2], "buffer", &data, &len)) return NULL;
  if (!n10_conn__ready(env, c)) return NULL;
  if (len > INT32_MAX) len = INT32_MAX;
  int r;
  bool threw;
  ERR_clear_error();
  switch (op) {
  case 0: /* encIn */
    r = BIO_write(c->enc_in, data, (int) len);
    return n10_int32(env, r < 0 ? 0 : r);
  case 1: /* encOut */
    if (BIO_ctrl_pending(c->enc_out) == 0) return n10_int32(env, 0);
    r = BIO_read(c->enc_out, data, (int) len);
    return n10_int32(env, r < 0 ? 0 : r);
  case 2: /* clearIn */
    if (c->failed) {
      n10_throw_crypto_code(env, "ERR_N10_TLS", "TLS connection failed");
      return NULL;
    }
    if (len == 0) return n10_int32(env, 0);
    r = SSL_write(c->ssl, data, (int) len);
    if (r > 0) return n10_int32(env, r);
    r = n10_conn__result(env, c, r, &threw);
    return threw ? NULL : n10_int32(env, r);
  default: /* clearOut */
    if (c->failed) {
      n10_throw_crypto_code(env, "ERR_N10_TLS", "TLS connection failed");
      return NULL;
    }
    if (len == 0) return n10_int32(env, 0);
    r = SSL_read(c->ssl, data, (int) len);
    if (r > 0) return n10_int32(env, r);
    r = n10_conn__result(env, c, r, &threw);
    return threw ? NULL : n10_int32(env, r);
  }
}

napi_value
n10_connection_enc_in (napi_env env, napi_callback_info info) {
  return n10_conn__io(env, info, 0);
}
napi_value
n10_connection_enc_out (napi_env env, napi_callback_info info) {
  return n10_conn__io(env, info, 1);
}
napi_value
n10_connection_clear_in (napi_env env, napi_callback_info info) {
  return n10_conn__io(env, info, 2);
}
napi_value
n10_connection_clear_out (napi_env env, napi_callback_info info) {
  return n10_conn__io(env, info, 3);
}

napi_value
n10_connection_enc_pending (napi_env env, napi_callback_info info) {
  N10_CONN_THIS(0)
  if (c->ssl == NULL) return n10_int32(env, 0);
  return n10_double(env, (double) BIO_ctrl_pending(c->enc_out));
}

napi_value
n10_connection_clear_pending (napi_env env, napi_callback_info info) {
  N10_CONN_THIS(0)
  if (c->ssl == NULL || c->failed) return n10_int32(env, 0);
  return n10_int32(env, SSL_pending(c->ssl));
}

/* start(): drives the handshake (the client's first flight) → 1 done, 0 in progress */
napi_value
n10_connection_start (napi_env env, napi_callback_info info) {
  bool threw;
  N10_CONN_THIS(0)
  if (!n10_conn__ready(env, c)) return NULL;
  if (c->failed) {
    n10_throw_crypto_code(env, "ERR_N10_TLS", "TLS connection failed");
    return NULL;
  }
  if (SSL_is_init_finished(c->ssl)) return n10_int32(env, 1);
  ERR_clear_error();
  int r = SSL_do_handshake(c->ssl);
  if (r == 1) return n10_int32(env, 1);
  n10_conn__result(env, c, r, &threw);
  return threw ? NULL : n10_int32(env, 0);
}

/* shutdown(): sends close_notify (once) → SSL_shutdown's result */
napi_value
n10_connection_shutdown (napi_env env, napi_callback_info info) {
  N10_CONN_THIS(0)
  if (c->ssl == NULL || c->failed || !SSL_is_init_finished(c->ssl)) return n10_int32(env, 0);
  ERR_clear_error();
  int r = SSL_shutdown(c->ssl);
  ERR_clear_error();
  return n10_int32(env, r);
}

napi_value
n10_connection_is_init_finished (napi_env env, napi_callback_info info) {
  N10_CONN_THIS(0)
  return n10_bool(env, c->ssl != NULL && SSL_is_init_finished(c->ssl));
}

napi_value
n10_connection_handshakes (napi_env env, napi_callback_info info) {
  N10_CONN_THIS(0)
  return n10_int32(env, c->handshakes);
}

/* ---- the peer's certificate, as raw fields (JS shapes 0.10's object) ---- */

static napi_value
n10_tls__bio_string (napi_env env, BIO *bio) {
  char *p = NULL;
  long n = BIO_get_mem_data(bio, &p);
  napi_value s;
  if (napi_create_string_utf8(env, p != NULL ? p : "", n > 0 ? (size_t) n : 0, &s) != napi_ok) return NULL;
  return s;
}

static void
n10_tls__set_name (napi_env env, napi_value o, const char *key, X509_NAME *name) {
  BIO *bio = BIO_new(BIO_s_mem());
  if (bio == NULL) return;
  /* One "field=value" a line, values unescaped as UTF-8 (0.10's XN_FLAG_SEP_MULTILINE print). */
  if (X509_NAME_print_ex(bio, name, 0, XN_FLAG_SEP_MULTILINE | ASN1_STRFLGS_UTF8_CONVERT | XN_FLAG_FN_SN) >= 0) {
    n10_set(env, o, key, n10_tls__bio_string(env, bio));
  }
  BIO_free(bio);
}

static void
n10_tls__set_bn_hex (napi_env env, napi_value o, const char *key, const BIGNUM *bn) {
  char *hex = BN_bn2hex(bn);
  if (hex == NULL) return;
  const char *p = hex;
  while (p[0] == '0' && p[1] != '\0') p++; /* BN_print's form: no leading zeros */
  n10_set(env, o, key, n10_string(env, p));
  OPENSSL_free(hex);
}

static napi_value
n10_tls__cert_object (napi_env env, X509 *x) {
  napi_value o;
  N10_CHECK(napi_create_object(env, &o));
  n10_tls__set_name(env, o, "subject", X509_get_subject_name(x));
  n10_tls__set_name(env, o, "issuer", X509_get_issuer_name(x));

  int idx = X509_get_ext_by_NID(x, NID_subject_alt_name, -1);
  if (idx >= 0) {
    X509_EXTENSION *ext = X509_get_ext(x, idx);
    BIO *bio = BIO_new(BIO_s_mem());
    if (bio != NULL && X509V3_EXT_print(bio, ext, 0, 0) == 1) n10_set(env, o, "subjectaltname", n10_tls__bio_string(env, bio));
    BIO_free(bio);
  }

  EVP_PKEY *pkey = X509_get0_pubkey(x);
  if (pkey != NULL && EVP_PKEY_base_id(pkey) == EVP_PKEY_RSA) {
    BIGNUM *n = NULL, *e = NULL;
    if (EVP_PKEY_get_bn_param(pkey, OSSL_PKEY_PARAM_RSA_N, &n) == 1) n10_tls__set_bn_hex(env, o, "modulus", n);
    if (EVP_PKEY_get_bn_param(pkey, OSSL_PKEY_PARAM_RSA_E, &e) == 1) n10_tls__set_bn_hex(env, o, "exponent", e);
    BN_free(n);
    BN_free(e);
  }

  BIO *bio = BIO_new(BIO_s_mem());
  if (bio != NULL) {
    if (ASN1_TIME_print(bio, X509_get0_notBefore(x)) == 1) n10_set(env, o, "valid_from", n10_tls__bio_string(env, bio));
    (void) BIO_reset(bio);
    if (ASN1_TIME_print(bio, X509_get0_notAfter(x)) == 1) n10_set(env, o, "valid_to", n10_tls__bio_string(env, bio));
    BIO_free(bio);
  }

  unsigned char md[EVP_MAX_MD_SIZE];
  unsigned int mdlen = 0;
  if (X509_digest(x, EVP_sha1(), md, &mdlen) == 1) {
    char fp[EVP_MAX_MD_SIZE * 3 + 1];
    static const char hex[] = "0123456789ABCDEF";
    for (unsigned int i = 0; i < mdlen; i++) {
      fp[i * 3] = hex[md[i] >> 4];
      fp[i * 3 + 1] = hex[md[i] & 15];
      fp[i * 3 + 2] = i + 1 < mdlen ? ':' : '\0';
    }
    if (mdlen == 0) fp[0] = '\0';
    n10_set(env, o, "fingerprint", n10_string(env, fp));
  }

  EXTENDED_KEY_USAGE *eku = X509_get_ext_d2i(x, NID_ext_key_usage, NULL, NULL);
  if (eku != NULL) {
    napi_value arr;
    if (napi_create_array(env, &arr) == napi_ok) {
      char oid[256];
      uint32_t j = 0;
      for (int i = 0; i < sk_ASN1_OBJECT_num(eku); i++) {
        if (OBJ_obj2txt(oid, sizeof(oid), sk_ASN1_OBJECT_value(eku, i), 1) > 0) napi_set_element(env, arr, j++, n10_string(env, oid));
      }
      n10_set(env, o, "ext_key_usage", arr);
    }
    sk_ASN1_OBJECT_pop_free(eku, ASN1_OBJECT_free);
  }
  return o;
}

napi_value
n10_connection_get_peer_certificate (napi_env env, napi_callback_info info) {
  N10_CONN_THIS(0)
  if (c->ssl == NULL) return n10_undefined(env);
  X509 *x = SSL_get1_peer_certificate(c->ssl);
  if (x == NULL) return n10_undefined(env);
  napi_value o = n10_tls__cert_object(env, x);
  X509_free(x);
  ERR_clear_error();
  return o;
}

/* ---- sessions ---- */

napi_value
n10_connection_get_session (napi_env env, napi_callback_info info) {
  N10_CONN_THIS(0)
  if (c->ssl == NULL) return n10_undefined(env);
  SSL_SESSION *s = SSL_get_session(c->ssl);
  if (s == NULL) return n10_undefined(env);
  int len = i2d_SSL_SESSION(s, NULL);
  if (len <= 0) return n10_undefined(env);
  unsigned char *buf = malloc((size_t) len);
  if (buf == NULL) return NULL;
  unsigned char *p = buf;
  i2d_SSL_SESSION(s, &p);
  napi_value out = n10_bytes_copy(env, (const char *) buf, (size_t) len);
  free(buf);
  return out;
}

static SSL_SESSION *
n10_tls__d2i_session (napi_env env, napi_value v) {
  char *data;
  size_t len;
  if (!n10_arg_bytes(env, v, "session", &data, &len)) return NULL;
  const unsigned char *p = (const unsigned char *) data;
  ERR_clear_error();
  SSL_SESSION *s = d2i_SSL_SESSION(NULL, &p, (long) len);
  ERR_clear_error();
  return s;
}

/* setSession(bytes) → true when OpenSSL took it (client: offered on the handshake) */
napi_value
n10_connection_set_session (napi_env env, napi_callback_info info) {
  N10_CONN_THIS(1)
  if (!n10_conn__ready(env, c)) return NULL;
  bool pending = false;
  SSL_SESSION *s = n10_tls__d2i_session(env, argv[0]);
  if (s == NULL) {
    napi_is_exception_pending(env, &pending);
    return pending ? NULL : n10_bool(env, false);
  }
  int ok = SSL_set_session(c->ssl, s);
  SSL_SESSION_free(s);
  ERR_clear_error();
  return n10_bool(env, ok == 1);
}

/* loadSession(bytes | null): what the server's session lookup answers next */
napi_value
n10_connection_load_session (napi_env env, napi_callback_info info) {
  N10_CONN_THIS(1)
  if (!n10_conn__ready(env, c)) return NULL;
  SSL_SESSION *s = NULL;
  if (!n10_is_nullish(env, argv[0])) {
    bool pending = false;
    s = n10_tls__d2i_session(env, argv[0]);
    napi_is_exception_pending(env, &pending);
    if (pending) return NULL;
  }
  if (c->next_sess != NULL) SSL_SESSION_free(c->next_sess);
  c->next_sess = s;
  return n10_bool(env, s != NULL);
}

napi_value
n10_connection_take_new_session (napi_env env, napi_callback_info info) {
  napi_value arr;
  N10_CONN_THIS(0)
  if (c->new_sess == NULL) return n10_undefined(env);
  N10_CHECK(napi_create_array_with_length(env, 2, &arr));
  napi_set_element(env, arr, 0, n10_bytes_copy(env, (const char *) c->new_id, c->new_id_len));
  napi_set_element(env, arr, 1, n10_bytes_copy(env, (const char *) c->new_sess, c->new_sess_len));
  n10_tls__clear_new(c);
  return arr;
}

napi_value
n10_connection_is_session_reused (napi_env env, napi_callback_info info) {
  N10_CONN_THIS(0)
  return n10_bool(env, c->ssl != NULL && SSL_session_reused(c->ssl) == 1);
}

/* verifyError() → 0 (X509_V_OK), an X509_V_ERR_* code, or -1: no certificate from the peer */
napi_value
n10_connection_verify_error (napi_env env, napi_callback_info info) {
  N10_CONN_THIS(0)
  if (!n10_conn__ready(env, c)) return NULL;
  X509 *x = SSL_get1_peer_certificate(c->ssl);
  if (x == NULL) return n10_int32(env, -1);
  X509_free(x);
  return n10_int32(env, (int32_t) SSL_get_verify_result(c->ssl));
}

napi_value
n10_connection_get_current_cipher (napi_env env, napi_callback_info info) {
  napi_value o;
  N10_CONN_THIS(0)
  if (c->ssl == NULL) return n10_undefined(env);
  const SSL_CIPHER *ci = SSL_get_current_cipher(c->ssl);
  if (ci == NULL) return n10_undefined(env);
  N10_CHECK(napi_create_object(env, &o));
  n10_set(env, o, "name", n10_string(env, SSL_CIPHER_get_name(ci)));
  n10_set(env, o, "version", n10_string(env, SSL_CIPHER_get_version(ci)));
  n10_set(env, o, "protocol", n10_string(env, SSL_get_version(c->ssl)));
  return o;
}

/* setNPNProtocols(wire): length-prefixed names, as on the wire */
napi_value
n10_connection_set_npn_protocols (napi_env env, napi_callback_info info) {
  char *data;
  size_t len;
  N10_CONN_THIS(1)
  if (!n10_arg_bytes(env, argv[0], "protocols", &data, &len)) return NULL;
  free(c->npn);
  c->npn = NULL;
  c->npn_len = 0;
  c->npn_set = true;
  if (len == 0) return NULL;
  c->npn = malloc(len);
  if (c->npn == NULL) return NULL;
  memcpy(c->npn, data, len);
  c->npn_len = len;
  return NULL;
}

napi_value
n10_connection_get_negotiated_protocol (napi_env env, napi_callback_info info) {
  const unsigned char *p = NULL;
  unsigned int len = 0;
  napi_value s;
  N10_CONN_THIS(0)
  if (c->ssl == NULL) return n10_bool(env, false);
  SSL_get0_next_proto_negotiated(c->ssl, &p, &len);
  /* A client whose list did not meet the server's (or had none) negotiated nothing. */
  if (p == NULL || len == 0 || (!c->server && !c->npn_matched)) return n10_bool(env, false);
  N10_CHECK(napi_create_string_latin1(env, (const char *) p, len, &s));
  return s;
}

napi_value
n10_connection_get_servername (napi_env env, napi_callback_info info) {
  N10_CONN_THIS(0)
  if (c->ssl == NULL) return n10_undefined(env);
  const char *name = SSL_get_servername(c->ssl, TLSEXT_NAMETYPE_host_name);
  return name != NULL ? n10_string(env, name) : n10_bool(env, false);
}

/* setContext(ctx): another SecureContext for this connection (SNI), before the handshake */
napi_value
n10_connection_set_context (napi_env env, napi_callback_info info) {
  N10_CONN_THIS(1)
  if (!n10_conn__ready(env, c)) return NULL;
  n10_handle_t *ch = n10_handle_this_value(env, argv[0], N10_BIT(N10_SECURE_CONTEXT));
  if (ch == NULL) return NULL;
  n10_secure_context_t *sc = (n10_secure_context_t *) ch;
  if (!n10_sc__ready(env, sc)) return NULL;
  SSL_set_SSL_CTX(c->ssl, sc->ctx);
  return NULL;
}

napi_value
n10_connection_close (napi_env env, napi_callback_info info) {
  N10_CONN_THIS(0)
  (void) c;
  n10_object_release(h);
  return NULL;
}
