# Generated from idl/weaveheap.wh by weaveheap_gen: do not edit. IDL sha256 2aa1a5bf7c696a38d031b32c7bbd7770e704e21de9006714e8d5b34146dd7ee1
"""The WIT column of docs/api.md against the built component: every name
there is exported by weaveheap.component.wasm with the kind the table gives
(read from the component by wasm-tools, and found in the instance by
wasmtime). Generated from api.column(surface, "wit").

    WEAVEHEAP_WASM_DIR=<build>/wasm python3 -m pytest generated/component_tests/test_contract.py
"""
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tests" / "wasm"))
from component_host import Contract  # noqa: E402

# (IDL, WIT path, kind, resource, name)
ENTRIES = [
    ['weaveheap.version_number', 'weaveheap.version-number', 'func', '', 'version-number'],
    ['weaveheap.version_string', 'weaveheap.version-string', 'func', '', 'version-string'],
    ['weaveheap.abi_version', 'weaveheap.abi-version', 'func', '', 'abi-version'],
    ['weaveheap.idl_hash', 'weaveheap.idl-hash', 'func', '', 'idl-hash'],
    ['weaveheap.strerror', 'weaveheap.strerror', 'func', '', 'strerror'],
    ['region.create', '[constructor]region', 'constructor', 'region', 'create'],
    ['region.destroy', '[method]region.close', 'method', 'region', 'close'],
    ['region.reset', '[method]region.reset', 'method', 'region', 'reset'],
    ['region.stats', '[method]region.stats', 'method', 'region', 'stats'],
    ['buffer.alloc', '[constructor]buffer', 'constructor', 'buffer', 'alloc'],
    ['buffer.release', '[method]buffer.close', 'method', 'buffer', 'close'],
    ['buffer.size', '[method]buffer.size', 'method', 'buffer', 'size'],
    ['buffer.write', '[method]buffer.write', 'method', 'buffer', 'write'],
    ['buffer.read', '[method]buffer.read', 'method', 'buffer', 'read'],
    ['bytes.create', '[constructor]bytes', 'constructor', 'bytes', 'create'],
    ['bytes.release', '[method]bytes.close', 'method', 'bytes', 'close'],
    ['bytes.length', '[method]bytes.length', 'method', 'bytes', 'length'],
    ['bytes.dup', '[method]bytes.dup', 'method', 'bytes', 'dup'],
    ['string.create', '[constructor]string', 'constructor', 'string', 'create'],
    ['string.release', '[method]string.close', 'method', 'string', 'close'],
    ['string.length', '[method]string.length', 'method', 'string', 'length'],
    ['string.dup', '[method]string.dup', 'method', 'string', 'dup'],
    ['vector.create', '[constructor]vector', 'constructor', 'vector', 'create'],
    ['vector.release', '[method]vector.close', 'method', 'vector', 'close'],
    ['vector.length', '[method]vector.length', 'method', 'vector', 'length'],
    ['vector.capacity', '[method]vector.capacity', 'method', 'vector', 'capacity'],
    ['vector.element_type', '[method]vector.element-type', 'method', 'vector', 'element-type'],
    ['vector.null_count', '[method]vector.null-count', 'method', 'vector', 'null-count'],
    ['vector.append', '[method]vector.append', 'method', 'vector', 'append'],
    ['vector.extend', '[method]vector.extend', 'method', 'vector', 'extend'],
    ['vector.append_null', '[method]vector.append-null', 'method', 'vector', 'append-null'],
    ['vector.set', '[method]vector.set', 'method', 'vector', 'set'],
    ['vector.get', '[method]vector.get', 'method', 'vector', 'get'],
    ['vector.append_f64', '[method]vector.append-f64', 'method', 'vector', 'append-f64'],
    ['vector.set_f64', '[method]vector.set-f64', 'method', 'vector', 'set-f64'],
    ['vector.get_f64', '[method]vector.get-f64', 'method', 'vector', 'get-f64'],
    ['vector.is_valid', '[method]vector.is-valid', 'method', 'vector', 'is-valid'],
    ['vector.read', '[method]vector.read', 'method', 'vector', 'read'],
    ['var_vector.create', '[constructor]var-vector', 'constructor', 'var-vector', 'create'],
    ['var_vector.release', '[method]var-vector.close', 'method', 'var-vector', 'close'],
    ['var_vector.length', '[method]var-vector.length', 'method', 'var-vector', 'length'],
    ['var_vector.capacity', '[method]var-vector.capacity', 'method', 'var-vector', 'capacity'],
    ['var_vector.data_length', '[method]var-vector.data-length', 'method', 'var-vector', 'data-length'],
    ['var_vector.data_capacity', '[method]var-vector.data-capacity', 'method', 'var-vector', 'data-capacity'],
    ['var_vector.null_count', '[method]var-vector.null-count', 'method', 'var-vector', 'null-count'],
    ['var_vector.is_utf8', '[method]var-vector.is-utf8', 'method', 'var-vector', 'is-utf8'],
    ['var_vector.append', '[method]var-vector.append', 'method', 'var-vector', 'append'],
    ['var_vector.append_null', '[method]var-vector.append-null', 'method', 'var-vector', 'append-null'],
    ['var_vector.get', '[method]var-vector.get', 'method', 'var-vector', 'get'],
    ['var_vector.value_offset', '[method]var-vector.value-offset', 'method', 'var-vector', 'value-offset'],
    ['var_vector.value_length', '[method]var-vector.value-length', 'method', 'var-vector', 'value-length'],
    ['var_vector.is_valid', '[method]var-vector.is-valid', 'method', 'var-vector', 'is-valid'],
    ['var_vector.read', '[method]var-vector.read', 'method', 'var-vector', 'read'],
    ['batch.create', '[constructor]batch', 'constructor', 'batch', 'create'],
    ['batch.release', '[method]batch.close', 'method', 'batch', 'close'],
    ['batch.add_column', '[method]batch.add-column', 'method', 'batch', 'add-column'],
    ['batch.num_columns', '[method]batch.num-columns', 'method', 'batch', 'num-columns'],
    ['batch.num_rows', '[method]batch.num-rows', 'method', 'batch', 'num-rows'],
    ['batch.column_name', '[method]batch.column-name', 'method', 'batch', 'column-name'],
    ['batch.validate', '[method]batch.validate', 'method', 'batch', 'validate'],
    ['batch.append_row', '[method]batch.append-row', 'method', 'batch', 'append-row'],
    ['batch_stream.create', '[constructor]batch-stream', 'constructor', 'batch-stream', 'create'],
    ['batch_stream.release', '[method]batch-stream.close', 'method', 'batch-stream', 'close'],
    ['batch_stream.add_batch', '[method]batch-stream.add-batch', 'method', 'batch-stream', 'add-batch'],
    ['batch_stream.num_batches', '[method]batch-stream.num-batches', 'method', 'batch-stream', 'num-batches'],
    ['foreign.create', '[constructor]foreign', 'constructor', 'foreign', 'create'],
    ['foreign.release', '[method]foreign.close', 'method', 'foreign', 'close'],
    ['foreign.length', '[method]foreign.length', 'method', 'foreign', 'length'],
    ['foreign.null_count', '[method]foreign.null-count', 'method', 'foreign', 'null-count'],
    ['foreign.offset', '[method]foreign.offset', 'method', 'foreign', 'offset'],
    ['foreign.num_children', '[method]foreign.num-children', 'method', 'foreign', 'num-children'],
    ['foreign.format', '[method]foreign.format', 'method', 'foreign', 'format'],
    ['borrow.shared', '[static]borrow.shared', 'static', 'borrow', 'shared'],
    ['borrow.unique', '[static]borrow.unique', 'static', 'borrow', 'unique'],
    ['borrow.release', '[method]borrow.close', 'method', 'borrow', 'close'],
    ['handle.kind_of', 'handle.kind-of', 'func', '', 'kind-of'],
    ['stats.global', 'stats.global', 'func', '', 'global'],
    ['stats.set_enabled', 'stats.set-enabled', 'func', '', 'set-enabled'],
    ['stats.enabled', 'stats.enabled', 'func', '', 'enabled'],
    ['publish.start', 'publish.start', 'func', '', 'start'],
    ['publish.now', 'publish.now', 'func', '', 'now'],
    ['publish.stop', 'publish.stop', 'func', '', 'stop'],
    ['publish.active', 'publish.active', 'func', '', 'active'],
    ['handle region', 'resource region', 'resource', '', ''],
    ['handle buffer', 'resource buffer', 'resource', '', ''],
    ['handle bytes', 'resource bytes', 'resource', '', ''],
    ['handle string', 'resource string', 'resource', '', ''],
    ['handle borrow', 'resource borrow', 'resource', '', ''],
    ['handle vector', 'resource vector', 'resource', '', ''],
    ['handle batch', 'resource batch', 'resource', '', ''],
    ['handle batch_stream', 'resource batch-stream', 'resource', '', ''],
    ['handle var_vector', 'resource var-vector', 'resource', '', ''],
    ['handle foreign', 'resource foreign', 'resource', '', ''],
    ['struct error', 'record error', 'record', '', ''],
    ['struct region_options', 'record region-options', 'record', '', ''],
    ['struct view', 'record view', 'record', '', ''],
    ['struct stats', 'record stats', 'record', '', ''],
    ['errors (base)', 'record error', 'record', '', ''],
    ['error invalid_argument = 1', 'error-code.invalid-argument', 'case', '', ''],
    ['error out_of_memory = 2', 'error-code.out-of-memory', 'case', '', ''],
    ['error stale_handle = 3', 'error-code.stale-handle', 'case', '', ''],
    ['error reused_handle = 4', 'error-code.reused-handle', 'case', '', ''],
    ['error forged_handle = 5', 'error-code.forged-handle', 'case', '', ''],
    ['error wrong_kind = 6', 'error-code.wrong-kind', 'case', '', ''],
    ['error borrowed = 7', 'error-code.borrowed', 'case', '', ''],
    ['error borrow_conflict = 8', 'error-code.borrow-conflict', 'case', '', ''],
    ['error invalid_utf8 = 9', 'error-code.invalid-utf8', 'case', '', ''],
    ['error out_of_range = 10', 'error-code.out-of-range', 'case', '', ''],
    ['error system_error = 11', 'error-code.system-error', 'case', '', ''],
]


@pytest.fixture(scope="module")
def component():
    return Contract()


@pytest.mark.parametrize("idl, path, kind, cls, name", ENTRIES, ids=[f"{e[0]}: {e[1]}" for e in ENTRIES])
def test_the_component_has_it(component, idl, path, kind, cls, name):
    component.check(path, kind, cls, name)
