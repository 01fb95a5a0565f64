// Generated from idl/weaveheap.wh by weaveheap_gen: do not edit. IDL sha256 44be387f8fee504168644f97309796ee874d700df2d7f607dd2879887ce60144
package dev.weaveheap.test;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.util.List;
import java.util.stream.Stream;

/**
 * The API contract of the Java package: every name of the Java column of
 * docs/api.md, with the kind the table gives it, checked by reflection
 * ({@link Contract}). The names the binding calls for the user (the table's
 * "(glue)") must not be public.
 */
class ContractTest {
    /** (IDL name, kind, class, member, parent error class) */
    static final List<String[]> ENTRIES = List.of(
        new String[] {"weaveheap.version_number", "function", "", "versionNumber", ""},
        new String[] {"weaveheap.version_string", "function", "", "versionString", ""},
        new String[] {"weaveheap.abi_version", "function", "", "abiVersion", ""},
        new String[] {"weaveheap.idl_hash", "function", "", "idlHash", ""},
        new String[] {"weaveheap.strerror", "function", "", "strerror", ""},
        new String[] {"region.create", "constructor", "Region", "Region", ""},
        new String[] {"region.destroy", "close", "Region", "close", ""},
        new String[] {"region.reset", "method", "Region", "reset", ""},
        new String[] {"region.stats", "method", "Region", "stats", ""},
        new String[] {"buffer.alloc", "method", "Region", "alloc", ""},
        new String[] {"buffer.release", "close", "Buffer", "close", ""},
        new String[] {"buffer.size", "method", "Buffer", "size", ""},
        new String[] {"buffer.write", "method", "Buffer", "write", ""},
        new String[] {"buffer.read", "method", "Buffer", "read", ""},
        new String[] {"bytes.create", "method", "Region", "bytes", ""},
        new String[] {"bytes.release", "close", "Bytes", "close", ""},
        new String[] {"bytes.length", "method", "Bytes", "length", ""},
        new String[] {"bytes.dup", "method", "Bytes", "dup", ""},
        new String[] {"string.create", "method", "Region", "string", ""},
        new String[] {"string.release", "close", "WeaveHeapString", "close", ""},
        new String[] {"string.length", "method", "WeaveHeapString", "length", ""},
        new String[] {"string.dup", "method", "WeaveHeapString", "dup", ""},
        new String[] {"vector.create", "method", "Region", "vector", ""},
        new String[] {"vector.release", "close", "Vector", "close", ""},
        new String[] {"vector.length", "method", "Vector", "length", ""},
        new String[] {"vector.capacity", "method", "Vector", "capacity", ""},
        new String[] {"vector.resize", "method", "Vector", "resize", ""},
        new String[] {"vector.element_type", "method", "Vector", "elementType", ""},
        new String[] {"vector.null_count", "method", "Vector", "nullCount", ""},
        new String[] {"vector.append", "method", "Vector", "append", ""},
        new String[] {"vector.extend", "method", "Vector", "extend", ""},
        new String[] {"vector.append_null", "method", "Vector", "appendNull", ""},
        new String[] {"vector.set", "method", "Vector", "set", ""},
        new String[] {"vector.get", "method", "Vector", "get", ""},
        new String[] {"vector.append_f64", "method", "Vector", "appendF64", ""},
        new String[] {"vector.set_f64", "method", "Vector", "setF64", ""},
        new String[] {"vector.get_f64", "method", "Vector", "getF64", ""},
        new String[] {"vector.is_valid", "method", "Vector", "isValid", ""},
        new String[] {"vector.read", "method", "Vector", "read", ""},
        new String[] {"var_vector.create", "method", "Region", "varVector", ""},
        new String[] {"var_vector.release", "close", "VarVector", "close", ""},
        new String[] {"var_vector.length", "method", "VarVector", "length", ""},
        new String[] {"var_vector.capacity", "method", "VarVector", "capacity", ""},
        new String[] {"var_vector.data_length", "method", "VarVector", "dataLength", ""},
        new String[] {"var_vector.data_capacity", "method", "VarVector", "dataCapacity", ""},
        new String[] {"var_vector.resize", "method", "VarVector", "resize", ""},
        new String[] {"var_vector.null_count", "method", "VarVector", "nullCount", ""},
        new String[] {"var_vector.is_utf8", "method", "VarVector", "isUtf8", ""},
        new String[] {"var_vector.append", "method", "VarVector", "append", ""},
        new String[] {"var_vector.append_null", "method", "VarVector", "appendNull", ""},
        new String[] {"var_vector.get", "method", "VarVector", "get", ""},
        new String[] {"var_vector.value_offset", "method", "VarVector", "valueOffset", ""},
        new String[] {"var_vector.value_length", "method", "VarVector", "valueLength", ""},
        new String[] {"var_vector.is_valid", "method", "VarVector", "isValid", ""},
        new String[] {"var_vector.read", "method", "VarVector", "read", ""},
        new String[] {"batch.create", "method", "Region", "batch", ""},
        new String[] {"batch.release", "close", "Batch", "close", ""},
        new String[] {"batch.add_column", "method", "Batch", "addColumn", ""},
        new String[] {"batch.num_columns", "method", "Batch", "numColumns", ""},
        new String[] {"batch.num_rows", "method", "Batch", "numRows", ""},
        new String[] {"batch.column_name", "method", "Batch", "columnName", ""},
        new String[] {"batch.validate", "method", "Batch", "validate", ""},
        new String[] {"batch.append_row", "method", "Batch", "appendRow", ""},
        new String[] {"list_vector.create", "method", "Region", "listVector", ""},
        new String[] {"list_vector.release", "close", "ListVector", "close", ""},
        new String[] {"list_vector.length", "method", "ListVector", "length", ""},
        new String[] {"list_vector.capacity", "method", "ListVector", "capacity", ""},
        new String[] {"list_vector.null_count", "method", "ListVector", "nullCount", ""},
        new String[] {"list_vector.is_map", "method", "ListVector", "isMap", ""},
        new String[] {"list_vector.is_valid", "method", "ListVector", "isValid", ""},
        new String[] {"list_vector.value_offset", "method", "ListVector", "valueOffset", ""},
        new String[] {"list_vector.value_length", "method", "ListVector", "valueLength", ""},
        new String[] {"list_vector.append", "method", "ListVector", "append", ""},
        new String[] {"list_vector.append_null", "method", "ListVector", "appendNull", ""},
        new String[] {"list_vector.lookup", "method", "ListVector", "lookup", ""},
        new String[] {"batch_stream.create", "method", "Region", "batchStream", ""},
        new String[] {"batch_stream.release", "close", "BatchStream", "close", ""},
        new String[] {"batch_stream.add_batch", "method", "BatchStream", "addBatch", ""},
        new String[] {"batch_stream.num_batches", "method", "BatchStream", "numBatches", ""},
        new String[] {"foreign.create", "method", "Region", "foreign", ""},
        new String[] {"foreign.release", "close", "Foreign", "close", ""},
        new String[] {"foreign.length", "method", "Foreign", "length", ""},
        new String[] {"foreign.null_count", "method", "Foreign", "nullCount", ""},
        new String[] {"foreign.offset", "method", "Foreign", "offset", ""},
        new String[] {"foreign.num_children", "method", "Foreign", "numChildren", ""},
        new String[] {"foreign.format", "method", "Foreign", "format", ""},
        new String[] {"borrow.shared", "view", "Buffer", "view", ""},
        new String[] {"borrow.shared", "view", "Bytes", "view", ""},
        new String[] {"borrow.shared", "view", "WeaveHeapString", "view", ""},
        new String[] {"borrow.shared", "view", "Vector", "view", ""},
        new String[] {"borrow.shared", "view", "VarVector", "view", ""},
        new String[] {"borrow.shared", "view", "Foreign", "view", ""},
        new String[] {"borrow.unique", "view", "Buffer", "view", ""},
        new String[] {"borrow.unique", "view", "Bytes", "view", ""},
        new String[] {"borrow.unique", "view", "WeaveHeapString", "view", ""},
        new String[] {"borrow.unique", "view", "Vector", "view", ""},
        new String[] {"borrow.unique", "view", "VarVector", "view", ""},
        new String[] {"borrow.unique", "view", "Foreign", "view", ""},
        new String[] {"borrow.release", "close", "View", "close", ""},
        new String[] {"handle.kind_of", "function", "", "handleKindOf", ""},
        new String[] {"stats.global", "function", "", "stats", ""},
        new String[] {"stats.set_enabled", "function", "", "statsSetEnabled", ""},
        new String[] {"stats.enabled", "function", "", "statsEnabled", ""},
        new String[] {"publish.start", "function", "", "publishStart", ""},
        new String[] {"publish.now", "function", "", "publishNow", ""},
        new String[] {"publish.stop", "function", "", "publishStop", ""},
        new String[] {"publish.active", "function", "", "publishActive", ""},
        new String[] {"handle region", "class", "Region", "Region", ""},
        new String[] {"handle buffer", "class", "Buffer", "Buffer", ""},
        new String[] {"handle bytes", "class", "Bytes", "Bytes", ""},
        new String[] {"handle string", "class", "WeaveHeapString", "WeaveHeapString", ""},
        new String[] {"handle borrow", "class", "View", "View", ""},
        new String[] {"handle vector", "class", "Vector", "Vector", ""},
        new String[] {"handle batch", "class", "Batch", "Batch", ""},
        new String[] {"handle batch_stream", "class", "BatchStream", "BatchStream", ""},
        new String[] {"handle var_vector", "class", "VarVector", "VarVector", ""},
        new String[] {"handle list_vector", "class", "ListVector", "ListVector", ""},
        new String[] {"handle foreign", "class", "Foreign", "Foreign", ""},
        new String[] {"struct error", "struct", "WeaveHeapException", "WeaveHeapException", ""},
        new String[] {"struct region_options", "struct", "RegionOptions", "RegionOptions", ""},
        new String[] {"struct view", "struct", "View", "View", ""},
        new String[] {"struct stats", "struct", "Stats", "Stats", ""},
        new String[] {"errors (base)", "error", "WeaveHeapException", "WeaveHeapException", ""},
        new String[] {"error invalid_argument = 1", "error", "InvalidArgumentException", "InvalidArgumentException", ""},
        new String[] {"error out_of_memory = 2", "error", "OutOfMemoryException", "OutOfMemoryException", ""},
        new String[] {"error stale_handle = 3", "error", "StaleHandleException", "StaleHandleException", ""},
        new String[] {"error reused_handle = 4", "error", "ReusedHandleException", "ReusedHandleException", ""},
        new String[] {"error forged_handle = 5", "error", "ForgedHandleException", "ForgedHandleException", ""},
        new String[] {"error wrong_kind = 6", "error", "WrongKindException", "WrongKindException", ""},
        new String[] {"error borrowed = 7", "error", "BorrowException", "BorrowException", ""},
        new String[] {"error borrow_conflict = 8", "error", "BorrowConflictException", "BorrowConflictException", "BorrowException"},
        new String[] {"error invalid_utf8 = 9", "error", "InvalidUtf8Exception", "InvalidUtf8Exception", ""},
        new String[] {"error out_of_range = 10", "error", "OutOfRangeException", "OutOfRangeException", ""},
        new String[] {"error system_error = 11", "error", "SystemCallException", "SystemCallException", ""}
    );

