package entity

import (
	"cmp"
	"context"
	"fmt"
	"math"
	"slices"
	"strings"
	"sync"

	"github.com/annals-project/annals"
	"github.com/annals-project/annals/actor"
	"github.com/annals-project/annals/dict"
	"github.com/annals-project/annals/internal/wordtab"
)

// Entity sources, as in annals.Entity.Source.
const (
	SourceDictionary = "dictionary" // the code is a dictionary entry's
	SourceContext    = "context"    // the code was composed from a title and an affiliation
)

// Resolver builds a Doc's entities and resolves its coreferences. It holds
// only the compiled dictionary and a lookup table built by New, so it is
// immutable and safe for concurrent use on different Docs.
type Resolver struct {
	dict    *dict.Dict
	entries wordtab.Table // the dictionary's distinct actor entries
	byEntry []*dict.Actor // byEntry[id]: the last actor of entry id
	states  sync.Pool     // *state, reused so each Doc's tables cost no allocation
}

// New returns a Resolver over d, the dictionary the actor stage used: the
// actor mentions' Entry fields are looked up in it to find a person's
// dictionary role and affiliation.
func New(d *dict.Dict) *Resolver {
	r := &Resolver{dict: d}
	ids := make(map[string]int, len(d.Actors))
	var keys []string
	for i := range d.Actors {
		a := &d.Actors[i]
		if id, ok := ids[a.Entry]; ok {
			r.byEntry[id] = a
			continue
		}
		ids[a.Entry] = len(keys)
		keys = append(keys, a.Entry)
		r.byEntry = append(r.byEntry, a)
	}
	r.entries = wordtab.New(keys)
	return r
}

// actorOf returns the dictionary's actor of entry, the last of that entry,
// or nil. A table probe costs a fraction of a map lookup's instructions,
// and every actor mention of every article asks one (issue 2).
func (r *Resolver) actorOf(entry string) *dict.Actor {
	if id, ok := r.entries.Find(entry); ok {
		return r.byEntry[id]
	}
	return nil
}

// Annotate appends doc's entities to doc.Entities, links the mentions it
// merged (Mention.Entity), appends implied actor mentions for resolved
// pronoun and role-noun subjects, and fills quote speakers' names and codes.
// It needs the text, tag, actor and quote layers; it returns only ctx's error.
func (r *Resolver) Annotate(ctx context.Context, doc *annals.Doc) error {
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("entity: %w", err)
	}
	s := newState(r, doc)
	s.dictionaryMentions()
	s.patternNames()
	s.resolve()
	s.finish()
	s.release()
	return nil
}

// entInfo is what the resolver knows about an entity beyond annals.Entity.
type entInfo struct {
	// An entity is keyed by its kind, keyEntry (a dictionary entry) or
	// keyName (a name found in context), and that entry or name: the two
	// fields stand for the string kind+":"+name without building it.
	keyKind  byte
	key      string
	entry    string       // dictionary entry, "" for an entity found in context
	last     string       // normalised last word of a person's name
	name     annals.Range // a person's whole name where first found, for partial references
	gender   byte         // 'm' or 'f' once a pronoun or honorific said so
	person   bool
	textRole bool   // the role came from the article, not the dictionary
	roleText string // the agents dictionary's role text for the role
	roleWord string // last word of the role, lower case
	first    int    // byte offset of the first body mention, for ordering
}

// ref is one mention of an entity.
type ref struct {
	toks     annals.Range
	bs, be   int // byte offsets
	body     bool
	ent      int
	mention  int  // index into doc.Mentions, or -1
	coref    bool // a pronoun or role noun
	subject  bool
	salient  bool // a subject or a quote's speaker
	implicit bool // append an implied ActorMention for it
}

type state struct {
	r        *Resolver
	doc      *annals.Doc
	toks     []annals.Token
	date     int32
	ents     []annals.Entity
	info     []entInfo
	persons  int     // how many of info are people
	owner    []int32 // per token: 0 free, -1 a non-person actor, place or time, e+1 a person
	vg       []int32 // per token: index+1 of the verb group starting there
	first    []bool  // per token: first word of a clause
	agentAt  []int32 // per token: index+1 of the agent mention starting there
	refs     []ref
	speakers [][2]int // byte spans of quote speakers
	tables   []int32  // the memory of owner, agentAt and vg, kept when pooled
}

// release empties s, keeping its slices' memory but no reference to the
// Doc, and returns it to r's pool.
func (s *state) release() {
	clear(s.ents)
	clear(s.info)
	clear(s.refs)
	r := s.r
	*s = state{tables: s.tables, first: s.first[:0], ents: s.ents[:0], info: s.info[:0], refs: s.refs[:0], speakers: s.speakers[:0]}
	r.states.Put(s)
}

