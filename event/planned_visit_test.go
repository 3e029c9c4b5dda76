package event_test

import (
	"testing"

	"github.com/annals-project/annals/pipeline"
)

// TestBeforeAhead checks a meeting or talks named in a present-tense
// clause opened by "before", or by a noun after "ahead of", coded as
// planned (036) whatever the clause they hang on; the kept rows leave a
// past "before" clause, an "if" clause and talks without two parties as
// they were.
func TestBeforeAhead(t *testing.T) {
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	tests := []codingCase{
		// Gained.
		{"before open under would", "U.S. Trade Representative Clayton Yeutter said the dispute would be resolved before Japan and the United States open trade talks in late April.", []string{"JPN USA 036", "USA JPN 036"}},
		{"before meet under may", "Japan's trade minister said the dispute may be settled before Japan and the United States meet next month.", []string{"JPN USA 036", "USA JPN 036"}},
		{"ahead of a meeting between", "The sources, speaking ahead of a meeting later today between Brazilian Finance Minister Dilson Funaro and West German Finance Minister Gerhard Stoltenberg, also believed Brazil should come up with a plan.", []string{"BRAGOV DEUGOV 036", "DEUGOV BRAGOV 036"}},
		// Kept.
		{"before past", "The dispute was resolved before Japan and the United States opened talks last month.", []string{"JPN USA 046", "USA JPN 046"}},
		{"if clause", "The issues would be resolved if Japan and the United States open talks in April.", nil},
		{"after a meeting", "The sources, speaking after a meeting between Brazilian Finance Minister Dilson Funaro and West German Finance Minister Gerhard Stoltenberg, said Brazil should come up with a plan.", []string{"BRAGOV DEUGOV 043", "DEUGOV BRAGOV 043"}},
		{"ahead of a market", "Oil prices rose ahead of a meeting of the OPEC pricing committee next week.", nil},
	}
	checkCodingsOn(t, p, "1987-04-13", scoredCodings, tests)
}

// TestSpeakerVisit checks a visit named by a noun with no owner beside a
// verb of speaking, coded as the speaker's visit (042) to the country or
// capital after "to" (036 when ahead), also "on the first day of" one and
// beside a quotation that names an international body. The kept rows leave another's
// visit ("by"), a visit to no state, a visit beside a verb that is no
// speaking and a trip at home as they were.
func TestSpeakerVisit(t *testing.T) {
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	tests := []codingCase{
		// Gained.
		{"at the end of a visit", "Peruvian President Alan Garcia told a press conference at the end of an official two-day visit to Mexico yesterday.", []string{"PERGOV MEX 042"}},
		{"aside during a visit", "Brazilian Finance Minister Dilson Funaro, during a brief visit to London, told reporters that Brazil needed new loans.", []string{"BRAGOV GBRGOV 042"}},
		{"on a visit ahead", "Brazilian Finance Minister Dilson Funaro will tell reporters on a visit to Tokyo next week that Brazil needs new loans.", []string{"BRAGOV JPNGOV 036"}},
		{"on the first day of a visit", "The French prime minister, on the first day of a three-day visit to the United States, said the accord should serve as a basis.", []string{"FRAGOV USA 042"}},
		{"a body named in the quotation", "West German President Richard von Weizsaecker, in a speech on the first day of an official visit to Argentina, said: \"Debtor and creditor countries have created this situation jointly.\"", []string{"DEUGOV ARG 042"}},
		// Kept.
		{"by another", "Soviet Foreign Minister Eduard Shevardnadze said during a visit to Moscow by U.S. Secretary of State George Shultz that the talks were useful.", []string{"USAGOV SUNGOV 042"}},
		{"no state", "Peruvian President Alan Garcia told reporters during a visit to the plant that output was rising.", nil},
		{"not speaking", "Peruvian President Alan Garcia said the accord was signed during a visit to Mexico.", nil},
		{"at home", "Peruvian President Alan Garcia told reporters during a visit to Peru's south that output was rising.", nil},
		{"a day of something else", "Peruvian President Alan Garcia said on the first day of a strike against a visit to Mexico that output was rising.", nil},
	}
	checkCodingsOn(t, p, "1987-04-13", scoredCodings, tests)
}

// TestExchequer checks Britain's finance minister named by his office,
// "Chancellor of the Exchequer", as Britain's government whatever country
// the story is about; the kept row leaves another chancellor to his own.
func TestExchequer(t *testing.T) {
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	tests := []codingCase{
		// Gained.
		{"talks with the chancellor", "Brazilian Finance Minister Dilson Funaro held talks with Chancellor of the Exchequer Nigel Lawson on Brazil's debt.", []string{"BRAGOV GBRGOV 046", "GBRGOV BRAGOV 046"}},
		// Kept.
		{"german chancellor", "West German Chancellor Helmut Kohl held talks with Brazilian Finance Minister Dilson Funaro.", []string{"BRAGOV DEUGOV 043", "DEUGOV BRAGOV 043"}},
	}
	checkCodingsOn(t, p, "1987-04-13", scoredCodings, tests)
}

// TestPossessorOutsidePhrase checks "his" or "her" before a visit noun
// resolved to the one person of the sentence outside a prepositional
// phrase when persons of several countries stand before it; the kept rows
// leave two persons outside phrases, the object of a verb and a subject
// pair, unresolved.
func TestPossessorOutsidePhrase(t *testing.T) {
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	tests := []codingCase{
		// Gained.
		{"partner after with", "British Prime Minister Margaret Thatcher left Bonn after talks with Chancellor Helmut Kohl ahead of her visit to Moscow next week.", []string{"DEUGOV GBRGOV 043", "GBRGOV DEUGOV 043", "GBRGOV SUNGOV 036"}},
		// Kept.
		{"object of a verb", "President Reagan praised Prime Minister Yasuhiro Nakasone before his visit to Moscow.", []string{"USAGOV JPNGOV 051"}},
		{"two subjects", "President Reagan and Prime Minister Yasuhiro Nakasone spoke before his visit to Moscow.", nil},
	}
	checkCodingsOn(t, p, "1987-04-13", scoredCodings, tests)
}
