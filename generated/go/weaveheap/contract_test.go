// Generated from idl/weaveheap.wh by weaveheap_gen: do not edit. IDL sha256 44be387f8fee504168644f97309796ee874d700df2d7f607dd2879887ce60144

// The API contract of the Go package: every name of the Go column of
// docs/api.md, referenced here with the kind the table gives it. A name the
// package lacks does not compile; one of another kind (a function for a
// method, a value for a type) fails TestContract.
//
// Called by the package for the user (the table's "(glue)"), not exported:
//
//	weaveheap.free_string: frees the text string.dup, batch.column_name, foreign.format hand out
//	weaveheap.free_bytes: frees the bytes bytes.dup, var_vector.get hand out
//	error.clear: clears the error of every failing call before it is raised
//	vector.export_arrow: fills the Arrow C Data structs of the glue's exports (Python's __arrow_c_array__, __arrow_c_stream__): it writes through caller addresses, which no binding could check
//	var_vector.export_arrow: fills the Arrow C Data structs of the glue's exports (Python's __arrow_c_array__, __arrow_c_stream__): it writes through caller addresses, which no binding could check
//	batch.export_arrow: fills the Arrow C Data structs of the glue's exports (Python's __arrow_c_array__, __arrow_c_stream__): it writes through caller addresses, which no binding could check
//	list_vector.export_arrow: fills the Arrow C Data structs of the glue's exports (Python's __arrow_c_array__, __arrow_c_stream__): it writes through caller addresses, which no binding could check
//	batch_stream.export_arrow: fills the Arrow C Data structs of the glue's exports (Python's __arrow_c_array__, __arrow_c_stream__): it writes through caller addresses, which no binding could check
//	foreign.import_array: fills the Arrow C Data structs of the glue's exports (Python's __arrow_c_array__, __arrow_c_stream__): it writes through caller addresses, which no binding could check
//	foreign.export_arrow: fills the Arrow C Data structs of the glue's exports (Python's __arrow_c_array__, __arrow_c_stream__): it writes through caller addresses, which no binding could check
package weaveheap_test

import (
	"testing"

	wh "weaveheap.dev/go/weaveheap"
)