func newState(r *Resolver, doc *annals.Doc) *state {
	n := len(doc.Tokens)
	s, _ := r.states.Get().(*state)
	if s == nil {
		s = new(state)
	}
	// One allocation, kept between Docs, for the per-token tables.
	buf := s.tables
	if cap(buf) < 3*n+1 {
		buf = make([]int32, 3*n+1)
		s.tables = buf
	} else {
		buf = buf[:3*n+1]
		clear(buf)
	}
	first := s.first[:cap(s.first)]
	if len(first) < n+1 {
		first = make([]bool, n+1)
	} else {
		first = first[:n+1]
		clear(first)
	}
	s.r, s.doc, s.toks, s.date = r, doc, doc.Tokens, actor.DateInt(doc)
	s.owner = buf[:n:n]
	s.agentAt = buf[n : 2*n : 2*n]
	s.vg = buf[2*n:]
	s.first = first
	for i, v := range doc.Verbs {
		if v.Tokens.Start >= 0 && v.Tokens.Start < n {
			s.vg[v.Tokens.Start] = int32(i + 1)
		}
	}
	mark := func(r annals.Range) {
		for k := r.Start; k < r.End && k < n; k++ {
			t := &s.toks[k]
			if t.Tag == annals.CC || t.Tag == annals.COMMA || t.Tag == annals.QUOTE || t.Tag == annals.PUNCT || t.Tag == annals.STOP {
				continue
			}
			if k >= 0 {
				s.first[k] = true
			}
			return
		}
	}
	for _, c := range doc.Clauses {
		mark(c.Tokens)
	}
	for _, st := range doc.Sentences {
		mark(st.Tokens)
	}
	for _, q := range doc.Quotes {
		if q.Speaker != nil {
			s.speakers = append(s.speakers, [2]int{q.Speaker.Start, q.Speaker.End})
		}
	}
	return s
}

// Kinds of entity key (entInfo.keyKind).
const (
	keyEntry byte = 'e' // a dictionary entry
	keyName  byte = 'n' // a person's name found in context
)

// entity returns the index of the entity keyed by kind and key, creating it
// from e.
func (s *state) entity(kind byte, key string, e annals.Entity, info entInfo) int {
	// Articles name few entities: a linear search beats a map.
	for i := range s.info {
		if s.info[i].keyKind == kind && s.info[i].key == key {
			return i
		}
	}
	info.keyKind, info.key = kind, key
	info.first = -1
	s.ents = append(s.ents, e)
	s.info = append(s.info, info)
	if info.person {
		s.persons++
	}
	return len(s.ents) - 1
}

// addRef records a mention of entity e over tokens tr (bytes from the tokens,
// or part when it is not empty).
func (s *state) addRef(e int, tr annals.Range, part annals.Range, mention int, coref bool) {
	if tr.Len() <= 0 {
		return
	}
	si := s.doc.SentenceOf(tr.Start)
	if si < 0 {
		return
	}
	rf := ref{toks: tr, ent: e, mention: mention, coref: coref, body: !s.doc.Sentences[si].Title}
	rf.bs, rf.be = int(s.toks[tr.Start].Start), int(s.toks[tr.End-1].End)
	if part.Len() > 0 {
		rf.bs, rf.be = part.Start, part.End
	}
	if s.info[e].person {
		for k := tr.Start; k < tr.End; k++ {
			s.owner[k] = int32(e + 1)
		}
	}
	s.refs = append(s.refs, rf)
}

// claim marks tokens as taken by a non-person mention.
func (s *state) claim(r annals.Range) {
	for k := max(r.Start, 0); k < r.End && k < len(s.owner); k++ {
		if s.owner[k] == 0 {
			s.owner[k] = -1
		}
	}
}

// dictionaryMentions is pass 1: entities from the actor stage's mentions.
func (s *state) dictionaryMentions() {
	doc := s.doc
	for mi := range doc.Mentions {
		m := &doc.Mentions[mi]
		switch m.Kind {
		case annals.PlaceMention, annals.TimeMention:
			if m.Part.Len() == 0 {
				s.claim(m.Tokens)
			}
			continue
		case annals.AgentMention:
			if m.Tokens.Start >= 0 && m.Tokens.Start < len(s.agentAt) {
				s.agentAt[m.Tokens.Start] = int32(mi + 1)
			}
			continue
		case annals.ActorMention:
		default:
			continue
		}
		if m.Tokens.Start < 0 || m.Tokens.End > len(s.toks) || m.Tokens.Len() <= 0 {
			continue
		}
		a := s.r.actorOf(m.Entry)
		switch {
		case m.Type == "PERSON" && a != nil && a.Type == "PERSON":
			ns := s.nameStart(m, a)
			t := s.title(ns, m.Tokens.Start)
			e := s.entity(keyEntry, a.Entry, annals.Entity{
				Name: a.Name, Type: "PERSON", Role: a.Role, Affiliation: a.Aff,
				Code: m.Code, Source: SourceDictionary,
			}, entInfo{entry: a.Entry, person: true, last: s.toks[m.Tokens.End-1].Norm, name: annals.Range{Start: ns, End: m.Tokens.End}})
			s.setTitle(e, t)
			s.addRef(e, annals.Range{Start: ns, End: m.Tokens.End}, annals.Range{}, mi, false)
			s.affiliationInside(t, m.Tokens)
			s.claim(m.Tokens)
		case m.Type == "PERSON":
			// A titled person the dictionary does not know: the name is the
			// capitalised words that end the mention.
			ns := m.Tokens.End
			lo, te := s.postEnd(m.Tokens) // "Ambassador to Peking Octavio Valerio"
			for ns > lo && m.Tokens.End-ns < 4 && nameWord(&s.toks[ns-1]) && !isHead(&s.toks[ns-1]) {
				ns--
			}
			if m.Tokens.End-ns < 2 || s.orgName(annals.Range{Start: ns, End: m.Tokens.End}) {
				continue
			}
			if te == 0 {
				te = ns
			}
			t := s.title(te, m.Tokens.Start)
			s.contextPerson(annals.Range{Start: ns, End: m.Tokens.End}, t, mi)
			s.affiliationInside(t, m.Tokens)
			s.claim(m.Tokens)
		default:
			if m.Part.Len() == 0 {
				s.claim(m.Tokens)
			}
			if a == nil || m.Capital || (a.Type != "ORG" && a.Type != "GROUP") || m.Role != "" {
				continue
			}
			code := a.CodeAt(s.date)
			if code == "" {
				continue
			}
			e := s.entity(keyEntry, a.Entry, annals.Entity{Name: a.Name, Type: a.Type, Code: code, Source: SourceDictionary}, entInfo{entry: a.Entry})
			tr := m.Tokens
			if tr.Len() > 1 && s.toks[tr.Start].Norm == "the" {
				tr.Start++
			}
			s.addRef(e, tr, m.Part, mi, false)
		}
	}
}

