/*
 * binding.c: the environment, callbacks into JS, requests, teardown, and (at the bottom)
 * the export table: the whole surface of @n10/binding in one place.
 *
 * Rules this file enforces (shared/DESIGN.md, "Native binding rules"):
 * - every call into JS is napi_make_callback in the handle's (or request's) async context,
 *   inside a handle scope the caller opened, followed by n10's tick queue (0.10's
 *   MakeCallback: one callback, then its ticks, then the next callback);
 * - an exception thrown by a callback is taken with napi_get_and_clear_last_exception and
 *   raised with napi_fatal_exception (so 'uncaughtException' sees it);
 * - every handle and request is tracked per environment and closed by an async cleanup
 *   hook, so a worker thread or the process can end with handles open.
 */
#include "n10.h"

#include <stdlib.h>
#include <string.h>

n10_env_t *
n10_env (napi_env env) {
  void *data = NULL;
  napi_get_instance_data(env, &data);
  return data;
}

/* ---- callbacks into JS ---- */

static void
n10__raise_pending (napi_env env) {
  napi_value exc;
  if (napi_get_and_clear_last_exception(env, &exc) == napi_ok) napi_fatal_exception(env, exc);
}

void
n10_callback_fn (n10_env_t *e, napi_async_context async, napi_value recv, napi_value fn, size_t argc, const napi_value *argv) {
  napi_env env = e->env;
  napi_value result, tick;
  napi_status st;

  if (e->closing) return;

  st = napi_make_callback(env, async, recv, fn, argc, argv, &result);

  /* Then the n10 tick queue, as 0.10's MakeCallback ran process._tickCallback. After a
   * throw it is skipped, as in 0.10: the runtime's uncaughtException path drains it. */
  if (st == napi_ok && e->tick_callback != NULL && (e->tick_pending == NULL || *e->tick_pending != 0)) {
    if (napi_get_reference_value(env, e->tick_callback, &tick) == napi_ok && tick != NULL) {
      st = napi_make_callback(env, async, recv, tick, 0, NULL, &result);
    }
  }

  if (st == napi_pending_exception) n10__raise_pending(env);
}

/* The property key for `name`, kept per environment (see callback_names in n10.h). */
static napi_status
n10__callback_key (n10_env_t *e, const char *name, napi_value *key) {
  napi_env env = e->env;
  napi_value keys, o, names, undef;
  napi_status st;
  size_t slot = ((uintptr_t) name >> 3) % N10_CALLBACK_NAMES;
  for (size_t i = 0; i < N10_CALLBACK_NAMES; i++, slot = (slot + 1) % N10_CALLBACK_NAMES) {
    if (e->callback_names[slot] == name) {
      st = napi_get_reference_value(env, e->callback_keys, &keys);
      return st == napi_ok ? napi_get_element(env, keys, (uint32_t) slot, key) : st;
    }
    if (e->callback_names[slot] == NULL) break;
  }
  /* New: V8's own copy of the name, the key of a property set through it (a string made
   * here would be looked up in the string table again at every use). */
  st = napi_create_object(env, &o);
  if (st == napi_ok) st = napi_get_undefined(env, &undef);
  if (st == napi_ok) st = napi_set_named_property(env, o, name, undef);
  if (st == napi_ok) st = napi_get_property_names(env, o, &names);
  if (st == napi_ok) st = napi_get_element(env, names, 0, key);
  if (st != napi_ok || e->callback_names[slot] != NULL) return st; /* the table is full */
  if (e->callback_keys == NULL) {
    if (napi_create_array_with_length(env, N10_CALLBACK_NAMES, &keys) != napi_ok ||
        napi_create_reference(env, keys, 1, &e->callback_keys) != napi_ok) {
      return napi_ok;
    }
  } else if (napi_get_reference_value(env, e->callback_keys, &keys) != napi_ok) {
    return napi_ok;
  }
  if (napi_set_element(env, keys, (uint32_t) slot, *key) == napi_ok) e->callback_names[slot] = name;
  return napi_ok;
}

