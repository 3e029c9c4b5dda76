package event_test

import (
	"testing"

	"github.com/annals-project/annals/pipeline"
)

// TestTalksNamedByOpeningPhrase checks talks named by a phrase opening the
// sentence that names none of their parties: the main clause's subject
// and the party its verb acts on, or a paired subject, held them. Phrases
// that name their own parties, a body's meeting, one country's officials,
// firms and verbs of saying stay out. "In his talks with" a partner leaves
// the main clause's subject as the other party, and a pronoun host ("It
// made the statement after talks with") is resolved as a verb's pronoun
// subject is.
func TestTalksNamedByOpeningPhrase(t *testing.T) {
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	tests := []codingCase{
		{"subject and object of the main clause", "In high-level talks last week, Blinken criticised Russia's policy in Ukraine.", []string{"RUS USAGOV 043", "USAGOV RUS 043", "USAGOV RUS 111"}},
		{"object after to", "At the meeting, Blinken stressed to Lavrov the importance of the treaty.", []string{"RUSGOV USAGOV 043", "USAGOV RUSGOV 043"}},
		{"after said that", "An official said that during the talks Blinken urged Lavrov to withdraw the troops.", []string{"RUSGOV USAGOV 043", "USAGOV RUSGOV 0242", "USAGOV RUSGOV 043"}},
		{"paired subject", "After several meetings, Russia and the United States have made no progress in their dispute.", []string{"RUS USA 043", "USA RUS 043"}},
		{"talks ahead", "At next week's talks, Blinken will press Lavrov to withdraw the troops.", []string{"RUSGOV USAGOV 036", "USAGOV RUSGOV 036", "USAGOV RUSGOV 1042"}},
		{"one country's cabinet", "At today's cabinet meeting, Blinken told Secretary of Defense Lloyd Austin to act.", nil},
		{"a body's meeting", "At the NATO meeting, Blinken urged Lavrov to withdraw the troops.", []string{"USAGOV RUSGOV 0242"}},
		{"verb of saying", "At the meeting, Blinken said Russia must withdraw its troops.", []string{"USAGOV RUS 020"}},
		{"a firm is no party", "At the meeting, Blinken urged Gazprom to cut prices.", nil},
		// A possessive before the talks noun: the host is the main clause's
		// subject, as with "In talks with" (talksPrep reads past "his").
		{"his talks with a foreign partner", "In his talks with Lavrov, Blinken raised the treaty.", []string{"RUSGOV USAGOV 043", "USAGOV RUSGOV 043"}},
		{"his talks inside one government", "In his talks with Lloyd Austin, Blinken raised the budget.", nil},
		// A pronoun host resolved as a verb's pronoun subject is.
		{"pronoun host of talks with a partner", "Blinken arrived in Moscow on Monday. He made the statement after talks with Lavrov.", []string{"RUSGOV USAGOV 043", "USAGOV RUSGOV 042", "USAGOV RUSGOV 043"}},
		{"pronoun host inside one government", "Blinken arrived in Washington on Monday. He made the statement after talks with Lloyd Austin.", nil},
		{"partner in the phrase: the noun pattern's", "In talks with Lavrov yesterday, Blinken urged Russia to withdraw.", []string{"RUSGOV USAGOV 043", "USAGOV RUS 0242", "USAGOV RUSGOV 043"}},
	}
	checkCodings(t, p, tests)
}