// nameStart returns where a dictionary person's name starts inside mention
// m, after any title the actor stage included ("EU spokesperson Nabila
// Massrali").
func (s *state) nameStart(m *annals.Mention, a *dict.Actor) int {
	for j := m.Tokens.Start; j < m.Tokens.End; j++ {
		if end, b := s.r.dict.MatchActor(s.toks, j); b != nil && b.Entry == a.Entry && end == m.Tokens.End {
			return j
		}
	}
	return m.Tokens.Start
}

// titled is a title found next to a name.
type titled struct {
	role    annals.Range // the role words; empty when none
	aff     *dict.Actor
	affCode string
	affToks annals.Range // where the affiliation is named
	gender  byte
}

// title finds the title that ends right before token ns, looking no further
// left than the sentence start; lo is a token the title may reach even if
// something claimed it (the start of the actor stage's mention).
func (s *state) title(ns, lo int) titled {
	var t titled
	si := s.doc.SentenceOf(ns)
	if si < 0 {
		return t
	}
	start := s.doc.Sentences[si].Tokens.Start
	k := ns - 1
	roleEnd := ns
	if k >= start && !isHead(&s.toks[k]) {
		k = s.officeFor(ns, start) // "Minister of State for Finance Tom Hockin"
	}
	if k < start || !isHead(&s.toks[k]) {
		return t
	}
	j := k
	for j > start && k-j < 5 {
		p := j - 1
		if a, code, st := s.actorEnding(j, start); a != nil {
			t.aff, t.affCode, t.affToks = a, code, annals.Range{Start: st, End: j}
			break
		}
		if code, st := s.bodyBefore(j, start); code != "" {
			t.affCode, t.affToks = code, annals.Range{Start: st, End: j} // round 56
			break
		}
		// Lower-case words are never names, so another mention's claim
		// on them does not matter ("France's foreign minister, X").
		if !titleWord(s.toks, p) && !s.roleFrom(p, k) || (s.owner[p] != 0 && p < lo && s.toks[p].Flags&annals.Cap != 0) {
			break
		}
		j = p
	}
	if t.aff == nil && t.affCode == "" && j-1 > start && s.toks[j-1].Tag != annals.POS {
		j = s.longOffice(j, k, start, lo)
	}
	if t.aff == nil && j-1 > start && s.toks[j-1].Tag == annals.POS {
		var st int
		t.aff, t.affCode, st = s.actorEnding(j-1, start)
		t.affToks = annals.Range{Start: st, End: j - 1}
	}
	// An honorific names no role: "Mr Smith".
	if g, ok := honorifics[s.toks[k].Norm]; ok {
		t.gender = g
		if j == k {
			return t
		}
		k--
	}
	t.role = annals.Range{Start: j, End: max(k+1, roleEnd)}
	return t
}

// officeFor returns the head of a title whose field follows "for" and ends
// right before token ns ("Secretary of State for Economic Affairs", "Minister
// for Trade and Industry"), or -1: the words after "for" must be office
// fields, "and" or capitalised modifiers of a field.
func (s *state) officeFor(ns, start int) int {
	p := ns - 1
	if p < start || !officeFieldSet.Has(s.toks[p].Norm) {
		return -1
	}
	for p > start && ns-p < 6 && s.toks[p].Norm != "for" {
		if t := &s.toks[p]; t.Norm != "and" && t.Flags&annals.Cap == 0 {
			return -1
		}
		p--
	}
	if s.toks[p].Norm != "for" {
		return -1
	}
	p--
	if p-1 > start && s.toks[p].Norm == "state" && s.toks[p-1].Norm == "of" {
		p -= 2 // "Minister of State for"
	}
	if p < start || !isHead(&s.toks[p]) {
		return -1
	}
	return p
}

// longOffice returns where a state office named by more capitalised words
// than the title walk takes starts, when a country's possessive stands
// right before them: "Tanzania's Agriculture and Livestock Development
// Minister", "Turkey's European Affairs Minister". j is where the walk
// stopped, k the title's head. The words must be free capitalised words or
// "and", and the role a state office, so that "Japan's Toshiba Corp
// President" (a firm the actor stage claims) gives nothing. It returns j
// unchanged when no such possessive is found.
func (s *state) longOffice(j, k, start, lo int) int {
	for q := j - 1; q > start && k-q < 8; q-- {
		t := &s.toks[q]
		if t.Tag == annals.POS {
			if q+1 == j || s.toks[q+1].Flags&annals.Cap == 0 {
				return j
			}
			a, _, _ := s.actorEnding(q, start)
			if a == nil || a.Type != "COUNTRY" {
				return j
			}
			if code, _ := s.roleCode(annals.Range{Start: q + 1, End: k + 1}); !stateOffices[code] {
				return j
			}
			return q + 1
		}
		if s.owner[q] != 0 && q < lo {
			return j
		}
		if t.Norm != "and" && (t.Flags&annals.Cap == 0 || t.Flags&(annals.Punct|annals.Digit) != 0 || notName(t.Norm)) {
			return j
		}
	}
	return j
}

