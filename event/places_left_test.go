package event_test

import (
	"testing"

	"github.com/annals-project/annals/pipeline"
)

// TestPlacesLeft checks that "leave X for Y" visits Y, never the place
// left nor a party met in a later clause.
func TestPlacesLeft(t *testing.T) {
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	checkCodings(t, p, []codingCase{
		{"the place left", "The Kenyan finance minister left Washington for a tour of Europe.", nil},
		{"a party met later", "The Kenyan finance minister would leave early tomorrow morning for Zurich after meeting Ugandan President Museveni this evening.", []string{"KENGOV UGAGOV 043", "UGAGOV KENGOV 043"}},
		// Kept: the goal right after "for", and a "for" of another phrase.
		{"the goal", "The Kenyan finance minister left Paris today for London.", []string{"KENGOV GBRGOV 042"}},
		{"a later for", "The Kenyan president leaves on his sixth official visit to the United States on Wednesday, weeks after a row over tariffs for alleged dumping.", []string{"KENGOV USA 036"}},
	})
}
