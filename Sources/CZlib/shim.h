#include <zlib.h>

/// inflateInit2 is a macro; this is the call it stands for, which Swift can import.
static inline int czlib_inflate_init_gzip(z_stream *stream) {
    return inflateInit2(stream, 16 + MAX_WBITS);
}
