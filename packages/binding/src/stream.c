/*
 * stream.c: what TCP, Pipe and TTY share (node 0.10's StreamWrap): reading, writing,
 * shutdown, listen/accept and connect requests.
 *
 * - onread(nread, buffer, pendingHandle): nread > 0 with a fresh Uint8Array of exactly
 *   nread bytes (copied out of the environment's slab); nread < 0 is an error or UV_EOF
 *   with no buffer. pendingHandle is a handle received over an IPC pipe.
 * - writes hold a reference to their buffer (strings are copied) and to the req object
 *   until req.oncomplete(status, handle, req) has run; writeQueueSize is kept current on
 *   the handle object after every write and completion.
 */
#include "n10.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

typedef struct {
  uv_write_t req;
  n10_req_t base;
} n10_write_t;

typedef struct {
  uv_shutdown_t req;
  n10_req_t base;
} n10_shutdown_t;

enum n10_encoding {
  N10_BUFFER,
  N10_UTF8,
  N10_LATIN1, /* 0.10's 'ascii' and 'binary' both write the low byte of each char */
  N10_UCS2,
};

napi_status
n10_stream_wrap (napi_env env, napi_value self, n10_stream_t *s, uv_stream_t *uv, n10_type_t type) {
  napi_status st = n10_handle_wrap(env, self, &s->handle, (uv_handle_t *) uv, type, true);
  if (st != napi_ok) return st;
  s->reported_queue_size = 0;
  return napi_set_named_property(env, self, "writeQueueSize", n10_int32(env, 0));
}

/* Keeps handle.writeQueueSize current; sets the property only when the value changed (most
 * writes go out at once and leave it at 0). */
static void
n10_stream__update_queue_size (napi_env env, n10_handle_t *h, napi_value self) {
  n10_stream_t *s = (n10_stream_t *) h;
  size_t size = 0;
  if (self == NULL) return;
  if (!(h->flags & N10_HANDLE_CLOSED)) size = uv_stream_get_write_queue_size((uv_stream_t *) h->uv);
  if (size == s->reported_queue_size) return;
  if (napi_set_named_property(env, self, "writeQueueSize", n10_double(env, (double) size)) == napi_ok) s->reported_queue_size = size;
}

/* ---- reading ---- */

static void
n10_stream__on_alloc (uv_handle_t *uv, size_t suggested, uv_buf_t *buf) {
  (void) suggested;
  n10_handle_t *h = uv->data;
  buf->base = h->env->slab;
  buf->len = sizeof(h->env->slab);
}

/* A handle sent over an IPC pipe: accepted into a new TCP, Pipe or UDP handle. */
static napi_value
n10_stream__accept_pending (n10_env_t *e, uv_pipe_t *pipe) {
  n10_handle_t *ph;
  n10_type_t type;
  napi_value obj;
  switch (uv_pipe_pending_type(pipe)) {
  case UV_TCP:
    type = N10_TCP;
    break;
  case UV_NAMED_PIPE:
    type = N10_PIPE;
    break;
  case UV_UDP:
    type = N10_UDP;
    break;
  default:
    return NULL;
  }
  obj = n10_handle_new(e, type, false, &ph);
  if (obj == NULL) return NULL;
  /* uv_accept takes a stream pointer but opens a UDP client too. */
  if (uv_accept((uv_stream_t *) pipe, (uv_stream_t *) ph->uv) != 0) {
    n10_handle_start_close(ph);
    return NULL;
  }
  return obj;
}

static void
n10_stream__on_read (uv_stream_t *uv, ssize_t nread, const uv_buf_t *buf) {
  n10_handle_t *h = uv->data;
  n10_env_t *e = h->env;
  napi_env env = e->env;
  napi_handle_scope scope;
  napi_value self, argv[3];

  if (nread == 0 || e->closing) return; /* 0: nothing read this time (EAGAIN) */
  /* An EOF without a buffer is libuv 1.x's POLLHUP short-cut: the peer has shut both ways
   * and its last bytes were just read, so libuv reports the end in the same turn of the loop.
   * libuv 0.10 read again on the next turn (after this turn's check and close callbacks) and
   * only then met the EOF; so do that: keep reading, and the next read() returns 0. */
  if (nread == UV_EOF && buf->base == NULL &&
      uv_read_start(uv, n10_stream__on_alloc, n10_stream__on_read) == 0) return;
  if (napi_open_handle_scope(env, &scope) != napi_ok) return;

  self = n10_handle_object(h);
  if (self != NULL) {
    argv[0] = n10_double(env, (double) nread);
    argv[1] = nread > 0 ? n10_bytes_copy(env, buf->base, (size_t) nread) : NULL;
    argv[2] = NULL;
    if (nread > 0 && uv->type == UV_NAMED_PIPE && uv_pipe_pending_count((uv_pipe_t *) uv) > 0) {
      argv[2] = n10_stream__accept_pending(e, (uv_pipe_t *) uv);
    }
    if (argv[1] == NULL) argv[1] = n10_undefined(env);
    if (argv[2] == NULL) argv[2] = n10_undefined(env);
    n10_callback(e, h->async, self, "onread", 3, argv);
  }
  napi_close_handle_scope(env, scope);
}

