package validate

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/annals-project/annals"
	"github.com/annals-project/annals/dict"
	"github.com/annals-project/annals/pipeline"
	"github.com/annals-project/annals/when"
)

// Suite is a validation suite ready to run: its records and the imported
// dictionaries they are coded with.
type Suite struct {
	Name    string // PETRARCH or TABARI
	Path    string
	Records []Record
	Import  *dict.Import
	// DictErrors lists the malformed lines of the suite's dictionaries
	// (the import skipped them and kept going); nil when none.
	DictErrors dict.ErrorList
}

// Load reads a suite: a PETRARCH records file (.xml, naming its
// dictionaries in <Environment>), a TABARI project file (.project) or a
// TABARI text file (Validate.text, with Validate.project beside it).
func Load(path string) (*Suite, error) {
	switch {
	case strings.HasSuffix(path, ".xml"):
		return loadPetrarch(path)
	case strings.HasSuffix(path, ".project"):
		return loadTabari(path)
	case strings.HasSuffix(path, ".text"):
		return loadTabari(strings.TrimSuffix(path, ".text") + ".project")
	}
	return nil, fmt.Errorf("validate: %s: want a .xml, .project or .text suite", path)
}

func keepErrs(s *Suite, err error) error {
	var l dict.ErrorList
	if errors.As(err, &l) {
		s.DictErrors = l
		return nil
	}
	return err
}

func loadPetrarch(path string) (*Suite, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("validate: %w", err)
	}
	defer f.Close()
	env, recs, err := ReadPetrarch(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	s := &Suite{Name: "PETRARCH", Path: path, Records: recs}
	dir := filepath.Dir(path)
	im, err := dict.ReadPetrarch(os.DirFS(dir), dict.PetrarchFiles{Verbs: env.Verbs, Actors: env.Actors, Agents: env.Agents, Discards: env.Discards})
	if err = keepErrs(s, err); err != nil {
		return nil, fmt.Errorf("validate: %w", err)
	}
	s.Import = im
	// A PETRARCH <Config> stands before the records it applies to.
	var st dict.Settings
	for i := range s.Records {
		for _, o := range s.Records[i].Options {
			ApplyOption(&st, o)
		}
		s.Records[i].Settings = st
	}
	return s, nil
}

func loadTabari(project string) (*Suite, error) {
	s := &Suite{Name: "TABARI", Path: project}
	im, proj, err := dict.ReadTabari(project)
	if err = keepErrs(s, err); err != nil {
		return nil, fmt.Errorf("validate: %w", err)
	}
	s.Import = im
	if proj.Text == "" {
		return nil, fmt.Errorf("validate: %s names no <textfile>", project)
	}
	text := filepath.Join(filepath.Dir(project), proj.Text)
	f, err := os.Open(text)
	if err != nil {
		return nil, fmt.Errorf("validate: %w", err)
	}
	defer f.Close()
	if s.Records, err = ReadTabari(f); err != nil {
		return nil, fmt.Errorf("%s: %w", text, err)
	}
	st := TabariDefaults
	if proj.Options != "" {
		name := filepath.Join(filepath.Dir(project), proj.Options)
		of, err := os.Open(name)
		if err != nil {
			return nil, fmt.Errorf("validate: %w", err)
		}
		opts, err := dict.TabariOptions(name, of)
		of.Close()
		if err = keepErrs(s, err); err != nil {
			return nil, fmt.Errorf("validate: %w", err)
		}
		for _, o := range opts {
			ApplyOption(&st, o)
		}
	}
	Settle(s.Records, st)
	return s, nil
}

// Status is the outcome of one record.
type Status uint8

// Outcomes.
const (
	Skipped Status = iota
	Passed
	Failed
)

func (s Status) String() string {
	return [...]string{"skip", "pass", "FAIL"}[s]
}

// Outcome is the result of one record: what annals produced, and why it
// failed when it did.
type Outcome struct {
	Record *Record
	Status Status
	Got    []Coding
	// Reason classifies a failure (see Summary.Reasons) or repeats Skip.
	Reason    string
	Discarded bool
}

