package feed_test

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/annals-project/annals"
	"github.com/annals-project/annals/feed"
)

const atom = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Example Wire</title><link href="https://www.example.org/"/>
<entry><title>Envoys &amp; ministers meet</title><link href="https://www.example.org/a/1"/><id>urn:1</id>
<updated>2021-10-12T23:30:00-02:00</updated>
<content type="html">&lt;p&gt;Taliban envoys met EU officials.&lt;/p&gt;&lt;script&gt;track()&lt;/script&gt;&lt;p&gt;Talks  went
on.&lt;/p&gt;</content></entry>
<entry><title></title><id>urn:2</id></entry>
</feed>`

func TestRead(t *testing.T) {
	arts, err := feed.Read(strings.NewReader(atom), "wire.atom")
	if err != nil {
		t.Fatal(err)
	}
	if len(arts) != 1 {
		t.Fatalf("got %d articles, want 1 (the empty entry skipped)", len(arts))
	}
	want := annals.Article{ID: "urn:1", Title: "Envoys & ministers meet", Date: "2021-10-13",
		Text: "Taliban envoys met EU officials.\n\nTalks went on.", URL: "https://www.example.org/a/1", Source: "example.org"}
	if arts[0] != want {
		t.Errorf("got  %+v\nwant %+v", arts[0], want)
	}
}

func TestReadMalformed(t *testing.T) {
	for name, in := range map[string]string{
		"cut off":  `<?xml version="1.0"?><rss><channel><item><title>Cut`,
		"not xml":  `hello world`,
		"html":     `<html><body>no feed</body></html>`,
		"empty":    ``,
		"bad json": `{"version": "https://jsonfeed.org/version/1", "items": 3}`,
	} {
		_, err := feed.Read(strings.NewReader(in), "bad.xml")
		if err == nil {
			t.Errorf("%s: no error", name)
			continue
		}
		if annals.ErrorCode(err) != annals.EINVALID || !strings.Contains(err.Error(), "bad.xml") {
			t.Errorf("%s: error %v does not name the feed or is not EINVALID", name, err)
		}
	}
}

func TestText(t *testing.T) {
	tests := []struct{ in, want string }{
		{"plain  text\n", "plain text"},
		{"<p>One &amp; two</p><p>three<br>four</p>", "One & two\n\nthree\n\nfour"},
		{"a<style>p{}</style>b", "ab"},
		{"<b>bold</b> and <i>it</i>", "bold and it"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := feed.Text(tt.in); got != tt.want {
			t.Errorf("Text(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func FuzzRead(f *testing.F) {
	f.Add(atom)
	f.Add(`<?xml version="1.0"?><rss version="2.0"><channel><item><title>T</title><description>d &lt;b&gt;x&lt;/b&gt;</description></item></channel></rss>`)
	f.Add(`{"version": "https://jsonfeed.org/version/1.1", "title": "J", "items": [{"id": "1", "content_text": "hi"}]}`)
	f.Add(`<rss><channel><item>`)
	f.Fuzz(func(t *testing.T, in string) {
		arts, err := feed.Read(strings.NewReader(in), "fuzz")
		if err != nil {
			if annals.ErrorCode(err) != annals.EINVALID {
				t.Fatalf("error %v is not EINVALID", err)
			}
			return
		}
		for _, a := range arts {
			if a.ID == "" || a.Text == "" && a.Title == "" {
				t.Fatalf("article without id or content: %+v", a)
			}
			if !utf8.ValidString(a.Text) || !utf8.ValidString(a.Title) {
				t.Fatalf("invalid UTF-8: %+v", a)
			}
		}
	})
}
