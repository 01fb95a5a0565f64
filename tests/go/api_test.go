package weaveheap_test

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	wh "weaveheap.dev/go/weaveheap"
)

func TestVersionAndABI(t *testing.T) {
	if got := wh.ABIVersion(); got != wh.GeneratedABIVersion {
		t.Fatalf("ABIVersion() = %d, generated for %d", got, wh.GeneratedABIVersion)
	}
	if got := wh.IDLHash(); got != wh.GeneratedIDLHash || len(got) != 64 {
		t.Fatalf("IDLHash() = %q, generated for %q", got, wh.GeneratedIDLHash)
	}
	if got := wh.VersionString(); got != wh.GeneratedVersion {
		t.Fatalf("VersionString() = %q, want %q", got, wh.GeneratedVersion)
	}
	var major, minor, patch uint32
	for i, part := range strings.Split(wh.GeneratedVersion, ".") {
		var n uint32
		for _, c := range part {
			n = n*10 + uint32(c-'0')
		}
		switch i {
		case 0:
			major = n
		case 1:
			minor = n
		default:
			patch = n
		}
	}
	if got, want := wh.VersionNumber(), major*1000000+minor*1000+patch; got != want {
		t.Fatalf("VersionNumber() = %d, want %d", got, want)
	}
}

func TestABIGuard(t *testing.T) {
	if err := wh.VerifyABI(wh.ABIVersion(), wh.IDLHash()); err != nil {
		t.Fatalf("the loaded library fails its own guard: %v", err)
	}
	for _, c := range []struct {
		abi  uint32
		hash string
	}{{wh.GeneratedABIVersion + 1, wh.GeneratedIDLHash}, {wh.GeneratedABIVersion, strings.Repeat("0", 64)}} {
		err := wh.VerifyABI(c.abi, c.hash)
		if err == nil || !strings.Contains(err.Error(), "rebuild") {
			t.Fatalf("VerifyABI(%d, %s) = %v, want an error saying what to rebuild", c.abi, c.hash, err)
		}
	}
}

func TestStrerror(t *testing.T) {
	if got := wh.Strerror(int32(wh.CodeStaleHandle)); got != "stale handle" {
		t.Fatalf("Strerror(stale) = %q", got)
	}
	if got := wh.Strerror(9999); got != "unknown error" {
		t.Fatalf("Strerror(9999) = %q", got)
	}
}

func TestRegionLifecycleAndStats(t *testing.T) {
	r := newRegion(t, &wh.RegionOptions{ChunkSize: 4096, ThreadSafe: true})
	if kind, err := wh.HandleKindOf(r); err != nil || kind != wh.HandleKindRegion {
		t.Fatalf("HandleKindOf(region) = %v, %v", kind, err)
	}
	s := regionStats(t, r)
	if s.Allocations != 0 || s.BytesLive != 0 {
		t.Fatalf("fresh region stats = %+v", s)
	}
	b, err := r.NewBuffer(100, wh.DefaultAlign)
	must(t, err, "NewBuffer")
	s = regionStats(t, r)
	if s.Allocations != 1 || s.BytesLive < 100 {
		t.Fatalf("after one buffer: %+v", s)
	}
	must(t, r.Reset(), "Reset")
	if s = regionStats(t, r); s.BytesLive != 0 {
		t.Fatalf("after reset: %+v", s)
	}
	if _, err := b.Size(); err == nil {
		t.Fatal("a buffer survived its region's reset")
	}
	before := globalStats(t).RegionsLive
	r2, err := wh.NewRegion(nil)
	must(t, err, "NewRegion(nil)")
	if got := globalStats(t).RegionsLive; got != before+1 {
		t.Fatalf("regions_live %d -> %d", before, got)
	}
	must(t, r2.Close(), "Region.Close")
	if got := globalStats(t).RegionsLive; got != before {
		t.Fatalf("regions_live after Close %d, want %d", got, before)
	}
	must(t, r2.Close(), "a second Region.Close is a no-op")
	// a raw handle is an Object too
	if kind, err := wh.HandleKindOf(b.Handle()); err == nil {
		t.Fatalf("HandleKindOf(a reset buffer's raw handle) = %v", kind)
	}
}

func TestBuffer(t *testing.T) {
	r := newRegion(t, nil)
	b, err := r.NewBuffer(64, 256)
	must(t, err, "NewBuffer")
	if kind, err := wh.HandleKindOf(b.Handle()); err != nil || kind != wh.HandleKindBuffer {
		t.Fatalf("HandleKindOf(buffer) = %v, %v", kind, err)
	}
	if n, err := b.Size(); err != nil || n != 64 {
		t.Fatalf("Size() = %d, %v", n, err)
	}
	dst := make([]byte, 64)
	must(t, b.Read(0, dst), "Read")
	if !bytes.Equal(dst, make([]byte, 64)) {
		t.Fatal("a new buffer is not zeroed")
	}
	must(t, b.Write(10, []byte("abc")), "Write")
	got := make([]byte, 5)
	must(t, b.Read(9, got), "Read")
	if !bytes.Equal(got, []byte{0, 'a', 'b', 'c', 0}) {
		t.Fatalf("Read after Write = %q", got)
	}
	must(t, b.Write(0, nil), "empty Write")
	must(t, b.Read(64, nil), "empty Read at the end")
	v, err := b.View()
	must(t, err, "View")
	if address(v.UnsafeBytes())%256 != 0 {
		t.Fatalf("buffer at %#x is not 256-aligned", address(v.UnsafeBytes()))
	}
	must(t, v.Close(), "View.Close")
	must(t, b.Close(), "Buffer.Close")
	must(t, b.Close(), "a second Buffer.Close is a no-op")
}

