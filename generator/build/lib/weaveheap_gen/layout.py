"""The C ABI layout of the IDL's structs for 32- and 64-bit pointers: what
the wasm glue reads and writes in linear memory, and what
wasm/layout_check.c asserts the compiler agrees with."""
from .diagnostics import IdlError

# scalar -> (size, how the field is read)
C_SCALAR = {"u8": (1, "u8"), "u16": (2, "u16"), "u32": (4, "u32"), "u64": (8, "u64"),
            "i8": (1, "i8"), "i16": (2, "i16"), "i32": (4, "i32"), "i64": (8, "i64"), "bool": (1, "bool")}


def c_field_layout(f, ptr: int):
    """(size, align, how it is read) of struct field `f`'s C type."""
    t = f.type
    c = t.category
    if c == "scalar":
        size, how = C_SCALAR[t.name]
        return size, size, how
    if c in ("str", "cstring"):
        return ptr, ptr, "str"
    if c == "ptr":
        return ptr, ptr, "ptr"
    if c == "enum":
        return 4, 4, "i32"
    raise IdlError(f.pos, f"field '{f.name}': a struct field of type '{t.name}' has no C layout here")


def c_struct_layout(st, ptr: int) -> dict:
    """{size, align, fields: [{name, offset, how, size}]} with `ptr`-byte pointers."""
    offset, align, fields = 0, 1, []
    for f in st.fields:
        size, a, how = c_field_layout(f, ptr)
        offset = (offset + a - 1) // a * a
        fields.append({"name": f.name, "offset": offset, "how": how, "size": size})
        offset += size
        align = max(align, a)
    return {"size": (offset + align - 1) // align * align, "align": align, "fields": fields}


def layouts(lib) -> dict:
    """{4: {struct name: layout}, 8: {...}}."""
    return {ptr: {st.name: c_struct_layout(st, ptr) for st in lib.structs} for ptr in (4, 8)}
