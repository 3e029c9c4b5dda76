package html_test

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/annals-project/annals"
	"github.com/annals-project/annals/html"
)

const page = `<!DOCTYPE html><html><head><title>Ministers meet in Geneva - Example News</title>
<meta property="article:published_time" content="2021-10-12T08:00:00Z"></head>
<body><nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li></ul></nav>
<div class="ad">Buy now!</div>
<article><h1>Ministers meet in Geneva</h1>
<p>Foreign ministers from Turkey and Syria met in Geneva on Tuesday to discuss the border, officials said after the meeting ended late in the evening.</p>
<p>Iranian officials welcomed the talks and said they hoped for a lasting agreement between the two neighbours before the winter.</p>
<p>Russian diplomats attended as observers, according to a statement released by the foreign ministry in Moscow.</p>
</article>
<footer>Copyright 2021 Example News. All rights reserved.</footer></body></html>`

func TestRead(t *testing.T) {
	a, err := html.Read(strings.NewReader(page), "https://www.example.com/world/geneva")
	if err != nil {
		t.Fatal(err)
	}
	if a.Date != "2021-10-12" || a.URL != "https://www.example.com/world/geneva" || a.Source != "example.com" {
		t.Errorf("metadata = %q %q %q", a.Date, a.URL, a.Source)
	}
	if !strings.Contains(a.Title, "Ministers meet in Geneva") {
		t.Errorf("title = %q", a.Title)
	}
	paras := strings.Split(a.Text, "\n\n")
	if !strings.HasPrefix(a.Text, "Foreign ministers") && !strings.HasPrefix(a.Text, "Ministers meet") {
		t.Errorf("text starts %q", a.Text[:min(40, len(a.Text))])
	}
	if len(paras) < 3 || !strings.Contains(a.Text, "Russian diplomats attended") {
		t.Errorf("text has %d paragraphs:\n%s", len(paras), a.Text)
	}
	for _, junk := range []string{"Home", "Buy now", "Copyright"} {
		if strings.Contains(a.Text, junk) {
			t.Errorf("text keeps %q:\n%s", junk, a.Text)
		}
	}
}

func TestReadNoBody(t *testing.T) {
	for name, in := range map[string]string{
		"no body": `<html><head><title>Empty</title></head></html>`,
		"empty":   ``,
		"binary":  "\x89PNG\r\n\x1a\n\x00\x00",
	} {
		_, err := html.Read(strings.NewReader(in), "")
		if annals.ErrorCode(err) != annals.EINVALID {
			t.Errorf("%s: error %v, want EINVALID", name, err)
		}
	}
}

func TestClean(t *testing.T) {
	got := html.Clean("  One\u00a0 two \r\n\n\n three\n")
	if got != "One two\n\nthree" {
		t.Errorf("Clean = %q", got)
	}
}

func FuzzRead(f *testing.F) {
	f.Add(page)
	f.Add(`<html><body><p>Short.</p></body></html>`)
	f.Add(`<p>unclosed <div><p>`)
	f.Fuzz(func(t *testing.T, in string) {
		a, err := html.Read(strings.NewReader(in), "https://example.com/x")
		if err != nil {
			return
		}
		if a.Text == "" || !utf8.ValidString(a.Text) || !utf8.ValidString(a.Title) {
			t.Fatalf("bad article %+v", a)
		}
		if strings.Contains(a.Text, "\n\n\n") || strings.HasPrefix(a.Text, " ") {
			t.Fatalf("text not cleaned: %q", a.Text)
		}
	})
}
