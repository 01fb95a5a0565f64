// Generated from idl/weaveheap.wh by weaveheap_gen: do not edit. IDL sha256 44be387f8fee504168644f97309796ee874d700df2d7f607dd2879887ce60144
// The misuse-matrix cases Swift cannot express: a null where the type is not optional.
// Not part of any target: ctest swift_compile_null_misuse compiles this file against the
// built package and passes only when the compiler refuses every line marked EXPECT-ERROR
// (and nothing else).
import WeaveHeap

// the receiver: a method is never called on nil (`x?.f()` skips the call)
func region_destroy_region_null() throws {
    let region = try Region()
    try (nil as Region?).close() // EXPECT-ERROR
}

// the receiver: a method is never called on nil (`x?.f()` skips the call)
func region_reset_region_null() throws {
    let region = try Region()
    _ = try (nil as Region?).reset() // EXPECT-ERROR
}

// the receiver: a method is never called on nil (`x?.f()` skips the call)
func region_stats_region_null() throws {
    let region = try Region()
    _ = try (nil as Region?).stats() // EXPECT-ERROR
}

// the receiver: a method is never called on nil (`x?.f()` skips the call)
func buffer_alloc_region_null() throws {
    let region = try Region()
    _ = try (nil as Region?).alloc(size: 16, align: 16) // EXPECT-ERROR
}

// the receiver: a method is never called on nil (`x?.f()` skips the call)
func buffer_release_buffer_null() throws {
    let region = try Region()
    try (nil as Buffer?).close() // EXPECT-ERROR
}

// the receiver: a method is never called on nil (`x?.f()` skips the call)
func buffer_size_buffer_null() throws {
    let region = try Region()
    _ = try (nil as Buffer?).size() // EXPECT-ERROR
}

// the receiver: a method is never called on nil (`x?.f()` skips the call)
func buffer_write_buffer_null() throws {
    let region = try Region()
    _ = try (nil as Buffer?).write(offset: 0, data: [104, 101, 108, 108, 111] as [UInt8]) // EXPECT-ERROR
}

// `data` is not optional: nil does not compile
func buffer_write_buffer_null_data() throws {
    let region = try Region()
    let recv = try region.alloc(size: 16, align: 16)
    _ = try recv.write(offset: 0, data: [160, 161, 162, 163, 164, 165, 166, 167, 168, 169, 170, 171, 172, 173, 174, 175] as [UInt8])
    _ = try recv.write(offset: 0, data: nil) // EXPECT-ERROR
}

// the receiver: a method is never called on nil (`x?.f()` skips the call)
func buffer_read_buffer_null() throws {
    let region = try Region()
    _ = try (nil as Buffer?).read(offset: 0, dst: &dstOut) // EXPECT-ERROR
}

// `dst` is not optional: nil does not compile
func buffer_read_buffer_null_dst() throws {
    let region = try Region()
    let recv = try region.alloc(size: 16, align: 16)
    _ = try recv.write(offset: 0, data: [160, 161, 162, 163, 164, 165, 166, 167, 168, 169, 170, 171, 172, 173, 174, 175] as [UInt8])
    _ = try recv.read(offset: 0, dst: nil) // EXPECT-ERROR
}

// the receiver: a method is never called on nil (`x?.f()` skips the call)
func bytes_create_region_null() throws {
    let region = try Region()
    _ = try (nil as Region?).bytes(data: [104, 101, 108, 108, 111] as [UInt8]) // EXPECT-ERROR
}

// `data` is not optional: nil does not compile
func bytes_create_region_null_data() throws {
    let region = try Region()
    _ = try region.bytes(data: nil) // EXPECT-ERROR
}

// the receiver: a method is never called on nil (`x?.f()` skips the call)
func bytes_release_bytes_null() throws {
    let region = try Region()
    try (nil as Bytes?).close() // EXPECT-ERROR
}

