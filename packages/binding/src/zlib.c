/*
 * zlib.c: Zlib (a z_stream), node 0.10's zlib binding.
 *
 *   new Zlib(mode[, library])  mode: constants.zlib.DEFLATE … UNZIP (TypeError otherwise);
 *                              library: 'host' (the default) or 'system' (below)
 *   init(windowBits, level, memLevel, strategy[, dictionary])
 *       deflateInit2 / inflateInit2 with windowBits as the mode wants it (GZIP/GUNZIP + 16,
 *       UNZIP + 32, the raw modes negated), then the dictionary for DEFLATE, DEFLATERAW and
 *       INFLATERAW (INFLATE, GUNZIP and UNZIP use it when the stream asks: Z_NEED_DICT).
 *       Calling it again starts a fresh stream. Throws a zlib Error (below) with syscall
 *       'deflateInit2', 'inflateInit2' or 'deflateSetDictionary'/'inflateSetDictionary'.
 *   write(flush, in | null, inOff, inLen, out, outOff, outLen, req) → undefined
 *       on the thread pool; holds in, out, req and the Zlib until it ends with either
 *       req.oncomplete(availOutAfter, availInAfter, code)   code: Z_OK, Z_STREAM_END, Z_BUF_ERROR
 *       or this.onerror(message, errno)                     (0.10's form; no oncomplete then)
 *   writeSync(flush, in | null, inOff, inLen, out, outOff, outLen) → [availOutAfter, availInAfter, code]
 *       the same on this thread; throws the zlib Error instead of onerror
 *   params(level, strategy) → code     deflateParams (deflate modes; inflate modes: Z_OK). It
 *       cannot emit output here: flush (Z_SYNC_FLUSH) first, or get Z_BUF_ERROR.
 *   pending() → [bytes, bits]          deflatePending: output made but not yet written out
 *       (deflate modes; inflate modes: [0, 0]); throws ERR_N10_STATE on a zlib without it
 *   reset() → code                     deflateReset/inflateReset, the dictionary set again
 *   close()                            ends the stream (after a write in progress finishes)
 * A zlib Error: message = zlib's strm->msg, or the code's name ('Z_NEED_DICT') when zlib gave
 * none; errno = the zlib code (Z_DATA_ERROR = -3…); code = its name ('Z_DATA_ERROR').
 * Z_NEED_DICT is reported both for a missing dictionary and for one the stream refused.
 * Misuse (a call while a write is in progress, before init(), after close()) throws an
 * Error with code 'ERR_N10_STATE'.
 *
 * zlib is the host node's own (its deps/zlib, what its zlib module uses), found by name at
 * first use rather than linked: a node binary may carry a second copy under a Cr_z_ prefix
 * (V8's), used only when the plain names are missing; and a host without either gets an
 * Error from new Zlib() instead of a failed symbol lookup that ends the process.
 * new Zlib(mode, 'system') uses the system's shared zlib instead (libz.so.1, opened on first
 * use with its own symbols bound first, so node's copy never interposes): an unpatched zlib,
 * whose deflate output differs from the host's (Chromium's) zlib. No such library: new Zlib()
 * throws an Error with code 'ERR_N10_NO_ZLIB', as for a host without zlib.
 */
#include "n10.h"

#include <dlfcn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <zlib.h>

enum {
  N10_ZLIB_NONE,
  N10_ZLIB_DEFLATE,
  N10_ZLIB_INFLATE,
  N10_ZLIB_GZIP,
  N10_ZLIB_GUNZIP,
  N10_ZLIB_DEFLATERAW,
  N10_ZLIB_INFLATERAW,
  N10_ZLIB_UNZIP,
};

/* ---- the host's zlib, found by name ---- */

