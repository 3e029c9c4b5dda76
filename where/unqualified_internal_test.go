package where

import (
	"strings"
	"testing"
)

// unqualifiedBySpace is unqualified as it was written before it read the
// name's last byte first: a name without a space is passed over at once.
// It is the reference the faster one is checked against.
func unqualifiedBySpace(name, country string) string {
	if strings.IndexByte(name, ' ') < 0 {
		return ""
	}
	base := ""
	if i := strings.Index(name, " ("); i > 0 && strings.HasSuffix(name, ")") {
		base = name[:i]
	} else if country == "DEU" || country == "AUT" || country == "CHE" {
		for _, q := range qualifiers {
			if i := strings.Index(name, q); i > 0 {
				base = name[:i]
				break
			}
		}
	}
	if len(base) < 4 {
		return ""
	}
	return base
}

// TestUnqualifiedAgrees checks unqualified against unqualifiedBySpace on
// hand-picked names and on every name and ASCII name of the embedded
// gazetteer, each with its own country and with each German-speaking one.
func TestUnqualifiedAgrees(t *testing.T) {
	type query struct{ name, country string }
	var qs []query
	for _, n := range []string{"", ")", "()", " ()", "a (b)", "Halle (Saale)", "Hal (Saale)", "Halle(Saale)",
		"Frankfurt am Main", "Ludwigshafen am Rhein", "am Main", "X am Y", "Neustadt an der Weinstraße",
		"Rothenburg ob der Tauber", "Foo (Bar) am Baz", "Foo am Baz (Qux)", " (x)", "(x) y)", "ab (c)d)"} {
		for _, c := range []string{"DEU", "AUT", "CHE", "FRA", ""} {
			qs = append(qs, query{n, c})
		}
	}
	lines := 0
	for l := range strings.Lines(citiesTSV) {
		f := strings.Split(strings.TrimSuffix(l, "\n"), "\t")
		if len(f) != 9 {
			continue
		}
		lines++
		for _, n := range []string{f[1], f[2]} {
			qs = append(qs, query{n, f[3]}, query{n, "DEU"}, query{n, "AUT"}, query{n, "CHE"})
		}
	}
	if lines < 10000 {
		t.Fatalf("%d gazetteer lines, want tens of thousands", lines)
	}
	qualified := 0
	for _, q := range qs {
		got, want := unqualified(q.name, q.country), unqualifiedBySpace(q.name, q.country)
		if got != want {
			t.Errorf("unqualified(%q, %q) = %q, want %q", q.name, q.country, got, want)
		}
		if want != "" {
			qualified++
		}
	}
	if qualified < 100 {
		t.Errorf("%d qualified names, want hundreds", qualified)
	}
}