napi_value
n10_stream_read_start (napi_env env, napi_callback_info info) {
  n10_handle_t *h = n10_handle_this(env, info, N10_STREAMS, NULL, NULL, NULL);
  if (h == NULL) return NULL;
  if (!n10_handle_usable(h)) return n10_int32(env, UV_EBADF);
  int err = uv_read_start((uv_stream_t *) h->uv, n10_stream__on_alloc, n10_stream__on_read);
  /* Already reading is fine, as it was in libuv 0.10. */
  return n10_int32(env, err == UV_EALREADY ? 0 : err);
}

napi_value
n10_stream_read_stop (napi_env env, napi_callback_info info) {
  n10_handle_t *h = n10_handle_this(env, info, N10_STREAMS, NULL, NULL, NULL);
  if (h == NULL) return NULL;
  if (!n10_handle_usable(h)) return n10_int32(env, UV_EBADF);
  return n10_int32(env, uv_read_stop((uv_stream_t *) h->uv));
}

/* ---- requests on a stream: write, shutdown, connect ---- */

void
n10_req_complete (n10_req_t *r, int status, size_t extra, napi_value *extra_argv) {
  n10_env_t *e = r->env;
  napi_env env = e->env;
  n10_handle_t *h = r->handle;
  napi_handle_scope scope;
  napi_value argv[5], self, req;

  if (!e->closing && napi_open_handle_scope(env, &scope) == napi_ok) {
    self = n10_handle_object(h);
    if (napi_get_reference_value(env, r->object, &req) == napi_ok && req != NULL) {
      if (h->type != N10_UDP) n10_stream__update_queue_size(env, h, self);
      argv[0] = n10_int32(env, status);
      argv[1] = self != NULL ? self : n10_undefined(env);
      argv[2] = req;
      for (size_t i = 0; i < extra; i++) argv[3 + i] = extra_argv[i];
      n10_callback(e, h->async, req, "oncomplete", 3 + extra, argv);
    }
    napi_close_handle_scope(env, scope);
  }
  n10_req_free(r);
}

static void
n10_stream__on_write (uv_write_t *req, int status) {
  n10_req_complete(req->data, status, 0, NULL);
}

static void
n10_stream__on_shutdown (uv_shutdown_t *req, int status) {
  n10_req_complete(req->data, status, 0, NULL);
}

void
n10_stream__on_connect (uv_connect_t *req, int status) {
  n10_req_t *r = req->data;
  napi_value extra[2] = {NULL, NULL};
  r->handle->flags &= ~N10_STREAM_CONNECTING;
  if (!r->env->closing) {
    /* readable, writable: always both for TCP and pipes, as in 0.10 */
    extra[0] = n10_bool(r->env->env, true);
    extra[1] = extra[0];
  }
  n10_req_complete(r, status, 2, extra);
}

n10_connect_t *
n10_connect_new (n10_handle_t *h, napi_value req) {
  n10_req_t *r = n10_req_new(h->env, sizeof(n10_connect_t), offsetof(n10_connect_t, base), req);
  if (r == NULL) return NULL;
  r->handle = h;
  return n10_container_of(r, n10_connect_t, base);
}

