package actor

import (
	"testing"

	"github.com/annals-project/annals"
)

// TestCreditorWordLengths checks that the length bounds twoCreditorWords
// tests before its lookup admit every one of creditorWords.
func TestCreditorWordLengths(t *testing.T) {
	for w := range creditorWords {
		if len(w) < minCreditorWord || len(w) > maxCreditorWord {
			t.Errorf("creditor word %q has %d bytes, outside [%d, %d]", w, len(w), minCreditorWord, maxCreditorWord)
		}
	}
}

// TestDebtStory checks that a debtStory answers as the words and the
// state say, with the state as it stood when the story was made: the
// words are counted late, the state is not looked for again.
func TestDebtStory(t *testing.T) {
	words := func(ws ...string) []annals.Token {
		toks := make([]annals.Token, len(ws))
		for i, w := range ws {
			toks[i].Norm = w
		}
		return toks
	}
	state := annals.Mention{Kind: annals.ActorMention, Code: "BRA"}
	role := annals.Mention{Kind: annals.AgentMention, Code: "BRA"} // no actor yet
	tests := []struct {
		name     string
		toks     []annals.Token
		mentions []annals.Mention
		want     bool
	}{
		{"two words and a state", words("brazil", "creditors", "rescheduling"), []annals.Mention{state}, true},
		{"one word", words("brazil", "creditors", "banks"), []annals.Mention{state}, false},
		{"no state", words("creditors", "rescheduling"), []annals.Mention{role}, false},
		{"a word twice", words("debtor", "and", "debtor"), []annals.Mention{role, state}, true},
		{"no words", nil, []annals.Mention{state}, false},
	}
	for _, tc := range tests {
		doc := &annals.Doc{Tokens: tc.toks, Mentions: tc.mentions}
		s := newDebtStory(doc)
		// A state made later (contextualise's role words) counts for
		// no story made before it, and a state dropped stays counted.
		for i := range doc.Mentions {
			m := &doc.Mentions[i]
			m.Kind = map[annals.MentionKind]annals.MentionKind{annals.ActorMention: annals.AgentMention, annals.AgentMention: annals.ActorMention}[m.Kind]
		}
		if got := s.sovereign(); got != tc.want {
			t.Errorf("%s: sovereign() = %v, want %v", tc.name, got, tc.want)
		}
		if got := s.sovereign(); got != tc.want {
			t.Errorf("%s: asked again, sovereign() = %v, want %v", tc.name, got, tc.want)
		}
	}
}

// TestDebtTalks checks that debtStory.talks answers as a fresh look at
// the words and the state would at each question: the words are read
// once, the state again every time, as contextualise makes role words
// actors (or leaves them) between questions.
func TestDebtTalks(t *testing.T) {
	words := func(ws ...string) []annals.Token {
		toks := make([]annals.Token, len(ws))
		for i, w := range ws {
			toks[i].Norm = w
		}
		return toks
	}
	state := annals.Mention{Kind: annals.ActorMention, Code: "MEX"}
	role := annals.Mention{Kind: annals.AgentMention, Code: "MEX"}
	tests := []struct {
		name string
		toks []annals.Token
		// states says, question by question, whether the mention is a state then.
		states []bool
		want   []bool
	}{
		{"words and a state", words("mexico", "creditors", "debt", "banks"), []bool{true, true}, []bool{true, true}},
		{"state made between questions", words("creditors", "debt", "banks"), []bool{false, true, true}, []bool{false, true, true}},
		{"state dropped between questions", words("creditors", "advisory", "banks"), []bool{true, false}, []bool{true, false}},
		{"no debt named", words("creditors", "banks"), []bool{true, false, true}, []bool{false, false, false}},
		{"no creditor word", words("debts", "banks"), []bool{false, true}, []bool{false, false}},
		{"no words", nil, []bool{true}, []bool{false}},
	}
	for _, tc := range tests {
		doc := &annals.Doc{Tokens: tc.toks, Mentions: []annals.Mention{role}}
		s := newDebtStory(doc)
		for q, st := range tc.states {
			doc.Mentions[0] = role
			if st {
				doc.Mentions[0] = state
			}
			want := namesState(doc) && creditorAndDebt(doc.Tokens)
			if want != tc.want[q] {
				t.Fatalf("%s: question %d: the table says %v, a fresh look %v", tc.name, q, tc.want[q], want)
			}
			if got := s.talks(); got != want {
				t.Errorf("%s: question %d: talks() = %v, want %v", tc.name, q, got, want)
			}
		}
	}
}
