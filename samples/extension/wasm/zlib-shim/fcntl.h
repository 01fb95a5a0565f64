/* Included by zlib's gzguts.h (through zutil.c); the wasm build of zpack
 * compiles none of zlib's gz* file functions, so nothing of it is needed. */
