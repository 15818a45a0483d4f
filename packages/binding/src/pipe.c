/*
 * pipe.c: Pipe (node 0.10's PipeWrap): unix domain sockets, child stdio pipes and the IPC
 * channel. The stream methods, including handle passing, are in stream.c.
 *
 *   new Pipe(ipc)
 *   open(fd) bind(path) listen(backlog) → err
 *   connect(req, path) → err; req.oncomplete(status, handle, req, readable, writable)
 *   writeUtf8String(req, string, sendHandle) on an IPC pipe sends a TCP/Pipe/UDP handle;
 *   onread's third argument is a handle received that way.
 */
#include "n10.h"

#include <stdlib.h>

typedef struct {
  uv_pipe_t handle; /* first: a uv_handle_t * casts back */
  n10_stream_t stream;
} n10_pipe_t;

napi_value
n10_pipe_new (napi_env env, napi_callback_info info) {
  size_t argc = 1;
  napi_value argv[1], self, target;
  N10_CHECK(napi_get_new_target(env, info, &target));
  if (target == NULL) {
    n10_throw_type_error(env, "Class constructor Pipe cannot be invoked without 'new'");
    return NULL;
  }
  N10_CHECK(napi_get_cb_info(env, info, &argc, argv, &self, NULL));
  bool ipc = argc >= 1 && n10_arg_bool(env, argv[0]);
  n10_pipe_t *p = calloc(1, sizeof(*p));
  if (p == NULL) return NULL;
  int err = uv_pipe_init(n10_env(env)->loop, &p->handle, ipc);
  if (err != 0) {
    free(p);
    n10_throw_uv_error(env, err, "uv_pipe_init", NULL, NULL);
    return NULL;
  }
  N10_CHECK(n10_stream_wrap(env, self, &p->stream, (uv_stream_t *) &p->handle, N10_PIPE));
  if (ipc) p->stream.handle.flags |= N10_STREAM_IPC;
  return self;
}

#define N10_PIPE_THIS(n) N10_METHOD_THIS(n, N10_BIT(N10_PIPE), n10_pipe_t, pipe, stream.handle)

napi_value
n10_pipe_open (napi_env env, napi_callback_info info) {
  int32_t fd;
  N10_PIPE_THIS(1)
  if (!n10_arg_int32(env, argv[0], "fd", &fd)) return NULL;
  if (!n10_handle_usable(h)) return n10_int32(env, UV_EBADF);
  /* Only a pipe, FIFO or unix socket: libuv aborts when it cannot poll the descriptor (a
   * regular file, /dev/null). */
  if (fd < 0 || uv_guess_handle(fd) != UV_NAMED_PIPE) return n10_int32(env, UV_EINVAL);
  return n10_int32(env, uv_pipe_open(&pipe->handle, fd));
}

napi_value
n10_pipe_bind (napi_env env, napi_callback_info info) {
  N10_PIPE_THIS(1)
  char *path = n10_arg_string(env, argv[0], "path");
  if (path == NULL) return NULL;
  int err = n10_handle_usable(h) ? uv_pipe_bind(&pipe->handle, path) : UV_EBADF;
  free(path);
  return n10_int32(env, err);
}

napi_value
n10_pipe_connect (napi_env env, napi_callback_info info) {
  N10_PIPE_THIS(2)
  if (!n10_arg_object(env, argv[0], "req")) return NULL;
  char *path = n10_arg_string(env, argv[1], "path");
  if (path == NULL) return NULL;
  if (!n10_handle_usable(h)) {
    free(path);
    return n10_int32(env, UV_EBADF);
  }
  /* libuv's uv_pipe_connect would overwrite a pending request, which then never completes
   * (and keeps the loop alive): refuse, as uv_tcp_connect does. */
  if (h->flags & N10_STREAM_CONNECTING) {
    free(path);
    return n10_int32(env, UV_EALREADY);
  }
  n10_connect_t *c = n10_connect_new(h, argv[0]);
  if (c == NULL) {
    free(path);
    return NULL;
  }
  /* Errors, even immediate ones, arrive through the callback. */
  h->flags |= N10_STREAM_CONNECTING;
  uv_pipe_connect(&c->req, &pipe->handle, path, n10_stream__on_connect);
  free(path);
  return n10_int32(env, 0);
}
