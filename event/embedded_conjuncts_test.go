package event_test

import (
	"testing"

	"github.com/annals-project/annals/pipeline"
)

// TestEmbeddedConjuncts checks that a name inside a prepositional phrase of
// an earlier verb's object is no co-subject of the verb after the
// conjunction ("discuss the future of the Japanese steel industry and
// French ministers meet"), while lists that open the subject, also after a
// reporting verb or a subordinator, still act together.
func TestEmbeddedConjuncts(t *testing.T) {
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	tests := []codingCase{
		{"an of phrase in an earlier object", "The Commission will discuss the future of the Japanese steel industry and French ministers meet again in September.", nil},
		{"a phrase after an infinitive", "Officials gathered to study the prospects of Japanese banks and Chinese officials met in Beijing on Monday.", nil},
		// Lists that stay.
		{"a list opening the sentence", "Representatives of Britain and France met in Paris on Monday.", []string{"FRA GBRGOV 044", "GBRGOV FRA 044"}},
		{"a list after a reporting verb", "Officials said representatives of Britain and France met in Paris on Monday.", []string{"FRA GBRGOV 044", "GBRGOV FRA 044"}},
		{"a list after a subordinator", "He made the remark one day before Japanese and French officials are to meet in Paris.", []string{"FRAGOV JPN 036", "JPN FRAGOV 036"}},
		{"a plain list", "Japan and France met in Paris on Monday.", []string{"FRA JPN 044", "JPN FRA 044"}},
	}
	checkCodingsOn(t, p, "1987-04-13", scoredCodings, tests)
}
