package annals

// The records below are the output contract of `annals code` (see DESIGN.md).
// Their JSON field names are public: add fields, never rename them.

// Result is the coded form of one article: one JSON object per line.
type Result struct {
	ID        string     `json:"id"`
	Title     string     `json:"title,omitempty"`
	Date      string     `json:"date,omitempty"`
	Sentences []SentSpan `json:"sentences"`
	Events    []Event    `json:"events"`
	Quotes    []Quote    `json:"quotes"`
	Entities  []Entity   `json:"entities"`
	Places    []Place    `json:"places"`
	Times     []Time     `json:"times"`
	Discarded string     `json:"discarded,omitempty"`
}

// SentSpan is a sentence's byte range; Title marks the headline (sentence 0),
// whose offsets index the title rather than the text.
type SentSpan struct {
	Start int  `json:"start"`
	End   int  `json:"end"`
	Title bool `json:"title,omitempty"`
}

// ActorRef is the source or target of an event, or a quote's speaker.
type ActorRef struct {
	Text  string `json:"text"`
	Name  string `json:"name"`
	Code  string `json:"code"`
	Start int    `json:"start"`
	End   int    `json:"end"`
	// Via says how the actor was found when not by its own words:
	// "coref" (a pronoun or role noun resolved to an earlier mention),
	// "subject" (the shared subject of a coordinated clause), "relative"
	// (the noun a relative clause modifies).
	Via string `json:"via,omitempty"`
	// Entry is the dictionary entry that gave the code, as file:line.
	Entry string `json:"entry,omitempty"`
}

// Event is one coded event: who did what to whom, when and where.
type Event struct {
	Sentence  int       `json:"sentence"`
	Source    *ActorRef `json:"source"`
	Target    *ActorRef `json:"target"`
	Code      string    `json:"code"`
	Root      string    `json:"root"`
	Plover    string    `json:"plover"`
	QuadClass int       `json:"quad_class"`
	Goldstein float64   `json:"goldstein"`
	Date      string    `json:"date"`
	Location  *Place    `json:"location"`
	Negated   bool      `json:"negated"`
	Mode      string    `json:"mode"`
	Evidence  Evidence  `json:"evidence"`
}

// Evidence says why an event was coded: the verb span and the rule that fired.
type Evidence struct {
	Verb  string `json:"verb"`
	Start int    `json:"start"`
	End   int    `json:"end"`
	Rule  string `json:"rule"`
	// Pattern is the dictionary pattern as written.
	Pattern string `json:"pattern,omitempty"`
	// Notes lists further reasoning: coreference, passive voice, compound actors.
	Notes []string `json:"notes,omitempty"`
}

// Quote is a quotation and who said it.
type Quote struct {
	Text     string    `json:"text"`
	Start    int       `json:"start"`
	End      int       `json:"end"`
	Speaker  *ActorRef `json:"speaker"`
	Cue      string    `json:"cue"`
	Sentence int       `json:"sentence"`
	// Kind is "direct" for speech, "partial" for a quoted fragment inside
	// reported speech, "scare" for one or two words in quotation marks.
	Kind string `json:"kind,omitempty"`
	// CueStart and CueEnd are the byte offsets of the cue verb, when there is one.
	CueStart int `json:"cue_start,omitempty"`
	CueEnd   int `json:"cue_end,omitempty"`
}

// Entity is a person, organisation or other named actor with all its mentions.
type Entity struct {
	Name        string   `json:"name"`
	Type        string   `json:"type"` // PERSON, ORG, COUNTRY, GROUP
	Role        string   `json:"role,omitempty"`
	Affiliation string   `json:"affiliation,omitempty"`
	Code        string   `json:"code,omitempty"`
	Mentions    [][2]int `json:"mentions"`
	// Source says where the code came from: "dictionary" or "context".
	Source string `json:"source,omitempty"`
}

// Place is a geocoded place.
type Place struct {
	Name     string   `json:"name"`
	Country  string   `json:"country,omitempty"` // ISO 3166 alpha-3
	Lat      float64  `json:"lat"`
	Lon      float64  `json:"lon"`
	Mentions [][2]int `json:"mentions,omitempty"`
	// GeonameID identifies the gazetteer entry when there is one.
	GeonameID int `json:"geonameid,omitempty"`
	// Dateline marks a location taken from the article's dateline.
	Dateline bool `json:"dateline,omitempty"`
}

// Time is a temporal expression resolved against the publication date.
// Value is as precise as the text: 2021-10-12, 2021-08, 2021, 2021-W41,
// 2021-SU (a season), or a range "2021-10-01/2021-10-12".
type Time struct {
	Text     string `json:"text"`
	Value    string `json:"value"`
	Start    int    `json:"start"`
	End      int    `json:"end"`
	Sentence int    `json:"sentence"`
}
