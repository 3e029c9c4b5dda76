package event_test

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/annals-project/annals"
	"github.com/annals-project/annals/dict"
	"github.com/annals-project/annals/pipeline"
)

// A small TABARI project, written for these tests.
var tabariFiles = map[string]string{
	"t.project": "<actorsfile> t.actors\n<verbsfile> t.verbs\n",
	"t.actors":  "AVALON [AVA]\nLYONESSE [LYO]\nCAMELOT [CAM]\nLOGRES [LOG <911226] [###]\n",
	"t.verbs": `PRAISE  [051]
- * DIPLXMATIC  [###]
SHOULD  [101]
- URGED * HALT CONVOYS  [162]
- URGED + * SHIP GRAIN  [071]
CONDEMN  [111]
ADOPT  [081]
- * REVOLUTION  [802]
- * RESOLUTION_  [102]
`,
}

func tabariDict(t *testing.T) *dict.Dict {
	t.Helper()
	dir := t.TempDir()
	for name, body := range tabariFiles {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	im, _, err := dict.ReadTabari(filepath.Join(dir, "t.project"))
	if err != nil {
		t.Fatal(err)
	}
	return im.Dict()
}

func TestTabariFieldOptions(t *testing.T) {
	base := tabariDict(t)
	for _, tc := range []struct {
		name, text string
		set        dict.Settings
		want       []string
	}{
		// A modal listed as a verb is the verb; the pattern's word before
		// it makes the source the subject of "urged".
		{"modal", "Avalon urged Lyonesse should halt convoys bound for Camelot.", dict.Settings{}, []string{"AVA CAM 162"}},
		// "+" after a word of the pattern: the actor between is the target.
		{"inner target", "Avalon urged Lyonesse should ship grain to the north.", dict.Settings{}, []string{"AVA LYO 071"}},
		// FORWARD: a pronoun subject takes the carried actor.
		{"forward", "He praised Lyonesse warmly at the summit on Monday.", dict.Settings{Forward: "CAM"}, []string{"CAM LYO 051"}},
		{"no forward", "He praised Lyonesse warmly at the summit on Monday.", dict.Settings{}, nil},
		// CODE BY: a second verb after a conjunction, or none at all.
		{"by clause", "Avalon praised Lyonesse on Monday but condemned Camelot on Tuesday.", dict.Settings{CodeBy: dict.CodeByClause}, []string{"AVA CAM 111", "AVA LYO 051"}},
		{"by sentence", "Avalon praised Lyonesse on Monday but condemned Camelot on Tuesday.", dict.Settings{CodeBy: dict.CodeBySentence}, []string{"AVA LYO 051"}},
		// COMMA: an aside of 2 to 10 words names no target.
		{"comma off", "Avalon praised Lyonesse, an old ally of Camelot, on Monday.", dict.Settings{}, []string{"AVA LYO 051"}},
		{"comma aside kept", "Avalon praised, as an old ally of Camelot, Lyonesse on Monday.", dict.Settings{}, []string{"AVA CAM 051"}},
		{"comma aside", "Avalon praised, as an old ally of Camelot, Lyonesse on Monday.", dict.Settings{Comma: dict.Comma{Min: 2, Max: 10}}, []string{"AVA LYO 051"}},
		// "[###]" on a pattern or (at the story's date) an actor: no news.
		{"discard pattern", "Avalon praised the diplxmatic ties of Lyonesse.", dict.Settings{}, nil},
		{"discard actor", "Avalon praised Lyonesse and Logres on Monday.", dict.Settings{}, nil},
		// A word not closed by "_" is a stem; "RESOLUTION_" is whole.
		{"stem", "Avalon adopted a revolutionary manifesto with Lyonesse.", dict.Settings{}, []string{"AVA LYO 802"}},
		{"closed word", "Avalon adopted two resolutions with Lyonesse.", dict.Settings{}, []string{"AVA LYO 081"}},
		// Solo (PETRARCH's require_dyad = false): an event with no target,
		// unless a verb that governs it coded one.
		{"no dyad", "Avalon praised the weather on Monday.", dict.Settings{}, nil},
		{"solo", "Avalon praised the weather on Monday.", dict.Settings{Solo: true}, []string{"AVA --- 051"}},
		// ... and only with an object phrase: a bare time phrase is none.
		{"solo no object", "Avalon praised warmly today.", dict.Settings{Solo: true}, nil},
		{"solo on a day", "Avalon praised warmly on Monday.", dict.Settings{Solo: true}, []string{"AVA --- 051"}},
		{"solo governed", "Avalon praised Lyonesse after Camelot condemned the weather.", dict.Settings{Solo: true, CodeBy: dict.CodeAll}, []string{"AVA LYO 051"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := *base
			d.Settings = tc.set
			p, err := pipeline.New(pipeline.Options{Dict: &d})
			if err != nil {
				t.Fatal(err)
			}
			r, err := p.Code(context.Background(), annals.Article{ID: tc.name, Date: "2001-02-03", Text: tc.text})
			if err != nil {
				t.Fatal(err)
			}
			if got := codings(r); !slices.Equal(got, tc.want) {
				t.Errorf("%q: got %v, want %v", tc.text, got, tc.want)
			}
		})
	}
}
