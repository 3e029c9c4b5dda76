// Package pipeline wires annals' stages into the coder: segment, tag,
// recognise actors, places and times, find quotes and entities, code events,
// and turn the annotated Doc into the output Result.
//
// It is the library entry point: the root package imports only the standard
// library, so Code lives here (DESIGN.md's annals.Code).
package pipeline

import (
	"context"
	"fmt"
	"io/fs"
	"log/slog"
	"sync"

	"github.com/annals-project/annals"
	"github.com/annals-project/annals/actor"
	"github.com/annals-project/annals/cameo"
	"github.com/annals-project/annals/data"
	"github.com/annals-project/annals/dict"
	"github.com/annals-project/annals/entity"
	"github.com/annals-project/annals/event"
	"github.com/annals-project/annals/quote"
	"github.com/annals-project/annals/tag"
	"github.com/annals-project/annals/text"
	"github.com/annals-project/annals/when"
	"github.com/annals-project/annals/where"
)

// Options configure a Pipeline. The zero value uses the embedded dictionaries.
type Options struct {
	// Dict, when set, replaces the embedded dictionaries (the importers of
	// TABARI and PETRARCH dictionaries build one).
	Dict *dict.Dict
	// Logger receives warnings such as malformed dictionary lines; nil discards them.
	Logger *slog.Logger
}

// Pipeline codes articles. It is safe for concurrent use: stages are
// immutable and each call gets its own Doc from a pool.
type Pipeline struct {
	stages []annals.Stage
	Dict   *dict.Dict
	Codes  *cameo.Codebook
	pool   sync.Pool
}

// LoadDefaultDict compiles the embedded dictionaries.
func LoadDefaultDict(cb *cameo.Codebook) (*dict.Dict, error) {
	return LoadDict(data.FS, cb)
}

// LoadDict compiles dictionaries in annals' layout from fsys.
func LoadDict(fsys fs.FS, cb *cameo.Codebook) (*dict.Dict, error) {
	return dict.Load(fsys, func(c string) bool { _, ok := cb.Lookup(c); return ok })
}

// New builds a Pipeline. The collector is held off while it loads (see
// holdGC).
func New(opts Options) (*Pipeline, error) {
	defer holdGC()()
	log := opts.Logger
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	cb := cameo.New()
	d := opts.Dict
	if d == nil {
		var err error
		d, err = LoadDefaultDict(cb)
		if err != nil {
			if d == nil {
				return nil, fmt.Errorf("pipeline: dictionaries: %w", err)
			}
			log.Warn("dictionary lines skipped", "err", err)
		}
	}
	tg, err := tag.New()
	if err != nil {
		return nil, fmt.Errorf("pipeline: tagger: %w", err)
	}
	gaz, err := where.Load()
	if err != nil {
		return nil, fmt.Errorf("pipeline: gazetteer: %w", err)
	}
	p := &Pipeline{Dict: d, Codes: cb}
	p.stages = []annals.Stage{
		text.New(),
		tg,
		where.NewRecognizer(gaz),
		actor.New(d),
		when.New(),
		quote.New(),
		entity.New(d),
		event.New(d, cb),
	}
	p.pool.New = func() any { return new(annals.Doc) }
	return p, nil
}

// Annotate runs every stage on doc. doc.Pub must already be set.
func (p *Pipeline) Annotate(ctx context.Context, doc *annals.Doc) error {
	for _, s := range p.stages {
		if err := s.Annotate(ctx, doc); err != nil {
			return err
		}
	}
	return nil
}

// Code codes one article. The error is an *annals.Error with code EINVALID
// for articles that cannot be coded (empty, invalid UTF-8), and EINTERNAL
// naming the article when a stage panics: a bug met on one article becomes
// that article's error record, and the rest of the batch is coded.
func (p *Pipeline) Code(ctx context.Context, a annals.Article) (res *annals.Result, err error) {
	doc := p.pool.Get().(*annals.Doc)
	defer func() {
		if v := recover(); v != nil {
			// The half-annotated Doc is dropped, not pooled.
			res, err = nil, annals.Errorf(annals.EINTERNAL, "article %s: internal error (a bug in annals; the article was not coded): %v", a.ID, v)
			return
		}
		p.pool.Put(doc)
	}()
	doc.Reset(a)
	if a.Date != "" {
		t, err := when.Parse(a.Date)
		if err != nil {
			return nil, annals.Errorf(annals.EINVALID, "article %s: date %q: %v", a.ID, a.Date, err)
		}
		doc.Pub = t
	}
	if err := p.Annotate(ctx, doc); err != nil {
		return nil, fmt.Errorf("article %s: %w", a.ID, err)
	}
	return ResultOf(doc), nil
}

// ResultOf turns an annotated Doc into the output record. The result shares
// no memory with doc's reusable slices.
func ResultOf(doc *annals.Doc) *annals.Result {
	r := &annals.Result{
		ID: doc.ID, Title: doc.Title, Date: doc.Date,
		Sentences: make([]annals.SentSpan, len(doc.Sentences)),
		Events:    nonNil(doc.Events),
		Quotes:    nonNil(doc.Quotes),
		Entities:  nonNil(doc.Entities),
		Places:    nonNil(doc.Places),
		Times:     nonNil(doc.Times),
		Discarded: doc.Discarded,
	}
	if r.Date == "" && !doc.Pub.IsZero() {
		r.Date = doc.Pub.Format("2006-01-02")
	}
	for i, s := range doc.Sentences {
		r.Sentences[i] = annals.SentSpan{Start: s.Start, End: s.End, Title: s.Title}
	}
	return r
}

func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}
