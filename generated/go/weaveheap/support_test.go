// Generated from idl/weaveheap.wh by weaveheap_gen: do not edit. IDL sha256 44be387f8fee504168644f97309796ee874d700df2d7f607dd2879887ce60144

// What the generated tests (contract_test.go, misuse_test.go) check with.
package weaveheap_test

import (
	"bytes"
	"errors"
	"reflect"
	"runtime"
	"strings"
	"testing"

	wh "weaveheap.dev/go/weaveheap"
)

// contractEntry is a row of the Go column of docs/api.md.
type contractEntry struct {
	idl, kind, path string
	value           any // the function or method expression; a nil pointer or zero value of a type
	parent          any // an error's parent error type (a nil pointer), or nil
}

var (
	errorType = reflect.TypeOf((*error)(nil)).Elem()
	viewType  = reflect.TypeOf((*wh.View)(nil))
)

func checkContract(t *testing.T, e contractEntry) {
	t.Helper()
	switch e.kind {
	case "function", "constructor", "method", "close", "view":
		v := reflect.ValueOf(e.value)
		if v.Kind() != reflect.Func {
			t.Fatalf("%s is a %s, not a function", e.path, v.Kind())
		}
		// a package function is weaveheap.F, a method weaveheap.(*T).M; the
		// runtime names them after the package's import path
		want := "weaveheap.dev/go/weaveheap." + strings.TrimPrefix(e.path, "weaveheap.")
		if got := runtime.FuncForPC(v.Pointer()).Name(); got != want {
			t.Fatalf("%s is %s", want, got)
		}
		ft := v.Type()
		method := e.kind != "function" && e.kind != "constructor"
		if method != strings.HasPrefix(e.path, "(*") || (method && (ft.NumIn() == 0 || ft.In(0).Kind() != reflect.Pointer)) {
			t.Fatalf("%s (%s): not a %s", e.path, ft, e.kind)
		}
		// what takes an object may be handed a nil one: it returns an error
		if last := ft.NumOut() - 1; e.kind != "function" && (last < 0 || ft.Out(last) != errorType) {
			t.Fatalf("%s (%s): a %s returns an error last", e.path, ft, e.kind)
		}
		switch e.kind {
		case "constructor":
			if ft.NumOut() != 2 || ft.Out(0).Kind() != reflect.Pointer || ft.Out(0).Elem().Kind() != reflect.Struct {
				t.Fatalf("%s (%s): a constructor returns (*T, error)", e.path, ft)
			}
		case "close":
			if ft.NumIn() != 1 || ft.NumOut() != 1 || !strings.HasSuffix(e.path, ".Close") {
				t.Fatalf("%s (%s): close is Close() error", e.path, ft)
			}
		case "view":
			if ft.NumOut() != 2 || ft.Out(0) != viewType || !ft.IsVariadic() {
				t.Fatalf("%s (%s): a view returns (%s, error) and takes an optional Access", e.path, ft, viewType)
			}
		}
	case "class":
		ty := reflect.TypeOf(e.value)
		if ty.Kind() != reflect.Pointer || ty.Elem().Kind() != reflect.Struct || ty.Elem().Name() != e.path {
			t.Fatalf("%s is %s, not a struct type named %s", e.idl, ty, e.path)
		}
		if _, ok := e.value.(wh.Object); !ok {
			t.Fatalf("*%s is not a wh.Object", e.path)
		}
		if m, ok := ty.MethodByName("Close"); !ok || m.Type.NumOut() != 1 || m.Type.Out(0) != errorType {
			t.Fatalf("*%s has no Close() error", e.path)
		}
	case "struct":
		ty := reflect.TypeOf(e.value)
		if ty.Kind() != reflect.Struct || ty.Name() != e.path {
			t.Fatalf("%s is %s, not a struct named %s", e.idl, ty, e.path)
		}
	case "error":
		ty := reflect.TypeOf(e.value)
		if ty.Kind() != reflect.Pointer || ty.Elem().Name() != e.path || !ty.Implements(errorType) {
			t.Fatalf("%s: *%s is not an error type", e.idl, e.path)
		}
		base := &wh.WeaveHeapError{Code: 1, Message: "contract"}
		if ty == reflect.TypeOf(base) {
			return
		}
		made := reflect.New(ty.Elem())
		made.Elem().Field(0).Set(reflect.ValueOf(base))
		err := made.Interface().(error)
		var got *wh.WeaveHeapError
		if !errors.As(err, &got) || got != base {
			t.Fatalf("%s does not unwrap to its *wh.WeaveHeapError", e.path)
		}
		if e.parent != nil && !errors.As(err, reflect.New(reflect.TypeOf(e.parent)).Interface()) {
			t.Fatalf("%s is not also a %T", e.path, e.parent)
		}
	default:
		t.Fatalf("%s: no check for kind %q", e.idl, e.kind)
	}
}

