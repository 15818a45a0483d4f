/*
 * constants.c: the platform's numbers as plain objects, in the order node 0.10's
 * require('constants') lists them: { fs: {O_*, S_*}, errno: {E*}, signals: {SIG*} }.
 * Values come from this machine's headers; names a platform lacks are left out.
 */
#include "n10.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <sys/stat.h>

#define N10_DEFINE(obj, name) n10_set(env, (obj), #name, n10_int32(env, (name)))

static napi_value
n10_constants__fs (napi_env env) {
  napi_value o;
  N10_CHECK(napi_create_object(env, &o));
  N10_DEFINE(o, O_RDONLY);
  N10_DEFINE(o, O_WRONLY);
  N10_DEFINE(o, O_RDWR);
  N10_DEFINE(o, S_IFMT);
  N10_DEFINE(o, S_IFREG);
  N10_DEFINE(o, S_IFDIR);
  N10_DEFINE(o, S_IFCHR);
  N10_DEFINE(o, S_IFBLK);
  N10_DEFINE(o, S_IFIFO);
  N10_DEFINE(o, S_IFLNK);
  N10_DEFINE(o, S_IFSOCK);
  N10_DEFINE(o, O_CREAT);
  N10_DEFINE(o, O_EXCL);
  N10_DEFINE(o, O_NOCTTY);
  N10_DEFINE(o, O_TRUNC);
  N10_DEFINE(o, O_APPEND);
  N10_DEFINE(o, O_DIRECTORY);
#ifdef O_NOATIME
  N10_DEFINE(o, O_NOATIME);
#endif
  N10_DEFINE(o, O_NOFOLLOW);
  N10_DEFINE(o, O_SYNC);
#ifdef O_DSYNC
  N10_DEFINE(o, O_DSYNC);
#endif
#ifdef O_DIRECT
  N10_DEFINE(o, O_DIRECT);
#endif
  N10_DEFINE(o, O_NONBLOCK);
  N10_DEFINE(o, S_IRWXU);
  N10_DEFINE(o, S_IRUSR);
  N10_DEFINE(o, S_IWUSR);
  N10_DEFINE(o, S_IXUSR);
  N10_DEFINE(o, S_IRWXG);
  N10_DEFINE(o, S_IRGRP);
  N10_DEFINE(o, S_IWGRP);
  N10_DEFINE(o, S_IXGRP);
  N10_DEFINE(o, S_IRWXO);
  N10_DEFINE(o, S_IROTH);
  N10_DEFINE(o, S_IWOTH);
  N10_DEFINE(o, S_IXOTH);
  return o;
}