typedef struct {
  __typeof__(&deflateInit2_) deflateInit2_;
  __typeof__(&deflate) deflate;
  __typeof__(&deflateEnd) deflateEnd;
  __typeof__(&deflateParams) deflateParams;
  __typeof__(&deflatePending) deflatePending; /* optional (zlib 1.2.5.1 on) */
  __typeof__(&deflateReset) deflateReset;
  __typeof__(&deflateSetDictionary) deflateSetDictionary;
  __typeof__(&inflateInit2_) inflateInit2_;
  __typeof__(&inflate) inflate;
  __typeof__(&inflateEnd) inflateEnd;
  __typeof__(&inflateReset) inflateReset;
  __typeof__(&inflateSetDictionary) inflateSetDictionary;
  bool ok;
} n10_zlib_api_t;

static n10_zlib_api_t n10_zlib__api, n10_zlib__system_api;
static uv_once_t n10_zlib__once = UV_ONCE_INIT;
static uv_once_t n10_zlib__system_once = UV_ONCE_INIT;

static void *
n10_zlib__sym (void *lib, const char *prefix, const char *name) {
  char full[64];
  snprintf(full, sizeof(full), "%s%s", prefix, name);
  return dlsym(lib, full);
}

static void
n10_zlib__resolve_in (n10_zlib_api_t *a, void *lib, const char *prefix) {
#define N10_ZLIB_SYM(name) (a->name = (__typeof__(a->name)) n10_zlib__sym(lib, prefix, #name)) != NULL
  a->ok = N10_ZLIB_SYM(deflateInit2_) && N10_ZLIB_SYM(deflate) && N10_ZLIB_SYM(deflateEnd) &&
          N10_ZLIB_SYM(deflateParams) && N10_ZLIB_SYM(deflateReset) && N10_ZLIB_SYM(deflateSetDictionary) &&
          N10_ZLIB_SYM(inflateInit2_) && N10_ZLIB_SYM(inflate) && N10_ZLIB_SYM(inflateEnd) &&
          N10_ZLIB_SYM(inflateReset) && N10_ZLIB_SYM(inflateSetDictionary);
#undef N10_ZLIB_SYM
  a->deflatePending = (__typeof__(a->deflatePending)) n10_zlib__sym(lib, prefix, "deflatePending");
}

static void
n10_zlib__resolve (void) {
  /* All from one copy: node's own (plain names), else the Cr_z_ one. */
  const char *prefix = dlsym(RTLD_DEFAULT, "deflateInit2_") != NULL ? "" : "Cr_z_";
  n10_zlib__resolve_in(&n10_zlib__api, RTLD_DEFAULT, prefix);
}

static void
n10_zlib__resolve_system (void) {
  int flags = RTLD_NOW | RTLD_LOCAL;
#ifdef RTLD_DEEPBIND
  flags |= RTLD_DEEPBIND; /* its calls to its own exported functions stay inside it */
#endif
  void *lib = dlopen("libz.so.1", flags);
  if (lib != NULL) n10_zlib__resolve_in(&n10_zlib__system_api, lib, "");
}

static const n10_zlib_api_t *
n10_zlib__z (void) {
  uv_once(&n10_zlib__once, n10_zlib__resolve);
  return n10_zlib__api.ok ? &n10_zlib__api : NULL;
}

static const n10_zlib_api_t *
n10_zlib__system_z (void) {
  uv_once(&n10_zlib__system_once, n10_zlib__resolve_system);
  return n10_zlib__system_api.ok ? &n10_zlib__system_api : NULL;
}

/* ---- the handle ---- */

typedef struct {
  n10_handle_t base;
  z_stream strm;
  const n10_zlib_api_t *api; /* the host's zlib or the system's */
  int mode;
  bool initialized; /* the z_stream must be ended */
  unsigned char *dictionary;
  size_t dictionary_len;
  int64_t external; /* bytes reported to V8 with napi_adjust_external_memory */
  /* the write in progress (or the last one) */
  int flush;
  int err;
} n10_zlib_t;

typedef struct {
  n10_work_t work;
  n10_zlib_t *z;
  bool finished;
} n10_zlib_write_t;

