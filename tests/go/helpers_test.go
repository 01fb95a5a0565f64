package weaveheap_test

import (
	"errors"
	"strings"
	"testing"

	wh "weaveheap.dev/go/weaveheap"
)

// expectErr fails unless err is a *T carrying a non-empty core message, and
// returns it.
func expectErr[T error](t *testing.T, err error, what string) T {
	t.Helper()
	var target T
	if err == nil {
		t.Fatalf("%s: got no error, want %T", what, target)
	}
	if !errors.As(err, &target) {
		t.Fatalf("%s: got %T (%v), want %T", what, err, err, target)
	}
	var base *wh.WeaveHeapError
	if !errors.As(err, &base) || base.Message == "" || !strings.HasPrefix(err.Error(), "weaveheap: ") {
		t.Fatalf("%s: %T does not carry the core's message: %q", what, err, err.Error())
	}
	return target
}

func must(t *testing.T, err error, what string) {
	t.Helper()
	if err != nil {
		t.Fatalf("%s: %v", what, err)
	}
}

func newRegion(t *testing.T, opts *wh.RegionOptions) *wh.Region {
	t.Helper()
	r, err := wh.NewRegion(opts)
	must(t, err, "NewRegion")
	t.Cleanup(func() { _ = r.Close() })
	return r
}

func globalStats(t *testing.T) *wh.Stats {
	t.Helper()
	s, err := wh.ReadStats()
	must(t, err, "ReadStats")
	return s
}

func regionStats(t *testing.T, r *wh.Region) wh.Stats {
	t.Helper()
	s, err := r.Stats()
	must(t, err, "Region.Stats")
	return *s
}
