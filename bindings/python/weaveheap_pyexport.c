/* DLPack and Arrow C Data exports: the layouts these external standards fix,
 * and capsules whose deleters give the borrow back (weaveheap_pyexport.h). */
#include "weaveheap_pyexport.h"

#include <errno.h>
#include <stdbool.h>
#include <string.h>

/* -- DLPack 1.x layouts (dlpack/include/dlpack/dlpack.h) -------------------- */
typedef struct { uint32_t major, minor; } DLPackVersion;
typedef struct { int32_t device_type, device_id; } DLDevice;   /* DLDeviceType is an int enum */
typedef struct { uint8_t code, bits; uint16_t lanes; } DLDataType;
typedef struct {
    void* data;
    DLDevice device;
    int32_t ndim;
    DLDataType dtype;
    int64_t* shape;
    int64_t* strides;       /* NULL: compact, row-major */
    uint64_t byte_offset;
} DLTensor;
typedef struct DLManagedTensor {
    DLTensor dl_tensor;
    void* manager_ctx;
    void (*deleter)(struct DLManagedTensor* self);
} DLManagedTensor;
typedef struct DLManagedTensorVersioned {
    DLPackVersion version;
    void* manager_ctx;
    void (*deleter)(struct DLManagedTensorVersioned* self);
    uint64_t flags;
    DLTensor dl_tensor;
} DLManagedTensorVersioned;

enum { kDLInt = 0, kDLUInt = 1, kDLFloat = 2 };
enum { kDLCPU = 1 };
#define DLPACK_FLAG_BITMASK_READ_ONLY (UINT64_C(1) << 0)
#define DLPACK_EXPORT_MAJOR 1
#define DLPACK_EXPORT_MINOR 0

/* -- the Arrow C Data and C Stream structs --------------------------------- */
#include "weaveheap_arrow.h"

/* -- element types ----------------------------------------------------------- */
static const weaveheap__pyexport_dtype dtypes[] = {
    {"uint8", kDLUInt, 8, "C"},    {"int8", kDLInt, 8, "c"},     {"uint16", kDLUInt, 16, "S"},
    {"int16", kDLInt, 16, "s"},    {"uint32", kDLUInt, 32, "I"}, {"int32", kDLInt, 32, "i"},
    {"uint64", kDLUInt, 64, "L"},  {"int64", kDLInt, 64, "l"},   {"float16", kDLFloat, 16, "e"},
    {"float32", kDLFloat, 32, "f"}, {"float64", kDLFloat, 64, "g"},
};

const weaveheap__pyexport_dtype* weaveheap__pyexport_dtype_of(const char* name) {
    if (!name) return &dtypes[0];
    for (size_t i = 0; i < sizeof dtypes / sizeof dtypes[0]; i++)
        if (strcmp(dtypes[i].name, name) == 0) return &dtypes[i];
    PyErr_Format(PyExc_ValueError,
                 "dtype '%s' is not one of uint8, int8, uint16, int16, uint32, int32, uint64, int64, "
                 "float16, float32, float64", name);
    return NULL;
}

static int64_t element_count(uint64_t nbytes, const weaveheap__pyexport_dtype* dtype) {
    uint64_t size = dtype->bits / 8u;
    if (nbytes % size) {
        PyErr_Format(PyExc_ValueError, "%llu bytes are not a whole number of %s elements (%llu bytes each)",
                     (unsigned long long)nbytes, dtype->name, (unsigned long long)size);
        return -1;
    }
    if (nbytes / size > (uint64_t)INT64_MAX) {
        PyErr_SetString(PyExc_OverflowError, "too many elements for an int64 shape");
        return -1;
    }
    return (int64_t)(nbytes / size);
}

/* -- giving the borrow back ---------------------------------------------- */
typedef struct export_ctx {
    union {
        DLManagedTensorVersioned versioned;
        DLManagedTensor legacy;
        struct ArrowArray array;
    } u;
    int64_t shape[1];
    const void* buffers[2];
    uint64_t token;
    PyObject* owner;
    weaveheap__pyexport_release release;
} export_ctx;

