package event_test

import (
	"testing"

	"github.com/annals-project/annals/pipeline"
)

// TestDocumentMakers checks that a resolution, motion or statement that
// addresses a party speaks for the body that adopted or issued it: the
// agent of a "by" phrase after it, or the subject of a verb of making
// whose object it is. The silent rows keep a text with no maker named, a
// text that names no party addressed, and a text its subject refused or
// only debated.
func TestDocumentMakers(t *testing.T) {
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	tests := []codingCase{
		{"adopted by", "A resolution adopted by the U.S. Senate urged Japan to open its markets.", []string{"USALEG JPN 020"}},
		{"by, set off by commas", "A resolution, passed by the U.S. Senate, called on Japan to open its markets.", []string{"USALEG JPN 020"}},
		{"by right after", "A motion by British MPs urged Japan to open its markets.", []string{"GBRLEG JPN 020"}},
		{"passed a bill calling on", "The U.S. House passed a bill calling on Japan to open its markets.", []string{"USALEG JPN 020"}},
		{"passed a resolution urging", "The U.S. House of Representatives passed a resolution urging President Reagan to negotiate a treaty.", []string{"USALEG USAELI 026"}},
		// Silent, or as before.
		{"no maker named", "A resolution urged Japan to open its markets.", nil},
		{"no party addressed", "The U.S. House passed a bill calling for trade sanctions against Japan.", nil},
		{"debated, not made", "The U.S. House debated a bill calling on Japan to open its markets.", nil},
		{"vetoed, not made", "The U.S. House vetoed a bill calling on Japan to open its markets.", []string{"USALEG JPN 129"}},
		{"modifier as before", "The U.S. Senate resolution called on Japan to cut tariffs.", []string{"USALEG JPN 020"}},
	}
	checkCodings(t, p, tests)
}