// roleFrom reports whether a role of the agents dictionary runs from token
// p to the title's head k: "Foreign Trade Minister", whose capitalised
// "Foreign" is no title word by itself.
func (s *state) roleFrom(p, k int) bool {
	e, g := s.r.dict.MatchAgent(s.toks, p)
	return g != nil && e == k+1
}

// apposition finds a title after a name: "Muttaqi, the Taliban's acting
// foreign minister," or "X, a spokesman for the EU,". ne is the token after
// the name.
func (s *state) apposition(ne int) titled {
	var t titled
	si := s.doc.SentenceOf(ne)
	if si < 0 || s.toks[ne].Tag != annals.COMMA {
		return t
	}
	end := s.doc.Sentences[si].Tokens.End
	j := ne + 1
	if j < end && (s.toks[j].Norm == "the" || s.toks[j].Norm == "a" || s.toks[j].Norm == "an") {
		j++
	}
	if j < end {
		if e, a := s.r.dict.MatchActor(s.toks, j); a != nil && a.Type != "PERSON" {
			if code := a.CodeAt(s.date); code != "" {
				t.aff, t.affCode = a, code
				j = e
				if j < end && s.toks[j].Tag == annals.POS {
					j++
				}
			}
		}
	}
	h := -1
	for k := j; k < end && k-j < 6 && titleWord(s.toks, k); k++ {
		if isHead(&s.toks[k]) {
			h = k
		}
	}
	if h < 0 {
		return titled{}
	}
	after := h + 1
	if after < end && (s.toks[after].Norm == "of" || s.toks[after].Norm == "for") && t.aff == nil {
		of := after
		k := after + 1
		if k < end && s.toks[k].Norm == "the" {
			k++
		}
		if e, a := s.r.dict.MatchActor(s.toks, k); a != nil && a.Type != "PERSON" {
			if code := a.CodeAt(s.date); code != "" {
				t.aff, t.affCode = a, code
				after = e
			}
		}
		// Round 56: a body the actor stage coded that runs past the
		// dictionary's match ("the Australian Petroleum Exploration
		// Association", not "Australian") is the affiliation.
		if code, e := s.bodyCode(of + 1); code != "" && e > after {
			t.aff, t.affCode, after = nil, code, e
		}
		if t.affCode != "" {
			after = s.firmTail(after, end) // round 56: "Chase Manhattan Bank N.A.,"
			// "Head of the EC Delegation in Washington,": the EC's man.
			after, t.affCode = s.missionTail(after, end, t.affCode)
			after = s.acronymTail(after, end)
		}
	}
	if after < end && s.toks[after].Tag != annals.COMMA && s.toks[after].Tag != annals.STOP {
		return titled{}
	}
	t.role = annals.Range{Start: j, End: h + 1}
	return t
}

// actorEnding returns a non-person actor whose name ends right before token
// end and starts at or after lo, with its code at the article's date.
func (s *state) actorEnding(end, lo int) (*dict.Actor, string, int) {
	for st := max(lo, end-4); st < end; st++ {
		if e, a := s.r.dict.MatchActor(s.toks, st); a != nil && e == end && a.Type != "PERSON" {
			if code := a.CodeAt(s.date); code != "" {
				return a, code, st
			}
		}
	}
	return nil, "", 0
}

// affiliationInside records an organisation named inside a person's actor
// mention r ("UN" in "UN Secretary-General Antonio Guterres" when the actor
// stage made the whole span one mention) as a mention of its own entity.
func (s *state) affiliationInside(t titled, r annals.Range) {
	a := t.aff
	if a == nil || (a.Type != "ORG" && a.Type != "GROUP") || t.affToks.Len() <= 0 || t.affToks.Start < r.Start || t.affToks.End > r.End {
		return
	}
	e := s.entity(keyEntry, a.Entry, annals.Entity{Name: a.Name, Type: a.Type, Code: a.CodeAt(s.date), Source: SourceDictionary}, entInfo{entry: a.Entry})
	s.addRef(e, t.affToks, annals.Range{}, -1, false)
}

// roleCode returns the agents dictionary's code and role text for the role
// words r: the match that reaches furthest right.
func (s *state) roleCode(r annals.Range) (code, text string) {
	best := -1
	for st := r.Start; st < r.End; st++ {
		if e, g := s.r.dict.MatchAgent(s.toks, st); g != nil && e <= r.End && e > best {
			best, code, text = e, g.Code, g.RoleText
		}
	}
	return code, text
}

// setTitle records a title found in the text on entity e, unless an earlier
// one already did.
func (s *state) setTitle(e int, t titled) {
	inf := &s.info[e]
	if t.gender != 0 && inf.gender == 0 {
		inf.gender = t.gender
	}
	if t.role.Len() > 0 && !inf.textRole {
		text, _, _ := s.doc.Span(t.role)
		s.ents[e].Role = text
		inf.textRole = true
		if t.aff != nil {
			s.ents[e].Affiliation = t.aff.Name
		}
	}
	if r := s.ents[e].Role; r != "" && inf.roleWord == "" {
		inf.roleWord = strings.ToLower(r[strings.LastIndexByte(r, ' ')+1:])
		if t.role.Len() > 0 {
			_, inf.roleText = s.roleCode(t.role)
		}
		if inf.roleText == "" {
			inf.roleText = inf.roleWord
		}
	}
}

