package where

import (
	"testing"

	annals "github.com/annals-project/annals"
	"github.com/annals-project/annals/internal/wordfilter"
)

// TestClassify checks each bit of the tokenClass classify writes against
// the test it stands for, over every token of the first Reuters
// articles, and that each bit is set somewhere and clear somewhere.
func TestClassify(t *testing.T) {
	bits := []struct {
		name string
		bit  tokenClass
		test func(d *annals.Doc, si, k int) bool
	}{
		{"mayCue", classMayCue, func(d *annals.Doc, si, k int) bool {
			tok := &d.Tokens[k]
			return mayCue(tok.Norm, tok.Tag, tok.Flags)
		}},
		{"capital", classCapital, func(d *annals.Doc, si, k int) bool { return capital(&d.Tokens[k]) }},
		{"beforeCapital", classBeforeCapital, beforeCapital},
		{"theOrColon", classTheOrColon, func(d *annals.Doc, si, k int) bool {
			return d.Tokens[k].Norm == "the" || d.Tokens[k].Norm == ":"
		}},
	}
	set := make([]int, len(bits))
	tokens := 0
	marked := 0
	for _, d := range taggedReuters(t, 300) {
		classes := make([]tokenClass, len(d.Tokens))
		for si := range d.Sentences {
			marks := classify(d, si, classes)
			s := &d.Sentences[si]
			// The marks, each token asked markWord and looked up in
			// subjectVerbWords whatever its slot: roleTable may spare
			// the asks only where they find nothing.
			toks := d.Tokens[s.Tokens.Start:s.Tokens.End]
			want := marksKnown
			for k := range toks {
				if toks[k].Flags&annals.Digit != 0 {
					want |= markDigit
				}
				if subjectVerbWords[toks[k].Norm] {
					want |= markSubjectVerb
				}
				if calledNouns[toks[k].Norm] {
					want |= markCalledNoun
				}
				_, want = markWord(toks, k, capital(&toks[k]), 0, want)
			}
			if marks != want {
				t.Errorf("marks of %q sentence %d: %b, want %b", d.Article.ID, si, marks, want)
			}
			if marks&^(marksKnown|markDigit) != 0 {
				marked++
			}
			for k := s.Tokens.Start; k < s.Tokens.End; k++ {
				tokens++
				for n, b := range bits {
					got, want := classes[k]&b.bit != 0, b.test(d, si, k)
					if got != want {
						t.Errorf("%s at %q token %d: class %v, test %v", b.name, d.Article.ID, k, got, want)
					}
					if got {
						set[n]++
					}
				}
			}
		}
	}
	if marked == 0 {
		t.Error("no sentence marked by a word")
	}
	for n, b := range bits {
		if set[n] == 0 || set[n] == tokens {
			t.Errorf("%s: set on %d of %d tokens", b.name, set[n], tokens)
		}
	}
}

// TestRoleTable checks that the slot of every word classify looks for
// holds its role: a cue word roleCue, a word of markedWords roleMarked,
// a word of subjectVerbWords roleSubjectVerb.
func TestRoleTable(t *testing.T) {
	tables := []struct {
		name  string
		words []string
		role  wordRole
	}{
		{"placeCueWords", sortedKeys(placeCueWords), roleCue},
		{"markedWords", markedWords(), roleMarked},
		{"subjectVerbWords", sortedKeys(subjectVerbWords), roleSubjectVerb},
	}
	for _, tt := range tables {
		for _, w := range tt.words {
			if roleTable[wordfilter.SlotOf(w)]&tt.role == 0 {
				t.Errorf("%s: %q lacks its role", tt.name, w)
			}
		}
	}
	// The table must also turn most words away, or it spares nothing.
	clear := 0
	for _, role := range roleTable {
		if role == 0 {
			clear++
		}
	}
	if clear < len(roleTable)/2 {
		t.Errorf("only %d of %d slots clear", clear, len(roleTable))
	}
}
