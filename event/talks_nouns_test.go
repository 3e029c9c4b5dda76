package event_test

import (
	"testing"

	"github.com/annals-project/annals/pipeline"
)

// TestTalksAndVisitsNamedByNouns checks talks, meetings, visits and clashes
// named by nouns whose parties stand outside the noun's own phrase: the
// speaker reporting on talks, the traveller going for talks, the subject
// before a participle set off by commas, and the capital visited. Each
// rule has a row where it must stay silent, and "the two" refers back to
// the two parties of the sentence before.
func TestTalksAndVisitsNamedByNouns(t *testing.T) {
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	tests := []codingCase{
		// The speaker reports on talks he took part in.
		{"speaker reporting his talks", "Blinken said his talks with Lavrov were useful.", []string{"RUSGOV USAGOV 043", "USAGOV RUSGOV 043"}},
		{"speaker reporting talks ahead", "Blinken said talks with Lavrov would begin next week.", []string{"RUSGOV USAGOV 036", "USAGOV RUSGOV 036"}},
		{"no actor reporting, no event", "Analysts said the talks with Russia were useful.", nil},
		// A trip made for talks: ahead or invited is an intent; a trip
		// made is told by the verb alone.
		{"invited for talks", "Lavrov was invited to Ankara for talks with Cavusoglu.", []string{"RUSGOV TURGOV 036", "TURGOV RUSGOV 036"}},
		{"trip made for talks: the verb's 042 only", "Blinken flew to Moscow for talks with Lavrov.", []string{"USAGOV RUSGOV 042"}},
		{"calling for talks is an appeal, not a trip", "Kenya called for talks with Uganda.", []string{"KEN UGA 026"}},
		// A participle after the subject, set off by commas.
		{"subject before a participle aside", "Blinken, after meeting Lavrov, said the economy was strong.", []string{"RUSGOV USAGOV 043", "USAGOV RUSGOV 043"}},
		{"a bare participle aside keeps its reading", "Blinken, meeting Lavrov, said the economy was strong.", []string{"RUSGOV USAGOV 043", "USAGOV RUSGOV 043"}},
		// A visit to a capital is a visit to its government.
		{"visit named by a noun to a capital", "Blinken's visit to Moscow drew criticism.", []string{"USAGOV RUSGOV 042"}},
		{"visit at the end of a trip", "Blinken told a press conference at the end of a three-day visit to Nairobi.", []string{"USAGOV KENGOV 042"}},
		{"tourists visiting a capital are no state visit", "Kenyan tourists' visits to Paris rose.", nil},
		// Clashes between two sides.
		{"clashes between two sides", "Clashes between Kenyan troops and Ugandan rebels killed five.", []string{"KENMIL UGAREB 190", "UGAREB KENMIL 190"}},
		// "The two" refers back to the two parties just named.
		{"the two parties of the sentence before", "Blinken met Lavrov on Monday. The two discussed trade.", []string{"RUSGOV USAGOV 040", "RUSGOV USAGOV 043", "USAGOV RUSGOV 040", "USAGOV RUSGOV 043"}},
		{"the two sides after a list of three", "Kenya, Uganda and Tanzania met on Monday. The two sides discussed trade.", []string{"KEN UGA 043", "TZA KEN 043", "UGA TZA 043"}},
		// Donor and creditor governments as one party.
		{"help sought from donor governments", "Kenya is now seeking help from donor governments.", []string{"KEN IGO 023"}},
	}
	checkCodings(t, p, tests)
}