static const char *
n10_zlib__code_name (int code) {
  switch (code) {
  case Z_OK:
    return "Z_OK";
  case Z_STREAM_END:
    return "Z_STREAM_END";
  case Z_NEED_DICT:
    return "Z_NEED_DICT";
  case Z_ERRNO:
    return "Z_ERRNO";
  case Z_STREAM_ERROR:
    return "Z_STREAM_ERROR";
  case Z_DATA_ERROR:
    return "Z_DATA_ERROR";
  case Z_MEM_ERROR:
    return "Z_MEM_ERROR";
  case Z_BUF_ERROR:
    return "Z_BUF_ERROR";
  case Z_VERSION_ERROR:
    return "Z_VERSION_ERROR";
  default:
    return "Z_UNKNOWN_ERROR";
  }
}

static const char *
n10_zlib__message (n10_zlib_t *z, int code) {
  return z->strm.msg != NULL ? z->strm.msg : n10_zlib__code_name(code);
}

static napi_value
n10_zlib__error (napi_env env, int code, const char *message, const char *syscall) {
  napi_value e, msg;
  N10_CHECK(napi_create_string_utf8(env, message, NAPI_AUTO_LENGTH, &msg));
  N10_CHECK(napi_create_error(env, NULL, msg, &e));
  n10_set(env, e, "errno", n10_int32(env, code));
  n10_set(env, e, "code", n10_string(env, n10_zlib__code_name(code)));
  if (syscall != NULL) n10_set(env, e, "syscall", n10_string(env, syscall));
  return e;
}

static void
n10_zlib__throw (napi_env env, int code, const char *message, const char *syscall) {
  napi_value e = n10_zlib__error(env, code, message, syscall);
  if (e != NULL) napi_throw(env, e);
}

static void
n10_zlib__throw_state (napi_env env, const char *message) {
  napi_value e, msg;
  if (napi_create_string_utf8(env, message, NAPI_AUTO_LENGTH, &msg) != napi_ok || napi_create_error(env, NULL, msg, &e) != napi_ok) return;
  n10_set(env, e, "code", n10_string(env, "ERR_N10_STATE"));
  napi_throw(env, e);
}

static bool
n10_zlib__is_deflate (int mode) {
  return mode == N10_ZLIB_DEFLATE || mode == N10_ZLIB_GZIP || mode == N10_ZLIB_DEFLATERAW;
}

static void
n10_zlib__end (n10_zlib_t *z) {
  const n10_zlib_api_t *api = z->api;
  if (z->initialized && api != NULL) {
    if (n10_zlib__is_deflate(z->mode)) api->deflateEnd(&z->strm);
    else api->inflateEnd(&z->strm);
  }
  z->initialized = false;
  if (z->external != 0) {
    int64_t ignored;
    napi_adjust_external_memory(z->base.env->env, -z->external, &ignored);
    z->external = 0;
  }
}

void
n10_zlib_release (n10_handle_t *h) {
  n10_zlib_t *z = (n10_zlib_t *) h;
  n10_zlib__end(z);
  free(z->dictionary);
  z->dictionary = NULL;
  z->dictionary_len = 0;
}

