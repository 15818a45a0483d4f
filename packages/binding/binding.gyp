# One N-API addon in plain C against the host's own headers (node_api.h, uv.h, openssl/*.h,
# zlib.h). Symbols resolve from the host node binary at load (zlib's by name at first use:
# see src/zlib.c). Built by scripts/build-addon.mjs,
# which passes --nodedir so node-gyp never downloads headers.
{
  "targets": [
    {
      "target_name": "n10_binding",
      "sources": [
        "src/binding.c",
        "src/util.c",
        "src/errors.c",
        "src/constants.c",
        "src/handle.c",
        "src/stream.c",
        "src/tcp.c",
        "src/pipe.c",
        "src/tty.c",
        "src/udp.c",
        "src/timer.c",
        "src/check.c",
        "src/idle.c",
        "src/process.c",
        "src/signal.c",
        "src/fs.c",
        "src/fs_event.c",
        "src/fs_poll.c",
        "src/dns.c",
        "src/os.c",
        "src/object.c",
        "src/work.c",
        "src/crypto.c",
        "src/random.c",
        "src/hash.c",
        "src/cipher.c",
        "src/sign.c",
        "src/bn.c",
        "src/pbkdf2.c",
        "src/tls.c",
        "src/zlib.c",
        "src/codec.c",
        "src/math.c"
      ],
      "cflags": ["-std=gnu11", "-Wall", "-Wextra", "-Wno-unused-parameter", "-Wno-missing-field-initializers", "-fvisibility=hidden"],
      "defines": ["NAPI_VERSION=8"],
      "xcode_settings": {
        "OTHER_CFLAGS": ["-std=gnu11", "-Wall", "-Wextra", "-Wno-unused-parameter"]
      }
    }
  ]
}
