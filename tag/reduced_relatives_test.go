package tag_test

import "testing"

// TestAgentParticiples checks that a base form closing a noun phrase
// opened by a determiner is read as the phrase's noun when a passive
// participle with its agent follows it ("an integration accord signed by
// the presidents"), also where the priors favour the verb and where a line
// wrap split a compound in the phrase; and that the word stays a verb
// without that participle or with a number after "by", a change's measure.
func TestAgentParticiples(t *testing.T) {
	tests := []struct {
		sentence, word string
		noun           bool
	}{
		{"Trade showed the results of a wide-ranging economic integration accord signed by the presidents of both countries.", "accord", true},
		{"Trade showed the results of a wide- ranging economic integration accord signed by the presidents of both countries.", "accord", true},
		{"Officials said the two governments accord great weight to the talks.", "accord", false},
		{"He said the cartel accord lifted by 5 pct was void.", "accord", false},
	}
	for _, tt := range tests {
		t.Run(tt.word+"/"+tt.sentence, func(t *testing.T) {
			doc := MustAnnotate(t, tt.sentence)
			tg := doc.Tokens[tokenBy(t, doc, tt.word)].Tag
			if got := tg.IsNoun(); got != tt.noun {
				t.Errorf("%q tagged %s, want noun %v: %s", tt.word, tg, tt.noun, tagged(doc))
			}
		})
	}
}