// the receiver: a method is never called on nil (`x?.f()` skips the call)
func bytes_length_bytes_null() throws {
    let region = try Region()
    _ = try (nil as Bytes?).length() // EXPECT-ERROR
}

// the receiver: a method is never called on nil (`x?.f()` skips the call)
func bytes_dup_bytes_null() throws {
    let region = try Region()
    _ = try (nil as Bytes?).dup() // EXPECT-ERROR
}

// the receiver: a method is never called on nil (`x?.f()` skips the call)
func string_create_region_null() throws {
    let region = try Region()
    _ = try (nil as Region?).string(text: [104, 101, 108, 108, 111] as [UInt8]) // EXPECT-ERROR
}

// `text` is not optional: nil does not compile
func string_create_region_null_text() throws {
    let region = try Region()
    _ = try region.string(text: nil) // EXPECT-ERROR
}

// the receiver: a method is never called on nil (`x?.f()` skips the call)
func string_release_string_null() throws {
    let region = try Region()
    try (nil as WeaveHeapString?).close() // EXPECT-ERROR
}

// the receiver: a method is never called on nil (`x?.f()` skips the call)
func string_length_string_null() throws {
    let region = try Region()
    _ = try (nil as WeaveHeapString?).length() // EXPECT-ERROR
}

// the receiver: a method is never called on nil (`x?.f()` skips the call)
func string_dup_string_null() throws {
    let region = try Region()
    _ = try (nil as WeaveHeapString?).dup() // EXPECT-ERROR
}

// the receiver: a method is never called on nil (`x?.f()` skips the call)
func vector_create_region_null() throws {
    let region = try Region()
    _ = try (nil as Region?).vector(type: .int8, capacity: 16, nullable: false) // EXPECT-ERROR
}

// the receiver: a method is never called on nil (`x?.f()` skips the call)
func vector_release_vector_null() throws {
    let region = try Region()
    try (nil as Vector?).close() // EXPECT-ERROR
}

// the receiver: a method is never called on nil (`x?.f()` skips the call)
func vector_length_vector_null() throws {
    let region = try Region()
    _ = try (nil as Vector?).length() // EXPECT-ERROR
}

// the receiver: a method is never called on nil (`x?.f()` skips the call)
func vector_capacity_vector_null() throws {
    let region = try Region()
    _ = try (nil as Vector?).capacity() // EXPECT-ERROR
}

// the receiver: a method is never called on nil (`x?.f()` skips the call)
func vector_resize_vector_null() throws {
    let region = try Region()
    _ = try (nil as Vector?).resize(capacity: 16) // EXPECT-ERROR
}

// the receiver: a method is never called on nil (`x?.f()` skips the call)
func vector_element_type_vector_null() throws {
    let region = try Region()
    _ = try (nil as Vector?).elementType() // EXPECT-ERROR
}

// the receiver: a method is never called on nil (`x?.f()` skips the call)
func vector_null_count_vector_null() throws {
    let region = try Region()
    _ = try (nil as Vector?).nullCount() // EXPECT-ERROR
}

// the receiver: a method is never called on nil (`x?.f()` skips the call)
func vector_append_vector_null() throws {
    let region = try Region()
    _ = try (nil as Vector?).append(value: 0) // EXPECT-ERROR
}

// the receiver: a method is never called on nil (`x?.f()` skips the call)
func vector_extend_vector_null() throws {
    let region = try Region()
    _ = try (nil as Vector?).extend(data: [104, 101, 108, 108, 111] as [UInt8]) // EXPECT-ERROR
}

// `data` is not optional: nil does not compile
func vector_extend_vector_null_data() throws {
    let region = try Region()
    let recv = try region.vector(type: .int8, capacity: 16, nullable: false)
    _ = try recv.extend(data: nil) // EXPECT-ERROR
}

