/*
 * fs.c: the uv_fs_* operations node 0.10's fs uses (node 0.10's node_file.cc).
 *
 * Every function takes its arguments and then an optional trailing `req` object:
 * - with req: asynchronous; returns undefined and later calls req.oncomplete(err, result),
 *   err being null or an Error as below; the request holds req and any buffer until then;
 * - without: a real synchronous uv_fs call on this thread; returns the result or throws.
 * Errors are Error objects with message = code ('ENOENT'), errno (the negative uv code),
 * code, syscall, and path/dest where the call has them. fs builds 0.10's messages.
 *
 * Results: open → fd; read/writeBuffer/writeString/sendfile → bytes; stat/lstat/fstat →
 * Float64Array (STAT_FIELDS); readdir → string[] (sorted, no . and ..); readlink → string;
 * the rest → undefined.
 */
#include "n10.h"

#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

typedef struct {
  uv_fs_t req;
  n10_req_t base;
} n10_fs_t;

/* One call in flight: `sync` is used for a synchronous call, a heap n10_fs_t otherwise. */
typedef struct {
  uv_fs_t sync;
  uv_fs_t *uv;
  uv_fs_cb cb;  /* NULL: synchronous */
  n10_req_t *r; /* asynchronous only */
  const char *syscall;
  char *path;  /* owned: freed after a sync call, moved into the request otherwise */
  char *dest;
  char *owned; /* bytes of a string write */
} n10_fs_call_t;

#define N10_STAT_FIELDS 14

napi_value
n10_fs_stat_array (napi_env env, const uv_stat_t *s) {
  napi_value ab, arr;
  double *f;
  N10_CHECK(napi_create_arraybuffer(env, N10_STAT_FIELDS * sizeof(double), (void **) &f, &ab));
  f[0] = (double) s->st_dev;
  f[1] = (double) s->st_mode;
  f[2] = (double) s->st_nlink;
  f[3] = (double) s->st_uid;
  f[4] = (double) s->st_gid;
  f[5] = (double) s->st_rdev;
  f[6] = (double) s->st_blksize;
  f[7] = (double) s->st_ino;
  f[8] = (double) s->st_size;
  f[9] = (double) s->st_blocks;
  f[10] = (double) s->st_atim.tv_sec * 1e3 + (double) s->st_atim.tv_nsec / 1e6;
  f[11] = (double) s->st_mtim.tv_sec * 1e3 + (double) s->st_mtim.tv_nsec / 1e6;
  f[12] = (double) s->st_ctim.tv_sec * 1e3 + (double) s->st_ctim.tv_nsec / 1e6;
  f[13] = (double) s->st_birthtim.tv_sec * 1e3 + (double) s->st_birthtim.tv_nsec / 1e6;
  N10_CHECK(napi_create_typedarray(env, napi_float64_array, N10_STAT_FIELDS, ab, 0, &arr));
  return arr;
}

static napi_value
n10_fs__result (napi_env env, uv_fs_t *req) {
  switch (req->fs_type) {
  case UV_FS_OPEN:
    return n10_int32(env, (int32_t) req->result);
  case UV_FS_READ:
  case UV_FS_WRITE:
  case UV_FS_SENDFILE:
    return n10_double(env, (double) req->result);
  case UV_FS_STAT:
  case UV_FS_LSTAT:
  case UV_FS_FSTAT:
    return n10_fs_stat_array(env, &req->statbuf);
  case UV_FS_READLINK:
    return n10_string(env, req->ptr);
  case UV_FS_SCANDIR: {
    napi_value arr;
    uv_dirent_t ent;
    uint32_t i = 0;
    N10_CHECK(napi_create_array(env, &arr));
    while (uv_fs_scandir_next(req, &ent) != UV_EOF) {
      N10_CHECK(napi_set_element(env, arr, i++, n10_string(env, ent.name)));
    }
    return arr;
  }
  default:
    return n10_undefined(env);
  }
}

