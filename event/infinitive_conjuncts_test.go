package event_test

import (
	"testing"

	"github.com/annals-project/annals/pipeline"
)

// TestInfinitiveConjuncts checks that a bare verb joined to an infinitive
// whose doer is the object of "expect" is not the subject's act, while a
// conjunct with its own auxiliary keeps its event.
func TestInfinitiveConjuncts(t *testing.T) {
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	checkCodingsOn(t, p, "1987-04-01", codings, []codingCase{
		{"expected law encourages", "Finance officials said they expect the new trade law to boost imports and encourage Japanese firms to invest abroad.", nil},
		{"expected accord helps", "Officials in Chile and Peru said they expected the accord to steady prices and help their copper industries.", nil},
		{"own auxiliary", "Ecuador expects output to fall for months and has asked Venezuela to supply crude.", []string{"ECU VEN 020"}},
	})
}