var contract = []contractEntry{
	{"weaveheap.version_number", "function", "weaveheap.VersionNumber", wh.VersionNumber, nil},
	{"weaveheap.version_string", "function", "weaveheap.VersionString", wh.VersionString, nil},
	{"weaveheap.abi_version", "function", "weaveheap.ABIVersion", wh.ABIVersion, nil},
	{"weaveheap.idl_hash", "function", "weaveheap.IDLHash", wh.IDLHash, nil},
	{"weaveheap.strerror", "function", "weaveheap.Strerror", wh.Strerror, nil},
	{"region.create", "constructor", "weaveheap.NewRegion", wh.NewRegion, nil},
	{"region.destroy", "close", "(*Region).Close", (*wh.Region).Close, nil},
	{"region.reset", "method", "(*Region).Reset", (*wh.Region).Reset, nil},
	{"region.stats", "method", "(*Region).Stats", (*wh.Region).Stats, nil},
	{"buffer.alloc", "method", "(*Region).NewBuffer", (*wh.Region).NewBuffer, nil},
	{"buffer.release", "close", "(*Buffer).Close", (*wh.Buffer).Close, nil},
	{"buffer.size", "method", "(*Buffer).Size", (*wh.Buffer).Size, nil},
	{"buffer.write", "method", "(*Buffer).Write", (*wh.Buffer).Write, nil},
	{"buffer.read", "method", "(*Buffer).Read", (*wh.Buffer).Read, nil},
	{"bytes.create", "method", "(*Region).NewBytes", (*wh.Region).NewBytes, nil},
	{"bytes.release", "close", "(*Bytes).Close", (*wh.Bytes).Close, nil},
	{"bytes.length", "method", "(*Bytes).Length", (*wh.Bytes).Length, nil},
	{"bytes.dup", "method", "(*Bytes).Dup", (*wh.Bytes).Dup, nil},
	{"string.create", "method", "(*Region).NewString", (*wh.Region).NewString, nil},
	{"string.release", "close", "(*String).Close", (*wh.String).Close, nil},
	{"string.length", "method", "(*String).Length", (*wh.String).Length, nil},
	{"string.dup", "method", "(*String).Dup", (*wh.String).Dup, nil},
	{"vector.create", "method", "(*Region).NewVector", (*wh.Region).NewVector, nil},
	{"vector.release", "close", "(*Vector).Close", (*wh.Vector).Close, nil},
	{"vector.length", "method", "(*Vector).Length", (*wh.Vector).Length, nil},
	{"vector.capacity", "method", "(*Vector).Capacity", (*wh.Vector).Capacity, nil},
	{"vector.resize", "method", "(*Vector).Resize", (*wh.Vector).Resize, nil},
	{"vector.element_type", "method", "(*Vector).ElementType", (*wh.Vector).ElementType, nil},
	{"vector.null_count", "method", "(*Vector).NullCount", (*wh.Vector).NullCount, nil},
	{"vector.append", "method", "(*Vector).Append", (*wh.Vector).Append, nil},
	{"vector.extend", "method", "(*Vector).Extend", (*wh.Vector).Extend, nil},
	{"vector.append_null", "method", "(*Vector).AppendNull", (*wh.Vector).AppendNull, nil},
	{"vector.set", "method", "(*Vector).Set", (*wh.Vector).Set, nil},
	{"vector.get", "method", "(*Vector).Get", (*wh.Vector).Get, nil},
	{"vector.append_f64", "method", "(*Vector).AppendF64", (*wh.Vector).AppendF64, nil},
	{"vector.set_f64", "method", "(*Vector).SetF64", (*wh.Vector).SetF64, nil},
	{"vector.get_f64", "method", "(*Vector).GetF64", (*wh.Vector).GetF64, nil},
	{"vector.is_valid", "method", "(*Vector).IsValid", (*wh.Vector).IsValid, nil},
	{"vector.read", "method", "(*Vector).Read", (*wh.Vector).Read, nil},
	{"var_vector.create", "method", "(*Region).NewVarVector", (*wh.Region).NewVarVector, nil},
	{"var_vector.release", "close", "(*VarVector).Close", (*wh.VarVector).Close, nil},
	{"var_vector.length", "method", "(*VarVector).Length", (*wh.VarVector).Length, nil},
	{"var_vector.capacity", "method", "(*VarVector).Capacity", (*wh.VarVector).Capacity, nil},
	{"var_vector.data_length", "method", "(*VarVector).DataLength", (*wh.VarVector).DataLength, nil},
	{"var_vector.data_capacity", "method", "(*VarVector).DataCapacity", (*wh.VarVector).DataCapacity, nil},
	{"var_vector.resize", "method", "(*VarVector).Resize", (*wh.VarVector).Resize, nil},
	{"var_vector.null_count", "method", "(*VarVector).NullCount", (*wh.VarVector).NullCount, nil},
	{"var_vector.is_utf8", "method", "(*VarVector).IsUTF8", (*wh.VarVector).IsUTF8, nil},
	{"var_vector.append", "method", "(*VarVector).Append", (*wh.VarVector).Append, nil},
	{"var_vector.append_null", "method", "(*VarVector).AppendNull", (*wh.VarVector).AppendNull, nil},
	{"var_vector.get", "method", "(*VarVector).Get", (*wh.VarVector).Get, nil},
	{"var_vector.value_offset", "method", "(*VarVector).ValueOffset", (*wh.VarVector).ValueOffset, nil},
	{"var_vector.value_length", "method", "(*VarVector).ValueLength", (*wh.VarVector).ValueLength, nil},
	{"var_vector.is_valid", "method", "(*VarVector).IsValid", (*wh.VarVector).IsValid, nil},
	{"var_vector.read", "method", "(*VarVector).Read", (*wh.VarVector).Read, nil},
	{"batch.create", "method", "(*Region).NewBatch", (*wh.Region).NewBatch, nil},
	{"batch.release", "close", "(*Batch).Close", (*wh.Batch).Close, nil},
	{"batch.add_column", "method", "(*Batch).AddColumn", (*wh.Batch).AddColumn, nil},
	{"batch.num_columns", "method", "(*Batch).NumColumns", (*wh.Batch).NumColumns, nil},
	{"batch.num_rows", "method", "(*Batch).NumRows", (*wh.Batch).NumRows, nil},
	{"batch.column_name", "method", "(*Batch).ColumnName", (*wh.Batch).ColumnName, nil},
	{"batch.validate", "method", "(*Batch).Validate", (*wh.Batch).Validate, nil},
	{"batch.append_row", "method", "(*Batch).AppendRow", (*wh.Batch).AppendRow, nil},
	{"list_vector.create", "method", "(*Region).NewListVector", (*wh.Region).NewListVector, nil},
	{"list_vector.release", "close", "(*ListVector).Close", (*wh.ListVector).Close, nil},
	{"list_vector.length", "method", "(*ListVector).Length", (*wh.ListVector).Length, nil},
	{"list_vector.capacity", "method", "(*ListVector).Capacity", (*wh.ListVector).Capacity, nil},
	{"list_vector.null_count", "method", "(*ListVector).NullCount", (*wh.ListVector).NullCount, nil},
	{"list_vector.is_map", "method", "(*ListVector).IsMap", (*wh.ListVector).IsMap, nil},
	{"list_vector.is_valid", "method", "(*ListVector).IsValid", (*wh.ListVector).IsValid, nil},
	{"list_vector.value_offset", "method", "(*ListVector).ValueOffset", (*wh.ListVector).ValueOffset, nil},
	{"list_vector.value_length", "method", "(*ListVector).ValueLength", (*wh.ListVector).ValueLength, nil},
	{"list_vector.append", "method", "(*ListVector).Append", (*wh.ListVector).Append, nil},
	{"list_vector.append_null", "method", "(*ListVector).AppendNull", (*wh.ListVector).AppendNull, nil},
	{"list_vector.lookup", "method", "(*ListVector).Lookup", (*wh.ListVector).Lookup, nil},
	{"batch_stream.create", "method", "(*Region).NewBatchStream", (*wh.Region).NewBatchStream, nil},
	{"batch_stream.release", "close", "(*BatchStream).Close", (*wh.BatchStream).Close, nil},
	{"batch_stream.add_batch", "method", "(*BatchStream).AddBatch", (*wh.BatchStream).AddBatch, nil},
	{"batch_stream.num_batches", "method", "(*BatchStream).NumBatches", (*wh.BatchStream).NumBatches, nil},
	{"foreign.create", "method", "(*Region).NewForeign", (*wh.Region).NewForeign, nil},
	{"foreign.release", "close", "(*Foreign).Close", (*wh.Foreign).Close, nil},
	{"foreign.length", "method", "(*Foreign).Length", (*wh.Foreign).Length, nil},
	{"foreign.null_count", "method", "(*Foreign).NullCount", (*wh.Foreign).NullCount, nil},
	{"foreign.offset", "method", "(*Foreign).Offset", (*wh.Foreign).Offset, nil},
	{"foreign.num_children", "method", "(*Foreign).NumChildren", (*wh.Foreign).NumChildren, nil},
	{"foreign.format", "method", "(*Foreign).NewFormat", (*wh.Foreign).NewFormat, nil},
	{"borrow.shared", "view", "(*Buffer).View", (*wh.Buffer).View, nil},
	{"borrow.shared", "view", "(*Bytes).View", (*wh.Bytes).View, nil},
	{"borrow.shared", "view", "(*String).View", (*wh.String).View, nil},
	{"borrow.shared", "view", "(*Vector).View", (*wh.Vector).View, nil},
	{"borrow.shared", "view", "(*VarVector).View", (*wh.VarVector).View, nil},
	{"borrow.shared", "view", "(*Foreign).View", (*wh.Foreign).View, nil},
	{"borrow.unique", "view", "(*Buffer).View", (*wh.Buffer).View, nil},
	{"borrow.unique", "view", "(*Bytes).View", (*wh.Bytes).View, nil},
	{"borrow.unique", "view", "(*String).View", (*wh.String).View, nil},
	{"borrow.unique", "view", "(*Vector).View", (*wh.Vector).View, nil},
	{"borrow.unique", "view", "(*VarVector).View", (*wh.VarVector).View, nil},
	{"borrow.unique", "view", "(*Foreign).View", (*wh.Foreign).View, nil},
	{"borrow.release", "close", "(*View).Close", (*wh.View).Close, nil},
	{"handle.kind_of", "function", "weaveheap.HandleKindOf", wh.HandleKindOf, nil},
	{"stats.global", "function", "weaveheap.ReadStats", wh.ReadStats, nil},
	{"stats.set_enabled", "function", "weaveheap.StatsSetEnabled", wh.StatsSetEnabled, nil},
	{"stats.enabled", "function", "weaveheap.StatsEnabled", wh.StatsEnabled, nil},
	{"publish.start", "function", "weaveheap.PublishStart", wh.PublishStart, nil},
	{"publish.now", "function", "weaveheap.PublishNow", wh.PublishNow, nil},
	{"publish.stop", "function", "weaveheap.PublishStop", wh.PublishStop, nil},
	{"publish.active", "function", "weaveheap.PublishActive", wh.PublishActive, nil},
	{"handle region", "class", "Region", (*wh.Region)(nil), nil},
	{"handle buffer", "class", "Buffer", (*wh.Buffer)(nil), nil},
	{"handle bytes", "class", "Bytes", (*wh.Bytes)(nil), nil},
	{"handle string", "class", "String", (*wh.String)(nil), nil},
	{"handle borrow", "class", "View", (*wh.View)(nil), nil},
	{"handle vector", "class", "Vector", (*wh.Vector)(nil), nil},
	{"handle batch", "class", "Batch", (*wh.Batch)(nil), nil},
	{"handle batch_stream", "class", "BatchStream", (*wh.BatchStream)(nil), nil},
	{"handle var_vector", "class", "VarVector", (*wh.VarVector)(nil), nil},
	{"handle list_vector", "class", "ListVector", (*wh.ListVector)(nil), nil},
	{"handle foreign", "class", "Foreign", (*wh.Foreign)(nil), nil},
	{"struct error", "struct", "WeaveHeapError", wh.WeaveHeapError{}, nil},
	{"struct region_options", "struct", "RegionOptions", wh.RegionOptions{}, nil},
	{"struct view", "struct", "View", wh.View{}, nil},
	{"struct stats", "struct", "Stats", wh.Stats{}, nil},
	{"errors (base)", "error", "WeaveHeapError", (*wh.WeaveHeapError)(nil), nil},
	{"error invalid_argument = 1", "error", "InvalidArgumentError", (*wh.InvalidArgumentError)(nil), nil},
	{"error out_of_memory = 2", "error", "OutOfMemoryError", (*wh.OutOfMemoryError)(nil), nil},
	{"error stale_handle = 3", "error", "StaleHandleError", (*wh.StaleHandleError)(nil), nil},
	{"error reused_handle = 4", "error", "ReusedHandleError", (*wh.ReusedHandleError)(nil), nil},
	{"error forged_handle = 5", "error", "ForgedHandleError", (*wh.ForgedHandleError)(nil), nil},
	{"error wrong_kind = 6", "error", "WrongKindError", (*wh.WrongKindError)(nil), nil},
	{"error borrowed = 7", "error", "BorrowError", (*wh.BorrowError)(nil), nil},
	{"error borrow_conflict = 8", "error", "BorrowConflictError", (*wh.BorrowConflictError)(nil), (*wh.BorrowError)(nil)},
	{"error invalid_utf8 = 9", "error", "InvalidUTF8Error", (*wh.InvalidUTF8Error)(nil), nil},
	{"error out_of_range = 10", "error", "OutOfRangeError", (*wh.OutOfRangeError)(nil), nil},
	{"error system_error = 11", "error", "SystemCallError", (*wh.SystemCallError)(nil), nil},
}

func TestContract(t *testing.T) {
	for _, e := range contract {
		t.Run(e.idl+" "+e.path, func(t *testing.T) { checkContract(t, e) })
	}
}