    /** (IDL name, the name it must not have) */
    static final List<String[]> GLUE = List.of(
        new String[] {"weaveheap.free_string", "freeString"},
        new String[] {"weaveheap.free_bytes", "freeBytes"},
        new String[] {"error.clear", "errorClear"},
        new String[] {"vector.export_arrow", "exportArrow"},
        new String[] {"var_vector.export_arrow", "exportArrow"},
        new String[] {"batch.export_arrow", "exportArrow"},
        new String[] {"list_vector.export_arrow", "exportArrow"},
        new String[] {"batch_stream.export_arrow", "exportArrow"},
        new String[] {"foreign.import_array", "importArray"},
        new String[] {"foreign.export_arrow", "exportArrow"}
    );

    @TestFactory
    Stream<DynamicTest> everyNameHasItsKind() {
        return ENTRIES.stream().map(e -> DynamicTest.dynamicTest(e[0] + ": " + e[1] + " " + e[2] + "." + e[3],
            () -> Contract.check(e[0], e[1], e[2], e[3], e[4])));
    }

    @TestFactory
    Stream<DynamicTest> glueIsNotPublic() {
        return GLUE.stream().map(e -> DynamicTest.dynamicTest(e[0], () -> Contract.checkHidden(e[0], e[1])));
    }
}
