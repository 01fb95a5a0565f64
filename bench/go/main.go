// B9 (cgo): a trivial core call through the generated package vs a bare cgo
// no-op of the same shape, in the same run, interleaved, after a warm-up;
// prints medians and ratios (docs: /work/shared/BENCHMARKS.md, RESULTS.md).
// Time is the process's CPU time by default (-clock=cpu): on a shared machine
// wall time also counts the time the process waited for a CPU (-clock=wall).
// Also the safe forms of a view against the raw one (issue 10, item 3): the
// closure-scoped WithView against View + UnsafeBytes + Close, reading a view's
// bytes inside Do against through the raw slice, and the checked ReadAt
// against a copy from the raw slice.
//
// The no-ops live in this file's cgo preamble: cgo calls them through the
// same generated trampoline (Go -> runtime.cgocall -> _cgo_..._Cfunc_x -> x)
// as the core's functions, so the difference is the core's work plus the
// generated Go wrapper.
package main

/*
#include <stdbool.h>
#include <stdint.h>
#include <time.h>
#cgo pkg-config: weaveheap
#include "weaveheap.h"

// The process's CPU time in ns: every thread's, the garbage collector's included.
static int64_t bench_cpu_ns(void) {
	struct timespec ts;
	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
	return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

// Kept out of line, as the core's functions are behind the library boundary.
__attribute__((noinline)) static void bench_noop(void) {}
__attribute__((noinline)) static uint32_t bench_noop_u32(void) { return 1; }
// The shape of the generated shims: a handle in, {result, error} out by value.
typedef struct bench_result { uint64_t r; weaveheap_error e; } bench_result;
__attribute__((noinline)) static bench_result bench_noop_handle(uint64_t h) {
	bench_result res = {0};
	res.r = h;
	return res;
}
// The other design: the error by pointer (Go's cgo moves it to the heap).
__attribute__((noinline)) static uint64_t bench_noop_handle_ptr(uint64_t h, weaveheap_error* e) {
	return e != NULL ? h : 0;
}
*/
import "C"

import (
	"flag"
	"fmt"
	"os"
	"sort"
	"time"

	wh "weaveheap.dev/go/weaveheap"
)

var sink uint64

type peer struct {
	name string
	run  func(n int)
	per  int // the round's calls are divided by this (slow peers)
}

func median(xs []float64) float64 {
	s := append([]float64(nil), xs...)
	sort.Float64s(s)
	return s[len(s)/2]
}

func minimum(xs []float64) float64 {
	m := xs[0]
	for _, x := range xs {
		if x < m {
			m = x
		}
	}
	return m
}