// contextPerson records a person found by pattern, named by tokens name.
func (s *state) contextPerson(name annals.Range, t titled, mention int) int {
	text, _, _ := s.doc.Span(name)
	e := s.entity(keyName, text, annals.Entity{Name: text, Type: "PERSON", Source: SourceContext},
		entInfo{person: true, last: s.toks[name.End-1].Norm, name: name})
	if s.ents[e].Code == "" && t.affCode != "" {
		code, _ := s.roleCode(t.role)
		s.ents[e].Code = actor.Compose(t.affCode, code)
	}
	s.setTitle(e, t)
	s.addRef(e, name, annals.Range{}, mention, false)
	return e
}

// patternNames is pass 2: people no dictionary knows, and surnames of people
// already found.
func (s *state) patternNames() {
	toks := s.toks // read once for the test of every token below
	for si, st := range s.doc.Sentences {
		if st.Title {
			continue
		}
		start, end := st.Tokens.Start, st.Tokens.End
		for i := start; i < end; {
			if toks[i].Flags&annals.Cap == 0 {
				i++ // neither a surname nor the start of a name: both need a capital
				continue
			}
			if s.owner[i] == 0 && s.surname(i) {
				i++
				continue
			}
			if s.owner[i] != 0 || !(nameWord(&s.toks[i]) || s.toks[i].Flags&annals.Cap != 0 && isHead(&s.toks[i])) {
				i++
				continue
			}
			// Token i passed every test of the loop below just now
			// (i < end, unowned, a name word or a capitalised head):
			// the run starts with it, and the loop asks from i+1 (where
			// a hyphened particle may go on with it).
			j := i + 1
			for j < end && j-i < 8 && s.owner[j] == 0 && (nameWord(&s.toks[j]) || s.toks[j].Flags&annals.Cap != 0 && isHead(&s.toks[j]) || s.particleName(j)) {
				j++
			}
			s.run(si, i, j)
			i = j
		}
	}
}

// particleName reports whether token k is a surname written with a
// lower-case Arabic article or particle hyphened to it ("el-Sisi",
// "al-Quaety"), which ends a name like any capitalised word.
func (s *state) particleName(k int) bool {
	t := &s.toks[k]
	i := strings.IndexByte(t.Norm, '-')
	if i <= 0 || !hyphenParticles[t.Norm[:i]] {
		return false
	}
	txt := s.doc.TokenText(s.doc.SentenceOf(k), k)
	return i+1 < len(txt) && txt[i+1] >= 'A' && txt[i+1] <= 'Z'
}

// surname links a capitalised word equal to the last word of a person
// already found ("Berg warned") to that person.
func (s *state) surname(i int) bool {
	if s.persons == 0 && !noPersonShortcuts {
		return false // no one found yet whose surname it could be
	}
	t := &s.toks[i]
	if t.Flags&annals.Cap == 0 || t.Flags&annals.Punct != 0 || notName(t.Norm) {
		return false
	}
	if i+1 < len(s.toks) && nameWord(&s.toks[i+1]) {
		return false // the first word of a longer name
	}
	for e := range s.info {
		if s.info[e].person && s.info[e].last == t.Norm {
			s.addRef(e, annals.Range{Start: i, End: i + 1}, annals.Range{}, -1, false)
			s.setTitle(e, s.title(i, i))
			return true
		}
	}
	return false
}

// run considers the run of capitalised tokens [i, j).
func (s *state) run(si, i, j int) {
	if s.continued(j, s.doc.Sentences[si].Tokens.End) {
		return
	}
	ns := i
	for k := j - 1; k >= i; k-- {
		if isHead(&s.toks[k]) {
			ns = k + 1
			break
		}
	}
	if ns == i && i > 0 && s.toks[i-1].Norm == "for" {
		// "Under Secretary of State for Economic Affairs Allen Wallis": the
		// office's field is no part of the name.
		for k := j - 2; k >= i; k-- {
			if officeFieldSet.Has(s.toks[k].Norm) {
				ns = k + 1
				break
			}
		}
	}
	for ns < j && (strings.HasSuffix(s.toks[ns].Norm, "-year-old") || j-ns > 2 && partyLabelSet.Has(s.toks[ns].Norm)) {
		ns++ // "Fourteen-year-old Zoe", "Republican Larry Hogan": no part of the name
	}
	name := annals.Range{Start: ns, End: j}
	n := name.Len()
	if n == 0 || n > 4 || thingHead(s.toks[j-1].Norm) {
		return // "the Iran–Iraq War": a thing's name
	}
	for k := ns; k < j; k++ {
		if !nameWord(&s.toks[k]) && !(k > ns && s.particleName(k)) || orgWord(s.toks[k].Norm) {
			return
		}
	}
	if n == 1 {
		// A surname of a person already found.
		for e := range s.info {
			if s.info[e].person && s.info[e].last == s.toks[ns].Norm {
				s.addRef(e, name, annals.Range{}, -1, false)
				s.setTitle(e, s.title(ns, ns))
				return
			}
		}
	}
	if e := s.partOfName(name); e >= 0 {
		s.addRef(e, name, annals.Range{}, -1, false)
		return
	}
	if n == 1 {
		return
	}
	text, bs, be := s.doc.Span(name)
	for e := range s.ents {
		if s.info[e].person && s.ents[e].Name == text {
			s.addRef(e, name, annals.Range{}, -1, false)
			return
		}
	}
	t := s.title(ns, ns)
	if t.role.Len() == 0 && t.gender == 0 && j < s.doc.Sentences[si].Tokens.End {
		t = s.apposition(j)
	}
	if t.role.Len() == 0 && t.gender == 0 && ns >= 2 && s.toks[ns-1].Tag == annals.COMMA {
		// "the Taliban's acting foreign minister, Amir Khan Muttaqi,"
		t = s.title(ns-1, ns-1)
	}
	if t.role.Len() == 0 && t.gender == 0 && !s.speechSubject(j) && !s.isSpeaker(bs, be) {
		return
	}
	s.contextPerson(name, t, -1)
}

