package event_test

import (
	"testing"

	"github.com/annals-project/annals/pipeline"
)

// TestObjectAntecedents checks objectAntecedent: an object "them" that no
// subject stands for is the nearest group named before it, as an object
// too; not inside a quotation for a pronoun outside one, not past a plural
// that names no actor, not the verb's own subject, not a role that only
// the article's country codes when that code is the subject's.
func TestObjectAntecedents(t *testing.T) {
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	checkCodingsOn(t, p, "1987-03-02", scoredCodings, []codingCase{
		{"the previous sentence's object", "Norway's oil ministry wrote to Norway's oil companies on Monday. The ministry urged them to cut output.",
			[]string{"NORGOV NORBUS 020"}},
		{"an object of the same sentence", "Norway's oil ministry wrote to Norway's oil companies and discussed with them how best to implement the cuts.",
			[]string{"NORGOV NORBUS 040"}},
		{"a body's letter to banks", "The Federal Reserve Board sent a letter to U.S. banks. The Fed urged them to set aside reserves.",
			[]string{"USAGOV USABUS 020"}},
		{"a role coded by the article's country", "Norwegian officials said the ministry wrote to the companies. The ministry urged them to cut output.",
			[]string{"NORGOV NORBUS 020"}},
		// Negatives.
		{"a quoted pronoun", `Norway's oil ministry wrote to Norway's oil companies on Monday. "We urged them to cut output," the ministry said.`, nil},
		{"a plural between", "Norway's oil ministry wrote to Norway's oil companies about quotas. The ministry urged them to cut output.", nil},
		{"a context role of the subject's code", "The officials said the ministry wrote to Statoil. The ministry urged them to cut output.", nil},
		{"the subject itself", "Norway's oil ministry wrote to Norway's oil companies on Monday. Norway's oil companies urged them to cut output.", nil},
		{"a singular object", "Norway's oil ministry wrote to Statoil on Monday. The ministry urged them to cut output.", nil},
	})
}