/* new Zlib(mode[, library]) */
napi_value
n10_zlib_new (napi_env env, napi_callback_info info) {
  size_t argc = 2;
  napi_value argv[2], self, name;
  int32_t mode;
  char library[16] = "host";
  size_t library_len;
  if (!n10_object_construct(env, info, "Zlib", &argc, argv, &self)) return NULL;
  if (!n10_arg_int32(env, argv[0], "mode", &mode)) return NULL;
  if (mode < N10_ZLIB_DEFLATE || mode > N10_ZLIB_UNZIP) {
    n10_throw_type_error(env, "mode must be one of DEFLATE, INFLATE, GZIP, GUNZIP, DEFLATERAW, INFLATERAW, UNZIP");
    return NULL;
  }
  if (argc > 1 && !n10_is_nullish(env, argv[1])) {
    napi_valuetype t;
    N10_CHECK(napi_typeof(env, argv[1], &t));
    if (t != napi_string || napi_get_value_string_utf8(env, argv[1], library, sizeof(library), &library_len) != napi_ok ||
        (strcmp(library, "host") != 0 && strcmp(library, "system") != 0)) {
      n10_throw_type_error(env, "library must be 'host' or 'system'");
      return NULL;
    }
  }
  bool system = strcmp(library, "system") == 0;
  const n10_zlib_api_t *api = system ? n10_zlib__system_z() : n10_zlib__z();
  if (api == NULL) {
    napi_throw_error(env, "ERR_N10_NO_ZLIB", system ? "no system zlib (libz.so.1)" : "the host node exports no zlib");
    return NULL;
  }
  n10_zlib_t *z = calloc(1, sizeof(*z));
  if (z == NULL) return NULL;
  if (n10_object_wrap(env, self, &z->base, N10_ZLIB) != napi_ok) return NULL;
  z->mode = mode;
  z->api = api;
  /* Its callbacks (onerror, the requests' oncomplete) run in its own async context; the weak
   * reference becomes strong while a write is in progress. */
  N10_CHECK(napi_create_string_utf8(env, "N10_ZLIB", NAPI_AUTO_LENGTH, &name));
  N10_CHECK(napi_async_init(env, self, name, &z->base.async));
  N10_CHECK(napi_create_reference(env, self, 0, &z->base.object));
  return self;
}

#define N10_ZLIB_THIS(n) N10_METHOD_THIS(n, N10_BIT(N10_ZLIB), n10_zlib_t, z, base)

/* Refuses calls the state does not allow; `need_init`: the stream must be initialized. */
static bool
n10_zlib__usable (napi_env env, n10_zlib_t *z, bool need_init) {
  if (z->base.flags & (N10_OBJECT_BUSY | N10_OBJECT_RELEASED | N10_OBJECT_CLOSE_PENDING)) {
    n10_zlib__throw_state(env, z->base.flags & N10_OBJECT_BUSY ? "Zlib: a write is in progress" : "Zlib: closed");
    return false;
  }
  if (need_init && !z->initialized) {
    n10_zlib__throw_state(env, "Zlib: init() was not called");
    return false;
  }
  return true;
}

static int
n10_zlib__set_dictionary (n10_zlib_t *z) {
  const n10_zlib_api_t *api = z->api;
  if (z->dictionary == NULL) return Z_OK;
  switch (z->mode) {
  case N10_ZLIB_DEFLATE:
  case N10_ZLIB_DEFLATERAW:
    return api->deflateSetDictionary(&z->strm, z->dictionary, (uInt) z->dictionary_len);
  case N10_ZLIB_INFLATERAW:
    /* A raw stream never asks (no Z_NEED_DICT): it must be there from the start. */
    return api->inflateSetDictionary(&z->strm, z->dictionary, (uInt) z->dictionary_len);
  default:
    return Z_OK;
  }
}

