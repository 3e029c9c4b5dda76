package when

import (
	"go/ast"
	"go/parser"
	"go/token"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// lookupWords reads from words.go every word that lookup's switch knows.
func lookupWords(t *testing.T) []string {
	t.Helper()
	f, err := parser.ParseFile(token.NewFileSet(), "words.go", nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	var words []string
	var body ast.Node
	for _, d := range f.Decls {
		if fn, ok := d.(*ast.FuncDecl); ok && fn.Name.Name == "lookup" {
			body = fn.Body
		}
	}
	if body == nil {
		t.Fatal("no func lookup in words.go")
	}
	ast.Inspect(body, func(n ast.Node) bool {
		lit, ok := n.(*ast.BasicLit)
		if !ok || lit.Kind != token.STRING {
			return true
		}
		w, err := strconv.Unquote(lit.Value)
		if err != nil {
			t.Fatal(err)
		}
		words = append(words, w)
		return true
	})
	if len(words) < 100 {
		t.Fatalf("found only %d words in lookup's source", len(words))
	}
	return words
}

// TestKeywords checks that keywords spells exactly the words lookup knows,
// so that a keyword added to lookup cannot be passed over by scanWord's
// shape filter, and that every keyword, in lower case, capitalised and
// in capitals, is read by tokenize with lookup's id.
func TestKeywords(t *testing.T) {
	want := lookupWords(t)
	got := slices.Clone(keywords)
	slices.Sort(got)
	slices.Sort(want)
	if !slices.Equal(got, want) {
		t.Errorf("keywords %v\nwant (from lookup) %v", got, want)
	}
	for _, w := range want {
		id := lookup(w)
		if id == wNone {
			t.Errorf("lookup(%q) = none", w)
		}
		for _, form := range []string{w, strings.ToUpper(w[:1]) + w[1:], strings.ToUpper(w)} {
			if !keywordShapes.fits(form) {
				t.Errorf("keywordShapes does not fit %q", form)
			}
			toks := tokenize("on "+form+" .", nil)
			if len(toks) != 3 || toks[1].kind != tWord || toks[1].id != id {
				t.Errorf("tokenize reads %q as %+v, want id %d", form, toks, id)
			}
		}
	}
}

// TestKeywordShapes checks the shape filter on words that are and are not
// keywords, whatever their case.
func TestKeywordShapes(t *testing.T) {
	for _, c := range []struct {
		w    string
		want bool
	}{
		{"March", true},
		{"MARCH", true},
		{"Q3", true},
		{"company", false},
		{"Reuters", false},
		{"mln", false},
		{"profit", false},
		{"dlrs", true},  // the shape of "days": lookup says no
		{"trade", true}, // the shape of "three"
	} {
		if got := keywordShapes.fits(c.w); got != c.want {
			t.Errorf("keywordShapes.fits(%q) = %v, want %v", c.w, got, c.want)
		}
	}
}