/* Runs on whatever thread the consumer drops the memory from: take the GIL
 * (every core call from Python is made under it), give the token back, drop
 * the owner. After interpreter shutdown the borrow is left to the process. */
static void finish(export_ctx* c) {
    if (Py_IsInitialized()) {
        PyGILState_STATE g = PyGILState_Ensure();
        c->release(c->token, c->owner);
        PyGILState_Release(g);
    }
    PyMem_RawFree(c);
}

static export_ctx* ctx_new(uint64_t token, PyObject* owner, weaveheap__pyexport_release release) {
    export_ctx* c = PyMem_RawCalloc(1, sizeof *c);
    if (!c) {
        PyErr_NoMemory();
        return NULL;
    }
    c->token = token;
    c->owner = owner;
    c->release = release;
    return c;
}

/* -- DLPack -------------------------------------------------------------- */
static void dl_deleter_versioned(DLManagedTensorVersioned* t) {
    if (t) finish((export_ctx*)t->manager_ctx);
}

static void dl_deleter_legacy(DLManagedTensor* t) {
    if (t) finish((export_ctx*)t->manager_ctx);
}

/* A capsule nobody consumed still owns its tensor. */
static void capsule_versioned(PyObject* cap) {
    if (!PyCapsule_IsValid(cap, "dltensor_versioned")) return; /* renamed "used_...": consumed */
    PyObject *type, *value, *tb;
    PyErr_Fetch(&type, &value, &tb);
    DLManagedTensorVersioned* t = PyCapsule_GetPointer(cap, "dltensor_versioned");
    if (t && t->deleter) t->deleter(t);
    PyErr_Restore(type, value, tb);
}

static void capsule_legacy(PyObject* cap) {
    if (!PyCapsule_IsValid(cap, "dltensor")) return;
    PyObject *type, *value, *tb;
    PyErr_Fetch(&type, &value, &tb);
    DLManagedTensor* t = PyCapsule_GetPointer(cap, "dltensor");
    if (t && t->deleter) t->deleter(t);
    PyErr_Restore(type, value, tb);
}

static bool is_none(PyObject* o) { return o == NULL || o == Py_None; }

int weaveheap__pyexport_dlpack_args(PyObject* stream, PyObject* max_version, PyObject* dl_device,
                                    PyObject* copy, int* versioned) {
    if (!is_none(stream)) {
        PyErr_SetString(PyExc_BufferError, "weaveheap memory is on the CPU: stream must be None");
        return -1;
    }
    if (!is_none(dl_device)) {
        long type = -1, id = -1;
        if (PyTuple_Check(dl_device) && PyTuple_GET_SIZE(dl_device) == 2) {
            type = PyLong_AsLong(PyTuple_GET_ITEM(dl_device, 0));
            id = PyLong_AsLong(PyTuple_GET_ITEM(dl_device, 1));
            if (PyErr_Occurred()) return -1;
        }
        if (type != kDLCPU || id != 0) {
            PyErr_SetString(PyExc_BufferError, "weaveheap memory is on the CPU: dl_device must be (1, 0)");
            return -1;
        }
    }
    if (!is_none(copy)) {
        int wants = PyObject_IsTrue(copy);
        if (wants < 0) return -1;
        if (wants) {
            PyErr_SetString(PyExc_BufferError, "weaveheap exports without copying: copy=True is not supported");
            return -1;
        }
    }
    *versioned = 0;
    if (!is_none(max_version)) {
        if (!PyTuple_Check(max_version) || PyTuple_GET_SIZE(max_version) != 2) {
            PyErr_SetString(PyExc_TypeError, "max_version must be a (major, minor) tuple or None");
            return -1;
        }
        long major = PyLong_AsLong(PyTuple_GET_ITEM(max_version, 0));
        if (major == -1 && PyErr_Occurred()) return -1;
        *versioned = major >= DLPACK_EXPORT_MAJOR;
    }
    return 0;
}

PyObject* weaveheap__pyexport_dlpack_device(void) { return Py_BuildValue("(ii)", kDLCPU, 0); }