func must(t *testing.T, err error, what string) {
	t.Helper()
	if err != nil {
		t.Fatalf("%s: %v", what, err)
	}
}

// misuseRegion is a region for one case (a byte limit when not 0), closed
// when the test ends (a no-op if the test closed it).
func misuseRegion(t *testing.T, byteLimit uint64) *wh.Region {
	t.Helper()
	var opts *wh.RegionOptions
	if byteLimit != 0 {
		opts = &wh.RegionOptions{ByteLimit: byteLimit}
	}
	r, err := wh.NewRegion(opts)
	must(t, err, "NewRegion")
	t.Cleanup(func() { _ = r.Close() })
	return r
}

func snapshot(t *testing.T) wh.Stats {
	t.Helper()
	s, err := wh.ReadStats()
	must(t, err, "ReadStats")
	return *s
}

// remember copies the bytes of each object (through a view: the core
// counts no copy).
func remember(t *testing.T, objs ...wh.Memory) [][]byte {
	t.Helper()
	out := make([][]byte, len(objs))
	for i, o := range objs {
		must(t, o.WithView(func(b []byte) error {
			out[i] = append([]byte{}, b...)
			return nil
		}), "read the bytes")
	}
	return out
}

func unchanged(t *testing.T, before [][]byte, objs ...wh.Memory) {
	t.Helper()
	after := remember(t, objs...)
	for i := range objs {
		if !bytes.Equal(before[i], after[i]) {
			t.Fatalf("object %d changed: %q -> %q", i, before[i], after[i])
		}
	}
}

// expectMisuse fails unless err is exactly a T carrying the core's (or the
// binding's) message, naming nullParam when it is not "", and the
// process-wide counters are those of `before` but for `counter` (a field of
// wh.Stats; "" for none), which moved by one.
func expectMisuse[T error](t *testing.T, err error, before wh.Stats, counter, nullParam string) {
	t.Helper()
	after := snapshot(t)
	var want T
	if err == nil {
		t.Fatalf("no error, want %T", want)
	}
	if _, ok := err.(T); !ok {
		t.Fatalf("got %T (%v), want %T", err, err, want)
	}
	var base *wh.WeaveHeapError
	if !errors.As(err, &base) || base.Message == "" || !strings.HasPrefix(err.Error(), "weaveheap: ") {
		t.Fatalf("%T does not carry a message: %q", err, err.Error())
	}
	if nullParam != "" && !strings.Contains(base.Message, "'"+nullParam+"'") {
		t.Fatalf("the message does not name '%s': %q", nullParam, base.Message)
	}
	b, a := reflect.ValueOf(before), reflect.ValueOf(after)
	for i := 0; i < b.NumField(); i++ {
		name := b.Type().Field(i).Name
		wantValue := b.Field(i).Uint()
		if name == counter {
			wantValue++
		}
		if got := a.Field(i).Uint(); got != wantValue {
			t.Errorf("%s: %d -> %d, want %d", name, b.Field(i).Uint(), got, wantValue)
		}
	}
	if counter != "" && b.FieldByName(counter) == (reflect.Value{}) {
		t.Fatalf("no counter %s", counter)
	}
}