// the receiver: a method is never called on nil (`x?.f()` skips the call)
func vector_append_null_vector_null() throws {
    let region = try Region()
    _ = try (nil as Vector?).appendNull() // EXPECT-ERROR
}

// the receiver: a method is never called on nil (`x?.f()` skips the call)
func vector_set_vector_null() throws {
    let region = try Region()
    _ = try (nil as Vector?).set(index: 0, value: 0) // EXPECT-ERROR
}

// the receiver: a method is never called on nil (`x?.f()` skips the call)
func vector_get_vector_null() throws {
    let region = try Region()
    _ = try (nil as Vector?).get(index: 0) // EXPECT-ERROR
}

// the receiver: a method is never called on nil (`x?.f()` skips the call)
func vector_append_f64_vector_null() throws {
    let region = try Region()
    _ = try (nil as Vector?).appendF64(value: 1.5) // EXPECT-ERROR
}

// the receiver: a method is never called on nil (`x?.f()` skips the call)
func vector_set_f64_vector_null() throws {
    let region = try Region()
    _ = try (nil as Vector?).setF64(index: 0, value: 1.5) // EXPECT-ERROR
}

// the receiver: a method is never called on nil (`x?.f()` skips the call)
func vector_get_f64_vector_null() throws {
    let region = try Region()
    _ = try (nil as Vector?).getF64(index: 0) // EXPECT-ERROR
}

// the receiver: a method is never called on nil (`x?.f()` skips the call)
func vector_is_valid_vector_null() throws {
    let region = try Region()
    _ = try (nil as Vector?).isValid(index: 0) // EXPECT-ERROR
}

// the receiver: a method is never called on nil (`x?.f()` skips the call)
func vector_read_vector_null() throws {
    let region = try Region()
    _ = try (nil as Vector?).read(offset: 0, dst: &dstOut) // EXPECT-ERROR
}

// `dst` is not optional: nil does not compile
func vector_read_vector_null_dst() throws {
    let region = try Region()
    let recv = try region.vector(type: .int8, capacity: 16, nullable: false)
    _ = try recv.read(offset: 0, dst: nil) // EXPECT-ERROR
}

// the receiver: a method is never called on nil (`x?.f()` skips the call)
func var_vector_create_region_null() throws {
    let region = try Region()
    _ = try (nil as Region?).varVector(capacity: 16, dataCapacity: 16, nullable: false, binary: false) // EXPECT-ERROR
}

// the receiver: a method is never called on nil (`x?.f()` skips the call)
func var_vector_release_var_vector_null() throws {
    let region = try Region()
    try (nil as VarVector?).close() // EXPECT-ERROR
}

// the receiver: a method is never called on nil (`x?.f()` skips the call)
func var_vector_length_var_vector_null() throws {
    let region = try Region()
    _ = try (nil as VarVector?).length() // EXPECT-ERROR
}

// the receiver: a method is never called on nil (`x?.f()` skips the call)
func var_vector_capacity_var_vector_null() throws {
    let region = try Region()
    _ = try (nil as VarVector?).capacity() // EXPECT-ERROR
}

// the receiver: a method is never called on nil (`x?.f()` skips the call)
func var_vector_data_length_var_vector_null() throws {
    let region = try Region()
    _ = try (nil as VarVector?).dataLength() // EXPECT-ERROR
}

// the receiver: a method is never called on nil (`x?.f()` skips the call)
func var_vector_data_capacity_var_vector_null() throws {
    let region = try Region()
    _ = try (nil as VarVector?).dataCapacity() // EXPECT-ERROR
}

// the receiver: a method is never called on nil (`x?.f()` skips the call)
func var_vector_resize_var_vector_null() throws {
    let region = try Region()
    _ = try (nil as VarVector?).resize(capacity: 16, dataCapacity: 16) // EXPECT-ERROR
}

// the receiver: a method is never called on nil (`x?.f()` skips the call)
func var_vector_null_count_var_vector_null() throws {
    let region = try Region()
    _ = try (nil as VarVector?).nullCount() // EXPECT-ERROR
}

