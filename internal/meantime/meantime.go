// Package meantime reads the MEANTIME corpus (../shared/suites/meantime-en,
// CC BY 4.0) for tests: one article's tokens rebuilt into a title and a
// text, and its entity mentions mapped onto them, so that every package
// scoring against MEANTIME reads it the same way.
package meantime

import (
	"encoding/xml"
	"fmt"
	"os"
	"strings"
)

// Doc is one article rebuilt from its gold tokens: sentence 0 is the
// title, every later sentence a paragraph of its own, tokens joined by
// single spaces.
type Doc struct {
	Title, Text string
	Mentions    []Mention
	// Limit is the byte offset in Text where the annotated part ends: the
	// end of the sentence of the last mention in the text. MEANTIME
	// annotates only the title and the first few sentences.
	Limit int
}

// Mention is one ENTITY_MENTION markable, from its first to its last
// token.
type Mention struct {
	ID         string
	Syn        string // syntactic type: NAM, PRE.NAM (a modifier), NOM, PRO, ...
	Title      bool   // Start and End index Title, not Text
	Start, End int
	// Refers lists the entities the mention refers to, in the file's
	// order.
	Refers []Entity
}

// Entity is an entity instance a mention refers to.
type Entity struct {
	Type string // PER, LOC, ORG, PRO, FIN, MIX
	Ref  string // external reference (a DBpedia page URL); "" when none
}

// Read reads and rebuilds the MEANTIME file at path.
func Read(path string) (*Doc, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	type id struct {
		ID string `xml:"m_id,attr"`
	}
	var x struct {
		Tokens []struct {
			ID   string `xml:"t_id,attr"`
			Sent int    `xml:"sentence,attr"`
			Text string `xml:",chardata"`
		} `xml:"token"`
		Mentions []struct {
			ID      string `xml:"m_id,attr"`
			Syn     string `xml:"syntactic_type,attr"`
			Anchors []struct {
				ID string `xml:"t_id,attr"`
			} `xml:"token_anchor"`
		} `xml:"Markables>ENTITY_MENTION"`
		Entities []struct {
			ID   string `xml:"m_id,attr"`
			Type string `xml:"ent_type,attr"`
			Ref  string `xml:"external_ref,attr"`
		} `xml:"Markables>ENTITY"`
		RefersTo []struct {
			Sources []id `xml:"source"`
			Target  id   `xml:"target"`
		} `xml:"Relations>REFERS_TO"`
	}
	if err := xml.Unmarshal(raw, &x); err != nil {
		return nil, fmt.Errorf("meantime: %s: %w", path, err)
	}
	type pos struct {
		title      bool
		start, end int
	}
	at := map[string]pos{}
	var title, body strings.Builder
	sent := -1
	for _, t := range x.Tokens {
		w := strings.TrimSpace(t.Text)
		b := &body
		if t.Sent == 0 {
			b = &title
		} else if body.Len() > 0 && t.Sent != sent {
			body.WriteString("\n\n")
		}
		if b.Len() > 0 && (t.Sent == 0 || t.Sent == sent) {
			b.WriteByte(' ')
		}
		if t.Sent != 0 {
			sent = t.Sent
		}
		at[t.ID] = pos{t.Sent == 0, b.Len(), b.Len() + len(w)}
		b.WriteString(w)
	}
	entities := map[string]Entity{}
	for _, e := range x.Entities {
		entities[e.ID] = Entity{e.Type, e.Ref}
	}
	refers := map[string][]Entity{}
	for _, r := range x.RefersTo {
		if e, ok := entities[r.Target.ID]; ok {
			for _, s := range r.Sources {
				refers[s.ID] = append(refers[s.ID], e)
			}
		}
	}
	d := &Doc{Title: title.String(), Text: body.String()}
	for _, m := range x.Mentions {
		if len(m.Anchors) == 0 {
			continue
		}
		a, ok1 := at[m.Anchors[0].ID]
		b, ok2 := at[m.Anchors[len(m.Anchors)-1].ID]
		if !ok1 || !ok2 || a.title != b.title {
			continue
		}
		if !a.title {
			d.Limit = max(d.Limit, b.end)
		}
		d.Mentions = append(d.Mentions, Mention{ID: m.ID, Syn: m.Syn, Title: a.title, Start: a.start, End: b.end, Refers: refers[m.ID]})
	}
	if i := strings.Index(d.Text[d.Limit:], "\n\n"); i >= 0 {
		d.Limit += i
	} else {
		d.Limit = len(d.Text)
	}
	return d, nil
}
