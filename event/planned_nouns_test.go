package event_test

import (
	"testing"

	"github.com/annals-project/annals/pipeline"
)

// TestPlannedNouns checks meetings and visits named by nouns and dated
// ahead by the words around them (an adjective or possessive date before
// the noun, a future predicate after it, a future verb it hangs on) coded
// as planned (036); the kept rows leave talks held, talks a past clause
// reports and a past predicate as they were.
func TestPlannedNouns(t *testing.T) {
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	tests := []codingCase{
		// Gained.
		{"forthcoming", "Foreign Secretary Sir Geoffrey Howe will press for wider access during his forthcoming visit to Tokyo.", []string{"GBRGOV JPNGOV 036"}},
		{"next week's", "The government hopes for progress during next week's visit to Moscow by Foreign Secretary Sir Geoffrey Howe.", []string{"GBRGOV SUNGOV 036"}},
		{"would also include", "Foreign Secretary Sir Geoffrey Howe said his talks with Soviet officials would also include arms control.", []string{"GBRGOV SUNGOV 036", "SUNGOV GBRGOV 036"}},
		{"due to begin", "Talks between Japan and the United States are due to begin in Tokyo.", []string{"JPN USA 036", "USA JPN 036"}},
		{"issue he would raise", "Foreign Secretary Sir Geoffrey Howe said another issue he would raise during a visit to Japan was access for British banks.", []string{"GBRGOV JPN 036"}},
		{"on the agenda", "Trade is expected to figure high on the agenda of Prime Minister Yasuhiro Nakasone's talks with Chancellor Helmut Kohl.", []string{"DEUGOV JPNGOV 036", "JPNGOV DEUGOV 036"}},
		// Kept.
		{"talks held", "Foreign Secretary Sir Geoffrey Howe said his talks with Soviet officials had included arms control.", []string{"GBRGOV SUNGOV 043", "SUNGOV GBRGOV 043"}},
		{"which ended", "Talks between Japan and the United States, which ended yesterday, will help trade.", []string{"JPN USA 046", "USA JPN 046"}},
		{"said after talks that", "Foreign Secretary Sir Geoffrey Howe said after talks with Soviet officials that Britain would press for cuts.", []string{"GBRGOV SUNGOV 043", "SUNGOV GBRGOV 043"}},
		{"figured", "Trade figured high on the agenda of Prime Minister Yasuhiro Nakasone's talks with Chancellor Helmut Kohl.", []string{"DEUGOV JPNGOV 043", "JPNGOV DEUGOV 043"}},
	}
	checkCodingsOn(t, p, "1987-04-13", scoredCodings, tests)
}
