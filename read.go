package annals

import "context"

// The read side of the store, behind the HTTP API and the dashboard. The
// types live here, in the vocabulary, so that the http adapter and the
// sqlite adapter need not import each other.

// Reader answers the queries of the API and the dashboard. Every method
// takes the same EventFilter as Store.Events, so all views agree on what a
// filter selects. Implementations are safe for concurrent use.
type Reader interface {
	EventPage(ctx context.Context, f EventFilter, after int64) ([]StoredEvent, error)
	Aggregate(ctx context.Context, f EventFilter, by, group string) ([]Bucket, error)
	Actors(ctx context.Context, f EventFilter) ([]ActorCount, error)
	Network(ctx context.Context, f EventFilter) ([]Edge, error)
	Places(ctx context.Context, f EventFilter) ([]PlaceCount, error)
	Quotes(ctx context.Context, f QuoteFilter) ([]StoredQuote, error)
	Article(ctx context.Context, id string) (*StoredArticle, error)
}

// Bucket is one cell of an aggregate: a period (a day, the Monday starting
// a week, or "" for all time), a group key, the number of events and their
// mean Goldstein score.
type Bucket struct {
	Period    string  `json:"period"`
	Key       string  `json:"key"`
	Count     int     `json:"count"`
	Goldstein float64 `json:"goldstein"`
}

// ActorCount is an actor code with how often it is a source and a target.
type ActorCount struct {
	Code     string `json:"code"`
	Name     string `json:"name"`
	AsSource int    `json:"as_source"`
	AsTarget int    `json:"as_target"`
}

// Edge is a directed source→target pair with its event counts, split into
// cooperation (quad classes 1-2) and conflict (3-4), and mean Goldstein.
type Edge struct {
	Source      string  `json:"source"`
	Target      string  `json:"target"`
	SourceName  string  `json:"source_name"`
	TargetName  string  `json:"target_name"`
	Count       int     `json:"count"`
	Cooperation int     `json:"cooperation"`
	Conflict    int     `json:"conflict"`
	Goldstein   float64 `json:"goldstein"`
}

// PlaceCount is an event location with the number of events there.
type PlaceCount struct {
	Name    string  `json:"name"`
	Country string  `json:"country"`
	Lat     float64 `json:"lat"`
	Lon     float64 `json:"lon"`
	Count   int     `json:"count"`
}

// QuoteFilter selects quotes: Text is a full-text query over the quote,
// Speaker a code prefix or a name fragment; After is the last quote id seen.
type QuoteFilter struct {
	Text    string
	Speaker string
	After   int64
	Limit   int
}

// StoredQuote is a quote with the article it came from.
type StoredQuote struct {
	QuoteID   int64  `json:"quote_id"`
	ArticleID string `json:"article_id"`
	Title     string `json:"title"`
	Date      string `json:"date"`
	Quote
}

// StoredArticle is an article as stored: its text and metadata and every
// annotation, with offsets into Text (or Title for a title sentence).
type StoredArticle struct {
	Result
	Text   string `json:"text"`
	URL    string `json:"url,omitempty"`
	Source string `json:"source,omitempty"`
}
