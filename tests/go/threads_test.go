package weaveheap_test

import (
	"bytes"
	"sync"
	"testing"

	wh "weaveheap.dev/go/weaveheap"
)

// A thread-safe region used from several goroutines at once (each on its
// own OS thread during its cgo calls): every object comes back intact and
// the counters add up.
func TestThreadSafeRegionFromGoroutines(t *testing.T) {
	r := newRegion(t, &wh.RegionOptions{ThreadSafe: true})
	const workers, each = 4, 500
	errs := make(chan error, workers)
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			want := bytes.Repeat([]byte{byte(w + 1)}, 48)
			got := make([]byte, 48)
			for i := 0; i < each; i++ {
				b, err := r.NewBuffer(48, 16)
				if err == nil {
					err = b.Write(0, want)
				}
				if err == nil {
					err = b.WithView(func(data []byte) error {
						if !bytes.Equal(data, want) {
							t.Errorf("worker %d: view shows %v", w, data[:4])
						}
						return nil
					})
				}
				if err == nil {
					err = b.Read(0, got)
				}
				if err == nil && !bytes.Equal(got, want) {
					t.Errorf("worker %d: read %v", w, got[:4])
				}
				if err == nil {
					err = b.Close()
				}
				if err != nil {
					errs <- err
					return
				}
			}
		}(w)
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Fatal(err)
	}
	s := regionStats(t, r)
	if s.Allocations != workers*each || s.Releases != workers*each || s.BytesLive != 0 || s.BorrowsActive != 0 {
		t.Fatalf("counters after %d objects: %+v", workers*each, s)
	}
}
