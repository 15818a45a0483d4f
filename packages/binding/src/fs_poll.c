/*
 * fs_poll.c: StatWatcher (node 0.10's StatWatcher, uv_fs_poll).
 *
 *   new StatWatcher()
 *   start(path, persistent, interval) stop() → err
 *   onchange(currStat, prevStat, status): stats as fs.stat returns them (a Float64Array,
 *     STAT_FIELDS); status < 0 when the path cannot be stat'ed (then currStat is zeros)
 */
#include "n10.h"

#include <stdlib.h>

typedef struct {
  uv_fs_poll_t handle; /* first: a uv_handle_t * casts back */
  n10_handle_t base;
} n10_fs_poll_t;

napi_value
n10_fs_poll_new (napi_env env, napi_callback_info info) {
  napi_value self, target;
  N10_CHECK(napi_get_new_target(env, info, &target));
  if (target == NULL) {
    n10_throw_type_error(env, "Class constructor StatWatcher cannot be invoked without 'new'");
    return NULL;
  }
  N10_CHECK(napi_get_cb_info(env, info, NULL, NULL, &self, NULL));
  n10_fs_poll_t *f = calloc(1, sizeof(*f));
  if (f == NULL) return NULL;
  uv_fs_poll_init(n10_env(env)->loop, &f->handle);
  N10_CHECK(n10_handle_wrap(env, self, &f->base, (uv_handle_t *) &f->handle, N10_FS_POLL, true));
  return self;
}

static void
n10_fs_poll__on_change (uv_fs_poll_t *uv, int status, const uv_stat_t *prev, const uv_stat_t *curr) {
  n10_handle_t *h = uv->data;
  n10_env_t *e = h->env;
  napi_env env = e->env;
  napi_handle_scope scope;
  if (e->closing || napi_open_handle_scope(env, &scope) != napi_ok) return;
  napi_value self = n10_handle_object(h);
  napi_value argv[3] = {n10_fs_stat_array(env, curr), n10_fs_stat_array(env, prev), n10_int32(env, status)};
  if (self != NULL && argv[0] != NULL && argv[1] != NULL) n10_callback(e, h->async, self, "onchange", 3, argv);
  napi_close_handle_scope(env, scope);
}

napi_value
n10_fs_poll_start (napi_env env, napi_callback_info info) {
  size_t argc = 3;
  napi_value argv[3];
  uint32_t interval;
  n10_handle_t *h = n10_handle_this(env, info, N10_BIT(N10_FS_POLL), &argc, argv, NULL);
  if (h == NULL) return NULL;
  char *path = n10_arg_string(env, argv[0], "path");
  if (path == NULL) return NULL;
  bool persistent = n10_is_nullish(env, argv[1]) || n10_arg_bool(env, argv[1]);
  if (!n10_arg_uint32(env, argv[2], "interval", &interval)) {
    free(path);
    return NULL;
  }
  int err = UV_EBADF;
  if (n10_handle_usable(h)) {
    err = uv_fs_poll_start((uv_fs_poll_t *) h->uv, n10_fs_poll__on_change, path, interval);
    if (err == 0 && !persistent) uv_unref(h->uv);
  }
  free(path);
  return n10_int32(env, err);
}

napi_value
n10_fs_poll_stop (napi_env env, napi_callback_info info) {
  n10_handle_t *h = n10_handle_this(env, info, N10_BIT(N10_FS_POLL), NULL, NULL, NULL);
  if (h == NULL) return NULL;
  if (!n10_handle_usable(h)) return n10_int32(env, UV_EBADF);
  return n10_int32(env, uv_fs_poll_stop((uv_fs_poll_t *) h->uv));
}