/* init(windowBits, level, memLevel, strategy[, dictionary]) */
napi_value
n10_zlib_init (napi_env env, napi_callback_info info) {
  int32_t window_bits, level, mem_level, strategy;
  char *dict = NULL;
  size_t dict_len = 0;
  N10_ZLIB_THIS(5)
  if (!n10_arg_int32(env, argv[0], "windowBits", &window_bits)) return NULL;
  if (!n10_arg_int32(env, argv[1], "level", &level)) return NULL;
  if (!n10_arg_int32(env, argv[2], "memLevel", &mem_level)) return NULL;
  if (!n10_arg_int32(env, argv[3], "strategy", &strategy)) return NULL;
  if (!n10_is_nullish(env, argv[4]) && !n10_arg_bytes(env, argv[4], "dictionary", &dict, &dict_len)) return NULL;
  if (window_bits < -64 || window_bits > 64) {
    n10_throw_range_error(env, "windowBits out of range");
    return NULL;
  }
  if (dict_len > UINT32_MAX) {
    n10_throw_range_error(env, "dictionary too long");
    return NULL;
  }
  if (!n10_zlib__usable(env, z, false)) return NULL;
  const n10_zlib_api_t *api = z->api;

  /* A second init() starts over. */
  n10_zlib_release(h);
  memset(&z->strm, 0, sizeof(z->strm));
  if (dict_len > 0) {
    z->dictionary = malloc(dict_len);
    if (z->dictionary == NULL) {
      n10_throw_range_error(env, "out of memory");
      return NULL;
    }
    memcpy(z->dictionary, dict, dict_len);
    z->dictionary_len = dict_len;
  }

  int bits = window_bits, err;
  switch (z->mode) {
  case N10_ZLIB_GZIP:
  case N10_ZLIB_GUNZIP:
    bits += 16;
    break;
  case N10_ZLIB_UNZIP:
    bits += 32;
    break;
  case N10_ZLIB_DEFLATERAW:
  case N10_ZLIB_INFLATERAW:
    bits = -bits;
    break;
  }
  bool deflating = n10_zlib__is_deflate(z->mode);
  if (deflating) err = api->deflateInit2_(&z->strm, level, Z_DEFLATED, bits, mem_level, strategy, ZLIB_VERSION, (int) sizeof(z_stream));
  else err = api->inflateInit2_(&z->strm, bits, ZLIB_VERSION, (int) sizeof(z_stream));
  if (err != Z_OK) {
    n10_zlib__throw(env, err, n10_zlib__message(z, err), deflating ? "deflateInit2" : "inflateInit2");
    return NULL;
  }
  z->initialized = true;

  /* What it costs, so V8 collects forgotten streams soon enough. */
  int wb = (window_bits < 0 ? -window_bits : window_bits) & 15;
  if (wb < 8) wb = 15;
  int ml = mem_level < 1 || mem_level > 9 ? 8 : mem_level;
  z->external = deflating ? ((int64_t) 1 << (wb + 2)) + ((int64_t) 1 << (ml + 9)) : ((int64_t) 1 << wb) + 7168;
  int64_t ignored;
  napi_adjust_external_memory(env, z->external, &ignored);

  err = n10_zlib__set_dictionary(z);
  if (err != Z_OK) {
    n10_zlib__throw(env, err, n10_zlib__message(z, err), deflating ? "deflateSetDictionary" : "inflateSetDictionary");
    return NULL;
  }
  return NULL;
}

/* The work of one write, on whichever thread. */
static void
n10_zlib__process (n10_zlib_t *z) {
  const n10_zlib_api_t *api = z->api;
  if (n10_zlib__is_deflate(z->mode)) {
    z->err = api->deflate(&z->strm, z->flush);
    return;
  }
  z->err = api->inflate(&z->strm, z->flush);
  if (z->mode != N10_ZLIB_INFLATERAW && z->err == Z_NEED_DICT && z->dictionary != NULL) {
    z->err = api->inflateSetDictionary(&z->strm, z->dictionary, (uInt) z->dictionary_len);
    if (z->err == Z_OK) z->err = api->inflate(&z->strm, z->flush);
    else if (z->err == Z_DATA_ERROR) z->err = Z_NEED_DICT; /* not the dictionary it wants */
  }
}

static bool
n10_zlib__failed (int err) {
  return err != Z_OK && err != Z_STREAM_END && err != Z_BUF_ERROR;
}