// the receiver: a method is never called on nil (`x?.f()` skips the call)
func var_vector_is_utf8_var_vector_null() throws {
    let region = try Region()
    _ = try (nil as VarVector?).isUtf8() // EXPECT-ERROR
}

// the receiver: a method is never called on nil (`x?.f()` skips the call)
func var_vector_append_var_vector_null() throws {
    let region = try Region()
    _ = try (nil as VarVector?).append(value: [104, 101, 108, 108, 111] as [UInt8]) // EXPECT-ERROR
}

// `value` is not optional: nil does not compile
func var_vector_append_var_vector_null_value() throws {
    let region = try Region()
    let recv = try region.varVector(capacity: 16, dataCapacity: 16, nullable: false, binary: false)
    _ = try recv.append(value: nil) // EXPECT-ERROR
}

// the receiver: a method is never called on nil (`x?.f()` skips the call)
func var_vector_append_null_var_vector_null() throws {
    let region = try Region()
    _ = try (nil as VarVector?).appendNull() // EXPECT-ERROR
}

// the receiver: a method is never called on nil (`x?.f()` skips the call)
func var_vector_get_var_vector_null() throws {
    let region = try Region()
    _ = try (nil as VarVector?).get(index: 0) // EXPECT-ERROR
}

// the receiver: a method is never called on nil (`x?.f()` skips the call)
func var_vector_value_offset_var_vector_null() throws {
    let region = try Region()
    _ = try (nil as VarVector?).valueOffset(index: 0) // EXPECT-ERROR
}

// the receiver: a method is never called on nil (`x?.f()` skips the call)
func var_vector_value_length_var_vector_null() throws {
    let region = try Region()
    _ = try (nil as VarVector?).valueLength(index: 0) // EXPECT-ERROR
}

// the receiver: a method is never called on nil (`x?.f()` skips the call)
func var_vector_is_valid_var_vector_null() throws {
    let region = try Region()
    _ = try (nil as VarVector?).isValid(index: 0) // EXPECT-ERROR
}

// the receiver: a method is never called on nil (`x?.f()` skips the call)
func var_vector_read_var_vector_null() throws {
    let region = try Region()
    _ = try (nil as VarVector?).read(offset: 0, dst: &dstOut) // EXPECT-ERROR
}

// `dst` is not optional: nil does not compile
func var_vector_read_var_vector_null_dst() throws {
    let region = try Region()
    let recv = try region.varVector(capacity: 16, dataCapacity: 16, nullable: false, binary: false)
    _ = try recv.read(offset: 0, dst: nil) // EXPECT-ERROR
}

// the receiver: a method is never called on nil (`x?.f()` skips the call)
func batch_create_region_null() throws {
    let region = try Region()
    _ = try (nil as Region?).batch(maxColumns: 16) // EXPECT-ERROR
}

// the receiver: a method is never called on nil (`x?.f()` skips the call)
func batch_release_batch_null() throws {
    let region = try Region()
    try (nil as Batch?).close() // EXPECT-ERROR
}

// the receiver: a method is never called on nil (`x?.f()` skips the call)
func batch_add_column_batch_null() throws {
    let region = try Region()
    let arg_column = try region.vector(type: .int8, capacity: 16, nullable: false)
    _ = try (nil as Batch?).addColumn(name: [104, 101, 108, 108, 111] as [UInt8], column: arg_column) // EXPECT-ERROR
}

// `name` is not optional: nil does not compile
func batch_add_column_batch_null_name() throws {
    let region = try Region()
    let recv = try region.batch(maxColumns: 16)
    let arg_column = try region.vector(type: .int8, capacity: 16, nullable: false)
    _ = try recv.addColumn(name: nil, column: arg_column) // EXPECT-ERROR
}