void
n10_callback (n10_env_t *e, napi_async_context async, napi_value recv, const char *name, size_t argc, const napi_value *argv) {
  napi_env env = e->env;
  napi_value key, fn;
  napi_valuetype t;

  if (e->closing) return;

  if (n10__callback_key(e, name, &key) != napi_ok || napi_get_property(env, recv, key, &fn) != napi_ok) {
    n10__raise_pending(env); /* a throwing getter */
    return;
  }
  /* No callback installed: nobody to tell (0.10 would have aborted here). */
  if (napi_typeof(env, fn, &t) != napi_ok || t != napi_function) return;

  n10_callback_fn(e, async, recv, fn, argc, argv);
}

static void
n10__clear_tick (n10_env_t *e) {
  if (e->tick_callback != NULL) napi_delete_reference(e->env, e->tick_callback);
  if (e->tick_state != NULL) napi_delete_reference(e->env, e->tick_state);
  e->tick_callback = NULL;
  e->tick_state = NULL;
  e->tick_pending = NULL;
}

/* setTickCallback(fn | null[, pending]): the function run after every callback into JS.
 * `pending`, an Int32Array the tick queue keeps its length in, lets the binding skip the
 * call when pending[0] is 0 (node's tickInfo idea): one call into JS saved per event. */
static napi_value
n10_set_tick_callback (napi_env env, napi_callback_info info) {
  size_t argc = 2;
  napi_value argv[2];
  n10_env_t *e = n10_env(env);
  N10_CHECK(napi_get_cb_info(env, info, &argc, argv, NULL, NULL));
  if (n10_is_nullish(env, argv[0])) {
    n10__clear_tick(e);
    return NULL;
  }
  if (!n10_arg_function(env, argv[0], "tick callback")) return NULL;
  int32_t *pending = NULL;
  if (!n10_is_nullish(env, argv[1])) {
    bool is = false;
    napi_typedarray_type type;
    size_t len = 0;
    void *data = NULL;
    if (napi_is_typedarray(env, argv[1], &is) != napi_ok || !is ||
        napi_get_typedarray_info(env, argv[1], &type, &len, &data, NULL, NULL) != napi_ok || type != napi_int32_array || len < 1) {
      n10_throw_type_error(env, "pending must be an Int32Array");
      return NULL;
    }
    pending = data;
  }
  n10__clear_tick(e);
  N10_CHECK(napi_create_reference(env, argv[0], 1, &e->tick_callback));
  if (pending != NULL) {
    /* The reference keeps the array (and so `pending`) alive. */
    N10_CHECK(napi_create_reference(env, argv[1], 1, &e->tick_state));
    e->tick_pending = pending;
  }
  return NULL;
}

/* ---- requests ---- */

n10_req_t *
n10_req_new (n10_env_t *e, size_t size, size_t offset, napi_value object) {
  char *mem = calloc(1, size);
  if (mem == NULL) return NULL;
  n10_req_t *r = (n10_req_t *) (mem + offset);
  r->uv = (uv_req_t *) mem;
  r->uv->data = r;
  r->env = e;
  n10_link_init(&r->link);
  if (object != NULL && napi_create_reference(e->env, object, 1, &r->object) != napi_ok) {
    free(mem);
    return NULL;
  }
  n10_link_push(&e->reqs, &r->link);
  return r;
}

void
n10_req_free (n10_req_t *r) {
  n10_env_t *e = r->env;
  napi_env env = e->env;
  if (r->object != NULL) napi_delete_reference(env, r->object);
  if (r->hold != NULL) napi_delete_reference(env, r->hold);
  if (r->hold2 != NULL) napi_delete_reference(env, r->hold2);
  if (r->async != NULL) napi_async_destroy(env, r->async);
  free(r->data);
  free(r->path);
  free(r->dest);
  n10_link_remove(&r->link);
  free(r->uv);
  n10_env_maybe_done(e);
}

/* ---- teardown ---- */

