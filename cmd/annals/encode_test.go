package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io/fs"
	"math"
	"os"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"testing"

	"github.com/annals-project/annals"
	"github.com/annals-project/annals/pipeline"
)

// awkward are strings and floats whose JSON forms have special cases.
var (
	awkwardStrings = []string{
		"", "plain", `quote " and \ backslash`, "<b>&amp;</b>", "tab\tnew\nline\rcr\bbs\fff",
		"\x00\x01\x1f\x7f", "bad \xff utf-8 \xc3", "line\u2028para\u2029end", "Zürich — 東京 🙂",
	}
	awkwardFloats = []float64{0, -0.0, 1, -10, 0.1, 2.5, 51.5074, -0.1278, 1e-6, 9.99e-7, 1e-7, 1.5e-300, 1e20, 1e21, -3.4e22, math.MaxFloat64, math.SmallestNonzeroFloat64}
)

// fill sets every field reachable from v to a non-zero value, taking
// strings and floats from the awkward lists by seed, so that a field
// added to the records and not to appendResult makes the test fail.
func fill(v reflect.Value, seed int) {
	switch v.Kind() {
	case reflect.String:
		v.SetString(awkwardStrings[seed%len(awkwardStrings)])
	case reflect.Int:
		v.SetInt(int64(seed*37 - 5))
	case reflect.Bool:
		v.SetBool(seed%2 == 0)
	case reflect.Float64:
		v.SetFloat(awkwardFloats[seed%len(awkwardFloats)])
	case reflect.Pointer:
		if seed%3 != 0 {
			v.Set(reflect.New(v.Type().Elem()))
			fill(v.Elem(), seed+1)
		}
	case reflect.Slice:
		if seed%4 == 0 {
			return // nil
		}
		s := reflect.MakeSlice(v.Type(), seed%3, seed%3)
		for i := 0; i < s.Len(); i++ {
			fill(s.Index(i), seed+i+1)
		}
		v.Set(s)
	case reflect.Array:
		for i := 0; i < v.Len(); i++ {
			fill(v.Index(i), seed+i)
		}
	case reflect.Struct:
		for i := 0; i < v.NumField(); i++ {
			fill(v.Field(i), seed+i)
		}
	default:
		panic("fill: no case for " + v.Kind().String())
	}
}

func checkEncoding(t *testing.T, name string, r *annals.Result) {
	t.Helper()
	want, err := json.Marshal(r)
	got, ok := appendResult(nil, r)
	if err != nil || !ok {
		if err == nil || ok {
			t.Errorf("%s: appendResult ok=%v, json.Marshal error %v", name, ok, err)
		}
		return
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s:\n got %s\nwant %s", name, got, want)
	}
}

// TestAppendResult checks that the hand-written encoder writes exactly
// what encoding/json does: for records with every field set from awkward
// values, for zero records, for floats JSON cannot hold, and for the
// results of coding corpus articles.
func TestAppendResult(t *testing.T) {
	tests := []struct {
		name string
		r    annals.Result
	}{
		{"zero", annals.Result{}},
		{"empty slices", annals.Result{Sentences: []annals.SentSpan{}, Events: []annals.Event{}, Quotes: []annals.Quote{}, Entities: []annals.Entity{}, Places: []annals.Place{}, Times: []annals.Time{}}},
		{"NaN goldstein", annals.Result{Events: []annals.Event{{Goldstein: math.NaN()}}}},
		{"infinite latitude", annals.Result{Places: []annals.Place{{Lat: math.Inf(-1)}}}},
	}
	for seed := 1; seed <= 60; seed++ {
		var r annals.Result
		fill(reflect.ValueOf(&r).Elem(), seed)
		tests = append(tests, struct {
			name string
			r    annals.Result
		}{"filled", r})
	}
	for _, s := range awkwardStrings {
		for _, f := range awkwardFloats {
			tests = append(tests, struct {
				name string
				r    annals.Result
			}{"awkward", annals.Result{ID: s, Places: []annals.Place{{Name: s, Lat: f, Lon: -f}}}})
		}
	}
	for _, tc := range tests {
		checkEncoding(t, tc.name, &tc.r)
	}

}

