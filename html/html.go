// Package html reads news articles from web pages: the main text (without
// navigation, adverts and comments), the title and the publication date,
// using codeberg.org/readeck/go-readability.
package html

import (
	"bytes"
	"fmt"
	"io"
	"net/url"
	"strings"
	"unicode/utf8"

	"codeberg.org/readeck/go-readability/v2"
	"codeberg.org/readeck/go-readability/v2/render"

	"github.com/annals-project/annals"
)

// MaxPage is the largest page read (16 MiB); longer pages are cut there.
const MaxPage = 16 << 20

// Read extracts the article from the web page r. pageURL, when not empty,
// resolves relative links and becomes the article's URL, ID and (by its
// host) Source. A page with no readable text gives an EINVALID error.
// Read is safe for concurrent use.
func Read(r io.Reader, pageURL string) (a annals.Article, err error) {
	var u *url.URL
	if pageURL != "" {
		if u, err = url.Parse(pageURL); err != nil {
			return a, annals.Errorf(annals.EINVALID, "page url %q: %v", pageURL, err)
		}
	}
	b, err := io.ReadAll(io.LimitReader(r, MaxPage))
	if err != nil {
		return a, fmt.Errorf("read page: %w", err)
	}
	if bytes.IndexByte(b, 0) >= 0 {
		return a, annals.Errorf(annals.EINVALID, "not a web page (binary data)")
	}
	defer func() {
		if p := recover(); p != nil { // the parser must not take a batch down
			err = annals.Errorf(annals.EINVALID, "unreadable page: %v", p)
		}
	}()
	art, err := readability.FromReader(bytes.NewReader(b), u)
	if err != nil {
		return a, annals.Errorf(annals.EINVALID, "unreadable page: %v", err)
	}
	if art.Node == nil {
		return a, annals.Errorf(annals.EINVALID, "no article text in page")
	}
	text := Clean(render.InnerText(art.Node))
	if text == "" {
		return a, annals.Errorf(annals.EINVALID, "no article text in page")
	}
	a = annals.Article{ID: pageURL, Title: Clean(art.Title()), Text: text, URL: pageURL, Source: art.SiteName()}
	if t, err := art.PublishedTime(); err == nil && !t.IsZero() {
		a.Date = t.Format("2006-01-02")
	}
	if a.Source == "" && u != nil {
		a.Source = strings.TrimPrefix(u.Hostname(), "www.")
	}
	return a, nil
}

// Clean tidies extracted text: valid UTF-8, no carriage returns or
// non-breaking spaces, single spaces within lines, and paragraphs separated
// by one blank line.
func Clean(s string) string {
	s = strings.ToValidUTF8(s, "\uFFFD")
	s = strings.NewReplacer("\r\n", "\n", "\r", "\n", "\u00a0", " ").Replace(s)
	var b strings.Builder
	b.Grow(len(s))
	for _, line := range strings.Split(s, "\n") {
		line = strings.Join(strings.Fields(line), " ")
		if line == "" {
			continue
		}
		if b.Len() > 0 {
			b.WriteString("\n\n")
		}
		b.WriteString(line)
	}
	if !utf8.ValidString(b.String()) {
		return ""
	}
	return b.String()
}
