/* B6 peer: the language-neutral interface alone, wrapped by SWIG without
 * -builtin (shadow proxy classes, RuntimeError for every failure). */
%module bench_swig_proxy
%include "weaveheap.i"
