package event_test

import (
	"testing"

	"github.com/annals-project/annals/pipeline"
)

// TestHeldSupport checks that support held or won and criticism drawn,
// their giver after "of" or "from", are the giver's act on the subject,
// but not support held within one body, a giver past the phrase, or
// support denied or hoped for.
func TestHeldSupport(t *testing.T) {
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	tests := []codingCase{
		{"has the support of", "Egypt has the full support of Jordan, an official said.", []string{"JOR EGY 051"}},
		{"won the backing of", "Argentina won the backing of Brazil for its debt plan.", []string{"BRA ARG 051"}},
		{"came under criticism from", "Japan has come under sharp criticism from the European Community.", []string{"IGOEUREEC JPN 111"}},
		{"drew criticism from", "Turkey drew strong criticism from Greece over the drilling.", []string{"GRC TUR 111"}},
		{"not held", "Egypt does not have the support of Jordan.", nil},
		{"hoped for", "Egypt may win the support of Jordan.", nil},
		{"within one body", "Senator Dole has the support of Senator Byrd and other key senators.", nil},
		{"no giver at the phrase", "They won a degree of support from Smith, \"Even the French bankers agree,\" he said.", nil},
		{"a thing supported", "The plan has the support of most economists.", nil},
	}
	checkCodingsOn(t, p, "1987-04-20", scoredCodings, tests)
}
