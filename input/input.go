// Package input reads articles from files, directories and standard input:
// JSON Lines (.jsonl, .ndjson: one article per line with id, title, date,
// text, optional url and source; unknown fields ignored) and plain text (the
// first line is the title when a blank line follows it).
//
// A bad article never stops a batch: each one that cannot be read is handed
// to the callback as an error naming the file and line, and reading goes on.
package input

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/annals-project/annals"
)

// MaxLine is the longest JSON line or plain-text file accepted (64 MiB).
const MaxLine = 64 << 20

// Item is one article read, or the error that stopped one article being read.
// ID names the article (or file:line when it had no id) in either case.
type Item struct {
	Article annals.Article
	Err     error
}

// Options configure a Reader.
type Options struct {
	// Date is the publication date given to plain-text articles (YYYY-MM-DD);
	// empty leaves it unknown.
	Date string
}

// Read reads every path in paths ("-" is standard input, a directory is
// walked recursively for .txt, .jsonl, .ndjson and .json files in name
// order) and calls fn for each article or per-article error. It returns
// early only when ctx is cancelled or fn returns an error.
func Read(ctx context.Context, paths []string, opts Options, stdin io.Reader, fn func(Item) error) error {
	for _, p := range paths {
		if err := ctx.Err(); err != nil {
			return err
		}
		if p == "-" {
			if err := readStream(ctx, "stdin", stdin, opts, true, fn); err != nil {
				return err
			}
			continue
		}
		st, err := os.Stat(p)
		if err != nil {
			if err := fn(Item{Article: annals.Article{ID: p}, Err: fmt.Errorf("read %s: %w", p, err)}); err != nil {
				return err
			}
			continue
		}
		if !st.IsDir() {
			if err := readFile(ctx, p, opts, fn); err != nil {
				return err
			}
			continue
		}
		var files []string
		err = filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				files = append(files, path) // reported when opened
				return nil
			}
			if !d.IsDir() && Supported(path) {
				files = append(files, path)
			}
			return nil
		})
		if err != nil {
			return err
		}
		sort.Strings(files)
		for _, f := range files {
			if err := readFile(ctx, f, opts, fn); err != nil {
				return err
			}
		}
	}
	return nil
}

// Supported reports whether a file's extension is one Read takes from a directory.
func Supported(path string) bool {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".txt", ".jsonl", ".ndjson", ".json", ".text":
		return true
	}
	return false
}

func isJSONL(path string) bool {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".jsonl", ".ndjson", ".json":
		return true
	}
	return false
}

func readFile(ctx context.Context, path string, opts Options, fn func(Item) error) error {
	f, err := os.Open(path)
	if err != nil {
		return fn(Item{Article: annals.Article{ID: path}, Err: fmt.Errorf("read %s: %w", path, err)})
	}
	defer f.Close()
	if isJSONL(path) {
		return readJSONL(ctx, path, f, fn)
	}
	return readPlain(path, f, opts, fn)
}

// readStream sniffs standard input: JSON Lines when the first byte is '{'.
func readStream(ctx context.Context, name string, r io.Reader, opts Options, sniff bool, fn func(Item) error) error {
	br := bufio.NewReaderSize(r, 64*1024)
	if sniff {
		b, _ := br.Peek(64)
		if t := bytes.TrimLeft(b, " \t\r\n\ufeff"); len(t) > 0 && t[0] == '{' {
			return readJSONL(ctx, name, br, fn)
		}
	}
	return readPlain(name, br, opts, fn)
}

// jsonArticle accepts the fields of the contract and ignores others.
type jsonArticle struct {
	ID     json.RawMessage `json:"id"`
	Title  string          `json:"title"`
	Date   string          `json:"date"`
	Text   *string         `json:"text"`
	URL    string          `json:"url"`
	Source string          `json:"source"`
}