static void tensor_fill(DLTensor* t, void* data, const weaveheap__pyexport_dtype* dtype, int64_t* shape) {
    t->data = data;
    t->device.device_type = kDLCPU;
    t->device.device_id = 0;
    t->ndim = 1;
    t->dtype.code = dtype->dl_code;
    t->dtype.bits = dtype->bits;
    t->dtype.lanes = 1;
    t->shape = shape;
    t->strides = NULL;
    t->byte_offset = 0;
}

PyObject* weaveheap__pyexport_dlpack(void* data, uint64_t nbytes, const weaveheap__pyexport_dtype* dtype,
                                     int readonly, int versioned, uint64_t token, PyObject* owner,
                                     weaveheap__pyexport_release release) {
    int64_t n = element_count(nbytes, dtype);
    if (n < 0) return NULL;
    export_ctx* c = ctx_new(token, owner, release);
    if (!c) return NULL;
    c->shape[0] = n;
    PyObject* cap;
    if (versioned) {
        DLManagedTensorVersioned* t = &c->u.versioned;
        t->version.major = DLPACK_EXPORT_MAJOR;
        t->version.minor = DLPACK_EXPORT_MINOR;
        t->manager_ctx = c;
        t->deleter = dl_deleter_versioned;
        t->flags = readonly ? DLPACK_FLAG_BITMASK_READ_ONLY : 0;
        tensor_fill(&t->dl_tensor, data, dtype, c->shape);
        cap = PyCapsule_New(t, "dltensor_versioned", capsule_versioned);
    } else {
        /* The legacy struct has no read-only flag: a consumer that asks for
         * it may write even through a shared borrow (docs/python.md). */
        DLManagedTensor* t = &c->u.legacy;
        t->manager_ctx = c;
        t->deleter = dl_deleter_legacy;
        tensor_fill(&t->dl_tensor, data, dtype, c->shape);
        cap = PyCapsule_New(t, "dltensor", capsule_legacy);
    }
    if (!cap) {
        PyMem_RawFree(c);
        return NULL;
    }
    Py_INCREF(owner);
    return cap;
}

/* -- Arrow C Data -------------------------------------------------------- */
static void schema_release(struct ArrowSchema* s) { s->release = NULL; }

static void array_release(struct ArrowArray* a) {
    export_ctx* c = a->private_data;
    a->release = NULL;
    finish(c);
}

static void capsule_schema(PyObject* cap) {
    struct ArrowSchema* s = PyCapsule_GetPointer(cap, "arrow_schema");
    if (!s) {
        PyErr_Clear();
        return;
    }
    if (s->release) s->release(s);
    PyMem_RawFree(s);
}

/* The struct a consumer moved out has release == NULL; ours is freed here,
 * the exported memory by its release callback. */
static void capsule_array(PyObject* cap) {
    struct ArrowArray* a = PyCapsule_GetPointer(cap, "arrow_array");
    if (!a) {
        PyErr_Clear();
        return;
    }
    if (a->release) {
        PyObject *type, *value, *tb;
        PyErr_Fetch(&type, &value, &tb);
        a->release(a);
        PyErr_Restore(type, value, tb);
    }
    PyMem_RawFree(a);
}

PyObject* weaveheap__pyexport_arrow(void* data, uint64_t nbytes, const weaveheap__pyexport_dtype* dtype,
                                    uint64_t token, PyObject* owner, weaveheap__pyexport_release release) {
    int64_t n = element_count(nbytes, dtype);
    if (n < 0) return NULL;
    struct ArrowSchema* s = PyMem_RawCalloc(1, sizeof *s);
    struct ArrowArray* a = PyMem_RawCalloc(1, sizeof *a);
    export_ctx* c = ctx_new(token, owner, release);
    if (!s || !a || !c) {
        PyMem_RawFree(s);
        PyMem_RawFree(a);
        PyMem_RawFree(c);
        return c ? PyErr_NoMemory() : NULL;
    }
    s->format = dtype->arrow_format;
    s->name = "";
    s->flags = ARROW_FLAG_NULLABLE;
    s->release = schema_release;

    c->buffers[0] = NULL;  /* no validity bitmap: no nulls */
    c->buffers[1] = data;
    a->length = n;
    a->n_buffers = 2;
    a->buffers = c->buffers;
    a->release = NULL;     /* armed below, once nothing can fail */
    a->private_data = c;

    PyObject* schema = PyCapsule_New(s, "arrow_schema", capsule_schema);
    if (!schema) PyMem_RawFree(s);
    PyObject* array = schema ? PyCapsule_New(a, "arrow_array", capsule_array) : NULL;
    if (schema && !array) PyMem_RawFree(a);
    PyObject* pair = array ? PyTuple_Pack(2, schema, array) : NULL;
    if (!pair) {
        Py_XDECREF(schema);
        Py_XDECREF(array);
        if (!schema) PyMem_RawFree(a);
        PyMem_RawFree(c);
        return NULL;
    }
    a->release = array_release;
    Py_INCREF(owner);  /* given back by array_release */
    Py_DECREF(schema);
    Py_DECREF(array);
    return pair;
}