// `column` is not optional: nil does not compile
func batch_add_column_vector_null_column() throws {
    let region = try Region()
    let recv = try region.batch(maxColumns: 16)
    _ = try recv.addColumn(name: [104, 101, 108, 108, 111] as [UInt8], column: nil) // EXPECT-ERROR
}

// the receiver: a method is never called on nil (`x?.f()` skips the call)
func batch_num_columns_batch_null() throws {
    let region = try Region()
    _ = try (nil as Batch?).numColumns() // EXPECT-ERROR
}

// the receiver: a method is never called on nil (`x?.f()` skips the call)
func batch_num_rows_batch_null() throws {
    let region = try Region()
    _ = try (nil as Batch?).numRows() // EXPECT-ERROR
}

// the receiver: a method is never called on nil (`x?.f()` skips the call)
func batch_column_name_batch_null() throws {
    let region = try Region()
    _ = try (nil as Batch?).columnName(index: 0) // EXPECT-ERROR
}

// the receiver: a method is never called on nil (`x?.f()` skips the call)
func batch_validate_batch_null() throws {
    let region = try Region()
    _ = try (nil as Batch?).validate() // EXPECT-ERROR
}

// the receiver: a method is never called on nil (`x?.f()` skips the call)
func batch_append_row_batch_null() throws {
    let region = try Region()
    _ = try (nil as Batch?).appendRow(row: [104, 101, 108, 108, 111] as [UInt8]) // EXPECT-ERROR
}

// `row` is not optional: nil does not compile
func batch_append_row_batch_null_row() throws {
    let region = try Region()
    let recv = try region.batch(maxColumns: 16)
    _ = try recv.appendRow(row: nil) // EXPECT-ERROR
}

// the receiver: a method is never called on nil (`x?.f()` skips the call)
func list_vector_create_region_null() throws {
    let region = try Region()
    let arg_child = try region.vector(type: .int8, capacity: 16, nullable: false)
    _ = try (nil as Region?).listVector(child: arg_child, capacity: 16, nullable: false, map: false) // EXPECT-ERROR
}

// `child` is not optional: nil does not compile
func list_vector_create_vector_null_child() throws {
    let region = try Region()
    _ = try region.listVector(child: nil, capacity: 16, nullable: false, map: false) // EXPECT-ERROR
}

// the receiver: a method is never called on nil (`x?.f()` skips the call)
func list_vector_release_list_vector_null() throws {
    let region = try Region()
    try (nil as ListVector?).close() // EXPECT-ERROR
}

// the receiver: a method is never called on nil (`x?.f()` skips the call)
func list_vector_length_list_vector_null() throws {
    let region = try Region()
    _ = try (nil as ListVector?).length() // EXPECT-ERROR
}

// the receiver: a method is never called on nil (`x?.f()` skips the call)
func list_vector_capacity_list_vector_null() throws {
    let region = try Region()
    _ = try (nil as ListVector?).capacity() // EXPECT-ERROR
}

// the receiver: a method is never called on nil (`x?.f()` skips the call)
func list_vector_null_count_list_vector_null() throws {
    let region = try Region()
    _ = try (nil as ListVector?).nullCount() // EXPECT-ERROR
}

// the receiver: a method is never called on nil (`x?.f()` skips the call)
func list_vector_is_map_list_vector_null() throws {
    let region = try Region()
    _ = try (nil as ListVector?).isMap() // EXPECT-ERROR
}

// the receiver: a method is never called on nil (`x?.f()` skips the call)
func list_vector_is_valid_list_vector_null() throws {
    let region = try Region()
    _ = try (nil as ListVector?).isValid(index: 0) // EXPECT-ERROR
}

// the receiver: a method is never called on nil (`x?.f()` skips the call)
func list_vector_value_offset_list_vector_null() throws {
    let region = try Region()
    _ = try (nil as ListVector?).valueOffset(index: 0) // EXPECT-ERROR
}