// Failure classes, the keys of Summary.Reasons.
const (
	ReasonNone     = "no event coded"
	ReasonCode     = "right actors, wrong event code"
	ReasonActors   = "right event code, wrong actors"
	ReasonMissing  = "some expected codings missing"
	ReasonExtra    = "extra codings produced"
	ReasonNotEmpty = "events coded where none expected"
	ReasonDiscard  = "not discarded"
	ReasonDiffer   = "codings differ"
)

// Counts tallies outcomes.
type Counts struct{ Passed, Failed, Skipped int }

func (c *Counts) add(s Status) {
	switch s {
	case Passed:
		c.Passed++
	case Failed:
		c.Failed++
	default:
		c.Skipped++
	}
}

// Rate is the share of run records that passed, 0 when none ran.
func (c Counts) Rate() float64 {
	if c.Passed+c.Failed == 0 {
		return 0
	}
	return float64(c.Passed) / float64(c.Passed+c.Failed)
}

// Summary tallies a run: overall, by record category, and failures by
// reason.
type Summary struct {
	Counts
	Categories map[string]*Counts
	Reasons    map[string]int
}

// CategoryNames returns the categories, sorted.
func (s *Summary) CategoryNames() []string {
	out := make([]string, 0, len(s.Categories))
	for k := range s.Categories {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// NewPipeline builds a pipeline coding with the suite's dictionaries.
func (s *Suite) NewPipeline() (*pipeline.Pipeline, error) {
	return pipeline.New(pipeline.Options{Dict: s.Import.Dict()})
}

// NewPipelineWith builds a pipeline coding with the suite's dictionaries
// under settings st (a record's Settings).
func (s *Suite) NewPipelineWith(st dict.Settings) (*pipeline.Pipeline, error) {
	d := s.Import.Dict()
	d.Settings = st
	return pipeline.New(pipeline.Options{Dict: d})
}

// Run codes every record with p, each as a one-sentence article dated
// with the record's date, calls fn (when not nil) with each outcome in
// order, and returns the tallies. A record whose settings differ from
// those of p's dictionaries is coded by a pipeline over the same
// dictionaries with the record's settings. It stops early only when ctx
// is done.
func (s *Suite) Run(ctx context.Context, p *pipeline.Pipeline, fn func(Outcome)) (Summary, error) {
	sum := Summary{Categories: map[string]*Counts{}, Reasons: map[string]int{}}
	coders := map[dict.Settings]*pipeline.Pipeline{p.Dict.Settings: p}
	prev := "" // the first actor of the record before, for FORWARD
	for i := range s.Records {
		if err := ctx.Err(); err != nil {
			return sum, err
		}
		rec := &s.Records[i]
		o := Outcome{Record: rec, Reason: rec.Skip}
		if rec.Skip == "" {
			st := rec.Settings
			if rec.Forward {
				st.Forward = prev
			}
			p, err := coderFor(coders, p.Dict, st)
			if err != nil {
				return sum, err
			}
			var res *annals.Result
			res, prev, err = code(ctx, p, annals.Article{ID: rec.ID, Date: rec.Date, Text: rec.Text})
			if err != nil {
				o.Reason = "coding error: " + err.Error()
				o.Status = Failed
			} else {
				o.Got, o.Discarded = Codings(res), res.Discarded != ""
				o.Status, o.Reason = judge(rec, o.Got)
			}
		}
		sum.add(o.Status)
		c := sum.Categories[rec.Category]
		if c == nil {
			c = &Counts{}
			sum.Categories[rec.Category] = c
		}
		c.add(o.Status)
		if o.Status == Failed {
			sum.Reasons[o.Reason]++
		}
		if fn != nil {
			fn(o)
		}
	}
	return sum, nil
}

// code codes one article as pipeline.Pipeline.Code does, and returns
// with the result the actor code (without its agents: TABARI's three
// letters) of the article's first actor mention, the one TABARI's FORWARD
// passes to the next record; "" when it names none.
func code(ctx context.Context, p *pipeline.Pipeline, a annals.Article) (*annals.Result, string, error) {
	doc := new(annals.Doc)
	doc.Reset(a)
	if a.Date != "" {
		t, err := when.Parse(a.Date)
		if err != nil {
			return nil, "", fmt.Errorf("article %s: date %q: %w", a.ID, a.Date, err)
		}
		doc.Pub = t
	}
	if err := p.Annotate(ctx, doc); err != nil {
		return nil, "", fmt.Errorf("article %s: %w", a.ID, err)
	}
	first := -1
	for i := range doc.Mentions {
		m := &doc.Mentions[i]
		if m.Kind != annals.ActorMention || m.Implied || m.Code == "" {
			continue
		}
		if first < 0 || m.Tokens.Start < doc.Mentions[first].Tokens.Start {
			first = i
		}
	}
	actor := ""
	if first >= 0 {
		actor = doc.Mentions[first].Code
		if len(actor) > 3 {
			actor = actor[:3]
		}
	}
	return pipeline.ResultOf(doc), actor, nil
}

// coderFor returns the pipeline of coders coding with d under settings
// st, building it on first use.
func coderFor(coders map[dict.Settings]*pipeline.Pipeline, d *dict.Dict, st dict.Settings) (*pipeline.Pipeline, error) {
	if p, ok := coders[st]; ok {
		return p, nil
	}
	dd := *d
	dd.Settings = st
	p, err := pipeline.New(pipeline.Options{Dict: &dd})
	if err != nil {
		return nil, fmt.Errorf("validate: pipeline for %+v: %w", st, err)
	}
	coders[st] = p
	return p, nil
}

// Codings returns the distinct codings of a result, in order. An event
// with the null code (dict.NullCode, a pattern that says "no event") is not
// a coding: until the coder drops such events itself, they are left out
// here.
func Codings(r *annals.Result) []Coding {
	var out []Coding
	seen := map[Coding]bool{}
	for _, e := range r.Events {
		if e.Code == dict.NullCode {
			continue
		}
		c := Coding{Code: e.Code, Target: "---", Source: "---"}
		if e.Source != nil {
			c.Source = e.Source.Code
		}
		if e.Target != nil {
			c.Target = e.Target.Code
		}
		if !seen[c] {
			seen[c] = true
			out = append(out, c)
		}
	}
	return out
}

// judge compares produced codings with a record's expectations: a record
// passes when every expected coding is produced and nothing else.
func judge(r *Record, got []Coding) (Status, string) {
	if r.NoEvents || r.Discard {
		if len(got) == 0 {
			return Passed, ""
		}
		if r.Discard {
			return Failed, ReasonDiscard
		}
		return Failed, ReasonNotEmpty
	}
	want := map[Coding]bool{}
	for _, c := range r.Expect {
		want[c] = true
	}
	have := map[Coding]bool{}
	for _, c := range got {
		have[c] = true
	}
	missing, extra := 0, 0
	for c := range want {
		if !have[c] {
			missing++
		}
	}
	for c := range have {
		if !want[c] {
			extra++
		}
	}
	switch {
	case missing == 0 && extra == 0:
		return Passed, ""
	case len(got) == 0:
		return Failed, ReasonNone
	case missing == 0:
		return Failed, ReasonExtra
	case extra == 0:
		return Failed, ReasonMissing
	}
	sameActors, sameCode := false, false
	for _, w := range r.Expect {
		for _, g := range got {
			if g.Source == w.Source && g.Target == w.Target {
				sameActors = true
			}
			if g.Code == w.Code {
				sameCode = true
			}
		}
	}
	switch {
	case sameActors:
		return Failed, ReasonCode
	case sameCode:
		return Failed, ReasonActors
	}
	return Failed, ReasonDiffer
}
