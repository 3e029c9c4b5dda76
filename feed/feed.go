// Package feed reads news articles from RSS, Atom and JSON feeds with
// github.com/mmcdole/gofeed: one article per item, its text taken from the
// item's content or, failing that, its description, with markup removed.
package feed

import (
	"bytes"
	"fmt"
	"io"
	"net/url"
	"strings"

	"github.com/mmcdole/gofeed"
	"golang.org/x/net/html"

	"github.com/annals-project/annals"
)

// MaxFeed is the largest feed read (32 MiB).
const MaxFeed = 32 << 20

// Read parses the feed r. name identifies the feed in errors and, when it
// is a URL, gives items without a link of their own an ID. Items with
// neither text nor title are skipped. Malformed feeds give an EINVALID error
// naming the feed. Read is safe for concurrent use.
func Read(r io.Reader, name string) (arts []annals.Article, err error) {
	b, err := io.ReadAll(io.LimitReader(r, MaxFeed+1))
	if err != nil {
		return nil, fmt.Errorf("feed %s: %w", name, err)
	}
	if len(b) > MaxFeed {
		return nil, annals.Errorf(annals.EINVALID, "feed %s: larger than %d MiB", name, MaxFeed>>20)
	}
	defer func() {
		if p := recover(); p != nil {
			arts, err = nil, annals.Errorf(annals.EINVALID, "feed %s: unreadable: %v", name, p)
		}
	}()
	f, err := gofeed.NewParser().Parse(bytes.NewReader(b))
	if err != nil {
		return nil, annals.Errorf(annals.EINVALID, "feed %s: %v", name, err)
	}
	source := strings.TrimSpace(f.Title)
	if u, err := url.Parse(f.Link); err == nil && u.Host != "" {
		source = strings.TrimPrefix(u.Hostname(), "www.")
	}
	for i, it := range f.Items {
		if it == nil {
			continue
		}
		body := it.Content
		if strings.TrimSpace(Text(body)) == "" {
			body = it.Description
		}
		a := annals.Article{
			ID:     firstNonEmpty(it.GUID, it.Link, fmt.Sprintf("%s#%d", name, i+1)),
			Title:  Text(it.Title),
			Text:   Text(body),
			URL:    strings.TrimSpace(it.Link),
			Source: source,
		}
		switch {
		case it.PublishedParsed != nil:
			a.Date = it.PublishedParsed.UTC().Format("2006-01-02")
		case it.UpdatedParsed != nil:
			a.Date = it.UpdatedParsed.UTC().Format("2006-01-02")
		}
		if a.Text == "" && a.Title == "" {
			continue
		}
		arts = append(arts, a)
	}
	return arts, nil
}

func firstNonEmpty(s ...string) string {
	for _, v := range s {
		if v = strings.TrimSpace(v); v != "" {
			return v
		}
	}
	return ""
}

// blocks are the elements that end a paragraph.
var blocks = map[string]bool{"p": true, "div": true, "br": true, "li": true, "h1": true, "h2": true, "h3": true,
	"h4": true, "h5": true, "h6": true, "blockquote": true, "tr": true, "section": true, "article": true}

// Text turns an HTML fragment (or plain text, which passes through) into
// plain text: tags dropped, entities decoded, script and style skipped,
// block elements becoming paragraph breaks (a blank line).
func Text(fragment string) string {
	if !strings.ContainsAny(fragment, "<&") {
		return clean(fragment)
	}
	z := html.NewTokenizer(strings.NewReader(fragment))
	var b strings.Builder
	skip := 0
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			return clean(b.String())
		case html.TextToken:
			if skip == 0 {
				b.Write(z.Text())
			}
		case html.StartTagToken, html.SelfClosingTagToken, html.EndTagToken:
			name, _ := z.TagName()
			tag := string(name)
			if tag == "script" || tag == "style" {
				if tt == html.StartTagToken {
					skip++
				} else if skip > 0 {
					skip--
				}
				continue
			}
			if blocks[tag] {
				b.WriteString("\n\n")
			}
		}
	}
}

// clean gives single spaces within paragraphs and one blank line between them.
func clean(s string) string {
	s = strings.ToValidUTF8(strings.ReplaceAll(s, "\u00a0", " "), "\uFFFD")
	var b strings.Builder
	for _, para := range strings.Split(strings.ReplaceAll(s, "\r", ""), "\n\n") {
		p := strings.Join(strings.Fields(para), " ")
		if p == "" {
			continue
		}
		if b.Len() > 0 {
			b.WriteString("\n\n")
		}
		b.WriteString(p)
	}
	return b.String()
}