// the receiver: a method is never called on nil (`x?.f()` skips the call)
func list_vector_value_length_list_vector_null() throws {
    let region = try Region()
    _ = try (nil as ListVector?).valueLength(index: 0) // EXPECT-ERROR
}

// the receiver: a method is never called on nil (`x?.f()` skips the call)
func list_vector_append_list_vector_null() throws {
    let region = try Region()
    _ = try (nil as ListVector?).append(value: [104, 101, 108, 108, 111] as [UInt8]) // EXPECT-ERROR
}

// `value` is not optional: nil does not compile
func list_vector_append_list_vector_null_value() throws {
    let region = try Region()
    let recv_child = try region.vector(type: .int8, capacity: 16, nullable: false)
    let recv = try region.listVector(child: recv_child, capacity: 16, nullable: false, map: false)
    _ = try recv.append(value: nil) // EXPECT-ERROR
}

// the receiver: a method is never called on nil (`x?.f()` skips the call)
func list_vector_append_null_list_vector_null() throws {
    let region = try Region()
    _ = try (nil as ListVector?).appendNull() // EXPECT-ERROR
}

// the receiver: a method is never called on nil (`x?.f()` skips the call)
func list_vector_lookup_list_vector_null() throws {
    let region = try Region()
    _ = try (nil as ListVector?).lookup(index: 0, key: [104, 101, 108, 108, 111] as [UInt8]) // EXPECT-ERROR
}

// `key` is not optional: nil does not compile
func list_vector_lookup_list_vector_null_key() throws {
    let region = try Region()
    let recv_child = try region.vector(type: .int8, capacity: 16, nullable: false)
    let recv = try region.listVector(child: recv_child, capacity: 16, nullable: false, map: false)
    _ = try recv.lookup(index: 0, key: nil) // EXPECT-ERROR
}

// the receiver: a method is never called on nil (`x?.f()` skips the call)
func batch_stream_create_region_null() throws {
    let region = try Region()
    _ = try (nil as Region?).batchStream(maxBatches: 16) // EXPECT-ERROR
}

// the receiver: a method is never called on nil (`x?.f()` skips the call)
func batch_stream_release_batch_stream_null() throws {
    let region = try Region()
    try (nil as BatchStream?).close() // EXPECT-ERROR
}

// the receiver: a method is never called on nil (`x?.f()` skips the call)
func batch_stream_add_batch_batch_stream_null() throws {
    let region = try Region()
    let arg_batch = try region.batch(maxColumns: 16)
    _ = try (nil as BatchStream?).addBatch(batch: arg_batch) // EXPECT-ERROR
}

// `batch` is not optional: nil does not compile
func batch_stream_add_batch_batch_null_batch() throws {
    let region = try Region()
    let recv = try region.batchStream(maxBatches: 16)
    _ = try recv.addBatch(batch: nil) // EXPECT-ERROR
}

// the receiver: a method is never called on nil (`x?.f()` skips the call)
func batch_stream_num_batches_batch_stream_null() throws {
    let region = try Region()
    _ = try (nil as BatchStream?).numBatches() // EXPECT-ERROR
}

// the receiver: a method is never called on nil (`x?.f()` skips the call)
func foreign_create_region_null() throws {
    let region = try Region()
    _ = try (nil as Region?).foreign(type: .int8, values: [104, 101, 108, 108, 111] as [UInt8]) // EXPECT-ERROR
}

// `values` is not optional: nil does not compile
func foreign_create_region_null_values() throws {
    let region = try Region()
    _ = try region.foreign(type: .int8, values: nil) // EXPECT-ERROR
}

// the receiver: a method is never called on nil (`x?.f()` skips the call)
func foreign_release_foreign_null() throws {
    let region = try Region()
    try (nil as Foreign?).close() // EXPECT-ERROR
}

// the receiver: a method is never called on nil (`x?.f()` skips the call)
func foreign_length_foreign_null() throws {
    let region = try Region()
    _ = try (nil as Foreign?).length() // EXPECT-ERROR
}

