package tag_test

import (
	"testing"

	"github.com/annals-project/annals"
)

// TestParticipleBeforeName checks that a participle after a noun, with a
// name and its complement after it, heads its own verb group instead of
// sitting inside the noun phrase ("a resolution [urging] Japan to open"),
// and that participles describing, linking or naming stay out of groups.
func TestParticipleBeforeName(t *testing.T) {
	tests := []struct {
		sentence, word string
		group          bool
	}{
		{"The Senate passed a resolution urging Japan to open its markets.", "urging", true},
		{"The House passed a resolution urging President Reagan to negotiate a treaty.", "urging", true},
		{"A resolution urging Soviet leaders to free dissidents passed.", "urging", true},
		{"Republicans signed a letter urging Republican officials to push the bill.", "urging", true},
		{"The Arab League issued a statement accusing Israel of aggression.", "accusing", true},
		{"Relations have soured, with Ottawa accusing Washington of failing to act.", "accusing", true},
		{"The court upheld a judgment ordering China to pay 41 mln dlrs.", "ordering", true},
		{"Congress will vote on a bill demanding President Reagan account for the sales.", "demanding", true},
		{"The U.S. Congress approved a bill asking Japan to cut its tariffs.", "asking", true},
		{"The Senate passed a resolution urging the Ugandan government to act.", "urging", true},
		// No group: a description, a preposition, part of a name.
		{"Businessmen visiting Tokyo spend 300 dlrs a day.", "visiting", false},
		{"Territories surrounding Nagorno-Karabakh were returned to Azerbaijan.", "surrounding", false},
		{"Talks between five smelters including Penarroya to result in integration were held.", "including", false},
		{"The Beijing trading company Sinochem said it bought wheat.", "trading", false},
		{"Officials at Beijing Trading Co said prices rose.", "Trading", false},
		{"The ruling Congress party of India won.", "ruling", false},
	}
	for _, tt := range tests {
		t.Run(tt.word+"/"+tt.sentence, func(t *testing.T) {
			doc := MustAnnotate(t, tt.sentence)
			h := tokenBy(t, doc, tt.word)
			got := false
			for i := range doc.Verbs {
				if doc.Verbs[i].Head == h {
					got = true
				}
			}
			if got != tt.group {
				t.Errorf("verb group headed by %q: %v, want %v: %s; %s", tt.word, got, tt.group, verbs(doc), tagged(doc))
			}
			if !tt.group {
				return
			}
			for _, c := range doc.Chunks {
				if c.Kind == annals.NP && c.Tokens.Start <= h && h < c.Tokens.End {
					t.Errorf("%q also inside the noun phrase %q", tt.word, span(doc, c.Tokens))
				}
			}
		})
	}
}
