// Generated from idl/weaveheap.wh by weaveheap_gen: do not edit. IDL sha256 44be387f8fee504168644f97309796ee874d700df2d7f607dd2879887ce60144
package dev.weaveheap.test;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.weaveheap.WeaveHeap;
import dev.weaveheap.WeaveHeap.*;

/**
 * The misuse matrix (weaveheap_gen/misuse.py), one test per case: the call
 * must throw the typed exception, the process-wide counters must be unchanged
 * but for the one that counts the refusal (+1), and the bytes of the objects
 * still alive must be unchanged ({@link MisuseSupport}).
 *
 * <p>Not expressible in Java, so not tests (docs/java.md):
 * <ul>
 * <li>region_destroy_region_null: a method called on a null reference throws the JVM's NullPointerException before any code of the binding runs</li>
 * <li>region_reset_region_null: a method called on a null reference throws the JVM's NullPointerException before any code of the binding runs</li>
 * <li>region_stats_region_null: a method called on a null reference throws the JVM's NullPointerException before any code of the binding runs</li>
 * <li>buffer_alloc_region_null: a method called on a null reference throws the JVM's NullPointerException before any code of the binding runs</li>
 * <li>buffer_release_buffer_null: a method called on a null reference throws the JVM's NullPointerException before any code of the binding runs</li>
 * <li>buffer_size_buffer_null: a method called on a null reference throws the JVM's NullPointerException before any code of the binding runs</li>
 * <li>buffer_write_buffer_null: a method called on a null reference throws the JVM's NullPointerException before any code of the binding runs</li>
 * <li>buffer_read_buffer_null: a method called on a null reference throws the JVM's NullPointerException before any code of the binding runs</li>
 * <li>bytes_create_region_null: a method called on a null reference throws the JVM's NullPointerException before any code of the binding runs</li>
 * <li>bytes_release_bytes_null: a method called on a null reference throws the JVM's NullPointerException before any code of the binding runs</li>
 * <li>bytes_length_bytes_null: a method called on a null reference throws the JVM's NullPointerException before any code of the binding runs</li>
 * <li>bytes_dup_bytes_null: a method called on a null reference throws the JVM's NullPointerException before any code of the binding runs</li>
 * <li>string_create_region_null: a method called on a null reference throws the JVM's NullPointerException before any code of the binding runs</li>
 * <li>string_release_string_null: a method called on a null reference throws the JVM's NullPointerException before any code of the binding runs</li>
 * <li>string_length_string_null: a method called on a null reference throws the JVM's NullPointerException before any code of the binding runs</li>
 * <li>string_dup_string_null: a method called on a null reference throws the JVM's NullPointerException before any code of the binding runs</li>
 * <li>vector_create_region_null: a method called on a null reference throws the JVM's NullPointerException before any code of the binding runs</li>
 * <li>vector_release_vector_null: a method called on a null reference throws the JVM's NullPointerException before any code of the binding runs</li>
 * <li>vector_length_vector_null: a method called on a null reference throws the JVM's NullPointerException before any code of the binding runs</li>
 * <li>vector_capacity_vector_null: a method called on a null reference throws the JVM's NullPointerException before any code of the binding runs</li>
 * <li>vector_resize_vector_null: a method called on a null reference throws the JVM's NullPointerException before any code of the binding runs</li>
 * <li>vector_element_type_vector_null: a method called on a null reference throws the JVM's NullPointerException before any code of the binding runs</li>
 * <li>vector_null_count_vector_null: a method called on a null reference throws the JVM's NullPointerException before any code of the binding runs</li>
 * <li>vector_append_vector_null: a method called on a null reference throws the JVM's NullPointerException before any code of the binding runs</li>
 * <li>vector_extend_vector_null: a method called on a null reference throws the JVM's NullPointerException before any code of the binding runs</li>
 * <li>vector_append_null_vector_null: a method called on a null reference throws the JVM's NullPointerException before any code of the binding runs</li>
 * <li>vector_set_vector_null: a method called on a null reference throws the JVM's NullPointerException before any code of the binding runs</li>
 * <li>vector_get_vector_null: a method called on a null reference throws the JVM's NullPointerException before any code of the binding runs</li>
 * <li>vector_append_f64_vector_null: a method called on a null reference throws the JVM's NullPointerException before any code of the binding runs</li>
 * <li>vector_set_f64_vector_null: a method called on a null reference throws the JVM's NullPointerException before any code of the binding runs</li>
 * <li>vector_get_f64_vector_null: a method called on a null reference throws the JVM's NullPointerException before any code of the binding runs</li>
 * <li>vector_is_valid_vector_null: a method called on a null reference throws the JVM's NullPointerException before any code of the binding runs</li>
 * <li>vector_read_vector_null: a method called on a null reference throws the JVM's NullPointerException before any code of the binding runs</li>
 * <li>var_vector_create_region_null: a method called on a null reference throws the JVM's NullPointerException before any code of the binding runs</li>
 * <li>var_vector_release_var_vector_null: a method called on a null reference throws the JVM's NullPointerException before any code of the binding runs</li>
 * <li>var_vector_length_var_vector_null: a method called on a null reference throws the JVM's NullPointerException before any code of the binding runs</li>
 * <li>var_vector_capacity_var_vector_null: a method called on a null reference throws the JVM's NullPointerException before any code of the binding runs</li>
 * <li>var_vector_data_length_var_vector_null: a method called on a null reference throws the JVM's NullPointerException before any code of the binding runs</li>
 * <li>var_vector_data_capacity_var_vector_null: a method called on a null reference throws the JVM's NullPointerException before any code of the binding runs</li>
 * <li>var_vector_resize_var_vector_null: a method called on a null reference throws the JVM's NullPointerException before any code of the binding runs</li>
 * <li>var_vector_null_count_var_vector_null: a method called on a null reference throws the JVM's NullPointerException before any code of the binding runs</li>
 * <li>var_vector_is_utf8_var_vector_null: a method called on a null reference throws the JVM's NullPointerException before any code of the binding runs</li>
 * <li>var_vector_append_var_vector_null: a method called on a null reference throws the JVM's NullPointerException before any code of the binding runs</li>
 * <li>var_vector_append_null_var_vector_null: a method called on a null reference throws the JVM's NullPointerException before any code of the binding runs</li>
 * <li>var_vector_get_var_vector_null: a method called on a null reference throws the JVM's NullPointerException before any code of the binding runs</li>
 * <li>var_vector_value_offset_var_vector_null: a method called on a null reference throws the JVM's NullPointerException before any code of the binding runs</li>
 * <li>var_vector_value_length_var_vector_null: a method called on a null reference throws the JVM's NullPointerException before any code of the binding runs</li>
 * <li>var_vector_is_valid_var_vector_null: a method called on a null reference throws the JVM's NullPointerException before any code of the binding runs</li>
 * <li>var_vector_read_var_vector_null: a method called on a null reference throws the JVM's NullPointerException before any code of the binding runs</li>
 * <li>batch_create_region_null: a method called on a null reference throws the JVM's NullPointerException before any code of the binding runs</li>
 * <li>batch_release_batch_null: a method called on a null reference throws the JVM's NullPointerException before any code of the binding runs</li>
 * <li>batch_add_column_batch_null: a method called on a null reference throws the JVM's NullPointerException before any code of the binding runs</li>
 * <li>batch_num_columns_batch_null: a method called on a null reference throws the JVM's NullPointerException before any code of the binding runs</li>
 * <li>batch_num_rows_batch_null: a method called on a null reference throws the JVM's NullPointerException before any code of the binding runs</li>
 * <li>batch_column_name_batch_null: a method called on a null reference throws the JVM's NullPointerException before any code of the binding runs</li>
 * <li>batch_validate_batch_null: a method called on a null reference throws the JVM's NullPointerException before any code of the binding runs</li>
 * <li>batch_append_row_batch_null: a method called on a null reference throws the JVM's NullPointerException before any code of the binding runs</li>
 * <li>list_vector_create_region_null: a method called on a null reference throws the JVM's NullPointerException before any code of the binding runs</li>
 * <li>list_vector_release_list_vector_null: a method called on a null reference throws the JVM's NullPointerException before any code of the binding runs</li>
 * <li>list_vector_length_list_vector_null: a method called on a null reference throws the JVM's NullPointerException before any code of the binding runs</li>
 * <li>list_vector_capacity_list_vector_null: a method called on a null reference throws the JVM's NullPointerException before any code of the binding runs</li>
 * <li>list_vector_null_count_list_vector_null: a method called on a null reference throws the JVM's NullPointerException before any code of the binding runs</li>
 * <li>list_vector_is_map_list_vector_null: a method called on a null reference throws the JVM's NullPointerException before any code of the binding runs</li>
 * <li>list_vector_is_valid_list_vector_null: a method called on a null reference throws the JVM's NullPointerException before any code of the binding runs</li>
 * <li>list_vector_value_offset_list_vector_null: a method called on a null reference throws the JVM's NullPointerException before any code of the binding runs</li>
 * <li>list_vector_value_length_list_vector_null: a method called on a null reference throws the JVM's NullPointerException before any code of the binding runs</li>
 * <li>list_vector_append_list_vector_null: a method called on a null reference throws the JVM's NullPointerException before any code of the binding runs</li>
 * <li>list_vector_append_null_list_vector_null: a method called on a null reference throws the JVM's NullPointerException before any code of the binding runs</li>
 * <li>list_vector_lookup_list_vector_null: a method called on a null reference throws the JVM's NullPointerException before any code of the binding runs</li>
 * <li>batch_stream_create_region_null: a method called on a null reference throws the JVM's NullPointerException before any code of the binding runs</li>
 * <li>batch_stream_release_batch_stream_null: a method called on a null reference throws the JVM's NullPointerException before any code of the binding runs</li>
 * <li>batch_stream_add_batch_batch_stream_null: a method called on a null reference throws the JVM's NullPointerException before any code of the binding runs</li>
 * <li>batch_stream_num_batches_batch_stream_null: a method called on a null reference throws the JVM's NullPointerException before any code of the binding runs</li>
 * <li>foreign_create_region_null: a method called on a null reference throws the JVM's NullPointerException before any code of the binding runs</li>
 * <li>foreign_release_foreign_null: a method called on a null reference throws the JVM's NullPointerException before any code of the binding runs</li>
 * <li>foreign_length_foreign_null: a method called on a null reference throws the JVM's NullPointerException before any code of the binding runs</li>
 * <li>foreign_null_count_foreign_null: a method called on a null reference throws the JVM's NullPointerException before any code of the binding runs</li>
 * <li>foreign_offset_foreign_null: a method called on a null reference throws the JVM's NullPointerException before any code of the binding runs</li>
 * <li>foreign_num_children_foreign_null: a method called on a null reference throws the JVM's NullPointerException before any code of the binding runs</li>
 * <li>foreign_format_foreign_null: a method called on a null reference throws the JVM's NullPointerException before any code of the binding runs</li>
 * <li>borrow_shared_buffer_null: a method called on a null reference throws the JVM's NullPointerException before any code of the binding runs</li>
 * <li>borrow_shared_bytes_null: a method called on a null reference throws the JVM's NullPointerException before any code of the binding runs</li>
 * <li>borrow_shared_string_null: a method called on a null reference throws the JVM's NullPointerException before any code of the binding runs</li>
 * <li>borrow_shared_vector_null: a method called on a null reference throws the JVM's NullPointerException before any code of the binding runs</li>
 * <li>borrow_shared_var_vector_null: a method called on a null reference throws the JVM's NullPointerException before any code of the binding runs</li>
 * <li>borrow_shared_foreign_null: a method called on a null reference throws the JVM's NullPointerException before any code of the binding runs</li>
 * <li>borrow_unique_buffer_null: a method called on a null reference throws the JVM's NullPointerException before any code of the binding runs</li>
 * <li>borrow_unique_bytes_null: a method called on a null reference throws the JVM's NullPointerException before any code of the binding runs</li>
 * <li>borrow_unique_string_null: a method called on a null reference throws the JVM's NullPointerException before any code of the binding runs</li>
 * <li>borrow_unique_vector_null: a method called on a null reference throws the JVM's NullPointerException before any code of the binding runs</li>
 * <li>borrow_unique_var_vector_null: a method called on a null reference throws the JVM's NullPointerException before any code of the binding runs</li>
 * <li>borrow_unique_foreign_null: a method called on a null reference throws the JVM's NullPointerException before any code of the binding runs</li>
 * </ul>
 */
class MisuseMatrixTest {
    private final MisuseSupport m = new MisuseSupport(limit -> limit == 0 ? new Region() : new Region(new RegionOptions(0L, limit, false)), WeaveHeap::stats);

    @AfterEach
    void closeRegions() {
        m.close();
    }

    /**
     * region.destroy (reused): the object was closed and its slot now holds a newer
     * object; expects ReusedHandleException, stale_rejected +1.
     */
    @Test
    void region_destroy_region_reused() throws Exception {
        Region region = m.region(0L);
        region.close();
        Region newer = m.region(0L);
        Region again = Region.fromHandle(region.handle());
        Record stats = m.stats();
        m.expectMisuse(ReusedHandleException.class, stats, "staleRejected", "", () -> again.close());
    }

    /**
     * region.destroy (forged): a handle that was never issued; expects
     * ForgedHandleException, stale_rejected +1.
     */
    @Test
    void region_destroy_region_forged() throws Exception {
        Region region = m.region(0L);
        Region recv = Region.fromHandle(0x1fffffff00000001L);
        Record stats = m.stats();
        m.expectMisuse(ForgedHandleException.class, stats, "staleRejected", "", () -> recv.close());
    }

    /**
     * region.destroy (wrong_kind): a live object of another class, adopted under this
     * one; expects WrongKindException, stale_rejected +1.
     */
    @Test
    void region_destroy_region_wrong_kind_buffer() throws Exception {
        Region region = m.region(0L);
        Buffer other = m.keep(region.alloc(16L, 16L));
        other.write(0L, new byte[] {(byte) 0xa0, (byte) 0xa1, (byte) 0xa2, (byte) 0xa3, (byte) 0xa4, (byte) 0xa5, (byte) 0xa6, (byte) 0xa7, (byte) 0xa8, (byte) 0xa9, (byte) 0xaa, (byte) 0xab, (byte) 0xac, (byte) 0xad, (byte) 0xae, (byte) 0xaf});
        Region recv = Region.fromHandle(other.handle());
        byte[][] before = m.remember(other);
        Record stats = m.stats();
        m.expectMisuse(WrongKindException.class, stats, "staleRejected", "", () -> recv.close());
        m.unchanged(before, other);
    }

    /**
     * region.destroy (double_release): a second wrapper of an already released handle
     * is closed; expects StaleHandleException, stale_rejected +1.
     */
    @Test
    void region_destroy_region_double_release() throws Exception {
        Region region = m.region(0L);
        region.close();
        Region again = Region.fromHandle(region.handle());
        Record stats = m.stats();
        m.expectMisuse(StaleHandleException.class, stats, "staleRejected", "", () -> again.close());
    }

    /**
     * region.destroy (while_borrowed): the call needs the object (or its region) free
     * of the view that is live; expects BorrowException, borrow_conflicts +1.
     */
    @Test
    void region_destroy_region_while_borrowed_shared() throws Exception {
        Region region = m.region(0L);
        Buffer viewed = m.keep(region.alloc(16L, 16L));
        viewed.write(0L, new byte[] {(byte) 0xa0, (byte) 0xa1, (byte) 0xa2, (byte) 0xa3, (byte) 0xa4, (byte) 0xa5, (byte) 0xa6, (byte) 0xa7, (byte) 0xa8, (byte) 0xa9, (byte) 0xaa, (byte) 0xab, (byte) 0xac, (byte) 0xad, (byte) 0xae, (byte) 0xaf});
        byte[][] before = m.remember(viewed);
        View held = m.keep(viewed.view(Access.SHARED));
        Record stats = m.stats();
        m.expectMisuse(BorrowException.class, stats, "borrowConflicts", "", () -> region.close());
        held.close();
        m.unchanged(before, viewed);
    }

    /**
     * region.reset (stale): the object was closed before the call; expects
     * StaleHandleException, stale_rejected +1.
     */
    @Test
    void region_reset_region_stale() throws Exception {
        Region region = m.region(0L);
        region.close();
        Record stats = m.stats();
        m.expectMisuse(StaleHandleException.class, stats, "staleRejected", "", () -> region.reset());
    }

    /**
     * region.reset (reused): the object was closed and its slot now holds a newer
     * object; expects ReusedHandleException, stale_rejected +1.
     */
    @Test
    void region_reset_region_reused() throws Exception {
        Region region = m.region(0L);
        region.close();
        Region newer = m.region(0L);
        Record stats = m.stats();
        m.expectMisuse(ReusedHandleException.class, stats, "staleRejected", "", () -> region.reset());
    }

    /**
     * region.reset (forged): a handle that was never issued; expects
     * ForgedHandleException, stale_rejected +1.
     */
    @Test
    void region_reset_region_forged() throws Exception {
        Region region = m.region(0L);
        Region recv = Region.fromHandle(0x1fffffff00000001L);
        Record stats = m.stats();
        m.expectMisuse(ForgedHandleException.class, stats, "staleRejected", "", () -> recv.reset());
    }

    /**
     * region.reset (wrong_kind): a live object of another class, adopted under this
     * one; expects WrongKindException, stale_rejected +1.
     */
    @Test
    void region_reset_region_wrong_kind_buffer() throws Exception {
        Region region = m.region(0L);
        Buffer other = m.keep(region.alloc(16L, 16L));
        other.write(0L, new byte[] {(byte) 0xa0, (byte) 0xa1, (byte) 0xa2, (byte) 0xa3, (byte) 0xa4, (byte) 0xa5, (byte) 0xa6, (byte) 0xa7, (byte) 0xa8, (byte) 0xa9, (byte) 0xaa, (byte) 0xab, (byte) 0xac, (byte) 0xad, (byte) 0xae, (byte) 0xaf});
        Region recv = Region.fromHandle(other.handle());
        byte[][] before = m.remember(other);
        Record stats = m.stats();
        m.expectMisuse(WrongKindException.class, stats, "staleRejected", "", () -> recv.reset());
        m.unchanged(before, other);
    }

    /**
     * region.reset (while_borrowed): the call needs the object (or its region) free of
     * the view that is live; expects BorrowException, borrow_conflicts +1.
     */
    @Test
    void region_reset_region_while_borrowed_shared() throws Exception {
        Region region = m.region(0L);
        Buffer viewed = m.keep(region.alloc(16L, 16L));
        viewed.write(0L, new byte[] {(byte) 0xa0, (byte) 0xa1, (byte) 0xa2, (byte) 0xa3, (byte) 0xa4, (byte) 0xa5, (byte) 0xa6, (byte) 0xa7, (byte) 0xa8, (byte) 0xa9, (byte) 0xaa, (byte) 0xab, (byte) 0xac, (byte) 0xad, (byte) 0xae, (byte) 0xaf});
        byte[][] before = m.remember(viewed);
        View held = m.keep(viewed.view(Access.SHARED));
        Record stats = m.stats();
        m.expectMisuse(BorrowException.class, stats, "borrowConflicts", "", () -> region.reset());
        held.close();
        m.unchanged(before, viewed);
    }

    /**
     * region.stats (stale): the object was closed before the call; expects
     * StaleHandleException, stale_rejected +1.
     */
    @Test
    void region_stats_region_stale() throws Exception {
        Region region = m.region(0L);
        region.close();
        Record stats = m.stats();
        m.expectMisuse(StaleHandleException.class, stats, "staleRejected", "", () -> region.stats());
    }

    /**
     * region.stats (reused): the object was closed and its slot now holds a newer
     * object; expects ReusedHandleException, stale_rejected +1.
     */
    @Test
    void region_stats_region_reused() throws Exception {
        Region region = m.region(0L);
        region.close();
        Region newer = m.region(0L);
        Record stats = m.stats();
        m.expectMisuse(ReusedHandleException.class, stats, "staleRejected", "", () -> region.stats());
    }

    /**
     * region.stats (forged): a handle that was never issued; expects
     * ForgedHandleException, stale_rejected +1.
     */
    @Test
    void region_stats_region_forged() throws Exception {
        Region region = m.region(0L);
        Region recv = Region.fromHandle(0x1fffffff00000001L);
        Record stats = m.stats();
        m.expectMisuse(ForgedHandleException.class, stats, "staleRejected", "", () -> recv.stats());
    }

    /**
     * region.stats (wrong_kind): a live object of another class, adopted under this
     * one; expects WrongKindException, stale_rejected +1.
     */
    @Test
    void region_stats_region_wrong_kind_buffer() throws Exception {
        Region region = m.region(0L);
        Buffer other = m.keep(region.alloc(16L, 16L));
        other.write(0L, new byte[] {(byte) 0xa0, (byte) 0xa1, (byte) 0xa2, (byte) 0xa3, (byte) 0xa4, (byte) 0xa5, (byte) 0xa6, (byte) 0xa7, (byte) 0xa8, (byte) 0xa9, (byte) 0xaa, (byte) 0xab, (byte) 0xac, (byte) 0xad, (byte) 0xae, (byte) 0xaf});
        Region recv = Region.fromHandle(other.handle());
        byte[][] before = m.remember(other);
        Record stats = m.stats();
        m.expectMisuse(WrongKindException.class, stats, "staleRejected", "", () -> recv.stats());
        m.unchanged(before, other);
    }

    /**
     * buffer.alloc (stale): the object was closed before the call; expects
     * StaleHandleException, stale_rejected +1.
     */
    @Test
    void buffer_alloc_region_stale() throws Exception {
        Region region = m.region(0L);
        region.close();
        Record stats = m.stats();
        m.expectMisuse(StaleHandleException.class, stats, "staleRejected", "", () -> region.alloc(16L, 16L));
    }

    /**
     * buffer.alloc (reused): the object was closed and its slot now holds a newer
     * object; expects ReusedHandleException, stale_rejected +1.
     */
    @Test
    void buffer_alloc_region_reused() throws Exception {
        Region region = m.region(0L);
        region.close();
        Region newer = m.region(0L);
        Record stats = m.stats();
        m.expectMisuse(ReusedHandleException.class, stats, "staleRejected", "", () -> region.alloc(16L, 16L));
    }

    /**
     * buffer.alloc (forged): a handle that was never issued; expects
     * ForgedHandleException, stale_rejected +1.
     */
    @Test
    void buffer_alloc_region_forged() throws Exception {
        Region region = m.region(0L);
        Region recv = Region.fromHandle(0x1fffffff00000001L);
        Record stats = m.stats();
        m.expectMisuse(ForgedHandleException.class, stats, "staleRejected", "", () -> recv.alloc(16L, 16L));
    }

    /**
     * buffer.alloc (wrong_kind): a live object of another class, adopted under this
     * one; expects WrongKindException, stale_rejected +1.
     */
    @Test
    void buffer_alloc_region_wrong_kind_buffer() throws Exception {
        Region region = m.region(0L);
        Buffer other = m.keep(region.alloc(16L, 16L));
        other.write(0L, new byte[] {(byte) 0xa0, (byte) 0xa1, (byte) 0xa2, (byte) 0xa3, (byte) 0xa4, (byte) 0xa5, (byte) 0xa6, (byte) 0xa7, (byte) 0xa8, (byte) 0xa9, (byte) 0xaa, (byte) 0xab, (byte) 0xac, (byte) 0xad, (byte) 0xae, (byte) 0xaf});
        Region recv = Region.fromHandle(other.handle());
        byte[][] before = m.remember(other);
        Record stats = m.stats();
        m.expectMisuse(WrongKindException.class, stats, "staleRejected", "", () -> recv.alloc(16L, 16L));
        m.unchanged(before, other);
    }

    /**
     * buffer.alloc (absurd_value): an integer far out of range (sizes of 2^32 and more
     * on every target width); expects InvalidArgumentException, no counter moving.
     */
    @Test
    void buffer_alloc_region_absurd_value_size_1000000000001() throws Exception {
        Region region = m.region(0L);
        Record stats = m.stats();
        m.expectMisuse(InvalidArgumentException.class, stats, "", "", () -> region.alloc(0x1000000000001L, 16L));
    }

    /**
     * buffer.alloc (absurd_value): an integer far out of range (sizes of 2^32 and more
     * on every target width); expects InvalidArgumentException, no counter moving.
     */
    @Test
    void buffer_alloc_region_absurd_value_size_ffffffffffffffff() throws Exception {
        Region region = m.region(0L);
        Record stats = m.stats();
        m.expectMisuse(InvalidArgumentException.class, stats, "", "", () -> region.alloc(0xffffffffffffffffL, 16L));
    }

    /**
     * buffer.alloc (absurd_value): an integer far out of range (sizes of 2^32 and more
     * on every target width); expects OutOfMemoryException, no counter moving.
     */
    @Test
    void buffer_alloc_region_absurd_value_size_100000010_limited() throws Exception {
        Region region = m.region(1048576L);
        Record stats = m.stats();
        m.expectMisuse(OutOfMemoryException.class, stats, "", "", () -> region.alloc(0x100000010L, 16L));
    }

    /**
     * buffer.alloc (absurd_value): an integer far out of range (sizes of 2^32 and more
     * on every target width); expects OutOfMemoryException, no counter moving.
     */
    @Test
    void buffer_alloc_region_absurd_value_size_10000000000_limited() throws Exception {
        Region region = m.region(1048576L);
        Record stats = m.stats();
        m.expectMisuse(OutOfMemoryException.class, stats, "", "", () -> region.alloc(0x10000000000L, 16L));
    }

    /**
     * buffer.alloc (absurd_value): an integer far out of range (sizes of 2^32 and more
     * on every target width); expects OutOfMemoryException, no counter moving.
     */
    @Test
    void buffer_alloc_region_absurd_value_size_1000000000000_limited() throws Exception {
        Region region = m.region(1048576L);
        Record stats = m.stats();
        m.expectMisuse(OutOfMemoryException.class, stats, "", "", () -> region.alloc(0x1000000000000L, 16L));
    }

    /**
     * buffer.alloc (absurd_value): an integer far out of range (sizes of 2^32 and more
     * on every target width); expects OutOfMemoryException, no counter moving.
     */
    @Test
    void buffer_alloc_region_absurd_value_size_10000000000() throws Exception {
        Region region = m.region(0L);
        Record stats = m.stats();
        m.expectMisuse(OutOfMemoryException.class, stats, "", "", () -> region.alloc(0x10000000000L, 16L));
    }

    /**
     * buffer.alloc (absurd_value): an integer far out of range (sizes of 2^32 and more
     * on every target width); expects OutOfMemoryException, no counter moving.
     */
    @Test
    void buffer_alloc_region_absurd_value_size_1000000000000() throws Exception {
        Region region = m.region(0L);
        Record stats = m.stats();
        m.expectMisuse(OutOfMemoryException.class, stats, "", "", () -> region.alloc(0x1000000000000L, 16L));
    }

    /**
     * buffer.alloc (absurd_value): an integer far out of range (sizes of 2^32 and more
     * on every target width); expects InvalidArgumentException, no counter moving.
     */
    @Test
    void buffer_alloc_region_absurd_value_align_100001() throws Exception {
        Region region = m.region(0L);
        Record stats = m.stats();
        m.expectMisuse(InvalidArgumentException.class, stats, "", "", () -> region.alloc(16L, 1048577L));
    }

    /**
     * buffer.alloc (absurd_value): an integer far out of range (sizes of 2^32 and more
     * on every target width); expects InvalidArgumentException, no counter moving.
     */
    @Test
    void buffer_alloc_region_absurd_value_align_ffffffffffffffff() throws Exception {
        Region region = m.region(0L);
        Record stats = m.stats();
        m.expectMisuse(InvalidArgumentException.class, stats, "", "", () -> region.alloc(16L, 0xffffffffffffffffL));
    }

    /**
     * buffer.alloc (bad_alignment): an integer that must be a power of two and is not;
     * expects InvalidArgumentException, no counter moving.
     */
    @Test
    void buffer_alloc_region_bad_alignment_align_0() throws Exception {
        Region region = m.region(0L);
        Record stats = m.stats();
        m.expectMisuse(InvalidArgumentException.class, stats, "", "", () -> region.alloc(16L, 0L));
    }

    /**
     * buffer.alloc (bad_alignment): an integer that must be a power of two and is not;
     * expects InvalidArgumentException, no counter moving.
     */
    @Test
    void buffer_alloc_region_bad_alignment_align_3() throws Exception {
        Region region = m.region(0L);
        Record stats = m.stats();
        m.expectMisuse(InvalidArgumentException.class, stats, "", "", () -> region.alloc(16L, 3L));
    }

    /**
     * buffer.alloc (bad_alignment): an integer that must be a power of two and is not;
     * expects InvalidArgumentException, no counter moving.
     */
    @Test
    void buffer_alloc_region_bad_alignment_align_18() throws Exception {
        Region region = m.region(0L);
        Record stats = m.stats();
        m.expectMisuse(InvalidArgumentException.class, stats, "", "", () -> region.alloc(16L, 24L));
    }

    /**
     * buffer.release (reused): the object was closed and its slot now holds a newer
     * object; expects ReusedHandleException, stale_rejected +1.
     */
    @Test
    void buffer_release_buffer_reused() throws Exception {
        Region region = m.region(0L);
        Buffer recv = m.keep(region.alloc(16L, 16L));
        recv.write(0L, new byte[] {(byte) 0xa0, (byte) 0xa1, (byte) 0xa2, (byte) 0xa3, (byte) 0xa4, (byte) 0xa5, (byte) 0xa6, (byte) 0xa7, (byte) 0xa8, (byte) 0xa9, (byte) 0xaa, (byte) 0xab, (byte) 0xac, (byte) 0xad, (byte) 0xae, (byte) 0xaf});
        recv.close();
        Buffer newer = m.keep(region.alloc(16L, 16L));
        newer.write(0L, new byte[] {(byte) 0xa0, (byte) 0xa1, (byte) 0xa2, (byte) 0xa3, (byte) 0xa4, (byte) 0xa5, (byte) 0xa6, (byte) 0xa7, (byte) 0xa8, (byte) 0xa9, (byte) 0xaa, (byte) 0xab, (byte) 0xac, (byte) 0xad, (byte) 0xae, (byte) 0xaf});
        Buffer again = Buffer.fromHandle(recv.handle());
        byte[][] before = m.remember(newer);
        Record stats = m.stats();
        m.expectMisuse(ReusedHandleException.class, stats, "staleRejected", "", () -> again.close());
        m.unchanged(before, newer);
    }

    /**
     * buffer.release (forged): a handle that was never issued; expects
     * ForgedHandleException, stale_rejected +1.
     */
    @Test
    void buffer_release_buffer_forged() throws Exception {
        Region region = m.region(0L);
        Buffer recv = Buffer.fromHandle(0x2fffffff00000001L);
        Record stats = m.stats();
        m.expectMisuse(ForgedHandleException.class, stats, "staleRejected", "", () -> recv.close());
    }

    /**
     * buffer.release (wrong_kind): a live object of another class, adopted under this
     * one; expects WrongKindException, stale_rejected +1.
     */
    @Test
    void buffer_release_buffer_wrong_kind_region() throws Exception {
        Region region = m.region(0L);
        Buffer recv = Buffer.fromHandle(region.handle());
        Record stats = m.stats();
        m.expectMisuse(WrongKindException.class, stats, "staleRejected", "", () -> recv.close());
    }

    /**
     * buffer.release (after_region_destroy): the object's region was destroyed before
     * the call; expects StaleHandleException, stale_rejected +1.
     */
    @Test
    void buffer_release_buffer_after_region_destroy() throws Exception {
        Region region = m.region(0L);
        Buffer recv = m.keep(region.alloc(16L, 16L));
        recv.write(0L, new byte[] {(byte) 0xa0, (byte) 0xa1, (byte) 0xa2, (byte) 0xa3, (byte) 0xa4, (byte) 0xa5, (byte) 0xa6, (byte) 0xa7, (byte) 0xa8, (byte) 0xa9, (byte) 0xaa, (byte) 0xab, (byte) 0xac, (byte) 0xad, (byte) 0xae, (byte) 0xaf});
        region.close();
        Record stats = m.stats();
        m.expectMisuse(StaleHandleException.class, stats, "staleRejected", "", () -> recv.close());
    }

    /**
     * buffer.release (double_release): a second wrapper of an already released handle
     * is closed; expects StaleHandleException, stale_rejected +1.
     */
    @Test
    void buffer_release_buffer_double_release() throws Exception {
        Region region = m.region(0L);
        Buffer recv = m.keep(region.alloc(16L, 16L));
        recv.write(0L, new byte[] {(byte) 0xa0, (byte) 0xa1, (byte) 0xa2, (byte) 0xa3, (byte) 0xa4, (byte) 0xa5, (byte) 0xa6, (byte) 0xa7, (byte) 0xa8, (byte) 0xa9, (byte) 0xaa, (byte) 0xab, (byte) 0xac, (byte) 0xad, (byte) 0xae, (byte) 0xaf});
        recv.close();
        Buffer again = Buffer.fromHandle(recv.handle());
        Record stats = m.stats();
        m.expectMisuse(StaleHandleException.class, stats, "staleRejected", "", () -> again.close());
    }

    /**
     * buffer.release (while_borrowed): the call needs the object (or its region) free
     * of the view that is live; expects BorrowException, borrow_conflicts +1.
     */
    @Test
    void buffer_release_buffer_while_borrowed_shared() throws Exception {
        Region region = m.region(0L);
        Buffer recv = m.keep(region.alloc(16L, 16L));
        recv.write(0L, new byte[] {(byte) 0xa0, (byte) 0xa1, (byte) 0xa2, (byte) 0xa3, (byte) 0xa4, (byte) 0xa5, (byte) 0xa6, (byte) 0xa7, (byte) 0xa8, (byte) 0xa9, (byte) 0xaa, (byte) 0xab, (byte) 0xac, (byte) 0xad, (byte) 0xae, (byte) 0xaf});
        byte[][] before = m.remember(recv);
        View held = m.keep(recv.view(Access.SHARED));
        Record stats = m.stats();
        m.expectMisuse(BorrowException.class, stats, "borrowConflicts", "", () -> recv.close());
        held.close();
        m.unchanged(before, recv);
    }

    /**
     * buffer.size (stale): the object was closed before the call; expects
     * StaleHandleException, stale_rejected +1.
     */
    @Test
    void buffer_size_buffer_stale() throws Exception {
        Region region = m.region(0L);
        Buffer recv = m.keep(region.alloc(16L, 16L));
        recv.write(0L, new byte[] {(byte) 0xa0, (byte) 0xa1, (byte) 0xa2, (byte) 0xa3, (byte) 0xa4, (byte) 0xa5, (byte) 0xa6, (byte) 0xa7, (byte) 0xa8, (byte) 0xa9, (byte) 0xaa, (byte) 0xab, (byte) 0xac, (byte) 0xad, (byte) 0xae, (byte) 0xaf});
        recv.close();
        Record stats = m.stats();
        m.expectMisuse(StaleHandleException.class, stats, "staleRejected", "", () -> recv.size());
    }

    /**
     * buffer.size (reused): the object was closed and its slot now holds a newer
     * object; expects ReusedHandleException, stale_rejected +1.
     */
    @Test
    void buffer_size_buffer_reused() throws Exception {
        Region region = m.region(0L);
        Buffer recv = m.keep(region.alloc(16L, 16L));
        recv.write(0L, new byte[] {(byte) 0xa0, (byte) 0xa1, (byte) 0xa2, (byte) 0xa3, (byte) 0xa4, (byte) 0xa5, (byte) 0xa6, (byte) 0xa7, (byte) 0xa8, (byte) 0xa9, (byte) 0xaa, (byte) 0xab, (byte) 0xac, (byte) 0xad, (byte) 0xae, (byte) 0xaf});
        recv.close();
        Buffer newer = m.keep(region.alloc(16L, 16L));
        newer.write(0L, new byte[] {(byte) 0xa0, (byte) 0xa1, (byte) 0xa2, (byte) 0xa3, (byte) 0xa4, (byte) 0xa5, (byte) 0xa6, (byte) 0xa7, (byte) 0xa8, (byte) 0xa9, (byte) 0xaa, (byte) 0xab, (byte) 0xac, (byte) 0xad, (byte) 0xae, (byte) 0xaf});
        byte[][] before = m.remember(newer);
        Record stats = m.stats();
        m.expectMisuse(ReusedHandleException.class, stats, "staleRejected", "", () -> recv.size());
        m.unchanged(before, newer);
    }

    /**
     * buffer.size (forged): a handle that was never issued; expects
     * ForgedHandleException, stale_rejected +1.
     */
    @Test
    void buffer_size_buffer_forged() throws Exception {
        Region region = m.region(0L);
        Buffer recv = Buffer.fromHandle(0x2fffffff00000001L);
        Record stats = m.stats();
        m.expectMisuse(ForgedHandleException.class, stats, "staleRejected", "", () -> recv.size());
    }

    /**
     * buffer.size (wrong_kind): a live object of another class, adopted under this
     * one; expects WrongKindException, stale_rejected +1.
     */
    @Test
    void buffer_size_buffer_wrong_kind_region() throws Exception {
        Region region = m.region(0L);
        Buffer recv = Buffer.fromHandle(region.handle());
        Record stats = m.stats();
        m.expectMisuse(WrongKindException.class, stats, "staleRejected", "", () -> recv.size());
    }

    /**
     * buffer.size (after_region_destroy): the object's region was destroyed before the
     * call; expects StaleHandleException, stale_rejected +1.
     */
    @Test
    void buffer_size_buffer_after_region_destroy() throws Exception {
        Region region = m.region(0L);
        Buffer recv = m.keep(region.alloc(16L, 16L));
        recv.write(0L, new byte[] {(byte) 0xa0, (byte) 0xa1, (byte) 0xa2, (byte) 0xa3, (byte) 0xa4, (byte) 0xa5, (byte) 0xa6, (byte) 0xa7, (byte) 0xa8, (byte) 0xa9, (byte) 0xaa, (byte) 0xab, (byte) 0xac, (byte) 0xad, (byte) 0xae, (byte) 0xaf});
        region.close();
        Record stats = m.stats();
        m.expectMisuse(StaleHandleException.class, stats, "staleRejected", "", () -> recv.size());
    }

    /**
     * buffer.write (stale): the object was closed before the call; expects
     * StaleHandleException, stale_rejected +1.
     */
    @Test
    void buffer_write_buffer_stale() throws Exception {
        Region region = m.region(0L);
        Buffer recv = m.keep(region.alloc(16L, 16L));
        recv.write(0L, new byte[] {(byte) 0xa0, (byte) 0xa1, (byte) 0xa2, (byte) 0xa3, (byte) 0xa4, (byte) 0xa5, (byte) 0xa6, (byte) 0xa7, (byte) 0xa8, (byte) 0xa9, (byte) 0xaa, (byte) 0xab, (byte) 0xac, (byte) 0xad, (byte) 0xae, (byte) 0xaf});
        recv.close();
        Record stats = m.stats();
        m.expectMisuse(StaleHandleException.class, stats, "staleRejected", "", () -> recv.write(0L, new byte[] {104, 101, 108, 108, 111}));
    }

    /**
     * buffer.write (reused): the object was closed and its slot now holds a newer
     * object; expects ReusedHandleException, stale_rejected +1.
     */
    @Test
    void buffer_write_buffer_reused() throws Exception {
        Region region = m.region(0L);
        Buffer recv = m.keep(region.alloc(16L, 16L));
        recv.write(0L, new byte[] {(byte) 0xa0, (byte) 0xa1, (byte) 0xa2, (byte) 0xa3, (byte) 0xa4, (byte) 0xa5, (byte) 0xa6, (byte) 0xa7, (byte) 0xa8, (byte) 0xa9, (byte) 0xaa, (byte) 0xab, (byte) 0xac, (byte) 0xad, (byte) 0xae, (byte) 0xaf});
        recv.close();
        Buffer newer = m.keep(region.alloc(16L, 16L));
        newer.write(0L, new byte[] {(byte) 0xa0, (byte) 0xa1, (byte) 0xa2, (byte) 0xa3, (byte) 0xa4, (byte) 0xa5, (byte) 0xa6, (byte) 0xa7, (byte) 0xa8, (byte) 0xa9, (byte) 0xaa, (byte) 0xab, (byte) 0xac, (byte) 0xad, (byte) 0xae, (byte) 0xaf});
        byte[][] before = m.remember(newer);
        Record stats = m.stats();
        m.expectMisuse(ReusedHandleException.class, stats, "staleRejected", "", () -> recv.write(0L, new byte[] {104, 101, 108, 108, 111}));
        m.unchanged(before, newer);
    }

    /**
     * buffer.write (forged): a handle that was never issued; expects
     * ForgedHandleException, stale_rejected +1.
     */
    @Test
    void buffer_write_buffer_forged() throws Exception {
        Region region = m.region(0L);
        Buffer recv = Buffer.fromHandle(0x2fffffff00000001L);
        Record stats = m.stats();
        m.expectMisuse(ForgedHandleException.class, stats, "staleRejected", "", () -> recv.write(0L, new byte[] {104, 101, 108, 108, 111}));
    }

    /**
     * buffer.write (wrong_kind): a live object of another class, adopted under this
     * one; expects WrongKindException, stale_rejected +1.
     */
    @Test
    void buffer_write_buffer_wrong_kind_region() throws Exception {
        Region region = m.region(0L);
        Buffer recv = Buffer.fromHandle(region.handle());
        Record stats = m.stats();
        m.expectMisuse(WrongKindException.class, stats, "staleRejected", "", () -> recv.write(0L, new byte[] {104, 101, 108, 108, 111}));
    }

    /**
     * buffer.write (after_region_destroy): the object's region was destroyed before
     * the call; expects StaleHandleException, stale_rejected +1.
     */
    @Test
    void buffer_write_buffer_after_region_destroy() throws Exception {
        Region region = m.region(0L);
        Buffer recv = m.keep(region.alloc(16L, 16L));
        recv.write(0L, new byte[] {(byte) 0xa0, (byte) 0xa1, (byte) 0xa2, (byte) 0xa3, (byte) 0xa4, (byte) 0xa5, (byte) 0xa6, (byte) 0xa7, (byte) 0xa8, (byte) 0xa9, (byte) 0xaa, (byte) 0xab, (byte) 0xac, (byte) 0xad, (byte) 0xae, (byte) 0xaf});
        region.close();
        Record stats = m.stats();
        m.expectMisuse(StaleHandleException.class, stats, "staleRejected", "", () -> recv.write(0L, new byte[] {104, 101, 108, 108, 111}));
    }

    /**
     * buffer.write (while_borrowed): the call needs the object (or its region) free of
     * the view that is live; expects BorrowException, borrow_conflicts +1.
     */
    @Test
    void buffer_write_buffer_while_borrowed_shared() throws Exception {
        Region region = m.region(0L);
        Buffer recv = m.keep(region.alloc(16L, 16L));
        recv.write(0L, new byte[] {(byte) 0xa0, (byte) 0xa1, (byte) 0xa2, (byte) 0xa3, (byte) 0xa4, (byte) 0xa5, (byte) 0xa6, (byte) 0xa7, (byte) 0xa8, (byte) 0xa9, (byte) 0xaa, (byte) 0xab, (byte) 0xac, (byte) 0xad, (byte) 0xae, (byte) 0xaf});
        byte[][] before = m.remember(recv);
        View held = m.keep(recv.view(Access.SHARED));
        Record stats = m.stats();
        m.expectMisuse(BorrowException.class, stats, "borrowConflicts", "", () -> recv.write(0L, new byte[] {104, 101, 108, 108, 111}));
        held.close();
        m.unchanged(before, recv);
    }

    /**
     * buffer.write (absurd_value): an integer far out of range (sizes of 2^32 and more
     * on every target width); expects OutOfRangeException, no counter moving.
     */
    @Test
    void buffer_write_buffer_absurd_value_offset_100000010() throws Exception {
        Region region = m.region(0L);
        Buffer recv = m.keep(region.alloc(16L, 16L));
        recv.write(0L, new byte[] {(byte) 0xa0, (byte) 0xa1, (byte) 0xa2, (byte) 0xa3, (byte) 0xa4, (byte) 0xa5, (byte) 0xa6, (byte) 0xa7, (byte) 0xa8, (byte) 0xa9, (byte) 0xaa, (byte) 0xab, (byte) 0xac, (byte) 0xad, (byte) 0xae, (byte) 0xaf});
        byte[][] before = m.remember(recv);
        Record stats = m.stats();
        m.expectMisuse(OutOfRangeException.class, stats, "", "", () -> recv.write(0x100000010L, new byte[] {104, 101, 108, 108, 111}));
        m.unchanged(before, recv);
    }

    /**
     * buffer.write (absurd_value): an integer far out of range (sizes of 2^32 and more
     * on every target width); expects OutOfRangeException, no counter moving.
     */
    @Test
    void buffer_write_buffer_absurd_value_offset_10000000000() throws Exception {
        Region region = m.region(0L);
        Buffer recv = m.keep(region.alloc(16L, 16L));
        recv.write(0L, new byte[] {(byte) 0xa0, (byte) 0xa1, (byte) 0xa2, (byte) 0xa3, (byte) 0xa4, (byte) 0xa5, (byte) 0xa6, (byte) 0xa7, (byte) 0xa8, (byte) 0xa9, (byte) 0xaa, (byte) 0xab, (byte) 0xac, (byte) 0xad, (byte) 0xae, (byte) 0xaf});
        byte[][] before = m.remember(recv);
        Record stats = m.stats();
        m.expectMisuse(OutOfRangeException.class, stats, "", "", () -> recv.write(0x10000000000L, new byte[] {104, 101, 108, 108, 111}));
        m.unchanged(before, recv);
    }

    /**
     * buffer.write (absurd_value): an integer far out of range (sizes of 2^32 and more
     * on every target width); expects OutOfRangeException, no counter moving.
     */
    @Test
    void buffer_write_buffer_absurd_value_offset_ffffffffffffffff() throws Exception {
        Region region = m.region(0L);
        Buffer recv = m.keep(region.alloc(16L, 16L));
        recv.write(0L, new byte[] {(byte) 0xa0, (byte) 0xa1, (byte) 0xa2, (byte) 0xa3, (byte) 0xa4, (byte) 0xa5, (byte) 0xa6, (byte) 0xa7, (byte) 0xa8, (byte) 0xa9, (byte) 0xaa, (byte) 0xab, (byte) 0xac, (byte) 0xad, (byte) 0xae, (byte) 0xaf});
        byte[][] before = m.remember(recv);
        Record stats = m.stats();
        m.expectMisuse(OutOfRangeException.class, stats, "", "", () -> recv.write(0xffffffffffffffffL, new byte[] {104, 101, 108, 108, 111}));
        m.unchanged(before, recv);
    }

    /**
     * buffer.write (null): null (None, nil) where a value is required; expects
     * InvalidArgumentException, no counter moving.
     */
    @Test
    void buffer_write_buffer_null_data() throws Exception {
        Region region = m.region(0L);
        Buffer recv = m.keep(region.alloc(16L, 16L));
        recv.write(0L, new byte[] {(byte) 0xa0, (byte) 0xa1, (byte) 0xa2, (byte) 0xa3, (byte) 0xa4, (byte) 0xa5, (byte) 0xa6, (byte) 0xa7, (byte) 0xa8, (byte) 0xa9, (byte) 0xaa, (byte) 0xab, (byte) 0xac, (byte) 0xad, (byte) 0xae, (byte) 0xaf});
        byte[][] before = m.remember(recv);
        Record stats = m.stats();
        m.expectMisuse(InvalidArgumentException.class, stats, "", "data", () -> recv.write(0L, null));
        m.unchanged(before, recv);
    }

    /**
     * buffer.read (stale): the object was closed before the call; expects
     * StaleHandleException, stale_rejected +1.
     */
    @Test
    void buffer_read_buffer_stale() throws Exception {
        Region region = m.region(0L);
        Buffer recv = m.keep(region.alloc(16L, 16L));
        recv.write(0L, new byte[] {(byte) 0xa0, (byte) 0xa1, (byte) 0xa2, (byte) 0xa3, (byte) 0xa4, (byte) 0xa5, (byte) 0xa6, (byte) 0xa7, (byte) 0xa8, (byte) 0xa9, (byte) 0xaa, (byte) 0xab, (byte) 0xac, (byte) 0xad, (byte) 0xae, (byte) 0xaf});
        recv.close();
        Record stats = m.stats();
        m.expectMisuse(StaleHandleException.class, stats, "staleRejected", "", () -> recv.read(0L, new byte[4]));
    }

    /**
     * buffer.read (reused): the object was closed and its slot now holds a newer
     * object; expects ReusedHandleException, stale_rejected +1.
     */
    @Test
    void buffer_read_buffer_reused() throws Exception {
        Region region = m.region(0L);
        Buffer recv = m.keep(region.alloc(16L, 16L));
        recv.write(0L, new byte[] {(byte) 0xa0, (byte) 0xa1, (byte) 0xa2, (byte) 0xa3, (byte) 0xa4, (byte) 0xa5, (byte) 0xa6, (byte) 0xa7, (byte) 0xa8, (byte) 0xa9, (byte) 0xaa, (byte) 0xab, (byte) 0xac, (byte) 0xad, (byte) 0xae, (byte) 0xaf});
        recv.close();
        Buffer newer = m.keep(region.alloc(16L, 16L));
        newer.write(0L, new byte[] {(byte) 0xa0, (byte) 0xa1, (byte) 0xa2, (byte) 0xa3, (byte) 0xa4, (byte) 0xa5, (byte) 0xa6, (byte) 0xa7, (byte) 0xa8, (byte) 0xa9, (byte) 0xaa, (byte) 0xab, (byte) 0xac, (byte) 0xad, (byte) 0xae, (byte) 0xaf});
        byte[][] before = m.remember(newer);
        Record stats = m.stats();
        m.expectMisuse(ReusedHandleException.class, stats, "staleRejected", "", () -> recv.read(0L, new byte[4]));
        m.unchanged(before, newer);
    }

    /**
     * buffer.read (forged): a handle that was never issued; expects
     * ForgedHandleException, stale_rejected +1.
     */
    @Test
    void buffer_read_buffer_forged() throws Exception {
        Region region = m.region(0L);
        Buffer recv = Buffer.fromHandle(0x2fffffff00000001L);
        Record stats = m.stats();
        m.expectMisuse(ForgedHandleException.class, stats, "staleRejected", "", () -> recv.read(0L, new byte[4]));
    }

    /**
     * buffer.read (wrong_kind): a live object of another class, adopted under this
     * one; expects WrongKindException, stale_rejected +1.
     */
    @Test
    void buffer_read_buffer_wrong_kind_region() throws Exception {
        Region region = m.region(0L);
        Buffer recv = Buffer.fromHandle(region.handle());
        Record stats = m.stats();
        m.expectMisuse(WrongKindException.class, stats, "staleRejected", "", () -> recv.read(0L, new byte[4]));
    }

    /**
     * buffer.read (after_region_destroy): the object's region was destroyed before the
     * call; expects StaleHandleException, stale_rejected +1.
     */
    @Test
    void buffer_read_buffer_after_region_destroy() throws Exception {
        Region region = m.region(0L);
        Buffer recv = m.keep(region.alloc(16L, 16L));
        recv.write(0L, new byte[] {(byte) 0xa0, (byte) 0xa1, (byte) 0xa2, (byte) 0xa3, (byte) 0xa4, (byte) 0xa5, (byte) 0xa6, (byte) 0xa7, (byte) 0xa8, (byte) 0xa9, (byte) 0xaa, (byte) 0xab, (byte) 0xac, (byte) 0xad, (byte) 0xae, (byte) 0xaf});
        region.close();
        Record stats = m.stats();
        m.expectMisuse(StaleHandleException.class, stats, "staleRejected", "", () -> recv.read(0L, new byte[4]));
    }

    /**
     * buffer.read (while_borrowed): the call needs the object (or its region) free of
     * the view that is live; expects BorrowException, borrow_conflicts +1.
     */
    @Test
    void buffer_read_buffer_while_borrowed_unique() throws Exception {
        Region region = m.region(0L);
        Buffer recv = m.keep(region.alloc(16L, 16L));
        recv.write(0L, new byte[] {(byte) 0xa0, (byte) 0xa1, (byte) 0xa2, (byte) 0xa3, (byte) 0xa4, (byte) 0xa5, (byte) 0xa6, (byte) 0xa7, (byte) 0xa8, (byte) 0xa9, (byte) 0xaa, (byte) 0xab, (byte) 0xac, (byte) 0xad, (byte) 0xae, (byte) 0xaf});
        byte[][] before = m.remember(recv);
        View held = m.keep(recv.view(Access.UNIQUE));
        Record stats = m.stats();
        m.expectMisuse(BorrowException.class, stats, "borrowConflicts", "", () -> recv.read(0L, new byte[4]));
        held.close();
        m.unchanged(before, recv);
    }

    /**
     * buffer.read (absurd_value): an integer far out of range (sizes of 2^32 and more
     * on every target width); expects OutOfRangeException, no counter moving.
     */
    @Test
    void buffer_read_buffer_absurd_value_offset_100000010() throws Exception {
        Region region = m.region(0L);
        Buffer recv = m.keep(region.alloc(16L, 16L));
        recv.write(0L, new byte[] {(byte) 0xa0, (byte) 0xa1, (byte) 0xa2, (byte) 0xa3, (byte) 0xa4, (byte) 0xa5, (byte) 0xa6, (byte) 0xa7, (byte) 0xa8, (byte) 0xa9, (byte) 0xaa, (byte) 0xab, (byte) 0xac, (byte) 0xad, (byte) 0xae, (byte) 0xaf});
        byte[][] before = m.remember(recv);
        Record stats = m.stats();
        m.expectMisuse(OutOfRangeException.class, stats, "", "", () -> recv.read(0x100000010L, new byte[4]));
        m.unchanged(before, recv);
    }

    /**
     * buffer.read (absurd_value): an integer far out of range (sizes of 2^32 and more
     * on every target width); expects OutOfRangeException, no counter moving.
     */
    @Test
    void buffer_read_buffer_absurd_value_offset_10000000000() throws Exception {
        Region region = m.region(0L);
        Buffer recv = m.keep(region.alloc(16L, 16L));
        recv.write(0L, new byte[] {(byte) 0xa0, (byte) 0xa1, (byte) 0xa2, (byte) 0xa3, (byte) 0xa4, (byte) 0xa5, (byte) 0xa6, (byte) 0xa7, (byte) 0xa8, (byte) 0xa9, (byte) 0xaa, (byte) 0xab, (byte) 0xac, (byte) 0xad, (byte) 0xae, (byte) 0xaf});
        byte[][] before = m.remember(recv);
        Record stats = m.stats();
        m.expectMisuse(OutOfRangeException.class, stats, "", "", () -> recv.read(0x10000000000L, new byte[4]));
        m.unchanged(before, recv);
    }

    /**
     * buffer.read (absurd_value): an integer far out of range (sizes of 2^32 and more
     * on every target width); expects OutOfRangeException, no counter moving.
     */
    @Test
    void buffer_read_buffer_absurd_value_offset_ffffffffffffffff() throws Exception {
        Region region = m.region(0L);
        Buffer recv = m.keep(region.alloc(16L, 16L));
        recv.write(0L, new byte[] {(byte) 0xa0, (byte) 0xa1, (byte) 0xa2, (byte) 0xa3, (byte) 0xa4, (byte) 0xa5, (byte) 0xa6, (byte) 0xa7, (byte) 0xa8, (byte) 0xa9, (byte) 0xaa, (byte) 0xab, (byte) 0xac, (byte) 0xad, (byte) 0xae, (byte) 0xaf});
        byte[][] before = m.remember(recv);
        Record stats = m.stats();
        m.expectMisuse(OutOfRangeException.class, stats, "", "", () -> recv.read(0xffffffffffffffffL, new byte[4]));
        m.unchanged(before, recv);
    }

    /**
     * buffer.read (null): null (None, nil) where a value is required; expects
     * InvalidArgumentException, no counter moving.
     */
    @Test
    void buffer_read_buffer_null_dst() throws Exception {
        Region region = m.region(0L);
        Buffer recv = m.keep(region.alloc(16L, 16L));
        recv.write(0L, new byte[] {(byte) 0xa0, (byte) 0xa1, (byte) 0xa2, (byte) 0xa3, (byte) 0xa4, (byte) 0xa5, (byte) 0xa6, (byte) 0xa7, (byte) 0xa8, (byte) 0xa9, (byte) 0xaa, (byte) 0xab, (byte) 0xac, (byte) 0xad, (byte) 0xae, (byte) 0xaf});
        byte[][] before = m.remember(recv);
        Record stats = m.stats();
        m.expectMisuse(InvalidArgumentException.class, stats, "", "dst", () -> recv.read(0L, null));
        m.unchanged(before, recv);
    }

    /**
     * bytes.create (stale): the object was closed before the call; expects
     * StaleHandleException, stale_rejected +1.
     */
    @Test
    void bytes_create_region_stale() throws Exception {
        Region region = m.region(0L);
        region.close();
        Record stats = m.stats();
        m.expectMisuse(StaleHandleException.class, stats, "staleRejected", "", () -> region.bytes(new byte[] {104, 101, 108, 108, 111}));
    }

    /**
     * bytes.create (reused): the object was closed and its slot now holds a newer
     * object; expects ReusedHandleException, stale_rejected +1.
     */
    @Test
    void bytes_create_region_reused() throws Exception {
        Region region = m.region(0L);
        region.close();
        Region newer = m.region(0L);
        Record stats = m.stats();
        m.expectMisuse(ReusedHandleException.class, stats, "staleRejected", "", () -> region.bytes(new byte[] {104, 101, 108, 108, 111}));
    }

    /**
     * bytes.create (forged): a handle that was never issued; expects
     * ForgedHandleException, stale_rejected +1.
     */
    @Test
    void bytes_create_region_forged() throws Exception {
        Region region = m.region(0L);
        Region recv = Region.fromHandle(0x1fffffff00000001L);
        Record stats = m.stats();
        m.expectMisuse(ForgedHandleException.class, stats, "staleRejected", "", () -> recv.bytes(new byte[] {104, 101, 108, 108, 111}));
    }

    /**
     * bytes.create (wrong_kind): a live object of another class, adopted under this
     * one; expects WrongKindException, stale_rejected +1.
     */
    @Test
    void bytes_create_region_wrong_kind_buffer() throws Exception {
        Region region = m.region(0L);
        Buffer other = m.keep(region.alloc(16L, 16L));
        other.write(0L, new byte[] {(byte) 0xa0, (byte) 0xa1, (byte) 0xa2, (byte) 0xa3, (byte) 0xa4, (byte) 0xa5, (byte) 0xa6, (byte) 0xa7, (byte) 0xa8, (byte) 0xa9, (byte) 0xaa, (byte) 0xab, (byte) 0xac, (byte) 0xad, (byte) 0xae, (byte) 0xaf});
        Region recv = Region.fromHandle(other.handle());
        byte[][] before = m.remember(other);
        Record stats = m.stats();
        m.expectMisuse(WrongKindException.class, stats, "staleRejected", "", () -> recv.bytes(new byte[] {104, 101, 108, 108, 111}));
        m.unchanged(before, other);
    }

    /**
     * bytes.create (null): null (None, nil) where a value is required; expects
     * InvalidArgumentException, no counter moving.
     */
    @Test
    void bytes_create_region_null_data() throws Exception {
        Region region = m.region(0L);
        Record stats = m.stats();
        m.expectMisuse(InvalidArgumentException.class, stats, "", "data", () -> region.bytes(null));
    }

    /**
     * bytes.release (reused): the object was closed and its slot now holds a newer
     * object; expects ReusedHandleException, stale_rejected +1.
     */
    @Test
    void bytes_release_bytes_reused() throws Exception {
        Region region = m.region(0L);
        Bytes recv = m.keep(region.bytes(new byte[] {104, 101, 108, 108, 111}));
        recv.close();
        Bytes newer = m.keep(region.bytes(new byte[] {104, 101, 108, 108, 111}));
        Bytes again = Bytes.fromHandle(recv.handle());
        byte[][] before = m.remember(newer);
        Record stats = m.stats();
        m.expectMisuse(ReusedHandleException.class, stats, "staleRejected", "", () -> again.close());
        m.unchanged(before, newer);
    }

    /**
     * bytes.release (forged): a handle that was never issued; expects
     * ForgedHandleException, stale_rejected +1.
     */
    @Test
    void bytes_release_bytes_forged() throws Exception {
        Region region = m.region(0L);
        Bytes recv = Bytes.fromHandle(0x3fffffff00000001L);
        Record stats = m.stats();
        m.expectMisuse(ForgedHandleException.class, stats, "staleRejected", "", () -> recv.close());
    }

    /**
     * bytes.release (wrong_kind): a live object of another class, adopted under this
     * one; expects WrongKindException, stale_rejected +1.
     */
    @Test
    void bytes_release_bytes_wrong_kind_region() throws Exception {
        Region region = m.region(0L);
        Bytes recv = Bytes.fromHandle(region.handle());
        Record stats = m.stats();
        m.expectMisuse(WrongKindException.class, stats, "staleRejected", "", () -> recv.close());
    }

    /**
     * bytes.release (after_region_destroy): the object's region was destroyed before
     * the call; expects StaleHandleException, stale_rejected +1.
     */
    @Test
    void bytes_release_bytes_after_region_destroy() throws Exception {
        Region region = m.region(0L);
        Bytes recv = m.keep(region.bytes(new byte[] {104, 101, 108, 108, 111}));
        region.close();
        Record stats = m.stats();
        m.expectMisuse(StaleHandleException.class, stats, "staleRejected", "", () -> recv.close());
    }

    /**
     * bytes.release (double_release): a second wrapper of an already released handle
     * is closed; expects StaleHandleException, stale_rejected +1.
     */
    @Test
    void bytes_release_bytes_double_release() throws Exception {
        Region region = m.region(0L);
        Bytes recv = m.keep(region.bytes(new byte[] {104, 101, 108, 108, 111}));
        recv.close();
        Bytes again = Bytes.fromHandle(recv.handle());
        Record stats = m.stats();
        m.expectMisuse(StaleHandleException.class, stats, "staleRejected", "", () -> again.close());
    }

    /**
     * bytes.release (while_borrowed): the call needs the object (or its region) free
     * of the view that is live; expects BorrowException, borrow_conflicts +1.
     */
    @Test
    void bytes_release_bytes_while_borrowed_shared() throws Exception {
        Region region = m.region(0L);
        Bytes recv = m.keep(region.bytes(new byte[] {104, 101, 108, 108, 111}));
        byte[][] before = m.remember(recv);
        View held = m.keep(recv.view(Access.SHARED));
        Record stats = m.stats();
        m.expectMisuse(BorrowException.class, stats, "borrowConflicts", "", () -> recv.close());
        held.close();
        m.unchanged(before, recv);
    }

    /**
     * bytes.length (stale): the object was closed before the call; expects
     * StaleHandleException, stale_rejected +1.
     */
    @Test
    void bytes_length_bytes_stale() throws Exception {
        Region region = m.region(0L);
        Bytes recv = m.keep(region.bytes(new byte[] {104, 101, 108, 108, 111}));
        recv.close();
        Record stats = m.stats();
        m.expectMisuse(StaleHandleException.class, stats, "staleRejected", "", () -> recv.length());
    }

    /**
     * bytes.length (reused): the object was closed and its slot now holds a newer
     * object; expects ReusedHandleException, stale_rejected +1.
     */
    @Test
    void bytes_length_bytes_reused() throws Exception {
        Region region = m.region(0L);
        Bytes recv = m.keep(region.bytes(new byte[] {104, 101, 108, 108, 111}));
        recv.close();
        Bytes newer = m.keep(region.bytes(new byte[] {104, 101, 108, 108, 111}));
        byte[][] before = m.remember(newer);
        Record stats = m.stats();
        m.expectMisuse(ReusedHandleException.class, stats, "staleRejected", "", () -> recv.length());
        m.unchanged(before, newer);
    }

    /**
     * bytes.length (forged): a handle that was never issued; expects
     * ForgedHandleException, stale_rejected +1.
     */
    @Test
    void bytes_length_bytes_forged() throws Exception {
        Region region = m.region(0L);
        Bytes recv = Bytes.fromHandle(0x3fffffff00000001L);
        Record stats = m.stats();
        m.expectMisuse(ForgedHandleException.class, stats, "staleRejected", "", () -> recv.length());
    }

    /**
     * bytes.length (wrong_kind): a live object of another class, adopted under this
     * one; expects WrongKindException, stale_rejected +1.
     */
    @Test
    void bytes_length_bytes_wrong_kind_region() throws Exception {
        Region region = m.region(0L);
        Bytes recv = Bytes.fromHandle(region.handle());
        Record stats = m.stats();
        m.expectMisuse(WrongKindException.class, stats, "staleRejected", "", () -> recv.length());
    }

    /**
     * bytes.length (after_region_destroy): the object's region was destroyed before
     * the call; expects StaleHandleException, stale_rejected +1.
     */
    @Test
    void bytes_length_bytes_after_region_destroy() throws Exception {
        Region region = m.region(0L);
        Bytes recv = m.keep(region.bytes(new byte[] {104, 101, 108, 108, 111}));
        region.close();
        Record stats = m.stats();
        m.expectMisuse(StaleHandleException.class, stats, "staleRejected", "", () -> recv.length());
    }

    /**
     * bytes.dup (stale): the object was closed before the call; expects
     * StaleHandleException, stale_rejected +1.
     */
    @Test
    void bytes_dup_bytes_stale() throws Exception {
        Region region = m.region(0L);
        Bytes recv = m.keep(region.bytes(new byte[] {104, 101, 108, 108, 111}));
        recv.close();
        Record stats = m.stats();
        m.expectMisuse(StaleHandleException.class, stats, "staleRejected", "", () -> recv.dup());
    }

    /**
     * bytes.dup (reused): the object was closed and its slot now holds a newer object;
     * expects ReusedHandleException, stale_rejected +1.
     */
    @Test
    void bytes_dup_bytes_reused() throws Exception {
        Region region = m.region(0L);
        Bytes recv = m.keep(region.bytes(new byte[] {104, 101, 108, 108, 111}));
        recv.close();
        Bytes newer = m.keep(region.bytes(new byte[] {104, 101, 108, 108, 111}));
        byte[][] before = m.remember(newer);
        Record stats = m.stats();
        m.expectMisuse(ReusedHandleException.class, stats, "staleRejected", "", () -> recv.dup());
        m.unchanged(before, newer);
    }

    /**
     * bytes.dup (forged): a handle that was never issued; expects
     * ForgedHandleException, stale_rejected +1.
     */
    @Test
    void bytes_dup_bytes_forged() throws Exception {
        Region region = m.region(0L);
        Bytes recv = Bytes.fromHandle(0x3fffffff00000001L);
        Record stats = m.stats();
        m.expectMisuse(ForgedHandleException.class, stats, "staleRejected", "", () -> recv.dup());
    }

    /**
     * bytes.dup (wrong_kind): a live object of another class, adopted under this one;
     * expects WrongKindException, stale_rejected +1.
     */
    @Test
    void bytes_dup_bytes_wrong_kind_region() throws Exception {
        Region region = m.region(0L);
        Bytes recv = Bytes.fromHandle(region.handle());
        Record stats = m.stats();
        m.expectMisuse(WrongKindException.class, stats, "staleRejected", "", () -> recv.dup());
    }

    /**
     * bytes.dup (after_region_destroy): the object's region was destroyed before the
     * call; expects StaleHandleException, stale_rejected +1.
     */
    @Test
    void bytes_dup_bytes_after_region_destroy() throws Exception {
        Region region = m.region(0L);
        Bytes recv = m.keep(region.bytes(new byte[] {104, 101, 108, 108, 111}));
        region.close();
        Record stats = m.stats();
        m.expectMisuse(StaleHandleException.class, stats, "staleRejected", "", () -> recv.dup());
    }

    /**
     * bytes.dup (while_borrowed): the call needs the object (or its region) free of
     * the view that is live; expects BorrowException, borrow_conflicts +1.
     */
    @Test
    void bytes_dup_bytes_while_borrowed_unique() throws Exception {
        Region region = m.region(0L);
        Bytes recv = m.keep(region.bytes(new byte[] {104, 101, 108, 108, 111}));
        byte[][] before = m.remember(recv);
        View held = m.keep(recv.view(Access.UNIQUE));
        Record stats = m.stats();
        m.expectMisuse(BorrowException.class, stats, "borrowConflicts", "", () -> recv.dup());
        held.close();
        m.unchanged(before, recv);
    }

    /**
     * string.create (stale): the object was closed before the call; expects
     * StaleHandleException, stale_rejected +1.
     */
    @Test
    void string_create_region_stale() throws Exception {
        Region region = m.region(0L);
        region.close();
        Record stats = m.stats();
        m.expectMisuse(StaleHandleException.class, stats, "staleRejected", "", () -> region.string(new byte[] {104, 101, 108, 108, 111}));
    }

    /**
     * string.create (reused): the object was closed and its slot now holds a newer
     * object; expects ReusedHandleException, stale_rejected +1.
     */
    @Test
    void string_create_region_reused() throws Exception {
        Region region = m.region(0L);
        region.close();
        Region newer = m.region(0L);
        Record stats = m.stats();
        m.expectMisuse(ReusedHandleException.class, stats, "staleRejected", "", () -> region.string(new byte[] {104, 101, 108, 108, 111}));
    }

    /**
     * string.create (forged): a handle that was never issued; expects
     * ForgedHandleException, stale_rejected +1.
     */
    @Test
    void string_create_region_forged() throws Exception {
        Region region = m.region(0L);
        Region recv = Region.fromHandle(0x1fffffff00000001L);
        Record stats = m.stats();
        m.expectMisuse(ForgedHandleException.class, stats, "staleRejected", "", () -> recv.string(new byte[] {104, 101, 108, 108, 111}));
    }

    /**
     * string.create (wrong_kind): a live object of another class, adopted under this
     * one; expects WrongKindException, stale_rejected +1.
     */
    @Test
    void string_create_region_wrong_kind_buffer() throws Exception {
        Region region = m.region(0L);
        Buffer other = m.keep(region.alloc(16L, 16L));
        other.write(0L, new byte[] {(byte) 0xa0, (byte) 0xa1, (byte) 0xa2, (byte) 0xa3, (byte) 0xa4, (byte) 0xa5, (byte) 0xa6, (byte) 0xa7, (byte) 0xa8, (byte) 0xa9, (byte) 0xaa, (byte) 0xab, (byte) 0xac, (byte) 0xad, (byte) 0xae, (byte) 0xaf});
        Region recv = Region.fromHandle(other.handle());
        byte[][] before = m.remember(other);
        Record stats = m.stats();
        m.expectMisuse(WrongKindException.class, stats, "staleRejected", "", () -> recv.string(new byte[] {104, 101, 108, 108, 111}));
        m.unchanged(before, other);
    }

    /**
     * string.create (null): null (None, nil) where a value is required; expects
     * InvalidArgumentException, no counter moving.
     */
    @Test
    void string_create_region_null_text() throws Exception {
        Region region = m.region(0L);
        Record stats = m.stats();
        m.expectMisuse(InvalidArgumentException.class, stats, "", "text", () -> region.string(null));
    }

    /**
     * string.create (invalid_utf8): text that is not UTF-8; expects
     * InvalidUtf8Exception, no counter moving.
     */
    @Test
    void string_create_region_invalid_utf8_text() throws Exception {
        Region region = m.region(0L);
        Record stats = m.stats();
        m.expectMisuse(InvalidUtf8Exception.class, stats, "", "", () -> region.string(new byte[] {(byte) 0xc3, 40, (byte) 0xff}));
    }

    /**
     * string.release (reused): the object was closed and its slot now holds a newer
     * object; expects ReusedHandleException, stale_rejected +1.
     */
    @Test
    void string_release_string_reused() throws Exception {
        Region region = m.region(0L);
        WeaveHeapString recv = m.keep(region.string(new byte[] {104, 101, 108, 108, 111}));
        recv.close();
        WeaveHeapString newer = m.keep(region.string(new byte[] {104, 101, 108, 108, 111}));
        WeaveHeapString again = WeaveHeapString.fromHandle(recv.handle());
        byte[][] before = m.remember(newer);
        Record stats = m.stats();
        m.expectMisuse(ReusedHandleException.class, stats, "staleRejected", "", () -> again.close());
        m.unchanged(before, newer);
    }

    /**
     * string.release (forged): a handle that was never issued; expects
     * ForgedHandleException, stale_rejected +1.
     */
    @Test
    void string_release_string_forged() throws Exception {
        Region region = m.region(0L);
        WeaveHeapString recv = WeaveHeapString.fromHandle(0x4fffffff00000001L);
        Record stats = m.stats();
        m.expectMisuse(ForgedHandleException.class, stats, "staleRejected", "", () -> recv.close());
    }

    /**
     * string.release (wrong_kind): a live object of another class, adopted under this
     * one; expects WrongKindException, stale_rejected +1.
     */
    @Test
    void string_release_string_wrong_kind_region() throws Exception {
        Region region = m.region(0L);
        WeaveHeapString recv = WeaveHeapString.fromHandle(region.handle());
        Record stats = m.stats();
        m.expectMisuse(WrongKindException.class, stats, "staleRejected", "", () -> recv.close());
    }

    /**
     * string.release (after_region_destroy): the object's region was destroyed before
     * the call; expects StaleHandleException, stale_rejected +1.
     */
    @Test
    void string_release_string_after_region_destroy() throws Exception {
        Region region = m.region(0L);
        WeaveHeapString recv = m.keep(region.string(new byte[] {104, 101, 108, 108, 111}));
        region.close();
        Record stats = m.stats();
        m.expectMisuse(StaleHandleException.class, stats, "staleRejected", "", () -> recv.close());
    }

    /**
     * string.release (double_release): a second wrapper of an already released handle
     * is closed; expects StaleHandleException, stale_rejected +1.
     */
    @Test
    void string_release_string_double_release() throws Exception {
        Region region = m.region(0L);
        WeaveHeapString recv = m.keep(region.string(new byte[] {104, 101, 108, 108, 111}));
        recv.close();
        WeaveHeapString again = WeaveHeapString.fromHandle(recv.handle());
        Record stats = m.stats();
        m.expectMisuse(StaleHandleException.class, stats, "staleRejected", "", () -> again.close());
    }

    /**
     * string.release (while_borrowed): the call needs the object (or its region) free
     * of the view that is live; expects BorrowException, borrow_conflicts +1.
     */
    @Test
    void string_release_string_while_borrowed_shared() throws Exception {
        Region region = m.region(0L);
        WeaveHeapString recv = m.keep(region.string(new byte[] {104, 101, 108, 108, 111}));
        byte[][] before = m.remember(recv);
        View held = m.keep(recv.view(Access.SHARED));
        Record stats = m.stats();
        m.expectMisuse(BorrowException.class, stats, "borrowConflicts", "", () -> recv.close());
        held.close();
        m.unchanged(before, recv);
    }

    /**
     * string.length (stale): the object was closed before the call; expects
     * StaleHandleException, stale_rejected +1.
     */
    @Test
    void string_length_string_stale() throws Exception {
        Region region = m.region(0L);
        WeaveHeapString recv = m.keep(region.string(new byte[] {104, 101, 108, 108, 111}));
        recv.close();
        Record stats = m.stats();
        m.expectMisuse(StaleHandleException.class, stats, "staleRejected", "", () -> recv.length());
    }

    /**
     * string.length (reused): the object was closed and its slot now holds a newer
     * object; expects ReusedHandleException, stale_rejected +1.
     */
    @Test
    void string_length_string_reused() throws Exception {
        Region region = m.region(0L);
        WeaveHeapString recv = m.keep(region.string(new byte[] {104, 101, 108, 108, 111}));
        recv.close();
        WeaveHeapString newer = m.keep(region.string(new byte[] {104, 101, 108, 108, 111}));
        byte[][] before = m.remember(newer);
        Record stats = m.stats();
        m.expectMisuse(ReusedHandleException.class, stats, "staleRejected", "", () -> recv.length());
        m.unchanged(before, newer);
    }

    /**
     * string.length (forged): a handle that was never issued; expects
     * ForgedHandleException, stale_rejected +1.
     */
    @Test
    void string_length_string_forged() throws Exception {
        Region region = m.region(0L);
        WeaveHeapString recv = WeaveHeapString.fromHandle(0x4fffffff00000001L);
        Record stats = m.stats();
        m.expectMisuse(ForgedHandleException.class, stats, "staleRejected", "", () -> recv.length());
    }

    /**
     * string.length (wrong_kind): a live object of another class, adopted under this
     * one; expects WrongKindException, stale_rejected +1.
     */
    @Test
    void string_length_string_wrong_kind_region() throws Exception {
        Region region = m.region(0L);
        WeaveHeapString recv = WeaveHeapString.fromHandle(region.handle());
        Record stats = m.stats();
        m.expectMisuse(WrongKindException.class, stats, "staleRejected", "", () -> recv.length());
    }

    /**
     * string.length (after_region_destroy): the object's region was destroyed before
     * the call; expects StaleHandleException, stale_rejected +1.
     */
    @Test
    void string_length_string_after_region_destroy() throws Exception {
        Region region = m.region(0L);
        WeaveHeapString recv = m.keep(region.string(new byte[] {104, 101, 108, 108, 111}));
        region.close();
        Record stats = m.stats();
        m.expectMisuse(StaleHandleException.class, stats, "staleRejected", "", () -> recv.length());
    }

    /**
     * string.dup (stale): the object was closed before the call; expects
     * StaleHandleException, stale_rejected +1.
     */
    @Test
    void string_dup_string_stale() throws Exception {
        Region region = m.region(0L);
        WeaveHeapString recv = m.keep(region.string(new byte[] {104, 101, 108, 108, 111}));
        recv.close();
        Record stats = m.stats();
        m.expectMisuse(StaleHandleException.class, stats, "staleRejected", "", () -> recv.dup());
    }

    /**
     * string.dup (reused): the object was closed and its slot now holds a newer
     * object; expects ReusedHandleException, stale_rejected +1.
     */
    @Test
    void string_dup_string_reused() throws Exception {
        Region region = m.region(0L);
        WeaveHeapString recv = m.keep(region.string(new byte[] {104, 101, 108, 108, 111}));
        recv.close();
        WeaveHeapString newer = m.keep(region.string(new byte[] {104, 101, 108, 108, 111}));
        byte[][] before = m.remember(newer);
        Record stats = m.stats();
        m.expectMisuse(ReusedHandleException.class, stats, "staleRejected", "", () -> recv.dup());
        m.unchanged(before, newer);
    }

    /**
     * string.dup (forged): a handle that was never issued; expects
     * ForgedHandleException, stale_rejected +1.
     */
    @Test
    void string_dup_string_forged() throws Exception {
        Region region = m.region(0L);
        WeaveHeapString recv = WeaveHeapString.fromHandle(0x4fffffff00000001L);
        Record stats = m.stats();
        m.expectMisuse(ForgedHandleException.class, stats, "staleRejected", "", () -> recv.dup());
    }

    /**
     * string.dup (wrong_kind): a live object of another class, adopted under this one;
     * expects WrongKindException, stale_rejected +1.
     */
    @Test
    void string_dup_string_wrong_kind_region() throws Exception {
        Region region = m.region(0L);
        WeaveHeapString recv = WeaveHeapString.fromHandle(region.handle());
        Record stats = m.stats();
        m.expectMisuse(WrongKindException.class, stats, "staleRejected", "", () -> recv.dup());
    }

    /**
     * string.dup (after_region_destroy): the object's region was destroyed before the
     * call; expects StaleHandleException, stale_rejected +1.
     */
    @Test
    void string_dup_string_after_region_destroy() throws Exception {
        Region region = m.region(0L);
        WeaveHeapString recv = m.keep(region.string(new byte[] {104, 101, 108, 108, 111}));
        region.close();
        Record stats = m.stats();
        m.expectMisuse(StaleHandleException.class, stats, "staleRejected", "", () -> recv.dup());
    }

    /**
     * string.dup (while_borrowed): the call needs the object (or its region) free of
     * the view that is live; expects BorrowException, borrow_conflicts +1.
     */
    @Test
    void string_dup_string_while_borrowed_unique() throws Exception {
        Region region = m.region(0L);
        WeaveHeapString recv = m.keep(region.string(new byte[] {104, 101, 108, 108, 111}));
        byte[][] before = m.remember(recv);
        View held = m.keep(recv.view(Access.UNIQUE));
        Record stats = m.stats();
        m.expectMisuse(BorrowException.class, stats, "borrowConflicts", "", () -> recv.dup());
        held.close();
        m.unchanged(before, recv);
    }

    /**
     * vector.create (stale): the object was closed before the call; expects
     * StaleHandleException, stale_rejected +1.
     */
    @Test
    void vector_create_region_stale() throws Exception {
        Region region = m.region(0L);
        region.close();
        Record stats = m.stats();
        m.expectMisuse(StaleHandleException.class, stats, "staleRejected", "", () -> region.vector(ElementType.of(1), 16L, false));
    }

    /**
     * vector.create (reused): the object was closed and its slot now holds a newer
     * object; expects ReusedHandleException, stale_rejected +1.
     */
    @Test
    void vector_create_region_reused() throws Exception {
        Region region = m.region(0L);
        region.close();
        Region newer = m.region(0L);
        Record stats = m.stats();
        m.expectMisuse(ReusedHandleException.class, stats, "staleRejected", "", () -> region.vector(ElementType.of(1), 16L, false));
    }

    /**
     * vector.create (forged): a handle that was never issued; expects
     * ForgedHandleException, stale_rejected +1.
     */
    @Test
    void vector_create_region_forged() throws Exception {
        Region region = m.region(0L);
        Region recv = Region.fromHandle(0x1fffffff00000001L);
        Record stats = m.stats();
        m.expectMisuse(ForgedHandleException.class, stats, "staleRejected", "", () -> recv.vector(ElementType.of(1), 16L, false));
    }

    /**
     * vector.create (wrong_kind): a live object of another class, adopted under this
     * one; expects WrongKindException, stale_rejected +1.
     */
    @Test
    void vector_create_region_wrong_kind_buffer() throws Exception {
        Region region = m.region(0L);
        Buffer other = m.keep(region.alloc(16L, 16L));
        other.write(0L, new byte[] {(byte) 0xa0, (byte) 0xa1, (byte) 0xa2, (byte) 0xa3, (byte) 0xa4, (byte) 0xa5, (byte) 0xa6, (byte) 0xa7, (byte) 0xa8, (byte) 0xa9, (byte) 0xaa, (byte) 0xab, (byte) 0xac, (byte) 0xad, (byte) 0xae, (byte) 0xaf});
        Region recv = Region.fromHandle(other.handle());
        byte[][] before = m.remember(other);
        Record stats = m.stats();
        m.expectMisuse(WrongKindException.class, stats, "staleRejected", "", () -> recv.vector(ElementType.of(1), 16L, false));
        m.unchanged(before, other);
    }

    /**
     * vector.create (absurd_value): an integer far out of range (sizes of 2^32 and
     * more on every target width); expects InvalidArgumentException, no counter
     * moving.
     */
    @Test
    void vector_create_region_absurd_value_capacity_1000000000001() throws Exception {
        Region region = m.region(0L);
        Record stats = m.stats();
        m.expectMisuse(InvalidArgumentException.class, stats, "", "", () -> region.vector(ElementType.of(1), 0x1000000000001L, false));
    }

    /**
     * vector.create (absurd_value): an integer far out of range (sizes of 2^32 and
     * more on every target width); expects InvalidArgumentException, no counter
     * moving.
     */
    @Test
    void vector_create_region_absurd_value_capacity_ffffffffffffffff() throws Exception {
        Region region = m.region(0L);
        Record stats = m.stats();
        m.expectMisuse(InvalidArgumentException.class, stats, "", "", () -> region.vector(ElementType.of(1), 0xffffffffffffffffL, false));
    }

    /**
     * vector.create (absurd_value): an integer far out of range (sizes of 2^32 and
     * more on every target width); expects OutOfMemoryException, no counter moving.
     */
    @Test
    void vector_create_region_absurd_value_capacity_100000010_limited() throws Exception {
        Region region = m.region(1048576L);
        Record stats = m.stats();
        m.expectMisuse(OutOfMemoryException.class, stats, "", "", () -> region.vector(ElementType.of(1), 0x100000010L, false));
    }

    /**
     * vector.create (absurd_value): an integer far out of range (sizes of 2^32 and
     * more on every target width); expects OutOfMemoryException, no counter moving.
     */
    @Test
    void vector_create_region_absurd_value_capacity_10000000000_limited() throws Exception {
        Region region = m.region(1048576L);
        Record stats = m.stats();
        m.expectMisuse(OutOfMemoryException.class, stats, "", "", () -> region.vector(ElementType.of(1), 0x10000000000L, false));
    }

    /**
     * vector.create (absurd_value): an integer far out of range (sizes of 2^32 and
     * more on every target width); expects OutOfMemoryException, no counter moving.
     */
    @Test
    void vector_create_region_absurd_value_capacity_1000000000000_limited() throws Exception {
        Region region = m.region(1048576L);
        Record stats = m.stats();
        m.expectMisuse(OutOfMemoryException.class, stats, "", "", () -> region.vector(ElementType.of(1), 0x1000000000000L, false));
    }

    /**
     * vector.create (absurd_value): an integer far out of range (sizes of 2^32 and
     * more on every target width); expects OutOfMemoryException, no counter moving.
     */
    @Test
    void vector_create_region_absurd_value_capacity_10000000000() throws Exception {
        Region region = m.region(0L);
        Record stats = m.stats();
        m.expectMisuse(OutOfMemoryException.class, stats, "", "", () -> region.vector(ElementType.of(1), 0x10000000000L, false));
    }

    /**
     * vector.create (absurd_value): an integer far out of range (sizes of 2^32 and
     * more on every target width); expects OutOfMemoryException, no counter moving.
     */
    @Test
    void vector_create_region_absurd_value_capacity_1000000000000() throws Exception {
        Region region = m.region(0L);
        Record stats = m.stats();
        m.expectMisuse(OutOfMemoryException.class, stats, "", "", () -> region.vector(ElementType.of(1), 0x1000000000000L, false));
    }

    /**
     * vector.release (reused): the object was closed and its slot now holds a newer
     * object; expects ReusedHandleException, stale_rejected +1.
     */
    @Test
    void vector_release_vector_reused() throws Exception {
        Region region = m.region(0L);
        Vector recv = m.keep(region.vector(ElementType.of(1), 16L, false));
        recv.close();
        Vector newer = m.keep(region.vector(ElementType.of(1), 16L, false));
        Vector again = Vector.fromHandle(recv.handle());
        byte[][] before = m.remember(newer);
        Record stats = m.stats();
        m.expectMisuse(ReusedHandleException.class, stats, "staleRejected", "", () -> again.close());
        m.unchanged(before, newer);
    }

    /**
     * vector.release (forged): a handle that was never issued; expects
     * ForgedHandleException, stale_rejected +1.
     */
    @Test
    void vector_release_vector_forged() throws Exception {
        Region region = m.region(0L);
        Vector recv = Vector.fromHandle(0x7fffffff00000001L);
        Record stats = m.stats();
        m.expectMisuse(ForgedHandleException.class, stats, "staleRejected", "", () -> recv.close());
    }

    /**
     * vector.release (wrong_kind): a live object of another class, adopted under this
     * one; expects WrongKindException, stale_rejected +1.
     */
    @Test
    void vector_release_vector_wrong_kind_region() throws Exception {
        Region region = m.region(0L);
        Vector recv = Vector.fromHandle(region.handle());
        Record stats = m.stats();
        m.expectMisuse(WrongKindException.class, stats, "staleRejected", "", () -> recv.close());
    }

    /**
     * vector.release (after_region_destroy): the object's region was destroyed before
     * the call; expects StaleHandleException, stale_rejected +1.
     */
    @Test
    void vector_release_vector_after_region_destroy() throws Exception {
        Region region = m.region(0L);
        Vector recv = m.keep(region.vector(ElementType.of(1), 16L, false));
        region.close();
        Record stats = m.stats();
        m.expectMisuse(StaleHandleException.class, stats, "staleRejected", "", () -> recv.close());
    }

    /**
     * vector.release (double_release): a second wrapper of an already released handle
     * is closed; expects StaleHandleException, stale_rejected +1.
     */
    @Test
    void vector_release_vector_double_release() throws Exception {
        Region region = m.region(0L);
        Vector recv = m.keep(region.vector(ElementType.of(1), 16L, false));
        recv.close();
        Vector again = Vector.fromHandle(recv.handle());
        Record stats = m.stats();
        m.expectMisuse(StaleHandleException.class, stats, "staleRejected", "", () -> again.close());
    }

    /**
     * vector.release (while_borrowed): the call needs the object (or its region) free
     * of the view that is live; expects BorrowException, borrow_conflicts +1.
     */
    @Test
    void vector_release_vector_while_borrowed_shared() throws Exception {
        Region region = m.region(0L);
        Vector recv = m.keep(region.vector(ElementType.of(1), 16L, false));
        byte[][] before = m.remember(recv);
        View held = m.keep(recv.view(Access.SHARED));
        Record stats = m.stats();
        m.expectMisuse(BorrowException.class, stats, "borrowConflicts", "", () -> recv.close());
        held.close();
        m.unchanged(before, recv);
    }

    /**
     * vector.length (stale): the object was closed before the call; expects
     * StaleHandleException, stale_rejected +1.
     */
    @Test
    void vector_length_vector_stale() throws Exception {
        Region region = m.region(0L);
        Vector recv = m.keep(region.vector(ElementType.of(1), 16L, false));
        recv.close();
        Record stats = m.stats();
        m.expectMisuse(StaleHandleException.class, stats, "staleRejected", "", () -> recv.length());
    }

    /**
     * vector.length (reused): the object was closed and its slot now holds a newer
     * object; expects ReusedHandleException, stale_rejected +1.
     */
    @Test
    void vector_length_vector_reused() throws Exception {
        Region region = m.region(0L);
        Vector recv = m.keep(region.vector(ElementType.of(1), 16L, false));
        recv.close();
        Vector newer = m.keep(region.vector(ElementType.of(1), 16L, false));
        byte[][] before = m.remember(newer);
        Record stats = m.stats();
        m.expectMisuse(ReusedHandleException.class, stats, "staleRejected", "", () -> recv.length());
        m.unchanged(before, newer);
    }

    /**
     * vector.length (forged): a handle that was never issued; expects
     * ForgedHandleException, stale_rejected +1.
     */
    @Test
    void vector_length_vector_forged() throws Exception {
        Region region = m.region(0L);
        Vector recv = Vector.fromHandle(0x7fffffff00000001L);
        Record stats = m.stats();
        m.expectMisuse(ForgedHandleException.class, stats, "staleRejected", "", () -> recv.length());
    }

    /**
     * vector.length (wrong_kind): a live object of another class, adopted under this
     * one; expects WrongKindException, stale_rejected +1.
     */
    @Test
    void vector_length_vector_wrong_kind_region() throws Exception {
        Region region = m.region(0L);
        Vector recv = Vector.fromHandle(region.handle());
        Record stats = m.stats();
        m.expectMisuse(WrongKindException.class, stats, "staleRejected", "", () -> recv.length());
    }

    /**
     * vector.length (after_region_destroy): the object's region was destroyed before
     * the call; expects StaleHandleException, stale_rejected +1.
     */
    @Test
    void vector_length_vector_after_region_destroy() throws Exception {
        Region region = m.region(0L);
        Vector recv = m.keep(region.vector(ElementType.of(1), 16L, false));
        region.close();
        Record stats = m.stats();
        m.expectMisuse(StaleHandleException.class, stats, "staleRejected", "", () -> recv.length());
    }

    /**
     * vector.capacity (stale): the object was closed before the call; expects
     * StaleHandleException, stale_rejected +1.
     */
    @Test
    void vector_capacity_vector_stale() throws Exception {
        Region region = m.region(0L);
        Vector recv = m.keep(region.vector(ElementType.of(1), 16L, false));
        recv.close();
        Record stats = m.stats();
        m.expectMisuse(StaleHandleException.class, stats, "staleRejected", "", () -> recv.capacity());
    }

    /**
     * vector.capacity (reused): the object was closed and its slot now holds a newer
     * object; expects ReusedHandleException, stale_rejected +1.
     */
    @Test
    void vector_capacity_vector_reused() throws Exception {
        Region region = m.region(0L);
        Vector recv = m.keep(region.vector(ElementType.of(1), 16L, false));
        recv.close();
        Vector newer = m.keep(region.vector(ElementType.of(1), 16L, false));
        byte[][] before = m.remember(newer);
        Record stats = m.stats();
        m.expectMisuse(ReusedHandleException.class, stats, "staleRejected", "", () -> recv.capacity());
        m.unchanged(before, newer);
    }

    /**
     * vector.capacity (forged): a handle that was never issued; expects
     * ForgedHandleException, stale_rejected +1.
     */
    @Test
    void vector_capacity_vector_forged() throws Exception {
        Region region = m.region(0L);
        Vector recv = Vector.fromHandle(0x7fffffff00000001L);
        Record stats = m.stats();
        m.expectMisuse(ForgedHandleException.class, stats, "staleRejected", "", () -> recv.capacity());
    }

    /**
     * vector.capacity (wrong_kind): a live object of another class, adopted under this
     * one; expects WrongKindException, stale_rejected +1.
     */
    @Test
    void vector_capacity_vector_wrong_kind_region() throws Exception {
        Region region = m.region(0L);
        Vector recv = Vector.fromHandle(region.handle());
        Record stats = m.stats();
        m.expectMisuse(WrongKindException.class, stats, "staleRejected", "", () -> recv.capacity());
    }

    /**
     * vector.capacity (after_region_destroy): the object's region was destroyed before
     * the call; expects StaleHandleException, stale_rejected +1.
     */
    @Test
    void vector_capacity_vector_after_region_destroy() throws Exception {
        Region region = m.region(0L);
        Vector recv = m.keep(region.vector(ElementType.of(1), 16L, false));
        region.close();
        Record stats = m.stats();
        m.expectMisuse(StaleHandleException.class, stats, "staleRejected", "", () -> recv.capacity());
    }

    /**
     * vector.resize (stale): the object was closed before the call; expects
     * StaleHandleException, stale_rejected +1.
     */
    @Test
    void vector_resize_vector_stale() throws Exception {
        Region region = m.region(0L);
        Vector recv = m.keep(region.vector(ElementType.of(1), 16L, false));
        recv.close();
        Record stats = m.stats();
        m.expectMisuse(StaleHandleException.class, stats, "staleRejected", "", () -> recv.resize(16L));
    }

    /**
     * vector.resize (reused): the object was closed and its slot now holds a newer
     * object; expects ReusedHandleException, stale_rejected +1.
     */
    @Test
    void vector_resize_vector_reused() throws Exception {
        Region region = m.region(0L);
        Vector recv = m.keep(region.vector(ElementType.of(1), 16L, false));
        recv.close();
        Vector newer = m.keep(region.vector(ElementType.of(1), 16L, false));
        byte[][] before = m.remember(newer);
        Record stats = m.stats();
        m.expectMisuse(ReusedHandleException.class, stats, "staleRejected", "", () -> recv.resize(16L));
        m.unchanged(before, newer);
    }

    /**
     * vector.resize (forged): a handle that was never issued; expects
     * ForgedHandleException, stale_rejected +1.
     */
    @Test
    void vector_resize_vector_forged() throws Exception {
        Region region = m.region(0L);
        Vector recv = Vector.fromHandle(0x7fffffff00000001L);
        Record stats = m.stats();
        m.expectMisuse(ForgedHandleException.class, stats, "staleRejected", "", () -> recv.resize(16L));
    }

    /**
     * vector.resize (wrong_kind): a live object of another class, adopted under this
     * one; expects WrongKindException, stale_rejected +1.
     */
    @Test
    void vector_resize_vector_wrong_kind_region() throws Exception {
        Region region = m.region(0L);
        Vector recv = Vector.fromHandle(region.handle());
        Record stats = m.stats();
        m.expectMisuse(WrongKindException.class, stats, "staleRejected", "", () -> recv.resize(16L));
    }

    /**
     * vector.resize (after_region_destroy): the object's region was destroyed before
     * the call; expects StaleHandleException, stale_rejected +1.
     */
    @Test
    void vector_resize_vector_after_region_destroy() throws Exception {
        Region region = m.region(0L);
        Vector recv = m.keep(region.vector(ElementType.of(1), 16L, false));
        region.close();
        Record stats = m.stats();
        m.expectMisuse(StaleHandleException.class, stats, "staleRejected", "", () -> recv.resize(16L));
    }

    /**
     * vector.resize (while_borrowed): the call needs the object (or its region) free
     * of the view that is live; expects BorrowException, borrow_conflicts +1.
     */
    @Test
    void vector_resize_vector_while_borrowed_shared() throws Exception {
        Region region = m.region(0L);
        Vector recv = m.keep(region.vector(ElementType.of(1), 16L, false));
        byte[][] before = m.remember(recv);
        View held = m.keep(recv.view(Access.SHARED));
        Record stats = m.stats();
        m.expectMisuse(BorrowException.class, stats, "borrowConflicts", "", () -> recv.resize(16L));
        held.close();
        m.unchanged(before, recv);
    }

    /**
     * vector.resize (absurd_value): an integer far out of range (sizes of 2^32 and
     * more on every target width); expects InvalidArgumentException, no counter
     * moving.
     */
    @Test
    void vector_resize_vector_absurd_value_capacity_1000000000001() throws Exception {
        Region region = m.region(0L);
        Vector recv = m.keep(region.vector(ElementType.of(1), 16L, false));
        byte[][] before = m.remember(recv);
        Record stats = m.stats();
        m.expectMisuse(InvalidArgumentException.class, stats, "", "", () -> recv.resize(0x1000000000001L));
        m.unchanged(before, recv);
    }

    /**
     * vector.resize (absurd_value): an integer far out of range (sizes of 2^32 and
     * more on every target width); expects InvalidArgumentException, no counter
     * moving.
     */
    @Test
    void vector_resize_vector_absurd_value_capacity_ffffffffffffffff() throws Exception {
        Region region = m.region(0L);
        Vector recv = m.keep(region.vector(ElementType.of(1), 16L, false));
        byte[][] before = m.remember(recv);
        Record stats = m.stats();
        m.expectMisuse(InvalidArgumentException.class, stats, "", "", () -> recv.resize(0xffffffffffffffffL));
        m.unchanged(before, recv);
    }

    /**
     * vector.resize (absurd_value): an integer far out of range (sizes of 2^32 and
     * more on every target width); expects OutOfMemoryException, no counter moving.
     */
    @Test
    void vector_resize_vector_absurd_value_capacity_100000010_limited() throws Exception {
        Region region = m.region(1048576L);
        Vector recv = m.keep(region.vector(ElementType.of(1), 16L, false));
        byte[][] before = m.remember(recv);
        Record stats = m.stats();
        m.expectMisuse(OutOfMemoryException.class, stats, "", "", () -> recv.resize(0x100000010L));
        m.unchanged(before, recv);
    }

    /**
     * vector.resize (absurd_value): an integer far out of range (sizes of 2^32 and
     * more on every target width); expects OutOfMemoryException, no counter moving.
     */
    @Test
    void vector_resize_vector_absurd_value_capacity_10000000000_limited() throws Exception {
        Region region = m.region(1048576L);
        Vector recv = m.keep(region.vector(ElementType.of(1), 16L, false));
        byte[][] before = m.remember(recv);
        Record stats = m.stats();
        m.expectMisuse(OutOfMemoryException.class, stats, "", "", () -> recv.resize(0x10000000000L));
        m.unchanged(before, recv);
    }

    /**
     * vector.resize (absurd_value): an integer far out of range (sizes of 2^32 and
     * more on every target width); expects OutOfMemoryException, no counter moving.
     */
    @Test
    void vector_resize_vector_absurd_value_capacity_1000000000000_limited() throws Exception {
        Region region = m.region(1048576L);
        Vector recv = m.keep(region.vector(ElementType.of(1), 16L, false));
        byte[][] before = m.remember(recv);
        Record stats = m.stats();
        m.expectMisuse(OutOfMemoryException.class, stats, "", "", () -> recv.resize(0x1000000000000L));
        m.unchanged(before, recv);
    }

    /**
     * vector.resize (absurd_value): an integer far out of range (sizes of 2^32 and
     * more on every target width); expects OutOfMemoryException, no counter moving.
     */
    @Test
    void vector_resize_vector_absurd_value_capacity_10000000000() throws Exception {
        Region region = m.region(0L);
        Vector recv = m.keep(region.vector(ElementType.of(1), 16L, false));
        byte[][] before = m.remember(recv);
        Record stats = m.stats();
        m.expectMisuse(OutOfMemoryException.class, stats, "", "", () -> recv.resize(0x10000000000L));
        m.unchanged(before, recv);
    }

    /**
     * vector.resize (absurd_value): an integer far out of range (sizes of 2^32 and
     * more on every target width); expects OutOfMemoryException, no counter moving.
     */
    @Test
    void vector_resize_vector_absurd_value_capacity_1000000000000() throws Exception {
        Region region = m.region(0L);
        Vector recv = m.keep(region.vector(ElementType.of(1), 16L, false));
        byte[][] before = m.remember(recv);
        Record stats = m.stats();
        m.expectMisuse(OutOfMemoryException.class, stats, "", "", () -> recv.resize(0x1000000000000L));
        m.unchanged(before, recv);
    }

    /**
     * vector.element_type (stale): the object was closed before the call; expects
     * StaleHandleException, stale_rejected +1.
     */
    @Test
    void vector_element_type_vector_stale() throws Exception {
        Region region = m.region(0L);
        Vector recv = m.keep(region.vector(ElementType.of(1), 16L, false));
        recv.close();
        Record stats = m.stats();
        m.expectMisuse(StaleHandleException.class, stats, "staleRejected", "", () -> recv.elementType());
    }

    /**
     * vector.element_type (reused): the object was closed and its slot now holds a
     * newer object; expects ReusedHandleException, stale_rejected +1.
     */
    @Test
    void vector_element_type_vector_reused() throws Exception {
        Region region = m.region(0L);
        Vector recv = m.keep(region.vector(ElementType.of(1), 16L, false));
        recv.close();
        Vector newer = m.keep(region.vector(ElementType.of(1), 16L, false));
        byte[][] before = m.remember(newer);
        Record stats = m.stats();
        m.expectMisuse(ReusedHandleException.class, stats, "staleRejected", "", () -> recv.elementType());
        m.unchanged(before, newer);
    }

    /**
     * vector.element_type (forged): a handle that was never issued; expects
     * ForgedHandleException, stale_rejected +1.
     */
    @Test
    void vector_element_type_vector_forged() throws Exception {
        Region region = m.region(0L);
        Vector recv = Vector.fromHandle(0x7fffffff00000001L);
        Record stats = m.stats();
        m.expectMisuse(ForgedHandleException.class, stats, "staleRejected", "", () -> recv.elementType());
    }

    /**
     * vector.element_type (wrong_kind): a live object of another class, adopted under
     * this one; expects WrongKindException, stale_rejected +1.
     */
    @Test
    void vector_element_type_vector_wrong_kind_region() throws Exception {
        Region region = m.region(0L);
        Vector recv = Vector.fromHandle(region.handle());
        Record stats = m.stats();
        m.expectMisuse(WrongKindException.class, stats, "staleRejected", "", () -> recv.elementType());
    }

    /**
     * vector.element_type (after_region_destroy): the object's region was destroyed
     * before the call; expects StaleHandleException, stale_rejected +1.
     */
    @Test
    void vector_element_type_vector_after_region_destroy() throws Exception {
        Region region = m.region(0L);
        Vector recv = m.keep(region.vector(ElementType.of(1), 16L, false));
        region.close();
        Record stats = m.stats();
        m.expectMisuse(StaleHandleException.class, stats, "staleRejected", "", () -> recv.elementType());
    }

    /**
     * vector.null_count (stale): the object was closed before the call; expects
     * StaleHandleException, stale_rejected +1.
     */
    @Test
    void vector_null_count_vector_stale() throws Exception {
        Region region = m.region(0L);
        Vector recv = m.keep(region.vector(ElementType.of(1), 16L, false));
        recv.close();
        Record stats = m.stats();
        m.expectMisuse(StaleHandleException.class, stats, "staleRejected", "", () -> recv.nullCount());
    }

    /**
     * vector.null_count (reused): the object was closed and its slot now holds a newer
     * object; expects ReusedHandleException, stale_rejected +1.
     */
    @Test
    void vector_null_count_vector_reused() throws Exception {
        Region region = m.region(0L);
        Vector recv = m.keep(region.vector(ElementType.of(1), 16L, false));
        recv.close();
        Vector newer = m.keep(region.vector(ElementType.of(1), 16L, false));
        byte[][] before = m.remember(newer);
        Record stats = m.stats();
        m.expectMisuse(ReusedHandleException.class, stats, "staleRejected", "", () -> recv.nullCount());
        m.unchanged(before, newer);
    }

    /**
     * vector.null_count (forged): a handle that was never issued; expects
     * ForgedHandleException, stale_rejected +1.
     */
    @Test
    void vector_null_count_vector_forged() throws Exception {
        Region region = m.region(0L);
        Vector recv = Vector.fromHandle(0x7fffffff00000001L);
        Record stats = m.stats();
        m.expectMisuse(ForgedHandleException.class, stats, "staleRejected", "", () -> recv.nullCount());
    }

    /**
     * vector.null_count (wrong_kind): a live object of another class, adopted under
     * this one; expects WrongKindException, stale_rejected +1.
     */
    @Test
    void vector_null_count_vector_wrong_kind_region() throws Exception {
        Region region = m.region(0L);
        Vector recv = Vector.fromHandle(region.handle());
        Record stats = m.stats();
        m.expectMisuse(WrongKindException.class, stats, "staleRejected", "", () -> recv.nullCount());
    }

    /**
     * vector.null_count (after_region_destroy): the object's region was destroyed
     * before the call; expects StaleHandleException, stale_rejected +1.
     */
    @Test
    void vector_null_count_vector_after_region_destroy() throws Exception {
        Region region = m.region(0L);
        Vector recv = m.keep(region.vector(ElementType.of(1), 16L, false));
        region.close();
        Record stats = m.stats();
        m.expectMisuse(StaleHandleException.class, stats, "staleRejected", "", () -> recv.nullCount());
    }

    /**
     * vector.append (stale): the object was closed before the call; expects
     * StaleHandleException, stale_rejected +1.
     */
    @Test
    void vector_append_vector_stale() throws Exception {
        Region region = m.region(0L);
        Vector recv = m.keep(region.vector(ElementType.of(1), 16L, false));
        recv.close();
        Record stats = m.stats();
        m.expectMisuse(StaleHandleException.class, stats, "staleRejected", "", () -> recv.append(0L));
    }

    /**
     * vector.append (reused): the object was closed and its slot now holds a newer
     * object; expects ReusedHandleException, stale_rejected +1.
     */
    @Test
    void vector_append_vector_reused() throws Exception {
        Region region = m.region(0L);
        Vector recv = m.keep(region.vector(ElementType.of(1), 16L, false));
        recv.close();
        Vector newer = m.keep(region.vector(ElementType.of(1), 16L, false));
        byte[][] before = m.remember(newer);
        Record stats = m.stats();
        m.expectMisuse(ReusedHandleException.class, stats, "staleRejected", "", () -> recv.append(0L));
        m.unchanged(before, newer);
    }

    /**
     * vector.append (forged): a handle that was never issued; expects
     * ForgedHandleException, stale_rejected +1.
     */
    @Test
    void vector_append_vector_forged() throws Exception {
        Region region = m.region(0L);
        Vector recv = Vector.fromHandle(0x7fffffff00000001L);
        Record stats = m.stats();
        m.expectMisuse(ForgedHandleException.class, stats, "staleRejected", "", () -> recv.append(0L));
    }

    /**
     * vector.append (wrong_kind): a live object of another class, adopted under this
     * one; expects WrongKindException, stale_rejected +1.
     */
    @Test
    void vector_append_vector_wrong_kind_region() throws Exception {
        Region region = m.region(0L);
        Vector recv = Vector.fromHandle(region.handle());
        Record stats = m.stats();
        m.expectMisuse(WrongKindException.class, stats, "staleRejected", "", () -> recv.append(0L));
    }

    /**
     * vector.append (after_region_destroy): the object's region was destroyed before
     * the call; expects StaleHandleException, stale_rejected +1.
     */
    @Test
    void vector_append_vector_after_region_destroy() throws Exception {
        Region region = m.region(0L);
        Vector recv = m.keep(region.vector(ElementType.of(1), 16L, false));
        region.close();
        Record stats = m.stats();
        m.expectMisuse(StaleHandleException.class, stats, "staleRejected", "", () -> recv.append(0L));
    }

    /**
     * vector.append (while_borrowed): the call needs the object (or its region) free
     * of the view that is live; expects BorrowException, borrow_conflicts +1.
     */
    @Test
    void vector_append_vector_while_borrowed_shared() throws Exception {
        Region region = m.region(0L);
        Vector recv = m.keep(region.vector(ElementType.of(1), 16L, false));
        byte[][] before = m.remember(recv);
        View held = m.keep(recv.view(Access.SHARED));
        Record stats = m.stats();
        m.expectMisuse(BorrowException.class, stats, "borrowConflicts", "", () -> recv.append(0L));
        held.close();
        m.unchanged(before, recv);
    }

    /**
     * vector.extend (stale): the object was closed before the call; expects
     * StaleHandleException, stale_rejected +1.
     */
    @Test
    void vector_extend_vector_stale() throws Exception {
        Region region = m.region(0L);
        Vector recv = m.keep(region.vector(ElementType.of(1), 16L, false));
        recv.close();
        Record stats = m.stats();
        m.expectMisuse(StaleHandleException.class, stats, "staleRejected", "", () -> recv.extend(new byte[] {104, 101, 108, 108, 111}));
    }

    /**
     * vector.extend (reused): the object was closed and its slot now holds a newer
     * object; expects ReusedHandleException, stale_rejected +1.
     */
    @Test
    void vector_extend_vector_reused() throws Exception {
        Region region = m.region(0L);
        Vector recv = m.keep(region.vector(ElementType.of(1), 16L, false));
        recv.close();
        Vector newer = m.keep(region.vector(ElementType.of(1), 16L, false));
        byte[][] before = m.remember(newer);
        Record stats = m.stats();
        m.expectMisuse(ReusedHandleException.class, stats, "staleRejected", "", () -> recv.extend(new byte[] {104, 101, 108, 108, 111}));
        m.unchanged(before, newer);
    }

    /**
     * vector.extend (forged): a handle that was never issued; expects
     * ForgedHandleException, stale_rejected +1.
     */
    @Test
    void vector_extend_vector_forged() throws Exception {
        Region region = m.region(0L);
        Vector recv = Vector.fromHandle(0x7fffffff00000001L);
        Record stats = m.stats();
        m.expectMisuse(ForgedHandleException.class, stats, "staleRejected", "", () -> recv.extend(new byte[] {104, 101, 108, 108, 111}));
    }

    /**
     * vector.extend (wrong_kind): a live object of another class, adopted under this
     * one; expects WrongKindException, stale_rejected +1.
     */
    @Test
    void vector_extend_vector_wrong_kind_region() throws Exception {
        Region region = m.region(0L);
        Vector recv = Vector.fromHandle(region.handle());
        Record stats = m.stats();
        m.expectMisuse(WrongKindException.class, stats, "staleRejected", "", () -> recv.extend(new byte[] {104, 101, 108, 108, 111}));
    }

    /**
     * vector.extend (after_region_destroy): the object's region was destroyed before
     * the call; expects StaleHandleException, stale_rejected +1.
     */
    @Test
    void vector_extend_vector_after_region_destroy() throws Exception {
        Region region = m.region(0L);
        Vector recv = m.keep(region.vector(ElementType.of(1), 16L, false));
        region.close();
        Record stats = m.stats();
        m.expectMisuse(StaleHandleException.class, stats, "staleRejected", "", () -> recv.extend(new byte[] {104, 101, 108, 108, 111}));
    }

    /**
     * vector.extend (while_borrowed): the call needs the object (or its region) free
     * of the view that is live; expects BorrowException, borrow_conflicts +1.
     */
    @Test
    void vector_extend_vector_while_borrowed_shared() throws Exception {
        Region region = m.region(0L);
        Vector recv = m.keep(region.vector(ElementType.of(1), 16L, false));
        byte[][] before = m.remember(recv);
        View held = m.keep(recv.view(Access.SHARED));
        Record stats = m.stats();
        m.expectMisuse(BorrowException.class, stats, "borrowConflicts", "", () -> recv.extend(new byte[] {104, 101, 108, 108, 111}));
        held.close();
        m.unchanged(before, recv);
    }

    /**
     * vector.extend (null): null (None, nil) where a value is required; expects
     * InvalidArgumentException, no counter moving.
     */
    @Test
    void vector_extend_vector_null_data() throws Exception {
        Region region = m.region(0L);
        Vector recv = m.keep(region.vector(ElementType.of(1), 16L, false));
        byte[][] before = m.remember(recv);
        Record stats = m.stats();
        m.expectMisuse(InvalidArgumentException.class, stats, "", "data", () -> recv.extend(null));
        m.unchanged(before, recv);
    }

    /**
     * vector.append_null (stale): the object was closed before the call; expects
     * StaleHandleException, stale_rejected +1.
     */
    @Test
    void vector_append_null_vector_stale() throws Exception {
        Region region = m.region(0L);
        Vector recv = m.keep(region.vector(ElementType.of(1), 16L, false));
        recv.close();
        Record stats = m.stats();
        m.expectMisuse(StaleHandleException.class, stats, "staleRejected", "", () -> recv.appendNull());
    }

    /**
     * vector.append_null (reused): the object was closed and its slot now holds a
     * newer object; expects ReusedHandleException, stale_rejected +1.
     */
    @Test
    void vector_append_null_vector_reused() throws Exception {
        Region region = m.region(0L);
        Vector recv = m.keep(region.vector(ElementType.of(1), 16L, false));
        recv.close();
        Vector newer = m.keep(region.vector(ElementType.of(1), 16L, false));
        byte[][] before = m.remember(newer);
        Record stats = m.stats();
        m.expectMisuse(ReusedHandleException.class, stats, "staleRejected", "", () -> recv.appendNull());
        m.unchanged(before, newer);
    }

    /**
     * vector.append_null (forged): a handle that was never issued; expects
     * ForgedHandleException, stale_rejected +1.
     */
    @Test
    void vector_append_null_vector_forged() throws Exception {
        Region region = m.region(0L);
        Vector recv = Vector.fromHandle(0x7fffffff00000001L);
        Record stats = m.stats();
        m.expectMisuse(ForgedHandleException.class, stats, "staleRejected", "", () -> recv.appendNull());
    }

    /**
     * vector.append_null (wrong_kind): a live object of another class, adopted under
     * this one; expects WrongKindException, stale_rejected +1.
     */
    @Test
    void vector_append_null_vector_wrong_kind_region() throws Exception {
        Region region = m.region(0L);
        Vector recv = Vector.fromHandle(region.handle());
        Record stats = m.stats();
        m.expectMisuse(WrongKindException.class, stats, "staleRejected", "", () -> recv.appendNull());
    }

    /**
     * vector.append_null (after_region_destroy): the object's region was destroyed
     * before the call; expects StaleHandleException, stale_rejected +1.
     */
    @Test
    void vector_append_null_vector_after_region_destroy() throws Exception {
        Region region = m.region(0L);
        Vector recv = m.keep(region.vector(ElementType.of(1), 16L, false));
        region.close();
        Record stats = m.stats();
        m.expectMisuse(StaleHandleException.class, stats, "staleRejected", "", () -> recv.appendNull());
    }

    /**
     * vector.append_null (while_borrowed): the call needs the object (or its region)
     * free of the view that is live; expects BorrowException, borrow_conflicts +1.
     */
    @Test
    void vector_append_null_vector_while_borrowed_shared() throws Exception {
        Region region = m.region(0L);
        Vector recv = m.keep(region.vector(ElementType.of(1), 16L, false));
        byte[][] before = m.remember(recv);
        View held = m.keep(recv.view(Access.SHARED));
        Record stats = m.stats();
        m.expectMisuse(BorrowException.class, stats, "borrowConflicts", "", () -> recv.appendNull());
        held.close();
        m.unchanged(before, recv);
    }

    /**
     * vector.set (stale): the object was closed before the call; expects
     * StaleHandleException, stale_rejected +1.
     */
    @Test
    void vector_set_vector_stale() throws Exception {
        Region region = m.region(0L);
        Vector recv = m.keep(region.vector(ElementType.of(1), 16L, false));
        recv.close();
        Record stats = m.stats();
        m.expectMisuse(StaleHandleException.class, stats, "staleRejected", "", () -> recv.set(0L, 0L));
    }

    /**
     * vector.set (reused): the object was closed and its slot now holds a newer
     * object; expects ReusedHandleException, stale_rejected +1.
     */
    @Test
    void vector_set_vector_reused() throws Exception {
        Region region = m.region(0L);
        Vector recv = m.keep(region.vector(ElementType.of(1), 16L, false));
        recv.close();
        Vector newer = m.keep(region.vector(ElementType.of(1), 16L, false));
        byte[][] before = m.remember(newer);
        Record stats = m.stats();
        m.expectMisuse(ReusedHandleException.class, stats, "staleRejected", "", () -> recv.set(0L, 0L));
        m.unchanged(before, newer);
    }

    /**
     * vector.set (forged): a handle that was never issued; expects
     * ForgedHandleException, stale_rejected +1.
     */
    @Test
    void vector_set_vector_forged() throws Exception {
        Region region = m.region(0L);
        Vector recv = Vector.fromHandle(0x7fffffff00000001L);
        Record stats = m.stats();
        m.expectMisuse(ForgedHandleException.class, stats, "staleRejected", "", () -> recv.set(0L, 0L));
    }

    /**
     * vector.set (wrong_kind): a live object of another class, adopted under this one;
     * expects WrongKindException, stale_rejected +1.
     */
    @Test
    void vector_set_vector_wrong_kind_region() throws Exception {
        Region region = m.region(0L);
        Vector recv = Vector.fromHandle(region.handle());
        Record stats = m.stats();
        m.expectMisuse(WrongKindException.class, stats, "staleRejected", "", () -> recv.set(0L, 0L));
    }

    /**
     * vector.set (after_region_destroy): the object's region was destroyed before the
     * call; expects StaleHandleException, stale_rejected +1.
     */
    @Test
    void vector_set_vector_after_region_destroy() throws Exception {
        Region region = m.region(0L);
        Vector recv = m.keep(region.vector(ElementType.of(1), 16L, false));
        region.close();
        Record stats = m.stats();
        m.expectMisuse(StaleHandleException.class, stats, "staleRejected", "", () -> recv.set(0L, 0L));
    }

    /**
     * vector.set (while_borrowed): the call needs the object (or its region) free of
     * the view that is live; expects BorrowException, borrow_conflicts +1.
     */
    @Test
    void vector_set_vector_while_borrowed_shared() throws Exception {
        Region region = m.region(0L);
        Vector recv = m.keep(region.vector(ElementType.of(1), 16L, false));
        byte[][] before = m.remember(recv);
        View held = m.keep(recv.view(Access.SHARED));
        Record stats = m.stats();
        m.expectMisuse(BorrowException.class, stats, "borrowConflicts", "", () -> recv.set(0L, 0L));
        held.close();
        m.unchanged(before, recv);
    }

    /**
     * vector.set (absurd_value): an integer far out of range (sizes of 2^32 and more
     * on every target width); expects OutOfRangeException, no counter moving.
     */
    @Test
    void vector_set_vector_absurd_value_index_100000010() throws Exception {
        Region region = m.region(0L);
        Vector recv = m.keep(region.vector(ElementType.of(1), 16L, false));
        byte[][] before = m.remember(recv);
        Record stats = m.stats();
        m.expectMisuse(OutOfRangeException.class, stats, "", "", () -> recv.set(0x100000010L, 0L));
        m.unchanged(before, recv);
    }

    /**
     * vector.set (absurd_value): an integer far out of range (sizes of 2^32 and more
     * on every target width); expects OutOfRangeException, no counter moving.
     */
    @Test
    void vector_set_vector_absurd_value_index_10000000000() throws Exception {
        Region region = m.region(0L);
        Vector recv = m.keep(region.vector(ElementType.of(1), 16L, false));
        byte[][] before = m.remember(recv);
        Record stats = m.stats();
        m.expectMisuse(OutOfRangeException.class, stats, "", "", () -> recv.set(0x10000000000L, 0L));
        m.unchanged(before, recv);
    }

    /**
     * vector.set (absurd_value): an integer far out of range (sizes of 2^32 and more
     * on every target width); expects OutOfRangeException, no counter moving.
     */
    @Test
    void vector_set_vector_absurd_value_index_ffffffffffffffff() throws Exception {
        Region region = m.region(0L);
        Vector recv = m.keep(region.vector(ElementType.of(1), 16L, false));
        byte[][] before = m.remember(recv);
        Record stats = m.stats();
        m.expectMisuse(OutOfRangeException.class, stats, "", "", () -> recv.set(0xffffffffffffffffL, 0L));
        m.unchanged(before, recv);
    }

    /**
     * vector.get (stale): the object was closed before the call; expects
     * StaleHandleException, stale_rejected +1.
     */
    @Test
    void vector_get_vector_stale() throws Exception {
        Region region = m.region(0L);
        Vector recv = m.keep(region.vector(ElementType.of(1), 16L, false));
        recv.close();
        Record stats = m.stats();
        m.expectMisuse(StaleHandleException.class, stats, "staleRejected", "", () -> recv.get(0L));
    }

    /**
     * vector.get (reused): the object was closed and its slot now holds a newer
     * object; expects ReusedHandleException, stale_rejected +1.
     */
    @Test
    void vector_get_vector_reused() throws Exception {
        Region region = m.region(0L);
        Vector recv = m.keep(region.vector(ElementType.of(1), 16L, false));
        recv.close();
        Vector newer = m.keep(region.vector(ElementType.of(1), 16L, false));
        byte[][] before = m.remember(newer);
        Record stats = m.stats();
        m.expectMisuse(ReusedHandleException.class, stats, "staleRejected", "", () -> recv.get(0L));
        m.unchanged(before, newer);
    }

    /**
     * vector.get (forged): a handle that was never issued; expects
     * ForgedHandleException, stale_rejected +1.
     */
    @Test
    void vector_get_vector_forged() throws Exception {
        Region region = m.region(0L);
        Vector recv = Vector.fromHandle(0x7fffffff00000001L);
        Record stats = m.stats();
        m.expectMisuse(ForgedHandleException.class, stats, "staleRejected", "", () -> recv.get(0L));
    }

    /**
     * vector.get (wrong_kind): a live object of another class, adopted under this one;
     * expects WrongKindException, stale_rejected +1.
     */
    @Test
    void vector_get_vector_wrong_kind_region() throws Exception {
        Region region = m.region(0L);
        Vector recv = Vector.fromHandle(region.handle());
        Record stats = m.stats();
        m.expectMisuse(WrongKindException.class, stats, "staleRejected", "", () -> recv.get(0L));
    }

    /**
     * vector.get (after_region_destroy): the object's region was destroyed before the
     * call; expects StaleHandleException, stale_rejected +1.
     */
    @Test
    void vector_get_vector_after_region_destroy() throws Exception {
        Region region = m.region(0L);
        Vector recv = m.keep(region.vector(ElementType.of(1), 16L, false));
        region.close();
        Record stats = m.stats();
        m.expectMisuse(StaleHandleException.class, stats, "staleRejected", "", () -> recv.get(0L));
    }

    /**
     * vector.get (while_borrowed): the call needs the object (or its region) free of
     * the view that is live; expects BorrowException, borrow_conflicts +1.
     */
    @Test
    void vector_get_vector_while_borrowed_unique() throws Exception {
        Region region = m.region(0L);
        Vector recv = m.keep(region.vector(ElementType.of(1), 16L, false));
        byte[][] before = m.remember(recv);
        View held = m.keep(recv.view(Access.UNIQUE));
        Record stats = m.stats();
        m.expectMisuse(BorrowException.class, stats, "borrowConflicts", "", () -> recv.get(0L));
        held.close();
        m.unchanged(before, recv);
    }

    /**
     * vector.get (absurd_value): an integer far out of range (sizes of 2^32 and more
     * on every target width); expects OutOfRangeException, no counter moving.
     */
    @Test
    void vector_get_vector_absurd_value_index_100000010() throws Exception {
        Region region = m.region(0L);
        Vector recv = m.keep(region.vector(ElementType.of(1), 16L, false));
        byte[][] before = m.remember(recv);
        Record stats = m.stats();
        m.expectMisuse(OutOfRangeException.class, stats, "", "", () -> recv.get(0x100000010L));
        m.unchanged(before, recv);
    }

    /**
     * vector.get (absurd_value): an integer far out of range (sizes of 2^32 and more
     * on every target width); expects OutOfRangeException, no counter moving.
     */
    @Test
    void vector_get_vector_absurd_value_index_10000000000() throws Exception {
        Region region = m.region(0L);
        Vector recv = m.keep(region.vector(ElementType.of(1), 16L, false));
        byte[][] before = m.remember(recv);
        Record stats = m.stats();
        m.expectMisuse(OutOfRangeException.class, stats, "", "", () -> recv.get(0x10000000000L));
        m.unchanged(before, recv);
    }

    /**
     * vector.get (absurd_value): an integer far out of range (sizes of 2^32 and more
     * on every target width); expects OutOfRangeException, no counter moving.
     */
    @Test
    void vector_get_vector_absurd_value_index_ffffffffffffffff() throws Exception {
        Region region = m.region(0L);
        Vector recv = m.keep(region.vector(ElementType.of(1), 16L, false));
        byte[][] before = m.remember(recv);
        Record stats = m.stats();
        m.expectMisuse(OutOfRangeException.class, stats, "", "", () -> recv.get(0xffffffffffffffffL));
        m.unchanged(before, recv);
    }

    /**
     * vector.append_f64 (stale): the object was closed before the call; expects
     * StaleHandleException, stale_rejected +1.
     */
    @Test
    void vector_append_f64_vector_stale() throws Exception {
        Region region = m.region(0L);
        Vector recv = m.keep(region.vector(ElementType.of(1), 16L, false));
        recv.close();
        Record stats = m.stats();
        m.expectMisuse(StaleHandleException.class, stats, "staleRejected", "", () -> recv.appendF64(1.5));
    }

    /**
     * vector.append_f64 (reused): the object was closed and its slot now holds a newer
     * object; expects ReusedHandleException, stale_rejected +1.
     */
    @Test
    void vector_append_f64_vector_reused() throws Exception {
        Region region = m.region(0L);
        Vector recv = m.keep(region.vector(ElementType.of(1), 16L, false));
        recv.close();
        Vector newer = m.keep(region.vector(ElementType.of(1), 16L, false));
        byte[][] before = m.remember(newer);
        Record stats = m.stats();
        m.expectMisuse(ReusedHandleException.class, stats, "staleRejected", "", () -> recv.appendF64(1.5));
        m.unchanged(before, newer);
    }

    /**
     * vector.append_f64 (forged): a handle that was never issued; expects
     * ForgedHandleException, stale_rejected +1.
     */
    @Test
    void vector_append_f64_vector_forged() throws Exception {
        Region region = m.region(0L);
        Vector recv = Vector.fromHandle(0x7fffffff00000001L);
        Record stats = m.stats();
        m.expectMisuse(ForgedHandleException.class, stats, "staleRejected", "", () -> recv.appendF64(1.5));
    }

    /**
     * vector.append_f64 (wrong_kind): a live object of another class, adopted under
     * this one; expects WrongKindException, stale_rejected +1.
     */
    @Test
    void vector_append_f64_vector_wrong_kind_region() throws Exception {
        Region region = m.region(0L);
        Vector recv = Vector.fromHandle(region.handle());
        Record stats = m.stats();
        m.expectMisuse(WrongKindException.class, stats, "staleRejected", "", () -> recv.appendF64(1.5));
    }

    /**
     * vector.append_f64 (after_region_destroy): the object's region was destroyed
     * before the call; expects StaleHandleException, stale_rejected +1.
     */
    @Test
    void vector_append_f64_vector_after_region_destroy() throws Exception {
        Region region = m.region(0L);
        Vector recv = m.keep(region.vector(ElementType.of(1), 16L, false));
        region.close();
        Record stats = m.stats();
        m.expectMisuse(StaleHandleException.class, stats, "staleRejected", "", () -> recv.appendF64(1.5));
    }

    /**
     * vector.append_f64 (while_borrowed): the call needs the object (or its region)
     * free of the view that is live; expects BorrowException, borrow_conflicts +1.
     */
    @Test
    void vector_append_f64_vector_while_borrowed_shared() throws Exception {
        Region region = m.region(0L);
        Vector recv = m.keep(region.vector(ElementType.of(1), 16L, false));
        byte[][] before = m.remember(recv);
        View held = m.keep(recv.view(Access.SHARED));
        Record stats = m.stats();
        m.expectMisuse(BorrowException.class, stats, "borrowConflicts", "", () -> recv.appendF64(1.5));
        held.close();
        m.unchanged(before, recv);
    }

    /**
     * vector.set_f64 (stale): the object was closed before the call; expects
     * StaleHandleException, stale_rejected +1.
     */
    @Test
    void vector_set_f64_vector_stale() throws Exception {
        Region region = m.region(0L);
        Vector recv = m.keep(region.vector(ElementType.of(1), 16L, false));
        recv.close();
        Record stats = m.stats();
        m.expectMisuse(StaleHandleException.class, stats, "staleRejected", "", () -> recv.setF64(0L, 1.5));
    }

    /**
     * vector.set_f64 (reused): the object was closed and its slot now holds a newer
     * object; expects ReusedHandleException, stale_rejected +1.
     */
    @Test
    void vector_set_f64_vector_reused() throws Exception {
        Region region = m.region(0L);
        Vector recv = m.keep(region.vector(ElementType.of(1), 16L, false));
        recv.close();
        Vector newer = m.keep(region.vector(ElementType.of(1), 16L, false));
        byte[][] before = m.remember(newer);
        Record stats = m.stats();
        m.expectMisuse(ReusedHandleException.class, stats, "staleRejected", "", () -> recv.setF64(0L, 1.5));
        m.unchanged(before, newer);
    }

    /**
     * vector.set_f64 (forged): a handle that was never issued; expects
     * ForgedHandleException, stale_rejected +1.
     */
    @Test
    void vector_set_f64_vector_forged() throws Exception {
        Region region = m.region(0L);
        Vector recv = Vector.fromHandle(0x7fffffff00000001L);
        Record stats = m.stats();
        m.expectMisuse(ForgedHandleException.class, stats, "staleRejected", "", () -> recv.setF64(0L, 1.5));
    }

    /**
     * vector.set_f64 (wrong_kind): a live object of another class, adopted under this
     * one; expects WrongKindException, stale_rejected +1.
     */
    @Test
    void vector_set_f64_vector_wrong_kind_region() throws Exception {
        Region region = m.region(0L);
        Vector recv = Vector.fromHandle(region.handle());
        Record stats = m.stats();
        m.expectMisuse(WrongKindException.class, stats, "staleRejected", "", () -> recv.setF64(0L, 1.5));
    }

    /**
     * vector.set_f64 (after_region_destroy): the object's region was destroyed before
     * the call; expects StaleHandleException, stale_rejected +1.
     */
    @Test
    void vector_set_f64_vector_after_region_destroy() throws Exception {
        Region region = m.region(0L);
        Vector recv = m.keep(region.vector(ElementType.of(1), 16L, false));
        region.close();
        Record stats = m.stats();
        m.expectMisuse(StaleHandleException.class, stats, "staleRejected", "", () -> recv.setF64(0L, 1.5));
    }

    /**
     * vector.set_f64 (while_borrowed): the call needs the object (or its region) free
     * of the view that is live; expects BorrowException, borrow_conflicts +1.
     */
    @Test
    void vector_set_f64_vector_while_borrowed_shared() throws Exception {
        Region region = m.region(0L);
        Vector recv = m.keep(region.vector(ElementType.of(1), 16L, false));
        byte[][] before = m.remember(recv);
        View held = m.keep(recv.view(Access.SHARED));
        Record stats = m.stats();
        m.expectMisuse(BorrowException.class, stats, "borrowConflicts", "", () -> recv.setF64(0L, 1.5));
        held.close();
        m.unchanged(before, recv);
    }

    /**
     * vector.set_f64 (absurd_value): an integer far out of range (sizes of 2^32 and
     * more on every target width); expects OutOfRangeException, no counter moving.
     */
    @Test
    void vector_set_f64_vector_absurd_value_index_100000010() throws Exception {
        Region region = m.region(0L);
        Vector recv = m.keep(region.vector(ElementType.of(1), 16L, false));
        byte[][] before = m.remember(recv);
        Record stats = m.stats();
        m.expectMisuse(OutOfRangeException.class, stats, "", "", () -> recv.setF64(0x100000010L, 1.5));
        m.unchanged(before, recv);
    }

    /**
     * vector.set_f64 (absurd_value): an integer far out of range (sizes of 2^32 and
     * more on every target width); expects OutOfRangeException, no counter moving.
     */
    @Test
    void vector_set_f64_vector_absurd_value_index_10000000000() throws Exception {
        Region region = m.region(0L);
        Vector recv = m.keep(region.vector(ElementType.of(1), 16L, false));
        byte[][] before = m.remember(recv);
        Record stats = m.stats();
        m.expectMisuse(OutOfRangeException.class, stats, "", "", () -> recv.setF64(0x10000000000L, 1.5));
        m.unchanged(before, recv);
    }

    /**
     * vector.set_f64 (absurd_value): an integer far out of range (sizes of 2^32 and
     * more on every target width); expects OutOfRangeException, no counter moving.
     */
    @Test
    void vector_set_f64_vector_absurd_value_index_ffffffffffffffff() throws Exception {
        Region region = m.region(0L);
        Vector recv = m.keep(region.vector(ElementType.of(1), 16L, false));
        byte[][] before = m.remember(recv);
        Record stats = m.stats();
        m.expectMisuse(OutOfRangeException.class, stats, "", "", () -> recv.setF64(0xffffffffffffffffL, 1.5));
        m.unchanged(before, recv);
    }

    /**
     * vector.get_f64 (stale): the object was closed before the call; expects
     * StaleHandleException, stale_rejected +1.
     */
    @Test
    void vector_get_f64_vector_stale() throws Exception {
        Region region = m.region(0L);
        Vector recv = m.keep(region.vector(ElementType.of(1), 16L, false));
        recv.close();
        Record stats = m.stats();
        m.expectMisuse(StaleHandleException.class, stats, "staleRejected", "", () -> recv.getF64(0L));
    }

    /**
     * vector.get_f64 (reused): the object was closed and its slot now holds a newer
     * object; expects ReusedHandleException, stale_rejected +1.
     */
    @Test
    void vector_get_f64_vector_reused() throws Exception {
        Region region = m.region(0L);
        Vector recv = m.keep(region.vector(ElementType.of(1), 16L, false));
        recv.close();
        Vector newer = m.keep(region.vector(ElementType.of(1), 16L, false));
        byte[][] before = m.remember(newer);
        Record stats = m.stats();
        m.expectMisuse(ReusedHandleException.class, stats, "staleRejected", "", () -> recv.getF64(0L));
        m.unchanged(before, newer);
    }

    /**
     * vector.get_f64 (forged): a handle that was never issued; expects
     * ForgedHandleException, stale_rejected +1.
     */
    @Test
    void vector_get_f64_vector_forged() throws Exception {
        Region region = m.region(0L);
        Vector recv = Vector.fromHandle(0x7fffffff00000001L);
        Record stats = m.stats();
        m.expectMisuse(ForgedHandleException.class, stats, "staleRejected", "", () -> recv.getF64(0L));
    }

    /**
     * vector.get_f64 (wrong_kind): a live object of another class, adopted under this
     * one; expects WrongKindException, stale_rejected +1.
     */
    @Test
    void vector_get_f64_vector_wrong_kind_region() throws Exception {
        Region region = m.region(0L);
        Vector recv = Vector.fromHandle(region.handle());
        Record stats = m.stats();
        m.expectMisuse(WrongKindException.class, stats, "staleRejected", "", () -> recv.getF64(0L));
    }

    /**
     * vector.get_f64 (after_region_destroy): the object's region was destroyed before
     * the call; expects StaleHandleException, stale_rejected +1.
     */
    @Test
    void vector_get_f64_vector_after_region_destroy() throws Exception {
        Region region = m.region(0L);
        Vector recv = m.keep(region.vector(ElementType.of(1), 16L, false));
        region.close();
        Record stats = m.stats();
        m.expectMisuse(StaleHandleException.class, stats, "staleRejected", "", () -> recv.getF64(0L));
    }

    /**
     * vector.get_f64 (while_borrowed): the call needs the object (or its region) free
     * of the view that is live; expects BorrowException, borrow_conflicts +1.
     */
    @Test
    void vector_get_f64_vector_while_borrowed_unique() throws Exception {
        Region region = m.region(0L);
        Vector recv = m.keep(region.vector(ElementType.of(1), 16L, false));
        byte[][] before = m.remember(recv);
        View held = m.keep(recv.view(Access.UNIQUE));
        Record stats = m.stats();
        m.expectMisuse(BorrowException.class, stats, "borrowConflicts", "", () -> recv.getF64(0L));
        held.close();
        m.unchanged(before, recv);
    }

    /**
     * vector.get_f64 (absurd_value): an integer far out of range (sizes of 2^32 and
     * more on every target width); expects OutOfRangeException, no counter moving.
     */
    @Test
    void vector_get_f64_vector_absurd_value_index_100000010() throws Exception {
        Region region = m.region(0L);
        Vector recv = m.keep(region.vector(ElementType.of(1), 16L, false));
        byte[][] before = m.remember(recv);
        Record stats = m.stats();
        m.expectMisuse(OutOfRangeException.class, stats, "", "", () -> recv.getF64(0x100000010L));
        m.unchanged(before, recv);
    }

    /**
     * vector.get_f64 (absurd_value): an integer far out of range (sizes of 2^32 and
     * more on every target width); expects OutOfRangeException, no counter moving.
     */
    @Test
    void vector_get_f64_vector_absurd_value_index_10000000000() throws Exception {
        Region region = m.region(0L);
        Vector recv = m.keep(region.vector(ElementType.of(1), 16L, false));
        byte[][] before = m.remember(recv);
        Record stats = m.stats();
        m.expectMisuse(OutOfRangeException.class, stats, "", "", () -> recv.getF64(0x10000000000L));
        m.unchanged(before, recv);
    }

    /**
     * vector.get_f64 (absurd_value): an integer far out of range (sizes of 2^32 and
     * more on every target width); expects OutOfRangeException, no counter moving.
     */
    @Test
    void vector_get_f64_vector_absurd_value_index_ffffffffffffffff() throws Exception {
        Region region = m.region(0L);
        Vector recv = m.keep(region.vector(ElementType.of(1), 16L, false));
        byte[][] before = m.remember(recv);
        Record stats = m.stats();
        m.expectMisuse(OutOfRangeException.class, stats, "", "", () -> recv.getF64(0xffffffffffffffffL));
        m.unchanged(before, recv);
    }

    /**
     * vector.is_valid (stale): the object was closed before the call; expects
     * StaleHandleException, stale_rejected +1.
     */
    @Test
    void vector_is_valid_vector_stale() throws Exception {
        Region region = m.region(0L);
        Vector recv = m.keep(region.vector(ElementType.of(1), 16L, false));
        recv.close();
        Record stats = m.stats();
        m.expectMisuse(StaleHandleException.class, stats, "staleRejected", "", () -> recv.isValid(0L));
    }

    /**
     * vector.is_valid (reused): the object was closed and its slot now holds a newer
     * object; expects ReusedHandleException, stale_rejected +1.
     */
    @Test
    void vector_is_valid_vector_reused() throws Exception {
        Region region = m.region(0L);
        Vector recv = m.keep(region.vector(ElementType.of(1), 16L, false));
        recv.close();
        Vector newer = m.keep(region.vector(ElementType.of(1), 16L, false));
        byte[][] before = m.remember(newer);
        Record stats = m.stats();
        m.expectMisuse(ReusedHandleException.class, stats, "staleRejected", "", () -> recv.isValid(0L));
        m.unchanged(before, newer);
    }

    /**
     * vector.is_valid (forged): a handle that was never issued; expects
     * ForgedHandleException, stale_rejected +1.
     */
    @Test
    void vector_is_valid_vector_forged() throws Exception {
        Region region = m.region(0L);
        Vector recv = Vector.fromHandle(0x7fffffff00000001L);
        Record stats = m.stats();
        m.expectMisuse(ForgedHandleException.class, stats, "staleRejected", "", () -> recv.isValid(0L));
    }

    /**
     * vector.is_valid (wrong_kind): a live object of another class, adopted under this
     * one; expects WrongKindException, stale_rejected +1.
     */
    @Test
    void vector_is_valid_vector_wrong_kind_region() throws Exception {
        Region region = m.region(0L);
        Vector recv = Vector.fromHandle(region.handle());
        Record stats = m.stats();
        m.expectMisuse(WrongKindException.class, stats, "staleRejected", "", () -> recv.isValid(0L));
    }

    /**
     * vector.is_valid (after_region_destroy): the object's region was destroyed before
     * the call; expects StaleHandleException, stale_rejected +1.
     */
    @Test
    void vector_is_valid_vector_after_region_destroy() throws Exception {
        Region region = m.region(0L);
        Vector recv = m.keep(region.vector(ElementType.of(1), 16L, false));
        region.close();
        Record stats = m.stats();
        m.expectMisuse(StaleHandleException.class, stats, "staleRejected", "", () -> recv.isValid(0L));
    }

    /**
     * vector.is_valid (absurd_value): an integer far out of range (sizes of 2^32 and
     * more on every target width); expects OutOfRangeException, no counter moving.
     */
    @Test
    void vector_is_valid_vector_absurd_value_index_100000010() throws Exception {
        Region region = m.region(0L);
        Vector recv = m.keep(region.vector(ElementType.of(1), 16L, false));
        byte[][] before = m.remember(recv);
        Record stats = m.stats();
        m.expectMisuse(OutOfRangeException.class, stats, "", "", () -> recv.isValid(0x100000010L));
        m.unchanged(before, recv);
    }

    /**
     * vector.is_valid (absurd_value): an integer far out of range (sizes of 2^32 and
     * more on every target width); expects OutOfRangeException, no counter moving.
     */
    @Test
    void vector_is_valid_vector_absurd_value_index_10000000000() throws Exception {
        Region region = m.region(0L);
        Vector recv = m.keep(region.vector(ElementType.of(1), 16L, false));
        byte[][] before = m.remember(recv);
        Record stats = m.stats();
        m.expectMisuse(OutOfRangeException.class, stats, "", "", () -> recv.isValid(0x10000000000L));
        m.unchanged(before, recv);
    }

    /**
     * vector.is_valid (absurd_value): an integer far out of range (sizes of 2^32 and
     * more on every target width); expects OutOfRangeException, no counter moving.
     */
    @Test
    void vector_is_valid_vector_absurd_value_index_ffffffffffffffff() throws Exception {
        Region region = m.region(0L);
        Vector recv = m.keep(region.vector(ElementType.of(1), 16L, false));
        byte[][] before = m.remember(recv);
        Record stats = m.stats();
        m.expectMisuse(OutOfRangeException.class, stats, "", "", () -> recv.isValid(0xffffffffffffffffL));
        m.unchanged(before, recv);
    }

    /**
     * vector.read (stale): the object was closed before the call; expects
     * StaleHandleException, stale_rejected +1.
     */
    @Test
    void vector_read_vector_stale() throws Exception {
        Region region = m.region(0L);
        Vector recv = m.keep(region.vector(ElementType.of(1), 16L, false));
        recv.close();
        Record stats = m.stats();
        m.expectMisuse(StaleHandleException.class, stats, "staleRejected", "", () -> recv.read(0L, new byte[4]));
    }

    /**
     * vector.read (reused): the object was closed and its slot now holds a newer
     * object; expects ReusedHandleException, stale_rejected +1.
     */
    @Test
    void vector_read_vector_reused() throws Exception {
        Region region = m.region(0L);
        Vector recv = m.keep(region.vector(ElementType.of(1), 16L, false));
        recv.close();
        Vector newer = m.keep(region.vector(ElementType.of(1), 16L, false));
        byte[][] before = m.remember(newer);
        Record stats = m.stats();
        m.expectMisuse(ReusedHandleException.class, stats, "staleRejected", "", () -> recv.read(0L, new byte[4]));
        m.unchanged(before, newer);
    }

    /**
     * vector.read (forged): a handle that was never issued; expects
     * ForgedHandleException, stale_rejected +1.
     */
    @Test
    void vector_read_vector_forged() throws Exception {
        Region region = m.region(0L);
        Vector recv = Vector.fromHandle(0x7fffffff00000001L);
        Record stats = m.stats();
        m.expectMisuse(ForgedHandleException.class, stats, "staleRejected", "", () -> recv.read(0L, new byte[4]));
    }

    /**
     * vector.read (wrong_kind): a live object of another class, adopted under this
     * one; expects WrongKindException, stale_rejected +1.
     */
    @Test
    void vector_read_vector_wrong_kind_region() throws Exception {
        Region region = m.region(0L);
        Vector recv = Vector.fromHandle(region.handle());
        Record stats = m.stats();
        m.expectMisuse(WrongKindException.class, stats, "staleRejected", "", () -> recv.read(0L, new byte[4]));
    }

    /**
     * vector.read (after_region_destroy): the object's region was destroyed before the
     * call; expects StaleHandleException, stale_rejected +1.
     */
    @Test
    void vector_read_vector_after_region_destroy() throws Exception {
        Region region = m.region(0L);
        Vector recv = m.keep(region.vector(ElementType.of(1), 16L, false));
        region.close();
        Record stats = m.stats();
        m.expectMisuse(StaleHandleException.class, stats, "staleRejected", "", () -> recv.read(0L, new byte[4]));
    }

    /**
     * vector.read (while_borrowed): the call needs the object (or its region) free of
     * the view that is live; expects BorrowException, borrow_conflicts +1.
     */
    @Test
    void vector_read_vector_while_borrowed_unique() throws Exception {
        Region region = m.region(0L);
        Vector recv = m.keep(region.vector(ElementType.of(1), 16L, false));
        byte[][] before = m.remember(recv);
        View held = m.keep(recv.view(Access.UNIQUE));
        Record stats = m.stats();
        m.expectMisuse(BorrowException.class, stats, "borrowConflicts", "", () -> recv.read(0L, new byte[4]));
        held.close();
        m.unchanged(before, recv);
    }

    /**
     * vector.read (absurd_value): an integer far out of range (sizes of 2^32 and more
     * on every target width); expects OutOfRangeException, no counter moving.
     */
    @Test
    void vector_read_vector_absurd_value_offset_100000010() throws Exception {
        Region region = m.region(0L);
        Vector recv = m.keep(region.vector(ElementType.of(1), 16L, false));
        byte[][] before = m.remember(recv);
        Record stats = m.stats();
        m.expectMisuse(OutOfRangeException.class, stats, "", "", () -> recv.read(0x100000010L, new byte[4]));
        m.unchanged(before, recv);
    }

    /**
     * vector.read (absurd_value): an integer far out of range (sizes of 2^32 and more
     * on every target width); expects OutOfRangeException, no counter moving.
     */
    @Test
    void vector_read_vector_absurd_value_offset_10000000000() throws Exception {
        Region region = m.region(0L);
        Vector recv = m.keep(region.vector(ElementType.of(1), 16L, false));
        byte[][] before = m.remember(recv);
        Record stats = m.stats();
        m.expectMisuse(OutOfRangeException.class, stats, "", "", () -> recv.read(0x10000000000L, new byte[4]));
        m.unchanged(before, recv);
    }

    /**
     * vector.read (absurd_value): an integer far out of range (sizes of 2^32 and more
     * on every target width); expects OutOfRangeException, no counter moving.
     */
    @Test
    void vector_read_vector_absurd_value_offset_ffffffffffffffff() throws Exception {
        Region region = m.region(0L);
        Vector recv = m.keep(region.vector(ElementType.of(1), 16L, false));
        byte[][] before = m.remember(recv);
        Record stats = m.stats();
        m.expectMisuse(OutOfRangeException.class, stats, "", "", () -> recv.read(0xffffffffffffffffL, new byte[4]));
        m.unchanged(before, recv);
    }

    /**
     * vector.read (null): null (None, nil) where a value is required; expects
     * InvalidArgumentException, no counter moving.
     */
    @Test
    void vector_read_vector_null_dst() throws Exception {
        Region region = m.region(0L);
        Vector recv = m.keep(region.vector(ElementType.of(1), 16L, false));
        byte[][] before = m.remember(recv);
        Record stats = m.stats();
        m.expectMisuse(InvalidArgumentException.class, stats, "", "dst", () -> recv.read(0L, null));
        m.unchanged(before, recv);
    }

    /**
     * var_vector.create (stale): the object was closed before the call; expects
     * StaleHandleException, stale_rejected +1.
     */
    @Test
    void var_vector_create_region_stale() throws Exception {
        Region region = m.region(0L);
        region.close();
        Record stats = m.stats();
        m.expectMisuse(StaleHandleException.class, stats, "staleRejected", "", () -> region.varVector(16L, 16L, false, false));
    }

    /**
     * var_vector.create (reused): the object was closed and its slot now holds a newer
     * object; expects ReusedHandleException, stale_rejected +1.
     */
    @Test
    void var_vector_create_region_reused() throws Exception {
        Region region = m.region(0L);
        region.close();
        Region newer = m.region(0L);
        Record stats = m.stats();
        m.expectMisuse(ReusedHandleException.class, stats, "staleRejected", "", () -> region.varVector(16L, 16L, false, false));
    }

    /**
     * var_vector.create (forged): a handle that was never issued; expects
     * ForgedHandleException, stale_rejected +1.
     */
    @Test
    void var_vector_create_region_forged() throws Exception {
        Region region = m.region(0L);
        Region recv = Region.fromHandle(0x1fffffff00000001L);
        Record stats = m.stats();
        m.expectMisuse(ForgedHandleException.class, stats, "staleRejected", "", () -> recv.varVector(16L, 16L, false, false));
    }

    /**
     * var_vector.create (wrong_kind): a live object of another class, adopted under
     * this one; expects WrongKindException, stale_rejected +1.
     */
    @Test
    void var_vector_create_region_wrong_kind_buffer() throws Exception {
        Region region = m.region(0L);
        Buffer other = m.keep(region.alloc(16L, 16L));
        other.write(0L, new byte[] {(byte) 0xa0, (byte) 0xa1, (byte) 0xa2, (byte) 0xa3, (byte) 0xa4, (byte) 0xa5, (byte) 0xa6, (byte) 0xa7, (byte) 0xa8, (byte) 0xa9, (byte) 0xaa, (byte) 0xab, (byte) 0xac, (byte) 0xad, (byte) 0xae, (byte) 0xaf});
        Region recv = Region.fromHandle(other.handle());
        byte[][] before = m.remember(other);
        Record stats = m.stats();
        m.expectMisuse(WrongKindException.class, stats, "staleRejected", "", () -> recv.varVector(16L, 16L, false, false));
        m.unchanged(before, other);
    }

    /**
     * var_vector.create (absurd_value): an integer far out of range (sizes of 2^32 and
     * more on every target width); expects InvalidArgumentException, no counter
     * moving.
     */
    @Test
    void var_vector_create_region_absurd_value_capacity_1000000000001() throws Exception {
        Region region = m.region(0L);
        Record stats = m.stats();
        m.expectMisuse(InvalidArgumentException.class, stats, "", "", () -> region.varVector(0x1000000000001L, 16L, false, false));
    }

    /**
     * var_vector.create (absurd_value): an integer far out of range (sizes of 2^32 and
     * more on every target width); expects InvalidArgumentException, no counter
     * moving.
     */
    @Test
    void var_vector_create_region_absurd_value_capacity_ffffffffffffffff() throws Exception {
        Region region = m.region(0L);
        Record stats = m.stats();
        m.expectMisuse(InvalidArgumentException.class, stats, "", "", () -> region.varVector(0xffffffffffffffffL, 16L, false, false));
    }

    /**
     * var_vector.create (absurd_value): an integer far out of range (sizes of 2^32 and
     * more on every target width); expects OutOfMemoryException, no counter moving.
     */
    @Test
    void var_vector_create_region_absurd_value_capacity_100000010_limited() throws Exception {
        Region region = m.region(1048576L);
        Record stats = m.stats();
        m.expectMisuse(OutOfMemoryException.class, stats, "", "", () -> region.varVector(0x100000010L, 16L, false, false));
    }

    /**
     * var_vector.create (absurd_value): an integer far out of range (sizes of 2^32 and
     * more on every target width); expects OutOfMemoryException, no counter moving.
     */
    @Test
    void var_vector_create_region_absurd_value_capacity_10000000000_limited() throws Exception {
        Region region = m.region(1048576L);
        Record stats = m.stats();
        m.expectMisuse(OutOfMemoryException.class, stats, "", "", () -> region.varVector(0x10000000000L, 16L, false, false));
    }

    /**
     * var_vector.create (absurd_value): an integer far out of range (sizes of 2^32 and
     * more on every target width); expects OutOfMemoryException, no counter moving.
     */
    @Test
    void var_vector_create_region_absurd_value_capacity_1000000000000_limited() throws Exception {
        Region region = m.region(1048576L);
        Record stats = m.stats();
        m.expectMisuse(OutOfMemoryException.class, stats, "", "", () -> region.varVector(0x1000000000000L, 16L, false, false));
    }

    /**
     * var_vector.create (absurd_value): an integer far out of range (sizes of 2^32 and
     * more on every target width); expects OutOfMemoryException, no counter moving.
     */
    @Test
    void var_vector_create_region_absurd_value_capacity_10000000000() throws Exception {
        Region region = m.region(0L);
        Record stats = m.stats();
        m.expectMisuse(OutOfMemoryException.class, stats, "", "", () -> region.varVector(0x10000000000L, 16L, false, false));
    }

    /**
     * var_vector.create (absurd_value): an integer far out of range (sizes of 2^32 and
     * more on every target width); expects OutOfMemoryException, no counter moving.
     */
    @Test
    void var_vector_create_region_absurd_value_capacity_1000000000000() throws Exception {
        Region region = m.region(0L);
        Record stats = m.stats();
        m.expectMisuse(OutOfMemoryException.class, stats, "", "", () -> region.varVector(0x1000000000000L, 16L, false, false));
    }

    /**
     * var_vector.create (absurd_value): an integer far out of range (sizes of 2^32 and
     * more on every target width); expects InvalidArgumentException, no counter
     * moving.
     */
    @Test
    void var_vector_create_region_absurd_value_data_capacity_80000000() throws Exception {
        Region region = m.region(0L);
        Record stats = m.stats();
        m.expectMisuse(InvalidArgumentException.class, stats, "", "", () -> region.varVector(16L, 0x80000000L, false, false));
    }

    /**
     * var_vector.create (absurd_value): an integer far out of range (sizes of 2^32 and
     * more on every target width); expects InvalidArgumentException, no counter
     * moving.
     */
    @Test
    void var_vector_create_region_absurd_value_data_capacity_ffffffffffffffff() throws Exception {
        Region region = m.region(0L);
        Record stats = m.stats();
        m.expectMisuse(InvalidArgumentException.class, stats, "", "", () -> region.varVector(16L, 0xffffffffffffffffL, false, false));
    }

    /**
     * var_vector.release (reused): the object was closed and its slot now holds a
     * newer object; expects ReusedHandleException, stale_rejected +1.
     */
    @Test
    void var_vector_release_var_vector_reused() throws Exception {
        Region region = m.region(0L);
        VarVector recv = m.keep(region.varVector(16L, 16L, false, false));
        recv.close();
        VarVector newer = m.keep(region.varVector(16L, 16L, false, false));
        VarVector again = VarVector.fromHandle(recv.handle());
        byte[][] before = m.remember(newer);
        Record stats = m.stats();
        m.expectMisuse(ReusedHandleException.class, stats, "staleRejected", "", () -> again.close());
        m.unchanged(before, newer);
    }

    /**
     * var_vector.release (forged): a handle that was never issued; expects
     * ForgedHandleException, stale_rejected +1.
     */
    @Test
    void var_vector_release_var_vector_forged() throws Exception {
        Region region = m.region(0L);
        VarVector recv = VarVector.fromHandle(0xafffffff00000001L);
        Record stats = m.stats();
        m.expectMisuse(ForgedHandleException.class, stats, "staleRejected", "", () -> recv.close());
    }

    /**
     * var_vector.release (wrong_kind): a live object of another class, adopted under
     * this one; expects WrongKindException, stale_rejected +1.
     */
    @Test
    void var_vector_release_var_vector_wrong_kind_region() throws Exception {
        Region region = m.region(0L);
        VarVector recv = VarVector.fromHandle(region.handle());
        Record stats = m.stats();
        m.expectMisuse(WrongKindException.class, stats, "staleRejected", "", () -> recv.close());
    }

    /**
     * var_vector.release (after_region_destroy): the object's region was destroyed
     * before the call; expects StaleHandleException, stale_rejected +1.
     */
    @Test
    void var_vector_release_var_vector_after_region_destroy() throws Exception {
        Region region = m.region(0L);
        VarVector recv = m.keep(region.varVector(16L, 16L, false, false));
        region.close();
        Record stats = m.stats();
        m.expectMisuse(StaleHandleException.class, stats, "staleRejected", "", () -> recv.close());
    }

    /**
     * var_vector.release (double_release): a second wrapper of an already released
     * handle is closed; expects StaleHandleException, stale_rejected +1.
     */
    @Test
    void var_vector_release_var_vector_double_release() throws Exception {
        Region region = m.region(0L);
        VarVector recv = m.keep(region.varVector(16L, 16L, false, false));
        recv.close();
        VarVector again = VarVector.fromHandle(recv.handle());
        Record stats = m.stats();
        m.expectMisuse(StaleHandleException.class, stats, "staleRejected", "", () -> again.close());
    }

    /**
     * var_vector.release (while_borrowed): the call needs the object (or its region)
     * free of the view that is live; expects BorrowException, borrow_conflicts +1.
     */
    @Test
    void var_vector_release_var_vector_while_borrowed_shared() throws Exception {
        Region region = m.region(0L);
        VarVector recv = m.keep(region.varVector(16L, 16L, false, false));
        byte[][] before = m.remember(recv);
        View held = m.keep(recv.view(Access.SHARED));
        Record stats = m.stats();
        m.expectMisuse(BorrowException.class, stats, "borrowConflicts", "", () -> recv.close());
        held.close();
        m.unchanged(before, recv);
    }

    /**
     * var_vector.length (stale): the object was closed before the call; expects
     * StaleHandleException, stale_rejected +1.
     */
    @Test
    void var_vector_length_var_vector_stale() throws Exception {
        Region region = m.region(0L);
        VarVector recv = m.keep(region.varVector(16L, 16L, false, false));
        recv.close();
        Record stats = m.stats();
        m.expectMisuse(StaleHandleException.class, stats, "staleRejected", "", () -> recv.length());
    }

    /**
     * var_vector.length (reused): the object was closed and its slot now holds a newer
     * object; expects ReusedHandleException, stale_rejected +1.
     */
    @Test
    void var_vector_length_var_vector_reused() throws Exception {
        Region region = m.region(0L);
        VarVector recv = m.keep(region.varVector(16L, 16L, false, false));
        recv.close();
        VarVector newer = m.keep(region.varVector(16L, 16L, false, false));
        byte[][] before = m.remember(newer);
        Record stats = m.stats();
        m.expectMisuse(ReusedHandleException.class, stats, "staleRejected", "", () -> recv.length());
        m.unchanged(before, newer);
    }

    /**
     * var_vector.length (forged): a handle that was never issued; expects
     * ForgedHandleException, stale_rejected +1.
     */
    @Test
    void var_vector_length_var_vector_forged() throws Exception {
        Region region = m.region(0L);
        VarVector recv = VarVector.fromHandle(0xafffffff00000001L);
        Record stats = m.stats();
        m.expectMisuse(ForgedHandleException.class, stats, "staleRejected", "", () -> recv.length());
    }

    /**
     * var_vector.length (wrong_kind): a live object of another class, adopted under
     * this one; expects WrongKindException, stale_rejected +1.
     */
    @Test
    void var_vector_length_var_vector_wrong_kind_region() throws Exception {
        Region region = m.region(0L);
        VarVector recv = VarVector.fromHandle(region.handle());
        Record stats = m.stats();
        m.expectMisuse(WrongKindException.class, stats, "staleRejected", "", () -> recv.length());
    }

    /**
     * var_vector.length (after_region_destroy): the object's region was destroyed
     * before the call; expects StaleHandleException, stale_rejected +1.
     */
    @Test
    void var_vector_length_var_vector_after_region_destroy() throws Exception {
        Region region = m.region(0L);
        VarVector recv = m.keep(region.varVector(16L, 16L, false, false));
        region.close();
        Record stats = m.stats();
        m.expectMisuse(StaleHandleException.class, stats, "staleRejected", "", () -> recv.length());
    }

    /**
     * var_vector.capacity (stale): the object was closed before the call; expects
     * StaleHandleException, stale_rejected +1.
     */
    @Test
    void var_vector_capacity_var_vector_stale() throws Exception {
        Region region = m.region(0L);
        VarVector recv = m.keep(region.varVector(16L, 16L, false, false));
        recv.close();
        Record stats = m.stats();
        m.expectMisuse(StaleHandleException.class, stats, "staleRejected", "", () -> recv.capacity());
    }

    /**
     * var_vector.capacity (reused): the object was closed and its slot now holds a
     * newer object; expects ReusedHandleException, stale_rejected +1.
     */
    @Test
    void var_vector_capacity_var_vector_reused() throws Exception {
        Region region = m.region(0L);
        VarVector recv = m.keep(region.varVector(16L, 16L, false, false));
        recv.close();
        VarVector newer = m.keep(region.varVector(16L, 16L, false, false));
        byte[][] before = m.remember(newer);
        Record stats = m.stats();
        m.expectMisuse(ReusedHandleException.class, stats, "staleRejected", "", () -> recv.capacity());
        m.unchanged(before, newer);
    }

    /**
     * var_vector.capacity (forged): a handle that was never issued; expects
     * ForgedHandleException, stale_rejected +1.
     */
    @Test
    void var_vector_capacity_var_vector_forged() throws Exception {
        Region region = m.region(0L);
        VarVector recv = VarVector.fromHandle(0xafffffff00000001L);
        Record stats = m.stats();
        m.expectMisuse(ForgedHandleException.class, stats, "staleRejected", "", () -> recv.capacity());
    }

    /**
     * var_vector.capacity (wrong_kind): a live object of another class, adopted under
     * this one; expects WrongKindException, stale_rejected +1.
     */
    @Test
    void var_vector_capacity_var_vector_wrong_kind_region() throws Exception {
        Region region = m.region(0L);
        VarVector recv = VarVector.fromHandle(region.handle());
        Record stats = m.stats();
        m.expectMisuse(WrongKindException.class, stats, "staleRejected", "", () -> recv.capacity());
    }

    /**
     * var_vector.capacity (after_region_destroy): the object's region was destroyed
     * before the call; expects StaleHandleException, stale_rejected +1.
     */
    @Test
    void var_vector_capacity_var_vector_after_region_destroy() throws Exception {
        Region region = m.region(0L);
        VarVector recv = m.keep(region.varVector(16L, 16L, false, false));
        region.close();
        Record stats = m.stats();
        m.expectMisuse(StaleHandleException.class, stats, "staleRejected", "", () -> recv.capacity());
    }

    /**
     * var_vector.data_length (stale): the object was closed before the call; expects
     * StaleHandleException, stale_rejected +1.
     */
    @Test
    void var_vector_data_length_var_vector_stale() throws Exception {
        Region region = m.region(0L);
        VarVector recv = m.keep(region.varVector(16L, 16L, false, false));
        recv.close();
        Record stats = m.stats();
        m.expectMisuse(StaleHandleException.class, stats, "staleRejected", "", () -> recv.dataLength());
    }

    /**
     * var_vector.data_length (reused): the object was closed and its slot now holds a
     * newer object; expects ReusedHandleException, stale_rejected +1.
     */
    @Test
    void var_vector_data_length_var_vector_reused() throws Exception {
        Region region = m.region(0L);
        VarVector recv = m.keep(region.varVector(16L, 16L, false, false));
        recv.close();
        VarVector newer = m.keep(region.varVector(16L, 16L, false, false));
        byte[][] before = m.remember(newer);
        Record stats = m.stats();
        m.expectMisuse(ReusedHandleException.class, stats, "staleRejected", "", () -> recv.dataLength());
        m.unchanged(before, newer);
    }

    /**
     * var_vector.data_length (forged): a handle that was never issued; expects
     * ForgedHandleException, stale_rejected +1.
     */
    @Test
    void var_vector_data_length_var_vector_forged() throws Exception {
        Region region = m.region(0L);
        VarVector recv = VarVector.fromHandle(0xafffffff00000001L);
        Record stats = m.stats();
        m.expectMisuse(ForgedHandleException.class, stats, "staleRejected", "", () -> recv.dataLength());
    }

    /**
     * var_vector.data_length (wrong_kind): a live object of another class, adopted
     * under this one; expects WrongKindException, stale_rejected +1.
     */
    @Test
    void var_vector_data_length_var_vector_wrong_kind_region() throws Exception {
        Region region = m.region(0L);
        VarVector recv = VarVector.fromHandle(region.handle());
        Record stats = m.stats();
        m.expectMisuse(WrongKindException.class, stats, "staleRejected", "", () -> recv.dataLength());
    }

    /**
     * var_vector.data_length (after_region_destroy): the object's region was destroyed
     * before the call; expects StaleHandleException, stale_rejected +1.
     */
    @Test
    void var_vector_data_length_var_vector_after_region_destroy() throws Exception {
        Region region = m.region(0L);
        VarVector recv = m.keep(region.varVector(16L, 16L, false, false));
        region.close();
        Record stats = m.stats();
        m.expectMisuse(StaleHandleException.class, stats, "staleRejected", "", () -> recv.dataLength());
    }

    /**
     * var_vector.data_capacity (stale): the object was closed before the call; expects
     * StaleHandleException, stale_rejected +1.
     */
    @Test
    void var_vector_data_capacity_var_vector_stale() throws Exception {
        Region region = m.region(0L);
        VarVector recv = m.keep(region.varVector(16L, 16L, false, false));
        recv.close();
        Record stats = m.stats();
        m.expectMisuse(StaleHandleException.class, stats, "staleRejected", "", () -> recv.dataCapacity());
    }

    /**
     * var_vector.data_capacity (reused): the object was closed and its slot now holds
     * a newer object; expects ReusedHandleException, stale_rejected +1.
     */
    @Test
    void var_vector_data_capacity_var_vector_reused() throws Exception {
        Region region = m.region(0L);
        VarVector recv = m.keep(region.varVector(16L, 16L, false, false));
        recv.close();
        VarVector newer = m.keep(region.varVector(16L, 16L, false, false));
        byte[][] before = m.remember(newer);
        Record stats = m.stats();
        m.expectMisuse(ReusedHandleException.class, stats, "staleRejected", "", () -> recv.dataCapacity());
        m.unchanged(before, newer);
    }

    /**
     * var_vector.data_capacity (forged): a handle that was never issued; expects
     * ForgedHandleException, stale_rejected +1.
     */
    @Test
    void var_vector_data_capacity_var_vector_forged() throws Exception {
        Region region = m.region(0L);
        VarVector recv = VarVector.fromHandle(0xafffffff00000001L);
        Record stats = m.stats();
        m.expectMisuse(ForgedHandleException.class, stats, "staleRejected", "", () -> recv.dataCapacity());
    }

    /**
     * var_vector.data_capacity (wrong_kind): a live object of another class, adopted
     * under this one; expects WrongKindException, stale_rejected +1.
     */
    @Test
    void var_vector_data_capacity_var_vector_wrong_kind_region() throws Exception {
        Region region = m.region(0L);
        VarVector recv = VarVector.fromHandle(region.handle());
        Record stats = m.stats();
        m.expectMisuse(WrongKindException.class, stats, "staleRejected", "", () -> recv.dataCapacity());
    }

    /**
     * var_vector.data_capacity (after_region_destroy): the object's region was
     * destroyed before the call; expects StaleHandleException, stale_rejected +1.
     */
    @Test
    void var_vector_data_capacity_var_vector_after_region_destroy() throws Exception {
        Region region = m.region(0L);
        VarVector recv = m.keep(region.varVector(16L, 16L, false, false));
        region.close();
        Record stats = m.stats();
        m.expectMisuse(StaleHandleException.class, stats, "staleRejected", "", () -> recv.dataCapacity());
    }

    /**
     * var_vector.resize (stale): the object was closed before the call; expects
     * StaleHandleException, stale_rejected +1.
     */
    @Test
    void var_vector_resize_var_vector_stale() throws Exception {
        Region region = m.region(0L);
        VarVector recv = m.keep(region.varVector(16L, 16L, false, false));
        recv.close();
        Record stats = m.stats();
        m.expectMisuse(StaleHandleException.class, stats, "staleRejected", "", () -> recv.resize(16L, 16L));
    }

    /**
     * var_vector.resize (reused): the object was closed and its slot now holds a newer
     * object; expects ReusedHandleException, stale_rejected +1.
     */
    @Test
    void var_vector_resize_var_vector_reused() throws Exception {
        Region region = m.region(0L);
        VarVector recv = m.keep(region.varVector(16L, 16L, false, false));
        recv.close();
        VarVector newer = m.keep(region.varVector(16L, 16L, false, false));
        byte[][] before = m.remember(newer);
        Record stats = m.stats();
        m.expectMisuse(ReusedHandleException.class, stats, "staleRejected", "", () -> recv.resize(16L, 16L));
        m.unchanged(before, newer);
    }

    /**
     * var_vector.resize (forged): a handle that was never issued; expects
     * ForgedHandleException, stale_rejected +1.
     */
    @Test
    void var_vector_resize_var_vector_forged() throws Exception {
        Region region = m.region(0L);
        VarVector recv = VarVector.fromHandle(0xafffffff00000001L);
        Record stats = m.stats();
        m.expectMisuse(ForgedHandleException.class, stats, "staleRejected", "", () -> recv.resize(16L, 16L));
    }

    /**
     * var_vector.resize (wrong_kind): a live object of another class, adopted under
     * this one; expects WrongKindException, stale_rejected +1.
     */
    @Test
    void var_vector_resize_var_vector_wrong_kind_region() throws Exception {
        Region region = m.region(0L);
        VarVector recv = VarVector.fromHandle(region.handle());
        Record stats = m.stats();
        m.expectMisuse(WrongKindException.class, stats, "staleRejected", "", () -> recv.resize(16L, 16L));
    }

    /**
     * var_vector.resize (after_region_destroy): the object's region was destroyed
     * before the call; expects StaleHandleException, stale_rejected +1.
     */
    @Test
    void var_vector_resize_var_vector_after_region_destroy() throws Exception {
        Region region = m.region(0L);
        VarVector recv = m.keep(region.varVector(16L, 16L, false, false));
        region.close();
        Record stats = m.stats();
        m.expectMisuse(StaleHandleException.class, stats, "staleRejected", "", () -> recv.resize(16L, 16L));
    }

    /**
     * var_vector.resize (while_borrowed): the call needs the object (or its region)
     * free of the view that is live; expects BorrowException, borrow_conflicts +1.
     */
    @Test
    void var_vector_resize_var_vector_while_borrowed_shared() throws Exception {
        Region region = m.region(0L);
        VarVector recv = m.keep(region.varVector(16L, 16L, false, false));
        byte[][] before = m.remember(recv);
        View held = m.keep(recv.view(Access.SHARED));
        Record stats = m.stats();
        m.expectMisuse(BorrowException.class, stats, "borrowConflicts", "", () -> recv.resize(16L, 16L));
        held.close();
        m.unchanged(before, recv);
    }

    /**
     * var_vector.resize (absurd_value): an integer far out of range (sizes of 2^32 and
     * more on every target width); expects InvalidArgumentException, no counter
     * moving.
     */
    @Test
    void var_vector_resize_var_vector_absurd_value_capacity_1000000000001() throws Exception {
        Region region = m.region(0L);
        VarVector recv = m.keep(region.varVector(16L, 16L, false, false));
        byte[][] before = m.remember(recv);
        Record stats = m.stats();
        m.expectMisuse(InvalidArgumentException.class, stats, "", "", () -> recv.resize(0x1000000000001L, 16L));
        m.unchanged(before, recv);
    }

    /**
     * var_vector.resize (absurd_value): an integer far out of range (sizes of 2^32 and
     * more on every target width); expects InvalidArgumentException, no counter
     * moving.
     */
    @Test
    void var_vector_resize_var_vector_absurd_value_capacity_ffffffffffffffff() throws Exception {
        Region region = m.region(0L);
        VarVector recv = m.keep(region.varVector(16L, 16L, false, false));
        byte[][] before = m.remember(recv);
        Record stats = m.stats();
        m.expectMisuse(InvalidArgumentException.class, stats, "", "", () -> recv.resize(0xffffffffffffffffL, 16L));
        m.unchanged(before, recv);
    }

    /**
     * var_vector.resize (absurd_value): an integer far out of range (sizes of 2^32 and
     * more on every target width); expects OutOfMemoryException, no counter moving.
     */
    @Test
    void var_vector_resize_var_vector_absurd_value_capacity_100000010_limited() throws Exception {
        Region region = m.region(1048576L);
        VarVector recv = m.keep(region.varVector(16L, 16L, false, false));
        byte[][] before = m.remember(recv);
        Record stats = m.stats();
        m.expectMisuse(OutOfMemoryException.class, stats, "", "", () -> recv.resize(0x100000010L, 16L));
        m.unchanged(before, recv);
    }

    /**
     * var_vector.resize (absurd_value): an integer far out of range (sizes of 2^32 and
     * more on every target width); expects OutOfMemoryException, no counter moving.
     */
    @Test
    void var_vector_resize_var_vector_absurd_value_capacity_10000000000_limited() throws Exception {
        Region region = m.region(1048576L);
        VarVector recv = m.keep(region.varVector(16L, 16L, false, false));
        byte[][] before = m.remember(recv);
        Record stats = m.stats();
        m.expectMisuse(OutOfMemoryException.class, stats, "", "", () -> recv.resize(0x10000000000L, 16L));
        m.unchanged(before, recv);
    }

    /**
     * var_vector.resize (absurd_value): an integer far out of range (sizes of 2^32 and
     * more on every target width); expects OutOfMemoryException, no counter moving.
     */
    @Test
    void var_vector_resize_var_vector_absurd_value_capacity_1000000000000_limited() throws Exception {
        Region region = m.region(1048576L);
        VarVector recv = m.keep(region.varVector(16L, 16L, false, false));
        byte[][] before = m.remember(recv);
        Record stats = m.stats();
        m.expectMisuse(OutOfMemoryException.class, stats, "", "", () -> recv.resize(0x1000000000000L, 16L));
        m.unchanged(before, recv);
    }

    /**
     * var_vector.resize (absurd_value): an integer far out of range (sizes of 2^32 and
     * more on every target width); expects OutOfMemoryException, no counter moving.
     */
    @Test
    void var_vector_resize_var_vector_absurd_value_capacity_10000000000() throws Exception {
        Region region = m.region(0L);
        VarVector recv = m.keep(region.varVector(16L, 16L, false, false));
        byte[][] before = m.remember(recv);
        Record stats = m.stats();
        m.expectMisuse(OutOfMemoryException.class, stats, "", "", () -> recv.resize(0x10000000000L, 16L));
        m.unchanged(before, recv);
    }

    /**
     * var_vector.resize (absurd_value): an integer far out of range (sizes of 2^32 and
     * more on every target width); expects OutOfMemoryException, no counter moving.
     */
    @Test
    void var_vector_resize_var_vector_absurd_value_capacity_1000000000000() throws Exception {
        Region region = m.region(0L);
        VarVector recv = m.keep(region.varVector(16L, 16L, false, false));
        byte[][] before = m.remember(recv);
        Record stats = m.stats();
        m.expectMisuse(OutOfMemoryException.class, stats, "", "", () -> recv.resize(0x1000000000000L, 16L));
        m.unchanged(before, recv);
    }

    /**
     * var_vector.resize (absurd_value): an integer far out of range (sizes of 2^32 and
     * more on every target width); expects InvalidArgumentException, no counter
     * moving.
     */
    @Test
    void var_vector_resize_var_vector_absurd_value_data_capacity_80000000() throws Exception {
        Region region = m.region(0L);
        VarVector recv = m.keep(region.varVector(16L, 16L, false, false));
        byte[][] before = m.remember(recv);
        Record stats = m.stats();
        m.expectMisuse(InvalidArgumentException.class, stats, "", "", () -> recv.resize(16L, 0x80000000L));
        m.unchanged(before, recv);
    }

    /**
     * var_vector.resize (absurd_value): an integer far out of range (sizes of 2^32 and
     * more on every target width); expects InvalidArgumentException, no counter
     * moving.
     */
    @Test
    void var_vector_resize_var_vector_absurd_value_data_capacity_ffffffffffffffff() throws Exception {
        Region region = m.region(0L);
        VarVector recv = m.keep(region.varVector(16L, 16L, false, false));
        byte[][] before = m.remember(recv);
        Record stats = m.stats();
        m.expectMisuse(InvalidArgumentException.class, stats, "", "", () -> recv.resize(16L, 0xffffffffffffffffL));
        m.unchanged(before, recv);
    }

    /**
     * var_vector.null_count (stale): the object was closed before the call; expects
     * StaleHandleException, stale_rejected +1.
     */
    @Test
    void var_vector_null_count_var_vector_stale() throws Exception {
        Region region = m.region(0L);
        VarVector recv = m.keep(region.varVector(16L, 16L, false, false));
        recv.close();
        Record stats = m.stats();
        m.expectMisuse(StaleHandleException.class, stats, "staleRejected", "", () -> recv.nullCount());
    }

    /**
     * var_vector.null_count (reused): the object was closed and its slot now holds a
     * newer object; expects ReusedHandleException, stale_rejected +1.
     */
    @Test
    void var_vector_null_count_var_vector_reused() throws Exception {
        Region region = m.region(0L);
        VarVector recv = m.keep(region.varVector(16L, 16L, false, false));
        recv.close();
        VarVector newer = m.keep(region.varVector(16L, 16L, false, false));
        byte[][] before = m.remember(newer);
        Record stats = m.stats();
        m.expectMisuse(ReusedHandleException.class, stats, "staleRejected", "", () -> recv.nullCount());
        m.unchanged(before, newer);
    }

    /**
     * var_vector.null_count (forged): a handle that was never issued; expects
     * ForgedHandleException, stale_rejected +1.
     */
    @Test
    void var_vector_null_count_var_vector_forged() throws Exception {
        Region region = m.region(0L);
        VarVector recv = VarVector.fromHandle(0xafffffff00000001L);
        Record stats = m.stats();
        m.expectMisuse(ForgedHandleException.class, stats, "staleRejected", "", () -> recv.nullCount());
    }

    /**
     * var_vector.null_count (wrong_kind): a live object of another class, adopted
     * under this one; expects WrongKindException, stale_rejected +1.
     */
    @Test
    void var_vector_null_count_var_vector_wrong_kind_region() throws Exception {
        Region region = m.region(0L);
        VarVector recv = VarVector.fromHandle(region.handle());
        Record stats = m.stats();
        m.expectMisuse(WrongKindException.class, stats, "staleRejected", "", () -> recv.nullCount());
    }

    /**
     * var_vector.null_count (after_region_destroy): the object's region was destroyed
     * before the call; expects StaleHandleException, stale_rejected +1.
     */
    @Test
    void var_vector_null_count_var_vector_after_region_destroy() throws Exception {
        Region region = m.region(0L);
        VarVector recv = m.keep(region.varVector(16L, 16L, false, false));
        region.close();
        Record stats = m.stats();
        m.expectMisuse(StaleHandleException.class, stats, "staleRejected", "", () -> recv.nullCount());
    }

    /**
     * var_vector.is_utf8 (stale): the object was closed before the call; expects
     * StaleHandleException, stale_rejected +1.
     */
    @Test
    void var_vector_is_utf8_var_vector_stale() throws Exception {
        Region region = m.region(0L);
        VarVector recv = m.keep(region.varVector(16L, 16L, false, false));
        recv.close();
        Record stats = m.stats();
        m.expectMisuse(StaleHandleException.class, stats, "staleRejected", "", () -> recv.isUtf8());
    }

    /**
     * var_vector.is_utf8 (reused): the object was closed and its slot now holds a
     * newer object; expects ReusedHandleException, stale_rejected +1.
     */
    @Test
    void var_vector_is_utf8_var_vector_reused() throws Exception {
        Region region = m.region(0L);
        VarVector recv = m.keep(region.varVector(16L, 16L, false, false));
        recv.close();
        VarVector newer = m.keep(region.varVector(16L, 16L, false, false));
        byte[][] before = m.remember(newer);
        Record stats = m.stats();
        m.expectMisuse(ReusedHandleException.class, stats, "staleRejected", "", () -> recv.isUtf8());
        m.unchanged(before, newer);
    }

    /**
     * var_vector.is_utf8 (forged): a handle that was never issued; expects
     * ForgedHandleException, stale_rejected +1.
     */
    @Test
    void var_vector_is_utf8_var_vector_forged() throws Exception {
        Region region = m.region(0L);
        VarVector recv = VarVector.fromHandle(0xafffffff00000001L);
        Record stats = m.stats();
        m.expectMisuse(ForgedHandleException.class, stats, "staleRejected", "", () -> recv.isUtf8());
    }

    /**
     * var_vector.is_utf8 (wrong_kind): a live object of another class, adopted under
     * this one; expects WrongKindException, stale_rejected +1.
     */
    @Test
    void var_vector_is_utf8_var_vector_wrong_kind_region() throws Exception {
        Region region = m.region(0L);
        VarVector recv = VarVector.fromHandle(region.handle());
        Record stats = m.stats();
        m.expectMisuse(WrongKindException.class, stats, "staleRejected", "", () -> recv.isUtf8());
    }

    /**
     * var_vector.is_utf8 (after_region_destroy): the object's region was destroyed
     * before the call; expects StaleHandleException, stale_rejected +1.
     */
    @Test
    void var_vector_is_utf8_var_vector_after_region_destroy() throws Exception {
        Region region = m.region(0L);
        VarVector recv = m.keep(region.varVector(16L, 16L, false, false));
        region.close();
        Record stats = m.stats();
        m.expectMisuse(StaleHandleException.class, stats, "staleRejected", "", () -> recv.isUtf8());
    }

    /**
     * var_vector.append (stale): the object was closed before the call; expects
     * StaleHandleException, stale_rejected +1.
     */
    @Test
    void var_vector_append_var_vector_stale() throws Exception {
        Region region = m.region(0L);
        VarVector recv = m.keep(region.varVector(16L, 16L, false, false));
        recv.close();
        Record stats = m.stats();
        m.expectMisuse(StaleHandleException.class, stats, "staleRejected", "", () -> recv.append(new byte[] {104, 101, 108, 108, 111}));
    }

    /**
     * var_vector.append (reused): the object was closed and its slot now holds a newer
     * object; expects ReusedHandleException, stale_rejected +1.
     */
    @Test
    void var_vector_append_var_vector_reused() throws Exception {
        Region region = m.region(0L);
        VarVector recv = m.keep(region.varVector(16L, 16L, false, false));
        recv.close();
        VarVector newer = m.keep(region.varVector(16L, 16L, false, false));
        byte[][] before = m.remember(newer);
        Record stats = m.stats();
        m.expectMisuse(ReusedHandleException.class, stats, "staleRejected", "", () -> recv.append(new byte[] {104, 101, 108, 108, 111}));
        m.unchanged(before, newer);
    }

    /**
     * var_vector.append (forged): a handle that was never issued; expects
     * ForgedHandleException, stale_rejected +1.
     */
    @Test
    void var_vector_append_var_vector_forged() throws Exception {
        Region region = m.region(0L);
        VarVector recv = VarVector.fromHandle(0xafffffff00000001L);
        Record stats = m.stats();
        m.expectMisuse(ForgedHandleException.class, stats, "staleRejected", "", () -> recv.append(new byte[] {104, 101, 108, 108, 111}));
    }

    /**
     * var_vector.append (wrong_kind): a live object of another class, adopted under
     * this one; expects WrongKindException, stale_rejected +1.
     */
    @Test
    void var_vector_append_var_vector_wrong_kind_region() throws Exception {
        Region region = m.region(0L);
        VarVector recv = VarVector.fromHandle(region.handle());
        Record stats = m.stats();
        m.expectMisuse(WrongKindException.class, stats, "staleRejected", "", () -> recv.append(new byte[] {104, 101, 108, 108, 111}));
    }

    /**
     * var_vector.append (after_region_destroy): the object's region was destroyed
     * before the call; expects StaleHandleException, stale_rejected +1.
     */
    @Test
    void var_vector_append_var_vector_after_region_destroy() throws Exception {
        Region region = m.region(0L);
        VarVector recv = m.keep(region.varVector(16L, 16L, false, false));
        region.close();
        Record stats = m.stats();
        m.expectMisuse(StaleHandleException.class, stats, "staleRejected", "", () -> recv.append(new byte[] {104, 101, 108, 108, 111}));
    }

    /**
     * var_vector.append (while_borrowed): the call needs the object (or its region)
     * free of the view that is live; expects BorrowException, borrow_conflicts +1.
     */
    @Test
    void var_vector_append_var_vector_while_borrowed_shared() throws Exception {
        Region region = m.region(0L);
        VarVector recv = m.keep(region.varVector(16L, 16L, false, false));
        byte[][] before = m.remember(recv);
        View held = m.keep(recv.view(Access.SHARED));
        Record stats = m.stats();
        m.expectMisuse(BorrowException.class, stats, "borrowConflicts", "", () -> recv.append(new byte[] {104, 101, 108, 108, 111}));
        held.close();
        m.unchanged(before, recv);
    }

    /**
     * var_vector.append (null): null (None, nil) where a value is required; expects
     * InvalidArgumentException, no counter moving.
     */
    @Test
    void var_vector_append_var_vector_null_value() throws Exception {
        Region region = m.region(0L);
        VarVector recv = m.keep(region.varVector(16L, 16L, false, false));
        byte[][] before = m.remember(recv);
        Record stats = m.stats();
        m.expectMisuse(InvalidArgumentException.class, stats, "", "value", () -> recv.append(null));
        m.unchanged(before, recv);
    }

    /**
     * var_vector.append (invalid_utf8): text that is not UTF-8; expects
     * InvalidUtf8Exception, no counter moving.
     */
    @Test
    void var_vector_append_var_vector_invalid_utf8_value() throws Exception {
        Region region = m.region(0L);
        VarVector recv = m.keep(region.varVector(16L, 16L, false, false));
        byte[][] before = m.remember(recv);
        Record stats = m.stats();
        m.expectMisuse(InvalidUtf8Exception.class, stats, "", "", () -> recv.append(new byte[] {(byte) 0xc3, 40, (byte) 0xff}));
        m.unchanged(before, recv);
    }

    /**
     * var_vector.append_null (stale): the object was closed before the call; expects
     * StaleHandleException, stale_rejected +1.
     */
    @Test
    void var_vector_append_null_var_vector_stale() throws Exception {
        Region region = m.region(0L);
        VarVector recv = m.keep(region.varVector(16L, 16L, false, false));
        recv.close();
        Record stats = m.stats();
        m.expectMisuse(StaleHandleException.class, stats, "staleRejected", "", () -> recv.appendNull());
    }

    /**
     * var_vector.append_null (reused): the object was closed and its slot now holds a
     * newer object; expects ReusedHandleException, stale_rejected +1.
     */
    @Test
    void var_vector_append_null_var_vector_reused() throws Exception {
        Region region = m.region(0L);
        VarVector recv = m.keep(region.varVector(16L, 16L, false, false));
        recv.close();
        VarVector newer = m.keep(region.varVector(16L, 16L, false, false));
        byte[][] before = m.remember(newer);
        Record stats = m.stats();
        m.expectMisuse(ReusedHandleException.class, stats, "staleRejected", "", () -> recv.appendNull());
        m.unchanged(before, newer);
    }

    /**
     * var_vector.append_null (forged): a handle that was never issued; expects
     * ForgedHandleException, stale_rejected +1.
     */
    @Test
    void var_vector_append_null_var_vector_forged() throws Exception {
        Region region = m.region(0L);
        VarVector recv = VarVector.fromHandle(0xafffffff00000001L);
        Record stats = m.stats();
        m.expectMisuse(ForgedHandleException.class, stats, "staleRejected", "", () -> recv.appendNull());
    }

    /**
     * var_vector.append_null (wrong_kind): a live object of another class, adopted
     * under this one; expects WrongKindException, stale_rejected +1.
     */
    @Test
    void var_vector_append_null_var_vector_wrong_kind_region() throws Exception {
        Region region = m.region(0L);
        VarVector recv = VarVector.fromHandle(region.handle());
        Record stats = m.stats();
        m.expectMisuse(WrongKindException.class, stats, "staleRejected", "", () -> recv.appendNull());
    }

    /**
     * var_vector.append_null (after_region_destroy): the object's region was destroyed
     * before the call; expects StaleHandleException, stale_rejected +1.
     */
    @Test
    void var_vector_append_null_var_vector_after_region_destroy() throws Exception {
        Region region = m.region(0L);
        VarVector recv = m.keep(region.varVector(16L, 16L, false, false));
        region.close();
        Record stats = m.stats();
        m.expectMisuse(StaleHandleException.class, stats, "staleRejected", "", () -> recv.appendNull());
    }

    /**
     * var_vector.append_null (while_borrowed): the call needs the object (or its
     * region) free of the view that is live; expects BorrowException, borrow_conflicts
     * +1.
     */
    @Test
    void var_vector_append_null_var_vector_while_borrowed_shared() throws Exception {
        Region region = m.region(0L);
        VarVector recv = m.keep(region.varVector(16L, 16L, false, false));
        byte[][] before = m.remember(recv);
        View held = m.keep(recv.view(Access.SHARED));
        Record stats = m.stats();
        m.expectMisuse(BorrowException.class, stats, "borrowConflicts", "", () -> recv.appendNull());
        held.close();
        m.unchanged(before, recv);
    }

    /**
     * var_vector.get (stale): the object was closed before the call; expects
     * StaleHandleException, stale_rejected +1.
     */
    @Test
    void var_vector_get_var_vector_stale() throws Exception {
        Region region = m.region(0L);
        VarVector recv = m.keep(region.varVector(16L, 16L, false, false));
        recv.close();
        Record stats = m.stats();
        m.expectMisuse(StaleHandleException.class, stats, "staleRejected", "", () -> recv.get(0L));
    }

    /**
     * var_vector.get (reused): the object was closed and its slot now holds a newer
     * object; expects ReusedHandleException, stale_rejected +1.
     */
    @Test
    void var_vector_get_var_vector_reused() throws Exception {
        Region region = m.region(0L);
        VarVector recv = m.keep(region.varVector(16L, 16L, false, false));
        recv.close();
        VarVector newer = m.keep(region.varVector(16L, 16L, false, false));
        byte[][] before = m.remember(newer);
        Record stats = m.stats();
        m.expectMisuse(ReusedHandleException.class, stats, "staleRejected", "", () -> recv.get(0L));
        m.unchanged(before, newer);
    }

    /**
     * var_vector.get (forged): a handle that was never issued; expects
     * ForgedHandleException, stale_rejected +1.
     */
    @Test
    void var_vector_get_var_vector_forged() throws Exception {
        Region region = m.region(0L);
        VarVector recv = VarVector.fromHandle(0xafffffff00000001L);
        Record stats = m.stats();
        m.expectMisuse(ForgedHandleException.class, stats, "staleRejected", "", () -> recv.get(0L));
    }

    /**
     * var_vector.get (wrong_kind): a live object of another class, adopted under this
     * one; expects WrongKindException, stale_rejected +1.
     */
    @Test
    void var_vector_get_var_vector_wrong_kind_region() throws Exception {
        Region region = m.region(0L);
        VarVector recv = VarVector.fromHandle(region.handle());
        Record stats = m.stats();
        m.expectMisuse(WrongKindException.class, stats, "staleRejected", "", () -> recv.get(0L));
    }

    /**
     * var_vector.get (after_region_destroy): the object's region was destroyed before
     * the call; expects StaleHandleException, stale_rejected +1.
     */
    @Test
    void var_vector_get_var_vector_after_region_destroy() throws Exception {
        Region region = m.region(0L);
        VarVector recv = m.keep(region.varVector(16L, 16L, false, false));
        region.close();
        Record stats = m.stats();
        m.expectMisuse(StaleHandleException.class, stats, "staleRejected", "", () -> recv.get(0L));
    }

    /**
     * var_vector.get (while_borrowed): the call needs the object (or its region) free
     * of the view that is live; expects BorrowException, borrow_conflicts +1.
     */
    @Test
    void var_vector_get_var_vector_while_borrowed_unique() throws Exception {
        Region region = m.region(0L);
        VarVector recv = m.keep(region.varVector(16L, 16L, false, false));
        byte[][] before = m.remember(recv);
        View held = m.keep(recv.view(Access.UNIQUE));
        Record stats = m.stats();
        m.expectMisuse(BorrowException.class, stats, "borrowConflicts", "", () -> recv.get(0L));
        held.close();
        m.unchanged(before, recv);
    }

    /**
     * var_vector.get (absurd_value): an integer far out of range (sizes of 2^32 and
     * more on every target width); expects OutOfRangeException, no counter moving.
     */
    @Test
    void var_vector_get_var_vector_absurd_value_index_100000010() throws Exception {
        Region region = m.region(0L);
        VarVector recv = m.keep(region.varVector(16L, 16L, false, false));
        byte[][] before = m.remember(recv);
        Record stats = m.stats();
        m.expectMisuse(OutOfRangeException.class, stats, "", "", () -> recv.get(0x100000010L));
        m.unchanged(before, recv);
    }

    /**
     * var_vector.get (absurd_value): an integer far out of range (sizes of 2^32 and
     * more on every target width); expects OutOfRangeException, no counter moving.
     */
    @Test
    void var_vector_get_var_vector_absurd_value_index_10000000000() throws Exception {
        Region region = m.region(0L);
        VarVector recv = m.keep(region.varVector(16L, 16L, false, false));
        byte[][] before = m.remember(recv);
        Record stats = m.stats();
        m.expectMisuse(OutOfRangeException.class, stats, "", "", () -> recv.get(0x10000000000L));
        m.unchanged(before, recv);
    }

    /**
     * var_vector.get (absurd_value): an integer far out of range (sizes of 2^32 and
     * more on every target width); expects OutOfRangeException, no counter moving.
     */
    @Test
    void var_vector_get_var_vector_absurd_value_index_ffffffffffffffff() throws Exception {
        Region region = m.region(0L);
        VarVector recv = m.keep(region.varVector(16L, 16L, false, false));
        byte[][] before = m.remember(recv);
        Record stats = m.stats();
        m.expectMisuse(OutOfRangeException.class, stats, "", "", () -> recv.get(0xffffffffffffffffL));
        m.unchanged(before, recv);
    }

    /**
     * var_vector.value_offset (stale): the object was closed before the call; expects
     * StaleHandleException, stale_rejected +1.
     */
    @Test
    void var_vector_value_offset_var_vector_stale() throws Exception {
        Region region = m.region(0L);
        VarVector recv = m.keep(region.varVector(16L, 16L, false, false));
        recv.close();
        Record stats = m.stats();
        m.expectMisuse(StaleHandleException.class, stats, "staleRejected", "", () -> recv.valueOffset(0L));
    }

    /**
     * var_vector.value_offset (reused): the object was closed and its slot now holds a
     * newer object; expects ReusedHandleException, stale_rejected +1.
     */
    @Test
    void var_vector_value_offset_var_vector_reused() throws Exception {
        Region region = m.region(0L);
        VarVector recv = m.keep(region.varVector(16L, 16L, false, false));
        recv.close();
        VarVector newer = m.keep(region.varVector(16L, 16L, false, false));
        byte[][] before = m.remember(newer);
        Record stats = m.stats();
        m.expectMisuse(ReusedHandleException.class, stats, "staleRejected", "", () -> recv.valueOffset(0L));
        m.unchanged(before, newer);
    }

    /**
     * var_vector.value_offset (forged): a handle that was never issued; expects
     * ForgedHandleException, stale_rejected +1.
     */
    @Test
    void var_vector_value_offset_var_vector_forged() throws Exception {
        Region region = m.region(0L);
        VarVector recv = VarVector.fromHandle(0xafffffff00000001L);
        Record stats = m.stats();
        m.expectMisuse(ForgedHandleException.class, stats, "staleRejected", "", () -> recv.valueOffset(0L));
    }

    /**
     * var_vector.value_offset (wrong_kind): a live object of another class, adopted
     * under this one; expects WrongKindException, stale_rejected +1.
     */
    @Test
    void var_vector_value_offset_var_vector_wrong_kind_region() throws Exception {
        Region region = m.region(0L);
        VarVector recv = VarVector.fromHandle(region.handle());
        Record stats = m.stats();
        m.expectMisuse(WrongKindException.class, stats, "staleRejected", "", () -> recv.valueOffset(0L));
    }

    /**
     * var_vector.value_offset (after_region_destroy): the object's region was
     * destroyed before the call; expects StaleHandleException, stale_rejected +1.
     */
    @Test
    void var_vector_value_offset_var_vector_after_region_destroy() throws Exception {
        Region region = m.region(0L);
        VarVector recv = m.keep(region.varVector(16L, 16L, false, false));
        region.close();
        Record stats = m.stats();
        m.expectMisuse(StaleHandleException.class, stats, "staleRejected", "", () -> recv.valueOffset(0L));
    }

    /**
     * var_vector.value_offset (absurd_value): an integer far out of range (sizes of
     * 2^32 and more on every target width); expects OutOfRangeException, no counter
     * moving.
     */
    @Test
    void var_vector_value_offset_var_vector_absurd_value_index_100000010() throws Exception {
        Region region = m.region(0L);
        VarVector recv = m.keep(region.varVector(16L, 16L, false, false));
        byte[][] before = m.remember(recv);
        Record stats = m.stats();
        m.expectMisuse(OutOfRangeException.class, stats, "", "", () -> recv.valueOffset(0x100000010L));
        m.unchanged(before, recv);
    }

    /**
     * var_vector.value_offset (absurd_value): an integer far out of range (sizes of
     * 2^32 and more on every target width); expects OutOfRangeException, no counter
     * moving.
     */
    @Test
    void var_vector_value_offset_var_vector_absurd_value_index_10000000000() throws Exception {
        Region region = m.region(0L);
        VarVector recv = m.keep(region.varVector(16L, 16L, false, false));
        byte[][] before = m.remember(recv);
        Record stats = m.stats();
        m.expectMisuse(OutOfRangeException.class, stats, "", "", () -> recv.valueOffset(0x10000000000L));
        m.unchanged(before, recv);
    }

    /**
     * var_vector.value_offset (absurd_value): an integer far out of range (sizes of
     * 2^32 and more on every target width); expects OutOfRangeException, no counter
     * moving.
     */
    @Test
    void var_vector_value_offset_var_vector_absurd_value_index_ffffffffffffffff() throws Exception {
        Region region = m.region(0L);
        VarVector recv = m.keep(region.varVector(16L, 16L, false, false));
        byte[][] before = m.remember(recv);
        Record stats = m.stats();
        m.expectMisuse(OutOfRangeException.class, stats, "", "", () -> recv.valueOffset(0xffffffffffffffffL));
        m.unchanged(before, recv);
    }

    /**
     * var_vector.value_length (stale): the object was closed before the call; expects
     * StaleHandleException, stale_rejected +1.
     */
    @Test
    void var_vector_value_length_var_vector_stale() throws Exception {
        Region region = m.region(0L);
        VarVector recv = m.keep(region.varVector(16L, 16L, false, false));
        recv.close();
        Record stats = m.stats();
        m.expectMisuse(StaleHandleException.class, stats, "staleRejected", "", () -> recv.valueLength(0L));
    }

    /**
     * var_vector.value_length (reused): the object was closed and its slot now holds a
     * newer object; expects ReusedHandleException, stale_rejected +1.
     */
    @Test
    void var_vector_value_length_var_vector_reused() throws Exception {
        Region region = m.region(0L);
        VarVector recv = m.keep(region.varVector(16L, 16L, false, false));
        recv.close();
        VarVector newer = m.keep(region.varVector(16L, 16L, false, false));
        byte[][] before = m.remember(newer);
        Record stats = m.stats();
        m.expectMisuse(ReusedHandleException.class, stats, "staleRejected", "", () -> recv.valueLength(0L));
        m.unchanged(before, newer);
    }

    /**
     * var_vector.value_length (forged): a handle that was never issued; expects
     * ForgedHandleException, stale_rejected +1.
     */
    @Test
    void var_vector_value_length_var_vector_forged() throws Exception {
        Region region = m.region(0L);
        VarVector recv = VarVector.fromHandle(0xafffffff00000001L);
        Record stats = m.stats();
        m.expectMisuse(ForgedHandleException.class, stats, "staleRejected", "", () -> recv.valueLength(0L));
    }

    /**
     * var_vector.value_length (wrong_kind): a live object of another class, adopted
     * under this one; expects WrongKindException, stale_rejected +1.
     */
    @Test
    void var_vector_value_length_var_vector_wrong_kind_region() throws Exception {
        Region region = m.region(0L);
        VarVector recv = VarVector.fromHandle(region.handle());
        Record stats = m.stats();
        m.expectMisuse(WrongKindException.class, stats, "staleRejected", "", () -> recv.valueLength(0L));
    }

    /**
     * var_vector.value_length (after_region_destroy): the object's region was
     * destroyed before the call; expects StaleHandleException, stale_rejected +1.
     */
    @Test
    void var_vector_value_length_var_vector_after_region_destroy() throws Exception {
        Region region = m.region(0L);
        VarVector recv = m.keep(region.varVector(16L, 16L, false, false));
        region.close();
        Record stats = m.stats();
        m.expectMisuse(StaleHandleException.class, stats, "staleRejected", "", () -> recv.valueLength(0L));
    }

    /**
     * var_vector.value_length (absurd_value): an integer far out of range (sizes of
     * 2^32 and more on every target width); expects OutOfRangeException, no counter
     * moving.
     */
    @Test
    void var_vector_value_length_var_vector_absurd_value_index_100000010() throws Exception {
        Region region = m.region(0L);
        VarVector recv = m.keep(region.varVector(16L, 16L, false, false));
        byte[][] before = m.remember(recv);
        Record stats = m.stats();
        m.expectMisuse(OutOfRangeException.class, stats, "", "", () -> recv.valueLength(0x100000010L));
        m.unchanged(before, recv);
    }

    /**
     * var_vector.value_length (absurd_value): an integer far out of range (sizes of
     * 2^32 and more on every target width); expects OutOfRangeException, no counter
     * moving.
     */
    @Test
    void var_vector_value_length_var_vector_absurd_value_index_10000000000() throws Exception {
        Region region = m.region(0L);
        VarVector recv = m.keep(region.varVector(16L, 16L, false, false));
        byte[][] before = m.remember(recv);
        Record stats = m.stats();
        m.expectMisuse(OutOfRangeException.class, stats, "", "", () -> recv.valueLength(0x10000000000L));
        m.unchanged(before, recv);
    }

    /**
     * var_vector.value_length (absurd_value): an integer far out of range (sizes of
     * 2^32 and more on every target width); expects OutOfRangeException, no counter
     * moving.
     */
    @Test
    void var_vector_value_length_var_vector_absurd_value_index_ffffffffffffffff() throws Exception {
        Region region = m.region(0L);
        VarVector recv = m.keep(region.varVector(16L, 16L, false, false));
        byte[][] before = m.remember(recv);
        Record stats = m.stats();
        m.expectMisuse(OutOfRangeException.class, stats, "", "", () -> recv.valueLength(0xffffffffffffffffL));
        m.unchanged(before, recv);
    }

    /**
     * var_vector.is_valid (stale): the object was closed before the call; expects
     * StaleHandleException, stale_rejected +1.
     */
    @Test
    void var_vector_is_valid_var_vector_stale() throws Exception {
        Region region = m.region(0L);
        VarVector recv = m.keep(region.varVector(16L, 16L, false, false));
        recv.close();
        Record stats = m.stats();
        m.expectMisuse(StaleHandleException.class, stats, "staleRejected", "", () -> recv.isValid(0L));
    }

    /**
     * var_vector.is_valid (reused): the object was closed and its slot now holds a
     * newer object; expects ReusedHandleException, stale_rejected +1.
     */
    @Test
    void var_vector_is_valid_var_vector_reused() throws Exception {
        Region region = m.region(0L);
        VarVector recv = m.keep(region.varVector(16L, 16L, false, false));
        recv.close();
        VarVector newer = m.keep(region.varVector(16L, 16L, false, false));
        byte[][] before = m.remember(newer);
        Record stats = m.stats();
        m.expectMisuse(ReusedHandleException.class, stats, "staleRejected", "", () -> recv.isValid(0L));
        m.unchanged(before, newer);
    }

    /**
     * var_vector.is_valid (forged): a handle that was never issued; expects
     * ForgedHandleException, stale_rejected +1.
     */
    @Test
    void var_vector_is_valid_var_vector_forged() throws Exception {
        Region region = m.region(0L);
        VarVector recv = VarVector.fromHandle(0xafffffff00000001L);
        Record stats = m.stats();
        m.expectMisuse(ForgedHandleException.class, stats, "staleRejected", "", () -> recv.isValid(0L));
    }

    /**
     * var_vector.is_valid (wrong_kind): a live object of another class, adopted under
     * this one; expects WrongKindException, stale_rejected +1.
     */
    @Test
    void var_vector_is_valid_var_vector_wrong_kind_region() throws Exception {
        Region region = m.region(0L);
        VarVector recv = VarVector.fromHandle(region.handle());
        Record stats = m.stats();
        m.expectMisuse(WrongKindException.class, stats, "staleRejected", "", () -> recv.isValid(0L));
    }

    /**
     * var_vector.is_valid (after_region_destroy): the object's region was destroyed
     * before the call; expects StaleHandleException, stale_rejected +1.
     */
    @Test
    void var_vector_is_valid_var_vector_after_region_destroy() throws Exception {
        Region region = m.region(0L);
        VarVector recv = m.keep(region.varVector(16L, 16L, false, false));
        region.close();
        Record stats = m.stats();
        m.expectMisuse(StaleHandleException.class, stats, "staleRejected", "", () -> recv.isValid(0L));
    }

    /**
     * var_vector.is_valid (absurd_value): an integer far out of range (sizes of 2^32
     * and more on every target width); expects OutOfRangeException, no counter moving.
     */
    @Test
    void var_vector_is_valid_var_vector_absurd_value_index_100000010() throws Exception {
        Region region = m.region(0L);
        VarVector recv = m.keep(region.varVector(16L, 16L, false, false));
        byte[][] before = m.remember(recv);
        Record stats = m.stats();
        m.expectMisuse(OutOfRangeException.class, stats, "", "", () -> recv.isValid(0x100000010L));
        m.unchanged(before, recv);
    }

    /**
     * var_vector.is_valid (absurd_value): an integer far out of range (sizes of 2^32
     * and more on every target width); expects OutOfRangeException, no counter moving.
     */
    @Test
    void var_vector_is_valid_var_vector_absurd_value_index_10000000000() throws Exception {
        Region region = m.region(0L);
        VarVector recv = m.keep(region.varVector(16L, 16L, false, false));
        byte[][] before = m.remember(recv);
        Record stats = m.stats();
        m.expectMisuse(OutOfRangeException.class, stats, "", "", () -> recv.isValid(0x10000000000L));
        m.unchanged(before, recv);
    }

    /**
     * var_vector.is_valid (absurd_value): an integer far out of range (sizes of 2^32
     * and more on every target width); expects OutOfRangeException, no counter moving.
     */
    @Test
    void var_vector_is_valid_var_vector_absurd_value_index_ffffffffffffffff() throws Exception {
        Region region = m.region(0L);
        VarVector recv = m.keep(region.varVector(16L, 16L, false, false));
        byte[][] before = m.remember(recv);
        Record stats = m.stats();
        m.expectMisuse(OutOfRangeException.class, stats, "", "", () -> recv.isValid(0xffffffffffffffffL));
        m.unchanged(before, recv);
    }

    /**
     * var_vector.read (stale): the object was closed before the call; expects
     * StaleHandleException, stale_rejected +1.
     */
    @Test
    void var_vector_read_var_vector_stale() throws Exception {
        Region region = m.region(0L);
        VarVector recv = m.keep(region.varVector(16L, 16L, false, false));
        recv.close();
        Record stats = m.stats();
        m.expectMisuse(StaleHandleException.class, stats, "staleRejected", "", () -> recv.read(0L, new byte[4]));
    }

    /**
     * var_vector.read (reused): the object was closed and its slot now holds a newer
     * object; expects ReusedHandleException, stale_rejected +1.
     */
    @Test
    void var_vector_read_var_vector_reused() throws Exception {
        Region region = m.region(0L);
        VarVector recv = m.keep(region.varVector(16L, 16L, false, false));
        recv.close();
        VarVector newer = m.keep(region.varVector(16L, 16L, false, false));
        byte[][] before = m.remember(newer);
        Record stats = m.stats();
        m.expectMisuse(ReusedHandleException.class, stats, "staleRejected", "", () -> recv.read(0L, new byte[4]));
        m.unchanged(before, newer);
    }

    /**
     * var_vector.read (forged): a handle that was never issued; expects
     * ForgedHandleException, stale_rejected +1.
     */
    @Test
    void var_vector_read_var_vector_forged() throws Exception {
        Region region = m.region(0L);
        VarVector recv = VarVector.fromHandle(0xafffffff00000001L);
        Record stats = m.stats();
        m.expectMisuse(ForgedHandleException.class, stats, "staleRejected", "", () -> recv.read(0L, new byte[4]));
    }

    /**
     * var_vector.read (wrong_kind): a live object of another class, adopted under this
     * one; expects WrongKindException, stale_rejected +1.
     */
    @Test
    void var_vector_read_var_vector_wrong_kind_region() throws Exception {
        Region region = m.region(0L);
        VarVector recv = VarVector.fromHandle(region.handle());
        Record stats = m.stats();
        m.expectMisuse(WrongKindException.class, stats, "staleRejected", "", () -> recv.read(0L, new byte[4]));
    }

    /**
     * var_vector.read (after_region_destroy): the object's region was destroyed before
     * the call; expects StaleHandleException, stale_rejected +1.
     */
    @Test
    void var_vector_read_var_vector_after_region_destroy() throws Exception {
        Region region = m.region(0L);
        VarVector recv = m.keep(region.varVector(16L, 16L, false, false));
        region.close();
        Record stats = m.stats();
        m.expectMisuse(StaleHandleException.class, stats, "staleRejected", "", () -> recv.read(0L, new byte[4]));
    }

    /**
     * var_vector.read (while_borrowed): the call needs the object (or its region) free
     * of the view that is live; expects BorrowException, borrow_conflicts +1.
     */
    @Test
    void var_vector_read_var_vector_while_borrowed_unique() throws Exception {
        Region region = m.region(0L);
        VarVector recv = m.keep(region.varVector(16L, 16L, false, false));
        byte[][] before = m.remember(recv);
        View held = m.keep(recv.view(Access.UNIQUE));
        Record stats = m.stats();
        m.expectMisuse(BorrowException.class, stats, "borrowConflicts", "", () -> recv.read(0L, new byte[4]));
        held.close();
        m.unchanged(before, recv);
    }

    /**
     * var_vector.read (absurd_value): an integer far out of range (sizes of 2^32 and
     * more on every target width); expects OutOfRangeException, no counter moving.
     */
    @Test
    void var_vector_read_var_vector_absurd_value_offset_100000010() throws Exception {
        Region region = m.region(0L);
        VarVector recv = m.keep(region.varVector(16L, 16L, false, false));
        byte[][] before = m.remember(recv);
        Record stats = m.stats();
        m.expectMisuse(OutOfRangeException.class, stats, "", "", () -> recv.read(0x100000010L, new byte[4]));
        m.unchanged(before, recv);
    }

    /**
     * var_vector.read (absurd_value): an integer far out of range (sizes of 2^32 and
     * more on every target width); expects OutOfRangeException, no counter moving.
     */
    @Test
    void var_vector_read_var_vector_absurd_value_offset_10000000000() throws Exception {
        Region region = m.region(0L);
        VarVector recv = m.keep(region.varVector(16L, 16L, false, false));
        byte[][] before = m.remember(recv);
        Record stats = m.stats();
        m.expectMisuse(OutOfRangeException.class, stats, "", "", () -> recv.read(0x10000000000L, new byte[4]));
        m.unchanged(before, recv);
    }

    /**
     * var_vector.read (absurd_value): an integer far out of range (sizes of 2^32 and
     * more on every target width); expects OutOfRangeException, no counter moving.
     */
    @Test
    void var_vector_read_var_vector_absurd_value_offset_ffffffffffffffff() throws Exception {
        Region region = m.region(0L);
        VarVector recv = m.keep(region.varVector(16L, 16L, false, false));
        byte[][] before = m.remember(recv);
        Record stats = m.stats();
        m.expectMisuse(OutOfRangeException.class, stats, "", "", () -> recv.read(0xffffffffffffffffL, new byte[4]));
        m.unchanged(before, recv);
    }

    /**
     * var_vector.read (null): null (None, nil) where a value is required; expects
     * InvalidArgumentException, no counter moving.
     */
    @Test
    void var_vector_read_var_vector_null_dst() throws Exception {
        Region region = m.region(0L);
        VarVector recv = m.keep(region.varVector(16L, 16L, false, false));
        byte[][] before = m.remember(recv);
        Record stats = m.stats();
        m.expectMisuse(InvalidArgumentException.class, stats, "", "dst", () -> recv.read(0L, null));
        m.unchanged(before, recv);
    }

    /**
     * batch.create (stale): the object was closed before the call; expects
     * StaleHandleException, stale_rejected +1.
     */
    @Test
    void batch_create_region_stale() throws Exception {
        Region region = m.region(0L);
        region.close();
        Record stats = m.stats();
        m.expectMisuse(StaleHandleException.class, stats, "staleRejected", "", () -> region.batch(16));
    }

    /**
     * batch.create (reused): the object was closed and its slot now holds a newer
     * object; expects ReusedHandleException, stale_rejected +1.
     */
    @Test
    void batch_create_region_reused() throws Exception {
        Region region = m.region(0L);
        region.close();
        Region newer = m.region(0L);
        Record stats = m.stats();
        m.expectMisuse(ReusedHandleException.class, stats, "staleRejected", "", () -> region.batch(16));
    }

    /**
     * batch.create (forged): a handle that was never issued; expects
     * ForgedHandleException, stale_rejected +1.
     */
    @Test
    void batch_create_region_forged() throws Exception {
        Region region = m.region(0L);
        Region recv = Region.fromHandle(0x1fffffff00000001L);
        Record stats = m.stats();
        m.expectMisuse(ForgedHandleException.class, stats, "staleRejected", "", () -> recv.batch(16));
    }

    /**
     * batch.create (wrong_kind): a live object of another class, adopted under this
     * one; expects WrongKindException, stale_rejected +1.
     */
    @Test
    void batch_create_region_wrong_kind_buffer() throws Exception {
        Region region = m.region(0L);
        Buffer other = m.keep(region.alloc(16L, 16L));
        other.write(0L, new byte[] {(byte) 0xa0, (byte) 0xa1, (byte) 0xa2, (byte) 0xa3, (byte) 0xa4, (byte) 0xa5, (byte) 0xa6, (byte) 0xa7, (byte) 0xa8, (byte) 0xa9, (byte) 0xaa, (byte) 0xab, (byte) 0xac, (byte) 0xad, (byte) 0xae, (byte) 0xaf});
        Region recv = Region.fromHandle(other.handle());
        byte[][] before = m.remember(other);
        Record stats = m.stats();
        m.expectMisuse(WrongKindException.class, stats, "staleRejected", "", () -> recv.batch(16));
        m.unchanged(before, other);
    }

    /**
     * batch.create (absurd_value): an integer far out of range (sizes of 2^32 and more
     * on every target width); expects InvalidArgumentException, no counter moving.
     */
    @Test
    void batch_create_region_absurd_value_max_columns_1001() throws Exception {
        Region region = m.region(0L);
        Record stats = m.stats();
        m.expectMisuse(InvalidArgumentException.class, stats, "", "", () -> region.batch(4097));
    }

    /**
     * batch.create (absurd_value): an integer far out of range (sizes of 2^32 and more
     * on every target width); expects InvalidArgumentException, no counter moving.
     */
    @Test
    void batch_create_region_absurd_value_max_columns_ffffffff() throws Exception {
        Region region = m.region(0L);
        Record stats = m.stats();
        m.expectMisuse(InvalidArgumentException.class, stats, "", "", () -> region.batch(0xffffffff));
    }

    /**
     * batch.release (reused): the object was closed and its slot now holds a newer
     * object; expects ReusedHandleException, stale_rejected +1.
     */
    @Test
    void batch_release_batch_reused() throws Exception {
        Region region = m.region(0L);
        Batch recv = m.keep(region.batch(16));
        recv.close();
        Batch newer = m.keep(region.batch(16));
        Batch again = Batch.fromHandle(recv.handle());
        Record stats = m.stats();
        m.expectMisuse(ReusedHandleException.class, stats, "staleRejected", "", () -> again.close());
    }

    /**
     * batch.release (forged): a handle that was never issued; expects
     * ForgedHandleException, stale_rejected +1.
     */
    @Test
    void batch_release_batch_forged() throws Exception {
        Region region = m.region(0L);
        Batch recv = Batch.fromHandle(0x8fffffff00000001L);
        Record stats = m.stats();
        m.expectMisuse(ForgedHandleException.class, stats, "staleRejected", "", () -> recv.close());
    }

    /**
     * batch.release (wrong_kind): a live object of another class, adopted under this
     * one; expects WrongKindException, stale_rejected +1.
     */
    @Test
    void batch_release_batch_wrong_kind_region() throws Exception {
        Region region = m.region(0L);
        Batch recv = Batch.fromHandle(region.handle());
        Record stats = m.stats();
        m.expectMisuse(WrongKindException.class, stats, "staleRejected", "", () -> recv.close());
    }

    /**
     * batch.release (after_region_destroy): the object's region was destroyed before
     * the call; expects StaleHandleException, stale_rejected +1.
     */
    @Test
    void batch_release_batch_after_region_destroy() throws Exception {
        Region region = m.region(0L);
        Batch recv = m.keep(region.batch(16));
        region.close();
        Record stats = m.stats();
        m.expectMisuse(StaleHandleException.class, stats, "staleRejected", "", () -> recv.close());
    }

    /**
     * batch.release (double_release): a second wrapper of an already released handle
     * is closed; expects StaleHandleException, stale_rejected +1.
     */
    @Test
    void batch_release_batch_double_release() throws Exception {
        Region region = m.region(0L);
        Batch recv = m.keep(region.batch(16));
        recv.close();
        Batch again = Batch.fromHandle(recv.handle());
        Record stats = m.stats();
        m.expectMisuse(StaleHandleException.class, stats, "staleRejected", "", () -> again.close());
    }

    /**
     * batch.add_column (stale): the object was closed before the call; expects
     * StaleHandleException, stale_rejected +1.
     */
    @Test
    void batch_add_column_batch_stale() throws Exception {
        Region region = m.region(0L);
        Batch recv = m.keep(region.batch(16));
        Vector arg_column = m.keep(region.vector(ElementType.of(1), 16L, false));
        recv.close();
        byte[][] before = m.remember(arg_column);
        Record stats = m.stats();
        m.expectMisuse(StaleHandleException.class, stats, "staleRejected", "", () -> recv.addColumn(new byte[] {104, 101, 108, 108, 111}, arg_column));
        m.unchanged(before, arg_column);
    }

    /**
     * batch.add_column (reused): the object was closed and its slot now holds a newer
     * object; expects ReusedHandleException, stale_rejected +1.
     */
    @Test
    void batch_add_column_batch_reused() throws Exception {
        Region region = m.region(0L);
        Batch recv = m.keep(region.batch(16));
        Vector arg_column = m.keep(region.vector(ElementType.of(1), 16L, false));
        recv.close();
        Batch newer = m.keep(region.batch(16));
        byte[][] before = m.remember(arg_column);
        Record stats = m.stats();
        m.expectMisuse(ReusedHandleException.class, stats, "staleRejected", "", () -> recv.addColumn(new byte[] {104, 101, 108, 108, 111}, arg_column));
        m.unchanged(before, arg_column);
    }

    /**
     * batch.add_column (forged): a handle that was never issued; expects
     * ForgedHandleException, stale_rejected +1.
     */
    @Test
    void batch_add_column_batch_forged() throws Exception {
        Region region = m.region(0L);
        Vector arg_column = m.keep(region.vector(ElementType.of(1), 16L, false));
        Batch recv = Batch.fromHandle(0x8fffffff00000001L);
        byte[][] before = m.remember(arg_column);
        Record stats = m.stats();
        m.expectMisuse(ForgedHandleException.class, stats, "staleRejected", "", () -> recv.addColumn(new byte[] {104, 101, 108, 108, 111}, arg_column));
        m.unchanged(before, arg_column);
    }

    /**
     * batch.add_column (wrong_kind): a live object of another class, adopted under
     * this one; expects WrongKindException, stale_rejected +1.
     */
    @Test
    void batch_add_column_batch_wrong_kind_region() throws Exception {
        Region region = m.region(0L);
        Vector arg_column = m.keep(region.vector(ElementType.of(1), 16L, false));
        Batch recv = Batch.fromHandle(region.handle());
        byte[][] before = m.remember(arg_column);
        Record stats = m.stats();
        m.expectMisuse(WrongKindException.class, stats, "staleRejected", "", () -> recv.addColumn(new byte[] {104, 101, 108, 108, 111}, arg_column));
        m.unchanged(before, arg_column);
    }

    /**
     * batch.add_column (after_region_destroy): the object's region was destroyed
     * before the call; expects StaleHandleException, stale_rejected +1.
     */
    @Test
    void batch_add_column_batch_after_region_destroy() throws Exception {
        Region region = m.region(0L);
        Batch recv = m.keep(region.batch(16));
        Vector arg_column = m.keep(region.vector(ElementType.of(1), 16L, false));
        region.close();
        Record stats = m.stats();
        m.expectMisuse(StaleHandleException.class, stats, "staleRejected", "", () -> recv.addColumn(new byte[] {104, 101, 108, 108, 111}, arg_column));
    }

    /**
     * batch.add_column (null): null (None, nil) where a value is required; expects
     * InvalidArgumentException, no counter moving.
     */
    @Test
    void batch_add_column_batch_null_name() throws Exception {
        Region region = m.region(0L);
        Batch recv = m.keep(region.batch(16));
        Vector arg_column = m.keep(region.vector(ElementType.of(1), 16L, false));
        byte[][] before = m.remember(arg_column);
        Record stats = m.stats();
        m.expectMisuse(InvalidArgumentException.class, stats, "", "name", () -> recv.addColumn(null, arg_column));
        m.unchanged(before, arg_column);
    }

    /**
     * batch.add_column (stale): the object was closed before the call; expects
     * StaleHandleException, stale_rejected +1.
     */
    @Test
    void batch_add_column_vector_stale_column() throws Exception {
        Region region = m.region(0L);
        Batch recv = m.keep(region.batch(16));
        Vector arg_column = m.keep(region.vector(ElementType.of(1), 16L, false));
        arg_column.close();
        Record stats = m.stats();
        m.expectMisuse(StaleHandleException.class, stats, "staleRejected", "", () -> recv.addColumn(new byte[] {104, 101, 108, 108, 111}, arg_column));
    }

    /**
     * batch.add_column (forged): a handle that was never issued; expects
     * ForgedHandleException, stale_rejected +1.
     */
    @Test
    void batch_add_column_vector_forged_column() throws Exception {
        Region region = m.region(0L);
        Batch recv = m.keep(region.batch(16));
        Vector arg_column = Vector.fromHandle(0x7fffffff00000001L);
        Record stats = m.stats();
        m.expectMisuse(ForgedHandleException.class, stats, "staleRejected", "", () -> recv.addColumn(new byte[] {104, 101, 108, 108, 111}, arg_column));
    }

    /**
     * batch.add_column (reused): the object was closed and its slot now holds a newer
     * object; expects ReusedHandleException, stale_rejected +1.
     */
    @Test
    void batch_add_column_vector_reused_column() throws Exception {
        Region region = m.region(0L);
        Batch recv = m.keep(region.batch(16));
        Vector arg_column = m.keep(region.vector(ElementType.of(1), 16L, false));
        arg_column.close();
        Vector newer = m.keep(region.vector(ElementType.of(1), 16L, false));
        byte[][] before = m.remember(newer);
        Record stats = m.stats();
        m.expectMisuse(ReusedHandleException.class, stats, "staleRejected", "", () -> recv.addColumn(new byte[] {104, 101, 108, 108, 111}, arg_column));
        m.unchanged(before, newer);
    }

    /**
     * batch.add_column (null): null (None, nil) where a value is required; expects
     * InvalidArgumentException, no counter moving.
     */
    @Test
    void batch_add_column_vector_null_column() throws Exception {
        Region region = m.region(0L);
        Batch recv = m.keep(region.batch(16));
        Record stats = m.stats();
        m.expectMisuse(InvalidArgumentException.class, stats, "", "column", () -> recv.addColumn(new byte[] {104, 101, 108, 108, 111}, null));
    }

    /**
     * batch.num_columns (stale): the object was closed before the call; expects
     * StaleHandleException, stale_rejected +1.
     */
    @Test
    void batch_num_columns_batch_stale() throws Exception {
        Region region = m.region(0L);
        Batch recv = m.keep(region.batch(16));
        recv.close();
        Record stats = m.stats();
        m.expectMisuse(StaleHandleException.class, stats, "staleRejected", "", () -> recv.numColumns());
    }

    /**
     * batch.num_columns (reused): the object was closed and its slot now holds a newer
     * object; expects ReusedHandleException, stale_rejected +1.
     */
    @Test
    void batch_num_columns_batch_reused() throws Exception {
        Region region = m.region(0L);
        Batch recv = m.keep(region.batch(16));
        recv.close();
        Batch newer = m.keep(region.batch(16));
        Record stats = m.stats();
        m.expectMisuse(ReusedHandleException.class, stats, "staleRejected", "", () -> recv.numColumns());
    }

    /**
     * batch.num_columns (forged): a handle that was never issued; expects
     * ForgedHandleException, stale_rejected +1.
     */
    @Test
    void batch_num_columns_batch_forged() throws Exception {
        Region region = m.region(0L);
        Batch recv = Batch.fromHandle(0x8fffffff00000001L);
        Record stats = m.stats();
        m.expectMisuse(ForgedHandleException.class, stats, "staleRejected", "", () -> recv.numColumns());
    }

    /**
     * batch.num_columns (wrong_kind): a live object of another class, adopted under
     * this one; expects WrongKindException, stale_rejected +1.
     */
    @Test
    void batch_num_columns_batch_wrong_kind_region() throws Exception {
        Region region = m.region(0L);
        Batch recv = Batch.fromHandle(region.handle());
        Record stats = m.stats();
        m.expectMisuse(WrongKindException.class, stats, "staleRejected", "", () -> recv.numColumns());
    }

    /**
     * batch.num_columns (after_region_destroy): the object's region was destroyed
     * before the call; expects StaleHandleException, stale_rejected +1.
     */
    @Test
    void batch_num_columns_batch_after_region_destroy() throws Exception {
        Region region = m.region(0L);
        Batch recv = m.keep(region.batch(16));
        region.close();
        Record stats = m.stats();
        m.expectMisuse(StaleHandleException.class, stats, "staleRejected", "", () -> recv.numColumns());
    }

    /**
     * batch.num_rows (stale): the object was closed before the call; expects
     * StaleHandleException, stale_rejected +1.
     */
    @Test
    void batch_num_rows_batch_stale() throws Exception {
        Region region = m.region(0L);
        Batch recv = m.keep(region.batch(16));
        recv.close();
        Record stats = m.stats();
        m.expectMisuse(StaleHandleException.class, stats, "staleRejected", "", () -> recv.numRows());
    }

    /**
     * batch.num_rows (reused): the object was closed and its slot now holds a newer
     * object; expects ReusedHandleException, stale_rejected +1.
     */
    @Test
    void batch_num_rows_batch_reused() throws Exception {
        Region region = m.region(0L);
        Batch recv = m.keep(region.batch(16));
        recv.close();
        Batch newer = m.keep(region.batch(16));
        Record stats = m.stats();
        m.expectMisuse(ReusedHandleException.class, stats, "staleRejected", "", () -> recv.numRows());
    }

    /**
     * batch.num_rows (forged): a handle that was never issued; expects
     * ForgedHandleException, stale_rejected +1.
     */
    @Test
    void batch_num_rows_batch_forged() throws Exception {
        Region region = m.region(0L);
        Batch recv = Batch.fromHandle(0x8fffffff00000001L);
        Record stats = m.stats();
        m.expectMisuse(ForgedHandleException.class, stats, "staleRejected", "", () -> recv.numRows());
    }

    /**
     * batch.num_rows (wrong_kind): a live object of another class, adopted under this
     * one; expects WrongKindException, stale_rejected +1.
     */
    @Test
    void batch_num_rows_batch_wrong_kind_region() throws Exception {
        Region region = m.region(0L);
        Batch recv = Batch.fromHandle(region.handle());
        Record stats = m.stats();
        m.expectMisuse(WrongKindException.class, stats, "staleRejected", "", () -> recv.numRows());
    }

    /**
     * batch.num_rows (after_region_destroy): the object's region was destroyed before
     * the call; expects StaleHandleException, stale_rejected +1.
     */
    @Test
    void batch_num_rows_batch_after_region_destroy() throws Exception {
        Region region = m.region(0L);
        Batch recv = m.keep(region.batch(16));
        region.close();
        Record stats = m.stats();
        m.expectMisuse(StaleHandleException.class, stats, "staleRejected", "", () -> recv.numRows());
    }

    /**
     * batch.column_name (stale): the object was closed before the call; expects
     * StaleHandleException, stale_rejected +1.
     */
    @Test
    void batch_column_name_batch_stale() throws Exception {
        Region region = m.region(0L);
        Batch recv = m.keep(region.batch(16));
        recv.close();
        Record stats = m.stats();
        m.expectMisuse(StaleHandleException.class, stats, "staleRejected", "", () -> recv.columnName(0L));
    }

    /**
     * batch.column_name (reused): the object was closed and its slot now holds a newer
     * object; expects ReusedHandleException, stale_rejected +1.
     */
    @Test
    void batch_column_name_batch_reused() throws Exception {
        Region region = m.region(0L);
        Batch recv = m.keep(region.batch(16));
        recv.close();
        Batch newer = m.keep(region.batch(16));
        Record stats = m.stats();
        m.expectMisuse(ReusedHandleException.class, stats, "staleRejected", "", () -> recv.columnName(0L));
    }

    /**
     * batch.column_name (forged): a handle that was never issued; expects
     * ForgedHandleException, stale_rejected +1.
     */
    @Test
    void batch_column_name_batch_forged() throws Exception {
        Region region = m.region(0L);
        Batch recv = Batch.fromHandle(0x8fffffff00000001L);
        Record stats = m.stats();
        m.expectMisuse(ForgedHandleException.class, stats, "staleRejected", "", () -> recv.columnName(0L));
    }

    /**
     * batch.column_name (wrong_kind): a live object of another class, adopted under
     * this one; expects WrongKindException, stale_rejected +1.
     */
    @Test
    void batch_column_name_batch_wrong_kind_region() throws Exception {
        Region region = m.region(0L);
        Batch recv = Batch.fromHandle(region.handle());
        Record stats = m.stats();
        m.expectMisuse(WrongKindException.class, stats, "staleRejected", "", () -> recv.columnName(0L));
    }

    /**
     * batch.column_name (after_region_destroy): the object's region was destroyed
     * before the call; expects StaleHandleException, stale_rejected +1.
     */
    @Test
    void batch_column_name_batch_after_region_destroy() throws Exception {
        Region region = m.region(0L);
        Batch recv = m.keep(region.batch(16));
        region.close();
        Record stats = m.stats();
        m.expectMisuse(StaleHandleException.class, stats, "staleRejected", "", () -> recv.columnName(0L));
    }

    /**
     * batch.column_name (absurd_value): an integer far out of range (sizes of 2^32 and
     * more on every target width); expects OutOfRangeException, no counter moving.
     */
    @Test
    void batch_column_name_batch_absurd_value_index_100000010() throws Exception {
        Region region = m.region(0L);
        Batch recv = m.keep(region.batch(16));
        Record stats = m.stats();
        m.expectMisuse(OutOfRangeException.class, stats, "", "", () -> recv.columnName(0x100000010L));
    }

    /**
     * batch.column_name (absurd_value): an integer far out of range (sizes of 2^32 and
     * more on every target width); expects OutOfRangeException, no counter moving.
     */
    @Test
    void batch_column_name_batch_absurd_value_index_10000000000() throws Exception {
        Region region = m.region(0L);
        Batch recv = m.keep(region.batch(16));
        Record stats = m.stats();
        m.expectMisuse(OutOfRangeException.class, stats, "", "", () -> recv.columnName(0x10000000000L));
    }

    /**
     * batch.column_name (absurd_value): an integer far out of range (sizes of 2^32 and
     * more on every target width); expects OutOfRangeException, no counter moving.
     */
    @Test
    void batch_column_name_batch_absurd_value_index_ffffffffffffffff() throws Exception {
        Region region = m.region(0L);
        Batch recv = m.keep(region.batch(16));
        Record stats = m.stats();
        m.expectMisuse(OutOfRangeException.class, stats, "", "", () -> recv.columnName(0xffffffffffffffffL));
    }

    /**
     * batch.validate (stale): the object was closed before the call; expects
     * StaleHandleException, stale_rejected +1.
     */
    @Test
    void batch_validate_batch_stale() throws Exception {
        Region region = m.region(0L);
        Batch recv = m.keep(region.batch(16));
        recv.close();
        Record stats = m.stats();
        m.expectMisuse(StaleHandleException.class, stats, "staleRejected", "", () -> recv.validate());
    }

    /**
     * batch.validate (reused): the object was closed and its slot now holds a newer
     * object; expects ReusedHandleException, stale_rejected +1.
     */
    @Test
    void batch_validate_batch_reused() throws Exception {
        Region region = m.region(0L);
        Batch recv = m.keep(region.batch(16));
        recv.close();
        Batch newer = m.keep(region.batch(16));
        Record stats = m.stats();
        m.expectMisuse(ReusedHandleException.class, stats, "staleRejected", "", () -> recv.validate());
    }

    /**
     * batch.validate (forged): a handle that was never issued; expects
     * ForgedHandleException, stale_rejected +1.
     */
    @Test
    void batch_validate_batch_forged() throws Exception {
        Region region = m.region(0L);
        Batch recv = Batch.fromHandle(0x8fffffff00000001L);
        Record stats = m.stats();
        m.expectMisuse(ForgedHandleException.class, stats, "staleRejected", "", () -> recv.validate());
    }

    /**
     * batch.validate (wrong_kind): a live object of another class, adopted under this
     * one; expects WrongKindException, stale_rejected +1.
     */
    @Test
    void batch_validate_batch_wrong_kind_region() throws Exception {
        Region region = m.region(0L);
        Batch recv = Batch.fromHandle(region.handle());
        Record stats = m.stats();
        m.expectMisuse(WrongKindException.class, stats, "staleRejected", "", () -> recv.validate());
    }

    /**
     * batch.validate (after_region_destroy): the object's region was destroyed before
     * the call; expects StaleHandleException, stale_rejected +1.
     */
    @Test
    void batch_validate_batch_after_region_destroy() throws Exception {
        Region region = m.region(0L);
        Batch recv = m.keep(region.batch(16));
        region.close();
        Record stats = m.stats();
        m.expectMisuse(StaleHandleException.class, stats, "staleRejected", "", () -> recv.validate());
    }

    /**
     * batch.append_row (stale): the object was closed before the call; expects
     * StaleHandleException, stale_rejected +1.
     */
    @Test
    void batch_append_row_batch_stale() throws Exception {
        Region region = m.region(0L);
        Batch recv = m.keep(region.batch(16));
        recv.close();
        Record stats = m.stats();
        m.expectMisuse(StaleHandleException.class, stats, "staleRejected", "", () -> recv.appendRow(new byte[] {104, 101, 108, 108, 111}));
    }

    /**
     * batch.append_row (reused): the object was closed and its slot now holds a newer
     * object; expects ReusedHandleException, stale_rejected +1.
     */
    @Test
    void batch_append_row_batch_reused() throws Exception {
        Region region = m.region(0L);
        Batch recv = m.keep(region.batch(16));
        recv.close();
        Batch newer = m.keep(region.batch(16));
        Record stats = m.stats();
        m.expectMisuse(ReusedHandleException.class, stats, "staleRejected", "", () -> recv.appendRow(new byte[] {104, 101, 108, 108, 111}));
    }

    /**
     * batch.append_row (forged): a handle that was never issued; expects
     * ForgedHandleException, stale_rejected +1.
     */
    @Test
    void batch_append_row_batch_forged() throws Exception {
        Region region = m.region(0L);
        Batch recv = Batch.fromHandle(0x8fffffff00000001L);
        Record stats = m.stats();
        m.expectMisuse(ForgedHandleException.class, stats, "staleRejected", "", () -> recv.appendRow(new byte[] {104, 101, 108, 108, 111}));
    }

    /**
     * batch.append_row (wrong_kind): a live object of another class, adopted under
     * this one; expects WrongKindException, stale_rejected +1.
     */
    @Test
    void batch_append_row_batch_wrong_kind_region() throws Exception {
        Region region = m.region(0L);
        Batch recv = Batch.fromHandle(region.handle());
        Record stats = m.stats();
        m.expectMisuse(WrongKindException.class, stats, "staleRejected", "", () -> recv.appendRow(new byte[] {104, 101, 108, 108, 111}));
    }

    /**
     * batch.append_row (after_region_destroy): the object's region was destroyed
     * before the call; expects StaleHandleException, stale_rejected +1.
     */
    @Test
    void batch_append_row_batch_after_region_destroy() throws Exception {
        Region region = m.region(0L);
        Batch recv = m.keep(region.batch(16));
        region.close();
        Record stats = m.stats();
        m.expectMisuse(StaleHandleException.class, stats, "staleRejected", "", () -> recv.appendRow(new byte[] {104, 101, 108, 108, 111}));
    }

    /**
     * batch.append_row (null): null (None, nil) where a value is required; expects
     * InvalidArgumentException, no counter moving.
     */
    @Test
    void batch_append_row_batch_null_row() throws Exception {
        Region region = m.region(0L);
        Batch recv = m.keep(region.batch(16));
        Record stats = m.stats();
        m.expectMisuse(InvalidArgumentException.class, stats, "", "row", () -> recv.appendRow(null));
    }

    /**
     * list_vector.create (stale): the object was closed before the call; expects
     * StaleHandleException, stale_rejected +1.
     */
    @Test
    void list_vector_create_region_stale() throws Exception {
        Region region = m.region(0L);
        Vector arg_child = m.keep(region.vector(ElementType.of(1), 16L, false));
        region.close();
        Record stats = m.stats();
        m.expectMisuse(StaleHandleException.class, stats, "staleRejected", "", () -> region.listVector(arg_child, 16L, false, false));
    }

    /**
     * list_vector.create (reused): the object was closed and its slot now holds a
     * newer object; expects ReusedHandleException, stale_rejected +1.
     */
    @Test
    void list_vector_create_region_reused() throws Exception {
        Region region = m.region(0L);
        Vector arg_child = m.keep(region.vector(ElementType.of(1), 16L, false));
        region.close();
        Region newer = m.region(0L);
        Record stats = m.stats();
        m.expectMisuse(ReusedHandleException.class, stats, "staleRejected", "", () -> region.listVector(arg_child, 16L, false, false));
    }

    /**
     * list_vector.create (forged): a handle that was never issued; expects
     * ForgedHandleException, stale_rejected +1.
     */
    @Test
    void list_vector_create_region_forged() throws Exception {
        Region region = m.region(0L);
        Vector arg_child = m.keep(region.vector(ElementType.of(1), 16L, false));
        Region recv = Region.fromHandle(0x1fffffff00000001L);
        byte[][] before = m.remember(arg_child);
        Record stats = m.stats();
        m.expectMisuse(ForgedHandleException.class, stats, "staleRejected", "", () -> recv.listVector(arg_child, 16L, false, false));
        m.unchanged(before, arg_child);
    }

    /**
     * list_vector.create (wrong_kind): a live object of another class, adopted under
     * this one; expects WrongKindException, stale_rejected +1.
     */
    @Test
    void list_vector_create_region_wrong_kind_buffer() throws Exception {
        Region region = m.region(0L);
        Buffer other = m.keep(region.alloc(16L, 16L));
        other.write(0L, new byte[] {(byte) 0xa0, (byte) 0xa1, (byte) 0xa2, (byte) 0xa3, (byte) 0xa4, (byte) 0xa5, (byte) 0xa6, (byte) 0xa7, (byte) 0xa8, (byte) 0xa9, (byte) 0xaa, (byte) 0xab, (byte) 0xac, (byte) 0xad, (byte) 0xae, (byte) 0xaf});
        Vector arg_child = m.keep(region.vector(ElementType.of(1), 16L, false));
        Region recv = Region.fromHandle(other.handle());
        byte[][] before = m.remember(other, arg_child);
        Record stats = m.stats();
        m.expectMisuse(WrongKindException.class, stats, "staleRejected", "", () -> recv.listVector(arg_child, 16L, false, false));
        m.unchanged(before, other, arg_child);
    }

    /**
     * list_vector.create (stale): the object was closed before the call; expects
     * StaleHandleException, stale_rejected +1.
     */
    @Test
    void list_vector_create_vector_stale_child() throws Exception {
        Region region = m.region(0L);
        Vector arg_child = m.keep(region.vector(ElementType.of(1), 16L, false));
        arg_child.close();
        Record stats = m.stats();
        m.expectMisuse(StaleHandleException.class, stats, "staleRejected", "", () -> region.listVector(arg_child, 16L, false, false));
    }

    /**
     * list_vector.create (forged): a handle that was never issued; expects
     * ForgedHandleException, stale_rejected +1.
     */
    @Test
    void list_vector_create_vector_forged_child() throws Exception {
        Region region = m.region(0L);
        Vector arg_child = Vector.fromHandle(0x7fffffff00000001L);
        Record stats = m.stats();
        m.expectMisuse(ForgedHandleException.class, stats, "staleRejected", "", () -> region.listVector(arg_child, 16L, false, false));
    }

    /**
     * list_vector.create (reused): the object was closed and its slot now holds a
     * newer object; expects ReusedHandleException, stale_rejected +1.
     */
    @Test
    void list_vector_create_vector_reused_child() throws Exception {
        Region region = m.region(0L);
        Vector arg_child = m.keep(region.vector(ElementType.of(1), 16L, false));
        arg_child.close();
        Vector newer = m.keep(region.vector(ElementType.of(1), 16L, false));
        byte[][] before = m.remember(newer);
        Record stats = m.stats();
        m.expectMisuse(ReusedHandleException.class, stats, "staleRejected", "", () -> region.listVector(arg_child, 16L, false, false));
        m.unchanged(before, newer);
    }

    /**
     * list_vector.create (null): null (None, nil) where a value is required; expects
     * InvalidArgumentException, no counter moving.
     */
    @Test
    void list_vector_create_vector_null_child() throws Exception {
        Region region = m.region(0L);
        Record stats = m.stats();
        m.expectMisuse(InvalidArgumentException.class, stats, "", "child", () -> region.listVector(null, 16L, false, false));
    }

    /**
     * list_vector.create (absurd_value): an integer far out of range (sizes of 2^32
     * and more on every target width); expects InvalidArgumentException, no counter
     * moving.
     */
    @Test
    void list_vector_create_region_absurd_value_capacity_1000000000001() throws Exception {
        Region region = m.region(0L);
        Vector arg_child = m.keep(region.vector(ElementType.of(1), 16L, false));
        byte[][] before = m.remember(arg_child);
        Record stats = m.stats();
        m.expectMisuse(InvalidArgumentException.class, stats, "", "", () -> region.listVector(arg_child, 0x1000000000001L, false, false));
        m.unchanged(before, arg_child);
    }

    /**
     * list_vector.create (absurd_value): an integer far out of range (sizes of 2^32
     * and more on every target width); expects InvalidArgumentException, no counter
     * moving.
     */
    @Test
    void list_vector_create_region_absurd_value_capacity_ffffffffffffffff() throws Exception {
        Region region = m.region(0L);
        Vector arg_child = m.keep(region.vector(ElementType.of(1), 16L, false));
        byte[][] before = m.remember(arg_child);
        Record stats = m.stats();
        m.expectMisuse(InvalidArgumentException.class, stats, "", "", () -> region.listVector(arg_child, 0xffffffffffffffffL, false, false));
        m.unchanged(before, arg_child);
    }

    /**
     * list_vector.create (absurd_value): an integer far out of range (sizes of 2^32
     * and more on every target width); expects OutOfMemoryException, no counter
     * moving.
     */
    @Test
    void list_vector_create_region_absurd_value_capacity_100000010_limited() throws Exception {
        Region region = m.region(1048576L);
        Vector arg_child = m.keep(region.vector(ElementType.of(1), 16L, false));
        byte[][] before = m.remember(arg_child);
        Record stats = m.stats();
        m.expectMisuse(OutOfMemoryException.class, stats, "", "", () -> region.listVector(arg_child, 0x100000010L, false, false));
        m.unchanged(before, arg_child);
    }

    /**
     * list_vector.create (absurd_value): an integer far out of range (sizes of 2^32
     * and more on every target width); expects OutOfMemoryException, no counter
     * moving.
     */
    @Test
    void list_vector_create_region_absurd_value_capacity_10000000000_limited() throws Exception {
        Region region = m.region(1048576L);
        Vector arg_child = m.keep(region.vector(ElementType.of(1), 16L, false));
        byte[][] before = m.remember(arg_child);
        Record stats = m.stats();
        m.expectMisuse(OutOfMemoryException.class, stats, "", "", () -> region.listVector(arg_child, 0x10000000000L, false, false));
        m.unchanged(before, arg_child);
    }

    /**
     * list_vector.create (absurd_value): an integer far out of range (sizes of 2^32
     * and more on every target width); expects OutOfMemoryException, no counter
     * moving.
     */
    @Test
    void list_vector_create_region_absurd_value_capacity_1000000000000_limited() throws Exception {
        Region region = m.region(1048576L);
        Vector arg_child = m.keep(region.vector(ElementType.of(1), 16L, false));
        byte[][] before = m.remember(arg_child);
        Record stats = m.stats();
        m.expectMisuse(OutOfMemoryException.class, stats, "", "", () -> region.listVector(arg_child, 0x1000000000000L, false, false));
        m.unchanged(before, arg_child);
    }

    /**
     * list_vector.create (absurd_value): an integer far out of range (sizes of 2^32
     * and more on every target width); expects OutOfMemoryException, no counter
     * moving.
     */
    @Test
    void list_vector_create_region_absurd_value_capacity_10000000000() throws Exception {
        Region region = m.region(0L);
        Vector arg_child = m.keep(region.vector(ElementType.of(1), 16L, false));
        byte[][] before = m.remember(arg_child);
        Record stats = m.stats();
        m.expectMisuse(OutOfMemoryException.class, stats, "", "", () -> region.listVector(arg_child, 0x10000000000L, false, false));
        m.unchanged(before, arg_child);
    }

    /**
     * list_vector.create (absurd_value): an integer far out of range (sizes of 2^32
     * and more on every target width); expects OutOfMemoryException, no counter
     * moving.
     */
    @Test
    void list_vector_create_region_absurd_value_capacity_1000000000000() throws Exception {
        Region region = m.region(0L);
        Vector arg_child = m.keep(region.vector(ElementType.of(1), 16L, false));
        byte[][] before = m.remember(arg_child);
        Record stats = m.stats();
        m.expectMisuse(OutOfMemoryException.class, stats, "", "", () -> region.listVector(arg_child, 0x1000000000000L, false, false));
        m.unchanged(before, arg_child);
    }

    /**
     * list_vector.release (reused): the object was closed and its slot now holds a
     * newer object; expects ReusedHandleException, stale_rejected +1.
     */
    @Test
    void list_vector_release_list_vector_reused() throws Exception {
        Region region = m.region(0L);
        Vector recv_child = m.keep(region.vector(ElementType.of(1), 16L, false));
        ListVector recv = m.keep(region.listVector(recv_child, 16L, false, false));
        recv.close();
        ListVector newer = m.keep(region.listVector(recv_child, 16L, false, false));
        ListVector again = ListVector.fromHandle(recv.handle());
        byte[][] before = m.remember(recv_child);
        Record stats = m.stats();
        m.expectMisuse(ReusedHandleException.class, stats, "staleRejected", "", () -> again.close());
        newer.close();
        m.unchanged(before, recv_child);
    }

    /**
     * list_vector.release (forged): a handle that was never issued; expects
     * ForgedHandleException, stale_rejected +1.
     */
    @Test
    void list_vector_release_list_vector_forged() throws Exception {
        Region region = m.region(0L);
        ListVector recv = ListVector.fromHandle(0xbfffffff00000001L);
        Record stats = m.stats();
        m.expectMisuse(ForgedHandleException.class, stats, "staleRejected", "", () -> recv.close());
    }

    /**
     * list_vector.release (wrong_kind): a live object of another class, adopted under
     * this one; expects WrongKindException, stale_rejected +1.
     */
    @Test
    void list_vector_release_list_vector_wrong_kind_region() throws Exception {
        Region region = m.region(0L);
        ListVector recv = ListVector.fromHandle(region.handle());
        Record stats = m.stats();
        m.expectMisuse(WrongKindException.class, stats, "staleRejected", "", () -> recv.close());
    }

    /**
     * list_vector.release (after_region_destroy): the object's region was destroyed
     * before the call; expects StaleHandleException, stale_rejected +1.
     */
    @Test
    void list_vector_release_list_vector_after_region_destroy() throws Exception {
        Region region = m.region(0L);
        Vector recv_child = m.keep(region.vector(ElementType.of(1), 16L, false));
        ListVector recv = m.keep(region.listVector(recv_child, 16L, false, false));
        recv.close();
        region.close();
        ListVector again = ListVector.fromHandle(recv.handle());
        Record stats = m.stats();
        m.expectMisuse(StaleHandleException.class, stats, "staleRejected", "", () -> again.close());
    }

    /**
     * list_vector.release (double_release): a second wrapper of an already released
     * handle is closed; expects StaleHandleException, stale_rejected +1.
     */
    @Test
    void list_vector_release_list_vector_double_release() throws Exception {
        Region region = m.region(0L);
        Vector recv_child = m.keep(region.vector(ElementType.of(1), 16L, false));
        ListVector recv = m.keep(region.listVector(recv_child, 16L, false, false));
        recv.close();
        ListVector again = ListVector.fromHandle(recv.handle());
        byte[][] before = m.remember(recv_child);
        Record stats = m.stats();
        m.expectMisuse(StaleHandleException.class, stats, "staleRejected", "", () -> again.close());
        m.unchanged(before, recv_child);
    }

    /**
     * list_vector.length (stale): the object was closed before the call; expects
     * StaleHandleException, stale_rejected +1.
     */
    @Test
    void list_vector_length_list_vector_stale() throws Exception {
        Region region = m.region(0L);
        Vector recv_child = m.keep(region.vector(ElementType.of(1), 16L, false));
        ListVector recv = m.keep(region.listVector(recv_child, 16L, false, false));
        recv.close();
        byte[][] before = m.remember(recv_child);
        Record stats = m.stats();
        m.expectMisuse(StaleHandleException.class, stats, "staleRejected", "", () -> recv.length());
        m.unchanged(before, recv_child);
    }

    /**
     * list_vector.length (reused): the object was closed and its slot now holds a
     * newer object; expects ReusedHandleException, stale_rejected +1.
     */
    @Test
    void list_vector_length_list_vector_reused() throws Exception {
        Region region = m.region(0L);
        Vector recv_child = m.keep(region.vector(ElementType.of(1), 16L, false));
        ListVector recv = m.keep(region.listVector(recv_child, 16L, false, false));
        recv.close();
        ListVector newer = m.keep(region.listVector(recv_child, 16L, false, false));
        byte[][] before = m.remember(recv_child);
        Record stats = m.stats();
        m.expectMisuse(ReusedHandleException.class, stats, "staleRejected", "", () -> recv.length());
        newer.close();
        m.unchanged(before, recv_child);
    }

    /**
     * list_vector.length (forged): a handle that was never issued; expects
     * ForgedHandleException, stale_rejected +1.
     */
    @Test
    void list_vector_length_list_vector_forged() throws Exception {
        Region region = m.region(0L);
        ListVector recv = ListVector.fromHandle(0xbfffffff00000001L);
        Record stats = m.stats();
        m.expectMisuse(ForgedHandleException.class, stats, "staleRejected", "", () -> recv.length());
    }

    /**
     * list_vector.length (wrong_kind): a live object of another class, adopted under
     * this one; expects WrongKindException, stale_rejected +1.
     */
    @Test
    void list_vector_length_list_vector_wrong_kind_region() throws Exception {
        Region region = m.region(0L);
        ListVector recv = ListVector.fromHandle(region.handle());
        Record stats = m.stats();
        m.expectMisuse(WrongKindException.class, stats, "staleRejected", "", () -> recv.length());
    }

    /**
     * list_vector.length (after_region_destroy): the object's region was destroyed
     * before the call; expects StaleHandleException, stale_rejected +1.
     */
    @Test
    void list_vector_length_list_vector_after_region_destroy() throws Exception {
        Region region = m.region(0L);
        Vector recv_child = m.keep(region.vector(ElementType.of(1), 16L, false));
        ListVector recv = m.keep(region.listVector(recv_child, 16L, false, false));
        recv.close();
        region.close();
        ListVector again = ListVector.fromHandle(recv.handle());
        Record stats = m.stats();
        m.expectMisuse(StaleHandleException.class, stats, "staleRejected", "", () -> again.length());
    }

    /**
     * list_vector.capacity (stale): the object was closed before the call; expects
     * StaleHandleException, stale_rejected +1.
     */
    @Test
    void list_vector_capacity_list_vector_stale() throws Exception {
        Region region = m.region(0L);
        Vector recv_child = m.keep(region.vector(ElementType.of(1), 16L, false));
        ListVector recv = m.keep(region.listVector(recv_child, 16L, false, false));
        recv.close();
        byte[][] before = m.remember(recv_child);
        Record stats = m.stats();
        m.expectMisuse(StaleHandleException.class, stats, "staleRejected", "", () -> recv.capacity());
        m.unchanged(before, recv_child);
    }

    /**
     * list_vector.capacity (reused): the object was closed and its slot now holds a
     * newer object; expects ReusedHandleException, stale_rejected +1.
     */
    @Test
    void list_vector_capacity_list_vector_reused() throws Exception {
        Region region = m.region(0L);
        Vector recv_child = m.keep(region.vector(ElementType.of(1), 16L, false));
        ListVector recv = m.keep(region.listVector(recv_child, 16L, false, false));
        recv.close();
        ListVector newer = m.keep(region.listVector(recv_child, 16L, false, false));
        byte[][] before = m.remember(recv_child);
        Record stats = m.stats();
        m.expectMisuse(ReusedHandleException.class, stats, "staleRejected", "", () -> recv.capacity());
        newer.close();
        m.unchanged(before, recv_child);
    }

    /**
     * list_vector.capacity (forged): a handle that was never issued; expects
     * ForgedHandleException, stale_rejected +1.
     */
    @Test
    void list_vector_capacity_list_vector_forged() throws Exception {
        Region region = m.region(0L);
        ListVector recv = ListVector.fromHandle(0xbfffffff00000001L);
        Record stats = m.stats();
        m.expectMisuse(ForgedHandleException.class, stats, "staleRejected", "", () -> recv.capacity());
    }

    /**
     * list_vector.capacity (wrong_kind): a live object of another class, adopted under
     * this one; expects WrongKindException, stale_rejected +1.
     */
    @Test
    void list_vector_capacity_list_vector_wrong_kind_region() throws Exception {
        Region region = m.region(0L);
        ListVector recv = ListVector.fromHandle(region.handle());
        Record stats = m.stats();
        m.expectMisuse(WrongKindException.class, stats, "staleRejected", "", () -> recv.capacity());
    }

    /**
     * list_vector.capacity (after_region_destroy): the object's region was destroyed
     * before the call; expects StaleHandleException, stale_rejected +1.
     */
    @Test
    void list_vector_capacity_list_vector_after_region_destroy() throws Exception {
        Region region = m.region(0L);
        Vector recv_child = m.keep(region.vector(ElementType.of(1), 16L, false));
        ListVector recv = m.keep(region.listVector(recv_child, 16L, false, false));
        recv.close();
        region.close();
        ListVector again = ListVector.fromHandle(recv.handle());
        Record stats = m.stats();
        m.expectMisuse(StaleHandleException.class, stats, "staleRejected", "", () -> again.capacity());
    }

    /**
     * list_vector.null_count (stale): the object was closed before the call; expects
     * StaleHandleException, stale_rejected +1.
     */
    @Test
    void list_vector_null_count_list_vector_stale() throws Exception {
        Region region = m.region(0L);
        Vector recv_child = m.keep(region.vector(ElementType.of(1), 16L, false));
        ListVector recv = m.keep(region.listVector(recv_child, 16L, false, false));
        recv.close();
        byte[][] before = m.remember(recv_child);
        Record stats = m.stats();
        m.expectMisuse(StaleHandleException.class, stats, "staleRejected", "", () -> recv.nullCount());
        m.unchanged(before, recv_child);
    }

    /**
     * list_vector.null_count (reused): the object was closed and its slot now holds a
     * newer object; expects ReusedHandleException, stale_rejected +1.
     */
    @Test
    void list_vector_null_count_list_vector_reused() throws Exception {
        Region region = m.region(0L);
        Vector recv_child = m.keep(region.vector(ElementType.of(1), 16L, false));
        ListVector recv = m.keep(region.listVector(recv_child, 16L, false, false));
        recv.close();
        ListVector newer = m.keep(region.listVector(recv_child, 16L, false, false));
        byte[][] before = m.remember(recv_child);
        Record stats = m.stats();
        m.expectMisuse(ReusedHandleException.class, stats, "staleRejected", "", () -> recv.nullCount());
        newer.close();
        m.unchanged(before, recv_child);
    }

    /**
     * list_vector.null_count (forged): a handle that was never issued; expects
     * ForgedHandleException, stale_rejected +1.
     */
    @Test
    void list_vector_null_count_list_vector_forged() throws Exception {
        Region region = m.region(0L);
        ListVector recv = ListVector.fromHandle(0xbfffffff00000001L);
        Record stats = m.stats();
        m.expectMisuse(ForgedHandleException.class, stats, "staleRejected", "", () -> recv.nullCount());
    }

    /**
     * list_vector.null_count (wrong_kind): a live object of another class, adopted
     * under this one; expects WrongKindException, stale_rejected +1.
     */
    @Test
    void list_vector_null_count_list_vector_wrong_kind_region() throws Exception {
        Region region = m.region(0L);
        ListVector recv = ListVector.fromHandle(region.handle());
        Record stats = m.stats();
        m.expectMisuse(WrongKindException.class, stats, "staleRejected", "", () -> recv.nullCount());
    }

    /**
     * list_vector.null_count (after_region_destroy): the object's region was destroyed
     * before the call; expects StaleHandleException, stale_rejected +1.
     */
    @Test
    void list_vector_null_count_list_vector_after_region_destroy() throws Exception {
        Region region = m.region(0L);
        Vector recv_child = m.keep(region.vector(ElementType.of(1), 16L, false));
        ListVector recv = m.keep(region.listVector(recv_child, 16L, false, false));
        recv.close();
        region.close();
        ListVector again = ListVector.fromHandle(recv.handle());
        Record stats = m.stats();
        m.expectMisuse(StaleHandleException.class, stats, "staleRejected", "", () -> again.nullCount());
    }

    /**
     * list_vector.is_map (stale): the object was closed before the call; expects
     * StaleHandleException, stale_rejected +1.
     */
    @Test
    void list_vector_is_map_list_vector_stale() throws Exception {
        Region region = m.region(0L);
        Vector recv_child = m.keep(region.vector(ElementType.of(1), 16L, false));
        ListVector recv = m.keep(region.listVector(recv_child, 16L, false, false));
        recv.close();
        byte[][] before = m.remember(recv_child);
        Record stats = m.stats();
        m.expectMisuse(StaleHandleException.class, stats, "staleRejected", "", () -> recv.isMap());
        m.unchanged(before, recv_child);
    }

    /**
     * list_vector.is_map (reused): the object was closed and its slot now holds a
     * newer object; expects ReusedHandleException, stale_rejected +1.
     */
    @Test
    void list_vector_is_map_list_vector_reused() throws Exception {
        Region region = m.region(0L);
        Vector recv_child = m.keep(region.vector(ElementType.of(1), 16L, false));
        ListVector recv = m.keep(region.listVector(recv_child, 16L, false, false));
        recv.close();
        ListVector newer = m.keep(region.listVector(recv_child, 16L, false, false));
        byte[][] before = m.remember(recv_child);
        Record stats = m.stats();
        m.expectMisuse(ReusedHandleException.class, stats, "staleRejected", "", () -> recv.isMap());
        newer.close();
        m.unchanged(before, recv_child);
    }

    /**
     * list_vector.is_map (forged): a handle that was never issued; expects
     * ForgedHandleException, stale_rejected +1.
     */
    @Test
    void list_vector_is_map_list_vector_forged() throws Exception {
        Region region = m.region(0L);
        ListVector recv = ListVector.fromHandle(0xbfffffff00000001L);
        Record stats = m.stats();
        m.expectMisuse(ForgedHandleException.class, stats, "staleRejected", "", () -> recv.isMap());
    }

    /**
     * list_vector.is_map (wrong_kind): a live object of another class, adopted under
     * this one; expects WrongKindException, stale_rejected +1.
     */
    @Test
    void list_vector_is_map_list_vector_wrong_kind_region() throws Exception {
        Region region = m.region(0L);
        ListVector recv = ListVector.fromHandle(region.handle());
        Record stats = m.stats();
        m.expectMisuse(WrongKindException.class, stats, "staleRejected", "", () -> recv.isMap());
    }

    /**
     * list_vector.is_map (after_region_destroy): the object's region was destroyed
     * before the call; expects StaleHandleException, stale_rejected +1.
     */
    @Test
    void list_vector_is_map_list_vector_after_region_destroy() throws Exception {
        Region region = m.region(0L);
        Vector recv_child = m.keep(region.vector(ElementType.of(1), 16L, false));
        ListVector recv = m.keep(region.listVector(recv_child, 16L, false, false));
        recv.close();
        region.close();
        ListVector again = ListVector.fromHandle(recv.handle());
        Record stats = m.stats();
        m.expectMisuse(StaleHandleException.class, stats, "staleRejected", "", () -> again.isMap());
    }

    /**
     * list_vector.is_valid (stale): the object was closed before the call; expects
     * StaleHandleException, stale_rejected +1.
     */
    @Test
    void list_vector_is_valid_list_vector_stale() throws Exception {
        Region region = m.region(0L);
        Vector recv_child = m.keep(region.vector(ElementType.of(1), 16L, false));
        ListVector recv = m.keep(region.listVector(recv_child, 16L, false, false));
        recv.close();
        byte[][] before = m.remember(recv_child);
        Record stats = m.stats();
        m.expectMisuse(StaleHandleException.class, stats, "staleRejected", "", () -> recv.isValid(0L));
        m.unchanged(before, recv_child);
    }

    /**
     * list_vector.is_valid (reused): the object was closed and its slot now holds a
     * newer object; expects ReusedHandleException, stale_rejected +1.
     */
    @Test
    void list_vector_is_valid_list_vector_reused() throws Exception {
        Region region = m.region(0L);
        Vector recv_child = m.keep(region.vector(ElementType.of(1), 16L, false));
        ListVector recv = m.keep(region.listVector(recv_child, 16L, false, false));
        recv.close();
        ListVector newer = m.keep(region.listVector(recv_child, 16L, false, false));
        byte[][] before = m.remember(recv_child);
        Record stats = m.stats();
        m.expectMisuse(ReusedHandleException.class, stats, "staleRejected", "", () -> recv.isValid(0L));
        newer.close();
        m.unchanged(before, recv_child);
    }

    /**
     * list_vector.is_valid (forged): a handle that was never issued; expects
     * ForgedHandleException, stale_rejected +1.
     */
    @Test
    void list_vector_is_valid_list_vector_forged() throws Exception {
        Region region = m.region(0L);
        ListVector recv = ListVector.fromHandle(0xbfffffff00000001L);
        Record stats = m.stats();
        m.expectMisuse(ForgedHandleException.class, stats, "staleRejected", "", () -> recv.isValid(0L));
    }

    /**
     * list_vector.is_valid (wrong_kind): a live object of another class, adopted under
     * this one; expects WrongKindException, stale_rejected +1.
     */
    @Test
    void list_vector_is_valid_list_vector_wrong_kind_region() throws Exception {
        Region region = m.region(0L);
        ListVector recv = ListVector.fromHandle(region.handle());
        Record stats = m.stats();
        m.expectMisuse(WrongKindException.class, stats, "staleRejected", "", () -> recv.isValid(0L));
    }

    /**
     * list_vector.is_valid (after_region_destroy): the object's region was destroyed
     * before the call; expects StaleHandleException, stale_rejected +1.
     */
    @Test
    void list_vector_is_valid_list_vector_after_region_destroy() throws Exception {
        Region region = m.region(0L);
        Vector recv_child = m.keep(region.vector(ElementType.of(1), 16L, false));
        ListVector recv = m.keep(region.listVector(recv_child, 16L, false, false));
        recv.close();
        region.close();
        ListVector again = ListVector.fromHandle(recv.handle());
        Record stats = m.stats();
        m.expectMisuse(StaleHandleException.class, stats, "staleRejected", "", () -> again.isValid(0L));
    }

    /**
     * list_vector.is_valid (absurd_value): an integer far out of range (sizes of 2^32
     * and more on every target width); expects OutOfRangeException, no counter moving.
     */
    @Test
    void list_vector_is_valid_list_vector_absurd_value_index_100000010() throws Exception {
        Region region = m.region(0L);
        Vector recv_child = m.keep(region.vector(ElementType.of(1), 16L, false));
        ListVector recv = m.keep(region.listVector(recv_child, 16L, false, false));
        byte[][] before = m.remember(recv_child);
        Record stats = m.stats();
        m.expectMisuse(OutOfRangeException.class, stats, "", "", () -> recv.isValid(0x100000010L));
        recv.close();
        m.unchanged(before, recv_child);
    }

    /**
     * list_vector.is_valid (absurd_value): an integer far out of range (sizes of 2^32
     * and more on every target width); expects OutOfRangeException, no counter moving.
     */
    @Test
    void list_vector_is_valid_list_vector_absurd_value_index_10000000000() throws Exception {
        Region region = m.region(0L);
        Vector recv_child = m.keep(region.vector(ElementType.of(1), 16L, false));
        ListVector recv = m.keep(region.listVector(recv_child, 16L, false, false));
        byte[][] before = m.remember(recv_child);
        Record stats = m.stats();
        m.expectMisuse(OutOfRangeException.class, stats, "", "", () -> recv.isValid(0x10000000000L));
        recv.close();
        m.unchanged(before, recv_child);
    }

    /**
     * list_vector.is_valid (absurd_value): an integer far out of range (sizes of 2^32
     * and more on every target width); expects OutOfRangeException, no counter moving.
     */
    @Test
    void list_vector_is_valid_list_vector_absurd_value_index_ffffffffffffffff() throws Exception {
        Region region = m.region(0L);
        Vector recv_child = m.keep(region.vector(ElementType.of(1), 16L, false));
        ListVector recv = m.keep(region.listVector(recv_child, 16L, false, false));
        byte[][] before = m.remember(recv_child);
        Record stats = m.stats();
        m.expectMisuse(OutOfRangeException.class, stats, "", "", () -> recv.isValid(0xffffffffffffffffL));
        recv.close();
        m.unchanged(before, recv_child);
    }

    /**
     * list_vector.value_offset (stale): the object was closed before the call; expects
     * StaleHandleException, stale_rejected +1.
     */
    @Test
    void list_vector_value_offset_list_vector_stale() throws Exception {
        Region region = m.region(0L);
        Vector recv_child = m.keep(region.vector(ElementType.of(1), 16L, false));
        ListVector recv = m.keep(region.listVector(recv_child, 16L, false, false));
        recv.close();
        byte[][] before = m.remember(recv_child);
        Record stats = m.stats();
        m.expectMisuse(StaleHandleException.class, stats, "staleRejected", "", () -> recv.valueOffset(0L));
        m.unchanged(before, recv_child);
    }

    /**
     * list_vector.value_offset (reused): the object was closed and its slot now holds
     * a newer object; expects ReusedHandleException, stale_rejected +1.
     */
    @Test
    void list_vector_value_offset_list_vector_reused() throws Exception {
        Region region = m.region(0L);
        Vector recv_child = m.keep(region.vector(ElementType.of(1), 16L, false));
        ListVector recv = m.keep(region.listVector(recv_child, 16L, false, false));
        recv.close();
        ListVector newer = m.keep(region.listVector(recv_child, 16L, false, false));
        byte[][] before = m.remember(recv_child);
        Record stats = m.stats();
        m.expectMisuse(ReusedHandleException.class, stats, "staleRejected", "", () -> recv.valueOffset(0L));
        newer.close();
        m.unchanged(before, recv_child);
    }

    /**
     * list_vector.value_offset (forged): a handle that was never issued; expects
     * ForgedHandleException, stale_rejected +1.
     */
    @Test
    void list_vector_value_offset_list_vector_forged() throws Exception {
        Region region = m.region(0L);
        ListVector recv = ListVector.fromHandle(0xbfffffff00000001L);
        Record stats = m.stats();
        m.expectMisuse(ForgedHandleException.class, stats, "staleRejected", "", () -> recv.valueOffset(0L));
    }

    /**
     * list_vector.value_offset (wrong_kind): a live object of another class, adopted
     * under this one; expects WrongKindException, stale_rejected +1.
     */
    @Test
    void list_vector_value_offset_list_vector_wrong_kind_region() throws Exception {
        Region region = m.region(0L);
        ListVector recv = ListVector.fromHandle(region.handle());
        Record stats = m.stats();
        m.expectMisuse(WrongKindException.class, stats, "staleRejected", "", () -> recv.valueOffset(0L));
    }

    /**
     * list_vector.value_offset (after_region_destroy): the object's region was
     * destroyed before the call; expects StaleHandleException, stale_rejected +1.
     */
    @Test
    void list_vector_value_offset_list_vector_after_region_destroy() throws Exception {
        Region region = m.region(0L);
        Vector recv_child = m.keep(region.vector(ElementType.of(1), 16L, false));
        ListVector recv = m.keep(region.listVector(recv_child, 16L, false, false));
        recv.close();
        region.close();
        ListVector again = ListVector.fromHandle(recv.handle());
        Record stats = m.stats();
        m.expectMisuse(StaleHandleException.class, stats, "staleRejected", "", () -> again.valueOffset(0L));
    }

    /**
     * list_vector.value_offset (absurd_value): an integer far out of range (sizes of
     * 2^32 and more on every target width); expects OutOfRangeException, no counter
     * moving.
     */
    @Test
    void list_vector_value_offset_list_vector_absurd_value_index_100000010() throws Exception {
        Region region = m.region(0L);
        Vector recv_child = m.keep(region.vector(ElementType.of(1), 16L, false));
        ListVector recv = m.keep(region.listVector(recv_child, 16L, false, false));
        byte[][] before = m.remember(recv_child);
        Record stats = m.stats();
        m.expectMisuse(OutOfRangeException.class, stats, "", "", () -> recv.valueOffset(0x100000010L));
        recv.close();
        m.unchanged(before, recv_child);
    }

    /**
     * list_vector.value_offset (absurd_value): an integer far out of range (sizes of
     * 2^32 and more on every target width); expects OutOfRangeException, no counter
     * moving.
     */
    @Test
    void list_vector_value_offset_list_vector_absurd_value_index_10000000000() throws Exception {
        Region region = m.region(0L);
        Vector recv_child = m.keep(region.vector(ElementType.of(1), 16L, false));
        ListVector recv = m.keep(region.listVector(recv_child, 16L, false, false));
        byte[][] before = m.remember(recv_child);
        Record stats = m.stats();
        m.expectMisuse(OutOfRangeException.class, stats, "", "", () -> recv.valueOffset(0x10000000000L));
        recv.close();
        m.unchanged(before, recv_child);
    }

    /**
     * list_vector.value_offset (absurd_value): an integer far out of range (sizes of
     * 2^32 and more on every target width); expects OutOfRangeException, no counter
     * moving.
     */
    @Test
    void list_vector_value_offset_list_vector_absurd_value_index_ffffffffffffffff() throws Exception {
        Region region = m.region(0L);
        Vector recv_child = m.keep(region.vector(ElementType.of(1), 16L, false));
        ListVector recv = m.keep(region.listVector(recv_child, 16L, false, false));
        byte[][] before = m.remember(recv_child);
        Record stats = m.stats();
        m.expectMisuse(OutOfRangeException.class, stats, "", "", () -> recv.valueOffset(0xffffffffffffffffL));
        recv.close();
        m.unchanged(before, recv_child);
    }

    /**
     * list_vector.value_length (stale): the object was closed before the call; expects
     * StaleHandleException, stale_rejected +1.
     */
    @Test
    void list_vector_value_length_list_vector_stale() throws Exception {
        Region region = m.region(0L);
        Vector recv_child = m.keep(region.vector(ElementType.of(1), 16L, false));
        ListVector recv = m.keep(region.listVector(recv_child, 16L, false, false));
        recv.close();
        byte[][] before = m.remember(recv_child);
        Record stats = m.stats();
        m.expectMisuse(StaleHandleException.class, stats, "staleRejected", "", () -> recv.valueLength(0L));
        m.unchanged(before, recv_child);
    }

    /**
     * list_vector.value_length (reused): the object was closed and its slot now holds
     * a newer object; expects ReusedHandleException, stale_rejected +1.
     */
    @Test
    void list_vector_value_length_list_vector_reused() throws Exception {
        Region region = m.region(0L);
        Vector recv_child = m.keep(region.vector(ElementType.of(1), 16L, false));
        ListVector recv = m.keep(region.listVector(recv_child, 16L, false, false));
        recv.close();
        ListVector newer = m.keep(region.listVector(recv_child, 16L, false, false));
        byte[][] before = m.remember(recv_child);
        Record stats = m.stats();
        m.expectMisuse(ReusedHandleException.class, stats, "staleRejected", "", () -> recv.valueLength(0L));
        newer.close();
        m.unchanged(before, recv_child);
    }

    /**
     * list_vector.value_length (forged): a handle that was never issued; expects
     * ForgedHandleException, stale_rejected +1.
     */
    @Test
    void list_vector_value_length_list_vector_forged() throws Exception {
        Region region = m.region(0L);
        ListVector recv = ListVector.fromHandle(0xbfffffff00000001L);
        Record stats = m.stats();
        m.expectMisuse(ForgedHandleException.class, stats, "staleRejected", "", () -> recv.valueLength(0L));
    }

    /**
     * list_vector.value_length (wrong_kind): a live object of another class, adopted
     * under this one; expects WrongKindException, stale_rejected +1.
     */
    @Test
    void list_vector_value_length_list_vector_wrong_kind_region() throws Exception {
        Region region = m.region(0L);
        ListVector recv = ListVector.fromHandle(region.handle());
        Record stats = m.stats();
        m.expectMisuse(WrongKindException.class, stats, "staleRejected", "", () -> recv.valueLength(0L));
    }

    /**
     * list_vector.value_length (after_region_destroy): the object's region was
     * destroyed before the call; expects StaleHandleException, stale_rejected +1.
     */
    @Test
    void list_vector_value_length_list_vector_after_region_destroy() throws Exception {
        Region region = m.region(0L);
        Vector recv_child = m.keep(region.vector(ElementType.of(1), 16L, false));
        ListVector recv = m.keep(region.listVector(recv_child, 16L, false, false));
        recv.close();
        region.close();
        ListVector again = ListVector.fromHandle(recv.handle());
        Record stats = m.stats();
        m.expectMisuse(StaleHandleException.class, stats, "staleRejected", "", () -> again.valueLength(0L));
    }

    /**
     * list_vector.value_length (absurd_value): an integer far out of range (sizes of
     * 2^32 and more on every target width); expects OutOfRangeException, no counter
     * moving.
     */
    @Test
    void list_vector_value_length_list_vector_absurd_value_index_100000010() throws Exception {
        Region region = m.region(0L);
        Vector recv_child = m.keep(region.vector(ElementType.of(1), 16L, false));
        ListVector recv = m.keep(region.listVector(recv_child, 16L, false, false));
        byte[][] before = m.remember(recv_child);
        Record stats = m.stats();
        m.expectMisuse(OutOfRangeException.class, stats, "", "", () -> recv.valueLength(0x100000010L));
        recv.close();
        m.unchanged(before, recv_child);
    }

    /**
     * list_vector.value_length (absurd_value): an integer far out of range (sizes of
     * 2^32 and more on every target width); expects OutOfRangeException, no counter
     * moving.
     */
    @Test
    void list_vector_value_length_list_vector_absurd_value_index_10000000000() throws Exception {
        Region region = m.region(0L);
        Vector recv_child = m.keep(region.vector(ElementType.of(1), 16L, false));
        ListVector recv = m.keep(region.listVector(recv_child, 16L, false, false));
        byte[][] before = m.remember(recv_child);
        Record stats = m.stats();
        m.expectMisuse(OutOfRangeException.class, stats, "", "", () -> recv.valueLength(0x10000000000L));
        recv.close();
        m.unchanged(before, recv_child);
    }

    /**
     * list_vector.value_length (absurd_value): an integer far out of range (sizes of
     * 2^32 and more on every target width); expects OutOfRangeException, no counter
     * moving.
     */
    @Test
    void list_vector_value_length_list_vector_absurd_value_index_ffffffffffffffff() throws Exception {
        Region region = m.region(0L);
        Vector recv_child = m.keep(region.vector(ElementType.of(1), 16L, false));
        ListVector recv = m.keep(region.listVector(recv_child, 16L, false, false));
        byte[][] before = m.remember(recv_child);
        Record stats = m.stats();
        m.expectMisuse(OutOfRangeException.class, stats, "", "", () -> recv.valueLength(0xffffffffffffffffL));
        recv.close();
        m.unchanged(before, recv_child);
    }

    /**
     * list_vector.append (stale): the object was closed before the call; expects
     * StaleHandleException, stale_rejected +1.
     */
    @Test
    void list_vector_append_list_vector_stale() throws Exception {
        Region region = m.region(0L);
        Vector recv_child = m.keep(region.vector(ElementType.of(1), 16L, false));
        ListVector recv = m.keep(region.listVector(recv_child, 16L, false, false));
        recv.close();
        byte[][] before = m.remember(recv_child);
        Record stats = m.stats();
        m.expectMisuse(StaleHandleException.class, stats, "staleRejected", "", () -> recv.append(new byte[] {104, 101, 108, 108, 111}));
        m.unchanged(before, recv_child);
    }

    /**
     * list_vector.append (reused): the object was closed and its slot now holds a
     * newer object; expects ReusedHandleException, stale_rejected +1.
     */
    @Test
    void list_vector_append_list_vector_reused() throws Exception {
        Region region = m.region(0L);
        Vector recv_child = m.keep(region.vector(ElementType.of(1), 16L, false));
        ListVector recv = m.keep(region.listVector(recv_child, 16L, false, false));
        recv.close();
        ListVector newer = m.keep(region.listVector(recv_child, 16L, false, false));
        byte[][] before = m.remember(recv_child);
        Record stats = m.stats();
        m.expectMisuse(ReusedHandleException.class, stats, "staleRejected", "", () -> recv.append(new byte[] {104, 101, 108, 108, 111}));
        newer.close();
        m.unchanged(before, recv_child);
    }

    /**
     * list_vector.append (forged): a handle that was never issued; expects
     * ForgedHandleException, stale_rejected +1.
     */
    @Test
    void list_vector_append_list_vector_forged() throws Exception {
        Region region = m.region(0L);
        ListVector recv = ListVector.fromHandle(0xbfffffff00000001L);
        Record stats = m.stats();
        m.expectMisuse(ForgedHandleException.class, stats, "staleRejected", "", () -> recv.append(new byte[] {104, 101, 108, 108, 111}));
    }

    /**
     * list_vector.append (wrong_kind): a live object of another class, adopted under
     * this one; expects WrongKindException, stale_rejected +1.
     */
    @Test
    void list_vector_append_list_vector_wrong_kind_region() throws Exception {
        Region region = m.region(0L);
        ListVector recv = ListVector.fromHandle(region.handle());
        Record stats = m.stats();
        m.expectMisuse(WrongKindException.class, stats, "staleRejected", "", () -> recv.append(new byte[] {104, 101, 108, 108, 111}));
    }

    /**
     * list_vector.append (after_region_destroy): the object's region was destroyed
     * before the call; expects StaleHandleException, stale_rejected +1.
     */
    @Test
    void list_vector_append_list_vector_after_region_destroy() throws Exception {
        Region region = m.region(0L);
        Vector recv_child = m.keep(region.vector(ElementType.of(1), 16L, false));
        ListVector recv = m.keep(region.listVector(recv_child, 16L, false, false));
        recv.close();
        region.close();
        ListVector again = ListVector.fromHandle(recv.handle());
        Record stats = m.stats();
        m.expectMisuse(StaleHandleException.class, stats, "staleRejected", "", () -> again.append(new byte[] {104, 101, 108, 108, 111}));
    }

    /**
     * list_vector.append (null): null (None, nil) where a value is required; expects
     * InvalidArgumentException, no counter moving.
     */
    @Test
    void list_vector_append_list_vector_null_value() throws Exception {
        Region region = m.region(0L);
        Vector recv_child = m.keep(region.vector(ElementType.of(1), 16L, false));
        ListVector recv = m.keep(region.listVector(recv_child, 16L, false, false));
        byte[][] before = m.remember(recv_child);
        Record stats = m.stats();
        m.expectMisuse(InvalidArgumentException.class, stats, "", "value", () -> recv.append(null));
        recv.close();
        m.unchanged(before, recv_child);
    }

    /**
     * list_vector.append_null (stale): the object was closed before the call; expects
     * StaleHandleException, stale_rejected +1.
     */
    @Test
    void list_vector_append_null_list_vector_stale() throws Exception {
        Region region = m.region(0L);
        Vector recv_child = m.keep(region.vector(ElementType.of(1), 16L, false));
        ListVector recv = m.keep(region.listVector(recv_child, 16L, false, false));
        recv.close();
        byte[][] before = m.remember(recv_child);
        Record stats = m.stats();
        m.expectMisuse(StaleHandleException.class, stats, "staleRejected", "", () -> recv.appendNull());
        m.unchanged(before, recv_child);
    }

    /**
     * list_vector.append_null (reused): the object was closed and its slot now holds a
     * newer object; expects ReusedHandleException, stale_rejected +1.
     */
    @Test
    void list_vector_append_null_list_vector_reused() throws Exception {
        Region region = m.region(0L);
        Vector recv_child = m.keep(region.vector(ElementType.of(1), 16L, false));
        ListVector recv = m.keep(region.listVector(recv_child, 16L, false, false));
        recv.close();
        ListVector newer = m.keep(region.listVector(recv_child, 16L, false, false));
        byte[][] before = m.remember(recv_child);
        Record stats = m.stats();
        m.expectMisuse(ReusedHandleException.class, stats, "staleRejected", "", () -> recv.appendNull());
        newer.close();
        m.unchanged(before, recv_child);
    }

    /**
     * list_vector.append_null (forged): a handle that was never issued; expects
     * ForgedHandleException, stale_rejected +1.
     */
    @Test
    void list_vector_append_null_list_vector_forged() throws Exception {
        Region region = m.region(0L);
        ListVector recv = ListVector.fromHandle(0xbfffffff00000001L);
        Record stats = m.stats();
        m.expectMisuse(ForgedHandleException.class, stats, "staleRejected", "", () -> recv.appendNull());
    }

    /**
     * list_vector.append_null (wrong_kind): a live object of another class, adopted
     * under this one; expects WrongKindException, stale_rejected +1.
     */
    @Test
    void list_vector_append_null_list_vector_wrong_kind_region() throws Exception {
        Region region = m.region(0L);
        ListVector recv = ListVector.fromHandle(region.handle());
        Record stats = m.stats();
        m.expectMisuse(WrongKindException.class, stats, "staleRejected", "", () -> recv.appendNull());
    }

    /**
     * list_vector.append_null (after_region_destroy): the object's region was
     * destroyed before the call; expects StaleHandleException, stale_rejected +1.
     */
    @Test
    void list_vector_append_null_list_vector_after_region_destroy() throws Exception {
        Region region = m.region(0L);
        Vector recv_child = m.keep(region.vector(ElementType.of(1), 16L, false));
        ListVector recv = m.keep(region.listVector(recv_child, 16L, false, false));
        recv.close();
        region.close();
        ListVector again = ListVector.fromHandle(recv.handle());
        Record stats = m.stats();
        m.expectMisuse(StaleHandleException.class, stats, "staleRejected", "", () -> again.appendNull());
    }

    /**
     * list_vector.lookup (stale): the object was closed before the call; expects
     * StaleHandleException, stale_rejected +1.
     */
    @Test
    void list_vector_lookup_list_vector_stale() throws Exception {
        Region region = m.region(0L);
        Vector recv_child = m.keep(region.vector(ElementType.of(1), 16L, false));
        ListVector recv = m.keep(region.listVector(recv_child, 16L, false, false));
        recv.close();
        byte[][] before = m.remember(recv_child);
        Record stats = m.stats();
        m.expectMisuse(StaleHandleException.class, stats, "staleRejected", "", () -> recv.lookup(0L, new byte[] {104, 101, 108, 108, 111}));
        m.unchanged(before, recv_child);
    }

    /**
     * list_vector.lookup (reused): the object was closed and its slot now holds a
     * newer object; expects ReusedHandleException, stale_rejected +1.
     */
    @Test
    void list_vector_lookup_list_vector_reused() throws Exception {
        Region region = m.region(0L);
        Vector recv_child = m.keep(region.vector(ElementType.of(1), 16L, false));
        ListVector recv = m.keep(region.listVector(recv_child, 16L, false, false));
        recv.close();
        ListVector newer = m.keep(region.listVector(recv_child, 16L, false, false));
        byte[][] before = m.remember(recv_child);
        Record stats = m.stats();
        m.expectMisuse(ReusedHandleException.class, stats, "staleRejected", "", () -> recv.lookup(0L, new byte[] {104, 101, 108, 108, 111}));
        newer.close();
        m.unchanged(before, recv_child);
    }

    /**
     * list_vector.lookup (forged): a handle that was never issued; expects
     * ForgedHandleException, stale_rejected +1.
     */
    @Test
    void list_vector_lookup_list_vector_forged() throws Exception {
        Region region = m.region(0L);
        ListVector recv = ListVector.fromHandle(0xbfffffff00000001L);
        Record stats = m.stats();
        m.expectMisuse(ForgedHandleException.class, stats, "staleRejected", "", () -> recv.lookup(0L, new byte[] {104, 101, 108, 108, 111}));
    }

    /**
     * list_vector.lookup (wrong_kind): a live object of another class, adopted under
     * this one; expects WrongKindException, stale_rejected +1.
     */
    @Test
    void list_vector_lookup_list_vector_wrong_kind_region() throws Exception {
        Region region = m.region(0L);
        ListVector recv = ListVector.fromHandle(region.handle());
        Record stats = m.stats();
        m.expectMisuse(WrongKindException.class, stats, "staleRejected", "", () -> recv.lookup(0L, new byte[] {104, 101, 108, 108, 111}));
    }

    /**
     * list_vector.lookup (after_region_destroy): the object's region was destroyed
     * before the call; expects StaleHandleException, stale_rejected +1.
     */
    @Test
    void list_vector_lookup_list_vector_after_region_destroy() throws Exception {
        Region region = m.region(0L);
        Vector recv_child = m.keep(region.vector(ElementType.of(1), 16L, false));
        ListVector recv = m.keep(region.listVector(recv_child, 16L, false, false));
        recv.close();
        region.close();
        ListVector again = ListVector.fromHandle(recv.handle());
        Record stats = m.stats();
        m.expectMisuse(StaleHandleException.class, stats, "staleRejected", "", () -> again.lookup(0L, new byte[] {104, 101, 108, 108, 111}));
    }

    /**
     * list_vector.lookup (absurd_value): an integer far out of range (sizes of 2^32
     * and more on every target width); expects OutOfRangeException, no counter moving.
     */
    @Test
    void list_vector_lookup_list_vector_absurd_value_index_100000010() throws Exception {
        Region region = m.region(0L);
        Vector recv_child = m.keep(region.vector(ElementType.of(1), 16L, false));
        ListVector recv = m.keep(region.listVector(recv_child, 16L, false, false));
        byte[][] before = m.remember(recv_child);
        Record stats = m.stats();
        m.expectMisuse(OutOfRangeException.class, stats, "", "", () -> recv.lookup(0x100000010L, new byte[] {104, 101, 108, 108, 111}));
        recv.close();
        m.unchanged(before, recv_child);
    }

    /**
     * list_vector.lookup (absurd_value): an integer far out of range (sizes of 2^32
     * and more on every target width); expects OutOfRangeException, no counter moving.
     */
    @Test
    void list_vector_lookup_list_vector_absurd_value_index_10000000000() throws Exception {
        Region region = m.region(0L);
        Vector recv_child = m.keep(region.vector(ElementType.of(1), 16L, false));
        ListVector recv = m.keep(region.listVector(recv_child, 16L, false, false));
        byte[][] before = m.remember(recv_child);
        Record stats = m.stats();
        m.expectMisuse(OutOfRangeException.class, stats, "", "", () -> recv.lookup(0x10000000000L, new byte[] {104, 101, 108, 108, 111}));
        recv.close();
        m.unchanged(before, recv_child);
    }

    /**
     * list_vector.lookup (absurd_value): an integer far out of range (sizes of 2^32
     * and more on every target width); expects OutOfRangeException, no counter moving.
     */
    @Test
    void list_vector_lookup_list_vector_absurd_value_index_ffffffffffffffff() throws Exception {
        Region region = m.region(0L);
        Vector recv_child = m.keep(region.vector(ElementType.of(1), 16L, false));
        ListVector recv = m.keep(region.listVector(recv_child, 16L, false, false));
        byte[][] before = m.remember(recv_child);
        Record stats = m.stats();
        m.expectMisuse(OutOfRangeException.class, stats, "", "", () -> recv.lookup(0xffffffffffffffffL, new byte[] {104, 101, 108, 108, 111}));
        recv.close();
        m.unchanged(before, recv_child);
    }

    /**
     * list_vector.lookup (null): null (None, nil) where a value is required; expects
     * InvalidArgumentException, no counter moving.
     */
    @Test
    void list_vector_lookup_list_vector_null_key() throws Exception {
        Region region = m.region(0L);
        Vector recv_child = m.keep(region.vector(ElementType.of(1), 16L, false));
        ListVector recv = m.keep(region.listVector(recv_child, 16L, false, false));
        byte[][] before = m.remember(recv_child);
        Record stats = m.stats();
        m.expectMisuse(InvalidArgumentException.class, stats, "", "key", () -> recv.lookup(0L, null));
        recv.close();
        m.unchanged(before, recv_child);
    }

    /**
     * batch_stream.create (stale): the object was closed before the call; expects
     * StaleHandleException, stale_rejected +1.
     */
    @Test
    void batch_stream_create_region_stale() throws Exception {
        Region region = m.region(0L);
        region.close();
        Record stats = m.stats();
        m.expectMisuse(StaleHandleException.class, stats, "staleRejected", "", () -> region.batchStream(16));
    }

    /**
     * batch_stream.create (reused): the object was closed and its slot now holds a
     * newer object; expects ReusedHandleException, stale_rejected +1.
     */
    @Test
    void batch_stream_create_region_reused() throws Exception {
        Region region = m.region(0L);
        region.close();
        Region newer = m.region(0L);
        Record stats = m.stats();
        m.expectMisuse(ReusedHandleException.class, stats, "staleRejected", "", () -> region.batchStream(16));
    }

    /**
     * batch_stream.create (forged): a handle that was never issued; expects
     * ForgedHandleException, stale_rejected +1.
     */
    @Test
    void batch_stream_create_region_forged() throws Exception {
        Region region = m.region(0L);
        Region recv = Region.fromHandle(0x1fffffff00000001L);
        Record stats = m.stats();
        m.expectMisuse(ForgedHandleException.class, stats, "staleRejected", "", () -> recv.batchStream(16));
    }

    /**
     * batch_stream.create (wrong_kind): a live object of another class, adopted under
     * this one; expects WrongKindException, stale_rejected +1.
     */
    @Test
    void batch_stream_create_region_wrong_kind_buffer() throws Exception {
        Region region = m.region(0L);
        Buffer other = m.keep(region.alloc(16L, 16L));
        other.write(0L, new byte[] {(byte) 0xa0, (byte) 0xa1, (byte) 0xa2, (byte) 0xa3, (byte) 0xa4, (byte) 0xa5, (byte) 0xa6, (byte) 0xa7, (byte) 0xa8, (byte) 0xa9, (byte) 0xaa, (byte) 0xab, (byte) 0xac, (byte) 0xad, (byte) 0xae, (byte) 0xaf});
        Region recv = Region.fromHandle(other.handle());
        byte[][] before = m.remember(other);
        Record stats = m.stats();
        m.expectMisuse(WrongKindException.class, stats, "staleRejected", "", () -> recv.batchStream(16));
        m.unchanged(before, other);
    }

    /**
     * batch_stream.create (absurd_value): an integer far out of range (sizes of 2^32
     * and more on every target width); expects InvalidArgumentException, no counter
     * moving.
     */
    @Test
    void batch_stream_create_region_absurd_value_max_batches_10001() throws Exception {
        Region region = m.region(0L);
        Record stats = m.stats();
        m.expectMisuse(InvalidArgumentException.class, stats, "", "", () -> region.batchStream(65537));
    }

    /**
     * batch_stream.create (absurd_value): an integer far out of range (sizes of 2^32
     * and more on every target width); expects InvalidArgumentException, no counter
     * moving.
     */
    @Test
    void batch_stream_create_region_absurd_value_max_batches_ffffffff() throws Exception {
        Region region = m.region(0L);
        Record stats = m.stats();
        m.expectMisuse(InvalidArgumentException.class, stats, "", "", () -> region.batchStream(0xffffffff));
    }

    /**
     * batch_stream.release (reused): the object was closed and its slot now holds a
     * newer object; expects ReusedHandleException, stale_rejected +1.
     */
    @Test
    void batch_stream_release_batch_stream_reused() throws Exception {
        Region region = m.region(0L);
        BatchStream recv = m.keep(region.batchStream(16));
        recv.close();
        BatchStream newer = m.keep(region.batchStream(16));
        BatchStream again = BatchStream.fromHandle(recv.handle());
        Record stats = m.stats();
        m.expectMisuse(ReusedHandleException.class, stats, "staleRejected", "", () -> again.close());
    }

    /**
     * batch_stream.release (forged): a handle that was never issued; expects
     * ForgedHandleException, stale_rejected +1.
     */
    @Test
    void batch_stream_release_batch_stream_forged() throws Exception {
        Region region = m.region(0L);
        BatchStream recv = BatchStream.fromHandle(0x9fffffff00000001L);
        Record stats = m.stats();
        m.expectMisuse(ForgedHandleException.class, stats, "staleRejected", "", () -> recv.close());
    }

    /**
     * batch_stream.release (wrong_kind): a live object of another class, adopted under
     * this one; expects WrongKindException, stale_rejected +1.
     */
    @Test
    void batch_stream_release_batch_stream_wrong_kind_region() throws Exception {
        Region region = m.region(0L);
        BatchStream recv = BatchStream.fromHandle(region.handle());
        Record stats = m.stats();
        m.expectMisuse(WrongKindException.class, stats, "staleRejected", "", () -> recv.close());
    }

    /**
     * batch_stream.release (after_region_destroy): the object's region was destroyed
     * before the call; expects StaleHandleException, stale_rejected +1.
     */
    @Test
    void batch_stream_release_batch_stream_after_region_destroy() throws Exception {
        Region region = m.region(0L);
        BatchStream recv = m.keep(region.batchStream(16));
        region.close();
        Record stats = m.stats();
        m.expectMisuse(StaleHandleException.class, stats, "staleRejected", "", () -> recv.close());
    }

    /**
     * batch_stream.release (double_release): a second wrapper of an already released
     * handle is closed; expects StaleHandleException, stale_rejected +1.
     */
    @Test
    void batch_stream_release_batch_stream_double_release() throws Exception {
        Region region = m.region(0L);
        BatchStream recv = m.keep(region.batchStream(16));
        recv.close();
        BatchStream again = BatchStream.fromHandle(recv.handle());
        Record stats = m.stats();
        m.expectMisuse(StaleHandleException.class, stats, "staleRejected", "", () -> again.close());
    }

    /**
     * batch_stream.add_batch (stale): the object was closed before the call; expects
     * StaleHandleException, stale_rejected +1.
     */
    @Test
    void batch_stream_add_batch_batch_stream_stale() throws Exception {
        Region region = m.region(0L);
        BatchStream recv = m.keep(region.batchStream(16));
        Batch arg_batch = m.keep(region.batch(16));
        recv.close();
        Record stats = m.stats();
        m.expectMisuse(StaleHandleException.class, stats, "staleRejected", "", () -> recv.addBatch(arg_batch));
    }

    /**
     * batch_stream.add_batch (reused): the object was closed and its slot now holds a
     * newer object; expects ReusedHandleException, stale_rejected +1.
     */
    @Test
    void batch_stream_add_batch_batch_stream_reused() throws Exception {
        Region region = m.region(0L);
        BatchStream recv = m.keep(region.batchStream(16));
        Batch arg_batch = m.keep(region.batch(16));
        recv.close();
        BatchStream newer = m.keep(region.batchStream(16));
        Record stats = m.stats();
        m.expectMisuse(ReusedHandleException.class, stats, "staleRejected", "", () -> recv.addBatch(arg_batch));
    }

    /**
     * batch_stream.add_batch (forged): a handle that was never issued; expects
     * ForgedHandleException, stale_rejected +1.
     */
    @Test
    void batch_stream_add_batch_batch_stream_forged() throws Exception {
        Region region = m.region(0L);
        Batch arg_batch = m.keep(region.batch(16));
        BatchStream recv = BatchStream.fromHandle(0x9fffffff00000001L);
        Record stats = m.stats();
        m.expectMisuse(ForgedHandleException.class, stats, "staleRejected", "", () -> recv.addBatch(arg_batch));
    }

    /**
     * batch_stream.add_batch (wrong_kind): a live object of another class, adopted
     * under this one; expects WrongKindException, stale_rejected +1.
     */
    @Test
    void batch_stream_add_batch_batch_stream_wrong_kind_region() throws Exception {
        Region region = m.region(0L);
        Batch arg_batch = m.keep(region.batch(16));
        BatchStream recv = BatchStream.fromHandle(region.handle());
        Record stats = m.stats();
        m.expectMisuse(WrongKindException.class, stats, "staleRejected", "", () -> recv.addBatch(arg_batch));
    }

    /**
     * batch_stream.add_batch (after_region_destroy): the object's region was destroyed
     * before the call; expects StaleHandleException, stale_rejected +1.
     */
    @Test
    void batch_stream_add_batch_batch_stream_after_region_destroy() throws Exception {
        Region region = m.region(0L);
        BatchStream recv = m.keep(region.batchStream(16));
        Batch arg_batch = m.keep(region.batch(16));
        region.close();
        Record stats = m.stats();
        m.expectMisuse(StaleHandleException.class, stats, "staleRejected", "", () -> recv.addBatch(arg_batch));
    }

    /**
     * batch_stream.add_batch (stale): the object was closed before the call; expects
     * StaleHandleException, stale_rejected +1.
     */
    @Test
    void batch_stream_add_batch_batch_stale_batch() throws Exception {
        Region region = m.region(0L);
        BatchStream recv = m.keep(region.batchStream(16));
        Batch arg_batch = m.keep(region.batch(16));
        arg_batch.close();
        Record stats = m.stats();
        m.expectMisuse(StaleHandleException.class, stats, "staleRejected", "", () -> recv.addBatch(arg_batch));
    }

    /**
     * batch_stream.add_batch (forged): a handle that was never issued; expects
     * ForgedHandleException, stale_rejected +1.
     */
    @Test
    void batch_stream_add_batch_batch_forged_batch() throws Exception {
        Region region = m.region(0L);
        BatchStream recv = m.keep(region.batchStream(16));
        Batch arg_batch = Batch.fromHandle(0x8fffffff00000001L);
        Record stats = m.stats();
        m.expectMisuse(ForgedHandleException.class, stats, "staleRejected", "", () -> recv.addBatch(arg_batch));
    }

    /**
     * batch_stream.add_batch (reused): the object was closed and its slot now holds a
     * newer object; expects ReusedHandleException, stale_rejected +1.
     */
    @Test
    void batch_stream_add_batch_batch_reused_batch() throws Exception {
        Region region = m.region(0L);
        BatchStream recv = m.keep(region.batchStream(16));
        Batch arg_batch = m.keep(region.batch(16));
        arg_batch.close();
        Batch newer = m.keep(region.batch(16));
        Record stats = m.stats();
        m.expectMisuse(ReusedHandleException.class, stats, "staleRejected", "", () -> recv.addBatch(arg_batch));
    }

    /**
     * batch_stream.add_batch (null): null (None, nil) where a value is required;
     * expects InvalidArgumentException, no counter moving.
     */
    @Test
    void batch_stream_add_batch_batch_null_batch() throws Exception {
        Region region = m.region(0L);
        BatchStream recv = m.keep(region.batchStream(16));
        Record stats = m.stats();
        m.expectMisuse(InvalidArgumentException.class, stats, "", "batch", () -> recv.addBatch(null));
    }

    /**
     * batch_stream.num_batches (stale): the object was closed before the call; expects
     * StaleHandleException, stale_rejected +1.
     */
    @Test
    void batch_stream_num_batches_batch_stream_stale() throws Exception {
        Region region = m.region(0L);
        BatchStream recv = m.keep(region.batchStream(16));
        recv.close();
        Record stats = m.stats();
        m.expectMisuse(StaleHandleException.class, stats, "staleRejected", "", () -> recv.numBatches());
    }

    /**
     * batch_stream.num_batches (reused): the object was closed and its slot now holds
     * a newer object; expects ReusedHandleException, stale_rejected +1.
     */
    @Test
    void batch_stream_num_batches_batch_stream_reused() throws Exception {
        Region region = m.region(0L);
        BatchStream recv = m.keep(region.batchStream(16));
        recv.close();
        BatchStream newer = m.keep(region.batchStream(16));
        Record stats = m.stats();
        m.expectMisuse(ReusedHandleException.class, stats, "staleRejected", "", () -> recv.numBatches());
    }

    /**
     * batch_stream.num_batches (forged): a handle that was never issued; expects
     * ForgedHandleException, stale_rejected +1.
     */
    @Test
    void batch_stream_num_batches_batch_stream_forged() throws Exception {
        Region region = m.region(0L);
        BatchStream recv = BatchStream.fromHandle(0x9fffffff00000001L);
        Record stats = m.stats();
        m.expectMisuse(ForgedHandleException.class, stats, "staleRejected", "", () -> recv.numBatches());
    }

    /**
     * batch_stream.num_batches (wrong_kind): a live object of another class, adopted
     * under this one; expects WrongKindException, stale_rejected +1.
     */
    @Test
    void batch_stream_num_batches_batch_stream_wrong_kind_region() throws Exception {
        Region region = m.region(0L);
        BatchStream recv = BatchStream.fromHandle(region.handle());
        Record stats = m.stats();
        m.expectMisuse(WrongKindException.class, stats, "staleRejected", "", () -> recv.numBatches());
    }

    /**
     * batch_stream.num_batches (after_region_destroy): the object's region was
     * destroyed before the call; expects StaleHandleException, stale_rejected +1.
     */
    @Test
    void batch_stream_num_batches_batch_stream_after_region_destroy() throws Exception {
        Region region = m.region(0L);
        BatchStream recv = m.keep(region.batchStream(16));
        region.close();
        Record stats = m.stats();
        m.expectMisuse(StaleHandleException.class, stats, "staleRejected", "", () -> recv.numBatches());
    }

    /**
     * foreign.create (stale): the object was closed before the call; expects
     * StaleHandleException, stale_rejected +1.
     */
    @Test
    void foreign_create_region_stale() throws Exception {
        Region region = m.region(0L);
        region.close();
        Record stats = m.stats();
        m.expectMisuse(StaleHandleException.class, stats, "staleRejected", "", () -> region.foreign(ElementType.of(1), new byte[] {104, 101, 108, 108, 111}));
    }

    /**
     * foreign.create (reused): the object was closed and its slot now holds a newer
     * object; expects ReusedHandleException, stale_rejected +1.
     */
    @Test
    void foreign_create_region_reused() throws Exception {
        Region region = m.region(0L);
        region.close();
        Region newer = m.region(0L);
        Record stats = m.stats();
        m.expectMisuse(ReusedHandleException.class, stats, "staleRejected", "", () -> region.foreign(ElementType.of(1), new byte[] {104, 101, 108, 108, 111}));
    }

    /**
     * foreign.create (forged): a handle that was never issued; expects
     * ForgedHandleException, stale_rejected +1.
     */
    @Test
    void foreign_create_region_forged() throws Exception {
        Region region = m.region(0L);
        Region recv = Region.fromHandle(0x1fffffff00000001L);
        Record stats = m.stats();
        m.expectMisuse(ForgedHandleException.class, stats, "staleRejected", "", () -> recv.foreign(ElementType.of(1), new byte[] {104, 101, 108, 108, 111}));
    }

    /**
     * foreign.create (wrong_kind): a live object of another class, adopted under this
     * one; expects WrongKindException, stale_rejected +1.
     */
    @Test
    void foreign_create_region_wrong_kind_buffer() throws Exception {
        Region region = m.region(0L);
        Buffer other = m.keep(region.alloc(16L, 16L));
        other.write(0L, new byte[] {(byte) 0xa0, (byte) 0xa1, (byte) 0xa2, (byte) 0xa3, (byte) 0xa4, (byte) 0xa5, (byte) 0xa6, (byte) 0xa7, (byte) 0xa8, (byte) 0xa9, (byte) 0xaa, (byte) 0xab, (byte) 0xac, (byte) 0xad, (byte) 0xae, (byte) 0xaf});
        Region recv = Region.fromHandle(other.handle());
        byte[][] before = m.remember(other);
        Record stats = m.stats();
        m.expectMisuse(WrongKindException.class, stats, "staleRejected", "", () -> recv.foreign(ElementType.of(1), new byte[] {104, 101, 108, 108, 111}));
        m.unchanged(before, other);
    }

    /**
     * foreign.create (null): null (None, nil) where a value is required; expects
     * InvalidArgumentException, no counter moving.
     */
    @Test
    void foreign_create_region_null_values() throws Exception {
        Region region = m.region(0L);
        Record stats = m.stats();
        m.expectMisuse(InvalidArgumentException.class, stats, "", "values", () -> region.foreign(ElementType.of(1), null));
    }

    /**
     * foreign.release (reused): the object was closed and its slot now holds a newer
     * object; expects ReusedHandleException, stale_rejected +1.
     */
    @Test
    void foreign_release_foreign_reused() throws Exception {
        Region region = m.region(0L);
        Foreign recv = m.keep(region.foreign(ElementType.of(1), new byte[] {104, 101, 108, 108, 111}));
        recv.close();
        Foreign newer = m.keep(region.foreign(ElementType.of(1), new byte[] {104, 101, 108, 108, 111}));
        Foreign again = Foreign.fromHandle(recv.handle());
        byte[][] before = m.remember(newer);
        Record stats = m.stats();
        m.expectMisuse(ReusedHandleException.class, stats, "staleRejected", "", () -> again.close());
        m.unchanged(before, newer);
    }

    /**
     * foreign.release (forged): a handle that was never issued; expects
     * ForgedHandleException, stale_rejected +1.
     */
    @Test
    void foreign_release_foreign_forged() throws Exception {
        Region region = m.region(0L);
        Foreign recv = Foreign.fromHandle(0xcfffffff00000001L);
        Record stats = m.stats();
        m.expectMisuse(ForgedHandleException.class, stats, "staleRejected", "", () -> recv.close());
    }

    /**
     * foreign.release (wrong_kind): a live object of another class, adopted under this
     * one; expects WrongKindException, stale_rejected +1.
     */
    @Test
    void foreign_release_foreign_wrong_kind_region() throws Exception {
        Region region = m.region(0L);
        Foreign recv = Foreign.fromHandle(region.handle());
        Record stats = m.stats();
        m.expectMisuse(WrongKindException.class, stats, "staleRejected", "", () -> recv.close());
    }

    /**
     * foreign.release (after_region_destroy): the object's region was destroyed before
     * the call; expects StaleHandleException, stale_rejected +1.
     */
    @Test
    void foreign_release_foreign_after_region_destroy() throws Exception {
        Region region = m.region(0L);
        Foreign recv = m.keep(region.foreign(ElementType.of(1), new byte[] {104, 101, 108, 108, 111}));
        region.close();
        Record stats = m.stats();
        m.expectMisuse(StaleHandleException.class, stats, "staleRejected", "", () -> recv.close());
    }

    /**
     * foreign.release (double_release): a second wrapper of an already released handle
     * is closed; expects StaleHandleException, stale_rejected +1.
     */
    @Test
    void foreign_release_foreign_double_release() throws Exception {
        Region region = m.region(0L);
        Foreign recv = m.keep(region.foreign(ElementType.of(1), new byte[] {104, 101, 108, 108, 111}));
        recv.close();
        Foreign again = Foreign.fromHandle(recv.handle());
        Record stats = m.stats();
        m.expectMisuse(StaleHandleException.class, stats, "staleRejected", "", () -> again.close());
    }

    /**
     * foreign.release (while_borrowed): the call needs the object (or its region) free
     * of the view that is live; expects BorrowException, borrow_conflicts +1.
     */
    @Test
    void foreign_release_foreign_while_borrowed_shared() throws Exception {
        Region region = m.region(0L);
        Foreign recv = m.keep(region.foreign(ElementType.of(1), new byte[] {104, 101, 108, 108, 111}));
        byte[][] before = m.remember(recv);
        View held = m.keep(recv.view(Access.SHARED));
        Record stats = m.stats();
        m.expectMisuse(BorrowException.class, stats, "borrowConflicts", "", () -> recv.close());
        held.close();
        m.unchanged(before, recv);
    }

    /**
     * foreign.length (stale): the object was closed before the call; expects
     * StaleHandleException, stale_rejected +1.
     */
    @Test
    void foreign_length_foreign_stale() throws Exception {
        Region region = m.region(0L);
        Foreign recv = m.keep(region.foreign(ElementType.of(1), new byte[] {104, 101, 108, 108, 111}));
        recv.close();
        Record stats = m.stats();
        m.expectMisuse(StaleHandleException.class, stats, "staleRejected", "", () -> recv.length());
    }

    /**
     * foreign.length (reused): the object was closed and its slot now holds a newer
     * object; expects ReusedHandleException, stale_rejected +1.
     */
    @Test
    void foreign_length_foreign_reused() throws Exception {
        Region region = m.region(0L);
        Foreign recv = m.keep(region.foreign(ElementType.of(1), new byte[] {104, 101, 108, 108, 111}));
        recv.close();
        Foreign newer = m.keep(region.foreign(ElementType.of(1), new byte[] {104, 101, 108, 108, 111}));
        byte[][] before = m.remember(newer);
        Record stats = m.stats();
        m.expectMisuse(ReusedHandleException.class, stats, "staleRejected", "", () -> recv.length());
        m.unchanged(before, newer);
    }

    /**
     * foreign.length (forged): a handle that was never issued; expects
     * ForgedHandleException, stale_rejected +1.
     */
    @Test
    void foreign_length_foreign_forged() throws Exception {
        Region region = m.region(0L);
        Foreign recv = Foreign.fromHandle(0xcfffffff00000001L);
        Record stats = m.stats();
        m.expectMisuse(ForgedHandleException.class, stats, "staleRejected", "", () -> recv.length());
    }

    /**
     * foreign.length (wrong_kind): a live object of another class, adopted under this
     * one; expects WrongKindException, stale_rejected +1.
     */
    @Test
    void foreign_length_foreign_wrong_kind_region() throws Exception {
        Region region = m.region(0L);
        Foreign recv = Foreign.fromHandle(region.handle());
        Record stats = m.stats();
        m.expectMisuse(WrongKindException.class, stats, "staleRejected", "", () -> recv.length());
    }

    /**
     * foreign.length (after_region_destroy): the object's region was destroyed before
     * the call; expects StaleHandleException, stale_rejected +1.
     */
    @Test
    void foreign_length_foreign_after_region_destroy() throws Exception {
        Region region = m.region(0L);
        Foreign recv = m.keep(region.foreign(ElementType.of(1), new byte[] {104, 101, 108, 108, 111}));
        region.close();
        Record stats = m.stats();
        m.expectMisuse(StaleHandleException.class, stats, "staleRejected", "", () -> recv.length());
    }

    /**
     * foreign.null_count (stale): the object was closed before the call; expects
     * StaleHandleException, stale_rejected +1.
     */
    @Test
    void foreign_null_count_foreign_stale() throws Exception {
        Region region = m.region(0L);
        Foreign recv = m.keep(region.foreign(ElementType.of(1), new byte[] {104, 101, 108, 108, 111}));
        recv.close();
        Record stats = m.stats();
        m.expectMisuse(StaleHandleException.class, stats, "staleRejected", "", () -> recv.nullCount());
    }

    /**
     * foreign.null_count (reused): the object was closed and its slot now holds a
     * newer object; expects ReusedHandleException, stale_rejected +1.
     */
    @Test
    void foreign_null_count_foreign_reused() throws Exception {
        Region region = m.region(0L);
        Foreign recv = m.keep(region.foreign(ElementType.of(1), new byte[] {104, 101, 108, 108, 111}));
        recv.close();
        Foreign newer = m.keep(region.foreign(ElementType.of(1), new byte[] {104, 101, 108, 108, 111}));
        byte[][] before = m.remember(newer);
        Record stats = m.stats();
        m.expectMisuse(ReusedHandleException.class, stats, "staleRejected", "", () -> recv.nullCount());
        m.unchanged(before, newer);
    }

    /**
     * foreign.null_count (forged): a handle that was never issued; expects
     * ForgedHandleException, stale_rejected +1.
     */
    @Test
    void foreign_null_count_foreign_forged() throws Exception {
        Region region = m.region(0L);
        Foreign recv = Foreign.fromHandle(0xcfffffff00000001L);
        Record stats = m.stats();
        m.expectMisuse(ForgedHandleException.class, stats, "staleRejected", "", () -> recv.nullCount());
    }

    /**
     * foreign.null_count (wrong_kind): a live object of another class, adopted under
     * this one; expects WrongKindException, stale_rejected +1.
     */
    @Test
    void foreign_null_count_foreign_wrong_kind_region() throws Exception {
        Region region = m.region(0L);
        Foreign recv = Foreign.fromHandle(region.handle());
        Record stats = m.stats();
        m.expectMisuse(WrongKindException.class, stats, "staleRejected", "", () -> recv.nullCount());
    }

    /**
     * foreign.null_count (after_region_destroy): the object's region was destroyed
     * before the call; expects StaleHandleException, stale_rejected +1.
     */
    @Test
    void foreign_null_count_foreign_after_region_destroy() throws Exception {
        Region region = m.region(0L);
        Foreign recv = m.keep(region.foreign(ElementType.of(1), new byte[] {104, 101, 108, 108, 111}));
        region.close();
        Record stats = m.stats();
        m.expectMisuse(StaleHandleException.class, stats, "staleRejected", "", () -> recv.nullCount());
    }

    /**
     * foreign.offset (stale): the object was closed before the call; expects
     * StaleHandleException, stale_rejected +1.
     */
    @Test
    void foreign_offset_foreign_stale() throws Exception {
        Region region = m.region(0L);
        Foreign recv = m.keep(region.foreign(ElementType.of(1), new byte[] {104, 101, 108, 108, 111}));
        recv.close();
        Record stats = m.stats();
        m.expectMisuse(StaleHandleException.class, stats, "staleRejected", "", () -> recv.offset());
    }

    /**
     * foreign.offset (reused): the object was closed and its slot now holds a newer
     * object; expects ReusedHandleException, stale_rejected +1.
     */
    @Test
    void foreign_offset_foreign_reused() throws Exception {
        Region region = m.region(0L);
        Foreign recv = m.keep(region.foreign(ElementType.of(1), new byte[] {104, 101, 108, 108, 111}));
        recv.close();
        Foreign newer = m.keep(region.foreign(ElementType.of(1), new byte[] {104, 101, 108, 108, 111}));
        byte[][] before = m.remember(newer);
        Record stats = m.stats();
        m.expectMisuse(ReusedHandleException.class, stats, "staleRejected", "", () -> recv.offset());
        m.unchanged(before, newer);
    }

    /**
     * foreign.offset (forged): a handle that was never issued; expects
     * ForgedHandleException, stale_rejected +1.
     */
    @Test
    void foreign_offset_foreign_forged() throws Exception {
        Region region = m.region(0L);
        Foreign recv = Foreign.fromHandle(0xcfffffff00000001L);
        Record stats = m.stats();
        m.expectMisuse(ForgedHandleException.class, stats, "staleRejected", "", () -> recv.offset());
    }

    /**
     * foreign.offset (wrong_kind): a live object of another class, adopted under this
     * one; expects WrongKindException, stale_rejected +1.
     */
    @Test
    void foreign_offset_foreign_wrong_kind_region() throws Exception {
        Region region = m.region(0L);
        Foreign recv = Foreign.fromHandle(region.handle());
        Record stats = m.stats();
        m.expectMisuse(WrongKindException.class, stats, "staleRejected", "", () -> recv.offset());
    }

    /**
     * foreign.offset (after_region_destroy): the object's region was destroyed before
     * the call; expects StaleHandleException, stale_rejected +1.
     */
    @Test
    void foreign_offset_foreign_after_region_destroy() throws Exception {
        Region region = m.region(0L);
        Foreign recv = m.keep(region.foreign(ElementType.of(1), new byte[] {104, 101, 108, 108, 111}));
        region.close();
        Record stats = m.stats();
        m.expectMisuse(StaleHandleException.class, stats, "staleRejected", "", () -> recv.offset());
    }

    /**
     * foreign.num_children (stale): the object was closed before the call; expects
     * StaleHandleException, stale_rejected +1.
     */
    @Test
    void foreign_num_children_foreign_stale() throws Exception {
        Region region = m.region(0L);
        Foreign recv = m.keep(region.foreign(ElementType.of(1), new byte[] {104, 101, 108, 108, 111}));
        recv.close();
        Record stats = m.stats();
        m.expectMisuse(StaleHandleException.class, stats, "staleRejected", "", () -> recv.numChildren());
    }

    /**
     * foreign.num_children (reused): the object was closed and its slot now holds a
     * newer object; expects ReusedHandleException, stale_rejected +1.
     */
    @Test
    void foreign_num_children_foreign_reused() throws Exception {
        Region region = m.region(0L);
        Foreign recv = m.keep(region.foreign(ElementType.of(1), new byte[] {104, 101, 108, 108, 111}));
        recv.close();
        Foreign newer = m.keep(region.foreign(ElementType.of(1), new byte[] {104, 101, 108, 108, 111}));
        byte[][] before = m.remember(newer);
        Record stats = m.stats();
        m.expectMisuse(ReusedHandleException.class, stats, "staleRejected", "", () -> recv.numChildren());
        m.unchanged(before, newer);
    }

    /**
     * foreign.num_children (forged): a handle that was never issued; expects
     * ForgedHandleException, stale_rejected +1.
     */
    @Test
    void foreign_num_children_foreign_forged() throws Exception {
        Region region = m.region(0L);
        Foreign recv = Foreign.fromHandle(0xcfffffff00000001L);
        Record stats = m.stats();
        m.expectMisuse(ForgedHandleException.class, stats, "staleRejected", "", () -> recv.numChildren());
    }

    /**
     * foreign.num_children (wrong_kind): a live object of another class, adopted under
     * this one; expects WrongKindException, stale_rejected +1.
     */
    @Test
    void foreign_num_children_foreign_wrong_kind_region() throws Exception {
        Region region = m.region(0L);
        Foreign recv = Foreign.fromHandle(region.handle());
        Record stats = m.stats();
        m.expectMisuse(WrongKindException.class, stats, "staleRejected", "", () -> recv.numChildren());
    }

    /**
     * foreign.num_children (after_region_destroy): the object's region was destroyed
     * before the call; expects StaleHandleException, stale_rejected +1.
     */
    @Test
    void foreign_num_children_foreign_after_region_destroy() throws Exception {
        Region region = m.region(0L);
        Foreign recv = m.keep(region.foreign(ElementType.of(1), new byte[] {104, 101, 108, 108, 111}));
        region.close();
        Record stats = m.stats();
        m.expectMisuse(StaleHandleException.class, stats, "staleRejected", "", () -> recv.numChildren());
    }

    /**
     * foreign.format (stale): the object was closed before the call; expects
     * StaleHandleException, stale_rejected +1.
     */
    @Test
    void foreign_format_foreign_stale() throws Exception {
        Region region = m.region(0L);
        Foreign recv = m.keep(region.foreign(ElementType.of(1), new byte[] {104, 101, 108, 108, 111}));
        recv.close();
        Record stats = m.stats();
        m.expectMisuse(StaleHandleException.class, stats, "staleRejected", "", () -> recv.format());
    }

    /**
     * foreign.format (reused): the object was closed and its slot now holds a newer
     * object; expects ReusedHandleException, stale_rejected +1.
     */
    @Test
    void foreign_format_foreign_reused() throws Exception {
        Region region = m.region(0L);
        Foreign recv = m.keep(region.foreign(ElementType.of(1), new byte[] {104, 101, 108, 108, 111}));
        recv.close();
        Foreign newer = m.keep(region.foreign(ElementType.of(1), new byte[] {104, 101, 108, 108, 111}));
        byte[][] before = m.remember(newer);
        Record stats = m.stats();
        m.expectMisuse(ReusedHandleException.class, stats, "staleRejected", "", () -> recv.format());
        m.unchanged(before, newer);
    }

    /**
     * foreign.format (forged): a handle that was never issued; expects
     * ForgedHandleException, stale_rejected +1.
     */
    @Test
    void foreign_format_foreign_forged() throws Exception {
        Region region = m.region(0L);
        Foreign recv = Foreign.fromHandle(0xcfffffff00000001L);
        Record stats = m.stats();
        m.expectMisuse(ForgedHandleException.class, stats, "staleRejected", "", () -> recv.format());
    }

    /**
     * foreign.format (wrong_kind): a live object of another class, adopted under this
     * one; expects WrongKindException, stale_rejected +1.
     */
    @Test
    void foreign_format_foreign_wrong_kind_region() throws Exception {
        Region region = m.region(0L);
        Foreign recv = Foreign.fromHandle(region.handle());
        Record stats = m.stats();
        m.expectMisuse(WrongKindException.class, stats, "staleRejected", "", () -> recv.format());
    }

    /**
     * foreign.format (after_region_destroy): the object's region was destroyed before
     * the call; expects StaleHandleException, stale_rejected +1.
     */
    @Test
    void foreign_format_foreign_after_region_destroy() throws Exception {
        Region region = m.region(0L);
        Foreign recv = m.keep(region.foreign(ElementType.of(1), new byte[] {104, 101, 108, 108, 111}));
        region.close();
        Record stats = m.stats();
        m.expectMisuse(StaleHandleException.class, stats, "staleRejected", "", () -> recv.format());
    }

    /**
     * borrow.shared (stale): the object was closed before the call; expects
     * StaleHandleException, stale_rejected +1.
     */
    @Test
    void borrow_shared_buffer_stale() throws Exception {
        Region region = m.region(0L);
        Buffer recv = m.keep(region.alloc(16L, 16L));
        recv.write(0L, new byte[] {(byte) 0xa0, (byte) 0xa1, (byte) 0xa2, (byte) 0xa3, (byte) 0xa4, (byte) 0xa5, (byte) 0xa6, (byte) 0xa7, (byte) 0xa8, (byte) 0xa9, (byte) 0xaa, (byte) 0xab, (byte) 0xac, (byte) 0xad, (byte) 0xae, (byte) 0xaf});
        recv.close();
        Record stats = m.stats();
        m.expectMisuse(StaleHandleException.class, stats, "staleRejected", "", () -> recv.view(Access.SHARED).close());
    }

    /**
     * borrow.shared (reused): the object was closed and its slot now holds a newer
     * object; expects ReusedHandleException, stale_rejected +1.
     */
    @Test
    void borrow_shared_buffer_reused() throws Exception {
        Region region = m.region(0L);
        Buffer recv = m.keep(region.alloc(16L, 16L));
        recv.write(0L, new byte[] {(byte) 0xa0, (byte) 0xa1, (byte) 0xa2, (byte) 0xa3, (byte) 0xa4, (byte) 0xa5, (byte) 0xa6, (byte) 0xa7, (byte) 0xa8, (byte) 0xa9, (byte) 0xaa, (byte) 0xab, (byte) 0xac, (byte) 0xad, (byte) 0xae, (byte) 0xaf});
        recv.close();
        Buffer newer = m.keep(region.alloc(16L, 16L));
        newer.write(0L, new byte[] {(byte) 0xa0, (byte) 0xa1, (byte) 0xa2, (byte) 0xa3, (byte) 0xa4, (byte) 0xa5, (byte) 0xa6, (byte) 0xa7, (byte) 0xa8, (byte) 0xa9, (byte) 0xaa, (byte) 0xab, (byte) 0xac, (byte) 0xad, (byte) 0xae, (byte) 0xaf});
        byte[][] before = m.remember(newer);
        Record stats = m.stats();
        m.expectMisuse(ReusedHandleException.class, stats, "staleRejected", "", () -> recv.view(Access.SHARED).close());
        m.unchanged(before, newer);
    }

    /**
     * borrow.shared (forged): a handle that was never issued; expects
     * ForgedHandleException, stale_rejected +1.
     */
    @Test
    void borrow_shared_buffer_forged() throws Exception {
        Region region = m.region(0L);
        Buffer recv = Buffer.fromHandle(0x2fffffff00000001L);
        Record stats = m.stats();
        m.expectMisuse(ForgedHandleException.class, stats, "staleRejected", "", () -> recv.view(Access.SHARED).close());
    }

    /**
     * borrow.shared (wrong_kind): a live object of another class, adopted under this
     * one; expects WrongKindException, stale_rejected +1.
     */
    @Test
    void borrow_shared_buffer_wrong_kind_region() throws Exception {
        Region region = m.region(0L);
        Buffer recv = Buffer.fromHandle(region.handle());
        Record stats = m.stats();
        m.expectMisuse(WrongKindException.class, stats, "staleRejected", "", () -> recv.view(Access.SHARED).close());
    }

    /**
     * borrow.shared (after_region_destroy): the object's region was destroyed before
     * the call; expects StaleHandleException, stale_rejected +1.
     */
    @Test
    void borrow_shared_buffer_after_region_destroy() throws Exception {
        Region region = m.region(0L);
        Buffer recv = m.keep(region.alloc(16L, 16L));
        recv.write(0L, new byte[] {(byte) 0xa0, (byte) 0xa1, (byte) 0xa2, (byte) 0xa3, (byte) 0xa4, (byte) 0xa5, (byte) 0xa6, (byte) 0xa7, (byte) 0xa8, (byte) 0xa9, (byte) 0xaa, (byte) 0xab, (byte) 0xac, (byte) 0xad, (byte) 0xae, (byte) 0xaf});
        region.close();
        Record stats = m.stats();
        m.expectMisuse(StaleHandleException.class, stats, "staleRejected", "", () -> recv.view(Access.SHARED).close());
    }

    /**
     * borrow.shared (borrow_conflict): a view is taken while a conflicting view is
     * live; expects BorrowConflictException, borrow_conflicts +1.
     */
    @Test
    void borrow_shared_buffer_borrow_conflict_unique_shared() throws Exception {
        Region region = m.region(0L);
        Buffer recv = m.keep(region.alloc(16L, 16L));
        recv.write(0L, new byte[] {(byte) 0xa0, (byte) 0xa1, (byte) 0xa2, (byte) 0xa3, (byte) 0xa4, (byte) 0xa5, (byte) 0xa6, (byte) 0xa7, (byte) 0xa8, (byte) 0xa9, (byte) 0xaa, (byte) 0xab, (byte) 0xac, (byte) 0xad, (byte) 0xae, (byte) 0xaf});
        byte[][] before = m.remember(recv);
        View held = m.keep(recv.view(Access.UNIQUE));
        Record stats = m.stats();
        m.expectMisuse(BorrowConflictException.class, stats, "borrowConflicts", "", () -> recv.view(Access.SHARED).close());
        held.close();
        m.unchanged(before, recv);
    }

    /**
     * borrow.shared (stale): the object was closed before the call; expects
     * StaleHandleException, stale_rejected +1.
     */
    @Test
    void borrow_shared_bytes_stale() throws Exception {
        Region region = m.region(0L);
        Bytes recv = m.keep(region.bytes(new byte[] {104, 101, 108, 108, 111}));
        recv.close();
        Record stats = m.stats();
        m.expectMisuse(StaleHandleException.class, stats, "staleRejected", "", () -> recv.view(Access.SHARED).close());
    }

    /**
     * borrow.shared (reused): the object was closed and its slot now holds a newer
     * object; expects ReusedHandleException, stale_rejected +1.
     */
    @Test
    void borrow_shared_bytes_reused() throws Exception {
        Region region = m.region(0L);
        Bytes recv = m.keep(region.bytes(new byte[] {104, 101, 108, 108, 111}));
        recv.close();
        Bytes newer = m.keep(region.bytes(new byte[] {104, 101, 108, 108, 111}));
        byte[][] before = m.remember(newer);
        Record stats = m.stats();
        m.expectMisuse(ReusedHandleException.class, stats, "staleRejected", "", () -> recv.view(Access.SHARED).close());
        m.unchanged(before, newer);
    }

    /**
     * borrow.shared (forged): a handle that was never issued; expects
     * ForgedHandleException, stale_rejected +1.
     */
    @Test
    void borrow_shared_bytes_forged() throws Exception {
        Region region = m.region(0L);
        Bytes recv = Bytes.fromHandle(0x3fffffff00000001L);
        Record stats = m.stats();
        m.expectMisuse(ForgedHandleException.class, stats, "staleRejected", "", () -> recv.view(Access.SHARED).close());
    }

    /**
     * borrow.shared (wrong_kind): a live object of another class, adopted under this
     * one; expects WrongKindException, stale_rejected +1.
     */
    @Test
    void borrow_shared_bytes_wrong_kind_region() throws Exception {
        Region region = m.region(0L);
        Bytes recv = Bytes.fromHandle(region.handle());
        Record stats = m.stats();
        m.expectMisuse(WrongKindException.class, stats, "staleRejected", "", () -> recv.view(Access.SHARED).close());
    }

    /**
     * borrow.shared (after_region_destroy): the object's region was destroyed before
     * the call; expects StaleHandleException, stale_rejected +1.
     */
    @Test
    void borrow_shared_bytes_after_region_destroy() throws Exception {
        Region region = m.region(0L);
        Bytes recv = m.keep(region.bytes(new byte[] {104, 101, 108, 108, 111}));
        region.close();
        Record stats = m.stats();
        m.expectMisuse(StaleHandleException.class, stats, "staleRejected", "", () -> recv.view(Access.SHARED).close());
    }

    /**
     * borrow.shared (borrow_conflict): a view is taken while a conflicting view is
     * live; expects BorrowConflictException, borrow_conflicts +1.
     */
    @Test
    void borrow_shared_bytes_borrow_conflict_unique_shared() throws Exception {
        Region region = m.region(0L);
        Bytes recv = m.keep(region.bytes(new byte[] {104, 101, 108, 108, 111}));
        byte[][] before = m.remember(recv);
        View held = m.keep(recv.view(Access.UNIQUE));
        Record stats = m.stats();
        m.expectMisuse(BorrowConflictException.class, stats, "borrowConflicts", "", () -> recv.view(Access.SHARED).close());
        held.close();
        m.unchanged(before, recv);
    }

    /**
     * borrow.shared (stale): the object was closed before the call; expects
     * StaleHandleException, stale_rejected +1.
     */
    @Test
    void borrow_shared_string_stale() throws Exception {
        Region region = m.region(0L);
        WeaveHeapString recv = m.keep(region.string(new byte[] {104, 101, 108, 108, 111}));
        recv.close();
        Record stats = m.stats();
        m.expectMisuse(StaleHandleException.class, stats, "staleRejected", "", () -> recv.view(Access.SHARED).close());
    }

    /**
     * borrow.shared (reused): the object was closed and its slot now holds a newer
     * object; expects ReusedHandleException, stale_rejected +1.
     */
    @Test
    void borrow_shared_string_reused() throws Exception {
        Region region = m.region(0L);
        WeaveHeapString recv = m.keep(region.string(new byte[] {104, 101, 108, 108, 111}));
        recv.close();
        WeaveHeapString newer = m.keep(region.string(new byte[] {104, 101, 108, 108, 111}));
        byte[][] before = m.remember(newer);
        Record stats = m.stats();
        m.expectMisuse(ReusedHandleException.class, stats, "staleRejected", "", () -> recv.view(Access.SHARED).close());
        m.unchanged(before, newer);
    }

    /**
     * borrow.shared (forged): a handle that was never issued; expects
     * ForgedHandleException, stale_rejected +1.
     */
    @Test
    void borrow_shared_string_forged() throws Exception {
        Region region = m.region(0L);
        WeaveHeapString recv = WeaveHeapString.fromHandle(0x4fffffff00000001L);
        Record stats = m.stats();
        m.expectMisuse(ForgedHandleException.class, stats, "staleRejected", "", () -> recv.view(Access.SHARED).close());
    }

    /**
     * borrow.shared (wrong_kind): a live object of another class, adopted under this
     * one; expects WrongKindException, stale_rejected +1.
     */
    @Test
    void borrow_shared_string_wrong_kind_region() throws Exception {
        Region region = m.region(0L);
        WeaveHeapString recv = WeaveHeapString.fromHandle(region.handle());
        Record stats = m.stats();
        m.expectMisuse(WrongKindException.class, stats, "staleRejected", "", () -> recv.view(Access.SHARED).close());
    }

    /**
     * borrow.shared (after_region_destroy): the object's region was destroyed before
     * the call; expects StaleHandleException, stale_rejected +1.
     */
    @Test
    void borrow_shared_string_after_region_destroy() throws Exception {
        Region region = m.region(0L);
        WeaveHeapString recv = m.keep(region.string(new byte[] {104, 101, 108, 108, 111}));
        region.close();
        Record stats = m.stats();
        m.expectMisuse(StaleHandleException.class, stats, "staleRejected", "", () -> recv.view(Access.SHARED).close());
    }

    /**
     * borrow.shared (borrow_conflict): a view is taken while a conflicting view is
     * live; expects BorrowConflictException, borrow_conflicts +1.
     */
    @Test
    void borrow_shared_string_borrow_conflict_unique_shared() throws Exception {
        Region region = m.region(0L);
        WeaveHeapString recv = m.keep(region.string(new byte[] {104, 101, 108, 108, 111}));
        byte[][] before = m.remember(recv);
        View held = m.keep(recv.view(Access.UNIQUE));
        Record stats = m.stats();
        m.expectMisuse(BorrowConflictException.class, stats, "borrowConflicts", "", () -> recv.view(Access.SHARED).close());
        held.close();
        m.unchanged(before, recv);
    }

    /**
     * borrow.shared (stale): the object was closed before the call; expects
     * StaleHandleException, stale_rejected +1.
     */
    @Test
    void borrow_shared_vector_stale() throws Exception {
        Region region = m.region(0L);
        Vector recv = m.keep(region.vector(ElementType.of(1), 16L, false));
        recv.close();
        Record stats = m.stats();
        m.expectMisuse(StaleHandleException.class, stats, "staleRejected", "", () -> recv.view(Access.SHARED).close());
    }

    /**
     * borrow.shared (reused): the object was closed and its slot now holds a newer
     * object; expects ReusedHandleException, stale_rejected +1.
     */
    @Test
    void borrow_shared_vector_reused() throws Exception {
        Region region = m.region(0L);
        Vector recv = m.keep(region.vector(ElementType.of(1), 16L, false));
        recv.close();
        Vector newer = m.keep(region.vector(ElementType.of(1), 16L, false));
        byte[][] before = m.remember(newer);
        Record stats = m.stats();
        m.expectMisuse(ReusedHandleException.class, stats, "staleRejected", "", () -> recv.view(Access.SHARED).close());
        m.unchanged(before, newer);
    }

    /**
     * borrow.shared (forged): a handle that was never issued; expects
     * ForgedHandleException, stale_rejected +1.
     */
    @Test
    void borrow_shared_vector_forged() throws Exception {
        Region region = m.region(0L);
        Vector recv = Vector.fromHandle(0x7fffffff00000001L);
        Record stats = m.stats();
        m.expectMisuse(ForgedHandleException.class, stats, "staleRejected", "", () -> recv.view(Access.SHARED).close());
    }

    /**
     * borrow.shared (wrong_kind): a live object of another class, adopted under this
     * one; expects WrongKindException, stale_rejected +1.
     */
    @Test
    void borrow_shared_vector_wrong_kind_region() throws Exception {
        Region region = m.region(0L);
        Vector recv = Vector.fromHandle(region.handle());
        Record stats = m.stats();
        m.expectMisuse(WrongKindException.class, stats, "staleRejected", "", () -> recv.view(Access.SHARED).close());
    }

    /**
     * borrow.shared (after_region_destroy): the object's region was destroyed before
     * the call; expects StaleHandleException, stale_rejected +1.
     */
    @Test
    void borrow_shared_vector_after_region_destroy() throws Exception {
        Region region = m.region(0L);
        Vector recv = m.keep(region.vector(ElementType.of(1), 16L, false));
        region.close();
        Record stats = m.stats();
        m.expectMisuse(StaleHandleException.class, stats, "staleRejected", "", () -> recv.view(Access.SHARED).close());
    }

    /**
     * borrow.shared (borrow_conflict): a view is taken while a conflicting view is
     * live; expects BorrowConflictException, borrow_conflicts +1.
     */
    @Test
    void borrow_shared_vector_borrow_conflict_unique_shared() throws Exception {
        Region region = m.region(0L);
        Vector recv = m.keep(region.vector(ElementType.of(1), 16L, false));
        byte[][] before = m.remember(recv);
        View held = m.keep(recv.view(Access.UNIQUE));
        Record stats = m.stats();
        m.expectMisuse(BorrowConflictException.class, stats, "borrowConflicts", "", () -> recv.view(Access.SHARED).close());
        held.close();
        m.unchanged(before, recv);
    }

    /**
     * borrow.shared (stale): the object was closed before the call; expects
     * StaleHandleException, stale_rejected +1.
     */
    @Test
    void borrow_shared_var_vector_stale() throws Exception {
        Region region = m.region(0L);
        VarVector recv = m.keep(region.varVector(16L, 16L, false, false));
        recv.close();
        Record stats = m.stats();
        m.expectMisuse(StaleHandleException.class, stats, "staleRejected", "", () -> recv.view(Access.SHARED).close());
    }

    /**
     * borrow.shared (reused): the object was closed and its slot now holds a newer
     * object; expects ReusedHandleException, stale_rejected +1.
     */
    @Test
    void borrow_shared_var_vector_reused() throws Exception {
        Region region = m.region(0L);
        VarVector recv = m.keep(region.varVector(16L, 16L, false, false));
        recv.close();
        VarVector newer = m.keep(region.varVector(16L, 16L, false, false));
        byte[][] before = m.remember(newer);
        Record stats = m.stats();
        m.expectMisuse(ReusedHandleException.class, stats, "staleRejected", "", () -> recv.view(Access.SHARED).close());
        m.unchanged(before, newer);
    }

    /**
     * borrow.shared (forged): a handle that was never issued; expects
     * ForgedHandleException, stale_rejected +1.
     */
    @Test
    void borrow_shared_var_vector_forged() throws Exception {
        Region region = m.region(0L);
        VarVector recv = VarVector.fromHandle(0xafffffff00000001L);
        Record stats = m.stats();
        m.expectMisuse(ForgedHandleException.class, stats, "staleRejected", "", () -> recv.view(Access.SHARED).close());
    }

    /**
     * borrow.shared (wrong_kind): a live object of another class, adopted under this
     * one; expects WrongKindException, stale_rejected +1.
     */
    @Test
    void borrow_shared_var_vector_wrong_kind_region() throws Exception {
        Region region = m.region(0L);
        VarVector recv = VarVector.fromHandle(region.handle());
        Record stats = m.stats();
        m.expectMisuse(WrongKindException.class, stats, "staleRejected", "", () -> recv.view(Access.SHARED).close());
    }

    /**
     * borrow.shared (after_region_destroy): the object's region was destroyed before
     * the call; expects StaleHandleException, stale_rejected +1.
     */
    @Test
    void borrow_shared_var_vector_after_region_destroy() throws Exception {
        Region region = m.region(0L);
        VarVector recv = m.keep(region.varVector(16L, 16L, false, false));
        region.close();
        Record stats = m.stats();
        m.expectMisuse(StaleHandleException.class, stats, "staleRejected", "", () -> recv.view(Access.SHARED).close());
    }

    /**
     * borrow.shared (borrow_conflict): a view is taken while a conflicting view is
     * live; expects BorrowConflictException, borrow_conflicts +1.
     */
    @Test
    void borrow_shared_var_vector_borrow_conflict_unique_shared() throws Exception {
        Region region = m.region(0L);
        VarVector recv = m.keep(region.varVector(16L, 16L, false, false));
        byte[][] before = m.remember(recv);
        View held = m.keep(recv.view(Access.UNIQUE));
        Record stats = m.stats();
        m.expectMisuse(BorrowConflictException.class, stats, "borrowConflicts", "", () -> recv.view(Access.SHARED).close());
        held.close();
        m.unchanged(before, recv);
    }

    /**
     * borrow.shared (stale): the object was closed before the call; expects
     * StaleHandleException, stale_rejected +1.
     */
    @Test
    void borrow_shared_foreign_stale() throws Exception {
        Region region = m.region(0L);
        Foreign recv = m.keep(region.foreign(ElementType.of(1), new byte[] {104, 101, 108, 108, 111}));
        recv.close();
        Record stats = m.stats();
        m.expectMisuse(StaleHandleException.class, stats, "staleRejected", "", () -> recv.view(Access.SHARED).close());
    }

    /**
     * borrow.shared (reused): the object was closed and its slot now holds a newer
     * object; expects ReusedHandleException, stale_rejected +1.
     */
    @Test
    void borrow_shared_foreign_reused() throws Exception {
        Region region = m.region(0L);
        Foreign recv = m.keep(region.foreign(ElementType.of(1), new byte[] {104, 101, 108, 108, 111}));
        recv.close();
        Foreign newer = m.keep(region.foreign(ElementType.of(1), new byte[] {104, 101, 108, 108, 111}));
        byte[][] before = m.remember(newer);
        Record stats = m.stats();
        m.expectMisuse(ReusedHandleException.class, stats, "staleRejected", "", () -> recv.view(Access.SHARED).close());
        m.unchanged(before, newer);
    }

    /**
     * borrow.shared (forged): a handle that was never issued; expects
     * ForgedHandleException, stale_rejected +1.
     */
    @Test
    void borrow_shared_foreign_forged() throws Exception {
        Region region = m.region(0L);
        Foreign recv = Foreign.fromHandle(0xcfffffff00000001L);
        Record stats = m.stats();
        m.expectMisuse(ForgedHandleException.class, stats, "staleRejected", "", () -> recv.view(Access.SHARED).close());
    }

    /**
     * borrow.shared (wrong_kind): a live object of another class, adopted under this
     * one; expects WrongKindException, stale_rejected +1.
     */
    @Test
    void borrow_shared_foreign_wrong_kind_region() throws Exception {
        Region region = m.region(0L);
        Foreign recv = Foreign.fromHandle(region.handle());
        Record stats = m.stats();
        m.expectMisuse(WrongKindException.class, stats, "staleRejected", "", () -> recv.view(Access.SHARED).close());
    }

    /**
     * borrow.shared (after_region_destroy): the object's region was destroyed before
     * the call; expects StaleHandleException, stale_rejected +1.
     */
    @Test
    void borrow_shared_foreign_after_region_destroy() throws Exception {
        Region region = m.region(0L);
        Foreign recv = m.keep(region.foreign(ElementType.of(1), new byte[] {104, 101, 108, 108, 111}));
        region.close();
        Record stats = m.stats();
        m.expectMisuse(StaleHandleException.class, stats, "staleRejected", "", () -> recv.view(Access.SHARED).close());
    }

    /**
     * borrow.shared (borrow_conflict): a view is taken while a conflicting view is
     * live; expects BorrowConflictException, borrow_conflicts +1.
     */
    @Test
    void borrow_shared_foreign_borrow_conflict_unique_shared() throws Exception {
        Region region = m.region(0L);
        Foreign recv = m.keep(region.foreign(ElementType.of(1), new byte[] {104, 101, 108, 108, 111}));
        byte[][] before = m.remember(recv);
        View held = m.keep(recv.view(Access.UNIQUE));
        Record stats = m.stats();
        m.expectMisuse(BorrowConflictException.class, stats, "borrowConflicts", "", () -> recv.view(Access.SHARED).close());
        held.close();
        m.unchanged(before, recv);
    }

    /**
     * borrow.unique (stale): the object was closed before the call; expects
     * StaleHandleException, stale_rejected +1.
     */
    @Test
    void borrow_unique_buffer_stale() throws Exception {
        Region region = m.region(0L);
        Buffer recv = m.keep(region.alloc(16L, 16L));
        recv.write(0L, new byte[] {(byte) 0xa0, (byte) 0xa1, (byte) 0xa2, (byte) 0xa3, (byte) 0xa4, (byte) 0xa5, (byte) 0xa6, (byte) 0xa7, (byte) 0xa8, (byte) 0xa9, (byte) 0xaa, (byte) 0xab, (byte) 0xac, (byte) 0xad, (byte) 0xae, (byte) 0xaf});
        recv.close();
        Record stats = m.stats();
        m.expectMisuse(StaleHandleException.class, stats, "staleRejected", "", () -> recv.view(Access.UNIQUE).close());
    }

    /**
     * borrow.unique (reused): the object was closed and its slot now holds a newer
     * object; expects ReusedHandleException, stale_rejected +1.
     */
    @Test
    void borrow_unique_buffer_reused() throws Exception {
        Region region = m.region(0L);
        Buffer recv = m.keep(region.alloc(16L, 16L));
        recv.write(0L, new byte[] {(byte) 0xa0, (byte) 0xa1, (byte) 0xa2, (byte) 0xa3, (byte) 0xa4, (byte) 0xa5, (byte) 0xa6, (byte) 0xa7, (byte) 0xa8, (byte) 0xa9, (byte) 0xaa, (byte) 0xab, (byte) 0xac, (byte) 0xad, (byte) 0xae, (byte) 0xaf});
        recv.close();
        Buffer newer = m.keep(region.alloc(16L, 16L));
        newer.write(0L, new byte[] {(byte) 0xa0, (byte) 0xa1, (byte) 0xa2, (byte) 0xa3, (byte) 0xa4, (byte) 0xa5, (byte) 0xa6, (byte) 0xa7, (byte) 0xa8, (byte) 0xa9, (byte) 0xaa, (byte) 0xab, (byte) 0xac, (byte) 0xad, (byte) 0xae, (byte) 0xaf});
        byte[][] before = m.remember(newer);
        Record stats = m.stats();
        m.expectMisuse(ReusedHandleException.class, stats, "staleRejected", "", () -> recv.view(Access.UNIQUE).close());
        m.unchanged(before, newer);
    }

    /**
     * borrow.unique (forged): a handle that was never issued; expects
     * ForgedHandleException, stale_rejected +1.
     */
    @Test
    void borrow_unique_buffer_forged() throws Exception {
        Region region = m.region(0L);
        Buffer recv = Buffer.fromHandle(0x2fffffff00000001L);
        Record stats = m.stats();
        m.expectMisuse(ForgedHandleException.class, stats, "staleRejected", "", () -> recv.view(Access.UNIQUE).close());
    }

    /**
     * borrow.unique (wrong_kind): a live object of another class, adopted under this
     * one; expects WrongKindException, stale_rejected +1.
     */
    @Test
    void borrow_unique_buffer_wrong_kind_region() throws Exception {
        Region region = m.region(0L);
        Buffer recv = Buffer.fromHandle(region.handle());
        Record stats = m.stats();
        m.expectMisuse(WrongKindException.class, stats, "staleRejected", "", () -> recv.view(Access.UNIQUE).close());
    }

    /**
     * borrow.unique (after_region_destroy): the object's region was destroyed before
     * the call; expects StaleHandleException, stale_rejected +1.
     */
    @Test
    void borrow_unique_buffer_after_region_destroy() throws Exception {
        Region region = m.region(0L);
        Buffer recv = m.keep(region.alloc(16L, 16L));
        recv.write(0L, new byte[] {(byte) 0xa0, (byte) 0xa1, (byte) 0xa2, (byte) 0xa3, (byte) 0xa4, (byte) 0xa5, (byte) 0xa6, (byte) 0xa7, (byte) 0xa8, (byte) 0xa9, (byte) 0xaa, (byte) 0xab, (byte) 0xac, (byte) 0xad, (byte) 0xae, (byte) 0xaf});
        region.close();
        Record stats = m.stats();
        m.expectMisuse(StaleHandleException.class, stats, "staleRejected", "", () -> recv.view(Access.UNIQUE).close());
    }

    /**
     * borrow.unique (borrow_conflict): a view is taken while a conflicting view is
     * live; expects BorrowConflictException, borrow_conflicts +1.
     */
    @Test
    void borrow_unique_buffer_borrow_conflict_shared_unique() throws Exception {
        Region region = m.region(0L);
        Buffer recv = m.keep(region.alloc(16L, 16L));
        recv.write(0L, new byte[] {(byte) 0xa0, (byte) 0xa1, (byte) 0xa2, (byte) 0xa3, (byte) 0xa4, (byte) 0xa5, (byte) 0xa6, (byte) 0xa7, (byte) 0xa8, (byte) 0xa9, (byte) 0xaa, (byte) 0xab, (byte) 0xac, (byte) 0xad, (byte) 0xae, (byte) 0xaf});
        byte[][] before = m.remember(recv);
        View held = m.keep(recv.view(Access.SHARED));
        Record stats = m.stats();
        m.expectMisuse(BorrowConflictException.class, stats, "borrowConflicts", "", () -> recv.view(Access.UNIQUE).close());
        held.close();
        m.unchanged(before, recv);
    }

    /**
     * borrow.unique (borrow_conflict): a view is taken while a conflicting view is
     * live; expects BorrowConflictException, borrow_conflicts +1.
     */
    @Test
    void borrow_unique_buffer_borrow_conflict_unique_unique() throws Exception {
        Region region = m.region(0L);
        Buffer recv = m.keep(region.alloc(16L, 16L));
        recv.write(0L, new byte[] {(byte) 0xa0, (byte) 0xa1, (byte) 0xa2, (byte) 0xa3, (byte) 0xa4, (byte) 0xa5, (byte) 0xa6, (byte) 0xa7, (byte) 0xa8, (byte) 0xa9, (byte) 0xaa, (byte) 0xab, (byte) 0xac, (byte) 0xad, (byte) 0xae, (byte) 0xaf});
        byte[][] before = m.remember(recv);
        View held = m.keep(recv.view(Access.UNIQUE));
        Record stats = m.stats();
        m.expectMisuse(BorrowConflictException.class, stats, "borrowConflicts", "", () -> recv.view(Access.UNIQUE).close());
        held.close();
        m.unchanged(before, recv);
    }

    /**
     * borrow.unique (stale): the object was closed before the call; expects
     * StaleHandleException, stale_rejected +1.
     */
    @Test
    void borrow_unique_bytes_stale() throws Exception {
        Region region = m.region(0L);
        Bytes recv = m.keep(region.bytes(new byte[] {104, 101, 108, 108, 111}));
        recv.close();
        Record stats = m.stats();
        m.expectMisuse(StaleHandleException.class, stats, "staleRejected", "", () -> recv.view(Access.UNIQUE).close());
    }

    /**
     * borrow.unique (reused): the object was closed and its slot now holds a newer
     * object; expects ReusedHandleException, stale_rejected +1.
     */
    @Test
    void borrow_unique_bytes_reused() throws Exception {
        Region region = m.region(0L);
        Bytes recv = m.keep(region.bytes(new byte[] {104, 101, 108, 108, 111}));
        recv.close();
        Bytes newer = m.keep(region.bytes(new byte[] {104, 101, 108, 108, 111}));
        byte[][] before = m.remember(newer);
        Record stats = m.stats();
        m.expectMisuse(ReusedHandleException.class, stats, "staleRejected", "", () -> recv.view(Access.UNIQUE).close());
        m.unchanged(before, newer);
    }

    /**
     * borrow.unique (forged): a handle that was never issued; expects
     * ForgedHandleException, stale_rejected +1.
     */
    @Test
    void borrow_unique_bytes_forged() throws Exception {
        Region region = m.region(0L);
        Bytes recv = Bytes.fromHandle(0x3fffffff00000001L);
        Record stats = m.stats();
        m.expectMisuse(ForgedHandleException.class, stats, "staleRejected", "", () -> recv.view(Access.UNIQUE).close());
    }

    /**
     * borrow.unique (wrong_kind): a live object of another class, adopted under this
     * one; expects WrongKindException, stale_rejected +1.
     */
    @Test
    void borrow_unique_bytes_wrong_kind_region() throws Exception {
        Region region = m.region(0L);
        Bytes recv = Bytes.fromHandle(region.handle());
        Record stats = m.stats();
        m.expectMisuse(WrongKindException.class, stats, "staleRejected", "", () -> recv.view(Access.UNIQUE).close());
    }

    /**
     * borrow.unique (after_region_destroy): the object's region was destroyed before
     * the call; expects StaleHandleException, stale_rejected +1.
     */
    @Test
    void borrow_unique_bytes_after_region_destroy() throws Exception {
        Region region = m.region(0L);
        Bytes recv = m.keep(region.bytes(new byte[] {104, 101, 108, 108, 111}));
        region.close();
        Record stats = m.stats();
        m.expectMisuse(StaleHandleException.class, stats, "staleRejected", "", () -> recv.view(Access.UNIQUE).close());
    }

    /**
     * borrow.unique (borrow_conflict): a view is taken while a conflicting view is
     * live; expects BorrowConflictException, borrow_conflicts +1.
     */
    @Test
    void borrow_unique_bytes_borrow_conflict_shared_unique() throws Exception {
        Region region = m.region(0L);
        Bytes recv = m.keep(region.bytes(new byte[] {104, 101, 108, 108, 111}));
        byte[][] before = m.remember(recv);
        View held = m.keep(recv.view(Access.SHARED));
        Record stats = m.stats();
        m.expectMisuse(BorrowConflictException.class, stats, "borrowConflicts", "", () -> recv.view(Access.UNIQUE).close());
        held.close();
        m.unchanged(before, recv);
    }

    /**
     * borrow.unique (borrow_conflict): a view is taken while a conflicting view is
     * live; expects BorrowConflictException, borrow_conflicts +1.
     */
    @Test
    void borrow_unique_bytes_borrow_conflict_unique_unique() throws Exception {
        Region region = m.region(0L);
        Bytes recv = m.keep(region.bytes(new byte[] {104, 101, 108, 108, 111}));
        byte[][] before = m.remember(recv);
        View held = m.keep(recv.view(Access.UNIQUE));
        Record stats = m.stats();
        m.expectMisuse(BorrowConflictException.class, stats, "borrowConflicts", "", () -> recv.view(Access.UNIQUE).close());
        held.close();
        m.unchanged(before, recv);
    }

    /**
     * borrow.unique (stale): the object was closed before the call; expects
     * StaleHandleException, stale_rejected +1.
     */
    @Test
    void borrow_unique_string_stale() throws Exception {
        Region region = m.region(0L);
        WeaveHeapString recv = m.keep(region.string(new byte[] {104, 101, 108, 108, 111}));
        recv.close();
        Record stats = m.stats();
        m.expectMisuse(StaleHandleException.class, stats, "staleRejected", "", () -> recv.view(Access.UNIQUE).close());
    }

    /**
     * borrow.unique (reused): the object was closed and its slot now holds a newer
     * object; expects ReusedHandleException, stale_rejected +1.
     */
    @Test
    void borrow_unique_string_reused() throws Exception {
        Region region = m.region(0L);
        WeaveHeapString recv = m.keep(region.string(new byte[] {104, 101, 108, 108, 111}));
        recv.close();
        WeaveHeapString newer = m.keep(region.string(new byte[] {104, 101, 108, 108, 111}));
        byte[][] before = m.remember(newer);
        Record stats = m.stats();
        m.expectMisuse(ReusedHandleException.class, stats, "staleRejected", "", () -> recv.view(Access.UNIQUE).close());
        m.unchanged(before, newer);
    }

    /**
     * borrow.unique (forged): a handle that was never issued; expects
     * ForgedHandleException, stale_rejected +1.
     */
    @Test
    void borrow_unique_string_forged() throws Exception {
        Region region = m.region(0L);
        WeaveHeapString recv = WeaveHeapString.fromHandle(0x4fffffff00000001L);
        Record stats = m.stats();
        m.expectMisuse(ForgedHandleException.class, stats, "staleRejected", "", () -> recv.view(Access.UNIQUE).close());
    }

    /**
     * borrow.unique (wrong_kind): a live object of another class, adopted under this
     * one; expects WrongKindException, stale_rejected +1.
     */
    @Test
    void borrow_unique_string_wrong_kind_region() throws Exception {
        Region region = m.region(0L);
        WeaveHeapString recv = WeaveHeapString.fromHandle(region.handle());
        Record stats = m.stats();
        m.expectMisuse(WrongKindException.class, stats, "staleRejected", "", () -> recv.view(Access.UNIQUE).close());
    }

    /**
     * borrow.unique (after_region_destroy): the object's region was destroyed before
     * the call; expects StaleHandleException, stale_rejected +1.
     */
    @Test
    void borrow_unique_string_after_region_destroy() throws Exception {
        Region region = m.region(0L);
        WeaveHeapString recv = m.keep(region.string(new byte[] {104, 101, 108, 108, 111}));
        region.close();
        Record stats = m.stats();
        m.expectMisuse(StaleHandleException.class, stats, "staleRejected", "", () -> recv.view(Access.UNIQUE).close());
    }

    /**
     * borrow.unique (borrow_conflict): a view is taken while a conflicting view is
     * live; expects BorrowConflictException, borrow_conflicts +1.
     */
    @Test
    void borrow_unique_string_borrow_conflict_shared_unique() throws Exception {
        Region region = m.region(0L);
        WeaveHeapString recv = m.keep(region.string(new byte[] {104, 101, 108, 108, 111}));
        byte[][] before = m.remember(recv);
        View held = m.keep(recv.view(Access.SHARED));
        Record stats = m.stats();
        m.expectMisuse(BorrowConflictException.class, stats, "borrowConflicts", "", () -> recv.view(Access.UNIQUE).close());
        held.close();
        m.unchanged(before, recv);
    }

    /**
     * borrow.unique (borrow_conflict): a view is taken while a conflicting view is
     * live; expects BorrowConflictException, borrow_conflicts +1.
     */
    @Test
    void borrow_unique_string_borrow_conflict_unique_unique() throws Exception {
        Region region = m.region(0L);
        WeaveHeapString recv = m.keep(region.string(new byte[] {104, 101, 108, 108, 111}));
        byte[][] before = m.remember(recv);
        View held = m.keep(recv.view(Access.UNIQUE));
        Record stats = m.stats();
        m.expectMisuse(BorrowConflictException.class, stats, "borrowConflicts", "", () -> recv.view(Access.UNIQUE).close());
        held.close();
        m.unchanged(before, recv);
    }

    /**
     * borrow.unique (stale): the object was closed before the call; expects
     * StaleHandleException, stale_rejected +1.
     */
    @Test
    void borrow_unique_vector_stale() throws Exception {
        Region region = m.region(0L);
        Vector recv = m.keep(region.vector(ElementType.of(1), 16L, false));
        recv.close();
        Record stats = m.stats();
        m.expectMisuse(StaleHandleException.class, stats, "staleRejected", "", () -> recv.view(Access.UNIQUE).close());
    }

    /**
     * borrow.unique (reused): the object was closed and its slot now holds a newer
     * object; expects ReusedHandleException, stale_rejected +1.
     */
    @Test
    void borrow_unique_vector_reused() throws Exception {
        Region region = m.region(0L);
        Vector recv = m.keep(region.vector(ElementType.of(1), 16L, false));
        recv.close();
        Vector newer = m.keep(region.vector(ElementType.of(1), 16L, false));
        byte[][] before = m.remember(newer);
        Record stats = m.stats();
        m.expectMisuse(ReusedHandleException.class, stats, "staleRejected", "", () -> recv.view(Access.UNIQUE).close());
        m.unchanged(before, newer);
    }

    /**
     * borrow.unique (forged): a handle that was never issued; expects
     * ForgedHandleException, stale_rejected +1.
     */
    @Test
    void borrow_unique_vector_forged() throws Exception {
        Region region = m.region(0L);
        Vector recv = Vector.fromHandle(0x7fffffff00000001L);
        Record stats = m.stats();
        m.expectMisuse(ForgedHandleException.class, stats, "staleRejected", "", () -> recv.view(Access.UNIQUE).close());
    }

    /**
     * borrow.unique (wrong_kind): a live object of another class, adopted under this
     * one; expects WrongKindException, stale_rejected +1.
     */
    @Test
    void borrow_unique_vector_wrong_kind_region() throws Exception {
        Region region = m.region(0L);
        Vector recv = Vector.fromHandle(region.handle());
        Record stats = m.stats();
        m.expectMisuse(WrongKindException.class, stats, "staleRejected", "", () -> recv.view(Access.UNIQUE).close());
    }

    /**
     * borrow.unique (after_region_destroy): the object's region was destroyed before
     * the call; expects StaleHandleException, stale_rejected +1.
     */
    @Test
    void borrow_unique_vector_after_region_destroy() throws Exception {
        Region region = m.region(0L);
        Vector recv = m.keep(region.vector(ElementType.of(1), 16L, false));
        region.close();
        Record stats = m.stats();
        m.expectMisuse(StaleHandleException.class, stats, "staleRejected", "", () -> recv.view(Access.UNIQUE).close());
    }

    /**
     * borrow.unique (borrow_conflict): a view is taken while a conflicting view is
     * live; expects BorrowConflictException, borrow_conflicts +1.
     */
    @Test
    void borrow_unique_vector_borrow_conflict_shared_unique() throws Exception {
        Region region = m.region(0L);
        Vector recv = m.keep(region.vector(ElementType.of(1), 16L, false));
        byte[][] before = m.remember(recv);
        View held = m.keep(recv.view(Access.SHARED));
        Record stats = m.stats();
        m.expectMisuse(BorrowConflictException.class, stats, "borrowConflicts", "", () -> recv.view(Access.UNIQUE).close());
        held.close();
        m.unchanged(before, recv);
    }

    /**
     * borrow.unique (borrow_conflict): a view is taken while a conflicting view is
     * live; expects BorrowConflictException, borrow_conflicts +1.
     */
    @Test
    void borrow_unique_vector_borrow_conflict_unique_unique() throws Exception {
        Region region = m.region(0L);
        Vector recv = m.keep(region.vector(ElementType.of(1), 16L, false));
        byte[][] before = m.remember(recv);
        View held = m.keep(recv.view(Access.UNIQUE));
        Record stats = m.stats();
        m.expectMisuse(BorrowConflictException.class, stats, "borrowConflicts", "", () -> recv.view(Access.UNIQUE).close());
        held.close();
        m.unchanged(before, recv);
    }

    /**
     * borrow.unique (stale): the object was closed before the call; expects
     * StaleHandleException, stale_rejected +1.
     */
    @Test
    void borrow_unique_var_vector_stale() throws Exception {
        Region region = m.region(0L);
        VarVector recv = m.keep(region.varVector(16L, 16L, false, false));
        recv.close();
        Record stats = m.stats();
        m.expectMisuse(StaleHandleException.class, stats, "staleRejected", "", () -> recv.view(Access.UNIQUE).close());
    }

    /**
     * borrow.unique (reused): the object was closed and its slot now holds a newer
     * object; expects ReusedHandleException, stale_rejected +1.
     */
    @Test
    void borrow_unique_var_vector_reused() throws Exception {
        Region region = m.region(0L);
        VarVector recv = m.keep(region.varVector(16L, 16L, false, false));
        recv.close();
        VarVector newer = m.keep(region.varVector(16L, 16L, false, false));
        byte[][] before = m.remember(newer);
        Record stats = m.stats();
        m.expectMisuse(ReusedHandleException.class, stats, "staleRejected", "", () -> recv.view(Access.UNIQUE).close());
        m.unchanged(before, newer);
    }

    /**
     * borrow.unique (forged): a handle that was never issued; expects
     * ForgedHandleException, stale_rejected +1.
     */
    @Test
    void borrow_unique_var_vector_forged() throws Exception {
        Region region = m.region(0L);
        VarVector recv = VarVector.fromHandle(0xafffffff00000001L);
        Record stats = m.stats();
        m.expectMisuse(ForgedHandleException.class, stats, "staleRejected", "", () -> recv.view(Access.UNIQUE).close());
    }

    /**
     * borrow.unique (wrong_kind): a live object of another class, adopted under this
     * one; expects WrongKindException, stale_rejected +1.
     */
    @Test
    void borrow_unique_var_vector_wrong_kind_region() throws Exception {
        Region region = m.region(0L);
        VarVector recv = VarVector.fromHandle(region.handle());
        Record stats = m.stats();
        m.expectMisuse(WrongKindException.class, stats, "staleRejected", "", () -> recv.view(Access.UNIQUE).close());
    }

    /**
     * borrow.unique (after_region_destroy): the object's region was destroyed before
     * the call; expects StaleHandleException, stale_rejected +1.
     */
    @Test
    void borrow_unique_var_vector_after_region_destroy() throws Exception {
        Region region = m.region(0L);
        VarVector recv = m.keep(region.varVector(16L, 16L, false, false));
        region.close();
        Record stats = m.stats();
        m.expectMisuse(StaleHandleException.class, stats, "staleRejected", "", () -> recv.view(Access.UNIQUE).close());
    }

    /**
     * borrow.unique (borrow_conflict): a view is taken while a conflicting view is
     * live; expects BorrowConflictException, borrow_conflicts +1.
     */
    @Test
    void borrow_unique_var_vector_borrow_conflict_shared_unique() throws Exception {
        Region region = m.region(0L);
        VarVector recv = m.keep(region.varVector(16L, 16L, false, false));
        byte[][] before = m.remember(recv);
        View held = m.keep(recv.view(Access.SHARED));
        Record stats = m.stats();
        m.expectMisuse(BorrowConflictException.class, stats, "borrowConflicts", "", () -> recv.view(Access.UNIQUE).close());
        held.close();
        m.unchanged(before, recv);
    }

    /**
     * borrow.unique (borrow_conflict): a view is taken while a conflicting view is
     * live; expects BorrowConflictException, borrow_conflicts +1.
     */
    @Test
    void borrow_unique_var_vector_borrow_conflict_unique_unique() throws Exception {
        Region region = m.region(0L);
        VarVector recv = m.keep(region.varVector(16L, 16L, false, false));
        byte[][] before = m.remember(recv);
        View held = m.keep(recv.view(Access.UNIQUE));
        Record stats = m.stats();
        m.expectMisuse(BorrowConflictException.class, stats, "borrowConflicts", "", () -> recv.view(Access.UNIQUE).close());
        held.close();
        m.unchanged(before, recv);
    }

    /**
     * borrow.unique (stale): the object was closed before the call; expects
     * StaleHandleException, stale_rejected +1.
     */
    @Test
    void borrow_unique_foreign_stale() throws Exception {
        Region region = m.region(0L);
        Foreign recv = m.keep(region.foreign(ElementType.of(1), new byte[] {104, 101, 108, 108, 111}));
        recv.close();
        Record stats = m.stats();
        m.expectMisuse(StaleHandleException.class, stats, "staleRejected", "", () -> recv.view(Access.UNIQUE).close());
    }

    /**
     * borrow.unique (reused): the object was closed and its slot now holds a newer
     * object; expects ReusedHandleException, stale_rejected +1.
     */
    @Test
    void borrow_unique_foreign_reused() throws Exception {
        Region region = m.region(0L);
        Foreign recv = m.keep(region.foreign(ElementType.of(1), new byte[] {104, 101, 108, 108, 111}));
        recv.close();
        Foreign newer = m.keep(region.foreign(ElementType.of(1), new byte[] {104, 101, 108, 108, 111}));
        byte[][] before = m.remember(newer);
        Record stats = m.stats();
        m.expectMisuse(ReusedHandleException.class, stats, "staleRejected", "", () -> recv.view(Access.UNIQUE).close());
        m.unchanged(before, newer);
    }

    /**
     * borrow.unique (forged): a handle that was never issued; expects
     * ForgedHandleException, stale_rejected +1.
     */
    @Test
    void borrow_unique_foreign_forged() throws Exception {
        Region region = m.region(0L);
        Foreign recv = Foreign.fromHandle(0xcfffffff00000001L);
        Record stats = m.stats();
        m.expectMisuse(ForgedHandleException.class, stats, "staleRejected", "", () -> recv.view(Access.UNIQUE).close());
    }

    /**
     * borrow.unique (wrong_kind): a live object of another class, adopted under this
     * one; expects WrongKindException, stale_rejected +1.
     */
    @Test
    void borrow_unique_foreign_wrong_kind_region() throws Exception {
        Region region = m.region(0L);
        Foreign recv = Foreign.fromHandle(region.handle());
        Record stats = m.stats();
        m.expectMisuse(WrongKindException.class, stats, "staleRejected", "", () -> recv.view(Access.UNIQUE).close());
    }

    /**
     * borrow.unique (after_region_destroy): the object's region was destroyed before
     * the call; expects StaleHandleException, stale_rejected +1.
     */
    @Test
    void borrow_unique_foreign_after_region_destroy() throws Exception {
        Region region = m.region(0L);
        Foreign recv = m.keep(region.foreign(ElementType.of(1), new byte[] {104, 101, 108, 108, 111}));
        region.close();
        Record stats = m.stats();
        m.expectMisuse(StaleHandleException.class, stats, "staleRejected", "", () -> recv.view(Access.UNIQUE).close());
    }

    /**
     * borrow.unique (borrow_conflict): a view is taken while a conflicting view is
     * live; expects BorrowConflictException, borrow_conflicts +1.
     */
    @Test
    void borrow_unique_foreign_borrow_conflict_shared_unique() throws Exception {
        Region region = m.region(0L);
        Foreign recv = m.keep(region.foreign(ElementType.of(1), new byte[] {104, 101, 108, 108, 111}));
        byte[][] before = m.remember(recv);
        View held = m.keep(recv.view(Access.SHARED));
        Record stats = m.stats();
        m.expectMisuse(BorrowConflictException.class, stats, "borrowConflicts", "", () -> recv.view(Access.UNIQUE).close());
        held.close();
        m.unchanged(before, recv);
    }

    /**
     * borrow.unique (borrow_conflict): a view is taken while a conflicting view is
     * live; expects BorrowConflictException, borrow_conflicts +1.
     */
    @Test
    void borrow_unique_foreign_borrow_conflict_unique_unique() throws Exception {
        Region region = m.region(0L);
        Foreign recv = m.keep(region.foreign(ElementType.of(1), new byte[] {104, 101, 108, 108, 111}));
        byte[][] before = m.remember(recv);
        View held = m.keep(recv.view(Access.UNIQUE));
        Record stats = m.stats();
        m.expectMisuse(BorrowConflictException.class, stats, "borrowConflicts", "", () -> recv.view(Access.UNIQUE).close());
        held.close();
        m.unchanged(before, recv);
    }

    /**
     * borrow.release (double_release): a second wrapper of an already released handle
     * is closed; expects StaleHandleException, stale_rejected +1.
     */
    @Test
    void borrow_release_view_double_release() throws Exception {
        Region region = m.region(0L);
        Buffer viewed = m.keep(region.alloc(16L, 16L));
        viewed.write(0L, new byte[] {(byte) 0xa0, (byte) 0xa1, (byte) 0xa2, (byte) 0xa3, (byte) 0xa4, (byte) 0xa5, (byte) 0xa6, (byte) 0xa7, (byte) 0xa8, (byte) 0xa9, (byte) 0xaa, (byte) 0xab, (byte) 0xac, (byte) 0xad, (byte) 0xae, (byte) 0xaf});
        byte[][] before = m.remember(viewed);
        View first = m.keep(viewed.view(Access.SHARED));
        first.close();
        View recv = View.fromHandle(first.handle());
        Record stats = m.stats();
        m.expectMisuse(StaleHandleException.class, stats, "staleRejected", "", () -> recv.close());
        m.unchanged(before, viewed);
    }

    /**
     * handle.kind_of (stale): the object was closed before the call; expects
     * StaleHandleException, stale_rejected +1.
     */
    @Test
    void handle_kind_of_region_stale_handle() throws Exception {
        Region region = m.region(0L);
        region.close();
        Record stats = m.stats();
        m.expectMisuse(StaleHandleException.class, stats, "staleRejected", "", () -> WeaveHeap.handleKindOf(region));
    }

    /**
     * handle.kind_of (forged): a handle that was never issued; expects
     * ForgedHandleException, stale_rejected +1.
     */
    @Test
    void handle_kind_of_region_forged_handle() throws Exception {
        Region region = m.region(0L);
        Region arg_handle = Region.fromHandle(0x1fffffff00000001L);
        Record stats = m.stats();
        m.expectMisuse(ForgedHandleException.class, stats, "staleRejected", "", () -> WeaveHeap.handleKindOf(arg_handle));
    }

    /**
     * handle.kind_of (reused): the object was closed and its slot now holds a newer
     * object; expects ReusedHandleException, stale_rejected +1.
     */
    @Test
    void handle_kind_of_region_reused_handle() throws Exception {
        Region region = m.region(0L);
        region.close();
        Region newer = m.region(0L);
        Record stats = m.stats();
        m.expectMisuse(ReusedHandleException.class, stats, "staleRejected", "", () -> WeaveHeap.handleKindOf(region));
    }

    /**
     * handle.kind_of (null): null (None, nil) where a value is required; expects
     * InvalidArgumentException, no counter moving.
     */
    @Test
    void handle_kind_of_region_null_handle() throws Exception {
        Region region = m.region(0L);
        Record stats = m.stats();
        m.expectMisuse(InvalidArgumentException.class, stats, "", "handle", () -> WeaveHeap.handleKindOf((Resource) null));
    }
}
