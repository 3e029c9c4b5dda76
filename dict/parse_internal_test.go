package dict

import (
	"fmt"
	"io/fs"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/annals-project/annals/data"
)

// TestCollapseSpace checks collapseSpace against strings.Fields joined,
// over hand-picked cases and every name of the embedded actor and agent
// dictionaries.
func TestCollapseSpace(t *testing.T) {
	cases := []string{"", " ", "  ", "a", " a", "a ", "a  b", "a b", "a\tb", "a\nb",
		"Ban Ki-moon", "Ban\u00a0Ki", "S\u00e3o Paulo", "x\u2003y", "\u0085a", "a b c ", "\x00a"}
	for _, line := range embeddedLines(t) {
		lhs, _, _ := strings.Cut(line, "=")
		lhs, _, _ = strings.Cut(lhs, ";")
		cases = append(cases, strings.Split(lhs, "|")...)
	}
	if len(cases) < 1000 {
		t.Fatalf("%d cases, want the dictionaries' names", len(cases))
	}
	for _, s := range cases {
		if got, want := collapseSpace(s), strings.Join(strings.Fields(s), " "); got != want {
			t.Errorf("collapseSpace(%q) = %q, want %q", s, got, want)
		}
	}
}

// TestEntryAt checks entryAt, and entryNames spelling the same entries
// into one string, against the fmt.Sprintf they replace.
func TestEntryAt(t *testing.T) {
	cases := []struct {
		file string
		n    int
	}{{"actors.txt", 1}, {"", 0}, {"verbs/CAMEO.2.0.txt", 5787}, {"a:b", -3}, {"x", 1 << 40}, {"actors.txt", 12}}
	var names entryNames
	for _, tc := range cases {
		if got, want := entryAt(tc.file, tc.n), fmt.Sprintf("%s:%d", tc.file, tc.n); got != want {
			t.Errorf("entryAt(%q, %d) = %q, want %q", tc.file, tc.n, got, want)
		}
		names.add(tc.file, tc.n)
	}
	seen := 0
	names.set(func(i int, got string) {
		seen++
		if want := fmt.Sprintf("%s:%d", cases[i].file, cases[i].n); got != want {
			t.Errorf("entryNames %d = %q, want %q", i, got, want)
		}
	})
	if seen != len(cases) {
		t.Errorf("entryNames set %d names, want %d", seen, len(cases))
	}
}

// TestParsedEntries checks the Entry of every entry the parsers read
// from the embedded dictionaries against entryAt of its file and line,
// the line found by the entry's own text.
func TestParsedEntries(t *testing.T) {
	d, err := Load(data.FS, nil)
	if err != nil {
		t.Fatal(err)
	}
	entries := 0
	check := func(kind, entry, want string) {
		t.Helper()
		entries++
		file, line, ok := strings.Cut(entry, ":")
		n, err := strconv.Atoi(line)
		if !ok || err != nil || entry != entryAt(file, n) {
			t.Errorf("%s entry %q is not entryAt's", kind, entry)
			return
		}
		b, err := fs.ReadFile(data.FS, file)
		if err != nil {
			t.Errorf("%s entry %q: %v", kind, entry, err)
			return
		}
		lines := strings.Split(string(b), "\n")
		if n < 1 || n > len(lines) || !strings.Contains(strings.ToLower(collapseSpace(lines[n-1])), strings.ToLower(want)) {
			t.Errorf("%s entry %q: line does not hold %q", kind, entry, want)
		}
	}
	for _, a := range d.Actors {
		check("actor", a.Entry, a.Names[0])
	}
	for _, a := range d.Agents {
		check("agent", a.Entry, a.Names[0])
	}
	for _, v := range d.Verbs {
		check("verb", v.Entry, v.Code)
	}
	for _, x := range d.Discards {
		check("discard", x.Entry, x.Phrase)
	}
	if entries < 5000 {
		t.Errorf("%d entries, want the dictionaries' thousands", entries)
	}
}

