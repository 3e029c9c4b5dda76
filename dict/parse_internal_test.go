package dict

import (
	"fmt"
	"io/fs"
	"slices"
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
	if err := fs.WalkDir(data.FS, ".", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := fs.ReadFile(data.FS, path)
		if err != nil {
			return err
		}
		for _, line := range strings.Split(string(b), "\n") {
			lhs, _, _ := strings.Cut(line, "=")
			lhs, _, _ = strings.Cut(lhs, ";")
			cases = append(cases, strings.Split(lhs, "|")...)
		}
		return nil
	}); err != nil {
		t.Fatal(err)
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

// TestEntryAt checks entryAt against the fmt.Sprintf it replaces.
func TestEntryAt(t *testing.T) {
	for _, tc := range []struct {
		file string
		n    int
	}{{"actors.txt", 1}, {"", 0}, {"verbs/CAMEO.2.0.txt", 5787}, {"a:b", -3}, {"x", 1 << 40}} {
		if got, want := entryAt(tc.file, tc.n), fmt.Sprintf("%s:%d", tc.file, tc.n); got != want {
			t.Errorf("entryAt(%q, %d) = %q, want %q", tc.file, tc.n, got, want)
		}
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