// TestAppendResultCorpus compares the two encoders over the results of
// coding the first articles of the shared corpora.
func TestAppendResultCorpus(t *testing.T) {
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, file := range []string{"wikinews.jsonl", "reuters21578.jsonl"} {
		f, err := os.Open(filepath.Join("..", "..", "..", "shared", "corpora", file))
		if errors.Is(err, fs.ErrNotExist) {
			t.Skipf("shared corpus %s not present", file)
		}
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		sc := bufio.NewScanner(f)
		sc.Buffer(nil, 1<<24)
		for n := 0; n < 300 && sc.Scan(); n++ {
			var a annals.Article
			if err := json.Unmarshal(sc.Bytes(), &a); err != nil {
				t.Fatalf("%s: %v", file, err)
			}
			r, err := p.Code(context.Background(), a)
			if err != nil {
				continue
			}
			checkEncoding(t, file+" "+a.ID, r)
		}
	}
}

// TestEncodeString compares str with encoding/json for every byte str must
// escape or check, at every offset of the eight-byte words it skips, after
// plain ASCII and after multi-byte characters.
func TestEncodeString(t *testing.T) {
	specials := []string{"\"", "\\", "<", ">", "&", "\x00", "\n", "\x1f", "\x7f", "é", "\u2028", "\u2029", "\xff", "\xe2\x80", "😀"}
	for _, fill := range []string{"a", " ", "!", "=", "?", "é", "'"} {
		for _, sp := range specials {
			for n := 0; n < 20; n++ {
				s := strings.Repeat(fill, n) + sp + "tail of plain words"
				checkString(t, s)
			}
		}
	}
}

// TestEncodeStringTail puts every byte value after short plain runs, where
// str's word loop hands over to the plainJSON table, and checks that the
// table holds exactly the ASCII bytes encoding/json writes as they are.
func TestEncodeStringTail(t *testing.T) {
	for c := 0; c < 256; c++ {
		for n := 0; n < 10; n++ {
			for _, after := range []string{"", "x", "xy"} {
				checkString(t, strings.Repeat("a", n)+string([]byte{byte(c)})+after)
			}
		}
		if c < 0x80 {
			want, err := json.Marshal(string([]byte{byte(c)}))
			if err != nil {
				t.Fatal(err)
			}
			if plain := len(want) == 3; plainJSON[c] != plain {
				t.Errorf("plainJSON[%#x] = %v, encoding/json writes %s", c, plainJSON[c], want)
			}
		} else if plainJSON[c] {
			t.Errorf("plainJSON[%#x] = true for a byte of a multi-byte character", c)
		}
	}
}

func checkString(t testing.TB, s string) {
	t.Helper()
	want, err := json.Marshal(s)
	if err != nil {
		t.Fatal(err)
	}
	e := encoder{ok: true}
	e.str(s)
	if !bytes.Equal(e.b, want) {
		t.Fatalf("str(%q) = %s, encoding/json %s", s, e.b, want)
	}
}

func FuzzEncodeString(f *testing.F) {
	for _, s := range awkwardStrings {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkString(t, s)
	})
}

// TestEncodeInt compares int with strconv for every number below 100,000,
// around every power of ten, at the edge of int's own digit loop and at
// the ends of int's range, written after nothing and after other text.
func TestEncodeInt(t *testing.T) {
	var ns []int
	for n := range 100_000 {
		ns = append(ns, n)
	}
	for p := 10; p > 0 && p <= math.MaxInt/10; p *= 10 {
		ns = append(ns, p-1, p, p+1, -p, -p+1, 7*p+3)
	}
	ns = append(ns, 999_999_999, 1_000_000_000, 1_000_000_001, -1, math.MaxInt, math.MinInt)
	for _, prefix := range []string{"", `{"start":`} {
		for _, n := range ns {
			e := encoder{b: []byte(prefix), ok: true}
			e.int(n)
			if want := strconv.AppendInt([]byte(prefix), int64(n), 10); !bytes.Equal(e.b, want) {
				t.Fatalf("int(%d) after %q wrote %q, want %q", n, prefix, e.b, want)
			}
		}
	}
}
