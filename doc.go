// Package annals is the vocabulary of the annals event coder: the Doc that
// every pipeline stage reads and annotates, the records of the output
// contract (Event, Quote, Entity, Place, Time), error codes, and the
// interfaces that adapter packages implement.
//
// It imports only the standard library. Stages live in their own packages
// (text, tag, dict, actor, event, quote, when, where) and cmd/annals wires
// them together.
//
// Offsets: every span is a pair of byte offsets into the original article
// text, or into the title for sentence 0 when the title was split off. No
// stage rewrites the text; normalised forms live on the tokens.
package annals
