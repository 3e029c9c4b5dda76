package event_test

import (
	"testing"

	"github.com/annals-project/annals/pipeline"
)

// TestQuoteSpeakerCodes checks that "we" inside a direct quotation takes
// the body of a speaker the entity layer left uncoded, from the actor the
// speaker's own words name ("a Ministry of International Trade and
// Industry (MITI) official") or from the earlier mention of the person a
// "he said" stands for ("Oil Ministry spokesman Egil Helle"), and that it
// does not when the speaker is a firm's man the dictionaries do not know
// ("Boliden spokesman Goran Paulson") or names only a country as a
// modifier ("the chairman of U.S. Wheat Associates").
func TestQuoteSpeakerCodes(t *testing.T) {
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	tests := []codingCase{
		{"an official of a named ministry", "Japan is seeking to end its chip dispute with the U.S., government officials said.\n\n\"We urge the United States to lift the tariffs,\" a Ministry of International Trade and Industry (MITI) official said.", []string{"JPNGOV USA 0254"}},
		{"he said after a spokesman", "Norway will extend its cut in oil output, Oil Ministry spokesman Egil Helle told Reuters.\n\n\"We urge OPEC to hold its prices,\" he said.", []string{"NORGOV IGOBUSOPC 020"}},
		// Unchanged: no speaker the state's.
		{"a firm's spokesman", "Saudi Arabia's Petromin signed a gold mining deal.\n\nBoliden spokesman Goran Paulson told Reuters the deal was important.\n\n\"We urge Saudi Arabia to open its markets,\" he said.", nil},
		{"a country as a modifier", "\"We urge Australia to cut its farm subsidies,\" the chairman of U.S. Wheat Associates said.", nil},
	}
	checkCodings1987(t, p, tests)
}
