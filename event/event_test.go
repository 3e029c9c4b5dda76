package event_test

import (
	"context"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/annals-project/annals"
	"github.com/annals-project/annals/data"
	"github.com/annals-project/annals/dict"
	"github.com/annals-project/annals/pipeline"
)

// A small PETRARCH dictionary set, written for these tests.
var petrarchFS = fstest.MapFS{
	"verbs.txt": {Data: []byte(`--- ALLOW [060] ---
ALLOW
- * REALLY_PLEASANT [024]

--- PRAISE [051] ---
PRAISE

--- RENEW [---] ---
RENEW
- % * DIPLOMATIC [064:064]
- * DIPLOMATIC [064]
`)},
	"actors.txt": {Data: []byte("ARNOR [ARN]\nGONDOR [GON]\nOSGILIATH [OSG]\nCALENARDHON [CAL]\n")},
	"agents.txt": {Data: []byte("GOVERNMENT [~GOV]\nHUMAN_RIGHTS_GROUP [NGO~]\n")},
}

func petrarchPipeline(t *testing.T) *pipeline.Pipeline {
	t.Helper()
	im, err := dict.ReadPetrarch(petrarchFS, dict.PetrarchFiles{Verbs: []string{"verbs.txt"}, Actors: []string{"actors.txt"}, Agents: []string{"agents.txt"}})
	if err != nil {
		t.Fatal(err)
	}
	p, err := pipeline.New(pipeline.Options{Dict: im.Dict()})
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// codings returns "SRC TGT CODE" for every event of a result, sorted.
// codingCase is a sentence and the codings ("SRC TGT CODE", sorted) it
// must give.
type codingCase struct {
	name, text string
	want       []string
}

// checkCodings codes each case's sentence with p and compares its codings.
func checkCodings(t *testing.T, p *pipeline.Pipeline, tests []codingCase) {
	t.Helper()
	checkCodingsOn(t, p, "2021-10-13", codings, tests)
}

// checkCodingsOn is checkCodings for articles of the given date, listing
// each result's events with list (codings, or scoredCodings for what the
// scorer counts).
func checkCodingsOn(t *testing.T, p *pipeline.Pipeline, date string, list func(*annals.Result) []string, tests []codingCase) {
	t.Helper()
	for _, tt := range tests {
		r, err := p.Code(context.Background(), annals.Article{ID: tt.name, Date: date, Text: tt.text})
		if err != nil {
			t.Fatal(err)
		}
		if got := list(r); strings.Join(got, "; ") != strings.Join(tt.want, "; ") {
			t.Errorf("%s: %q codes %v, want %v", tt.name, tt.text, got, tt.want)
		}
	}
}

// codings lists every event of r as "source target code", sorted, once each.
func codings(r *annals.Result) []string { return listCodings(r, false) }

// scoredCodings lists the events the scorer counts: not the hypothetical
// ones nor those negated.
func scoredCodings(r *annals.Result) []string { return listCodings(r, true) }

func listCodings(r *annals.Result, scored bool) []string {
	var out []string
	for _, e := range r.Events {
		if scored && (e.Mode == "hypothetical" || e.Negated) {
			continue
		}
		tgt := "---"
		if e.Target != nil {
			tgt = e.Target.Code
		}
		out = append(out, e.Source.Code+" "+tgt+" "+e.Code)
	}
	slices.Sort(out)
	return slices.Compact(out)
}

func TestImportedPatterns(t *testing.T) {
	p := petrarchPipeline(t)
	for _, tc := range []struct {
		name, text string
		want       []string
	}{
		// A blank lets any words stand between pattern words; "_" does not.
		{"loose gap", "Arnor allowed that Gondor is a really pleasant place.", []string{"ARN GON 024"}},
		{"joined words apart", "Arnor allowed that Gondor is a really very pleasant place.", []string{"ARN GON 060"}},
		{"compound subject", "Arnor, Calenardhon and Gondor praised Osgiliath.", []string{"ARN OSG 051", "CAL OSG 051", "GON OSG 051"}},
		{"compound slot", "Gondor and Osgiliath renewed diplomatic ties.", []string{"GON OSG 064", "OSG GON 064"}},
		{"single subject skips %", "Gondor renewed diplomatic ties with Osgiliath.", []string{"GON OSG 064"}},
		{"prefix agent", "The Arnor human rights group praised Gondor.", []string{"NGOARN GON 051"}},
		{"role of no country", "The government praised Gondor.", []string{"---GOV GON 051"}},
		{"role in a country", "The government of Arnor praised Gondor.", []string{"ARNGOV GON 051"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r, err := p.Code(context.Background(), annals.Article{ID: "t", Date: "1995-01-01", Text: tc.text})
			if err != nil {
				t.Fatal(err)
			}
			if got := codings(r); !slices.Equal(got, tc.want) {
				t.Errorf("%q:\n got %s\nwant %s", tc.text, strings.Join(got, "; "), strings.Join(tc.want, "; "))
			}
		})
	}
}

// TestOwnConventions checks the coder with annals' own dictionaries on
// sentences written for the rules they exercise.
func TestOwnConventions(t *testing.T) {
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	tests := []codingCase{
		{"compound target", "The Taliban met with EU and US envoys in Doha.", []string{"AFGGOV IGOEUREEC 043", "AFGGOV USAGOV 043"}},
		{"reported speech codes what was reported", "Iran said Israel attacked Syria.", []string{"ISR SYR 190"}},
		{"passive by-phrase is the source", "Syria was attacked by Israel.", []string{"ISR SYR 190"}},
		{"object pronoun resolved", "Iranian President Hassan Rouhani visited Iraq on Monday. Iraqi officials welcomed him.", []string{"IRNELI IRQ 042", "IRQGOV IRNELI 051"}}, // Rouhani left office on 2021-08-03
		{"planned cooperation is an intent", "Japan will send aid to Afghanistan.", []string{"JPN AFG 033"}},
		{"hypothetical kept with its mode", "Iran could attack Israel.", []string{"IRN ISR 190"}},
		{"noun-headed event", "Turkey's invasion of Syria drew criticism.", []string{"TUR SYR 192"}},
		{"no actor in the subject, no event", "A fierce storm attacked the coast of France on Monday.", nil},
	}
	checkCodings(t, p, tests)
}

// TestAdjacentSlot checks a "+!" slot, with annals' own actors and one
// pattern and no fallback: the actor must open the slot and fill it up to
// the next pattern word.
func TestAdjacentSlot(t *testing.T) {
	own, err := dict.Load(data.FS, nil)
	if err != nil {
		t.Fatal(err)
	}
	verbs, err := dict.ParseVerbs("v.txt", strings.NewReader("020 call for +! to\n"), nil)
	if err != nil {
		t.Fatal(err)
	}
	p, err := pipeline.New(pipeline.Options{Dict: dict.New(own.Actors, own.Agents, verbs, own.Discards)})
	if err != nil {
		t.Fatal(err)
	}
	tests := []codingCase{
		{"the party right after for", "Kenya called for Uganda to withdraw.", []string{"KEN UGA 020"}},
		{"a determiner and an adverb allowed", "Kenya called for the United States immediately to withdraw.", []string{"KEN USA 020"}},
		{"a list fills the slot", "Kenya called for Uganda and Tanzania to withdraw.", []string{"KEN TZA 020", "KEN UGA 020"}},
		{"an actor inside a noun phrase is no party called on", "Kenya called for increased Ugandan investment to avoid a crisis.", nil},
		{"an actor modifying the noun that follows", "Kenya called for Ugandan cooperation to avoid a crisis.", nil},
	}
	checkCodings(t, p, tests)
}