void
n10_env_maybe_done (n10_env_t *e) {
  napi_env env = e->env;
  if (!e->closing || e->done) return;
  if (!n10_link_empty(&e->handles) || !n10_link_empty(&e->reqs)) return;
  e->done = true;
  n10__clear_tick(e);
  if (e->host_process != NULL) napi_delete_reference(env, e->host_process);
  for (int i = 0; i < N10_CLASS_COUNT; i++) {
    if (e->constructors[i] != NULL) napi_delete_reference(env, e->constructors[i]);
    e->constructors[i] = NULL;
  }
  e->host_process = NULL;
  if (e->callback_keys != NULL) napi_delete_reference(env, e->callback_keys);
  e->callback_keys = NULL;
  napi_remove_async_cleanup_hook(e->cleanup);
}

/* The environment is going away (worker terminated, process exiting normally): close every
 * handle, cancel what can be cancelled, and hold the environment until the last close and
 * request callbacks have run. No JS runs from here on. */
static void
n10_env__on_cleanup (napi_async_cleanup_hook_handle handle, void *data) {
  (void) handle;
  n10_env_t *e = data;
  e->closing = true;

  for (n10_link_t *l = e->handles.next; l != &e->handles; l = l->next) {
    n10_handle_start_close(n10_container_of(l, n10_handle_t, link));
  }
  /* Native objects (crypto and zlib contexts) free their state now, except those a
   * thread-pool request is using: that request's completion frees them. */
  n10_objects_cleanup(e);
  /* Writes, connects, shutdowns and sends end (UV_ECANCELED) with their handle. */
  for (n10_link_t *l = e->reqs.next; l != &e->reqs; l = l->next) {
    n10_req_t *r = n10_container_of(l, n10_req_t, link);
    switch (r->uv->type) {
    case UV_FS:
    case UV_GETADDRINFO:
    case UV_GETNAMEINFO:
      uv_cancel(r->uv); /* fails (harmlessly) when already running */
      break;
    case UV_WORK:
      n10_work_abort(r);
      break;
    default:
      break;
    }
  }
  n10_env_maybe_done(e);
}

static void
n10_env__on_finalize (napi_env env, void *data, void *hint) {
  (void) env;
  (void) hint;
  free(data);
}

static n10_env_t *
n10_env_create (napi_env env) {
  n10_env_t *e = calloc(1, sizeof(*e));
  napi_value global, process;
  if (e == NULL) return NULL;
  e->env = env;
  n10_link_init(&e->handles);
  n10_link_init(&e->reqs);
  n10_link_init(&e->objects);
  if (napi_get_uv_event_loop(env, &e->loop) != napi_ok ||
      napi_set_instance_data(env, e, n10_env__on_finalize, NULL) != napi_ok) {
    free(e);
    return NULL;
  }
  napi_add_async_cleanup_hook(env, n10_env__on_cleanup, e, &e->cleanup);
  /* The host's process object, captured now: the runtime removes the global later. */
  if (napi_get_global(env, &global) == napi_ok &&
      napi_get_named_property(env, global, "process", &process) == napi_ok && n10_is_object(env, process)) {
    napi_create_reference(env, process, 1, &e->host_process);
  }
  return e;
}

/* ---- the export table: the whole surface ---- */

#define N10_METHOD(name, fn) {(name), NULL, (fn), NULL, NULL, NULL, napi_default_method, NULL}
#define N10_STATIC(name, fn) {(name), NULL, (fn), NULL, NULL, NULL, napi_static | napi_default_method, NULL}
#define N10_GETTER(name, fn) {(name), NULL, NULL, (fn), NULL, NULL, napi_configurable, NULL}
/* Module functions are enumerable, as 0.10's process.binding() objects were. */
#define N10_FUNCTION(name, fn) {(name), NULL, (fn), NULL, NULL, NULL, napi_default_jsproperty, NULL}

/* HandleWrap: every handle class. */
#define N10_HANDLE_METHODS \
  N10_METHOD("close", n10_handle_close), \
    N10_METHOD("ref", n10_handle_ref), \
    N10_METHOD("unref", n10_handle_unref), \
    N10_METHOD("hasRef", n10_handle_has_ref), \
    N10_GETTER("fd", n10_handle_get_fd)

