/*
 * handle.c: what every handle class shares (node 0.10's HandleWrap): close(cb), ref(),
 * unref(), hasRef(), the fd getter, and the lifetime of the native struct.
 *
 * Lifetime: the wrapper object is held by a strong reference from construction until the
 * uv close callback (an open handle stays alive without a JS reference, as in 0.10). The
 * struct itself is freed when both have happened: the handle is closed and the wrapper
 * was collected (napi_wrap finalizer), so a method called after close() still finds its
 * struct and returns UV_EBADF instead of touching freed memory.
 */
#include "n10.h"

#include <stdlib.h>

static void
n10_handle__free (n10_handle_t *h) {
  /* The uv handle is the first member, so it is the start of the allocation. */
  free(h->uv);
}

static void
n10_handle__on_finalize (napi_env env, void *data, void *hint) {
  (void) env;
  (void) hint;
  n10_handle_t *h = data;
  h->flags |= N10_HANDLE_FINALIZED;
  /* Not closed means the environment is going away without our cleanup hook having run:
   * leak rather than free memory libuv may still point to. */
  if (h->flags & N10_HANDLE_CLOSED) n10_handle__free(h);
}

static void
n10_handle__on_wrap_failed (uv_handle_t *uv) {
  free(uv);
}

napi_status
n10_handle_wrap (napi_env env, napi_value self, n10_handle_t *h, uv_handle_t *uv, n10_type_t type, bool initialized) {
  static const char *names[N10_TYPE_COUNT] = {
    [N10_TCP] = "N10_TCPWRAP",
    [N10_PIPE] = "N10_PIPEWRAP",
    [N10_TTY] = "N10_TTYWRAP",
    [N10_UDP] = "N10_UDPWRAP",
    [N10_TIMER] = "N10_TIMERWRAP",
    [N10_CHECK_HANDLE] = "N10_CHECKWRAP",
    [N10_IDLE] = "N10_IDLEWRAP",
    [N10_PROCESS] = "N10_PROCESSWRAP",
    [N10_SIGNAL] = "N10_SIGNALWRAP",
    [N10_FS_EVENT] = "N10_FSEVENTWRAP",
    [N10_FS_POLL] = "N10_STATWATCHER",
  };
  n10_env_t *e = n10_env(env);
  napi_value name;
  napi_status st;

  h->uv = uv;
  h->env = e;
  h->type = type;
  h->flags = initialized ? N10_HANDLE_INITIALIZED : 0;
  h->object = NULL;
  h->on_close = NULL;
  h->async = NULL;
  uv->data = h;
  n10_link_init(&h->link);

  st = napi_wrap(env, self, h, n10_handle__on_finalize, NULL, NULL);
  if (st != napi_ok) {
    /* Nothing points at the struct yet: close the uv handle and free it there. */
    if (initialized) uv_close(uv, n10_handle__on_wrap_failed);
    else free(uv);
    return st;
  }
  /* From here the struct is owned by the wrapper and tracked, whatever else fails. */
  n10_link_push(&e->handles, &h->link);
  st = napi_create_reference(env, self, 1, &h->object);
  if (st == napi_ok) st = napi_create_string_utf8(env, names[type], NAPI_AUTO_LENGTH, &name);
  if (st == napi_ok) st = napi_async_init(env, self, name, &h->async);
  return st;
}

n10_handle_t *
n10_handle_this_value (napi_env env, napi_value v, unsigned types) {
  void *data = NULL;
  if (!n10_is_object(env, v) || napi_unwrap(env, v, &data) != napi_ok || data == NULL) {
    n10_throw_type_error(env, "not a binding handle");
    return NULL;
  }
  /* napi_unwrap also succeeds on objects wrapped by other addons: check the env too. */
  n10_handle_t *h = data;
  if (h->env != n10_env(env) || !(types & N10_BIT(h->type))) {
    n10_throw_type_error(env, "wrong handle type");
    return NULL;
  }
  return h;
}

n10_handle_t *
n10_handle_this (napi_env env, napi_callback_info info, unsigned types, size_t *argc, napi_value *argv, napi_value *self) {
  napi_value this_arg;
  size_t none = 0;
  if (napi_get_cb_info(env, info, argc ? argc : &none, argv, &this_arg, NULL) != napi_ok) return NULL;
  if (self) *self = this_arg;
  return n10_handle_this_value(env, this_arg, types);
}

napi_value
n10_handle_object (n10_handle_t *h) {
  napi_value v = NULL;
  if (h->object == NULL || napi_get_reference_value(h->env->env, h->object, &v) != napi_ok) return NULL;
  return v;
}

