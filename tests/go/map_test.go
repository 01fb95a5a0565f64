package weaveheap_test

import (
	"testing"
	"unsafe"

	wh "weaveheap.dev/go/weaveheap"
)

// A map<utf8,int64> column (list_vector with map) from Go: two entries per
// value appended in list_vector.append's encoding (docs/arrow.md), a key
// looked up, its value read from the value column, and the column exported
// as Arrow's "+m".

// u32 and i64 in the machine's byte order, as the encoding asks.
func ne32(v uint32) []byte {
	b := make([]byte, 4)
	*(*uint32)(unsafe.Pointer(&b[0])) = v
	return b
}

func ne64(v int64) []byte {
	b := make([]byte, 8)
	*(*int64)(unsafe.Pointer(&b[0])) = v
	return b
}

type entry struct {
	key   string
	value int64
}

// One map value: a u32 count, then each entry as a struct value (tag 1, then
// the key's tag, length and bytes, then the value's tag and bytes).
func mapValue(entries ...entry) []byte {
	out := ne32(uint32(len(entries)))
	for _, e := range entries {
		out = append(out, 1, 1)
		out = append(out, ne32(uint32(len(e.key)))...)
		out = append(out, e.key...)
		out = append(out, 1)
		out = append(out, ne64(e.value)...)
	}
	return out
}

func TestMapLookup(t *testing.T) {
	r := newRegion(t, nil)
	keys, err := r.NewVarVector(8, 64, false, false)
	must(t, err, "NewVarVector")
	vals, err := r.NewVector(wh.ElementTypeInt64, 8, false)
	must(t, err, "NewVector")
	entries, err := r.NewBatch(2)
	must(t, err, "NewBatch")
	must(t, entries.AddColumn([]byte("key"), keys), "AddColumn key")
	must(t, entries.AddColumn([]byte("value"), vals), "AddColumn value")
	m, err := r.NewListVector(entries, 4, false, true)
	must(t, err, "NewListVector")
	must(t, m.Append(mapValue(entry{"a", 1}, entry{"b", 2})), "Append 0")
	must(t, m.Append(mapValue(entry{"c", 3}, entry{"a", 4})), "Append 1")
	if n, _ := m.Length(); n != 2 {
		t.Fatalf("length %d, want 2", n)
	}
	for _, c := range []struct {
		index uint64
		key   string
		row   int64
		value int64
	}{{0, "b", 1, 2}, {1, "a", 3, 4}, {0, "a", 0, 1}} {
		row, err := m.Lookup(c.index, []byte(c.key))
		must(t, err, "Lookup")
		if row != c.row {
			t.Fatalf("map %d key %q at row %d, want %d", c.index, c.key, row, c.row)
		}
		v, err := vals.Get(uint64(row))
		must(t, err, "Get")
		if v != c.value {
			t.Fatalf("map %d key %q: %d, want %d", c.index, c.key, v, c.value)
		}
	}
	if row, err := m.Lookup(1, []byte("b")); err != nil || row != -1 {
		t.Fatalf("a missing key: %d, %v (want -1)", row, err)
	}
	_, err = m.Lookup(2, []byte("a"))
	expectErr[*wh.OutOfRangeError](t, err, "Lookup past the length")
	expectErr[*wh.InvalidArgumentError](t, m.Append([]byte{1, 0}), "Append of a malformed value")
	e, err := m.ExportArrow()
	must(t, err, "ExportArrow")
	if got := cString((*cSchema)(e.Schema()).format); got != "+m" {
		t.Fatalf("format %q, want +m", got)
	}
	if a := (*cArray)(e.Array()); a.length != 2 || a.nChildren != 1 {
		t.Fatalf("array length %d children %d", a.length, a.nChildren)
	}
	e.Release()
	must(t, m.Close(), "Close map")
	must(t, entries.Close(), "Close entries")
}