func main() {
	rounds := flag.Int("rounds", 11, "rounds (each runs every peer once, in rotating order)")
	calls := flag.Int("calls", 2000000, "calls per peer per round")
	clock := flag.String("clock", "cpu", "cpu: the process's CPU time; wall: elapsed time")
	flag.Parse()
	now := func() int64 { return int64(C.bench_cpu_ns()) }
	if *clock == "wall" {
		now = func() int64 { return time.Now().UnixNano() }
	} else if *clock != "cpu" {
		fmt.Fprintln(os.Stderr, "-clock is cpu or wall")
		os.Exit(2)
	}

	region, err := wh.NewRegion(nil)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	defer region.Close()
	buf, err := region.NewBuffer(64, wh.DefaultAlign)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	raw := uint64(buf.Handle())
	big, err := region.NewBuffer(64<<10, wh.DefaultAlign)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	held, err := big.View()
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	sum := func(b []byte) uint64 {
		var s uint64
		for _, x := range b {
			s += uint64(x)
		}
		return s
	}
	eight := make([]byte, 8)

	peers := []peer{
		{"cgo no-op, void(void)", func(n int) {
			for i := 0; i < n; i++ {
				C.bench_noop()
			}
		}, 1},
		{"core PublishStop() (void(void), not publishing)", func(n int) {
			for i := 0; i < n; i++ {
				wh.PublishStop()
			}
		}, 1},
		{"cgo no-op returning uint32", func(n int) {
			var s uint64
			for i := 0; i < n; i++ {
				s += uint64(C.bench_noop_u32())
			}
			sink += s
		}, 1},
		{"core ABIVersion() (returns uint32)", func(n int) {
			var s uint64
			for i := 0; i < n; i++ {
				s += uint64(wh.ABIVersion())
			}
			sink += s
		}, 1},
		{"cgo no-op(handle) returning {uint64, error}", func(n int) {
			var s uint64
			for i := 0; i < n; i++ {
				res := C.bench_noop_handle(C.uint64_t(raw))
				if res.e.code != 0 {
					panic("unreachable")
				}
				s += uint64(res.r)
			}
			sink += s
		}, 1},
		{"core buf.Size() (method: handle check + error)", func(n int) {
			var s uint64
			for i := 0; i < n; i++ {
				v, err := buf.Size()
				if err != nil {
					panic(err)
				}
				s += v
			}
			sink += s
		}, 1},
		{"cgo no-op(handle, *error) (error on the heap)", func(n int) {
			var s uint64
			for i := 0; i < n; i++ {
				var e C.weaveheap_error
				s += uint64(C.bench_noop_handle_ptr(C.uint64_t(raw), &e))
				if e.code != 0 {
					panic("unreachable")
				}
			}
			sink += s
		}, 1},
		{"view, safe closure: buf.WithView(fn)", func(n int) {
			for i := 0; i < n; i++ {
				if err := buf.WithView(func(b []byte) error {
					sink += uint64(len(b))
					return nil
				}); err != nil {
					panic(err)
				}
			}
		}, 10},
		{"view, raw: View() + UnsafeBytes() + Close()", func(n int) {
			for i := 0; i < n; i++ {
				v, err := buf.View()
				if err != nil {
					panic(err)
				}
				sink += uint64(len(v.UnsafeBytes()))
				if err := v.Close(); err != nil {
					panic(err)
				}
			}
		}, 10},
		{"view, safe: View() + Do(fn) + Close()", func(n int) {
			for i := 0; i < n; i++ {
				v, err := buf.View()
				if err != nil {
					panic(err)
				}
				if err := v.Do(func(b []byte) error {
					sink += uint64(len(b))
					return nil
				}); err != nil {
					panic(err)
				}
				if err := v.Close(); err != nil {
					panic(err)
				}
			}
		}, 10},
		{"sum 64 KiB, safe: inside held.Do(fn)", func(n int) {
			for i := 0; i < n; i++ {
				if err := held.Do(func(b []byte) error {
					sink += sum(b)
					return nil
				}); err != nil {
					panic(err)
				}
			}
		}, 1000},
		{"sum 64 KiB, raw: held.UnsafeBytes()", func(n int) {
			for i := 0; i < n; i++ {
				sink += sum(held.UnsafeBytes())
			}
		}, 1000},
		{"read 8 B, safe: held.ReadAt (checked)", func(n int) {
			for i := 0; i < n; i++ {
				if _, err := held.ReadAt(eight, int64(i&1023)*8); err != nil {
					panic(err)
				}
				sink += uint64(eight[0])
			}
		}, 1},
		{"read 8 B, raw: copy from held.UnsafeBytes()", func(n int) {
			for i := 0; i < n; i++ {
				off := (i & 1023) * 8
				copy(eight, held.UnsafeBytes()[off:off+8])
				sink += uint64(eight[0])
			}
		}, 1},
	}
	// Pairs: (peer, the one it is compared with): core calls against cgo
	// no-ops; safe views against the raw view.
	pairs := [][2]int{{1, 0}, {3, 2}, {5, 4}, {6, 4}, {7, 8}, {9, 8}, {10, 11}, {12, 13}}

	for i := range peers {
		if peers[i].per == 0 {
			peers[i].per = 1
		}
	}
	for _, p := range peers { // warm-up
		p.run(*calls / 4 / p.per)
	}
	times := make([][]float64, len(peers))
	for r := 0; r < *rounds; r++ {
		for k := range peers {
			i := (k + r) % len(peers)
			n := *calls / peers[i].per
			start := now()
			peers[i].run(n)
			times[i] = append(times[i], float64(now()-start)/float64(n))
		}
	}

	if err := held.Close(); err != nil {
		panic(err)
	}
	fmt.Printf("B9 Go (cgo), %d rounds x %d calls per peer (views /10, 64 KiB sums /1000), ns (%s time) per call\n", *rounds, *calls, *clock)
	fmt.Printf("%-48s %9s %9s\n", "peer", "median", "min")
	for i, p := range peers {
		fmt.Printf("%-48s %9.2f %9.2f\n", p.name, median(times[i]), minimum(times[i]))
	}
	fmt.Println()
	for _, pr := range pairs {
		a, b := pr[0], pr[1]
		perRound := make([]float64, *rounds)
		for r := range perRound {
			perRound[r] = times[a][r] / times[b][r]
		}
		fmt.Printf("ratio %s / %s: median %.3fx (per-round median %.3fx)\n",
			peers[a].name, peers[b].name, median(times[a])/median(times[b]), median(perRound))
	}
	_ = sink
}
