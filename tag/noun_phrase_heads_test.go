package tag_test

import "testing"

// TestNounPhraseHeads checks that a noun-or-verb word after a singular
// noun of a phrase opened by a determiner or possessive is read as the
// noun it is ("a trade deal with"), and that a verb stays a verb where the
// noun before it can be its subject or object: a coordinated subject, a
// plural name, a subjunctive with or without "that", a past form like
// "hit", a word of time.
func TestNounPhraseHeads(t *testing.T) {
	tests := []struct {
		sentence, word string
		noun           bool
	}{
		{"The European Community agreed a trade deal with Argentina.", "deal", true},
		{"The disaster aid bill calls for a pilot program.", "aid", true},
		{"The Iraqi missile attack on the frigate killed 37 sailors.", "attack", true},
		{"Weizsaecker spoke on the first day of an official visit to Argentina.", "visit", true},
		{"The U.S. trade deficit widened in February.", "trade", true},
		{"A confidential World Bank report on the economy said growth slowed.", "report", true},
		// Verbs kept.
		{"Japan and the U.S. Kick off trade talks tomorrow.", "Kick", false},
		{"The United States and the European Community want Japan to remove tariffs.", "want", false},
		{"He said the Americans blame Iran for the attacks.", "blame", false},
		{"They urged that the European Community take action against Japan.", "take", false},
		{"The agency requested the Attorney General file a lawsuit against the company.", "file", false},
		{"But the industry hit a fresh problem on Tuesday.", "hit", false},
		{"Cumulative purchases so far this season stand at 217,235 tonnes.", "stand", false},
	}
	for _, tt := range tests {
		t.Run(tt.word+"/"+tt.sentence, func(t *testing.T) {
			doc := MustAnnotate(t, tt.sentence)
			tg := doc.Tokens[tokenBy(t, doc, tt.word)].Tag
			if got := tg.IsNoun(); got != tt.noun {
				t.Errorf("%q tagged %s, want noun %v: %s", tt.word, tg, tt.noun, tagged(doc))
			}
			if !tt.noun && !tg.IsVerb() {
				t.Errorf("%q tagged %s, want a verb: %s", tt.word, tg, tagged(doc))
			}
		})
	}
}