/* -- Arrow structs the core fills ---------------------------------------- */
int weaveheap__pyexport_arrow_structs(uint8_t** schema, uint8_t** array) {
    struct ArrowSchema* s = PyMem_RawCalloc(1, sizeof *s);
    struct ArrowArray* a = PyMem_RawCalloc(1, sizeof *a);
    if (!s || !a) {
        PyMem_RawFree(s);
        PyMem_RawFree(a);
        PyErr_NoMemory();
        return -1;
    }
    *schema = (uint8_t*)s;
    *array = (uint8_t*)a;
    return 0;
}

void weaveheap__pyexport_arrow_structs_free(uint8_t* schema, uint8_t* array) {
    PyMem_RawFree(schema);
    PyMem_RawFree(array);
}

/* The core's array, moved here, and the object that owns its memory. */
typedef struct core_array {
    struct ArrowArray inner;
    PyObject* owner;
} core_array;

/* Runs the core's release with the GIL held (every core call from Python is
 * made under it), from whatever thread the consumer releases on. */
static void core_array_release(struct ArrowArray* a) {
    if (!a || !a->release) return;
    core_array* w = a->private_data;
    a->release = NULL;
    a->private_data = NULL;
    if (Py_IsInitialized()) {
        PyGILState_STATE g = PyGILState_Ensure();
        w->inner.release(&w->inner);
        Py_DECREF(w->owner);
        PyGILState_Release(g);
    }
    PyMem_RawFree(w);
}

PyObject* weaveheap__pyexport_arrow_capsules(uint8_t* schema, uint8_t* array, PyObject* owner, int schema_only) {
    struct ArrowSchema* s = (struct ArrowSchema*)(void*)schema;
    struct ArrowArray* a = (struct ArrowArray*)(void*)array;
    core_array* w = PyMem_RawMalloc(sizeof *w);
    if (!w) {
        a->release(a);
        s->release(s);
        weaveheap__pyexport_arrow_structs_free(schema, array);
        return PyErr_NoMemory();
    }
    w->inner = *a; /* moved: the buffers stay the core's until its release */
    w->owner = owner;
    Py_INCREF(owner);
    a->release = core_array_release;
    a->private_data = w;
    if (schema_only) {
        a->release(a);
        PyMem_RawFree(a);
        PyObject* cap = PyCapsule_New(s, "arrow_schema", capsule_schema);
        if (!cap) {
            s->release(s);
            PyMem_RawFree(s);
        }
        return cap;
    }
    PyObject* sc = PyCapsule_New(s, "arrow_schema", capsule_schema);
    if (!sc) {
        s->release(s);
        PyMem_RawFree(s);
        a->release(a);
        PyMem_RawFree(a);
        return NULL;
    }
    PyObject* ac = PyCapsule_New(a, "arrow_array", capsule_array);
    if (!ac) {
        Py_DECREF(sc);
        a->release(a);
        PyMem_RawFree(a);
        return NULL;
    }
    PyObject* pair = PyTuple_Pack(2, sc, ac);
    Py_DECREF(sc);
    Py_DECREF(ac); /* without the pair, the capsules' destructors release both */
    return pair;
}