/* writeBuffer(req, buffer[, sendHandle]), write*String(req, string[, sendHandle]) */
static napi_value
n10_stream__write (napi_env env, napi_callback_info info, enum n10_encoding enc) {
  size_t argc = 3;
  napi_value argv[3], self;
  char *data = NULL, *owned = NULL;
  size_t len = 0;
  uv_stream_t *send = NULL;
  n10_handle_t *h = n10_handle_this(env, info, N10_STREAMS, &argc, argv, &self);
  if (h == NULL) return NULL;
  if (!n10_arg_object(env, argv[0], "req")) return NULL;

  if (enc == N10_BUFFER) {
    if (!n10_arg_bytes(env, argv[1], "buffer", &data, &len)) return NULL;
  } else {
    napi_valuetype t;
    if (napi_typeof(env, argv[1], &t) != napi_ok || t != napi_string) {
      n10_throw_type_error(env, "string must be a string");
      return NULL;
    }
    size_t chars = 0;
    napi_status st;
    if (enc == N10_UTF8) st = napi_get_value_string_utf8(env, argv[1], NULL, 0, &chars);
    else if (enc == N10_LATIN1) st = napi_get_value_string_latin1(env, argv[1], NULL, 0, &chars);
    else st = napi_get_value_string_utf16(env, argv[1], NULL, 0, &chars);
    if (st != napi_ok) return NULL;
    size_t unit = enc == N10_UCS2 ? 2 : 1;
    owned = malloc((chars + 1) * unit);
    if (owned == NULL) {
      n10_throw_range_error(env, "string too long to write");
      return NULL;
    }
    /* UCS-2 goes out as UTF-16LE: the host's char16_t order, little-endian on every
     * platform node targets here. */
    if (enc == N10_UTF8) napi_get_value_string_utf8(env, argv[1], owned, chars + 1, &chars);
    else if (enc == N10_LATIN1) napi_get_value_string_latin1(env, argv[1], owned, chars + 1, &chars);
    else napi_get_value_string_utf16(env, argv[1], (char16_t *) owned, chars + 1, &chars);
    data = owned;
    len = chars * unit;
  }

  if (argc >= 3 && !n10_is_nullish(env, argv[2])) {
    n10_handle_t *sh = n10_handle_this_value(env, argv[2], N10_BIT(N10_TCP) | N10_BIT(N10_PIPE) | N10_BIT(N10_UDP));
    if (sh == NULL) {
      free(owned);
      return NULL;
    }
    if (!n10_handle_usable(sh)) {
      free(owned);
      return n10_int32(env, UV_EBADF);
    }
    send = (uv_stream_t *) sh->uv;
  }

  if (!n10_handle_usable(h)) {
    free(owned);
    return n10_int32(env, UV_EBADF);
  }

  n10_req_t *r = n10_req_new(h->env, sizeof(n10_write_t), offsetof(n10_write_t, base), argv[0]);
  if (r == NULL) {
    free(owned);
    n10_throw_range_error(env, "out of memory");
    return NULL;
  }
  n10_write_t *w = n10_container_of(r, n10_write_t, base);
  r->handle = h;
  r->data = owned;
  if (owned == NULL && napi_create_reference(env, argv[1], 1, &r->hold) != napi_ok) {
    n10_req_free(r);
    return NULL;
  }

  uv_buf_t buf = uv_buf_init(data, (unsigned int) len);
  int err;
  if (send != NULL) err = uv_write2(&w->req, (uv_stream_t *) h->uv, &buf, 1, send, n10_stream__on_write);
  else err = uv_write(&w->req, (uv_stream_t *) h->uv, &buf, 1, n10_stream__on_write);
  if (err != 0) {
    n10_req_free(r);
    return n10_int32(env, err);
  }
  napi_set_named_property(env, argv[0], "bytes", n10_double(env, (double) len));
  n10_stream__update_queue_size(env, h, self);
  return n10_int32(env, 0);
}

napi_value
n10_stream_write_buffer (napi_env env, napi_callback_info info) {
  return n10_stream__write(env, info, N10_BUFFER);
}

napi_value
n10_stream_write_utf8_string (napi_env env, napi_callback_info info) {
  return n10_stream__write(env, info, N10_UTF8);
}

napi_value
n10_stream_write_ascii_string (napi_env env, napi_callback_info info) {
  return n10_stream__write(env, info, N10_LATIN1);
}

napi_value
n10_stream_write_latin1_string (napi_env env, napi_callback_info info) {
  return n10_stream__write(env, info, N10_LATIN1);
}

napi_value
n10_stream_write_ucs2_string (napi_env env, napi_callback_info info) {
  return n10_stream__write(env, info, N10_UCS2);
}

/* shutdown(req): req.oncomplete(status, handle, req) once pending writes are flushed. */
napi_value
n10_stream_shutdown (napi_env env, napi_callback_info info) {
  size_t argc = 1;
  napi_value argv[1];
  n10_handle_t *h = n10_handle_this(env, info, N10_STREAMS, &argc, argv, NULL);
  if (h == NULL) return NULL;
  if (!n10_arg_object(env, argv[0], "req")) return NULL;
  if (!n10_handle_usable(h)) return n10_int32(env, UV_EBADF);
  n10_req_t *r = n10_req_new(h->env, sizeof(n10_shutdown_t), offsetof(n10_shutdown_t, base), argv[0]);
  if (r == NULL) return NULL;
  r->handle = h;
  n10_shutdown_t *s = n10_container_of(r, n10_shutdown_t, base);
  int err = uv_shutdown(&s->req, (uv_stream_t *) h->uv, n10_stream__on_shutdown);
  if (err != 0) n10_req_free(r);
  return n10_int32(env, err);
}

