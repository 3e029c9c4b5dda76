package where

import (
	"context"
	"testing"

	annals "github.com/annals-project/annals"
	"github.com/annals-project/annals/text"
)

// TestMarks checks the sentence marks that classify finds to let rules
// skip sentences: each mark is set where its token occurs, and only there.
func TestMarks(t *testing.T) {
	// classify looks words of areaNounsAfter up only beyond two bytes.
	for w := range areaNounsAfter {
		if len(w) <= 2 {
			t.Errorf("areaNounsAfter holds %q, which classify never looks up", w)
		}
	}
	for _, tt := range []struct {
		text string
		want sentenceMarks
	}{
		{"Talks went on in Kabul on Monday.", 0},
		{"Cargoes left Ghent/Naples on Monday.", markSlash},
		{"France 210 vs 190.", markDigit | markVs},
		{"Japan's surplus grew.", markPossessive | markSubjectVerb},
		{"Texas' oil wells ran dry.", markPossessive},
		{"Kabul, the capital, fell.", markCommaThe},
		{"Rains fell in Parana and Sao Paulo states.", markAreaNounAfter},
		{"The States voted.", 0},
		{"Rains fell in Buenos Aires province.", markProvince | markAreaNounAfter},
		{"Rains fell in Santa Fe and Cordoba provinces.", markProvince | markAreaNounAfter},
		{"The Province of Cordoba voted.", 0},
		{"The governor of Texas spoke.", markGovernor},
		{"Governorships in Fukuoka changed.", markGovernor},
		{"The governed voted.", 0},
		{"Brazil supplied 1,263 tonnes.", markSubjectVerb | markDigit},
		{"The Philippines will import coffee.", markSubjectVerb},
		{"Kenya was badly hit by floods.", markSubjectVerb},
		{"Japan ran a trade surplus.", markSubjectVerb},
		{"EXPORTS rose.", markSubjectVerb},
		{"Japan said it would talk.", 0},
	} {
		d := &annals.Doc{Article: annals.Article{Text: tt.text}}
		if err := text.New().Annotate(context.Background(), d); err != nil {
			t.Fatal(err)
		}
		if got := classify(d, 0, make([]tokenClass, len(d.Tokens))) &^ marksKnown; got != tt.want {
			t.Errorf("%q: marks %b, want %b", tt.text, got, tt.want)
		}
	}
}

// TestMarksFor checks that marksFor holds a mark exactly when
// sentenceMay says true for it: with no memo, for a sentence not yet
// reached (marks 0) or beyond the memo, and for each sentence's marks.
func TestMarksFor(t *testing.T) {
	m := &runMemo{marks: []sentenceMarks{0, marksKnown, marksKnown | markSlash | markDigit, marksKnown | markGovernor, marksKnown | markSubjectVerb}}
	for _, r := range []*Recognizer{{}, {runs: m}} {
		for si := range len(m.marks) + 1 {
			got := r.marksFor(si)
			for bit := markSlash; bit <= markSubjectVerb; bit <<= 1 {
				if want := r.sentenceMay(si, bit); (got&bit != 0) != want {
					t.Errorf("memo %v, sentence %d: marksFor holds %b: %v, sentenceMay says %v", r.runs != nil, si, bit, got&bit != 0, want)
				}
			}
		}
	}
}