/* -- Arrow C Stream the core fills ---------------------------------------- */
uint8_t* weaveheap__pyexport_arrow_stream_struct(void) {
    struct ArrowArrayStream* s = PyMem_RawCalloc(1, sizeof *s);
    if (!s) PyErr_NoMemory();
    return (uint8_t*)s;
}

/* The core's stream, moved here, and the object that owns its memory. */
typedef struct core_stream {
    struct ArrowArrayStream inner;
    PyObject* owner;
} core_stream;

/* Every callback runs the core's with the GIL held (every core call from
 * Python is made under it). After interpreter shutdown nothing is called. */
static int core_stream_get_schema(struct ArrowArrayStream* s, struct ArrowSchema* out) {
    if (!s || !s->release || !Py_IsInitialized()) return EINVAL;
    core_stream* w = s->private_data;
    PyGILState_STATE g = PyGILState_Ensure();
    int rc = w->inner.get_schema(&w->inner, out);
    PyGILState_Release(g);
    return rc;
}

/* Each array is wrapped as the capsules' are: its release takes the GIL. */
static int core_stream_get_next(struct ArrowArrayStream* s, struct ArrowArray* out) {
    if (!s || !s->release || !Py_IsInitialized()) return EINVAL;
    core_stream* w = s->private_data;
    PyGILState_STATE g = PyGILState_Ensure();
    int rc = w->inner.get_next(&w->inner, out);
    if (rc == 0 && out->release) {
        core_array* a = PyMem_RawMalloc(sizeof *a);
        if (!a) {
            out->release(out);
            rc = ENOMEM;
        } else {
            a->inner = *out; /* moved: the buffers stay the core's until its release */
            a->owner = w->owner;
            Py_INCREF(w->owner);
            out->release = core_array_release;
            out->private_data = a;
        }
    }
    PyGILState_Release(g);
    return rc;
}

static const char* core_stream_get_last_error(struct ArrowArrayStream* s) {
    if (!s || !s->release || !Py_IsInitialized()) return NULL;
    core_stream* w = s->private_data;
    PyGILState_STATE g = PyGILState_Ensure();
    const char* e = w->inner.get_last_error(&w->inner);
    PyGILState_Release(g);
    return e;
}

static void core_stream_release(struct ArrowArrayStream* s) {
    if (!s || !s->release) return;
    core_stream* w = s->private_data;
    s->release = NULL;
    s->private_data = NULL;
    if (Py_IsInitialized()) {
        PyGILState_STATE g = PyGILState_Ensure();
        w->inner.release(&w->inner);
        Py_DECREF(w->owner);
        PyGILState_Release(g);
    }
    PyMem_RawFree(w);
}

/* A capsule nobody consumed still owns its stream; a consumed one was moved
 * out (release == NULL). */
static void capsule_stream(PyObject* cap) {
    struct ArrowArrayStream* s = PyCapsule_GetPointer(cap, "arrow_array_stream");
    if (!s) {
        PyErr_Clear();
        return;
    }
    if (s->release) {
        PyObject *type, *value, *tb;
        PyErr_Fetch(&type, &value, &tb);
        s->release(s);
        PyErr_Restore(type, value, tb);
    }
    PyMem_RawFree(s);
}

PyObject* weaveheap__pyexport_arrow_stream_capsule(uint8_t* stream, PyObject* owner) {
    struct ArrowArrayStream* s = (struct ArrowArrayStream*)(void*)stream;
    core_stream* w = PyMem_RawMalloc(sizeof *w);
    if (!w) {
        s->release(s);
        PyMem_RawFree(s);
        return PyErr_NoMemory();
    }
    w->inner = *s; /* moved */
    w->owner = owner;
    Py_INCREF(owner);
    *s = (struct ArrowArrayStream){
        .get_schema = core_stream_get_schema,
        .get_next = core_stream_get_next,
        .get_last_error = core_stream_get_last_error,
        .release = core_stream_release,
        .private_data = w,
    };
    PyObject* cap = PyCapsule_New(s, "arrow_array_stream", capsule_stream);
    if (!cap) {
        s->release(s);
        PyMem_RawFree(s);
    }
    return cap;
}
