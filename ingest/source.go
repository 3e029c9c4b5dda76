package ingest

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"io"
	"io/fs"
	"mime"
	"net/http"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/annals-project/annals"
	"github.com/annals-project/annals/feed"
	"github.com/annals-project/annals/html"
	"github.com/annals-project/annals/input"
)

// kind is what a source holds.
type kind int

const (
	kindOther kind = iota // not ingested from a directory
	kindInput             // text or JSON Lines: package input
	kindFeed
	kindHTML
)

func kindOf(path string) kind {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".rss", ".atom", ".xml":
		return kindFeed
	case ".html", ".htm", ".xhtml":
		return kindHTML
	}
	if input.Supported(path) {
		return kindInput
	}
	return kindOther
}

func isURL(s string) bool {
	return strings.HasPrefix(s, "http://") || strings.HasPrefix(s, "https://")
}

// Read reads every source — files, directories (recursively, in name
// order), JSON Lines, RSS/Atom feeds and HTML pages given as files or
// http(s) URLs, and "-" for standard input — and calls fn for each article
// or per-input error, as [input.Read] does. Errors name the input.
func Read(ctx context.Context, sources []string, client *http.Client, stdin io.Reader, fn func(input.Item) error) error {
	if client == nil {
		client = http.DefaultClient
	}
	for _, src := range sources {
		if err := ctx.Err(); err != nil {
			return err
		}
		var err error
		switch {
		case src == "-":
			err = input.Read(ctx, []string{"-"}, input.Options{}, stdin, fn)
		case isURL(src):
			err = readURL(ctx, client, src, fn)
		default:
			err = readPath(ctx, src, stdin, fn)
		}
		if err != nil {
			return err
		}
	}
	return nil
}

func fail(fn func(input.Item) error, id string, err error) error {
	return fn(input.Item{Article: annals.Article{ID: id}, Err: err})
}

func readPath(ctx context.Context, path string, stdin io.Reader, fn func(input.Item) error) error {
	st, err := os.Stat(path)
	if err != nil {
		return fail(fn, path, fmt.Errorf("read %s: %w", path, err))
	}
	if !st.IsDir() {
		return readFile(ctx, path, kindOf(path), stdin, fn)
	}
	var files []string
	err = filepath.WalkDir(path, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			files = append(files, p) // reported when opened
			return nil
		}
		if !d.IsDir() && kindOf(p) != kindOther {
			files = append(files, p)
		}
		return nil
	})
	if err != nil {
		return err
	}
	sort.Strings(files)
	for _, f := range files {
		if err := ctx.Err(); err != nil {
			return err
		}
		if err := readFile(ctx, f, kindOf(f), stdin, fn); err != nil {
			return err
		}
	}
	return nil
}

func readFile(ctx context.Context, path string, k kind, stdin io.Reader, fn func(input.Item) error) error {
	switch k {
	case kindFeed, kindHTML:
		f, err := os.Open(path)
		if err != nil {
			return fail(fn, path, fmt.Errorf("read %s: %w", path, err))
		}
		defer f.Close()
		if k == kindFeed {
			return emitFeed(f, path, fn)
		}
		return emitHTML(f, path, "", fn)
	}
	// Anything else is text or JSON Lines, whatever its extension.
	return input.Read(ctx, []string{path}, input.Options{}, stdin, fn)
}

func emitFeed(r io.Reader, name string, fn func(input.Item) error) error {
	arts, err := feed.Read(r, name)
	if err != nil {
		return fail(fn, name, err)
	}
	for _, a := range arts {
		if err := fn(input.Item{Article: a}); err != nil {
			return err
		}
	}
	return nil
}

func emitHTML(r io.Reader, name, pageURL string, fn func(input.Item) error) error {
	a, err := html.Read(r, pageURL)
	if err != nil {
		return fail(fn, name, fmt.Errorf("%s: %w", name, err))
	}
	if a.ID == "" {
		a.ID = strings.TrimSuffix(filepath.Base(name), filepath.Ext(name))
	}
	return fn(input.Item{Article: a})
}

// readURL fetches a feed or a page; the content type, or failing that the
// first bytes, say which.
func readURL(ctx context.Context, client *http.Client, u string, fn func(input.Item) error) error {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u, nil)
	if err != nil {
		return fail(fn, u, fmt.Errorf("fetch %s: %w", u, err))
	}
	req.Header.Set("User-Agent", "annals (news event coder)")
	resp, err := client.Do(req)
	if err != nil {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		return fail(fn, u, fmt.Errorf("fetch %s: %w", u, err))
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return fail(fn, u, fmt.Errorf("fetch %s: %s", u, resp.Status))
	}
	br := bufio.NewReaderSize(resp.Body, 4096)
	ct, _, _ := mime.ParseMediaType(resp.Header.Get("Content-Type"))
	head, _ := br.Peek(1024)
	switch {
	case strings.Contains(ct, "rss") || strings.Contains(ct, "atom") || strings.HasSuffix(ct, "/xml") ||
		ct == "application/feed+json" || looksLikeFeed(head):
		return emitFeed(br, u, fn)
	case strings.HasPrefix(ct, "text/plain"):
		b, err := io.ReadAll(io.LimitReader(br, input.MaxLine))
		if err != nil {
			return fail(fn, u, fmt.Errorf("fetch %s: %w", u, err))
		}
		a := input.SplitTitle(string(b))
		a.ID, a.URL = u, u
		return fn(input.Item{Article: a})
	}
	return emitHTML(br, u, u, fn)
}

func looksLikeFeed(head []byte) bool {
	h := bytes.ToLower(bytes.TrimSpace(head))
	if bytes.HasPrefix(h, []byte("<!doctype html")) || bytes.HasPrefix(h, []byte("<html")) {
		return false
	}
	return bytes.HasPrefix(h, []byte("<?xml")) || bytes.Contains(h, []byte("<rss")) || bytes.Contains(h, []byte("<feed"))
}

func countSource(src string) int {
	if src == "-" || isURL(src) {
		return -1
	}
	st, err := os.Stat(src)
	if err != nil {
		return 1
	}
	if !st.IsDir() {
		return countFile(src)
	}
	n := 0
	filepath.WalkDir(src, func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && kindOf(p) != kindOther {
			if c := countFile(p); c > 0 {
				n += c
			}
		}
		return nil
	})
	return n
}

func countFile(path string) int {
	switch kindOf(path) {
	case kindFeed:
		return -1
	case kindInput:
		switch strings.ToLower(filepath.Ext(path)) {
		case ".jsonl", ".ndjson", ".json":
		default:
			return 1
		}
	default:
		return 1
	}
	f, err := os.Open(path)
	if err != nil {
		return 1
	}
	defer f.Close()
	n := 0
	buf := make([]byte, 256<<10)
	for {
		k, err := f.Read(buf)
		n += bytes.Count(buf[:k], []byte{'\n'})
		if err != nil {
			break
		}
	}
	return n
}
