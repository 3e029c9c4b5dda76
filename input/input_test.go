package input_test

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/annals-project/annals"
	"github.com/annals-project/annals/input"
)

func readAll(t *testing.T, paths []string, stdin string) []input.Item {
	t.Helper()
	var out []input.Item
	err := input.Read(context.Background(), paths, input.Options{Date: "2021-10-13"}, strings.NewReader(stdin), func(it input.Item) error {
		out = append(out, it)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func write(t *testing.T, dir, name, body string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestRead(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, "a.txt", "Taliban Meet EU Envoys\n\nThe Taliban met EU envoys in Doha.\n")
	write(t, dir, "sub/b.jsonl", `{"id":"b1","title":"T","date":"2021-10-12","text":"Body one.","extra":[1,2]}
{"id": 7, "text": "Numeric id."}
{"id":"bad","text": 5}
not json
{"id":"notext"}

{"text":"No id."}
`)
	write(t, dir, "c.bin", "\x00\x01")        // not a supported extension: skipped in a directory
	write(t, dir, "d.txt", "caf\xe9 au lait") // invalid UTF-8
	items := readAll(t, []string{dir, filepath.Join(dir, "missing.txt")}, "")
	type want struct {
		id, title, text, date string
		err                   string
	}
	wants := []want{
		{id: "a", title: "Taliban Meet EU Envoys", text: "The Taliban met EU envoys in Doha.\n", date: "2021-10-13"},
		{id: "d", err: "invalid UTF-8 at byte 3"},
		{id: "b1", title: "T", text: "Body one.", date: "2021-10-12"},
		{id: "7", text: "Numeric id."},
		{id: "bad", err: "malformed JSON"},
		{id: "sub/b.jsonl:4", err: "b.jsonl:4: malformed JSON"},
		{id: "notext", err: `no "text" field`},
		{id: "sub/b.jsonl:7", text: "No id."},
		{id: "missing.txt", err: "missing.txt"},
	}
	if len(items) != len(wants) {
		for _, it := range items {
			t.Logf("%+v", it)
		}
		t.Fatalf("read %d items, want %d", len(items), len(wants))
	}
	for i, w := range wants {
		it := items[i]
		if !strings.HasSuffix(it.Article.ID, w.id) {
			t.Errorf("item %d id %q, want suffix %q", i, it.Article.ID, w.id)
		}
		if w.err != "" {
			if it.Err == nil || !strings.Contains(it.Err.Error(), w.err) {
				t.Errorf("item %d (%s) err = %v, want it to mention %q", i, w.id, it.Err, w.err)
			}
			continue
		}
		if it.Err != nil || it.Article.Title != w.title || it.Article.Text != w.text || it.Article.Date != w.date {
			t.Errorf("item %d = %+v, %v; want %+v", i, it.Article, it.Err, w)
		}
	}
	if code := annals.ErrorCode(items[1].Err); code != annals.EINVALID {
		t.Errorf("invalid UTF-8 gives code %q, want EINVALID", code)
	}
}

func TestReadStdin(t *testing.T) {
	items := readAll(t, []string{"-"}, "  {\"id\":\"s\",\"text\":\"From stdin.\"}\n")
	if len(items) != 1 || items[0].Article.ID != "s" || items[0].Article.Text != "From stdin." {
		t.Errorf("JSON Lines on stdin: %+v", items)
	}
	items = readAll(t, []string{"-"}, "Headline\n\nBody text.")
	if len(items) != 1 || items[0].Article.Title != "Headline" || items[0].Article.Text != "Body text." {
		t.Errorf("plain text on stdin: %+v", items)
	}
}

func TestSplitTitle(t *testing.T) {
	tests := []struct{ in, title, text string }{
		{"Title\n\nBody", "Title", "Body"},
		{"Title\n  \nBody", "Title", "Body"},
		{"No blank line\nBody", "", "No blank line\nBody"},
		{"\ufeffTitle\n\nBody", "Title", "Body"},
		{"Only one line", "", "Only one line"},
		{"\n\nBody", "", "\n\nBody"},
	}
	for _, tt := range tests {
		a := input.SplitTitle(tt.in)
		if a.Title != tt.title || a.Text != tt.text {
			t.Errorf("SplitTitle(%q) = %q, %q; want %q, %q", tt.in, a.Title, a.Text, tt.title, tt.text)
		}
	}
}

// TestHugeLine checks that a line longer than the limit is one clear error
// and the lines after it are not read as garbage.
func TestHugeLine(t *testing.T) {
	var b bytes.Buffer
	b.WriteString(`{"id":"ok","text":"fine"}` + "\n")
	b.WriteString(`{"id":"huge","text":"`)
	b.Write(bytes.Repeat([]byte("x"), input.MaxLine+10))
	b.WriteString("\"}\n")
	dir := t.TempDir()
	p := write(t, dir, "h.jsonl", b.String())
	items := readAll(t, []string{p}, "")
	if len(items) != 2 || items[0].Err != nil || items[1].Err == nil || !strings.Contains(items[1].Err.Error(), "h.jsonl:2") {
		t.Fatalf("items = %d; second err = %v", len(items), items[len(items)-1].Err)
	}
}

// FuzzReadStream feeds arbitrary bytes as standard input: reading must not
// panic, and every item is either an article with text or an error.
func FuzzReadStream(f *testing.F) {
	f.Add([]byte(`{"id":"a","text":"x"}` + "\n{bad\n"))
	f.Add([]byte("Title\n\nBody"))
	f.Add([]byte("\xff\xfe\x00"))
	f.Fuzz(func(t *testing.T, b []byte) {
		err := input.Read(context.Background(), []string{"-"}, input.Options{}, bytes.NewReader(b), func(it input.Item) error {
			if it.Err == nil && it.Article.ID == "" {
				t.Fatalf("article without id from %q", b)
			}
			return nil
		})
		if err != nil {
			t.Fatalf("Read returned %v", err)
		}
	})
}
