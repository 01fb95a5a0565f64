// B12 from Go (issue 11): zpack.Crc32(buf), the generated extension package
// taking a *weaveheap.Buffer, against a hand-written cgo binding of the same
// zlib crc32 taking a pointer (the bytes of a view of the same Buffer: cgo's
// own zero-copy path), and against copying the bytes in first (into a Go
// []byte, then the same hand-written crc32: what a copying binding does), at
// 64 B .. 256 MiB.
//
// Fair: the same bytes (one Buffer a size), the same crc32 loop (zpack.c's,
// crc_pieces.h), the same number of calls for every row of a size, each row
// a closure of the same shape. Each round times every row once, in a
// rotating order, after a warm-up and a collection (untimed), by the CPU
// time of the thread the main goroutine is locked to (cgo calls run there
// too): the process's would also count the runtime's background workers,
// whose work after a collection (sweeping, the scavenger giving memory
// back) can fall on whichever row comes next, most often the hand-written one,
// which follows the copying row in two rounds of three. So the copying
// row's collector work on other threads is not counted: its ratio is a lower
// bound. A ratio is the median of the per-round ratios. Before timing, every row must return the same checksum
// and the extension's call must leave the region's copy counter unchanged.
//
//	bench/ext/run.sh <build>      (or: cmake --build <build> --target bench_ext_go)
package main

/*
#cgo CFLAGS: -I${SRCDIR}/..
#cgo LDFLAGS: -lz
#include <stdint.h>
#include <time.h>
#include "crc_pieces.h"

// The hand-written binding: a pointer and a length, the bytes read in place.
static uint32_t bench_crc32(const uint8_t* data, uint64_t length) { return bench_ext_crc32(data, length); }

static int64_t bench_cpu_ns(void) {
	struct timespec ts;
	clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
	return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}
*/
import "C"

import (
	"flag"
	"fmt"
	"os"
	"runtime"
	"sort"
	"unsafe"

	wh "weaveheap.dev/go/weaveheap"
	"weaveheap.dev/go/zpack"
)

var sizes = []uint64{64, 4096, 65536, 1 << 20, 16 << 20, 256 << 20}

var sink uint64

// The hand-written binding of crc32: cgo with a pointer.
func peer(b []byte) uint32 {
	return uint32(C.bench_crc32((*C.uint8_t)(unsafe.Pointer(&b[0])), C.uint64_t(len(b))))
}

func must[T any](v T, err error) T {
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	return v
}

func median(xs []float64) float64 {
	s := append([]float64(nil), xs...)
	sort.Float64s(s)
	return s[len(s)/2]
}

func now() int64 { return int64(C.bench_cpu_ns()) }

type row struct {
	name string
	run  func(n int)
}

type result struct {
	calls                            int
	hand, ext, copy                  float64
	extRatio, extMinusHand, copyRatio float64
}

func table(size uint64, rounds int) result {
	region := must(wh.NewRegion(nil))
	defer region.Close()
	buf := must(region.NewBuffer(size, 64))
	fill := must(buf.View(wh.Unique))
	b := fill.UnsafeBytes()
	for i := range b {
		b[i] = byte((i*7 ^ i>>9) & 0xFF)
	}
	must(0, fill.Close())
	view := must(buf.View()) // the hand-written path's pointer, held (a shared borrow)
	defer view.Close()
	data := view.UnsafeBytes()

	want := peer(data)
	before := must(region.Stats())
	if got := must(zpack.Crc32(buf)); got != want {
		panic(fmt.Sprintf("zpack %08x, hand-written %08x", got, want))
	}
	if after := must(region.Stats()); after.Copies != before.Copies {
		panic("the extension copied")
	}
	copyIn := func() uint32 {
		c := make([]byte, len(data))
		copy(c, data)
		return peer(c)
	}
	if copyIn() != want {
		panic("the copying row disagrees")
	}

	rows := []row{
		{"hand-written", func(n int) {
			var s uint64
			for i := 0; i < n; i++ {
				s += uint64(peer(data))
			}
			sink += s
		}},
		{"zpack.Crc32", func(n int) {
			var s uint64
			for i := 0; i < n; i++ {
				v, err := zpack.Crc32(buf)
				if err != nil {
					panic(err)
				}
				s += uint64(v)
			}
			sink += s
		}},
		{"copy in", func(n int) {
			var s uint64
			for i := 0; i < n; i++ {
				s += uint64(copyIn())
			}
			sink += s
		}},
	}
	// the same number of calls for every row: >= 30 ms of the hand-written row, >= 3
	calls := 3
	for {
		t0 := now()
		rows[0].run(calls)
		if now()-t0 >= 30e6 {
			break
		}
		calls *= 2
	}
	for _, r := range rows { // warm-up
		r.run(calls)
	}
	per := make([][]float64, len(rows))
	for r := 0; r < rounds; r++ {
		for k := range rows {
			i := (k + r) % len(rows)
			runtime.GC() // each row starts from a collected heap: the copies' garbage is the copy row's
			t0 := now()
			rows[i].run(calls)
			per[i] = append(per[i], float64(now()-t0)/float64(calls))
		}
	}
	ratio := func(a, b []float64) float64 {
		xs := make([]float64, len(a))
		for i := range a {
			xs[i] = a[i] / b[i]
		}
		return median(xs)
	}
	diff := func(a, b []float64) float64 {
		xs := make([]float64, len(a))
		for i := range a {
			xs[i] = a[i] - b[i]
		}
		return median(xs)
	}
	return result{calls, median(per[0]), median(per[1]), median(per[2]),
		ratio(per[1], per[0]), diff(per[1], per[0]), ratio(per[2], per[0])}
}

func fmtNs(ns float64) string {
	switch {
	case ns >= 1e6:
		return fmt.Sprintf("%.2f ms", ns/1e6)
	case ns >= 1e3:
		return fmt.Sprintf("%.2f us", ns/1e3)
	}
	return fmt.Sprintf("%.1f ns", ns)
}

func sizeName(n uint64) string {
	switch {
	case n >= 1<<20:
		return fmt.Sprintf("%d MiB", n>>20)
	case n >= 1<<10:
		return fmt.Sprintf("%d KiB", n>>10)
	}
	return fmt.Sprintf("%d B", n)
}

func main() {
	runtime.LockOSThread() // one thread, so that its CPU time is the calls'
	rounds := flag.Int("rounds", 11, "rounds (each times every row once, in a rotating order)")
	maxSize := flag.Uint64("max-size", sizes[len(sizes)-1], "the largest size")
	flag.Parse()
	fmt.Printf("\n### B12 from Go (%s, cgo), %d rounds, main thread CPU time\n\n", runtime.Version(), *rounds)
	fmt.Println("| size | calls | hand-written | zpack.Crc32 | copy in | **zpack / hand** | zpack - hand | copy / hand |")
	fmt.Println("|---:|---:|---:|---:|---:|---:|---:|---:|")
	for _, size := range sizes {
		if size > *maxSize {
			break
		}
		t := table(size, *rounds)
		fmt.Printf("| %s | %d | %s | %s | %s | **%.3fx** | %+.1f ns | %.2fx |\n", sizeName(size), t.calls,
			fmtNs(t.hand), fmtNs(t.ext), fmtNs(t.copy), t.extRatio, t.extMinusHand, t.copyRatio)
	}
	_ = sink
}