static void
n10_handle__on_close (uv_handle_t *uv) {
  n10_handle_t *h = uv->data;
  n10_env_t *e = h->env;
  napi_env env = e->env;

  h->flags |= N10_HANDLE_CLOSED;
  n10_link_remove(&h->link);

  if (!e->closing && h->on_close != NULL) {
    napi_handle_scope scope;
    napi_value self, cb;
    if (napi_open_handle_scope(env, &scope) == napi_ok) {
      self = n10_handle_object(h);
      if (self != NULL && napi_get_reference_value(env, h->on_close, &cb) == napi_ok && cb != NULL) {
        n10_callback_fn(e, h->async, self, cb, 0, NULL);
      }
      napi_close_handle_scope(env, scope);
    }
  }

  if (h->on_close != NULL) napi_delete_reference(env, h->on_close);
  if (h->async != NULL) napi_async_destroy(env, h->async);
  h->on_close = NULL;
  h->async = NULL;
  /* From here the wrapper may be collected; its finalizer frees the struct. */
  if (h->object != NULL) napi_delete_reference(env, h->object);
  h->object = NULL;
  if (h->flags & N10_HANDLE_FINALIZED) n10_handle__free(h);

  n10_env_maybe_done(e);
}

void
n10_handle_start_close (n10_handle_t *h) {
  if (h->flags & (N10_HANDLE_CLOSING | N10_HANDLE_CLOSED)) return;
  h->flags |= N10_HANDLE_CLOSING;
  if (h->flags & N10_HANDLE_INITIALIZED) uv_close(h->uv, n10_handle__on_close);
  else n10_process_close_unspawned(h, n10_handle__on_close);
}

napi_value
n10_handle_new (n10_env_t *e, n10_type_t type, bool ipc, n10_handle_t **out) {
  napi_env env = e->env;
  napi_value ctor, obj, arg = n10_bool(env, ipc);
  void *data = NULL;
  N10_CHECK(napi_get_reference_value(env, e->constructors[type], &ctor));
  /* Only Pipe takes an argument (ipc); the other constructors ignore it. */
  N10_CHECK(napi_new_instance(env, ctor, 1, &arg, &obj));
  N10_CHECK(napi_unwrap(env, obj, &data));
  *out = data;
  return obj;
}

/* close([callback]): the callback runs with this = handle once the uv handle is closed. */
napi_value
n10_handle_close (napi_env env, napi_callback_info info) {
  size_t argc = 1;
  napi_value argv[1];
  n10_handle_t *h = n10_handle_this(env, info, N10_ANY, &argc, argv, NULL);
  if (h == NULL) return NULL;
  if (h->flags & (N10_HANDLE_CLOSING | N10_HANDLE_CLOSED)) return NULL;
  if (argc >= 1 && !n10_is_nullish(env, argv[0])) {
    if (!n10_arg_function(env, argv[0], "close callback")) return NULL;
    N10_CHECK(napi_create_reference(env, argv[0], 1, &h->on_close));
  }
  n10_handle_start_close(h);
  return NULL;
}

napi_value
n10_handle_ref (napi_env env, napi_callback_info info) {
  n10_handle_t *h = n10_handle_this(env, info, N10_ANY, NULL, NULL, NULL);
  if (h == NULL) return NULL;
  if (n10_handle_usable(h)) uv_ref(h->uv);
  return NULL;
}

napi_value
n10_handle_unref (napi_env env, napi_callback_info info) {
  n10_handle_t *h = n10_handle_this(env, info, N10_ANY, NULL, NULL, NULL);
  if (h == NULL) return NULL;
  if (n10_handle_usable(h)) uv_unref(h->uv);
  return NULL;
}

napi_value
n10_handle_has_ref (napi_env env, napi_callback_info info) {
  n10_handle_t *h = n10_handle_this(env, info, N10_ANY, NULL, NULL, NULL);
  if (h == NULL) return NULL;
  return n10_bool(env, n10_handle_usable(h) && uv_has_ref(h->uv));
}

/* The OS file descriptor, or -1 (closed, not yet open, or a handle without one). */
napi_value
n10_handle_get_fd (napi_env env, napi_callback_info info) {
  n10_handle_t *h = n10_handle_this(env, info, N10_ANY, NULL, NULL, NULL);
  if (h == NULL) return NULL;
  uv_os_fd_t fd = -1;
  if (!n10_handle_usable(h) || uv_fileno(h->uv, &fd) != 0) fd = -1;
  return n10_int32(env, fd);
}