static napi_value
n10_constants__errno (napi_env env) {
  napi_value o;
  N10_CHECK(napi_create_object(env, &o));
  N10_DEFINE(o, E2BIG);
  N10_DEFINE(o, EACCES);
  N10_DEFINE(o, EADDRINUSE);
  N10_DEFINE(o, EADDRNOTAVAIL);
  N10_DEFINE(o, EAFNOSUPPORT);
  N10_DEFINE(o, EAGAIN);
  N10_DEFINE(o, EALREADY);
  N10_DEFINE(o, EBADF);
  N10_DEFINE(o, EBADMSG);
  N10_DEFINE(o, EBUSY);
  N10_DEFINE(o, ECANCELED);
  N10_DEFINE(o, ECHILD);
  N10_DEFINE(o, ECONNABORTED);
  N10_DEFINE(o, ECONNREFUSED);
  N10_DEFINE(o, ECONNRESET);
  N10_DEFINE(o, EDEADLK);
  N10_DEFINE(o, EDESTADDRREQ);
  N10_DEFINE(o, EDOM);
  N10_DEFINE(o, EDQUOT);
  N10_DEFINE(o, EEXIST);
  N10_DEFINE(o, EFAULT);
  N10_DEFINE(o, EFBIG);
  N10_DEFINE(o, EHOSTUNREACH);
  N10_DEFINE(o, EIDRM);
  N10_DEFINE(o, EILSEQ);
  N10_DEFINE(o, EINPROGRESS);
  N10_DEFINE(o, EINTR);
  N10_DEFINE(o, EINVAL);
  N10_DEFINE(o, EIO);
  N10_DEFINE(o, EISCONN);
  N10_DEFINE(o, EISDIR);
  N10_DEFINE(o, ELOOP);
  N10_DEFINE(o, EMFILE);
  N10_DEFINE(o, EMLINK);
  N10_DEFINE(o, EMSGSIZE);
#ifdef EMULTIHOP
  N10_DEFINE(o, EMULTIHOP);
#endif
  N10_DEFINE(o, ENAMETOOLONG);
  N10_DEFINE(o, ENETDOWN);
  N10_DEFINE(o, ENETRESET);
  N10_DEFINE(o, ENETUNREACH);
  N10_DEFINE(o, ENFILE);
  N10_DEFINE(o, ENOBUFS);
#ifdef ENODATA
  N10_DEFINE(o, ENODATA);
#endif
  N10_DEFINE(o, ENODEV);
  N10_DEFINE(o, ENOENT);
  N10_DEFINE(o, ENOEXEC);
  N10_DEFINE(o, ENOLCK);
#ifdef ENOLINK
  N10_DEFINE(o, ENOLINK);
#endif
  N10_DEFINE(o, ENOMEM);
  N10_DEFINE(o, ENOMSG);
  N10_DEFINE(o, ENOPROTOOPT);
  N10_DEFINE(o, ENOSPC);
#ifdef ENOSR
  N10_DEFINE(o, ENOSR);
#endif
#ifdef ENOSTR
  N10_DEFINE(o, ENOSTR);
#endif
  N10_DEFINE(o, ENOSYS);
  N10_DEFINE(o, ENOTCONN);
  N10_DEFINE(o, ENOTDIR);
  N10_DEFINE(o, ENOTEMPTY);
  N10_DEFINE(o, ENOTSOCK);
  N10_DEFINE(o, ENOTSUP);
  N10_DEFINE(o, ENOTTY);
  N10_DEFINE(o, ENXIO);
  N10_DEFINE(o, EOPNOTSUPP);
  N10_DEFINE(o, EOVERFLOW);
  N10_DEFINE(o, EPERM);
  N10_DEFINE(o, EPIPE);
  N10_DEFINE(o, EPROTO);
  N10_DEFINE(o, EPROTONOSUPPORT);
  N10_DEFINE(o, EPROTOTYPE);
  N10_DEFINE(o, ERANGE);
  N10_DEFINE(o, EROFS);
  N10_DEFINE(o, ESPIPE);
  N10_DEFINE(o, ESRCH);
  N10_DEFINE(o, ESTALE);
#ifdef ETIME
  N10_DEFINE(o, ETIME);
#endif
  N10_DEFINE(o, ETIMEDOUT);
  N10_DEFINE(o, ETXTBSY);
  N10_DEFINE(o, EWOULDBLOCK);
  N10_DEFINE(o, EXDEV);
  return o;
}

static napi_value
n10_constants__signals (napi_env env) {
  napi_value o;
  N10_CHECK(napi_create_object(env, &o));
  N10_DEFINE(o, SIGHUP);
  N10_DEFINE(o, SIGINT);
  N10_DEFINE(o, SIGQUIT);
  N10_DEFINE(o, SIGILL);
  N10_DEFINE(o, SIGTRAP);
  N10_DEFINE(o, SIGABRT);
#ifdef SIGIOT
  N10_DEFINE(o, SIGIOT);
#endif
  N10_DEFINE(o, SIGBUS);
  N10_DEFINE(o, SIGFPE);
  N10_DEFINE(o, SIGKILL);
  N10_DEFINE(o, SIGUSR1);
  N10_DEFINE(o, SIGSEGV);
  N10_DEFINE(o, SIGUSR2);
  N10_DEFINE(o, SIGPIPE);
  N10_DEFINE(o, SIGALRM);
  N10_DEFINE(o, SIGTERM);
  N10_DEFINE(o, SIGCHLD);
#ifdef SIGSTKFLT
  N10_DEFINE(o, SIGSTKFLT);
#endif
  N10_DEFINE(o, SIGCONT);
  N10_DEFINE(o, SIGSTOP);
  N10_DEFINE(o, SIGTSTP);
  N10_DEFINE(o, SIGTTIN);
  N10_DEFINE(o, SIGTTOU);
  N10_DEFINE(o, SIGURG);
  N10_DEFINE(o, SIGXCPU);
  N10_DEFINE(o, SIGXFSZ);
  N10_DEFINE(o, SIGVTALRM);
  N10_DEFINE(o, SIGPROF);
  N10_DEFINE(o, SIGWINCH);
#ifdef SIGIO
  N10_DEFINE(o, SIGIO);
#endif
#ifdef SIGPOLL
  N10_DEFINE(o, SIGPOLL);
#endif
#ifdef SIGPWR
  N10_DEFINE(o, SIGPWR);
#endif
  N10_DEFINE(o, SIGSYS);
#ifdef SIGUNUSED
  N10_DEFINE(o, SIGUNUSED);
#endif
  return o;
}

napi_value
n10_constants (napi_env env) {
  napi_value o;
  N10_CHECK(napi_create_object(env, &o));
  n10_set(env, o, "fs", n10_constants__fs(env));
  n10_set(env, o, "errno", n10_constants__errno(env));
  n10_set(env, o, "signals", n10_constants__signals(env));
  n10_set(env, o, "zlib", n10_zlib_constants(env));
  return o;
}
