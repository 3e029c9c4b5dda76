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