static void
n10_fs__on_done (uv_fs_t *uv) {
  n10_req_t *r = uv->data;
  n10_env_t *e = r->env;
  napi_env env = e->env;
  napi_handle_scope scope;
  napi_value req, argv[2];

  if (!e->closing && napi_open_handle_scope(env, &scope) == napi_ok) {
    if (napi_get_reference_value(env, r->object, &req) == napi_ok && req != NULL) {
      if (uv->result < 0) {
        argv[0] = n10_uv_error(env, (int) uv->result, r->syscall, r->path, r->dest);
        argv[1] = n10_undefined(env);
      } else {
        napi_get_null(env, &argv[0]);
        argv[1] = n10_fs__result(env, uv);
      }
      if (argv[0] != NULL && argv[1] != NULL) n10_callback(e, r->async, req, "oncomplete", 2, argv);
    }
    napi_close_handle_scope(env, scope);
  }
  uv_fs_req_cleanup(uv);
  n10_req_free(r);
}

static void
n10_fs__call_free (n10_fs_call_t *c) {
  free(c->path);
  free(c->dest);
  free(c->owned);
  c->path = c->dest = c->owned = NULL;
}

/* Sets up a call: async when `req` is an object, sync when it is undefined/null. Takes
 * ownership of c->path/dest/owned either way. `hold` is a buffer the call reads or fills. */
static bool
n10_fs__begin (napi_env env, napi_value req, n10_fs_call_t *c, napi_value hold) {
  if (n10_is_nullish(env, req)) {
    c->uv = &c->sync;
    c->cb = NULL;
    c->r = NULL;
    return true;
  }
  if (!n10_arg_object(env, req, "req")) {
    n10_fs__call_free(c);
    return false;
  }
  n10_env_t *e = n10_env(env);
  n10_req_t *r = n10_req_new(e, sizeof(n10_fs_t), offsetof(n10_fs_t, base), req);
  napi_value name;
  if (r == NULL) {
    n10_fs__call_free(c);
    return false;
  }
  r->syscall = c->syscall;
  r->path = c->path;
  r->dest = c->dest;
  r->data = c->owned;
  c->path = c->dest = c->owned = NULL;
  if ((hold != NULL && napi_create_reference(env, hold, 1, &r->hold) != napi_ok) ||
      napi_create_string_utf8(env, "N10_FSREQWRAP", NAPI_AUTO_LENGTH, &name) != napi_ok ||
      napi_async_init(env, req, name, &r->async) != napi_ok) {
    n10_req_free(r);
    return false;
  }
  c->r = r;
  c->uv = &n10_container_of(r, n10_fs_t, base)->req;
  c->cb = n10_fs__on_done;
  return true;
}

static napi_value
n10_fs__end (napi_env env, n10_fs_call_t *c, int err) {
  if (c->r != NULL) {
    if (err < 0) {
      /* Refused before it started: no callback will come. */
      n10_throw_uv_error(env, err, c->syscall, c->r->path, c->r->dest);
      uv_fs_req_cleanup(c->uv);
      n10_req_free(c->r);
    }
    return NULL;
  }
  napi_value result = NULL;
  if (err < 0) n10_throw_uv_error(env, err, c->syscall, c->path, c->dest);
  else result = n10_fs__result(env, c->uv);
  uv_fs_req_cleanup(c->uv);
  n10_fs__call_free(c);
  return result;
}

#define N10_FS_ARGS(n) \
  size_t argc = (n) + 1; \
  napi_value argv[(n) + 1]; \
  n10_fs_call_t call = {0}; \
  N10_CHECK(napi_get_cb_info(env, info, &argc, argv, NULL, NULL)); \
  napi_value req = argv[n]; \
  uv_loop_t *loop = n10_env(env)->loop;

#define N10_FS_PATH(i, what) \
  if ((call.path = n10_arg_string(env, argv[i], what)) == NULL) return NULL;