func TestBytes(t *testing.T) {
	r := newRegion(t, nil)
	data := []byte{0, 1, 2, 255}
	b, err := r.NewBytes(data)
	must(t, err, "NewBytes")
	data[0] = 99 // the core copied it
	if kind, _ := wh.HandleKindOf(b.Handle()); kind != wh.HandleKindBytes {
		t.Fatalf("HandleKindOf(bytes) = %v", kind)
	}
	if n, err := b.Length(); err != nil || n != 4 {
		t.Fatalf("Length() = %d, %v", n, err)
	}
	dup, err := b.Dup()
	must(t, err, "Dup")
	if !bytes.Equal(dup, []byte{0, 1, 2, 255}) {
		t.Fatalf("Dup() = %v", dup)
	}
	empty, err := r.NewBytes(nil)
	must(t, err, "NewBytes(nil)")
	if d, err := empty.Dup(); err != nil || d == nil || len(d) != 0 {
		t.Fatalf("empty Dup() = %v, %v", d, err)
	}
	v, err := b.View(wh.Unique)
	must(t, err, "Bytes.View(Unique)")
	if v.Writable() {
		t.Fatal("a unique view of bytes is writable")
	}
	_, err = v.WriteAt([]byte{1}, 0)
	expectErr[*wh.InvalidArgumentError](t, err, "WriteAt through a view of bytes")
	must(t, v.Close(), "Close")
	must(t, b.Close(), "Bytes.Close")
	must(t, empty.Close(), "Bytes.Close (empty)")
}

func TestString(t *testing.T) {
	r := newRegion(t, nil)
	text := "h\u00e9llo, \u4e16\u754c"
	s, err := r.NewString([]byte(text))
	must(t, err, "NewString")
	if kind, _ := wh.HandleKindOf(s.Handle()); kind != wh.HandleKindString {
		t.Fatalf("HandleKindOf(string) = %v", kind)
	}
	if n, err := s.Length(); err != nil || n != uint64(len(text)) {
		t.Fatalf("Length() = %d, %v", n, err)
	}
	if d, err := s.Dup(); err != nil || d != text {
		t.Fatalf("Dup() = %q, %v", d, err)
	}
	must(t, s.WithView(func(data []byte) error {
		if string(data) != text {
			t.Fatalf("string view = %q", data)
		}
		return nil
	}), "String.WithView")
	must(t, s.Close(), "String.Close")
}

func TestStatsSwitch(t *testing.T) {
	if !wh.StatsEnabled() {
		t.Fatal("counting is off by default")
	}
	wh.StatsSetEnabled(false)
	defer wh.StatsSetEnabled(true)
	if wh.StatsEnabled() {
		t.Fatal("StatsSetEnabled(false) did not turn counting off")
	}
	before := globalStats(t).Allocations
	r := newRegion(t, nil)
	_, err := r.NewBuffer(8, 8)
	must(t, err, "NewBuffer")
	if got := globalStats(t).Allocations; got != before {
		t.Fatalf("allocations counted while off: %d -> %d", before, got)
	}
	wh.StatsSetEnabled(true)
	_, err = r.NewBuffer(8, 8)
	must(t, err, "NewBuffer")
	if got := globalStats(t).Allocations; got != before+1 {
		t.Fatalf("allocations after turning on: %d -> %d", before, got)
	}
}

func TestPublish(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "stats")
	must(t, os.Mkdir(dir, 0o700), "mkdir")
	t.Setenv("WEAVEHEAP_STATS_DIR", dir)
	if wh.PublishActive() {
		t.Fatal("publishing before PublishStart")
	}
	must(t, wh.PublishNow(), "PublishNow")
	if !wh.PublishActive() {
		t.Fatal("PublishNow did not create the file")
	}
	must(t, wh.PublishStart(10), "PublishStart")
	entries, err := os.ReadDir(dir)
	if err != nil || len(entries) == 0 {
		t.Fatalf("no stats file in %s (%v)", dir, err)
	}
	wh.PublishStop()
	if wh.PublishActive() {
		t.Fatal("still publishing after PublishStop")
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 0 {
		t.Fatalf("PublishStop left %v", entries)
	}
	open := filepath.Join(t.TempDir(), "open")
	must(t, os.Mkdir(open, 0o777), "mkdir")
	must(t, os.Chmod(open, 0o777), "chmod")
	t.Setenv("WEAVEHEAP_STATS_DIR", open)
	expectErr[*wh.InvalidArgumentError](t, wh.PublishStart(0), "PublishStart in a world-writable directory")
	if wh.PublishActive() {
		t.Fatal("a failed PublishStart left publishing on")
	}
}