/* StreamWrap: TCP, Pipe, TTY. */
#define N10_STREAM_METHODS \
  N10_METHOD("readStart", n10_stream_read_start), \
    N10_METHOD("readStop", n10_stream_read_stop), \
    N10_METHOD("shutdown", n10_stream_shutdown), \
    N10_METHOD("writeBuffer", n10_stream_write_buffer), \
    N10_METHOD("writeUtf8String", n10_stream_write_utf8_string), \
    N10_METHOD("writeAsciiString", n10_stream_write_ascii_string), \
    N10_METHOD("writeLatin1String", n10_stream_write_latin1_string), \
    N10_METHOD("writeUcs2String", n10_stream_write_ucs2_string)

static const napi_property_descriptor n10_tcp_methods[] = {
  N10_HANDLE_METHODS,
  N10_STREAM_METHODS,
  N10_METHOD("open", n10_tcp_open),
  N10_METHOD("bind", n10_tcp_bind),
  N10_METHOD("bind6", n10_tcp_bind6),
  N10_METHOD("listen", n10_stream_listen),
  N10_METHOD("connect", n10_tcp_connect),
  N10_METHOD("connect6", n10_tcp_connect6),
  N10_METHOD("getsockname", n10_tcp_getsockname),
  N10_METHOD("getpeername", n10_tcp_getpeername),
  N10_METHOD("setNoDelay", n10_tcp_set_no_delay),
  N10_METHOD("setKeepAlive", n10_tcp_set_keep_alive),
  N10_METHOD("setSimultaneousAccepts", n10_tcp_set_simultaneous_accepts),
};

static const napi_property_descriptor n10_pipe_methods[] = {
  N10_HANDLE_METHODS,
  N10_STREAM_METHODS,
  N10_METHOD("open", n10_pipe_open),
  N10_METHOD("bind", n10_pipe_bind),
  N10_METHOD("listen", n10_stream_listen),
  N10_METHOD("connect", n10_pipe_connect),
};

static const napi_property_descriptor n10_tty_methods[] = {
  N10_HANDLE_METHODS,
  N10_STREAM_METHODS,
  N10_METHOD("getWindowSize", n10_tty_get_window_size),
  N10_METHOD("setRawMode", n10_tty_set_raw_mode),
};

static const napi_property_descriptor n10_udp_methods[] = {
  N10_HANDLE_METHODS,
  N10_METHOD("bind", n10_udp_bind),
  N10_METHOD("bind6", n10_udp_bind6),
  N10_METHOD("send", n10_udp_send),
  N10_METHOD("send6", n10_udp_send6),
  N10_METHOD("recvStart", n10_udp_recv_start),
  N10_METHOD("recvStop", n10_udp_recv_stop),
  N10_METHOD("getsockname", n10_udp_getsockname),
  N10_METHOD("addMembership", n10_udp_add_membership),
  N10_METHOD("dropMembership", n10_udp_drop_membership),
  N10_METHOD("setMulticastTTL", n10_udp_set_multicast_ttl),
  N10_METHOD("setMulticastLoopback", n10_udp_set_multicast_loopback),
  N10_METHOD("setBroadcast", n10_udp_set_broadcast),
  N10_METHOD("setTTL", n10_udp_set_ttl),
};

static const napi_property_descriptor n10_timer_methods[] = {
  N10_HANDLE_METHODS,
  N10_METHOD("start", n10_timer_start),
  N10_METHOD("stop", n10_timer_stop),
  N10_METHOD("again", n10_timer_again),
  N10_METHOD("setRepeat", n10_timer_set_repeat),
  N10_METHOD("getRepeat", n10_timer_get_repeat),
  N10_STATIC("now", n10_timer_now),
};

static const napi_property_descriptor n10_check_methods[] = {
  N10_HANDLE_METHODS,
  N10_METHOD("start", n10_check_start),
  N10_METHOD("stop", n10_check_stop),
};

static const napi_property_descriptor n10_idle_methods[] = {
  N10_HANDLE_METHODS,
  N10_METHOD("start", n10_idle_start),
  N10_METHOD("stop", n10_idle_stop),
};

static const napi_property_descriptor n10_process_methods[] = {
  N10_HANDLE_METHODS,
  N10_METHOD("spawn", n10_process_spawn),
  N10_METHOD("kill", n10_process_kill),
  N10_METHOD("exited", n10_process_exited),
};