#define N10_FS_DEST(i, what) \
  if ((call.dest = n10_arg_string(env, argv[i], what)) == NULL) { \
    n10_fs__call_free(&call); \
    return NULL; \
  }

/* Argument checks after a path was taken must free it on failure. */
#define N10_FS_TRY(check) \
  if (!(check)) { \
    n10_fs__call_free(&call); \
    return NULL; \
  }

#define N10_FS_BEGIN(syscall_name, hold) \
  call.syscall = (syscall_name); \
  if (!n10_fs__begin(env, req, &call, (hold))) return NULL;

/* A file position: a number >= 0, or null/undefined/-1 for the current position. */
static bool
n10_fs__position (napi_env env, napi_value v, int64_t *pos) {
  if (n10_is_nullish(env, v)) {
    *pos = -1;
    return true;
  }
  if (!n10_arg_int64(env, v, "position", pos)) return false;
  if (*pos < 0) *pos = -1;
  return true;
}

/* open(path, flags, mode[, req]) → fd */
napi_value
n10_fs_open (napi_env env, napi_callback_info info) {
  int32_t flags, mode;
  N10_FS_ARGS(3)
  N10_FS_PATH(0, "path")
  N10_FS_TRY(n10_arg_int32(env, argv[1], "flags", &flags))
  N10_FS_TRY(n10_arg_int32(env, argv[2], "mode", &mode))
  N10_FS_BEGIN("open", NULL)
  return n10_fs__end(env, &call, uv_fs_open(loop, call.uv, call.r ? call.r->path : call.path, flags, mode, call.cb));
}

/* Closing 0, 1 or 2 leaves /dev/null in their place: libuv (the host's) asserts that a
 * descriptor it opens for itself is never a stdio number, so a reused 0 would abort the
 * process at the next uv_resident_set_memory or uv_fs_* temp file (node 20 itself aborts
 * there; 0.10 did not). Returns the descriptor to really close. */
static int
n10_fs__close_stdio (int fd) {
  if (fd < 0 || fd > 2) return fd;
  int copy = fcntl(fd, F_DUPFD_CLOEXEC, 3);
  if (copy < 0) return fd; /* not open: let close report EBADF */
  int null = open("/dev/null", O_RDWR | O_CLOEXEC);
  if (null < 0 || dup2(null, fd) < 0) {
    if (null >= 0) close(null);
    close(copy);
    return fd;
  }
  if (null > 2) close(null);
  return copy;
}

/* close(fd[, req]) */
napi_value
n10_fs_close (napi_env env, napi_callback_info info) {
  int32_t fd;
  N10_FS_ARGS(1)
  if (!n10_arg_int32(env, argv[0], "fd", &fd)) return NULL;
  N10_FS_BEGIN("close", NULL)
  return n10_fs__end(env, &call, uv_fs_close(loop, call.uv, n10_fs__close_stdio(fd), call.cb));
}

/* (fd, buffer, offset, length, position) of read and writeBuffer. */
static bool
n10_fs__io_args (napi_env env, napi_value *argv, int32_t *fd, uv_buf_t *buf, int64_t *pos) {
  char *data;
  size_t len;
  if (!n10_arg_int32(env, argv[0], "fd", fd)) return false;
  if (!n10_arg_range(env, argv[1], argv[2], argv[3], "buffer", &data, &len)) return false;
  if (!n10_fs__position(env, argv[4], pos)) return false;
  *buf = uv_buf_init(data, (unsigned int) len);
  return true;
}

/* read(fd, buffer, offset, length, position[, req]) → bytesRead */
napi_value
n10_fs_read (napi_env env, napi_callback_info info) {
  int32_t fd;
  int64_t pos;
  uv_buf_t buf;
  N10_FS_ARGS(5)
  if (!n10_fs__io_args(env, argv, &fd, &buf, &pos)) return NULL;
  N10_FS_BEGIN("read", argv[1])
  return n10_fs__end(env, &call, uv_fs_read(loop, call.uv, fd, &buf, 1, pos, call.cb));
}