// the receiver: a method is never called on nil (`x?.f()` skips the call)
func foreign_null_count_foreign_null() throws {
    let region = try Region()
    _ = try (nil as Foreign?).nullCount() // EXPECT-ERROR
}

// the receiver: a method is never called on nil (`x?.f()` skips the call)
func foreign_offset_foreign_null() throws {
    let region = try Region()
    _ = try (nil as Foreign?).offset() // EXPECT-ERROR
}

// the receiver: a method is never called on nil (`x?.f()` skips the call)
func foreign_num_children_foreign_null() throws {
    let region = try Region()
    _ = try (nil as Foreign?).numChildren() // EXPECT-ERROR
}

// the receiver: a method is never called on nil (`x?.f()` skips the call)
func foreign_format_foreign_null() throws {
    let region = try Region()
    _ = try (nil as Foreign?).format() // EXPECT-ERROR
}

// the receiver: a method is never called on nil (`x?.f()` skips the call)
func borrow_shared_buffer_null() throws {
    let region = try Region()
    try (nil as Buffer?).view { _ in } // EXPECT-ERROR
}

// the receiver: a method is never called on nil (`x?.f()` skips the call)
func borrow_shared_bytes_null() throws {
    let region = try Region()
    try (nil as Bytes?).view { _ in } // EXPECT-ERROR
}

// the receiver: a method is never called on nil (`x?.f()` skips the call)
func borrow_shared_string_null() throws {
    let region = try Region()
    try (nil as WeaveHeapString?).view { _ in } // EXPECT-ERROR
}

// the receiver: a method is never called on nil (`x?.f()` skips the call)
func borrow_shared_vector_null() throws {
    let region = try Region()
    try (nil as Vector?).view { _ in } // EXPECT-ERROR
}

// the receiver: a method is never called on nil (`x?.f()` skips the call)
func borrow_shared_var_vector_null() throws {
    let region = try Region()
    try (nil as VarVector?).view { _ in } // EXPECT-ERROR
}

// the receiver: a method is never called on nil (`x?.f()` skips the call)
func borrow_shared_foreign_null() throws {
    let region = try Region()
    try (nil as Foreign?).view { _ in } // EXPECT-ERROR
}

// the receiver: a method is never called on nil (`x?.f()` skips the call)
func borrow_unique_buffer_null() throws {
    let region = try Region()
    try (nil as Buffer?).view(.unique) { _ in } // EXPECT-ERROR
}

// the receiver: a method is never called on nil (`x?.f()` skips the call)
func borrow_unique_bytes_null() throws {
    let region = try Region()
    try (nil as Bytes?).view(.unique) { _ in } // EXPECT-ERROR
}

// the receiver: a method is never called on nil (`x?.f()` skips the call)
func borrow_unique_string_null() throws {
    let region = try Region()
    try (nil as WeaveHeapString?).view(.unique) { _ in } // EXPECT-ERROR
}

// the receiver: a method is never called on nil (`x?.f()` skips the call)
func borrow_unique_vector_null() throws {
    let region = try Region()
    try (nil as Vector?).view(.unique) { _ in } // EXPECT-ERROR
}

// the receiver: a method is never called on nil (`x?.f()` skips the call)
func borrow_unique_var_vector_null() throws {
    let region = try Region()
    try (nil as VarVector?).view(.unique) { _ in } // EXPECT-ERROR
}

// the receiver: a method is never called on nil (`x?.f()` skips the call)
func borrow_unique_foreign_null() throws {
    let region = try Region()
    try (nil as Foreign?).view(.unique) { _ in } // EXPECT-ERROR
}

// `handle` is not optional: nil does not compile
func handle_kind_of_region_null_handle() throws {
    let region = try Region()
    _ = try handleKindOf(handle: nil) // EXPECT-ERROR
}