/* flush, in | null, inOff, inLen, out, outOff, outLen: points the stream at them. */
static bool
n10_zlib__buffers (napi_env env, n10_zlib_t *z, napi_value *argv) {
  int32_t flush;
  char *in = NULL, *out;
  size_t in_len = 0, out_len;
  if (!n10_arg_int32(env, argv[0], "flush", &flush)) return false;
  if (!n10_is_nullish(env, argv[1]) && !n10_arg_range(env, argv[1], argv[2], argv[3], "input", &in, &in_len)) return false;
  if (!n10_arg_range(env, argv[4], argv[5], argv[6], "output", &out, &out_len)) return false;
  if (in_len > UINT32_MAX || out_len > UINT32_MAX) {
    n10_throw_range_error(env, "a zlib write takes at most 4 GiB");
    return false;
  }
  if (!n10_zlib__usable(env, z, true)) return false;
  static unsigned char none[1];
  z->flush = flush;
  z->strm.next_in = in_len > 0 ? (unsigned char *) in : none;
  z->strm.avail_in = (uInt) in_len;
  z->strm.next_out = out_len > 0 ? (unsigned char *) out : none;
  z->strm.avail_out = (uInt) out_len;
  return true;
}

/* The buffers belong to JS again: never keep pointers into them. */
static void
n10_zlib__forget_buffers (n10_zlib_t *z) {
  z->strm.next_in = NULL;
  z->strm.next_out = NULL;
}

static void
n10_zlib__write_run (n10_work_t *w) {
  n10_zlib__process(((n10_zlib_write_t *) w)->z);
}

/* The write is over: the stream is free for the next one (which 0.10's loop starts from
 * inside oncomplete) and must not keep pointers into JS buffers. */
static void
n10_zlib__write_finish (n10_zlib_write_t *w) {
  if (w->finished) return;
  w->finished = true;
  n10_zlib__forget_buffers(w->z);
  w->z->base.flags &= ~N10_OBJECT_BUSY;
}

static void
n10_zlib__write_done (n10_work_t *work, int status) {
  n10_zlib_write_t *w = (n10_zlib_write_t *) work;
  n10_zlib_t *z = w->z;
  napi_env env = z->base.env->env;
  napi_value self, argv[3];
  n10_zlib__write_finish(w);
  if (status < 0) return; /* cancelled: only at teardown, when no JS runs */
  /* close() from the callback (or its ticks) waits for the cleanup: the callback's async
   * context must outlive both napi_make_callback calls. */
  z->base.flags |= N10_OBJECT_CALLING;
  if (n10_zlib__failed(z->err)) {
    if (napi_get_reference_value(env, z->base.object, &self) == napi_ok && self != NULL) {
      argv[0] = n10_string(env, n10_zlib__message(z, z->err));
      argv[1] = n10_int32(env, z->err);
      n10_callback(z->base.env, z->base.async, self, "onerror", 2, argv);
    }
  } else {
    argv[0] = n10_double(env, z->strm.avail_out);
    argv[1] = n10_double(env, z->strm.avail_in);
    argv[2] = n10_int32(env, z->err);
    n10_work_complete(work, z->base.async, 3, argv);
  }
  z->base.flags &= ~N10_OBJECT_CALLING;
}

static void
n10_zlib__write_cleanup (n10_work_t *work) {
  n10_zlib_write_t *w = (n10_zlib_write_t *) work;
  n10_zlib_t *z = w->z;
  n10_zlib__write_finish(w);
  if (z->base.object != NULL) napi_reference_unref(z->base.env->env, z->base.object, NULL);
  /* close() came during the write, or the environment is going away; unless oncomplete
   * already started the next write. */
  if (!(z->base.flags & N10_OBJECT_BUSY) && ((z->base.flags & N10_OBJECT_CLOSE_PENDING) || z->base.env->closing)) {
    n10_object_release(&z->base);
  }
}

