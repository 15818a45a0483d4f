/*
 * tty.c: TTY (node 0.10's TTYWrap) and the fd queries that go with it.
 *
 *   new TTY(fd, readable)   throws an Error {errno, code, syscall: 'uv_tty_init'} if fd is
 *                           not usable as a terminal
 *   getWindowSize(out) → err; out[0] = columns, out[1] = rows
 *   setRawMode(flag) → err
 *   guessHandleType(fd) → 'TTY' | 'PIPE' | 'FILE' | 'TCP' | 'UDP' | 'UNKNOWN'
 *   isTTY(fd) → boolean
 *   resetTTYMode() → err: restores the mode saved by the first setRawMode (for exit paths)
 */
#include "n10.h"

#include <stdlib.h>

typedef struct {
  uv_tty_t handle; /* first: a uv_handle_t * casts back */
  n10_stream_t stream;
} n10_tty_t;

napi_value
n10_tty_new (napi_env env, napi_callback_info info) {
  size_t argc = 2;
  napi_value argv[2], self, target;
  int32_t fd;
  N10_CHECK(napi_get_new_target(env, info, &target));
  if (target == NULL) {
    n10_throw_type_error(env, "Class constructor TTY cannot be invoked without 'new'");
    return NULL;
  }
  N10_CHECK(napi_get_cb_info(env, info, &argc, argv, &self, NULL));
  if (!n10_arg_int32(env, argv[0], "fd", &fd)) return NULL;
  if (fd < 0) {
    n10_throw_range_error(env, "fd must be >= 0");
    return NULL;
  }
  bool readable = n10_arg_bool(env, argv[1]);
  n10_tty_t *t = calloc(1, sizeof(*t));
  if (t == NULL) return NULL;
  int err = uv_tty_init(n10_env(env)->loop, &t->handle, fd, readable);
  if (err != 0) {
    free(t);
    n10_throw_uv_error(env, err, "uv_tty_init", NULL, NULL);
    return NULL;
  }
  N10_CHECK(n10_stream_wrap(env, self, &t->stream, (uv_stream_t *) &t->handle, N10_TTY));
  return self;
}

#define N10_TTY_THIS(n) N10_METHOD_THIS(n, N10_BIT(N10_TTY), n10_tty_t, tty, stream.handle)

napi_value
n10_tty_get_window_size (napi_env env, napi_callback_info info) {
  int width = 0, height = 0;
  N10_TTY_THIS(1)
  if (!n10_arg_object(env, argv[0], "out")) return NULL;
  if (!n10_handle_usable(h)) return n10_int32(env, UV_EBADF);
  int err = uv_tty_get_winsize(&tty->handle, &width, &height);
  if (err == 0) {
    N10_CHECK(napi_set_element(env, argv[0], 0, n10_int32(env, width)));
    N10_CHECK(napi_set_element(env, argv[0], 1, n10_int32(env, height)));
  }
  return n10_int32(env, err);
}

napi_value
n10_tty_set_raw_mode (napi_env env, napi_callback_info info) {
  N10_TTY_THIS(1)
  if (!n10_handle_usable(h)) return n10_int32(env, UV_EBADF);
  return n10_int32(env, uv_tty_set_mode(&tty->handle, n10_arg_bool(env, argv[0]) ? UV_TTY_MODE_RAW : UV_TTY_MODE_NORMAL));
}

static bool
n10_tty__fd_arg (napi_env env, napi_callback_info info, int32_t *fd) {
  size_t argc = 1;
  napi_value argv[1];
  if (napi_get_cb_info(env, info, &argc, argv, NULL, NULL) != napi_ok) return false;
  if (!n10_arg_int32(env, argv[0], "fd", fd)) return false;
  if (*fd < 0) {
    n10_throw_range_error(env, "fd must be >= 0");
    return false;
  }
  return true;
}

napi_value
n10_tty_guess_handle_type (napi_env env, napi_callback_info info) {
  int32_t fd;
  if (!n10_tty__fd_arg(env, info, &fd)) return NULL;
  switch (uv_guess_handle(fd)) {
  case UV_TCP:
    return n10_string(env, "TCP");
  case UV_TTY:
    return n10_string(env, "TTY");
  case UV_UDP:
    return n10_string(env, "UDP");
  case UV_FILE:
    return n10_string(env, "FILE");
  case UV_NAMED_PIPE:
    return n10_string(env, "PIPE");
  default:
    return n10_string(env, "UNKNOWN");
  }
}

napi_value
n10_tty_is_tty (napi_env env, napi_callback_info info) {
  int32_t fd;
  if (!n10_tty__fd_arg(env, info, &fd)) return NULL;
  return n10_bool(env, uv_guess_handle(fd) == UV_TTY);
}

napi_value
n10_tty_reset_mode (napi_env env, napi_callback_info info) {
  (void) info;
  return n10_int32(env, uv_tty_reset_mode());
}