/* ---- servers ---- */

/* libuv 1.x takes one connection each time the listening socket is readable; 0.10's libuv
 * took every pending one at once, so clients that connected together were all announced
 * ('connection') before any other I/O of that loop turn. The rest are taken here, from the
 * socket itself, each with its own callback, until none is left (or the server closed). */
static void
n10_stream__accept_rest (uv_stream_t *server, n10_handle_t *h) {
  n10_env_t *e = h->env;
  napi_env env = e->env;
  for (;;) {
    uv_os_fd_t lfd;
    if (e->closing || !n10_handle_usable(h) || uv_is_closing((uv_handle_t *) server)) return;
    if (uv_fileno((uv_handle_t *) server, &lfd) != 0) return;
    int fd = accept(lfd, NULL, NULL);
    if (fd < 0) {
      if (errno == EINTR || errno == ECONNABORTED) continue;
      return; /* EAGAIN: none left; other errors: libuv reports them on the next turn */
    }
    fcntl(fd, F_SETFD, FD_CLOEXEC);
    napi_handle_scope scope;
    if (napi_open_handle_scope(env, &scope) != napi_ok) {
      close(fd);
      return;
    }
    napi_value argv[2];
    n10_handle_t *client;
    napi_value obj = n10_handle_new(e, h->type, false, &client);
    int err = 0;
    if (obj == NULL) {
      napi_value exc;
      napi_get_and_clear_last_exception(env, &exc);
      close(fd);
      err = UV_ENOMEM;
    } else {
      err = h->type == N10_TCP ? uv_tcp_open((uv_tcp_t *) client->uv, fd) : uv_pipe_open((uv_pipe_t *) client->uv, fd);
      if (err != 0) {
        close(fd);
        n10_handle_start_close(client);
      }
    }
    argv[0] = n10_int32(env, err);
    argv[1] = err == 0 ? obj : n10_undefined(env);
    napi_value self = n10_handle_object(h);
    if (self != NULL) n10_callback(e, h->async, self, "onconnection", 2, argv);
    napi_close_handle_scope(env, scope);
    if (err != 0) return;
  }
}

void
n10_stream__on_connection (uv_stream_t *server, int status) {
  n10_handle_t *h = server->data;
  n10_env_t *e = h->env;
  napi_env env = e->env;
  napi_handle_scope scope;
  napi_value argv[2], self;

  if (e->closing || napi_open_handle_scope(env, &scope) != napi_ok) return;
  self = n10_handle_object(h);
  argv[0] = n10_int32(env, status);
  argv[1] = n10_undefined(env);
  if (status == 0) {
    n10_handle_t *client;
    napi_value obj = n10_handle_new(e, h->type, false, &client);
    if (obj == NULL) {
      napi_value exc;
      napi_get_and_clear_last_exception(env, &exc);
      argv[0] = n10_int32(env, UV_ENOMEM);
    } else {
      int err = uv_accept(server, (uv_stream_t *) client->uv);
      if (err != 0) {
        n10_handle_start_close(client);
        argv[0] = n10_int32(env, err);
      } else {
        argv[1] = obj;
      }
    }
  }
  if (self != NULL) n10_callback(e, h->async, self, "onconnection", 2, argv);
  napi_close_handle_scope(env, scope);
  if (status == 0) n10_stream__accept_rest(server, h);
}

/* listen(backlog): onconnection(status, clientHandle) for each connection. */
napi_value
n10_stream_listen (napi_env env, napi_callback_info info) {
  size_t argc = 1;
  napi_value argv[1];
  int32_t backlog;
  n10_handle_t *h = n10_handle_this(env, info, N10_BIT(N10_TCP) | N10_BIT(N10_PIPE), &argc, argv, NULL);
  if (h == NULL) return NULL;
  if (!n10_arg_int32(env, argv[0], "backlog", &backlog)) return NULL;
  if (!n10_handle_usable(h)) return n10_int32(env, UV_EBADF);
  return n10_int32(env, uv_listen((uv_stream_t *) h->uv, backlog, n10_stream__on_connection));
}
