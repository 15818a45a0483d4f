/*
 * fs_event.c: FSEvent (node 0.10's FSEventWrap, uv_fs_event).
 *
 *   new FSEvent()
 *   start(path, persistent[, recursive]) → err; a non-persistent watcher does not keep the
 *     loop alive
 *   onchange(status, eventType, filename): eventType 'rename' or 'change'; filename is
 *     null when the OS does not say
 */
#include "n10.h"

#include <stdlib.h>

typedef struct {
  uv_fs_event_t handle; /* first: a uv_handle_t * casts back */
  n10_handle_t base;
} n10_fs_event_t;

napi_value
n10_fs_event_new (napi_env env, napi_callback_info info) {
  napi_value self, target;
  N10_CHECK(napi_get_new_target(env, info, &target));
  if (target == NULL) {
    n10_throw_type_error(env, "Class constructor FSEvent cannot be invoked without 'new'");
    return NULL;
  }
  N10_CHECK(napi_get_cb_info(env, info, NULL, NULL, &self, NULL));
  n10_fs_event_t *f = calloc(1, sizeof(*f));
  if (f == NULL) return NULL;
  int err = uv_fs_event_init(n10_env(env)->loop, &f->handle);
  if (err != 0) {
    free(f);
    n10_throw_uv_error(env, err, "uv_fs_event_init", NULL, NULL);
    return NULL;
  }
  N10_CHECK(n10_handle_wrap(env, self, &f->base, (uv_handle_t *) &f->handle, N10_FS_EVENT, true));
  return self;
}

static void
n10_fs_event__on_change (uv_fs_event_t *uv, const char *filename, int events, int status) {
  n10_handle_t *h = uv->data;
  n10_env_t *e = h->env;
  napi_env env = e->env;
  napi_handle_scope scope;
  if (e->closing || napi_open_handle_scope(env, &scope) != napi_ok) return;
  napi_value self = n10_handle_object(h);
  napi_value argv[3] = {
    n10_int32(env, status),
    n10_string(env, (events & UV_RENAME) ? "rename" : "change"),
    n10_string(env, filename), /* null when NULL */
  };
  if (self != NULL) n10_callback(e, h->async, self, "onchange", 3, argv);
  napi_close_handle_scope(env, scope);
}

napi_value
n10_fs_event_start (napi_env env, napi_callback_info info) {
  size_t argc = 3;
  napi_value argv[3];
  n10_handle_t *h = n10_handle_this(env, info, N10_BIT(N10_FS_EVENT), &argc, argv, NULL);
  if (h == NULL) return NULL;
  char *path = n10_arg_string(env, argv[0], "path");
  if (path == NULL) return NULL;
  bool persistent = argc < 2 || n10_is_nullish(env, argv[1]) || n10_arg_bool(env, argv[1]);
  bool recursive = n10_arg_bool(env, argv[2]);
  int err = UV_EBADF;
  if (n10_handle_usable(h)) {
    err = uv_fs_event_start((uv_fs_event_t *) h->uv, n10_fs_event__on_change, path, recursive ? UV_FS_EVENT_RECURSIVE : 0);
    if (err == 0 && !persistent) uv_unref(h->uv);
  }
  free(path);
  return n10_int32(env, err);
}