/* writeBuffer(fd, buffer, offset, length, position[, req]) → bytesWritten */
napi_value
n10_fs_write_buffer (napi_env env, napi_callback_info info) {
  int32_t fd;
  int64_t pos;
  uv_buf_t buf;
  N10_FS_ARGS(5)
  if (!n10_fs__io_args(env, argv, &fd, &buf, &pos)) return NULL;
  N10_FS_BEGIN("write", argv[1])
  return n10_fs__end(env, &call, uv_fs_write(loop, call.uv, fd, &buf, 1, pos, call.cb));
}

/* writeString(fd, string, position, encoding[, req]) → bytesWritten
 * encoding: 'utf8' (default), 'ascii'/'binary'/'latin1', 'ucs2'/'utf16le'. */
napi_value
n10_fs_write_string (napi_env env, napi_callback_info info) {
  int32_t fd;
  int64_t pos;
  size_t chars = 0, unit = 1;
  char *enc = NULL;
  napi_valuetype t;
  N10_FS_ARGS(4)
  if (!n10_arg_int32(env, argv[0], "fd", &fd)) return NULL;
  if (napi_typeof(env, argv[1], &t) != napi_ok || t != napi_string) {
    n10_throw_type_error(env, "string must be a string");
    return NULL;
  }
  if (!n10_fs__position(env, argv[2], &pos)) return NULL;
  if (!n10_is_nullish(env, argv[3]) && (enc = n10_arg_string(env, argv[3], "encoding")) == NULL) return NULL;
  int kind = 0; /* 0 utf8, 1 latin1, 2 ucs2 */
  if (enc == NULL || strcmp(enc, "utf8") == 0 || strcmp(enc, "utf-8") == 0) kind = 0;
  else if (strcmp(enc, "ascii") == 0 || strcmp(enc, "binary") == 0 || strcmp(enc, "latin1") == 0) kind = 1;
  else if (strcmp(enc, "ucs2") == 0 || strcmp(enc, "ucs-2") == 0 || strcmp(enc, "utf16le") == 0 || strcmp(enc, "utf-16le") == 0) kind = 2;
  else kind = -1;
  free(enc);
  if (kind < 0) {
    n10_throw_type_error(env, "encoding must be utf8, ascii, binary, latin1 or ucs2");
    return NULL;
  }
  if (kind == 0) N10_CHECK(napi_get_value_string_utf8(env, argv[1], NULL, 0, &chars));
  else if (kind == 1) N10_CHECK(napi_get_value_string_latin1(env, argv[1], NULL, 0, &chars));
  else {
    N10_CHECK(napi_get_value_string_utf16(env, argv[1], NULL, 0, &chars));
    unit = 2;
  }
  call.owned = malloc((chars + 1) * unit);
  if (call.owned == NULL) {
    n10_throw_range_error(env, "string too long to write");
    return NULL;
  }
  if (kind == 0) napi_get_value_string_utf8(env, argv[1], call.owned, chars + 1, &chars);
  else if (kind == 1) napi_get_value_string_latin1(env, argv[1], call.owned, chars + 1, &chars);
  else napi_get_value_string_utf16(env, argv[1], (char16_t *) call.owned, chars + 1, &chars);
  char *data = call.owned; /* moved into the request by begin: keep the pointer */
  N10_FS_BEGIN("write", NULL)
  uv_buf_t buf = uv_buf_init(data, (unsigned int) (chars * unit));
  return n10_fs__end(env, &call, uv_fs_write(loop, call.uv, fd, &buf, 1, pos, call.cb));
}

/* The path a call passes to libuv: its own copy, wherever begin moved it. */
#define N10_PATH (call.r ? call.r->path : call.path)
#define N10_DEST (call.r ? call.r->dest : call.dest)