/* write(flush, in, inOff, inLen, out, outOff, outLen, req) */
napi_value
n10_zlib_write (napi_env env, napi_callback_info info) {
  N10_ZLIB_THIS(8)
  if (!n10_arg_object(env, argv[7], "req")) return NULL;
  if (!n10_zlib__buffers(env, z, argv)) return NULL;
  n10_zlib_write_t *w = (n10_zlib_write_t *) n10_work_new(env, sizeof(n10_zlib_write_t), argv[7], NULL);
  if (w == NULL) {
    n10_zlib__forget_buffers(z);
    return NULL;
  }
  w->z = z;
  w->work.run = n10_zlib__write_run;
  w->work.done = n10_zlib__write_done;
  w->work.cleanup = n10_zlib__write_cleanup;
  w->work.base.handle = h;
  if ((!n10_is_nullish(env, argv[1]) && napi_create_reference(env, argv[1], 1, &w->work.base.hold) != napi_ok) ||
      napi_create_reference(env, argv[4], 1, &w->work.base.hold2) != napi_ok) {
    n10_zlib__forget_buffers(z);
    n10_req_free(&w->work.base);
    return NULL;
  }
  /* From here the cleanup undoes these two. */
  z->base.flags |= N10_OBJECT_BUSY;
  napi_reference_ref(env, z->base.object, NULL);
  int err = n10_work_queue(&w->work);
  if (err < 0) n10_throw_uv_error(env, err, "uv_queue_work", NULL, NULL);
  return NULL;
}

/* writeSync(flush, in, inOff, inLen, out, outOff, outLen) → [availOutAfter, availInAfter, code] */
napi_value
n10_zlib_write_sync (napi_env env, napi_callback_info info) {
  napi_value result;
  N10_ZLIB_THIS(7)
  if (!n10_zlib__buffers(env, z, argv)) return NULL;
  n10_zlib__process(z);
  n10_zlib__forget_buffers(z);
  if (n10_zlib__failed(z->err)) {
    n10_zlib__throw(env, z->err, n10_zlib__message(z, z->err), NULL);
    return NULL;
  }
  N10_CHECK(napi_create_array_with_length(env, 3, &result));
  N10_CHECK(napi_set_element(env, result, 0, n10_double(env, z->strm.avail_out)));
  N10_CHECK(napi_set_element(env, result, 1, n10_double(env, z->strm.avail_in)));
  N10_CHECK(napi_set_element(env, result, 2, n10_int32(env, z->err)));
  return result;
}

/* params(level, strategy) → code */
napi_value
n10_zlib_params (napi_env env, napi_callback_info info) {
  int32_t level, strategy;
  N10_ZLIB_THIS(2)
  if (!n10_arg_int32(env, argv[0], "level", &level)) return NULL;
  if (!n10_arg_int32(env, argv[1], "strategy", &strategy)) return NULL;
  if (!n10_zlib__usable(env, z, true)) return NULL;
  if (!n10_zlib__is_deflate(z->mode)) return n10_int32(env, Z_OK);
  /* deflateParams may deflate what is pending: give it no room (and no stale pointers), so
   * it reports Z_BUF_ERROR instead of writing into a buffer JS owns. */
  static unsigned char none[1];
  z->strm.next_in = none;
  z->strm.avail_in = 0;
  z->strm.next_out = none;
  z->strm.avail_out = 0;
  int err = z->api->deflateParams(&z->strm, level, strategy);
  n10_zlib__forget_buffers(z);
  return n10_int32(env, err);
}

/* pending() → [bytes, bits] */
napi_value
n10_zlib_pending (napi_env env, napi_callback_info info) {
  napi_value result;
  unsigned bytes = 0;
  int bits = 0;
  N10_ZLIB_THIS(0)
  if (!n10_zlib__usable(env, z, true)) return NULL;
  if (n10_zlib__is_deflate(z->mode)) {
    if (z->api->deflatePending == NULL) {
      n10_zlib__throw_state(env, "Zlib: this zlib has no deflatePending");
      return NULL;
    }
    z->api->deflatePending(&z->strm, &bytes, &bits);
  }
  N10_CHECK(napi_create_array_with_length(env, 2, &result));
  N10_CHECK(napi_set_element(env, result, 0, n10_double(env, bytes)));
  N10_CHECK(napi_set_element(env, result, 1, n10_int32(env, bits)));
  return result;
}