// partOfName returns the one person already found whose name r shortens
// (-1 if none or several): a surname of several words ("De Croo" after
// "Herman De Croo"), or the first word of a name written family name first
// or by given name as custom has it ("Chung" after "Chung In-yong", "Tesfay"
// after "Tesfay Dinka"). A one-word surname is matched by the caller.
func (s *state) partOfName(r annals.Range) int {
	n := r.Len()
	found := -1
	for e := range s.info {
		nm := s.info[e].name
		if !s.info[e].person || nm.Len() <= n || nm.Start >= r.Start {
			continue
		}
		same := func(from int) bool {
			for k := 0; k < n; k++ {
				if s.toks[from+k].Norm != s.toks[r.Start+k].Norm {
					return false
				}
			}
			return true
		}
		if !(n > 1 && same(nm.End-n) || n == 1 && same(nm.Start)) {
			continue
		}
		if found >= 0 && found != e {
			return -1
		}
		found = e
	}
	return found
}

// continued reports whether a run of capitals that stopped at token j,
// before end, runs on into more of a longer name: a proper noun the run
// could not take (an organisation word, a title, a name another stage
// claimed: "National Crime Agency", "Navy Information Agency head",
// "Actor Denzel Washington") or a capitalised word joined by a dash
// ("African Export–Import Bank"). The run is then the front of that name,
// never a person's whole name. A day or month after a name is no part of
// it ("Smith Monday").
func (s *state) continued(j, end int) bool {
	if j >= end || j == 0 {
		return false
	}
	t := &s.toks[j]
	if t.Flags&annals.Punct != 0 {
		return t.Norm == "-" && j+1 < end && t.Start == s.toks[j-1].End && s.toks[j+1].Start == t.End &&
			s.toks[j+1].Flags&annals.Cap != 0
	}
	if t.Flags&annals.Cap == 0 || t.Flags&annals.Digit != 0 || calendarSet.Has(t.Norm) {
		return false
	}
	return t.Tag == annals.NNP || t.Tag == annals.NNPS
}

// orgName reports whether a word of r marks an organisation or a body
// ("Government Accountability Office", "Apple Computer").
func (s *state) orgName(r annals.Range) bool {
	for k := r.Start; k < r.End; k++ {
		if orgWord(s.toks[k].Norm) {
			return true
		}
	}
	return false
}

// speechSubject reports whether a verb group whose head is a speech verb
// starts at token k.
func (s *state) speechSubject(k int) bool {
	if k >= len(s.vg) || s.vg[k] == 0 {
		return false
	}
	v := s.doc.Verbs[s.vg[k]-1]
	return v.Head >= 0 && v.Head < len(s.toks) && speechVerbs[s.toks[v.Head].Lemma]
}

// isSpeaker reports whether bytes [bs, be) lie inside a quote's speaker span.
func (s *state) isSpeaker(bs, be int) bool {
	for _, sp := range s.speakers {
		if bs >= sp[0] && be <= sp[1] {
			return true
		}
	}
	return false
}

// isSubject reports whether tokens r are a subject: a verb group follows,
// or they open a clause.
func (s *state) isSubject(r annals.Range) bool {
	return (r.End < len(s.vg) && s.vg[r.End] != 0) || s.first[r.Start]
}

// pronoun genders; 0 for words that are not resolved.
func pronounGender(t *annals.Token) byte {
	if t.Tag != annals.PRP && t.Tag != annals.PRPS {
		return 0
	}
	switch t.Norm {
	case "he", "him":
		return 'm'
	case "she", "her":
		return 'f'
	}
	return 0
}

// Limits on how far back a pronoun or a role noun looks, in sentences.
const (
	pronounReach = 4
	roleReach    = 8
)

// resolve is pass 4: pronouns and role nouns, in text order.
func (s *state) resolve() {
	for i := range s.refs {
		rf := &s.refs[i]
		rf.subject = s.isSubject(rf.toks)
		rf.salient = rf.subject || s.isSpeaker(rf.bs, rf.be)
	}
	slices.SortStableFunc(s.refs, func(a, b ref) int { return cmp.Compare(a.toks.Start, b.toks.Start) })
	from := s.firstPersonRef()
	if from < 0 {
		return
	}
	n := len(s.refs)
	lastSal := make([]int, len(s.ents)) // token of the latest salient mention, -1 none
	lastAny := make([]int, len(s.ents))
	for e := range lastSal {
		lastSal[e], lastAny[e] = -1, -1
	}
	// next is the first of the sorted refs not yet passed and nextStart
	// its first token: most tokens come before it, and are spared the
	// read of the ref. Refs added below lie past n, so refs[next] stays.
	next, nextStart := 0, math.MaxInt
	if n > 0 {
		nextStart = s.refs[0].toks.Start
	}
	for si, st := range s.doc.Sentences {
		if st.Title || st.Tokens.End <= from {
			continue
		}
		for t := max(st.Tokens.Start, from); t < st.Tokens.End; t++ {
			if t = s.nextWork(t, st.Tokens.End, nextStart); t == st.Tokens.End {
				break
			}
			for t >= nextStart {
				rf := &s.refs[next]
				if s.info[rf.ent].person {
					lastAny[rf.ent] = rf.toks.Start
					if rf.salient {
						lastSal[rf.ent] = rf.toks.Start
					}
				}
				next++
				nextStart = math.MaxInt
				if next < n {
					nextStart = s.refs[next].toks.Start
				}
			}
			if g := pronounGender(&s.toks[t]); g != 0 {
				e := s.pick(lastSal, si, pronounReach, func(e int) bool {
					return s.info[e].gender == 0 || s.info[e].gender == g
				})
				if e < 0 {
					continue
				}
				s.info[e].gender = g
				s.corefRef(e, annals.Range{Start: t, End: t + 1}, -1)
				if s.toks[t].Tag == annals.PRPS {
					// "his", "her" before a noun: linked, but neither a
					// subject nor an actor the coder may use.
					rf := &s.refs[len(s.refs)-1]
					rf.subject, rf.salient, rf.implicit = false, false, false
					continue
				}
				if s.refs[len(s.refs)-1].salient {
					lastSal[e] = t
				}
				lastAny[e] = t
				continue
			}
			if ai := s.agentAt[t]; ai != 0 {
				m := &s.doc.Mentions[ai-1]
				if !s.definiteRole(m) {
					continue
				}
				word := s.toks[m.Tokens.End-1].Lemma
				if word == "" {
					word = s.toks[m.Tokens.End-1].Norm
				}
				e := s.pick(lastAny, si, roleReach, func(e int) bool {
					inf := &s.info[e]
					return inf.roleWord != "" && (inf.roleWord == word || m.Role != "" && inf.roleText == m.Role)
				})
				if e < 0 {
					continue
				}
				s.corefRef(e, m.Tokens, int(ai-1))
				if s.refs[len(s.refs)-1].salient {
					lastSal[e] = t
				}
				lastAny[e] = t
				t = m.Tokens.End - 1
			}
		}
	}
}

