package event_test

import (
	"testing"

	"github.com/annals-project/annals/pipeline"
)

// TestCompoundNouns checks nouns the tagger reads as verbs at the head of
// a noun compound ("the G-7 meeting", "Iranian missile attack on"): they
// are coded as nouns, with the modifier as owner, and give no event
// between the modifier and the words after them. A participle with its
// object ("after meeting President Reagan") and a base form with no party
// before it ("an official visit to Argentina") stay verbs.
func TestCompoundNouns(t *testing.T) {
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	tests := []codingCase{
		{"meeting as a time phrase", "Throughout the G-7 meeting, Japan pointed to the dangers of a further dollar fall.", nil},
		{"meeting of a cabinet", "The news follows a cabinet meeting during which British trade problems were discussed.", nil},
		{"meeting of a bank", "The United States and Japan are waging a battle at this week's Asian Development Bank meeting over Tokyo's attempts to win a greater say.", nil},
		{"meeting held by two", "A specially convened Franco-German meeting in the sidelines of a summit of EC leaders failed to make any progress.", nil},
		{"participle with object", "Japanese Prime Minister Yasuhiro Nakasone spoke to reporters after meeting President Reagan.", []string{"JPNGOV USAGOV 043", "USAGOV JPNGOV 043"}},
		{"attack owned by a modifier", "The raid came in retaliation for last Friday's Iranian missile attack on a Kuwaiti tanker.", []string{"IRN KWT 190"}},
		{"visit with no party before", "Weizsaecker, on the first day of an official visit to Argentina, said debtors and creditors must act together.", []string{"DEUGOV ARG 042"}},
	}
	checkCodings1987(t, p, tests)
}
