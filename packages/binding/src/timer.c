/*
 * timer.c: Timer (node 0.10's TimerWrap).
 *
 *   new Timer()
 *   start(timeout, repeat) stop() again() setRepeat(repeat) → err; getRepeat() → ms
 *   ontimeout() when it fires
 *   Timer.now() → the loop's clock in ms, updated first (0.10's Timer.now)
 */
#include "n10.h"

#include <stdlib.h>

typedef struct {
  uv_timer_t handle; /* first: a uv_handle_t * casts back */
  n10_handle_t base;
} n10_timer_t;

napi_value
n10_timer_new (napi_env env, napi_callback_info info) {
  napi_value self, target;
  N10_CHECK(napi_get_new_target(env, info, &target));
  if (target == NULL) {
    n10_throw_type_error(env, "Class constructor Timer cannot be invoked without 'new'");
    return NULL;
  }
  N10_CHECK(napi_get_cb_info(env, info, NULL, NULL, &self, NULL));
  n10_timer_t *t = calloc(1, sizeof(*t));
  if (t == NULL) return NULL;
  uv_timer_init(n10_env(env)->loop, &t->handle);
  N10_CHECK(n10_handle_wrap(env, self, &t->base, (uv_handle_t *) &t->handle, N10_TIMER, true));
  return self;
}

#define N10_TIMER_THIS(n) N10_METHOD_THIS(n, N10_BIT(N10_TIMER), n10_timer_t, timer, base)

/* Milliseconds from JS: negative and NaN become 0, beyond 2^53 is clamped. */
static bool
n10_timer__ms (napi_env env, napi_value v, const char *what, uint64_t *out) {
  double d;
  if (!n10_arg_double(env, v, what, &d)) return false;
  if (!(d > 0)) d = 0;
  if (d > 9007199254740991.0) d = 9007199254740991.0;
  *out = (uint64_t) d;
  return true;
}

static void
n10_timer__on_timeout (uv_timer_t *uv) {
  n10_handle_t *h = uv->data;
  n10_env_t *e = h->env;
  napi_handle_scope scope;
  if (e->closing || napi_open_handle_scope(e->env, &scope) != napi_ok) return;
  napi_value self = n10_handle_object(h);
  if (self != NULL) n10_callback(e, h->async, self, "ontimeout", 0, NULL);
  napi_close_handle_scope(e->env, scope);
}

napi_value
n10_timer_start (napi_env env, napi_callback_info info) {
  uint64_t timeout, repeat = 0;
  N10_TIMER_THIS(2)
  if (!n10_timer__ms(env, argv[0], "timeout", &timeout)) return NULL;
  if (!n10_is_nullish(env, argv[1]) && !n10_timer__ms(env, argv[1], "repeat", &repeat)) return NULL;
  if (!n10_handle_usable(h)) return n10_int32(env, UV_EBADF);
  return n10_int32(env, uv_timer_start(&timer->handle, n10_timer__on_timeout, timeout, repeat));
}

napi_value
n10_timer_stop (napi_env env, napi_callback_info info) {
  N10_TIMER_THIS(1)
  if (!n10_handle_usable(h)) return n10_int32(env, UV_EBADF);
  return n10_int32(env, uv_timer_stop(&timer->handle));
}

napi_value
n10_timer_again (napi_env env, napi_callback_info info) {
  N10_TIMER_THIS(1)
  if (!n10_handle_usable(h)) return n10_int32(env, UV_EBADF);
  return n10_int32(env, uv_timer_again(&timer->handle));
}

napi_value
n10_timer_set_repeat (napi_env env, napi_callback_info info) {
  uint64_t repeat;
  N10_TIMER_THIS(1)
  if (!n10_timer__ms(env, argv[0], "repeat", &repeat)) return NULL;
  if (!n10_handle_usable(h)) return n10_int32(env, UV_EBADF);
  uv_timer_set_repeat(&timer->handle, repeat);
  return n10_int32(env, 0);
}

napi_value
n10_timer_get_repeat (napi_env env, napi_callback_info info) {
  N10_TIMER_THIS(1)
  if (!n10_handle_usable(h)) return n10_int32(env, UV_EBADF);
  return n10_double(env, (double) uv_timer_get_repeat(&timer->handle));
}

napi_value
n10_timer_now (napi_env env, napi_callback_info info) {
  (void) info;
  uv_loop_t *loop = n10_env(env)->loop;
  uv_update_time(loop);
  return n10_double(env, (double) uv_now(loop));
}
