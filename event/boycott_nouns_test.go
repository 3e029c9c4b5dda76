package event_test

import (
	"testing"

	"github.com/annals-project/annals/pipeline"
)

// TestBoycottNouns checks the noun pattern "~boycott of +": a protest 143
// against a body or a meeting, an embargo 163 when a state is boycotted,
// and nothing when the party only names whose goods are boycotted.
func TestBoycottNouns(t *testing.T) {
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	tests := []codingCase{
		{"a boycott of a meeting", "A Taiwanese boycott of the ADB's annual meeting was expected.", []string{"TWNOPP IGOASADEVADB 143"}}, // an unowned protest's makers: the country's protesters
		{"a boycott of a state", "A Danish boycott of South Africa takes effect in June.", []string{"DNK ZAF 163"}},
		// Nothing.
		{"goods of a firm", "The union announced a boycott of Royal Dutch/Shell products.", nil},
	}
	checkCodings(t, p, tests)
}