// firstPersonRef returns the first token of the first ref, in the
// sorted refs, of a person, or -1 when the article names no one. resolve
// starts its pass there: pronouns and role nouns corefer with people
// alone (pick), whom its lists learn of only at their refs or at a
// pronoun or role already resolved, so at every token before that ref
// pick finds no one and the pass changes nothing; an article that names
// no one (most market news) needs no pass at all. Tests set
// noPersonShortcuts to make the pass start at the first token, as it did
// before.
func (s *state) firstPersonRef() int {
	if noPersonShortcuts {
		return 0
	}
	for i := range s.refs {
		if s.info[s.refs[i].ent].person {
			return s.refs[i].toks.Start
		}
	}
	return -1
}

// noPersonShortcuts, set by tests alone, makes resolve read every token
// and surname compare every capitalised word, as they did before they
// looked whether the article had named anyone yet.
var noPersonShortcuts bool

// nextWork returns the first token in [t, end) at which resolve has
// work, or end: the start of the next ref (stop), a pronoun or the
// start of an agent mention. Most tokens are none of these; a loop of
// its own steps over them with the few values it needs in registers,
// where resolve's, holding much more, reloads them for every token.
func (s *state) nextWork(t, end, stop int) int {
	toks, agentAt := s.toks[:end], s.agentAt[:end]
	for ; t < end && t < stop; t++ {
		if tg := toks[t].Tag; tg == annals.PRP || tg == annals.PRPS || agentAt[t] != 0 {
			return t
		}
	}
	return t
}

// definiteRole reports whether agent mention m is a role noun that can
// refer to one person: "the spokeswoman", "the foreign minister", not
// "police" or "the ministers", and not a title before a name.
func (s *state) definiteRole(m *annals.Mention) bool {
	r := m.Tokens
	if r.Len() < 2 || r.Len() > 4 || s.toks[r.Start].Norm != "the" {
		return false
	}
	head := &s.toks[r.End-1]
	if head.Tag != annals.NN || !isHead(head) {
		return false
	}
	return r.End >= len(s.toks) || !nameWord(&s.toks[r.End])
}

// pick returns the person entity with the latest position in last that is
// within reach sentences of sentence si and passes ok, or -1.
func (s *state) pick(last []int, si, reach int, ok func(int) bool) int {
	best, bestPos := -1, -1
	for e, p := range last {
		if p <= bestPos || !s.info[e].person || !ok(e) {
			continue
		}
		if ps := s.doc.SentenceOf(p); ps < 0 || si-ps > reach {
			continue
		}
		best, bestPos = e, p
	}
	return best
}

// corefRef records a resolved pronoun or role noun.
func (s *state) corefRef(e int, r annals.Range, mention int) {
	s.addRef(e, r, annals.Range{}, mention, true)
	rf := &s.refs[len(s.refs)-1]
	rf.subject = s.isSubject(r)
	rf.salient = rf.subject || s.isSpeaker(rf.bs, rf.be)
	rf.implicit = rf.subject
	s.owner[r.Start] = int32(e + 1)
}