static const napi_property_descriptor n10_signal_methods[] = {
  N10_HANDLE_METHODS,
  N10_METHOD("start", n10_signal_start),
  N10_METHOD("stop", n10_signal_stop),
};

static const napi_property_descriptor n10_fs_event_methods[] = {
  N10_HANDLE_METHODS,
  N10_METHOD("start", n10_fs_event_start),
};

static const napi_property_descriptor n10_fs_poll_methods[] = {
  N10_HANDLE_METHODS,
  N10_METHOD("start", n10_fs_poll_start),
  N10_METHOD("stop", n10_fs_poll_stop),
};

/* crypto and zlib: native objects without a uv handle (object.c) */

static const napi_property_descriptor n10_hash_methods[] = {
  N10_METHOD("update", n10_hash_update),
  N10_METHOD("digest", n10_hash_digest),
  N10_METHOD("copy", n10_hash_copy),
};

static const napi_property_descriptor n10_hmac_methods[] = {
  N10_METHOD("update", n10_hmac_update),
  N10_METHOD("digest", n10_hmac_digest),
};

static const napi_property_descriptor n10_cipher_methods[] = {
  N10_METHOD("init", n10_cipher_init),
  N10_METHOD("update", n10_cipher_update),
  N10_METHOD("final", n10_cipher_final),
  N10_METHOD("setAutoPadding", n10_cipher_set_auto_padding),
};

static const napi_property_descriptor n10_sign_methods[] = {
  N10_METHOD("init", n10_sign_init),
  N10_METHOD("update", n10_sign_update),
  N10_METHOD("sign", n10_sign_sign),
};

static const napi_property_descriptor n10_verify_methods[] = {
  N10_METHOD("init", n10_sign_init),
  N10_METHOD("update", n10_sign_update),
  N10_METHOD("verify", n10_verify_verify),
};

static const napi_property_descriptor n10_zlib_methods[] = {
  N10_METHOD("init", n10_zlib_init),
  N10_METHOD("write", n10_zlib_write),
  N10_METHOD("writeSync", n10_zlib_write_sync),
  N10_METHOD("params", n10_zlib_params),
  N10_METHOD("reset", n10_zlib_reset),
  N10_METHOD("pending", n10_zlib_pending),
  N10_METHOD("close", n10_zlib_close),
};

static const napi_property_descriptor n10_secure_context_methods[] = {
  N10_METHOD("init", n10_secure_context_init),
  N10_METHOD("setMinProto", n10_secure_context_set_min_proto),
  N10_METHOD("setMaxProto", n10_secure_context_set_max_proto),
  N10_METHOD("setKey", n10_secure_context_set_key),
  N10_METHOD("setCert", n10_secure_context_set_cert),
  N10_METHOD("addCACert", n10_secure_context_add_ca_cert),
  N10_METHOD("addCRL", n10_secure_context_add_crl),
  N10_METHOD("addRootCerts", n10_secure_context_add_root_certs),
  N10_METHOD("setCiphers", n10_secure_context_set_ciphers),
  N10_METHOD("setOptions", n10_secure_context_set_options),
  N10_METHOD("setSessionIdContext", n10_secure_context_set_session_id_context),
  N10_METHOD("loadPKCS12", n10_secure_context_load_pkcs12),
  N10_METHOD("getCiphers", n10_secure_context_get_ciphers),
  N10_METHOD("close", n10_secure_context_close),
};

