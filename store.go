package annals

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Store keeps coded articles so they can be queried and exported later.
// Writes are idempotent: an article is keyed by its [ContentHash], so storing
// it twice adds nothing. Implementations are safe for concurrent reads but
// expect a single writer.
type Store interface {
	// Has reports whether an article with the content hash is stored.
	Has(ctx context.Context, hash string) (bool, error)
	// Put stores a batch of coded articles in one transaction and returns how
	// many were new. Either the whole batch is committed or none of it.
	Put(ctx context.Context, batch []Coded) (added int, err error)
	// Events calls fn for each stored event matching f, in event order.
	// Filter values that cannot be understood give an EINVALID error.
	Events(ctx context.Context, f EventFilter, fn func(*StoredEvent) error) error
	// Close releases the store.
	Close() error
}

// Coded is an article ready to be stored: its text, content hash, coding
// result, and the earlier article it nearly duplicates, if any.
type Coded struct {
	Article Article
	Hash    string  // ContentHash(Article.Text)
	Result  *Result // nil stores the article without annotations
	// Signature is the near-duplicate fingerprint (MinHash) of the text.
	Signature []byte
	// DupOf is the content hash of a stored article this one nearly
	// duplicates (a wire copy), with the estimated Jaccard similarity.
	DupOf      string
	Similarity float64
}

// EventFilter selects stored events. Empty fields match everything. Codes
// are prefixes: Source "USA" matches USA, USAGOV and USAMIL.
type EventFilter struct {
	Actor   string // source or target code prefix
	Source  string // source code prefix
	Target  string // target code prefix
	Country string // ISO 3166 alpha-3 of the source, the target or the location
	Code    string // CAMEO event code prefix
	Root    string // two-digit CAMEO root
	Quad    int    // quad class 1-4; 0 for any
	From    string // first event date, YYYY-MM-DD (inclusive)
	To      string // last event date, YYYY-MM-DD (inclusive)
	Place   string // location name, case-insensitive
	Text    string // full-text query over article text and quotes
	Limit   int    // at most this many events; 0 for all
}

// StoredEvent is an event as read back from a Store: the event, the article
// it came from, and how many articles and sources reported the same
// (date, source, target, code), after GDELT's NumArticles and NumSources.
type StoredEvent struct {
	EventID   int64  `json:"event_id"`
	ArticleID string `json:"article_id"`
	Event
	URL           string `json:"url,omitempty"`
	ArticleSource string `json:"article_source,omitempty"`
	NumMentions   int    `json:"num_mentions"`
	NumArticles   int    `json:"num_articles"`
	NumSources    int    `json:"num_sources"`
}

// ContentHash returns the hex SHA-256 of text normalised by lower-casing and
// collapsing runs of white space, so copies that differ only in layout get
// the same key.
func ContentHash(text string) string {
	h := sha256.New()
	var buf [256]byte
	b := buf[:0]
	space := false
	started := false
	for _, r := range text {
		if unicode.IsSpace(r) {
			space = true
			continue
		}
		if space && started {
			b = append(b, ' ')
		}
		space, started = false, true
		b = utf8.AppendRune(b, unicode.ToLower(r))
		if len(b) > len(buf)-8 {
			h.Write(b)
			b = b[:0]
		}
	}
	h.Write(b)
	return hex.EncodeToString(h.Sum(nil))
}

// NormalizeText is the form ContentHash hashes: lower case, single spaces,
// no leading or trailing space.
func NormalizeText(text string) string {
	return strings.ToLower(strings.Join(strings.Fields(text), " "))
}