// TestFieldsUpTo2 checks fieldsUpTo2 against strings.Fields.
func TestFieldsUpTo2(t *testing.T) {
	for _, s := range []string{"", " ", "AFG", "AFG ", " AFG", "AFG 2021..", "AFG  2021..", "AFG\t2021..",
		"a b c", "AFG 2021.. x", "A\u00a0B", "\u00c9GY", "a\x00b", "AFGGOV 2021-08-15.."} {
		var buf [2]string
		got, want := fieldsUpTo2(s, &buf), strings.Fields(s)
		if !slices.Equal(got, want) {
			t.Errorf("fieldsUpTo2(%q) = %q, want %q", s, got, want)
		}
	}
}

// parseItemBySplit is parseItem as first written, splitting the
// alternatives with strings.Split and testing them with ContainsAny: the
// reference for the one that cuts them in place.
func parseItemBySplit(w string) (Item, error) {
	switch w {
	case "+":
		return Item{Target: true}, nil
	case "+!":
		return Item{Target: true, Adjacent: true}, nil
	case "$":
		return Item{Source: true}, nil
	}
	var it Item
	if strings.HasPrefix(w, "(") && strings.HasSuffix(w, ")") && len(w) > 2 {
		it.Optional = true
		w = w[1 : len(w)-1]
	}
	for _, a := range strings.Split(w, "|") {
		if a == "" || strings.ContainsAny(a, "()+") {
			return it, fmt.Errorf("bad pattern item %q", w)
		}
		it.Alts = append(it.Alts, strings.ToLower(a))
	}
	return it, nil
}

// verbLines returns the lines of the embedded verb dictionaries.
func verbLines(t *testing.T) []string {
	t.Helper()
	var out []string
	if err := fs.WalkDir(data.FS, "verbs", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := fs.ReadFile(data.FS, path)
		out = append(out, strings.Split(string(b), "\n")...)
		return err
	}); err != nil {
		t.Fatal(err)
	}
	if len(out) < 1000 {
		t.Fatalf("%d verb lines, want the dictionaries'", len(out))
	}
	return out
}

// TestParseItemCuts checks parseItem against parseItemBySplit on every
// word of the embedded verb dictionaries' patterns and on malformed items.
func TestParseItemCuts(t *testing.T) {
	words := []string{"", "|", "a|", "|a", "a||b", "(a|b)", "()", "(a)", "(a", "a)", "a+b", "A|B|C", "+", "+!", "$",
		"(+)", "x(y", "\u00c9t\u00e9|ETE", "a|b|c|d|e", "((a))", "a b"}
	for _, line := range verbLines(t) {
		head, _, _ := strings.Cut(line, ";")
		words = append(words, strings.Fields(head)...)
	}
	for _, w := range words {
		got, gotErr := parseItem(w)
		want, wantErr := parseItemBySplit(w)
		if (gotErr != nil) != (wantErr != nil) || gotErr != nil && gotErr.Error() != wantErr.Error() {
			t.Errorf("parseItem(%q) error %v, want %v", w, gotErr, wantErr)
			continue
		}
		if gotErr == nil && (!slices.Equal(got.Alts, want.Alts) || got.Optional != want.Optional ||
			got.Target != want.Target || got.Source != want.Source || got.Adjacent != want.Adjacent) {
			t.Errorf("parseItem(%q) = %+v, want %+v", w, got, want)
		}
	}
}

// TestCutCode checks the code and pattern cutCode cuts from a verb
// entry's head against strings.Fields' first word and the rest joined,
// on every line of the embedded verb dictionaries and on heads with
// other spaces and too few words.
func TestCutCode(t *testing.T) {
	for _, line := range append(verbLines(t), "", " ", "010", "010 ", "010 \t", "010  call\t+", " 010 call  (for)  + ",
		"010\u00a0call +", "010\tcall +", "\u00e9t\u00e9 call", "010\u2003 call", "010 \u00a0", "010 call\u00a0") {
		head, _, _ := strings.Cut(line, ";")
		f := strings.Fields(head)
		code, pattern, ok := cutCode(head)
		if ok != (len(f) >= 2) || ok && (code != f[0] || pattern != strings.Join(f[1:], " ")) {
			t.Errorf("head %q cut as %q, %q, %v; want %q", head, code, pattern, ok, f)
		}
	}
}