static const napi_property_descriptor n10_connection_methods[] = {
  N10_METHOD("encIn", n10_connection_enc_in),
  N10_METHOD("encOut", n10_connection_enc_out),
  N10_METHOD("clearIn", n10_connection_clear_in),
  N10_METHOD("clearOut", n10_connection_clear_out),
  N10_METHOD("encPending", n10_connection_enc_pending),
  N10_METHOD("clearPending", n10_connection_clear_pending),
  N10_METHOD("start", n10_connection_start),
  N10_METHOD("shutdown", n10_connection_shutdown),
  N10_METHOD("isInitFinished", n10_connection_is_init_finished),
  N10_METHOD("handshakes", n10_connection_handshakes),
  N10_METHOD("getPeerCertificate", n10_connection_get_peer_certificate),
  N10_METHOD("getSession", n10_connection_get_session),
  N10_METHOD("setSession", n10_connection_set_session),
  N10_METHOD("loadSession", n10_connection_load_session),
  N10_METHOD("takeNewSession", n10_connection_take_new_session),
  N10_METHOD("isSessionReused", n10_connection_is_session_reused),
  N10_METHOD("verifyError", n10_connection_verify_error),
  N10_METHOD("getCurrentCipher", n10_connection_get_current_cipher),
  N10_METHOD("setNPNProtocols", n10_connection_set_npn_protocols),
  N10_METHOD("getNegotiatedProtocol", n10_connection_get_negotiated_protocol),
  N10_METHOD("getServername", n10_connection_get_servername),
  N10_METHOD("setContext", n10_connection_set_context),
  N10_METHOD("close", n10_connection_close),
};

typedef struct {
  const char *name;
  n10_type_t type;
  napi_callback constructor;
  const napi_property_descriptor *methods;
  size_t count;
} n10_class_t;

#define N10_CLASS(name, type, ctor, methods) {(name), (type), (ctor), (methods), N10_COUNT(methods)}

static const n10_class_t n10_classes[] = {
  N10_CLASS("TCP", N10_TCP, n10_tcp_new, n10_tcp_methods),
  N10_CLASS("Pipe", N10_PIPE, n10_pipe_new, n10_pipe_methods),
  N10_CLASS("TTY", N10_TTY, n10_tty_new, n10_tty_methods),
  N10_CLASS("UDP", N10_UDP, n10_udp_new, n10_udp_methods),
  N10_CLASS("Timer", N10_TIMER, n10_timer_new, n10_timer_methods),
  N10_CLASS("Check", N10_CHECK_HANDLE, n10_check_new, n10_check_methods),
  N10_CLASS("Idle", N10_IDLE, n10_idle_new, n10_idle_methods),
  N10_CLASS("Process", N10_PROCESS, n10_process_new, n10_process_methods),
  N10_CLASS("Signal", N10_SIGNAL, n10_signal_new, n10_signal_methods),
  N10_CLASS("FSEvent", N10_FS_EVENT, n10_fs_event_new, n10_fs_event_methods),
  N10_CLASS("StatWatcher", N10_FS_POLL, n10_fs_poll_new, n10_fs_poll_methods),
  N10_CLASS("Hash", N10_HASH, n10_hash_new, n10_hash_methods),
  N10_CLASS("Hmac", N10_HMAC, n10_hmac_new, n10_hmac_methods),
  N10_CLASS("CipherBase", N10_CIPHER, n10_cipher_new, n10_cipher_methods),
  N10_CLASS("Sign", N10_SIGN, n10_sign_new, n10_sign_methods),
  N10_CLASS("Verify", N10_VERIFY, n10_verify_new, n10_verify_methods),
  N10_CLASS("Zlib", N10_ZLIB, n10_zlib_new, n10_zlib_methods),
  N10_CLASS("SecureContext", N10_SECURE_CONTEXT, n10_secure_context_new, n10_secure_context_methods),
  N10_CLASS("Connection", N10_CONNECTION, n10_connection_new, n10_connection_methods),
};