func readJSONL(ctx context.Context, name string, r io.Reader, fn func(Item) error) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 1<<20), MaxLine)
	line := 0
	for sc.Scan() {
		line++
		if line%256 == 0 {
			if err := ctx.Err(); err != nil {
				return err
			}
		}
		b := bytes.TrimSpace(sc.Bytes())
		if len(b) == 0 {
			continue
		}
		a, err := decode(b)
		if a.ID == "" || err != nil {
			where := fmt.Sprintf("%s:%d", name, line)
			if a.ID == "" {
				a.ID = where
			}
			if err != nil {
				err = annals.Errorf(annals.EINVALID, "%s: %v", where, err)
			}
		}
		if err := fn(Item{Article: a, Err: err}); err != nil {
			return err
		}
	}
	if err := sc.Err(); err != nil {
		where := fmt.Sprintf("%s:%d", name, line+1)
		if errors.Is(err, bufio.ErrTooLong) {
			err = fmt.Errorf("line longer than %d MiB", MaxLine>>20)
		}
		return fn(Item{Article: annals.Article{ID: where}, Err: annals.Errorf(annals.EINVALID, "%s: %v", where, err)})
	}
	return nil
}

// decode decodes one JSON line, by decodeFlat when it can.
func decode(b []byte) (annals.Article, error) {
	if !utf8.Valid(b) {
		return annals.Article{}, errors.New("invalid UTF-8")
	}
	if a, ok := decodeFlat(b); ok {
		return a, nil
	}
	return decodeJSON(b)
}

// decodeJSON decodes one valid UTF-8 JSON line with encoding/json.
func decodeJSON(b []byte) (annals.Article, error) {
	var j jsonArticle
	if err := json.Unmarshal(b, &j); err != nil {
		// Keep the id, when there is one, so the error record names the article.
		var idOnly struct {
			ID json.RawMessage `json:"id"`
		}
		a := annals.Article{}
		if json.Unmarshal(b, &idOnly) == nil && len(idOnly.ID) > 0 {
			var s string
			if json.Unmarshal(idOnly.ID, &s) == nil {
				a.ID = s
			}
		}
		return a, fmt.Errorf("malformed JSON: %v", err)
	}
	a := annals.Article{Title: j.Title, Date: j.Date, URL: j.URL, Source: j.Source}
	if len(j.ID) > 0 {
		var s string
		if err := json.Unmarshal(j.ID, &s); err == nil {
			a.ID = s
		} else {
			a.ID = string(j.ID) // numeric ids are kept as written
		}
	}
	if j.Text == nil {
		return a, errors.New(`no "text" field`)
	}
	a.Text = *j.Text
	return a, nil
}

func readPlain(name string, r io.Reader, opts Options, fn func(Item) error) error {
	b, err := io.ReadAll(io.LimitReader(r, MaxLine+1))
	id := strings.TrimSuffix(filepath.Base(name), filepath.Ext(name))
	if err != nil {
		return fn(Item{Article: annals.Article{ID: id}, Err: fmt.Errorf("read %s: %w", name, err)})
	}
	if len(b) > MaxLine {
		return fn(Item{Article: annals.Article{ID: id}, Err: annals.Errorf(annals.EINVALID, "%s: larger than %d MiB", name, MaxLine>>20)})
	}
	if !utf8.Valid(b) {
		off := 0
		for off < len(b) {
			r, n := utf8.DecodeRune(b[off:])
			if r == utf8.RuneError && n <= 1 {
				break
			}
			off += n
		}
		return fn(Item{Article: annals.Article{ID: id}, Err: annals.Errorf(annals.EINVALID, "%s: invalid UTF-8 at byte %d (binary file?)", name, off)})
	}
	a := SplitTitle(string(b))
	a.ID, a.Date = id, opts.Date
	return fn(Item{Article: a})
}

// SplitTitle splits plain text into title and body: the first line is the
// title when a blank line follows it.
func SplitTitle(s string) annals.Article {
	s = strings.TrimPrefix(s, "\ufeff")
	first, rest, ok := strings.Cut(s, "\n")
	if ok {
		blank, body, ok2 := strings.Cut(rest, "\n")
		if ok2 && strings.TrimSpace(blank) == "" && strings.TrimSpace(first) != "" {
			return annals.Article{Title: strings.TrimSpace(first), Text: body}
		}
	}
	return annals.Article{Text: s}
}