// TestParseDateArray checks ParseDate, which cuts its parts into an
// array, against strings.Split's parts on dates of every shape.
func TestParseDateArray(t *testing.T) {
	for _, s := range []string{"", "-", "--", "---", "2021", "2021-08", "2021-08-15", "2021-08-15-01", "2021-",
		"-2021", "2021--15", "21-08-15", "2021-13", "2021-00", "2021-08-32", "2021-08-00", "2021-8-5", "abcd", "2021-ab", "2021-08-15-"} {
		for _, end := range []bool{false, true} {
			got, err := ParseDate(s, end)
			parts := strings.Split(s, "-")
			wantErr := len(parts) > 3 || len(parts[0]) != 4
			for _, p := range parts {
				if n, e := strconv.Atoi(p); e != nil || n < 0 {
					wantErr = true
				}
			}
			if !wantErr && len(parts) > 1 {
				m, _ := strconv.Atoi(parts[1])
				wantErr = m < 1 || m > 12
				if len(parts) > 2 {
					d, _ := strconv.Atoi(parts[2])
					wantErr = wantErr || d < 1 || d > 31
				}
			}
			if (err != nil) != wantErr {
				t.Errorf("ParseDate(%q, %v) = %d, %v; want an error: %v", s, end, got, err, wantErr)
			}
		}
	}
}

// TestSplitNamesCuts checks splitNames against strings.Split's parts
// collapsed, on every left-hand side of the embedded dictionaries and on
// empty and blank names.
func TestSplitNamesCuts(t *testing.T) {
	sides := []string{"", "|", " | ", "a||b", "|a|", " A  B | C ", "x\u00a0y|z"}
	if err := fs.WalkDir(data.FS, ".", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := fs.ReadFile(data.FS, path)
		for _, line := range strings.Split(string(b), "\n") {
			lhs, _, _ := strings.Cut(line, "=>")
			sides = append(sides, lhs)
		}
		return err
	}); err != nil {
		t.Fatal(err)
	}
	for _, s := range sides {
		var want []string
		for _, n := range strings.Split(s, "|") {
			if n = collapseSpace(n); n != "" {
				want = append(want, n)
			}
		}
		if got := splitNames(s); !slices.Equal(got, want) {
			t.Errorf("splitNames(%q) = %q, want %q", s, got, want)
		}
	}
}

// TestSplitFields checks splitFields, appending to a reused slice,
// against strings.Split with each part trimmed, over hand-picked cases
// and every line of the embedded dictionaries, whole and right of "=>".
func TestSplitFields(t *testing.T) {
	cases := []string{"", ";", ";;", " ; ", "a", "a;", ";a", " a ; b ;c", "[ABC] ; type: GOV",
		"type: ORG;  loose: yes ;", "\u00a0a\u00a0;b", "a;;b"}
	for _, line := range embeddedLines(t) {
		cases = append(cases, line)
		if _, rhs, ok := strings.Cut(line, "=>"); ok {
			cases = append(cases, rhs)
		}
	}
	if len(cases) < 5000 {
		t.Fatalf("%d cases, want the dictionaries' lines", len(cases))
	}
	var got []string
	for _, s := range cases {
		got = splitFields(got[:0], s)
		want := strings.Split(s, ";")
		for i := range want {
			want[i] = strings.TrimSpace(want[i])
		}
		if !slices.Equal(got, want) {
			t.Errorf("splitFields(%q) = %q, want %q", s, got, want)
		}
	}
}

// embeddedLines returns every line of every file of the embedded
// dictionaries, for tests that check a parser's piece over all of them.
func embeddedLines(t *testing.T) []string {
	t.Helper()
	var lines []string
	if err := fs.WalkDir(data.FS, ".", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := fs.ReadFile(data.FS, path)
		if err != nil {
			return err
		}
		lines = append(lines, strings.Split(string(b), "\n")...)
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	return lines
}