// finish orders the entities by first mention and writes everything to doc.
func (s *state) finish() {
	doc := s.doc
	n := len(s.ents)
	ints := make([]int, 3*n) // order, newIdx and body mention counts: one allocation
	order, newIdx, counts := ints[:n:n], ints[n:2*n:2*n], ints[2*n:]
	total := 0 // body mentions
	for i := range s.refs {
		rf := &s.refs[i]
		if !rf.body {
			continue
		}
		if s.info[rf.ent].first < 0 || rf.bs < s.info[rf.ent].first {
			s.info[rf.ent].first = rf.bs
		}
		counts[rf.ent]++
		total++
	}
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int {
		fa, fb := s.info[a].first, s.info[b].first
		if fa < 0 {
			fa = int(^uint(0) >> 1)
		}
		if fb < 0 {
			fb = int(^uint(0) >> 1)
		}
		return cmp.Compare(fa, fb)
	})
	// Each entity's body mentions share one array, cut to each entity's
	// count with its capacity capped, in place of a slice grown by append
	// for each: the same mentions, in the same order, with fewer
	// allocations.
	mentions := make([][2]int, 0, total)
	base := len(doc.Entities)
	doc.Entities = slices.Grow(doc.Entities, n)
	for pos, old := range order {
		newIdx[old] = base + pos
		doc.Entities = append(doc.Entities, s.ents[old])
		k := len(mentions)
		doc.Entities[base+pos].Mentions = mentions[k : k : k+counts[old]]
		mentions = mentions[:k+counts[old]]
	}
	alt := s.contextCodes()
	for i := range s.refs {
		rf := &s.refs[i]
		idx := newIdx[rf.ent]
		ent := &doc.Entities[idx]
		if rf.body {
			ent.Mentions = append(ent.Mentions, [2]int{rf.bs, rf.be})
		}
		if rf.mention >= 0 {
			doc.Mentions[rf.mention].Entity = idx
		}
		// Pronouns, role nouns and names found by pattern ("Zinichev" after
		// "Emergencies Minister Yevgeny Zinichev") become actor mentions, so
		// the coder can code what they do.
		code := ent.Code
		if code == "" && alt != nil && !rf.coref {
			code = alt[rf.ent] // coded from the story's context (contextCodes)
		}
		if (rf.implicit || rf.mention < 0) && code != "" && rf.toks.Len() > 0 && !s.overlapsActor(rf.toks) {
			entry := s.info[rf.ent].entry
			if entry == "" {
				entry = SourceContext
			}
			doc.Mentions = append(doc.Mentions, annals.Mention{
				Kind: annals.ActorMention, Tokens: rf.toks, Name: ent.Name, Code: code,
				Entry: "coref:" + entry, Entity: idx, Implied: true, Type: "PERSON",
			})
		}
	}
	for i := base; i < len(doc.Entities); i++ {
		m := doc.Entities[i].Mentions
		slices.SortFunc(m, func(a, b [2]int) int { return cmp.Or(cmp.Compare(a[0], b[0]), cmp.Compare(a[1], b[1])) })
		doc.Entities[i].Mentions = slices.Compact(m)
		if doc.Entities[i].Mentions == nil {
			doc.Entities[i].Mentions = [][2]int{}
		}
	}
	s.speakersOut(newIdx)
}

// overlapsActor reports whether an actor mention already covers part of r.
func (s *state) overlapsActor(r annals.Range) bool {
	for i := range s.doc.Mentions {
		m := &s.doc.Mentions[i]
		if m.Kind == annals.ActorMention && m.Tokens.Start < r.End && r.Start < m.Tokens.End {
			return true
		}
	}
	return false
}

// speakersOut fills each quote speaker's name and code from the entity its
// span refers to, or failing that the entity the quote stage's name names.
func (s *state) speakersOut(newIdx []int) {
	doc := s.doc
	for qi := range doc.Quotes {
		sp := doc.Quotes[qi].Speaker
		if sp == nil {
			continue
		}
		best := -1
		for i := range s.refs {
			rf := &s.refs[i]
			if rf.body && rf.bs >= sp.Start && rf.be <= sp.End && s.info[rf.ent].person {
				best = i // the last one: the name after a title
			}
		}
		e := -1
		coref := false
		if best >= 0 {
			e, coref = s.refs[best].ent, s.refs[best].coref
		} else if sp.Name != "" {
			for k := range s.ents {
				if s.info[k].person && s.ents[k].Name == sp.Name {
					e = k
					break
				}
			}
		}
		if sp.Name != "" && (coref || strings.Contains(sp.Text, sp.Name)) && !strings.Contains(sp.Name, "'s") && !strings.Contains(sp.Name, "’s") {
			// The quote stage resolved the speaker itself: a pronoun
			// or role noun by the clause structure around the quote
			// ("Refusing to give up power, Mugabe agreed …. “…,” he
			// declared"), which the nearest-mention rule here does not
			// see, or a full name written in the span ("Former First
			// Lady Michelle Obama", not Barack Obama by surname). A
			// person entity of exactly that name wins.
			k := s.personNamed(sp.Name)
			switch {
			case k >= 0:
				e = k
			case e >= 0 && strings.Contains(sp.Name, " ") && !strings.Contains(sp.Text, s.ents[e].Name):
				// Someone the entities do not hold ("Denise Crosby"
				// named only after her occupation): the quote
				// stage's name stands, with no code, rather than
				// another person's.
				e = -1
			}
		}
		if e < 0 {
			continue
		}
		ent := &doc.Entities[newIdx[e]]
		sp.Name, sp.Code = ent.Name, ent.Code
		if s.info[e].entry != "" {
			sp.Entry = s.info[e].entry
		}
		if coref {
			sp.Via = "coref"
		}
	}
}

// personNamed returns the person entity called name, or one whose name
// has the same first and last words ("Robert Mugabe" for "Robert Gabriel
// Mugabe"); -1 when there is none.
func (s *state) personNamed(name string) int {
	first, last := name, name
	if i := strings.IndexByte(name, ' '); i >= 0 {
		first, last = name[:i], name[strings.LastIndexByte(name, ' ')+1:]
	}
	alt := -1
	for k := range s.ents {
		if !s.info[k].person {
			continue
		}
		n := s.ents[k].Name
		if n == name {
			return k
		}
		if alt < 0 && first != last && strings.HasPrefix(n, first+" ") && strings.HasSuffix(n, " "+last) {
			alt = k
		}
	}
	return alt
}