static const napi_property_descriptor n10_functions[] = {
  /* loop */
  N10_FUNCTION("setTickCallback", n10_set_tick_callback),
  N10_FUNCTION("errname", n10_errors_errname),

  /* tty_wrap */
  N10_FUNCTION("guessHandleType", n10_tty_guess_handle_type),
  N10_FUNCTION("isTTY", n10_tty_is_tty),
  N10_FUNCTION("resetTTYMode", n10_tty_reset_mode),

  /* signal_wrap: 0.10's SIGINT/SIGTERM handler (node.cc's SignalExit) */
  N10_FUNCTION("signalExit", n10_signal_exit),

  /* fs: sync without a trailing req, async with one */
  N10_FUNCTION("open", n10_fs_open),
  N10_FUNCTION("close", n10_fs_close),
  N10_FUNCTION("read", n10_fs_read),
  N10_FUNCTION("writeBuffer", n10_fs_write_buffer),
  N10_FUNCTION("writeString", n10_fs_write_string),
  N10_FUNCTION("rename", n10_fs_rename),
  N10_FUNCTION("ftruncate", n10_fs_ftruncate),
  N10_FUNCTION("rmdir", n10_fs_rmdir),
  N10_FUNCTION("mkdir", n10_fs_mkdir),
  N10_FUNCTION("readdir", n10_fs_readdir),
  N10_FUNCTION("stat", n10_fs_stat),
  N10_FUNCTION("lstat", n10_fs_lstat),
  N10_FUNCTION("fstat", n10_fs_fstat),
  N10_FUNCTION("link", n10_fs_link),
  N10_FUNCTION("symlink", n10_fs_symlink),
  N10_FUNCTION("readlink", n10_fs_readlink),
  N10_FUNCTION("unlink", n10_fs_unlink),
  N10_FUNCTION("chmod", n10_fs_chmod),
  N10_FUNCTION("fchmod", n10_fs_fchmod),
  N10_FUNCTION("chown", n10_fs_chown),
  N10_FUNCTION("fchown", n10_fs_fchown),
  N10_FUNCTION("lchown", n10_fs_lchown),
  N10_FUNCTION("utimes", n10_fs_utimes),
  N10_FUNCTION("futimes", n10_fs_futimes),
  N10_FUNCTION("fsync", n10_fs_fsync),
  N10_FUNCTION("fdatasync", n10_fs_fdatasync),
  N10_FUNCTION("sendfile", n10_fs_sendfile),

  /* cares_wrap (the part libuv does) */
  N10_FUNCTION("getaddrinfo", n10_dns_getaddrinfo),
  N10_FUNCTION("getnameinfo", n10_dns_getnameinfo),

  /* crypto (node 0.10's crypto binding; Hash, Hmac, CipherBase, Sign, Verify above) */
  N10_FUNCTION("randomFill", n10_random_fill),
  N10_FUNCTION("pbkdf2", n10_pbkdf2),
  N10_FUNCTION("bytesToKey", n10_cipher_bytes_to_key),
  N10_FUNCTION("getHashes", n10_crypto_get_hashes),
  N10_FUNCTION("getCiphers", n10_crypto_get_ciphers),
  N10_FUNCTION("getCipherInfo", n10_crypto_get_cipher_info),
  N10_FUNCTION("getHashInfo", n10_crypto_get_hash_info),
  N10_FUNCTION("hashId", n10_hash_id),
  N10_FUNCTION("hashInto", n10_hash_into),
  N10_FUNCTION("hmacInto", n10_hmac_into),
  N10_FUNCTION("modPow", n10_bn_mod_pow),
  N10_FUNCTION("generatePrime", n10_bn_generate_prime),
  N10_FUNCTION("checkPrime", n10_bn_check_prime),

  /* os */
  N10_FUNCTION("getHostname", n10_os_get_hostname),
  N10_FUNCTION("getLoadAvg", n10_os_get_loadavg),
  N10_FUNCTION("getUptime", n10_os_get_uptime),
  N10_FUNCTION("getFreeMem", n10_os_get_free_mem),
  N10_FUNCTION("getTotalMem", n10_os_get_total_mem),
  N10_FUNCTION("getCPUs", n10_os_get_cpus),
  N10_FUNCTION("getOSType", n10_os_get_os_type),
  N10_FUNCTION("getOSRelease", n10_os_get_os_release),
  N10_FUNCTION("getInterfaceAddresses", n10_os_get_interface_addresses),
  N10_FUNCTION("getEndianness", n10_os_get_endianness),

  /* process */
  N10_FUNCTION("hrtime", n10_os_hrtime),
  N10_FUNCTION("getResidentMemory", n10_os_get_resident_memory),
  N10_FUNCTION("memoryUsage", n10_os_memory_usage),
  N10_FUNCTION("uptime", n10_os_process_uptime),
  N10_FUNCTION("kill", n10_os_kill),
  N10_FUNCTION("umask", n10_os_umask),
  N10_FUNCTION("chdir", n10_os_chdir),
  N10_FUNCTION("cwd", n10_os_cwd),
  N10_FUNCTION("getuid", n10_os_getuid),
  N10_FUNCTION("geteuid", n10_os_geteuid),
  N10_FUNCTION("getgid", n10_os_getgid),
  N10_FUNCTION("getegid", n10_os_getegid),
  N10_FUNCTION("setuid", n10_os_setuid),
  N10_FUNCTION("setgid", n10_os_setgid),
  N10_FUNCTION("getgroups", n10_os_getgroups),
  N10_FUNCTION("setgroups", n10_os_setgroups),
  N10_FUNCTION("initgroups", n10_os_initgroups),
  N10_FUNCTION("getpid", n10_os_getpid),
  N10_FUNCTION("getppid", n10_os_getppid),
  N10_FUNCTION("getTitle", n10_os_get_title),
  N10_FUNCTION("setTitle", n10_os_set_title),
  N10_FUNCTION("getExecPath", n10_os_get_exec_path),
  N10_FUNCTION("getEnv", n10_os_get_env),
  N10_FUNCTION("setEnv", n10_os_setenv),
  N10_FUNCTION("unsetEnv", n10_os_unsetenv),
  N10_FUNCTION("exit", n10_os_exit),
  N10_FUNCTION("abort", n10_os_abort),

  /* buf.toString / buf.write for 'base64' and 'hex' (codec.c) */
  N10_FUNCTION("base64Slice", n10_codec_base64_slice),
  N10_FUNCTION("hexSlice", n10_codec_hex_slice),
  N10_FUNCTION("base64Write", n10_codec_base64_write),
  N10_FUNCTION("hexWrite", n10_codec_hex_write),
  N10_FUNCTION("utf8Length", n10_codec_utf8_length),

#if N10_MATH_X87
  /* Math.* as V8 3.14 on x64 computed them (math.c); absent elsewhere */
  N10_FUNCTION("mathScratch", n10_math_scratch_fn),
  N10_FUNCTION("mathSinScratch", n10_math_sin_scratch_fn),
  N10_FUNCTION("mathCosScratch", n10_math_cos_scratch_fn),
  N10_FUNCTION("mathTanScratch", n10_math_tan_scratch_fn),
  N10_FUNCTION("mathLogScratch", n10_math_log_scratch_fn),
  N10_FUNCTION("mathExpScratch", n10_math_exp_scratch_fn),
  N10_FUNCTION("mathAtanScratch", n10_math_atan_scratch_fn),
  N10_FUNCTION("mathAsinScratch", n10_math_asin_scratch_fn),
  N10_FUNCTION("mathAcosScratch", n10_math_acos_scratch_fn),
  N10_FUNCTION("mathAtan2Scratch", n10_math_atan2_scratch_fn),
  N10_FUNCTION("mathPowScratch", n10_math_pow_scratch_fn),
#endif
};

NAPI_MODULE_INIT() {
  /* Loaded twice in one environment (a second copy of the package): share the state. */
  n10_env_t *e = n10_env(env);
  bool first = e == NULL;
  if (first) e = n10_env_create(env);
  if (e == NULL) {
    napi_throw_error(env, NULL, "@n10/binding: could not set up the environment");
    return NULL;
  }

  for (size_t i = 0; i < N10_COUNT(n10_classes); i++) {
    const n10_class_t *c = &n10_classes[i];
    napi_value cls;
    N10_CHECK(napi_define_class(env, c->name, NAPI_AUTO_LENGTH, c->constructor, NULL, c->count, c->methods, &cls));
    N10_CHECK(napi_set_named_property(env, exports, c->name, cls));
    if (e->constructors[c->type] == NULL) N10_CHECK(napi_create_reference(env, cls, 1, &e->constructors[c->type]));
  }
  N10_CHECK(napi_define_properties(env, exports, N10_COUNT(n10_functions), n10_functions));
  N10_CHECK(napi_set_named_property(env, exports, "constants", n10_constants(env)));
  N10_CHECK(napi_set_named_property(env, exports, "uv", n10_errors_uv_codes(env)));
  return exports;
}