/* rename(from, to[, req]) */
napi_value
n10_fs_rename (napi_env env, napi_callback_info info) {
  N10_FS_ARGS(2)
  N10_FS_PATH(0, "from")
  N10_FS_DEST(1, "to")
  N10_FS_BEGIN("rename", NULL)
  return n10_fs__end(env, &call, uv_fs_rename(loop, call.uv, N10_PATH, N10_DEST, call.cb));
}

/* ftruncate(fd, length[, req]) */
napi_value
n10_fs_ftruncate (napi_env env, napi_callback_info info) {
  int32_t fd;
  int64_t len;
  N10_FS_ARGS(2)
  if (!n10_arg_int32(env, argv[0], "fd", &fd)) return NULL;
  if (n10_is_nullish(env, argv[1])) len = 0;
  else if (!n10_arg_int64(env, argv[1], "length", &len)) return NULL;
  N10_FS_BEGIN("ftruncate", NULL)
  return n10_fs__end(env, &call, uv_fs_ftruncate(loop, call.uv, fd, len, call.cb));
}

/* rmdir(path[, req]) */
napi_value
n10_fs_rmdir (napi_env env, napi_callback_info info) {
  N10_FS_ARGS(1)
  N10_FS_PATH(0, "path")
  N10_FS_BEGIN("rmdir", NULL)
  return n10_fs__end(env, &call, uv_fs_rmdir(loop, call.uv, N10_PATH, call.cb));
}

/* mkdir(path, mode[, req]) */
napi_value
n10_fs_mkdir (napi_env env, napi_callback_info info) {
  int32_t mode = 0777;
  N10_FS_ARGS(2)
  N10_FS_PATH(0, "path")
  N10_FS_TRY(n10_is_nullish(env, argv[1]) || n10_arg_int32(env, argv[1], "mode", &mode))
  N10_FS_BEGIN("mkdir", NULL)
  return n10_fs__end(env, &call, uv_fs_mkdir(loop, call.uv, N10_PATH, mode, call.cb));
}

/* readdir(path[, req]) → string[] */
napi_value
n10_fs_readdir (napi_env env, napi_callback_info info) {
  N10_FS_ARGS(1)
  N10_FS_PATH(0, "path")
  N10_FS_BEGIN("readdir", NULL)
  return n10_fs__end(env, &call, uv_fs_scandir(loop, call.uv, N10_PATH, 0, call.cb));
}

/* stat(path[, req]) lstat(path[, req]) → Float64Array */
napi_value
n10_fs_stat (napi_env env, napi_callback_info info) {
  N10_FS_ARGS(1)
  N10_FS_PATH(0, "path")
  N10_FS_BEGIN("stat", NULL)
  return n10_fs__end(env, &call, uv_fs_stat(loop, call.uv, N10_PATH, call.cb));
}

napi_value
n10_fs_lstat (napi_env env, napi_callback_info info) {
  N10_FS_ARGS(1)
  N10_FS_PATH(0, "path")
  N10_FS_BEGIN("lstat", NULL)
  return n10_fs__end(env, &call, uv_fs_lstat(loop, call.uv, N10_PATH, call.cb));
}

/* fstat(fd[, req]) → Float64Array */
napi_value
n10_fs_fstat (napi_env env, napi_callback_info info) {
  int32_t fd;
  N10_FS_ARGS(1)
  if (!n10_arg_int32(env, argv[0], "fd", &fd)) return NULL;
  N10_FS_BEGIN("fstat", NULL)
  return n10_fs__end(env, &call, uv_fs_fstat(loop, call.uv, fd, call.cb));
}

/* link(existing, new[, req]) */
napi_value
n10_fs_link (napi_env env, napi_callback_info info) {
  N10_FS_ARGS(2)
  N10_FS_PATH(0, "srcpath")
  N10_FS_DEST(1, "dstpath")
  N10_FS_BEGIN("link", NULL)
  return n10_fs__end(env, &call, uv_fs_link(loop, call.uv, N10_PATH, N10_DEST, call.cb));
}

