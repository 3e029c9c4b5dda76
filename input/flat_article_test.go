package input

import (
	"bufio"
	"bytes"
	"os"
	"testing"
	"unicode/utf8"
)

// checkFlat fails t when decodeFlat accepts b and encoding/json reads it
// otherwise; it reports whether decodeFlat accepted b.
func checkFlat(t testing.TB, b []byte) bool {
	t.Helper()
	if !utf8.Valid(b) {
		return false
	}
	got, ok := decodeFlat(b)
	if !ok {
		return false
	}
	want, err := decodeJSON(b)
	if err != nil {
		t.Fatalf("decodeFlat accepted %q; encoding/json: %v", b, err)
	}
	if got != want {
		t.Fatalf("decodeFlat(%q)\n = %+v\nencoding/json:\n   %+v", b, got, want)
	}
	return true
}

func TestDecodeFlat(t *testing.T) {
	tests := []struct {
		line string
		flat bool // decodeFlat takes it rather than leaving it to encoding/json
	}{
		{`{"id":"a","title":"T","date":"2021-10-12","text":"Body.","url":"u","source":"s"}`, true},
		{` { "id" : "a" ,	"text" : "x\n\"y\"\\\/\t\r\b\f z" } `, true},
		{`{"id":"a","title":null,"text":"x"}`, true},
		{`{"id":"a","title":"T","title":null,"text":"x"}`, true},
		{`{"id":"a","title":"T","title":"U","text":"x","text":"y"}`, true},
		{`{"text":"x","meta":{"a":[1,-2.5e+3,0,true,false,null,{},[],"s\u00e9"],"b":{"c":{}}}}`, true},
		{`{"text":"x","extra_field-2":"v"}`, true},
		{`{"text":""}`, true},
		{`{"id":"a","text":"x","text":null}`, false},
		{`{"id":"a","text":null}`, false},
		{`{"id":"a"}`, false},
		{`{}`, false},
		{`{"id":7,"text":"x"}`, false},
		{`{"id":null,"text":"x"}`, false},
		{`{"ID":"a","text":"x"}`, false},
		{`{"Text":"x"}`, false},
		{`{"ſource":"s","text":"x"}`, false},
		{`{"te\u0078t":"x"}`, false},
		{`{"text":"caf\u00e9"}`, false},
		{`{"text":"\ud83d\ude00"}`, false},
		{`{"text":5}`, false},
		{`{"title":5,"text":"x"}`, false},
		{`{"text":"x",}`, false},
		{`{"text":"x"} {}`, false},
		{`{"text":"x"`, false},
		{`{"text":"a` + "\t" + `b"}`, false},
		{`{"text":"x","n":01}`, false},
		{`{"text":"x","n":-}`, false},
		{`{"text":"x","n":1.}`, false},
		{`{"text":"x","n":1e}`, false},
		{`{"text":"x","n":nul}`, false},
		{`{"text":"x","n":[1,]}`, false},
		{`{"text":"x","n":"\x"}`, false},
		{`{"text":"x","n":"\u12"}`, false},
		{`{"text":"x",` + string(bytes.Repeat([]byte(`"n":[`), 1)) + string(bytes.Repeat([]byte("["), 100)) + string(bytes.Repeat([]byte("]"), 101)) + `}`, false},
		{`["text"]`, false},
	}
	for _, tt := range tests {
		if got := checkFlat(t, []byte(tt.line)); got != tt.flat {
			t.Errorf("decodeFlat took %q: %v, want %v", tt.line, got, tt.flat)
		}
	}
}

// TestDecodeFlatCorpora compares decodeFlat with encoding/json over every
// line of the shared corpora, and checks that it takes nearly all of them.
func TestDecodeFlatCorpora(t *testing.T) {
	for _, name := range []string{"reuters21578.jsonl", "wikinews.jsonl"} {
		f, err := os.Open("../../shared/corpora/" + name)
		if err != nil {
			t.Skip(err)
		}
		sc := bufio.NewScanner(f)
		sc.Buffer(make([]byte, 0, 1<<20), MaxLine)
		lines, flat := 0, 0
		for sc.Scan() {
			b := bytes.TrimSpace(sc.Bytes())
			if len(b) == 0 {
				continue
			}
			lines++
			if checkFlat(t, b) {
				flat++
			}
		}
		f.Close()
		if err := sc.Err(); err != nil {
			t.Fatal(err)
		}
		t.Logf("%s: decodeFlat took %d of %d lines", name, flat, lines)
		if lines == 0 || flat < lines*99/100 {
			t.Errorf("%s: decodeFlat took %d of %d lines", name, flat, lines)
		}
	}
}

func FuzzDecodeFlat(f *testing.F) {
	f.Add([]byte(`{"id":"a","title":"T","date":"2021-10-12","text":"Body.\n","meta":{"x":[1,2.5,null]}}`))
	f.Add([]byte(`{"id":"a","title":null,"text":"x\"\\y"}`))
	f.Add([]byte(`{"text":"x","n":-0.5e-3}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		checkFlat(t, b)
	})
}

// TestPlainEnd checks the word-at-a-time scan against a byte loop, with the
// stopping byte at every offset of a word and beside bytes that borrow.
func TestPlainEnd(t *testing.T) {
	naive := func(b []byte, i int) int {
		for ; i < len(b); i++ {
			if c := b[i]; c == '"' || c == '\\' || c < 0x20 {
				return i
			}
		}
		return i
	}
	fills := []string{"a", " ", "\x7f", "\xc3\xa9", "!", "[", "]", "#", "\x21"}
	stops := []byte{'"', '\\', 0, '\n', 0x1f}
	for _, fill := range fills {
		for _, stop := range stops {
			for n := 0; n < 20; n++ {
				b := bytes.Repeat([]byte(fill), n)
				b = append(b[:n], stop)
				b = append(b, `x"y\z`...)
				for from := 0; from <= len(b); from++ {
					if got, want := plainEnd(b, from), naive(b, from); got != want {
						t.Fatalf("plainEnd(%q, %d) = %d, want %d", b, from, got, want)
					}
				}
			}
		}
	}
	for _, s := range []string{"", "plain text with no stop at all", "\x00\x01\x1f\x20!#", "é€😀\x1e"} {
		for from := 0; from <= len(s); from++ {
			if got, want := plainEnd([]byte(s), from), naive([]byte(s), from); got != want {
				t.Errorf("plainEnd(%q, %d) = %d, want %d", s, from, got, want)
			}
		}
	}
}

func FuzzPlainEnd(f *testing.F) {
	f.Add([]byte("abc\"def\\\x01"), 0)
	f.Fuzz(func(t *testing.T, b []byte, from int) {
		if from < 0 || from > len(b) {
			return
		}
		want := from
		for want < len(b) && b[want] != '"' && b[want] != '\\' && b[want] >= 0x20 {
			want++
		}
		if got := plainEnd(b, from); got != want {
			t.Fatalf("plainEnd(%q, %d) = %d, want %d", b, from, got, want)
		}
	})
}
