/*
 * idle.c: Idle (a uv_idle_t; node 0.10 ran setImmediate on idle handles).
 *
 *   new Idle()
 *   start([callback]) stop() → err; onidle() runs once per loop iteration while started
 *   (start(callback) sets this.onidle = callback)
 */
#include "n10.h"

#include <stdlib.h>

typedef struct {
  uv_idle_t handle; /* first: a uv_handle_t * casts back */
  n10_handle_t base;
} n10_idle_t;

napi_value
n10_idle_new (napi_env env, napi_callback_info info) {
  napi_value self, target;
  N10_CHECK(napi_get_new_target(env, info, &target));
  if (target == NULL) {
    n10_throw_type_error(env, "Class constructor Idle cannot be invoked without 'new'");
    return NULL;
  }
  N10_CHECK(napi_get_cb_info(env, info, NULL, NULL, &self, NULL));
  n10_idle_t *c = calloc(1, sizeof(*c));
  if (c == NULL) return NULL;
  uv_idle_init(n10_env(env)->loop, &c->handle);
  N10_CHECK(n10_handle_wrap(env, self, &c->base, (uv_handle_t *) &c->handle, N10_IDLE, true));
  return self;
}

static void
n10_idle__on_idle (uv_idle_t *uv) {
  n10_handle_t *h = uv->data;
  n10_env_t *e = h->env;
  napi_handle_scope scope;
  if (e->closing || napi_open_handle_scope(e->env, &scope) != napi_ok) return;
  napi_value self = n10_handle_object(h);
  if (self != NULL) n10_callback(e, h->async, self, "onidle", 0, NULL);
  napi_close_handle_scope(e->env, scope);
}

napi_value
n10_idle_start (napi_env env, napi_callback_info info) {
  size_t argc = 1;
  napi_value argv[1], self;
  n10_handle_t *h = n10_handle_this(env, info, N10_BIT(N10_IDLE), &argc, argv, &self);
  if (h == NULL) return NULL;
  if (!n10_is_nullish(env, argv[0])) {
    if (!n10_arg_function(env, argv[0], "callback")) return NULL;
    N10_CHECK(napi_set_named_property(env, self, "onidle", argv[0]));
  }
  if (!n10_handle_usable(h)) return n10_int32(env, UV_EBADF);
  return n10_int32(env, uv_idle_start((uv_idle_t *) h->uv, n10_idle__on_idle));
}

napi_value
n10_idle_stop (napi_env env, napi_callback_info info) {
  n10_handle_t *h = n10_handle_this(env, info, N10_BIT(N10_IDLE), NULL, NULL, NULL);
  if (h == NULL) return NULL;
  if (!n10_handle_usable(h)) return n10_int32(env, UV_EBADF);
  return n10_int32(env, uv_idle_stop((uv_idle_t *) h->uv));
}