/* symlink(target, path, flags[, req]); flags: 1 = dir, 2 = junction (Windows only). The
 * error's path is the target and dest the link path (0.10 reports one or the other). */
napi_value
n10_fs_symlink (napi_env env, napi_callback_info info) {
  int32_t flags = 0;
  N10_FS_ARGS(3)
  N10_FS_PATH(0, "target")
  N10_FS_DEST(1, "path")
  N10_FS_TRY(n10_is_nullish(env, argv[2]) || n10_arg_int32(env, argv[2], "flags", &flags))
  N10_FS_BEGIN("symlink", NULL)
  return n10_fs__end(env, &call, uv_fs_symlink(loop, call.uv, N10_PATH, N10_DEST, flags, call.cb));
}

/* readlink(path[, req]) → string */
napi_value
n10_fs_readlink (napi_env env, napi_callback_info info) {
  N10_FS_ARGS(1)
  N10_FS_PATH(0, "path")
  N10_FS_BEGIN("readlink", NULL)
  return n10_fs__end(env, &call, uv_fs_readlink(loop, call.uv, N10_PATH, call.cb));
}

/* unlink(path[, req]) */
napi_value
n10_fs_unlink (napi_env env, napi_callback_info info) {
  N10_FS_ARGS(1)
  N10_FS_PATH(0, "path")
  N10_FS_BEGIN("unlink", NULL)
  return n10_fs__end(env, &call, uv_fs_unlink(loop, call.uv, N10_PATH, call.cb));
}

/* chmod(path, mode[, req]) */
napi_value
n10_fs_chmod (napi_env env, napi_callback_info info) {
  int32_t mode;
  N10_FS_ARGS(2)
  N10_FS_PATH(0, "path")
  N10_FS_TRY(n10_arg_int32(env, argv[1], "mode", &mode))
  N10_FS_BEGIN("chmod", NULL)
  return n10_fs__end(env, &call, uv_fs_chmod(loop, call.uv, N10_PATH, mode, call.cb));
}

/* fchmod(fd, mode[, req]) */
napi_value
n10_fs_fchmod (napi_env env, napi_callback_info info) {
  int32_t fd, mode;
  N10_FS_ARGS(2)
  if (!n10_arg_int32(env, argv[0], "fd", &fd)) return NULL;
  if (!n10_arg_int32(env, argv[1], "mode", &mode)) return NULL;
  N10_FS_BEGIN("fchmod", NULL)
  return n10_fs__end(env, &call, uv_fs_fchmod(loop, call.uv, fd, mode, call.cb));
}

/* chown(path, uid, gid[, req]) lchown(…) */
static napi_value
n10_fs__chown (napi_env env, napi_callback_info info, bool lchown) {
  int32_t uid, gid;
  N10_FS_ARGS(3)
  N10_FS_PATH(0, "path")
  N10_FS_TRY(n10_arg_int32(env, argv[1], "uid", &uid))
  N10_FS_TRY(n10_arg_int32(env, argv[2], "gid", &gid))
  N10_FS_BEGIN(lchown ? "lchown" : "chown", NULL)
  int err = lchown ? uv_fs_lchown(loop, call.uv, N10_PATH, (uv_uid_t) uid, (uv_gid_t) gid, call.cb)
                   : uv_fs_chown(loop, call.uv, N10_PATH, (uv_uid_t) uid, (uv_gid_t) gid, call.cb);
  return n10_fs__end(env, &call, err);
}

napi_value
n10_fs_chown (napi_env env, napi_callback_info info) {
  return n10_fs__chown(env, info, false);
}

napi_value
n10_fs_lchown (napi_env env, napi_callback_info info) {
  return n10_fs__chown(env, info, true);
}