/* reset() → code */
napi_value
n10_zlib_reset (napi_env env, napi_callback_info info) {
  N10_ZLIB_THIS(0)
  if (!n10_zlib__usable(env, z, true)) return NULL;
  const n10_zlib_api_t *api = z->api;
  int err = n10_zlib__is_deflate(z->mode) ? api->deflateReset(&z->strm) : api->inflateReset(&z->strm);
  if (err == Z_OK) err = n10_zlib__set_dictionary(z);
  return n10_int32(env, err);
}

/* close(): now, or when the write in progress (or the callback running) ends */
napi_value
n10_zlib_close (napi_env env, napi_callback_info info) {
  N10_ZLIB_THIS(0)
  if (z->base.flags & (N10_OBJECT_BUSY | N10_OBJECT_CALLING)) z->base.flags |= N10_OBJECT_CLOSE_PENDING;
  else n10_object_release(h);
  return NULL;
}

#define N10_ZDEFINE(obj, name) n10_set(env, (obj), #name, n10_int32(env, (name)))

napi_value
n10_zlib_constants (napi_env env) {
  napi_value o;
  N10_CHECK(napi_create_object(env, &o));
  N10_ZDEFINE(o, Z_NO_FLUSH);
  N10_ZDEFINE(o, Z_PARTIAL_FLUSH);
  N10_ZDEFINE(o, Z_SYNC_FLUSH);
  N10_ZDEFINE(o, Z_FULL_FLUSH);
  N10_ZDEFINE(o, Z_FINISH);
  N10_ZDEFINE(o, Z_BLOCK);
  N10_ZDEFINE(o, Z_TREES);
  N10_ZDEFINE(o, Z_OK);
  N10_ZDEFINE(o, Z_STREAM_END);
  N10_ZDEFINE(o, Z_NEED_DICT);
  N10_ZDEFINE(o, Z_ERRNO);
  N10_ZDEFINE(o, Z_STREAM_ERROR);
  N10_ZDEFINE(o, Z_DATA_ERROR);
  N10_ZDEFINE(o, Z_MEM_ERROR);
  N10_ZDEFINE(o, Z_BUF_ERROR);
  N10_ZDEFINE(o, Z_VERSION_ERROR);
  N10_ZDEFINE(o, Z_NO_COMPRESSION);
  N10_ZDEFINE(o, Z_BEST_SPEED);
  N10_ZDEFINE(o, Z_BEST_COMPRESSION);
  N10_ZDEFINE(o, Z_DEFAULT_COMPRESSION);
  N10_ZDEFINE(o, Z_FILTERED);
  N10_ZDEFINE(o, Z_HUFFMAN_ONLY);
  N10_ZDEFINE(o, Z_RLE);
  N10_ZDEFINE(o, Z_FIXED);
  N10_ZDEFINE(o, Z_DEFAULT_STRATEGY);
  N10_ZDEFINE(o, Z_BINARY);
  N10_ZDEFINE(o, Z_TEXT);
  N10_ZDEFINE(o, Z_ASCII);
  N10_ZDEFINE(o, Z_UNKNOWN);
  N10_ZDEFINE(o, Z_DEFLATED);
  N10_ZDEFINE(o, Z_NULL);
  N10_ZDEFINE(o, ZLIB_VERNUM);
  n10_set(env, o, "NONE", n10_int32(env, N10_ZLIB_NONE));
  n10_set(env, o, "DEFLATE", n10_int32(env, N10_ZLIB_DEFLATE));
  n10_set(env, o, "INFLATE", n10_int32(env, N10_ZLIB_INFLATE));
  n10_set(env, o, "GZIP", n10_int32(env, N10_ZLIB_GZIP));
  n10_set(env, o, "GUNZIP", n10_int32(env, N10_ZLIB_GUNZIP));
  n10_set(env, o, "DEFLATERAW", n10_int32(env, N10_ZLIB_DEFLATERAW));
  n10_set(env, o, "INFLATERAW", n10_int32(env, N10_ZLIB_INFLATERAW));
  n10_set(env, o, "UNZIP", n10_int32(env, N10_ZLIB_UNZIP));
  return o;
}
