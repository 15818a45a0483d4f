/*
 * signal.c: Signal (node 0.10's SignalWrap).
 *
 *   new Signal()
 *   start(signum) stop() → err; onsignal(signum) on each delivery
 *   signalExit(signum) → err: node 0.10's own handler for SIGINT and SIGTERM (below)
 */
#include "n10.h"

#include <errno.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

typedef struct {
  uv_signal_t handle; /* first: a uv_handle_t * casts back */
  n10_handle_t base;
} n10_signal_t;

napi_value
n10_signal_new (napi_env env, napi_callback_info info) {
  napi_value self, target;
  N10_CHECK(napi_get_new_target(env, info, &target));
  if (target == NULL) {
    n10_throw_type_error(env, "Class constructor Signal cannot be invoked without 'new'");
    return NULL;
  }
  N10_CHECK(napi_get_cb_info(env, info, NULL, NULL, &self, NULL));
  n10_signal_t *s = calloc(1, sizeof(*s));
  if (s == NULL) return NULL;
  int err = uv_signal_init(n10_env(env)->loop, &s->handle);
  if (err != 0) {
    free(s);
    n10_throw_uv_error(env, err, "uv_signal_init", NULL, NULL);
    return NULL;
  }
  N10_CHECK(n10_handle_wrap(env, self, &s->base, (uv_handle_t *) &s->handle, N10_SIGNAL, true));
  return self;
}

static void
n10_signal__on_signal (uv_signal_t *uv, int signum) {
  n10_handle_t *h = uv->data;
  n10_env_t *e = h->env;
  napi_handle_scope scope;
  if (e->closing || napi_open_handle_scope(e->env, &scope) != napi_ok) return;
  napi_value self = n10_handle_object(h);
  napi_value argv[1] = {n10_int32(e->env, signum)};
  if (self != NULL) n10_callback(e, h->async, self, "onsignal", 1, argv);
  napi_close_handle_scope(e->env, scope);
}

napi_value
n10_signal_start (napi_env env, napi_callback_info info) {
  size_t argc = 1;
  napi_value argv[1];
  int32_t signum;
  n10_handle_t *h = n10_handle_this(env, info, N10_BIT(N10_SIGNAL), &argc, argv, NULL);
  if (h == NULL) return NULL;
  if (!n10_arg_int32(env, argv[0], "signum", &signum)) return NULL;
  if (!n10_handle_usable(h)) return n10_int32(env, UV_EBADF);
  if (signum <= 0 || signum >= 65) return n10_int32(env, UV_EINVAL);
  return n10_int32(env, uv_signal_start((uv_signal_t *) h->uv, n10_signal__on_signal, signum));
}

napi_value
n10_signal_stop (napi_env env, napi_callback_info info) {
  n10_handle_t *h = n10_handle_this(env, info, N10_BIT(N10_SIGNAL), NULL, NULL, NULL);
  if (h == NULL) return NULL;
  if (!n10_handle_usable(h)) return n10_int32(env, UV_EBADF);
  return n10_int32(env, uv_signal_stop((uv_signal_t *) h->uv));
}

/* node 0.10 caught SIGINT and SIGTERM (unless a program listened): it restored the terminal
 * mode and ended with _exit(128 + signum), so its parent saw an exit code (130, 143), not a
 * death by the signal, even while JavaScript was busy. libuv replaces this handler while a
 * Signal handle watches the signal and leaves the default action after (as 0.10 did). */
static void
n10_signal__exit (int signum) {
  uv_tty_reset_mode();
  _exit(128 + signum);
}

napi_value
n10_signal_exit (napi_env env, napi_callback_info info) {
  size_t argc = 1;
  napi_value argv[1];
  int32_t signum;
  N10_CHECK(napi_get_cb_info(env, info, &argc, argv, NULL, NULL));
  if (!n10_arg_int32(env, argv[0], "signum", &signum)) return NULL;
  if (signum <= 0 || signum >= 65 || signum == SIGKILL || signum == SIGSTOP) return n10_int32(env, UV_EINVAL);
  struct sigaction sa;
  memset(&sa, 0, sizeof(sa));
  sa.sa_handler = n10_signal__exit;
  sigfillset(&sa.sa_mask);
  if (sigaction(signum, &sa, NULL) != 0) return n10_int32(env, -errno);
  return n10_int32(env, 0);
}