/* fchown(fd, uid, gid[, req]) */
napi_value
n10_fs_fchown (napi_env env, napi_callback_info info) {
  int32_t fd, uid, gid;
  N10_FS_ARGS(3)
  if (!n10_arg_int32(env, argv[0], "fd", &fd)) return NULL;
  if (!n10_arg_int32(env, argv[1], "uid", &uid)) return NULL;
  if (!n10_arg_int32(env, argv[2], "gid", &gid)) return NULL;
  N10_FS_BEGIN("fchown", NULL)
  return n10_fs__end(env, &call, uv_fs_fchown(loop, call.uv, fd, (uv_uid_t) uid, (uv_gid_t) gid, call.cb));
}

/* utimes(path, atime, mtime[, req]) futimes(fd, atime, mtime[, req]): times in seconds.
 * syscall names are 0.10's: 'utime', 'futime'. */
napi_value
n10_fs_utimes (napi_env env, napi_callback_info info) {
  double atime, mtime;
  N10_FS_ARGS(3)
  N10_FS_PATH(0, "path")
  N10_FS_TRY(n10_arg_double(env, argv[1], "atime", &atime))
  N10_FS_TRY(n10_arg_double(env, argv[2], "mtime", &mtime))
  N10_FS_BEGIN("utime", NULL)
  return n10_fs__end(env, &call, uv_fs_utime(loop, call.uv, N10_PATH, atime, mtime, call.cb));
}

napi_value
n10_fs_futimes (napi_env env, napi_callback_info info) {
  int32_t fd;
  double atime, mtime;
  N10_FS_ARGS(3)
  if (!n10_arg_int32(env, argv[0], "fd", &fd)) return NULL;
  if (!n10_arg_double(env, argv[1], "atime", &atime)) return NULL;
  if (!n10_arg_double(env, argv[2], "mtime", &mtime)) return NULL;
  N10_FS_BEGIN("futime", NULL)
  return n10_fs__end(env, &call, uv_fs_futime(loop, call.uv, fd, atime, mtime, call.cb));
}

/* fsync(fd[, req]) fdatasync(fd[, req]) */
napi_value
n10_fs_fsync (napi_env env, napi_callback_info info) {
  int32_t fd;
  N10_FS_ARGS(1)
  if (!n10_arg_int32(env, argv[0], "fd", &fd)) return NULL;
  N10_FS_BEGIN("fsync", NULL)
  return n10_fs__end(env, &call, uv_fs_fsync(loop, call.uv, fd, call.cb));
}

napi_value
n10_fs_fdatasync (napi_env env, napi_callback_info info) {
  int32_t fd;
  N10_FS_ARGS(1)
  if (!n10_arg_int32(env, argv[0], "fd", &fd)) return NULL;
  N10_FS_BEGIN("fdatasync", NULL)
  return n10_fs__end(env, &call, uv_fs_fdatasync(loop, call.uv, fd, call.cb));
}

/* sendfile(outFd, inFd, inOffset, length[, req]) → bytes */
napi_value
n10_fs_sendfile (napi_env env, napi_callback_info info) {
  int32_t out_fd, in_fd;
  int64_t offset, length;
  N10_FS_ARGS(4)
  if (!n10_arg_int32(env, argv[0], "outFd", &out_fd)) return NULL;
  if (!n10_arg_int32(env, argv[1], "inFd", &in_fd)) return NULL;
  if (!n10_arg_int64(env, argv[2], "inOffset", &offset)) return NULL;
  if (!n10_arg_int64(env, argv[3], "length", &length)) return NULL;
  if (offset < 0 || length < 0) {
    n10_throw_range_error(env, "inOffset and length must be >= 0");
    return NULL;
  }
  N10_FS_BEGIN("sendfile", NULL)
  return n10_fs__end(env, &call, uv_fs_sendfile(loop, call.uv, out_fd, in_fd, offset, (size_t) length, call.cb));
}
