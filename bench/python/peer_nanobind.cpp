// B6 peer: the same C calls bound with nanobind.
#include <nanobind/nanobind.h>

#include <stdexcept>
#include <string>

#include "weaveheap.h"

static uint64_t buffer_size(uint64_t h) {
    weaveheap_error e{0, nullptr};
    uint64_t n = weaveheap_buffer_size(h, &e);
    if (e.code) {
        std::string msg = e.message ? e.message : "weaveheap error";
        weaveheap_error_clear(&e);
        throw std::runtime_error(msg);
    }
    return n;
}

// The same call as a method of an object holding its handle (what buf.size()
// is in the weaveheap package): the like-for-like peer of a handle call.
struct Buffer {
    uint64_t handle;
    uint64_t size() const { return buffer_size(handle); }
};

NB_MODULE(bench_nanobind, m) {
    m.def("abi_version", &weaveheap_abi_version);
    m.def("buffer_size", &buffer_size);
    nanobind::class_<Buffer>(m, "Buffer")
        .def(nanobind::init<uint64_t>())
        .def("size", &Buffer::size);
}
