package where

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"sync"

	annals "github.com/annals-project/annals"
	"github.com/annals-project/annals/where/internal/fold"
)

// locative lists the prepositions after which a capitalised name is taken
// for a place. A name in any other position ("Moscow warned") is more
// likely an actor standing for its government, which the actor stage codes.
var locative = map[string]bool{
	"in": true, "at": true, "near": true, "from": true, "to": true, "outside": true,
	"across": true, "throughout": true, "into": true, "around": true, "via": true,
	"toward": true, "towards": true, "inside": true, "within": true, "between": true,
	"through": true, "along": true, "off": true, "beyond": true,
}

// weakCues are prepositions after which a name is taken for a place only
// when it is a city or region that is not a capital: "flights over
// Texas", "a warning for Bermuda" are places, but "sanctions on Russia"
// and "a deal for Washington" more often name the government. In the
// pipeline any other word the tagger calls a preposition counts too, bar
// notWeak.
var weakCues = map[string]bool{
	"on": true, "over": true, "for": true, "by": true, "under": true, "after": true,
	"before": true, "since": true, "during": true, "about": true, "past": true,
	"among": true, "amid": true, "amidst": true, "behind": true, "beside": true,
	"below": true, "above": true, "upon": true, "onto": true, "opposite": true,
	"until": true, "beneath": true, "underneath": true, "alongside": true,
}

// notWeak are prepositions whose object is a party rather than a place:
// "talks with Kabul", "a win against Chicago", "bigger than Texas".
var notWeak = map[string]bool{
	"with": true, "against": true, "like": true, "than": true, "as": true, "of": true,
	"because": true, "if": true, "that": true, "whether": true, "unlike": true,
	"versus": true, "vs": true, "despite": true, "per": true, "while": true,
	// Conjunctions a tagger may call IN: "although Brazil exported"
	// opens a clause (subordinate_subjects.go).
	"although": true, "though": true, "whereas": true,
}

// notWeakSet holds notWeak for placeCue, which asks it, behind
// notWeakFilter, of every preposition: "of", "with" and "as", common
// words, pass the filter, and a wordtab probe answers as the map does
// for less.
var notWeakSet = setOf(notWeak)

// fromParty are words after which "from" introduces what someone
// represents or left, not where something happens: "the senator from New
// York", "independence from Sudan".
var fromParty = map[string]bool{
	"senator": true, "congressman": true, "congresswoman": true, "representative": true,
	"delegate": true, "delegates": true, "lawmaker": true, "lawmakers": true, "legislator": true,
	"mp": true, "mps": true, "assembly": true, "deputy": true, "senators": true,
	"independence": true, "secession": true, "separation": true,
	"general": true, "generals": true, "governor": true, "governors": true,
	"mayor": true, "mayors": true, "attorney": true, "attorneys": true,
	// The office held for a place: "the senate seat from Colorado".
	"seat": true, "seats": true,
	// Where someone comes from: "two runners, both from Ethiopia".
	"both": true, "also": true, "originally": true, "hails": true, "hail": true, "hailing": true,
	"native": true, "natives": true,
	// Who someone is: "a couple from Florida", "a man from Japan".
	"couple": true, "man": true, "woman": true, "men": true, "women": true, "boy": true,
	"girl": true, "family": true, "pilgrims": true, "nationals": true, "citizens": true,
	"worker": true, "workers": true, "player": true, "players": true, "athlete": true,
	"athletes": true, "student": true, "students": true, "representatives": true,
	// "Law officers from California, Illinois, Alaska", "trade leaders
	// from Japan, the EC and Canada": whom they serve.
	"officer": true, "officers": true, "leader": true, "leaders": true,
	// What a party gives or says: "assurances from the US", "pressure
	// from Beijing", "a letter from Moscow".
	"assurance": true, "assurances": true, "support": true, "pressure": true, "criticism": true,
	"condemnation": true, "statement": true, "letter": true, "request": true, "requests": true,
	"demand": true, "demands": true, "warning": true, "warnings": true, "threat": true,
	"threats": true, "approval": true, "permission": true, "response": true, "reaction": true,
	"backing": true, "funding": true, "invitation": true, "guarantees": true, "recognition": true,
	"aggression": true, "interference": true, "hostility": true, "opposition": true,
	"objections": true, "objection": true, "aid": true, "assistance": true, "help": true,
	// A party's stance or offer in talks: "a more flexible position from
	// Brasilia", "concessions from Tokyo".
	"position": true, "stance": true, "proposal": true, "proposals": true, "offer": true,
	"concession": true, "concessions": true, "commitment": true, "commitments": true,
	// Whom a delegation speaks for and who is buying: "a high ranking
	// delegation from the Soviet Union", "renewed buying interest from
	// China and the Soviet Union".
	"delegation": true, "delegations": true, "interest": true,
}

// toRecipient are verbs of speech or of handing over, after which "to"
// introduces whoever hears or receives, not a destination, though words
// stand between ("relinquished control of Hong Kong to China", "wrote a
// letter to Iran"). Verbs of motion ("flew", "sent troops") are not here.
var toRecipient = map[string]bool{
	"said": true, "say": true, "says": true, "spoke": true, "speaking": true, "talked": true,
	"talking": true, "wrote": true, "written": true, "writing": true, "explained": true,
	"complained": true, "appealed": true, "apologised": true, "apologized": true,
	"replied": true, "responded": true, "reported": true, "pledged": true, "promised": true,
	"relinquished": true, "relinquish": true, "ceded": true, "cede": true, "handed": true,
	"hand": true, "transferred": true, "gave": true, "give": true, "given": true,
	"sold": true, "sell": true, "selling": true, "donated": true, "granted": true,
	"awarded": true, "lost": true, "lose": true, "surrendered": true, "paid": true,
	"pay": true, "owed": true, "lent": true, "loaned": true, "offered": true, "submitted": true,
	"lend": true, "lends": true, "lending": true, "grant": true, "grants": true,
}

// transferNouns are money a party is given or owes, after which "to"
// names the borrower or recipient, not a destination: "loans to
// Brazil", "aid to Bolivia", "credit guarantees to Jordan".
var transferNouns = map[string]bool{
	"loan": true, "loans": true, "aid": true, "credit": true, "credits": true,
	"lending": true, "guarantees": true, "financing": true, "assistance": true,
	"exposure": true, "debts": true, "debt": true,
}

// areaAdj are words that may stand between a locative preposition and
// the name, narrowing the area: "in northern Syria", "in rural Texas".
var areaAdj = map[string]bool{
	"north": true, "south": true, "east": true, "west": true, "central": true,
	"northern": true, "southern": true, "eastern": true, "western": true,
	"northeast": true, "northwest": true, "southeast": true, "southwest": true,
	"northeastern": true, "northwestern": true, "southeastern": true, "southwestern": true,
	"north-east": true, "north-west": true, "south-east": true, "south-west": true,
	"rural": true, "downtown": true, "suburban": true, "coastal": true, "upstate": true,
	"neighbouring": true, "neighboring": true, "nearby": true, "mainland": true, "inner": true,
	"far": true, "remote": true, "occupied": true, "war-torn": true, "landlocked": true,
	"interior": true,
}

// appositive are nouns that a place name may follow with no preposition:
// "the capital city Washington DC", "the port town Sandy Point".
var appositive = map[string]bool{
	"city": true, "town": true, "village": true, "capital": true, "port": true,
	"hamlet": true, "township": true, "municipality": true,
	"cities": true, "towns": true, "villages": true, "ports": true,
}

// toParty are words after which "to" introduces a source, a comparison or
// an owner, not a destination: "according to Kabul", "prior to
// Michigan's certification", "land that belonged to Syria".
var toParty = map[string]bool{
	"according": true, "prior": true, "due": true, "thanks": true, "owing": true,
	"compared": true, "similar": true, "contrary": true, "relative": true,
	"belonged": true, "belongs": true, "belong": true, "belonging": true,
	"loyal": true, "allied": true, "opposed": true,
	// Whom one speaks or writes to: "willing to talk to Moscow".
	"talk": true, "talking": true, "talked": true, "speak": true, "spoke": true,
	"speaking": true, "wrote": true, "write": true, "appealed": true,
	// Offers, messages and envoys go to a party: "an EEP wheat offer to
	// Moscow", "loans outstanding to Brazil", "a heavy blow to
	// Indonesia", "ambassador to Austria", "the offer was made to Kuwait".
	"offer": true, "offers": true, "outstanding": true, "blow": true, "message": true,
	"request": true, "reply": true, "ambassador": true, "ambassadors": true, "envoy": true,
	"made": true,
	// Favours and ties go to a party too: "wheat export subsidies to the
	// Soviet Union", "an EEP initiative to",
	// "India's closeness to", "a response to".
	"subsidy": true, "subsidies": true, "initiative": true, "overture": true,
	"bonus": true, "closeness": true, "response": true, "eep": true,
}

// betweenParty are nouns after which "between" introduces the parties to
// a relation, not the ends of a stretch of land: "the conflict between
// Armenia and Azerbaijan", "talks between Washington and Kabul".
var betweenParty = map[string]bool{
	"conflict": true, "conflicts": true, "war": true, "wars": true, "talks": true,
	"relations": true, "dispute": true, "disputes": true, "tensions": true, "tension": true,
	"fighting": true, "clashes": true, "deal": true, "agreement": true, "treaty": true,
	"match": true, "game": true, "ties": true, "summit": true, "negotiations": true,
	"rivalry": true, "trade": true, "cooperation": true, "alliance": true, "hostilities": true,
	"turmoil": true, "friction": true, "rift": true, "feud": true, "row": true,
	"contract": true, "contracts": true, "accord": true, "accords": true, "agreements": true,
	"pact": true, "pacts": true, "problem": true, "problems": true,
	"exchanges": true, // "economic exchanges between Britain and the Soviet Union"
	"alignment": true, "wedge": true, "strains": true, "differences": true, "rifts": true, "contact": true, "contacts": true, "ventures": true,
	"relationship": true, "renegotiation": true, "accommodation": true, "understanding": true,
	"dialogue": true, "meeting": true, "meetings": true, "arrangement": true, "arrangements": true,
	// Quarrels: "acrimony between France and West Germany", "a new
	// showdown between the United States and Japan", "sharp discord
	// between the United States and its major trading partners".
	"acrimony": true, "showdown": true, "discord": true, "confrontation": true, "standoff": true,
	"quarrel": true, "animosity": true, "battle": true, "clash": true,
	// Partners and rivals: "a partnership between the U.S. And Japan",
	// "the struggle between", "the sudden crisis between Sri Lanka and
	// its giant neighbour", "a point of contention ... between".
	"partnership": true, "struggle": true, "crisis": true, "contention": true,
	"reciprocity": true, "disagreement": true, "discussions": true, "deals": true,
	"ceasefire": true,
}

// routeNouns are what runs between places, ending betweenParty's look
// back: "talks on flights between London and Paris".
var routeNouns = map[string]bool{
	"flights": true, "flight": true, "service": true, "services": true, "route": true,
	"routes": true, "link": true, "links": true, "cable": true, "cables": true,
	"traffic": true, "freight": true, "ferry": true, "border": true, "road": true,
}

// partiesBetween reports whether a noun of betweenParty stands up to
// five words before the "between" at token i of sentence si, with no
// route noun or figure after it: "the trade pact between", "talks
// currently between", "an agreement that had been reached between",
// "tensions have been running high between".
func partiesBetween(doc *annals.Doc, si, i int) bool {
	for k := i - 1; k >= doc.Sentences[si].Tokens.Start && k >= i-5; k-- {
		t := &doc.Tokens[k]
		if betweenParty[t.Norm] {
			return true
		}
		// "differences in economic growth rates between Japan and
		// other countries": figures the lands own, measured.
		if !word(t) || capital(t) || routeNouns[t.Norm] || figureNouns[t.Norm] {
			return false
		}
	}
	return false
}

// forGoal are words after which "for" names a destination, not a
// beneficiary: "headed for Moscow", "a ship bound for Odesa".
var forGoal = map[string]bool{
	"headed": true, "heading": true, "head": true, "heads": true, "bound": true,
	"left": true, "leave": true, "leaves": true, "leaving": true, "departed": true,
	"departs": true, "departing": true, "sailed": true, "sailing": true, "set": true,
	"off": true, "route": true,
}

// compass are the directions of "as far north as".
var compass = map[string]bool{
	"north": true, "south": true, "east": true, "west": true, "afield": true, "away": true,
	"northeast": true, "northwest": true, "southeast": true, "southwest": true, "inland": true,
}

// listHeads are plural nouns whose examples, after "including" or "such
// as", are places: "destinations including Spain and Greece", "countries
// such as Brazil".
var listHeads = map[string]bool{
	"countries": true, "nations": true, "states": true, "cities": true, "towns": true,
	"villages": true, "destinations": true, "places": true, "locations": true,
	"regions": true, "provinces": true, "areas": true, "territories": true,
	"capitals": true, "islands": true, "sites": true, "ports": true, "possessions": true,
	"dependencies": true, "colonies": true,
	"attractions": true, "resorts": true, "spots": true, "hotspots": true, "beaches": true,
}

// exampleWords introduce examples of a class named before a colon:
// "these places: like China".
var exampleWords = map[string]bool{"like": true, "namely": true, "including": true, "especially": true}

// titleOf are offices and memberships that "of" and a place follow:
// "mayor of South Bend", "citizen of the United States". The place is
// what the office or membership belongs to, not where anything happens.
var titleOf = map[string]bool{
	"mayor": true, "mayors": true, "governor": true, "governors": true, "senator": true,
	"president": true, "premier": true, "king": true, "queen": true, "prince": true,
	"princess": true, "duke": true, "duchess": true, "earl": true, "bishop": true,
	"archbishop": true, "sheriff": true, "chancellor": true, "ambassador": true,
	"citizen": true, "citizens": true, "citizenship": true, "congressman": true,
	"congresswoman": true, "representative": true, "councillor": true, "councilor": true,
	"minister": true, "emir": true, "sultan": true, "ruler": true, "leader": true,
}

// pairCues are a noun and the preposition after it that together
// introduce a place, though the preposition alone would name a party or
// be too weak: "its border with Mexico", "made landfall on the
// Philippines", "formed over the Bahamas".
var pairCues = map[[2]string]bool{
	{"border", "with"}: true, {"borders", "with"}: true, {"frontier", "with"}: true,
	{"bordering", "on"}:  true, // "the Paso de los Libres area bordering on Uruguay"
	{"boundary", "with"}: true, {"landfall", "on"}: true, {"landfall", "over"}: true,
	// A storm or an aircraft over a territory: "formed over the Bahamas".
	{"formed", "over"}: true, {"forming", "over"}: true, {"stalled", "over"}: true,
	{"hovered", "over"}: true, {"lingered", "over"}: true, {"flying", "over"}: true,
	{"crashed", "over"}: true, {"airspace", "over"}: true,
	// Where a route or a journey stops: "goes up to just short of Hubli".
	{"short", "of"}: true,
	// "centers for trucks outside of Dallas": outside the place.
	{"outside", "of"}: true,
	// Where goods go: "exporters to the U.S.", "shipments to Japan" (but
	// "loans to Brazil" go to a party).
	{"exports", "to"}: true, {"exporters", "to"}: true, {"exported", "to"}: true,
	{"shipments", "to"}: true, {"shipped", "to"}: true,
	// The port a cargo is priced to: "353 dlrs per tonne cost and
	// freight Jeddah".
	{"and", "freight"}: true,
	// Where a journey goes: "non-stop flights to Mexico City", "a
	// two-day visit to Bonn", "his departure for Paris".
	{"flights", "to"}: true, {"flight", "to"}: true, {"service", "to"}: true,
	{"visit", "to"}: true, {"visits", "to"}: true, {"trip", "to"}: true,
	{"trips", "to"}: true, {"journey", "to"}: true, {"voyage", "to"}: true,
	{"departure", "for"}: true, {"departures", "to"}: true, {"flew", "to"}: true,
	{"travelled", "to"}: true, {"traveled", "to"}: true, {"travel", "to"}: true,
	// A chartering report's leg to a country's coast, with no "of": "a
	// tonner destined for west coast India", "U.S. Gulf to East Coast
	// Mexico" (round 38).
	{"east", "coast"}: true, {"west", "coast"}: true, {"north", "coast"}: true,
	{"south", "coast"}: true,
}

// pairSeconds are the prepositions of pairCues: most tokens are none of
// them, and one short key is cheaper to look up than a pair.
var pairSeconds = func() map[string]bool {
	m := map[string]bool{}
	for p := range pairCues {
		m[p[1]] = true
	}
	return m
}()

// cues merges locative and weakCues, so that each token costs one lookup.
var cues = func() map[string]cue {
	m := make(map[string]cue, len(locative)+len(weakCues))
	for w := range weakCues {
		m[w] = weakCue
	}
	for w := range locative {
		m[w] = strong
	}
	return m
}()

// wordCues merges cues, entryVerbs (as verbStrong and verbWeak) and the
// words of listVerbs, listAdverbs and focusWords (as listWord), so that
// placeCue looks each token up once.
var wordCues = func() map[string]cue {
	m := make(map[string]cue, len(cues)+len(entryVerbs)+len(listVerbs)+len(listAdverbs))
	for w := range listVerbs {
		m[w] = listWord
	}
	for w := range listAdverbs {
		m[w] = listWord
	}
	for w := range focusWords {
		m[w] = listWord
	}
	for w, c := range entryVerbs {
		m[w] = c - strong + verbStrong
	}
	for w, c := range cues {
		m[w] = c
	}
	return m
}()

// cueWord is what placeCue needs to know of a word of placeCueWords: the
// sets it belongs to and its wordCues cue, found with one lookup where the
// body would otherwise make up to seven for a common preposition.
type cueWord struct {
	sets uint8
	cue  cue
	word cueName // which word of placeCue's switch it is, or noName
}

// cueName numbers the words that placeCue's switch names, so that its
// cases compare one byte of the cueWord it has already found instead of
// the token's string, case after case (a token reaching the switch is a
// word of placeCueWords, whose entry says which of them it is).
type cueName uint8

const (
	noName cueName = iota
	nameF
	nameFor
	nameOffshore
	nameBy
	nameCalled
	nameNamed
	nameAs
	nameNative
	nameOf
	nameAfter
	nameAt
	nameFrom
	nameBetween
	nameTo
	nameIncluding
	nameOn
)

// cueNames maps each word placeCue's switch names to its cueName. A word
// the switch comes to name must be added here, as to placeCueWords.
var cueNames = map[string]cueName{
	"f": nameF, "for": nameFor, "offshore": nameOffshore, "by": nameBy,
	"called": nameCalled, "named": nameNamed, "as": nameAs, "native": nameNative,
	"of": nameOf, "after": nameAfter, "at": nameAt, "from": nameFrom,
	"between": nameBetween, "to": nameTo, "including": nameIncluding,
	"on": nameOn,
}

// The sets of cueWord.sets.
const (
	inPlaceCueWords uint8 = 1 << iota // every key of placeCueSets
	inPairSeconds
	inDeliveryTerms
	inRouteVerbs
	inAppositive
	inNotWeak
)

// placeCueSets maps each word of placeCueWords to its cueWord.
var placeCueSets = func() map[string]cueWord {
	m := make(map[string]cueWord, len(placeCueWords))
	for w := range placeCueWords {
		cw := cueWord{sets: inPlaceCueWords, cue: wordCues[w], word: cueNames[w]}
		for _, s := range []struct {
			set map[string]bool
			bit uint8
		}{{pairSeconds, inPairSeconds}, {deliveryTerms, inDeliveryTerms}, {routeVerbs, inRouteVerbs}, {appositive, inAppositive}, {notWeak, inNotWeak}} {
			if s.set[w] {
				cw.sets |= s.bit
			}
		}
		m[w] = cw
	}
	return m
}()

// placeCueTable holds placeCueSets for cueWordOf, which placeCue asks of
// every word its filter lets through, the prepositions among them (see
// word_tables.go).
var placeCueTable = cueWordTableOf(placeCueSets)

// cueWordOf returns w's entry in placeCueSets, or the zero cueWord (in
// no set) for a word outside placeCueWords, most words answered by the
// filter alone.
func cueWordOf(w string) cueWord {
	if !placeCueFilter.May(w) {
		return cueWord{}
	}
	if id, ok := placeCueTable.tab.Find(w); ok {
		return placeCueTable.vals[id]
	}
	return cueWord{}
}

// placeCueWords are all the words that placeCue tests a token against
// apart from notWeak: the keys of pairSeconds, routeVerbs, wordCues and
// appositive and the words its switch names. A token that is none of them
// (most tokens) is a cue only as a preposition, which placeCue answers
// with one lookup instead of four or five. A word placeCue comes to name
// must be added here.
var placeCueWords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range []string{"by", "called", "named", "as", "native", "of", "at", "from", "between", "to", "for", "including", "f", "offshore"} {
		m[w] = true
	}
	for _, set := range []map[string]bool{pairSeconds, routeVerbs, appositive, deliveryTerms} {
		for w := range set {
			m[w] = true
		}
	}
	for w := range wordCues {
		m[w] = true
	}
	return m
}()

// cue says how strongly the word before a name marks it as a place.
type cue uint8

const (
	noCue   cue = iota
	strong      // a locative preposition, or "of" after a geographic noun
	weakCue     // another preposition: cities and regions only
	// Kinds of wordCues entries, never returned by placeCue.
	verbStrong // a verb of entryVerbs that is strong in lower case
	verbWeak   // one that is weak in lower case
	listWord   // a word of listVerbs or listAdverbs
)

// entryVerbs are verbs whose object is a territory someone goes into or
// crosses, or that a storm or quake strikes: "troops entered Tell Tamer",
// "Dorian reached the Bahamas", "the earthquake struck Surigao". Going in
// is strong; striking is weak, since "Iran struck Israel" names a party.
// Governing a territory is strong too: "unable to govern Hong Kong".
var entryVerbs = map[string]cue{
	"govern": strong, "governs": strong, "governing": strong, "administer": strong,
	"administers": strong, "administering": strong, "administrating": strong,
	"entered": strong, "enters": strong, "entering": strong, "reached": strong,
	"reaches": strong, "reaching": strong, "visited": strong, "visits": strong,
	"visiting": strong, "visit": strong, "toured": strong, "touring": strong, "fled": strong,
	"fleeing": strong, "flee": strong, "crossed": strong, "crossing": strong,
	"invaded": strong, "invades": strong, "invading": strong, "evacuated": strong,
	"struck": weakCue, "strikes": weakCue, "hit": weakCue, "hits": weakCue,
	"lashed": weakCue, "battered": weakCue, "pounded": weakCue, "rocked": weakCue,
	"devastated": weakCue, "ravaged": weakCue, "shook": weakCue, "flooded": weakCue,
	"shake": weakCue, "shakes": weakCue, "shaking": weakCue,
	// Leaving a place and reaching one are movements too: "a delegation
	// has just left Riyadh", "a cargo could leave Maracaibo", "forecast
	// to reach Florida". What a storm nears is a land; what a firm
	// approaches may be a party, so that cue is weak.
	"left": strong, "leave": strong, "leaves": strong, "leaving": strong,
	"departed": strong, "departs": strong, "departing": strong, "reach": strong,
	"approaches": weakCue, "approaching": weakCue, "approached": weakCue,
	// A route's ends: "a railway linking Dar es Salaam with the
	// copperbelt", "the network connects Grand Rapids with Detroit".
	"linking": strong, "links": strong, "connects": strong, "connecting": strong,
	// What an area borders is a land: "the Saarland bordering France",
	// "Jutland areas bordering Germany", "the forest bordering Peru".
	"bordering": strong, "bordered": strong,
}

// townHeads are the nouns of small settlements.
var townHeads = map[string]bool{
	"town": true, "towns": true, "village": true, "villages": true, "hamlet": true,
	"hamlets": true, "township": true, "townships": true,
}

// townCue reports whether the cue at token i of sentence si says that
// the names after it are towns or villages: "of" or a list verb after
// such a noun, or such a noun itself ("the town Madrid").
func townCue(doc *annals.Doc, si, i int) bool {
	s := &doc.Sentences[si]
	t := &doc.Tokens[i]
	switch {
	case townHeadsFilter.May(t.Norm) && townHeads[t.Norm]:
		return true
	case t.Norm == "of":
		return i > s.Tokens.Start && townHeadsFilter.May(doc.Tokens[i-1].Norm) && townHeads[doc.Tokens[i-1].Norm]
	}
	if !namesList(doc, si, i) {
		return false
	}
	for k := i - 1; k >= s.Tokens.Start && k >= i-4; k-- {
		if w := doc.Tokens[k].Norm; townHeadsFilter.May(w) && townHeads[w] {
			return true
		}
	}
	return false
}

// listVerbs and listAdverbs make "the towns damaged were primarily
// Carrascal, Cantilan and Madrid": a class of places, a verb that
// equates or includes, and the list of its members.
var (
	listVerbs = map[string]bool{
		"were": true, "are": true, "include": true, "included": true, "includes": true,
	}
	listAdverbs = map[string]bool{
		"primarily": true, "mainly": true, "mostly": true, "chiefly": true, "largely": true,
		"principally": true, "notably": true, "especially": true,
	}
)

// namesList reports whether token i of sentence si is the verb, or an
// adverb after it, that introduces the members of a class of places
// named just before ("the towns damaged were", "affected provinces
// include"): a plural noun of listHeads at most two lower-case words
// before the verb, and a capitalised word after.
func namesList(doc *annals.Doc, si, i int) bool {
	s := &doc.Sentences[si]
	// The capitalised word after is tested first: most verbs have none,
	// and are spared the lookups.
	if i+1 >= s.Tokens.End || !capital(&doc.Tokens[i+1]) {
		return false
	}
	v := i
	if listAdverbsFilter.May(doc.Tokens[i].Norm) && listAdverbs[doc.Tokens[i].Norm] {
		v = i - 1
	}
	if v <= s.Tokens.Start || !listVerbsFilter.May(doc.Tokens[v].Norm) || !listVerbs[doc.Tokens[v].Norm] {
		return false
	}
	for k := v - 1; k >= s.Tokens.Start && k >= v-maxHeadGap; k-- {
		t := &doc.Tokens[k]
		if !word(t) {
			return false
		}
		head := listHeads[t.Norm]
		if capital(t) && !head {
			return false
		}
		if head {
			// Further back, the words between must be a participle's
			// phrase ("the states scheduled to hold elections are"), not
			// what the class did ("the countries which confirmed were",
			// "the states already waging campaigns are").
			return k >= v-3 || participle(&doc.Tokens[k+1])
		}
	}
	// "those cities where Holiday said it will open new properties this
	// year include": a class of places that a relative "where" says
	// something happens in.
	for k := v - 2; k > s.Tokens.Start && k >= v-maxWhereGap; k-- {
		t := &doc.Tokens[k]
		if t.Norm == "," || t.Norm == ";" || listVerbs[t.Norm] {
			return false
		}
		if t.Norm == "where" {
			return listHeads[doc.Tokens[k-1].Norm] && !capital(&doc.Tokens[k-1])
		}
	}
	return false
}

// maxWhereGap is the most words between a class of places, with its
// relative "where" clause, and the verb that lists its members.
const maxWhereGap = 16

// participle reports whether t reads as a past participle: tagged so, or
// a lower-case word in -ed when untagged.
func participle(t *annals.Token) bool {
	if t.Tag == annals.VBN {
		return true
	}
	return t.Tag == 0 && len(t.Norm) > 4 && strings.HasSuffix(t.Norm, "ed")
}

// geoHeads are nouns after which "of" introduces a place: "the city of
// Kandahar", "the Indian state of Karnataka", "a resident of Canada".
var geoHeads = map[string]bool{
	"city": true, "town": true, "village": true, "region": true, "state": true,
	"province": true, "country": true, "capital": true, "district": true, "county": true,
	"island": true, "islands": true, "suburb": true, "suburbs": true, "outskirts": true,
	"resident": true, "residents": true, "port": true, "resort": true, "resorts": true,
	// A statistic of a place: "a change in the economy of Japan".
	"economy": true, "economies": true,
	"streets": true, "part": true, "parts": true, "rest": true, "north": true, "south": true, "east": true, "west": true,
	"northeast": true, "northwest": true, "southeast": true, "southwest": true,
	"coast": true, "shores": true, "border": true, "centre": true, "center": true, "heart": true,
	"area": true, "areas": true, "cities": true, "towns": true, "villages": true, "provinces": true,
	"regions": true, "territory": true, "people": true, "commonwealth": true, "kingdom": true,
	// "the US states of Idaho, Michigan and Washington", "the governorate
	// of Hodeidah".
	"states": true, "governorate": true, "governorates": true, "prefecture": true,
	"prefectures": true, "oblast": true, "oblasts": true, "districts": true,
	// Events that befall a territory: "the invasion of Ukraine", "the
	// Communist takeover of China".
	"annexation": true, "occupation": true, "invasion": true, "takeover": true,
	"liberation": true, "siege": true, "bombing": true, "shelling": true, "partition": true,
	"map": true,
	// Journeys through a place: "a tour of Asia and Australia", "his
	// visit of Japan", "a trip of Europe".
	"tour": true, "tours": true, "visit": true, "visits": true, "trip": true, "trips": true,
	// Every settlement noun of townHeads ("the black township of
	// Soweto"), a city's edge, and the seats a vote is held in ("the
	// constituencies of Fukuoka and Hokkaido").
	"township": true, "townships": true, "hamlet": true, "hamlets": true, "edge": true,
	"constituency": true, "constituencies": true,
}

// modifiee are nouns that a place name qualifies when it stands right
// before them: "a Toronto lawyer", "the United States capital", "the
// Paris court". The name is then an attribute, not where anything happens.
var modifiee = map[string]bool{
	"capital": true, "lawyer": true, "lawyers": true, "attorney": true, "court": true,
	"government": true, "official": true, "officials": true, "authorities": true,
	"police": true, "embassy": true, "consulate": true, "ambassador": true, "border": true,
	"president": true, "minister": true, "team": true, "company": true, "firm": true,
	"forces": true, "troops": true, "army": true, "military": true, "parliament": true,
	"media": true, "newspaper": true, "native": true, "nationals": true, "marathon": true,
	// Wire copy's sources: "London traders", "Toronto analysts".
	"traders": true, "dealers": true, "analysts": true, "bankers": true, "brokers": true,
	"delegation": true, "envoy": true, "leader": true, "leaders": true, "senate": true,
	// Events named after where they happened: "the Raqqa battle".
	"battle": true, "offensive": true, "massacre": true, "bombing": true, "siege": true,
	"attack": true, "attacks": true, "earthquake": true, "shooting": true, "riots": true,
	// Stations and restaurants, out of scope, are named after streets and
	// districts as often as towns: "at Waterloo station" (but "at Jakarta
	// airport" is in Jakarta).
	"station": true, "restaurant": true,
	// Wire copy's currencies, trade and talks: "in U.S. dollars", "the
	// U.S. trade deficit", "the London talks", "Tehran reports", "U.S.
	// treasury and central bank representatives".
	"dollars": true, "dollar": true, "trade": true, "talks": true, "reports": true,
	"treasury": true,
}

// connectors may stand inside a multi-word name ("Bosnia and Herzegovina",
// "Rio de Janeiro") but never begin or end one.
var connectors = map[string]bool{
	"of": true, "the": true, "and": true, "de": true, "del": true, "da": true, "do": true,
	"dos": true, "das": true, "la": true, "le": true, "al": true, "el": true, "es": true,
	"en": true, "y": true, "du": true, "des": true, "upon": true, "on": true, "e": true, "i": true,
}

// connectorSet holds connectors for run and bareTown, which ask it of
// the word after every capitalised one that their filter lets through,
// "of", "the" and "and" the most (see word_tables.go).
var connectorSet = setOf(connectors)

// foreignJoin are the particles of foreign names that join a known name
// to more words of a longer one: "Surigao del Sur", "Tuna el-Gebel".
var foreignJoin = map[string]bool{
	"de": true, "del": true, "da": true, "do": true, "dos": true, "das": true, "la": true,
	"le": true, "el": true, "al": true, "du": true, "des": true, "y": true, "di": true,
}

// geoSuffix words may follow a place name without making it part of a
// longer, unknown name: "in Kabul province" names a place ("Kabul
// Province" when the gazetteer has the area, else Kabul), "at Kabul
// University" does not.
var geoSuffix = map[string]bool{
	"province": true, "region": true, "district": true, "county": true,
	"city": true, "governorate": true, "oblast": true, "valley": true, "area": true,
	"prefecture": true, "municipality": true, "department": true, "homeland": true,
}

// maxTranslitWords is the most words of an unknown name compared by its
// consonant skeleton.
const maxTranslitWords = 3

// allWords reports whether tokens j to e are all capitalised words.
func allWords(doc *annals.Doc, j, e int) bool {
	for k := j; k < e; k++ {
		if !capital(&doc.Tokens[k]) {
			return false
		}
	}
	return true
}

const (
	maxNameTokens = 7 // tokens in one name, connectors and punctuation included
	maxNameWords  = 4 // capitalised words in one name
)

// Recognizer finds place mentions in tokenised Docs and geocodes them. It
// holds only read-only state, so one Recognizer serves every worker.
type Recognizer struct {
	g *Gazetteer
	// dflt says which known names are places with no cue at all, unless
	// a rule reads them otherwise. See byDefault.
	dflt defaults
	// memos lends each article a memo of its runs (see runMemo); nil,
	// none is kept.
	memos *sync.Pool
	// runs is the article's memo, set only on the per-article copy of
	// the Recognizer that annotateMemo makes; nil on the shared one.
	runs *runMemo
}

// defaults selects the kinds of names that byDefault reads as places
// when no cue introduces them: whole countries, first-level regions,
// and cities of at least cityPop inhabitants (0: none).
type defaults struct {
	countries, regions bool
	cityPop            int
}

// NewRecognizer returns a Recognizer that resolves names against g. It
// reads countries, first-level regions and cities of half a million
// people as places with no cue, unless a rule reads them otherwise: the
// twenty-eighth round measured that default against cues alone on every
// development set pooled (F1 0.933 -> 0.935, precision not lower).
func NewRecognizer(g *Gazetteer) *Recognizer {
	return &Recognizer{g: g, dflt: defaults{countries: true, regions: true, cityPop: defaultCityPop}, memos: &sync.Pool{New: func() any { return new(runMemo) }}}
}

// defaultCityPop is the population from which a city is a place with no
// cue: 100,000 read the same places in the pooled development sets, and
// a smaller default reaches fewer namesakes.
const defaultCityPop = 500_000

var _ annals.Stage = (*Recognizer)(nil)

// span is one place name found in the text.
type span struct {
	tok        annals.Range
	start, end int // byte offsets into the sentence's source
	key        string
	dateline   bool
	// in is the key of the region or country named right after this name,
	// across a comma ("Beaver Falls, Pennsylvania"), or "".
	in string
	// box marks a name that says where the name before it lies, and so
	// means the region or country rather than a city: "West Point, New York".
	box bool
	// of is the key of the name a box name places, or "".
	of string
	// suffixed marks a name followed by a word such as "County" or
	// "province": it names an area, which a small town of the name is not.
	suffixed bool
	// county marks a name followed by "County" or "Parish" that the
	// gazetteer does not know whole: the county, which is not the town of
	// the name ("Rachel in Lincoln County" is not in Lincoln, Nebraska).
	county bool
	// listed marks an item of a list after its first, or of a list
	// after a colon: its kind is the list's.
	listed bool
	// fixed is one more than the place a name the gazetteer lacks was
	// found to mean, by a tolerant lookup in the article's countries; 0
	// for a known name.
	fixed int32
	// area marks a name after "the state of", "the province of": the
	// region, not a city of the same name ("the state of New York").
	area bool
	// town marks a name said to be a town or village ("the town of
	// Madrid", "the towns damaged were Cantilan, Madrid"): never a
	// national capital (but "the southern town of Adana" may be a city).
	town bool
	// inName marks a town candidate after a cue that may be part of a
	// longer name ("the American Consulate in Leningrad"): only a great
	// city's other name is taken there (cue_in_names.go).
	inName bool
	// bare marks a town named with no cue at all, which only a country
	// the article names outright may place.
	bare bool
	// translit marks a name the gazetteer lacks, after a strong cue or
	// before ", Country", that may be another spelling of a town there.
	translit bool
	// newArea marks a name the gazetteer lacks that the text calls an
	// area ("the province of Banten", "in Kalinga province"): a region
	// of the article's country, not of the gazetteer.
	newArea bool
	// district marks a new area called a district ("in Salaheddin
	// district"): news names so the quarters of a town as often as the
	// divisions of a country.
	district bool
	// weak marks a name after a weak cue, or the first of a "City,
	// Region" pair found without any cue: only a city or region that is
	// not a capital is kept.
	weak bool
	// row is one more than the byte offset, in the second tier, of the
	// place (a small town) that a name the gazetteer lacks was found to
	// mean; 0 otherwise.
	row int32
	// heading marks a state heading a column of a table of towns, whose
	// rows below are its towns (headed_rows.go).
	heading bool
}

// next returns the token after the name and any suffix word such as
// "County" that follows it.
func (sp *span) next() int {
	if sp.suffixed {
		return sp.tok.End + 1
	}
	return sp.tok.End
}

// Annotate finds the places in doc.Tokens: known names after a locative
// preposition or continuing a list of such places, and a dateline at the
// head of the text. It resolves each, preferring the countries the article
// itself mentions, then appends one annals.Place per distinct place and
// one PlaceMention per mention.
func (r *Recognizer) Annotate(ctx context.Context, doc *annals.Doc) error {
	if r.memos != nil && r.runs == nil {
		return r.annotateMemo(ctx, doc)
	}
	return r.annotate(ctx, doc)
}

// annotate is Annotate's work, on a Recognizer that may carry a run memo.
func (r *Recognizer) annotate(ctx context.Context, doc *annals.Doc) error {
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("where: %w", err)
	}
	var spans []span // lent by the memo when r has one, as buf is
	var unknownArr [4]span
	unknown := unknownArr[:0] // names the gazetteer lacks, after a cue
	// towns starts empty, not in an array on the stack as unknown does:
	// its address goes to pair, so such an array would move to the heap
	// for every article, and few articles have any.
	var towns []span     // the same, perhaps places of the second tier; lent as spans
	var context []string // countries named outside place mentions
	var bareArr [4]span
	bare := bareArr[:0]  // towns named with no cue, kept if the article places them
	var areas []span     // areas the gazetteer lacks, named as areas after a cue
	var compounds []span // pairs of towns joined by a dash, kept if the article places both
	var firms []string   // such pairs that the article writes as a firm's name
	var buf []byte       // scratch for folded keys, lent by the memo when r has one
	if r.runs != nil {
		buf, spans, towns = r.runs.buf[:0], r.runs.spans[:0], r.runs.towns[:0]
	}
	var pairAt []int // starts of the spans listDatelinePair gave
	out := chainOut{spans: &spans, towns: &towns, compounds: &compounds, context: &context, firms: &firms}
	first := true
	lowerCased := lowerCasedText(doc)
	var classes []tokenClass
	if r.runs != nil {
		classes = r.runs.classes
	} else {
		classes = make([]tokenClass, len(doc.Tokens))
	}
	for si := range doc.Sentences {
		s := &doc.Sentences[si]
		src := doc.SourceOf(si)
		marks := classify(doc, si, classes)
		if r.runs != nil {
			r.runs.marks[si] = marks
		}
		if first && !s.Title {
			first = false
			if sp, ok := r.dateline(doc, si, src, &buf); ok {
				spans = append(spans, sp)
			} else if sp, ok := r.headedDateline(doc, si, src, &buf); ok {
				spans = append(spans, sp)
			}
		} else if !s.Title && capitalsHead(doc, s) {
			if sp, ok := r.listDateline(doc, si, src, &buf); ok {
				spans = append(spans, sp)
			} else if c, town, box, ok := r.listDatelinePair(doc, si, src, &buf); ok {
				pairAt = append(pairAt, c.tok.Start, box.tok.Start)
				if town {
					towns = append(towns, c)
				} else {
					spans = append(spans, c)
				}
				spans = append(spans, box)
			}
		}
		for i := s.Tokens.Start; i < s.Tokens.End; i++ {
			cl := classes[i]
			if cl == 0 && !lowerCased {
				continue // see classTheOrColon
			}
			c := noCue
			if cl&classMayCue != 0 {
				c = r.placeCue(doc, si, i)
			}
			// "the District of Columbia": "of" inside a known name
			// introduces no place of its own.
			if c != noCue && doc.Tokens[i].Norm == "of" && i > s.Tokens.Start && capital(&doc.Tokens[i-1]) {
				if sp, ok := r.match(doc, si, i-1, src, &buf); ok && sp.tok.End > i {
					c = noCue
				}
			}
			// Both tests below need a colon: one look at the token
			// spares every other token both.
			colon, example := false, false
			if c == noCue && cl&classTheOrColon != 0 && doc.Tokens[i].Norm == ":" {
				colon = r.colonList(doc, si, i+1, src, &buf)
				// "travelled to these places: like China, South Korea":
				// the examples of a class of places, however few.
				example = !colon && i > s.Tokens.Start && headBefore(doc, si, i-1) &&
					i+2 < s.Tokens.End && exampleWords[doc.Tokens[i+1].Norm] && capital(&doc.Tokens[i+2])
			}
			if colon || example {
				c = strong
			}
			// "blanketted central and south Jilin and north Liaoning",
			// "jolted central and northern Japan": a compass word
			// narrows a territory with no preposition before it.
			if c == noCue && cl&classBeforeCapital != 0 && compassNarrows(doc, si, i) {
				c = strong
			}
			if c == noCue {
				// Every rule of the chain below opens with a capitalised
				// word but theArea, whose "the" may be lower case: most
				// tokens are lower case, and ask no other rule. A rule
				// for a lower-case word goes here as well.
				// Each rule is asked only when the word is the one it
				// opens with ("the") or the article is written as it
				// needs (lowerCased): most lower-case words ask none.
				if cl&classCapital == 0 {
					if cl&classTheOrColon != 0 && doc.Tokens[i].Norm == "the" {
						if e, ok := r.theArea(doc, si, i, src, &buf, &spans); ok {
							i = e - 1
							continue
						}
					}
					if lowerCased {
						if e, ok := r.lowerWire(doc, si, i, src, &buf, &spans); ok {
							i = e - 1
						}
					}
					continue
				}
				if e, ok := r.nameRules(doc, si, i, src, &buf, &out); ok {
					i = e
				} else if t := &doc.Tokens[i]; !s.Title && t.Flags&annals.AllCaps == 0 && !midName(doc, s, i) {
					// bareTown turns away a word inside a name (midName)
					// too, but only after measuring the run.
					var sp span
					if r.bareTown(doc, si, i, src, &buf, &sp) {
						bare = append(bare, sp)
						i = sp.tok.End - 1
					}
				}
				continue
			}
			// "help for Indonesia's balance of payments": a figure the
			// country owns says it is measured, whatever the cue. (The
			// mark, ownFigure's own first test, spares most cues the
			// call.)
			if r.sentenceMay(si, markPossessive) {
				if e, ok := r.ownFigure(doc, si, i+1, src, &buf, &spans); ok {
					i = e - 1
					continue
				}
			}
			// "uneconomical for the Philippines, where costs ranged": a
			// relative "where" makes a country after a weak cue a place
			// (where_relatives.go).
			if c == weakCue {
				if e, ok := r.whereRelative(doc, si, skipThe(doc, si, i+1), src, &buf, &spans); ok {
					i = e - 1
					continue
				}
				// "relied on Britain and Egypt as major markets": a
				// country called a market (called_markets.go), only in a
				// sentence with a noun that calls one so.
				if marks&markCalledNoun != 0 {
					if e, ok := r.calledMarket(doc, si, skipThe(doc, si, i+1), src, &buf, &spans); ok {
						i = e - 1
						continue
					}
				}
			}
			j := i + 1
			if example {
				j++
			}
			// "in [the] UK": a word an editor supplied in brackets.
			if j+3 < s.Tokens.End && doc.Tokens[j].Norm == "[" && doc.Tokens[j+2].Norm == "]" && determiners[doc.Tokens[j+1].Norm] {
				j += 3
			}
			j = skipBoth(doc, si, j)
			// "in the Netherlands" skips the article; "in The Hague" keeps
			// it when the name is known only whole, with its capital "The".
			if j < s.Tokens.End && doc.Tokens[j].Norm == "the" {
				if !capital(&doc.Tokens[j]) || j+1 >= s.Tokens.End || !r.theName(doc, si, j, src, &buf) {
					j++
				}
			}
			// "in southwest France", "in the central Philippines". After
			// any preposition, a word narrowing the area shows that a
			// territory follows, not its government: "on the central
			// Philippines".
			for k := 0; k < 2 && j < s.Tokens.End && !capital(&doc.Tokens[j]) && areaAdjFilter.May(doc.Tokens[j].Norm) && areaAdj[doc.Tokens[j].Norm]; k++ {
				j++
				c = strong
				// "in southern and eastern Italy": two parts of one area.
				if k == 0 && j+1 < s.Tokens.End && doc.Tokens[j].Norm == "and" && areaAdj[doc.Tokens[j+1].Norm] {
					j++
				}
				// "in central, east and northwest China": a list of parts.
				if k == 0 {
					j = adjList(doc, si, j)
				}
			}
			// "protests in the capital, San Juan": the noun's
			// apposition names the place.
			if j+2 < s.Tokens.End && appositiveFilter.May(doc.Tokens[j].Norm) && appositive[doc.Tokens[j].Norm] && doc.Tokens[j-1].Norm == "the" &&
				doc.Tokens[j+1].Norm == "," && capital(&doc.Tokens[j+2]) {
				// The noun says a place follows, whatever the cue: "since
				// the capital, Sanaa, fell".
				j += 2
				c = strong
			}
			// "in all 50 states and the District of Columbia": a class
			// of places, then one more of them.
			item0 := 0
			// A preposition inside a longer name ("St Margaret's at
			// Cliffe", "Newcastle upon Tyne") does not vouch for a
			// small town after it.
			// But "near" joins no name ("Seven Project near Kittanning,
			// Pa.": near_towns.go).
			inName := cueInName(doc, s, i) && !nearCue(doc.Tokens[i].Norm) // cue_in_names.go
			if k := classThen(doc, si, j); k > j {
				j, item0 = k, 1
			}
			dated := false // the items so far each carry a date
			// areaList is the singular area noun before "of" ("states of"
			// gives "state"), which the items of the list are, or "".
			areaList := ""
			if doc.Tokens[i].Norm == "of" && i > s.Tokens.Start && areaNouns[doc.Tokens[i-1].Norm] {
				areaList = strings.TrimSuffix(doc.Tokens[i-1].Norm, "s")
			}
			// The cue's token, kept for townCue: the loop below moves i,
			// and asks townCue only of an item it finds (most cues find
			// none).
			cueAt := i
			fronted := i == s.Tokens.Start // "In London, the U.S. was"
			roll := c == strong && namesList(doc, si, i)
			figured := c == strong && doc.Tokens[i].Norm == "of" && r.figureOf(doc, si, i)
			listStart := len(spans)
			for item := item0; ; item++ {
				// "from Antwerp-Hamburg range": a leg's two towns
				// (joined_legs.go). legOpens turns most words away
				// before the call and its two spans to zero and copy.
				if legOpens(doc, si, j) {
					if x, y, e, ok := r.joinedLeg(doc, si, j, src, &buf); ok && !inName {
						spans = legSpans(spans, x, y, c == weakCue, item > 0 || colon)
						if i, j = e-1, listNext(doc, si, e); j == e {
							break
						}
						continue
					}
				}
				// "at Seal Island", "near Santa Cruz Island": an island
				// or a peninsula the gazetteer lacks (island_areas.go).
				if c == strong && !inName {
					if a, e := r.islandArea(doc, si, cueAt, j, src, &buf); e > j {
						areas = append(areas, a)
						if j = e; j < s.Tokens.End && doc.Tokens[j].Norm == "," {
							j++
						}
						if j < s.Tokens.End && (doc.Tokens[j].Norm == "and" || doc.Tokens[j].Norm == "or") {
							j++
						}
						continue
					}
				}
				// "in New york": a great city's name in the wrong case
				// (odd_case_city.go), asked only of a word that may open
				// one: most names are in the right case, and the call
				// returns a span.
				var sp span
				ok := false
				if oddCaseOpens(doc, s, j, lowerCased) {
					sp, ok = r.oddCaseCity(doc, si, j, src, &buf)
				}
				if !ok {
					sp, ok = r.match(doc, si, j, src, &buf)
				}
				// The items of a dated list all carry dates: "in the
				// United States in 1985, U.S. firms sold" is no list.
				if ok && dated && dateAt(doc, si, sp.next()) < 0 {
					break
				}
				if !ok && c == strong {
					// "the provinces of Kalinga and Abra": an area the
					// gazetteer lacks, and the list goes on after it.
					if a, e := r.newArea(doc, si, i, j, src, &buf); e > j {
						areas = append(areas, a)
						j = e
						if j < s.Tokens.End && doc.Tokens[j].Norm == "," {
							j++
						}
						if j < s.Tokens.End && (doc.Tokens[j].Norm == "and" || doc.Tokens[j].Norm == "or") {
							j++
						}
						if j < s.Tokens.End && doc.Tokens[j].Norm == "the" {
							j++
						}
						continue
					}
				}
				if !ok {
					if c == strong {
						// After a cue inside a name, only a great city's
						// other name (cue_in_names.go).
						if u, ok := r.townName(doc, si, j, src, &buf); ok {
							u.inName = inName
							towns = append(towns, u)
						}
					}
					// "the ports of Dalian and Xingang": after a figure's
					// "of", a name the gazetteer lacks is no slip for a
					// known one.
					if figured {
						break
					}
					// A name the gazetteer lacks does not end the list:
					// "in Babyninsky, Russia", "such as Boracay and Coron".
					if next := r.skipUnknown(doc, si, j, src, &buf, roll); next > j {
						// "the port town of Mokha, Yemen": the unknown name
						// may be a spelling of a town of that country.
						if doc.Tokens[next-1].Norm == "," && next-1-j <= maxTranslitWords {
							if box, ok := r.match(doc, si, next, src, &buf); ok && r.g.container(box.key) >= 0 && !geoSuffix[doc.Tokens[next-2].Norm] {
								unknown = append(unknown, span{tok: annals.Range{Start: j, End: next - 1},
									start: int(doc.Tokens[j].Start), end: int(doc.Tokens[next-2].End), in: box.key, translit: true})
							}
						}
						j = next
						continue
					}
					// "southwest of the town of Guenica": perhaps a slip
					// for a town of a country the article names.
					if c == strong && j < s.Tokens.End && capital(&doc.Tokens[j]) && doc.Tokens[j].Flags&annals.AllCaps == 0 &&
						len(doc.Tokens[j].Norm) >= minNearIn && (j+1 == s.Tokens.End || !capital(&doc.Tokens[j+1])) {
						t := &doc.Tokens[j]
						unknown = append(unknown, span{tok: annals.Range{Start: j, End: j + 1},
							start: int(t.Start), end: int(t.End)})
					} else if e := r.runEnd(doc, si, j); c == strong && e-j >= 2 && e-j <= maxTranslitWords && allWords(doc, j, e) &&
						doc.Tokens[j].Flags&annals.AllCaps == 0 {
						// "in Maidan Shahr": a name of a few words the
						// gazetteer lacks, perhaps spelt otherwise there.
						unknown = append(unknown, span{tok: annals.Range{Start: j, End: e},
							start: int(doc.Tokens[j].Start), end: int(doc.Tokens[e-1].End), translit: true})
					}
					break
				}
				// "the states of Sao Paulo and Parana" lists regions; "the
				// final states of U.S. trials" does not.
				if ok && areaList == "state" && doc.Tokens[i-1].Norm == "states" && r.g.places[r.g.index[sp.key][0]].Kind == KindCountry {
					break
				}
				// "the states of Sao Paulo and Parana", "the governorate
				// of Hodeidah": the area named after a city, when the
				// gazetteer has it ("Hodeidah Governorate").
				if ok && areaList != "" {
					buf = append(append(append(buf[:0], sp.key...), ' '), areaList...)
					if r.g.hasRegion(string(buf)) {
						sp.key = string(buf)
					}
				}
				// "into Syria, and the US statement said": a later item
				// that qualifies a noun ends the list rather than joins it.
				// So does a first one: "at the London location", "in
				// response to the US airstrike".
				the := sp.tok.Start > s.Tokens.Start && doc.Tokens[sp.tok.Start-1].Norm == "the"
				market := item == 0 && r.marketIn(doc, si, i, sp)
				if e := sp.tok.End; !market && e < s.Tokens.End && (item > 0 || the || r.countryModifier(doc, si, sp)) && nounAfter(&doc.Tokens[e], the) {
					// "in the London and Paris markets": both modify it.
					if sharedModifier(doc, si, spans[listStart:], sp, item) {
						spans = spans[:listStart]
					}
					break
				}
				// "to U.S. fleet movements", "to U.S. and European
				// capital markets": the modifier of a noun further on.
				if e := sp.tok.End; !market && e < s.Tokens.End && item == 0 && !the && r.chainModifier(doc, si, sp) {
					break
				}
				// "a rally in Chicago futures": a city standing for its
				// market (market_cities.go).
				if item == 0 && !the && r.cityMarket(doc, si, i, sp) {
					break
				}
				// "in Colorado and the College of Wooster": a later item
				// that heads a longer name joined by "of" is that name's.
				if e := sp.tok.End; item > 0 && e+1 < s.Tokens.End && doc.Tokens[e].Norm == "of" && capital(&doc.Tokens[e+1]) {
					break
				}
				// "prevent the state of Pennsylvania from certifying": a
				// party kept from acting.
				if e := sp.next(); e+1 < s.Tokens.End && doc.Tokens[e].Norm == "from" &&
					!capital(&doc.Tokens[e+1]) && strings.HasSuffix(doc.Tokens[e+1].Norm, "ing") {
					break
				}
				sp.weak = c == weakCue
				sp.area = item == 0 && doc.Tokens[i].Norm == "of" && i > s.Tokens.Start && areaHeads[doc.Tokens[i-1].Norm]
				// "snow blanketted south Jilin": a direction that alone
				// introduces a name narrows a territory, the region rather
				// than its namesake city. (After a preposition it may
				// narrow either: "in western Sao Paulo".)
				if item == 0 && sp.tok.Start == i+1 && compassWordsFilter.May(doc.Tokens[i].Norm) && compassWords[doc.Tokens[i].Norm] {
					sp.area = true
				}
				sp.listed = item > 0 || colon
				sp.town = townCue(doc, si, cueAt)
				// "in Stockholm, Sweden": the name after the comma may
				// say where the one before it lies.
				// So may one after "Westchester County,".
				if n := len(spans); n > 0 && spans[n-1].next()+1 == sp.tok.Start &&
					doc.Tokens[sp.tok.Start-1].Norm == "," && r.g.container(sp.key) >= 0 {
					spans[n-1].in = sp.key
					sp.box, sp.of = true, spans[n-1].key
				}
				// "Washington, D.C.": a second name for the same place
				// says which place the first means, and the two are written
				// as one name, unlike a "City, Region" pair's two.
				if n := len(spans); n > 0 && spans[n-1].tok.End+1 == sp.tok.Start &&
					doc.Tokens[sp.tok.Start-1].Norm == "," && sp.key != spans[n-1].key &&
					len(r.g.index[sp.key]) == 1 && slices.Contains(r.g.index[spans[n-1].key], r.g.index[sp.key][0]) {
					spans[n-1].key = sp.key
					spans[n-1].tok.End, spans[n-1].end = sp.tok.End, sp.end
					spans[n-1].in, sp.box = "", false
					i = sp.tok.End - 1
					j = sp.tok.End
					if j < s.Tokens.End && doc.Tokens[j].Norm == "," {
						j++
					}
					if j < s.Tokens.End && (doc.Tokens[j].Norm == "and" || doc.Tokens[j].Norm == "or") {
						j++
					}
					if j == sp.tok.End {
						break
					}
					continue
				}
				spans = append(spans, sp)
				i = sp.tok.End - 1
				// "in Florida's West Palm Beach", "in Pakistan's Punjab":
				// a city or region inside the one just named.
				if e := sp.tok.End; e+1 < s.Tokens.End && doc.Tokens[e].Norm == "'s" {
					if box := r.g.container(sp.key); box >= 0 {
						if in, ok := r.match(doc, si, e+1, src, &buf); ok && r.g.inside(in.key, box) {
							in.in = sp.key
							spans = append(spans, in)
							i = in.tok.End - 1
						}
					}
				}
				// "was in India: New Delhi": after a colon, a place within
				// the country just named says where in it.
				if e := sp.tok.End; e+1 < s.Tokens.End && doc.Tokens[e].Norm == ":" {
					if box := r.g.container(sp.key); box >= 0 && r.g.places[box].Kind == KindCountry {
						if in, ok := r.match(doc, si, e+1, src, &buf); ok && r.g.inside(in.key, box) {
							in.in = sp.key
							spans = append(spans, in)
							i = in.tok.End - 1
						}
					}
				}
				// A list: "in Kabul, Herat and Kandahar", also of dated
				// items: "in the Philippines first on February 6, Tonga
				// on October 22, ...".
				j = whenAfter(doc, si, sp.next())
				dated = j != sp.next()
				// "New South Wales (NSW), Victoria and Western Australia":
				// the name's bracketed acronym names it again, and the
				// list goes on after it.
				if e := bracketAcronym(doc, si, j, sp); e > 0 && !dated {
					ac := sp
					t := &doc.Tokens[j+1]
					ac.tok, ac.start, ac.end = annals.Range{Start: j + 1, End: j + 2}, int(t.Start), int(t.End)
					ac.in, ac.box, ac.of, ac.suffixed = "", false, "", false
					spans = append(spans, ac)
					i, j = e-1, e
					if j >= s.Tokens.End || doc.Tokens[j].Norm != "," && doc.Tokens[j].Norm != "and" && doc.Tokens[j].Norm != "or" {
						break
					}
				}
				// "In London, the U.S. was supported by": after a
				// fronted place, names that a verb follows are the
				// clause's subject, not more places.
				if item == 0 && fronted && j < s.Tokens.End && doc.Tokens[j].Norm == "," && subjectAfter(doc, si, j+1) {
					break
				}
				if j < s.Tokens.End && doc.Tokens[j].Norm == "," {
					j++
				}
				if j < s.Tokens.End && (doc.Tokens[j].Norm == "and" || doc.Tokens[j].Norm == "or") {
					j++
				}
				if j == whenAfter(doc, si, sp.next()) {
					break
				}
				if j < s.Tokens.End && doc.Tokens[j].Norm == "the" { // "France, the Netherlands and ..."
					j++
				}
				// "western Sao Paulo, southwestern Minas Gerais".
				for k := 0; k < 2 && j < s.Tokens.End && !capital(&doc.Tokens[j]) && areaAdjFilter.May(doc.Tokens[j].Norm) && areaAdj[doc.Tokens[j].Norm]; k++ {
					j++
				}
			}
		}
		if s.Title { // "DOLLAR OPENS LOWER IN QUIET ZURICH" (market_headlines.go)
			if sp, ok := r.shoutedMarket(doc, si, src, &buf, spans); ok {
				spans = append(spans, sp)
			}
		}
	}
	// "the Group of Seven -- the United States, Japan, ...": members.
	spans = slices.DeleteFunc(spans, func(sp span) bool {
		list := r.g.index[sp.key]
		return len(list) > 0 && r.g.places[list[0]].Kind == KindCountry && groupMember(doc, doc.SentenceOf(sp.tok.Start), sp) ||
			r.ownedFirm(doc, sp) // "to Australia's <Amcor Ltd>": an affiliation
	})
	// "a stake in Burlington" beside "Burlington Industries Inc".
	spans = r.firmShortNames(doc, spans)
	spans = r.modifiers(doc, spans)     // "Hartford, Conn.-based", "under Delaware law"
	spans = statesAsParties(doc, spans) // "guaranteed by the state of Tasmania" (round 41)
	spans = r.readProvinces(doc, spans) // "in Santa Fe and Entre Rios provinces" (round 42)
	// "Fresno and Kern counties, Calif." (round 62).
	spans = r.countyListRegions(doc, spans, &buf)
	if len(spans) == 0 && len(areas) == 0 && len(towns) == 0 {
		r.keepScratch(buf, spans, towns)
		return nil
	}

	// First pass: the countries the article mentions, from country names
	// and from names that are places in only one country, small towns
	// aside. Country names, and region names so placed, name the country
	// outright.
	var countries, named []string
	addCountry := func(code string, outright bool) {
		if !slices.Contains(countries, code) {
			countries = append(countries, code)
		}
		if outright && !slices.Contains(named, code) {
			named = append(named, code)
		}
	}
	var deferred []string
	for _, sp := range spans {
		list := r.g.index[sp.key]
		top := &r.g.places[list[0]]
		if sp.weak {
			continue // it must be placed by the others, not place them
		}
		if top.Kind == KindCountry {
			// A country named like a region elsewhere ("Georgia") places
			// its country only after the other names have had their say,
			// so that a story set in the United States reads the state.
			if r.g.regionElsewhere(list) {
				deferred = append(deferred, top.Country)
				continue
			}
			addCountry(top.Country, true)
			continue
		}
		one := !top.small()
		for _, p := range list[1:] {
			c := &r.g.places[p]
			one = one && (c.Country == top.Country || c.small())
		}
		if one {
			addCountry(top.Country, top.Kind == KindRegion)
		}
	}

	// For a name such as "Georgia", countries the text names only as
	// modifiers ("a U.S. senator") rank before the deferred ones; they
	// place nothing else, since a town named like a person ("after
	// Clinton resigned") would follow them.
	var ambiguous []string
	if len(deferred) > 0 {
		ambiguous = append(ambiguous, countries...)
		for _, code := range context {
			if !slices.Contains(ambiguous, code) {
				ambiguous = append(ambiguous, code)
			}
		}
	}
	for _, code := range deferred {
		addCountry(code, true)
		if !slices.Contains(ambiguous, code) {
			ambiguous = append(ambiguous, code)
		}
	}

	// A town named with no cue, in a sentence that names another place
	// with one ("Jolo, and the Sulu region it is within, were among the
	// areas"), is a place when it lies in a country the article names
	// outright and is no capital, common word or given name.
	for _, b := range bare {
		si := doc.SentenceOf(b.tok.Start)
		if !slices.ContainsFunc(spans, func(sp span) bool { return doc.SentenceOf(sp.tok.Start) == si }) {
			continue
		}
		if p := r.g.resolve(b.key, named, named, false, false); p >= 0 {
			if c := &r.g.places[p]; c.Kind == KindCity && !c.Capital && slices.Contains(named, c.Country) &&
				!commonWords[b.key] && !firstNames[b.key] {
				b.bare = true
				spans = append(spans, b)
			}
		}
	}

	// "the Mysore–Bangalore Tippu Express": two towns joined by a dash
	// name a route or a link between them, so both are places when both
	// are towns of countries the article names outright.
	for k := 0; k+1 < len(compounds); k += 2 {
		x, y := compounds[k], compounds[k+1]
		if slices.Contains(firms, x.key+"-"+y.key) {
			continue // "Allen-Bradley Co" ... "the Allen-Bradley unit"
		}
		px := r.g.resolve(x.key, named, named, false, false)
		py := r.g.resolve(y.key, named, named, false, false)
		if px < 0 || py < 0 || px == py {
			continue
		}
		a, b := &r.g.places[px], &r.g.places[py]
		if a.Kind != KindCity || b.Kind != KindCity || !slices.Contains(named, a.Country) || !slices.Contains(named, b.Country) ||
			commonWords[x.key] || commonWords[y.key] || firstNames[x.key] || firstNames[y.key] {
			continue
		}
		x.bare, y.bare = true, true
		spans = append(spans, x, y)
	}

	var tier *townTier // the second tier, once a name needs it
	// Names the gazetteer lacks, after a locative cue, may be slips for
	// towns of the countries the article names.
	for _, u := range unknown {
		buf = fold.Append(buf[:0], doc.SourceOf(doc.SentenceOf(u.tok.Start))[u.start:u.end])
		if commonWordsFilter.MayBytes(buf) && commonWords[string(buf)] || notPlacesFilter.MayBytes(buf) && notPlaces[string(buf)] {
			continue
		}
		p := int32(-1)
		// A known name was left out for a reason ("within Hong Kong
		// government", "converted into Taiwan dollars"): it is no
		// spelling of another (Tainan).
		_, known := r.g.index[string(buf)]
		if u.tok.Len() == 1 && u.in == "" && !known {
			p = r.g.nearIn(buf, named)
		}
		// "Wentsville, Mo.": a slip for a town of the area beside it.
		if u.tok.Len() == 1 && u.in != "" && !known {
			p = r.g.nearWithin(buf, u.in)
		}
		if p < 0 && u.translit && !known {
			in := named
			if u.in != "" {
				if b := r.g.container(u.in); b >= 0 {
					in = []string{r.g.places[b].Country}
				}
			}
			p = r.g.translitIn(buf, in)
		}
		if p >= 0 && u.in != "" {
			// "in Wettolsheim, France": a town of the area beside it is
			// no slip for another (exact_towns.go).
			t, err := r.exactTown(doc, u, string(buf), u.in, &tier)
			if err != nil {
				return err
			}
			switch {
			case t.row >= 0:
				u.key, u.row = string(buf), t.row+1
				spans = append(spans, u)
				continue
			case t.main >= 0:
				u.key, u.fixed = string(buf), t.main+1
				spans = append(spans, u)
				continue
			}
		}
		if p >= 0 {
			u.key, u.fixed, u.in = r.g.keys[p], p+1, ""
			spans = append(spans, u)
		}
	}

	// Names the gazetteer lacks, after a strong cue or beside their
	// region, may be small towns of the second tier, which is decoded
	// only now that one is wanted.
	spans = dropRepeats(spans, pairAt)
	// "The French company ... in Wettolsheim": countries named by
	// adjective widen the list too (adjective_towns.go).
	votes := r.adjectiveCountries(doc)
	townIn := adjectiveTownCountries(townCountries(named, countries, context), votes) // indirect_countries.go
	for _, u := range towns {
		if u.in == "" { // "the Alaskan villages of Gambell and Stebbins" (settlement_adjectives.go)
			u.in = r.settlementState(doc, u.tok.Start)
		}
		if u.in == "" && len(townIn) == 0 && len(r.adjectiveTownCountry(doc, u, nil)) == 0 && !r.greatCityNamed(spans) ||
			slices.ContainsFunc(spans, func(sp span) bool { return sp.tok.Start == u.tok.Start }) {
			continue
		}
		if u.in == "" && featureAfter(doc, u) { // "in Zeebrugge harbour"
			continue
		}
		name := doc.SourceOf(doc.SentenceOf(u.tok.Start))[u.start:u.end]
		buf = fold.Append(buf[:0], name)
		if commonWordsFilter.MayBytes(buf) && commonWords[string(buf)] || notPlacesFilter.MayBytes(buf) && notPlaces[string(buf)] || r.notTown(doc, string(buf), name, u.in) {
			continue
		}
		if tier == nil {
			var err error
			if tier, err = r.g.smallTowns(); err != nil {
				return err
			}
		}
		// "the Belgian port of Zeebrugge" (port_towns.go).
		in := r.adjectiveTownCountry(doc, u, strongTownCue(doc, u, named, townIn))
		// A name inside an institution's ("the American Consulate in
		// Leningrad", cue_in_names.go; "Peter Edward Baker in Lewisham,
		// London", city_districts.go) takes no small town, only the
		// default's great city or district.
		switch t := r.g.town(tier, string(buf), u.in, in); {
		case !u.inName && t.row >= 0:
			u.key, u.row = string(buf), t.row+1
			spans = append(spans, u)
		case !u.inName && t.main >= 0:
			// Another name of a city the gazetteer has: "Titograd".
			u.key, u.fixed = string(buf), t.main+1
			spans = append(spans, u)
		default:
			// "in Leningrad": a great city's other name (great_city_names.go).
			if p := r.greatCityName(doc, u, tier, string(buf), townIn, spans); p >= 0 {
				u.key, u.fixed = string(buf), p+1
				spans = append(spans, u)
			} else if p := r.districtCity(doc, u, spans); p >= 0 {
				// "in Lewisham, London" (city_districts.go).
				u.key, u.fixed = string(buf), p+1
				spans = append(spans, u)
			}
		}
	}

	// "ministers will meet in Luxembourg": the capital named like its
	// country.
	for x := range spans {
		if spans[x].fixed == 0 && spans[x].row == 0 {
			if p := r.capitalCity(doc, spans, x); p >= 0 {
				spans[x].fixed = p + 1
			}
		}
	}

	// "from western Washington": the state (narrowed_regions.go).
	for x := range spans {
		if spans[x].fixed == 0 {
			if p := r.narrowedRegion(doc, &spans[x]); p >= 0 {
				spans[x].fixed = p + 1
			}
		}
	}

	// "<Peabody Holding Co Inc>" ... "in Peabody": the firm (round 42).
	spans = r.bracketFirms(doc, spans)

	// "the Texan town of Friona": the state, as if written after the
	// name (settlement_adjectives.go).
	for x := range spans {
		if spans[x].in == "" && !spans[x].box {
			spans[x].in = r.settlementState(doc, spans[x].tok.Start)
		}
	}

	// Second pass: resolve each name in that context.
	// "Spanish corn": a country named only by its adjective ranks among
	// the countries a namesake is chosen from, by its first mention; it
	// admits no place the article's names would not (see
	// withAdjectiveCountries).
	ranked := r.withAdjectiveCountries(slices.Clone(countries), spans, votes)
	persons := r.surnames(doc, spans, classes, &buf)
	res := make([]int32, len(spans))
	for x, sp := range spans {
		res[x] = -1
		p := int32(-1)
		if sp.fixed > 0 {
			// "Elijah Cummings" ... "into Cummings's role": a name the
			// gazetteer lacks, read as a slip for a town, is the person
			// the article names in full, whatever the cue.
			if c := &r.g.places[sp.fixed-1]; c.Kind != KindCity || !slices.Contains(persons, sp.key) {
				res[x] = sp.fixed - 1
			}
			continue
		}
		if sp.row > 0 {
			// A town named like someone the article names in full is
			// that person, unless placed by its region.
			if sp.in == "" && slices.Contains(persons, sp.key) {
				spans[x].row = 0
			}
			continue
		}
		if sp.box {
			if c, box := r.g.within(sp.of, sp.key); sp.of != "" && c >= 0 {
				p = box // "Columbus, Georgia" is the state that has a Columbus
			} else if p = r.resolveRanked(sp.key, countries, ranked, named, false); p < 0 || r.g.places[p].Kind == KindCity && !r.listedCity(sp, p) {
				p = r.g.container(sp.key)
			}
		} else if sp.in != "" && (r.g.container(sp.key) < 0 || r.g.regionAbroad(sp.key, sp.in)) {
			var box int32
			if p, box = r.g.within(sp.key, sp.in); box >= 0 {
				// "Randolph, New Hampshire": a town the gazetteer lacks
				// in the region named beside it is not a namesake
				// elsewhere. (After a country the comma may end a
				// clause: "In London, Germany's envoy said".)
				if p < 0 && r.g.places[box].Kind == KindRegion {
					// "Middlesex County, Massachusetts": a county the
					// gazetteer lacks is placed in its state, as below.
					if sp.county {
						res[x] = box
						continue
					}
					// It may be a small town there ("Randolph, Maine"), or
					// another name of a city ("Oporto, Portugal").
					if r.notTown(doc, sp.key, doc.SourceOf(doc.SentenceOf(sp.tok.Start))[sp.start:sp.end], sp.in) {
						continue
					}
					if tier == nil {
						var err error
						if tier, err = r.g.smallTowns(); err != nil {
							return err
						}
					}
					switch t := r.g.town(tier, sp.key, sp.in, nil); {
					case t.row >= 0:
						spans[x].row = t.row + 1
						continue
					case t.main >= 0:
						res[x] = t.main
						continue
					}
					// "offices in London, New York and Tokyo": a great
					// city that the region after it holds no town of is
					// an item of a list whose next item is named like a
					// region, not a namesake too small to know.
					if !r.g.greatCity(r.g.index[sp.key]) {
						continue
					}
				}
			}
		}
		if sp.bare {
			p = r.g.resolve(sp.key, named, named, false, false)
		}
		if p < 0 && sp.area {
			p = r.g.area(sp.key)
		}
		if p < 0 {
			in, rin := countries, ranked
			if ambiguous != nil && r.g.regionElsewhere(r.g.index[sp.key]) {
				in, rin = ambiguous, ambiguous
			}
			// After a locative preposition, a small town whose name is
			// unique is admitted in any country the article places, not
			// only those it names outright: "in La Llagosta" in a story
			// on Badalona.
			admit := named
			if !sp.weak {
				admit = countries
			}
			// "the German town of Bad Blankenburg" (settlement_adjectives.go).
			in, rin, admit = r.withSettlementCountry(doc, sp.tok.Start, in, rin, admit)
			p = r.resolveRanked(sp.key, in, rin, admit, sp.dateline)
		}
		// "Daytona Beach, Melbourne and Sarasota, all in Florida",
		// "Birmingham and Huntsville in Alabama": a town is the one in a
		// region its own sentence places things in, before a namesake
		// abroad.
		if p >= 0 && r.g.places[p].Kind == KindCity && sp.in == "" {
			// Only a namesake abroad yields, or a small town of the
			// region's own country ("in Iowa ... an elevator in
			// Burlington" is not Burlington, North Carolina): not a
			// capital, nor a great city ("in Indiana ... talks in
			// Washington").
			if q := r.sentenceRegion(doc, spans, x, &buf); q >= 0 && !r.g.places[p].Capital &&
				(r.g.places[q].Country != r.g.places[p].Country || r.g.places[p].Population < bigTown) {
				p = q
			}
		}
		// "Saudi Arabia extended curfews in the holy cities of Mecca
		// and Medina": a town named in several countries is the one in
		// a country its own sentence names, before any other.
		// (Not a town placed by the region beside it: "based in
		// Vancouver, British Columbia, ... for 4.2 mln U.S. dlrs".)
		if p >= 0 && r.g.places[p].Kind == KindCity && sp.in == "" {
			if c := r.sentenceCountry(doc, spans, x, &buf); c != "" && r.g.places[p].Country != c {
				if q := r.g.resolveKey(sp.key, []string{c}, []string{c}, false); q >= 0 &&
					r.g.places[q].Kind == KindCity && r.g.places[q].Country == c {
					p = q
				}
			}
		}
		if p < 0 || sp.suffixed && r.g.places[p].small() {
			continue
		}
		c := &r.g.places[p]
		// "the town of Madrid" is a namesake the gazetteer lacks.
		if sp.town && c.Kind == KindCity && c.Capital {
			continue
		}
		// "the Liberal and National parties", "Liberal party officials":
		// a town no larger than a word names a party.
		if c.Kind == KindCity && !c.Capital && c.Population < bigTown && sp.in == "" && partyAfter(doc, sp.tok.End) {
			continue
		}
		// After a weak cue, a country or capital is more often the
		// government, and a town more often a person ("after Clinton
		// resigned") unless it lies in a country the article places.
		if sp.weak && (c.Kind == KindCountry || c.Capital || c.Kind == KindCity && !slices.Contains(countries, c.Country)) {
			continue
		}
		// "In Warren's campaign": a town named like a person, in the
		// possessive, is more often the person; a name of several words
		// seldom is ("New York City's restaurants"), unless the article
		// writes it at the head of a firm's name ("San Miguel Corp").
		// But "in Khartoum's black market", "from Houston's Hobby
		// Airport": after a preposition of place, a part of a city is in
		// it.
		if c.Kind == KindCity && !sp.dateline && sp.tok.End < len(doc.Tokens) && doc.Tokens[sp.tok.End].Norm == "'s" &&
			(sp.tok.End-sp.tok.Start == 1 || startsLonger(doc, sp)) && !cityPart(doc, sp) && !ownPart(doc, sp) &&
			!sessionAfter(doc, doc.SentenceOf(sp.tok.Start), sp.tok.End) {
			continue
		}
		// "John Horton Conway" elsewhere in the article: a town named
		// like someone the article names in full is that person, unless
		// placed by a region beside it.
		if c.Kind == KindCity && !sp.dateline && sp.in == "" && slices.Contains(persons, sp.key) {
			continue
		}
		// "from Blenheim Palace" ... "installed at Blenheim": a town
		// abroad, named like the head of a longer name the article
		// writes, is short for that name.
		if c.Kind == KindCity && !sp.dateline && sp.in == "" && !slices.Contains(named, c.Country) &&
			!c.Capital && c.Population < bigTown && // "London Underground" leaves London
			sp.tok.End-sp.tok.Start == 1 && r.headOfName(doc, sp.key, &buf) {
			continue
		}
		res[x] = p
	}

	// "in Santa Cruz, on Tenerife" in a story on Spain: the short form of
	// a town of the article's countries (short_forms.go).
	r.shortFormTowns(spans, res, countries)

	// "Martinsville, Virginia" ... "in Abingdon": a town abroad whose name
	// a town of a region the article names also bears, in a country the
	// article names no region of its own, is the town of that region.
	var regions []int32
	for _, p := range res {
		if p >= 0 && r.g.places[p].Kind == KindRegion && r.g.places[p].admin != "" && !slices.Contains(regions, p) {
			regions = append(regions, p)
		}
	}
	for x, sp := range spans {
		p := res[x]
		if p < 0 || len(regions) == 0 || sp.in != "" || sp.box || sp.dateline || r.g.places[p].Kind != KindCity {
			continue
		}
		c := &r.g.places[p]
		// A great city keeps its name ("near Houston" beside Scotland).
		if slices.Contains(named, c.Country) || c.Capital || c.Population >= bigTown {
			continue
		}
		for _, q := range r.g.index[sp.key] {
			d := &r.g.places[q]
			if d.Kind != KindCity || d.Country == c.Country {
				continue
			}
			if slices.ContainsFunc(regions, func(b int32) bool {
				return r.g.places[b].Country == d.Country && r.g.places[b].admin == d.admin
			}) {
				res[x] = q
				break
			}
		}
	}

	// "primaries in Idaho, Michigan, North Dakota, and Washington": an
	// item of a list of regions is a region too, the state rather than
	// the capital named alike. Two other regions of the country in the
	// sentence make the list one of regions ("talks in New York and
	// Washington" is not). A city that is no capital is the region only
	// beside a region in the list ("rain across New England, New York and
	// Pennsylvania", but not "Indianapolis, New York's Kennedy Airport,
	// Philadelphia" amid states), and then one other region will do for
	// a city too small to be news on its own ("in Chaco and Formosa").
	for x, sp := range spans {
		p := res[x]
		if p < 0 || !sp.listed || r.g.places[p].Kind != KindCity {
			continue
		}
		b := r.g.area(sp.key)
		if b < 0 || r.g.places[b].Kind != KindRegion || r.g.places[b].Country != r.g.places[p].Country {
			continue
		}
		if !r.g.places[p].Capital && !r.regionBeside(doc, spans, res, x, b) {
			continue
		}
		si, n := doc.SentenceOf(sp.tok.Start), 0
		for y, q := range res {
			if y != x && q >= 0 && q != b && r.g.places[q].Kind == KindRegion && r.g.places[q].Country == r.g.places[b].Country &&
				doc.SentenceOf(spans[y].tok.Start) == si {
				n++
			}
		}
		if n >= 2 || n == 1 && !r.g.places[p].Capital && r.g.places[p].Population < greatCapital {
			res[x] = b
		}
	}
	r.statePairs(doc, spans, res) // "in Maine and New York" (state_pairs.go)

	// "Rachel in Lincoln County": a county the gazetteer lacks is not the
	// town it is named after. It is placed in the region named beside it
	// ("Greene County, Pennsylvania"), or else in the one region of the
	// town's country the article names; otherwise it is left out rather
	// than put in a namesake town.
	for x, sp := range spans {
		p := res[x]
		if p < 0 || !sp.county || r.g.places[p].Kind != KindCity {
			continue
		}
		if r.listedCounty(doc, spans, res, x, p) {
			continue
		}
		res[x] = -1
		if sp.in != "" {
			if b := r.g.container(sp.in); b >= 0 && r.g.places[b].Kind == KindRegion {
				res[x] = b
			}
			continue
		}
		for _, b := range regions {
			if r.g.places[b].Country != r.g.places[p].Country {
				continue
			}
			if res[x] >= 0 && res[x] != b {
				res[x] = -1 // two regions: which one is unknown
				break
			}
			res[x] = b
		}
	}

	// One sense per article: a name that can mean a capital the article
	// names outright elsewhere means that capital, not a namesake region
	// (but "New York" stays the state beside "New York City")
	// ("Washington D.C." ... "around Washington"), unless it is an item
	// of a list, whose items are of a kind ("Virginia, Washington and
	// Washington, D.C.").
	for x, sp := range spans {
		if p := res[x]; p < 0 || sp.listed || r.g.places[p].Kind != KindRegion {
			continue
		}
		for y, q := range res {
			if q >= 0 && y != x && r.g.places[q].Capital && slices.Contains(r.g.index[sp.key], q) {
				res[x] = q
				break
			}
		}
	}

	// One sense per article for a region named beside a town ("White
	// Plains, New York"): the bare name means that region too when the
	// article writes its city otherwise ("New York City"), as long as the
	// city is no capital ("Washington, D.C." ... "around Washington").
	for x, sp := range spans {
		p := res[x]
		if p < 0 || sp.box || r.g.places[p].Kind != KindCity || r.g.places[p].Capital {
			continue
		}
		region, other := int32(-1), false
		for y, q := range res {
			switch {
			case q < 0 || y == x:
			case spans[y].box && spans[y].key == sp.key && r.g.places[q].Kind == KindRegion:
				region = q
			case q == p && spans[y].key != sp.key:
				other = true
			}
		}
		if region >= 0 && other {
			res[x] = region
		}
	}

	r.areaReadings(doc, spans, res, &buf)
	r.settleTownPairs(doc, spans, res, &buf)
	r.regionSenses(spans, res) // "Oshawa, Ontario" ... "in Ontario and Quebec"
	// "east of St. John's": a town named with its possessive
	// (possessive_names.go).
	r.possessiveNames(doc, spans, res, countries, named, &buf)
	// "in northeastern Bolivar province": a division the gazetteer lacks
	// (town_divisions.go).
	areas = r.townDivisions(doc, spans, res, areas)
	r.townsOutsideRegions(spans, res, regions) // "near Richland, Wash" ... "at Hanford"
	r.currencyCountries(doc, spans, res)       // "In U.S. dlrs per tonne"
	r.sharedShortNamesLeft(doc, spans, res)    // "in Korea" ... "North and South Korea"

	// "the towns damaged were Carrascal, Cantilan, Madrid": the items
	// of a list of towns are neighbours (list_neighbours.go).
	var err error
	if spans, res, err = r.listNeighbours(doc, spans, res, &tier, &buf); err != nil {
		return err
	}

	// Group the mentions by place.
	seen := make(map[int32]int, len(spans)) // place -> index into doc.Places
	for x, sp := range spans {
		p := res[x]
		var c *Candidate
		switch {
		case sp.row > 0:
			t := tier.place(sp.row - 1)
			c, p = &t, -1-sp.row
		case p >= 0:
			c = &r.g.places[p]
		default:
			continue
		}
		k, ok := seen[p]
		if !ok {
			k = len(doc.Places)
			seen[p] = k
			doc.Places = append(doc.Places, annals.Place{
				Name: c.Name, Country: c.Country, Lat: c.Lat, Lon: c.Lon, GeonameID: c.ID,
			})
		}
		pl := &doc.Places[k]
		pl.Mentions = append(pl.Mentions, [2]int{sp.start, sp.end})
		pl.Dateline = pl.Dateline || sp.dateline
		m := annals.Mention{Kind: annals.PlaceMention, Tokens: sp.tok, Name: c.Name, Code: c.Country, Entity: -1}
		if republicNamed(doc, sp.tok) {
			m.Via = annals.ViaRepublic
		}
		doc.Mentions = append(doc.Mentions, m)
	}
	r.addAreas(doc, areas, spans, res, countries, named, persons)
	r.keepScratch(buf, spans, towns)
	return nil
}

// addAreas appends the areas the gazetteer lacks that the text calls
// areas ("the province of Banten") as places of the region or country
// named beside them, or else of the first country the article names
// outright, or else of the country it places most, or else of the first
// it places; an area the article names nowhere is left out, as is one
// named like a person the article writes in full. Such a place has no
// gazetteer entry: it stands at the centre of the region beside it or at
// the country's point, and is named as written.
func (r *Recognizer) addAreas(doc *annals.Doc, areas, spans []span, res []int32, countries, named, persons []string) {
	for _, a := range areas {
		if slices.Contains(persons, a.key) {
			continue
		}
		// "a neighbourhood of Aleppo, Syria. The accident in Salaheddin
		// district": a district named in or just after a sentence that
		// names a town is a quarter of that town, and stands at its point.
		if a.district && a.in == "" {
			if town := r.townNear(doc, a, spans, res); town >= 0 {
				c := &r.g.places[town]
				r.addArea(doc, a, annals.Place{Country: c.Country, Lat: c.Lat, Lon: c.Lon, GeonameID: c.ID})
				continue
			}
		}
		box := int32(-1)
		if a.in != "" {
			box = r.g.container(a.in)
		}
		// Else the country the article names first, or the one whose
		// places it names most (area_countries.go).
		if box < 0 {
			box = r.areaCountry(doc, a, named)
		}
		switch {
		case box >= 0:
		case len(countries) > 0:
			box = r.g.byISO3[countries[0]]
		default:
			continue
		}
		c := &r.g.places[box]
		// A district placed only in a country has no point of its own:
		// the country's is its capital's, often hundreds of kilometres
		// off, so it is left out rather than put on the map there.
		if a.district && c.Kind == KindCountry {
			continue
		}
		r.addArea(doc, a, annals.Place{Country: c.Country, Lat: c.Lat, Lon: c.Lon})
	}
}

// addArea records the new area a as the place at, named as written, or
// adds the mention to the place of that name and entry already recorded.
func (r *Recognizer) addArea(doc *annals.Doc, a span, at annals.Place) {
	at.Name = doc.SourceOf(doc.SentenceOf(a.tok.Start))[a.start:a.end]
	k := slices.IndexFunc(doc.Places, func(p annals.Place) bool {
		return p.GeonameID == at.GeonameID && p.Country == at.Country && fold.Key(p.Name) == a.key
	})
	if k < 0 {
		k = len(doc.Places)
		doc.Places = append(doc.Places, at)
	}
	doc.Places[k].Mentions = append(doc.Places[k].Mentions, [2]int{a.start, a.end})
	doc.Mentions = append(doc.Mentions, annals.Mention{
		Kind: annals.PlaceMention, Tokens: a.tok, Name: doc.Places[k].Name, Code: at.Country, Entity: -1,
	})
}

// townNear returns the town named nearest the new area a in its sentence
// or the one before (the earlier of two as near), or -1.
func (r *Recognizer) townNear(doc *annals.Doc, a span, spans []span, res []int32) int32 {
	sa := doc.SentenceOf(a.tok.Start)
	best, bestD := int32(-1), 0
	for x, sp := range spans {
		p := res[x]
		if p < 0 || r.g.places[p].Kind != KindCity {
			continue
		}
		if ss := doc.SentenceOf(sp.tok.Start); ss != sa && ss != sa-1 {
			continue
		}
		d := nearness(sp.tok.Start, a.tok.Start)
		if best < 0 || d < bestD {
			best, bestD = p, d
		}
	}
	return best
}

// nearness ranks token i by its distance from token at, the earlier of
// two as near ranking nearer: 0 at at, then at-1, at+1, at-2, ...
func nearness(i, at int) int {
	if d := i - at; d < 0 {
		return -d*2 - 1
	} else {
		return d * 2
	}
}

// placeCue says whether token i of sentence si introduces a place: a
// locative preposition or "of" after a geographic noun strongly, any other
// preposition but those of notWeak weakly.
func (r *Recognizer) placeCue(doc *annals.Doc, si, i int) cue {
	t := &doc.Tokens[i]
	if t.Flags&annals.Punct != 0 {
		if t.Norm == "," && capitalApposition(doc, si, i) {
			return strong
		}
		return noCue
	}
	cw := cueWordOf(t.Norm)
	if cw.sets&inPlaceCueWords == 0 {
		if t.Tag == annals.IN && !(notWeakFilter.May(t.Norm) && notWeakSet.has(t.Norm)) {
			return weakCue
		}
		return noCue
	}
	first := i == doc.Sentences[si].Tokens.Start
	if !first && cw.sets&inPairSeconds != 0 && pairFirstFilter.May(doc.Tokens[i-1].Norm) && pairCues[[2]string{doc.Tokens[i-1].Norm, t.Norm}] {
		return strong
	}
	switch {
	case (cw.sets&inDeliveryTerms != 0 || cw.word == nameF) && deliveryCue(doc, si, i):
		// "cif Rotterdam", "c and f Taiwan": the port a price is
		// quoted at, where the goods are delivered.
		return strong
	case cw.word == nameF:
		return noCue
	case cw.word == nameOn && !first && relyFor(doc, si, i):
		// "rely on South Africa for most of its food supplies": where
		// the goods come from (supply_sources.go).
		return strong
	case cw.word == nameFor && !first && salesChangesFilter.May(doc.Tokens[i-1].Norm) && salesChanges[doc.Tokens[i-1].Norm]:
		// "Major increases for West Germany, Venezuela": the buyers
		// an export sales report counts, where the goods go.
		return strong
	case cw.word == nameFor && !first && (figureFor(doc, si, i) || goodsFor(doc, si, i)):
		// "estimates for Yugoslavia", "tonnes of wheat for China": the
		// land a figure measures, where goods go (trade_agents.go).
		return strong
	case cw.word == nameOffshore:
		// "the field offshore Louisiana": where the field lies.
		if offshoreCue(doc, si, i) {
			return strong
		}
		return noCue
	case cw.word == nameBy && !first && tradeBy(doc, si, i):
		// "grain imports by the Soviet Union": the land that trades
		// (trade_agents.go).
		return strong
	case cw.word == nameBy && !first && passive(&doc.Tokens[i-1]):
		// "a lawsuit filed by Texas": the agent of a passive is a party.
		return noCue
	case (cw.word == nameCalled || cw.word == nameNamed || cw.word == nameAs && !first && doc.Tokens[i-1].Norm == "known") &&
		t.Flags&(annals.Cap|annals.AllCaps) == 0 && namedArea(doc, si, i):
		// "the new region, to be called Bangsamoro", "a city named
		// Mumbai": the name given to a place.
		return strong
	case cw.word == nameNative && !first && t.Flags&(annals.Cap|annals.AllCaps) == 0 && possessor[doc.Tokens[i-1].Norm]:
		// "his native New York City": where someone comes from, named as
		// the place it is.
		return strong
	case cw.word == nameOf && !first && doc.Tokens[i-1].Norm == "out" && t.Flags&(annals.Cap|annals.AllCaps) == 0:
		// "sneak chips out of Japan", "service out of Houston": what
		// leaves a place, or works from it, is there. "Scare the hell
		// out of", "get the most out of" are idioms of degree, their
		// object a party.
		if i-3 >= doc.Sentences[si].Tokens.Start && doc.Tokens[i-3].Norm == "the" {
			return noCue
		}
		return strong
	case cw.word == nameOf && !first && featureOf(doc, si, i):
		// "the Black Warrior Basin of Alabama": the land that holds
		// the feature (feature_regions.go).
		return strong
	case cw.word == nameOf && !first && portOf(doc, si, i):
		// "the ports of Tokyo and Osaka": the towns (port_towns.go).
		return strong
	case cw.word == nameOf && !first && r.figureOf(doc, si, i):
		// "the surpluses of West Germany and Japan": measured lands.
		return strong
	case cw.word == nameOf:
		if first || !(geoHeadsFilter.May(doc.Tokens[i-1].Norm) && geoHeads[doc.Tokens[i-1].Norm]) && !partOf(doc, si, i) && !republicOf(doc, si, i) || r.possessorOf(doc, si, i) {
			return noCue
		}
		// "the Northern District of California" is a court's name.
		if h := i - 1; capital(&doc.Tokens[h]) && h > doc.Sentences[si].Tokens.Start &&
			capital(&doc.Tokens[h-1]) && doc.Tokens[h-1].Flags&annals.SentStart == 0 {
			return noCue
		}
		return strong
	case cw.word == nameAfter && !first && rankAfter(doc, si, i):
		// "the world's third largest after West Germany and Japan".
		return strong
	case cw.word == nameAt && !first && campusName(doc, si, i):
		// "the University of California at Berkeley": a campus's name.
		return noCue
	case cw.word == nameFrom && !first && fromPartyFilter.May(doc.Tokens[i-1].Norm) && fromParty[doc.Tokens[i-1].Norm]:
		return noCue
	case cw.word == nameFrom && !first && fromSender(doc, si, i):
		// "ministers from Bahrain", "opposition, notably from West
		// Germany": whom they speak for (from_parties.go).
		return noCue
	case cw.word == nameFrom && !first && contractFrom(doc, si, i):
		// "a contract valued at eight mln dlrs from the Soviet Union":
		// the party that awarded it.
		return noCue
	case cw.word == nameFrom && !first && r.personBefore(doc, si, i, false):
		// "Eliud Kipchoge from Kenya", "Bruce McArthur, from Toronto",
		// "an ethnic Palestinian from Jordan": where someone comes from.
		return noCue
	case cw.word == nameBetween && !first && partiesBetween(doc, si, i):
		// "the conflict between Armenia and Azerbaijan": the parties.
		return noCue
	case cw.word == nameTo && !first && r.goodsTo(doc, si, i) && !r.placeSells(doc, si, i):
		// "a request to sell power to the United States", "a wheat
		// subsidy offer to the USSR": where goods go (goods_offered_to.go).
		return strong
	case cw.word == nameTo && !first && (toPartyFilter.May(doc.Tokens[i-1].Norm) && toParty[doc.Tokens[i-1].Norm] || transferFilter.May(doc.Tokens[i-1].Norm) && transferNouns[doc.Tokens[i-1].Norm]):
		// "loans to Brazil", "aid to Bolivia": a borrower or recipient.
		return noCue
	case cw.word == nameTo && !first && r.placeSells(doc, si, i):
		// "Finland exports finished products to the USSR": its buyer.
		return noCue
	case cw.word == nameTo && !first:
		// "relinquished control of Hong Kong to China": a recipient.
		for k := i - 1; k >= doc.Sentences[si].Tokens.Start && k >= i-6; k-- {
			if !word(&doc.Tokens[k]) {
				break
			}
			if w := doc.Tokens[k].Norm; toRecipientFilter.May(w) && toRecipient[w] {
				if goodsSold(doc, si, k, i) {
					// "sell one mln tonnes to Iran": where goods go.
					break
				}
				return noCue
			}
			// "He said he would go to Paris": a nearer verb of motion
			// takes the "to", not the speaking before it.
			if w := &doc.Tokens[k]; w.Tag == annals.VB && motionVerbsFilter.May(w.Norm) && motionVerbs[w.Norm] || movedFormsFilter.May(w.Norm) && movedForms[w.Norm] {
				break
			}
		}
	case cw.word == nameFor && !first && (forGoalFilter.May(doc.Tokens[i-1].Norm) && forGoal[doc.Tokens[i-1].Norm] || goalAfterAdverb(doc, si, i)):
		return strong
	case cw.word == nameFor && !first && departedFor(doc, si, i):
		return strong
	case cw.sets&inRouteVerbs != 0 && i+1 < doc.Sentences[si].Tokens.End && waters[doc.Tokens[i+1].Norm]:
		// "the Welland Canal linking Lakes Erie and Ontario": a route
		// between waters, whose names are no places.
		return noCue
	case cw.sets&inRouteVerbs != 0 && !first && betweenParty[doc.Tokens[i-1].Norm]:
		// "the deal completes arrangements linking Tokyo, the U.S. And
		// London": a relation links its parties, markets or governments,
		// not the ends of a route.
		return noCue
	case cw.word == nameAs && i-3 >= doc.Sentences[si].Tokens.Start && doc.Tokens[i-3].Norm == "as" &&
		doc.Tokens[i-2].Norm == "far" && compass[doc.Tokens[i-1].Norm]:
		// "as far north as Canada": how far something reaches.
		return strong
	case cw.word == nameIncluding || cw.word == nameAs && !first && doc.Tokens[i-1].Norm == "such":
		// "destinations including Spain", "countries, such as Brazil",
		// "in several countries over the outbreak, including Italy".
		// ("Countries like Japan" are more often parties than places.)
		k := i - 1
		if cw.word == nameAs {
			k--
		}
		if k > doc.Sentences[si].Tokens.Start && doc.Tokens[k].Norm == "," {
			k--
		}
		if headBefore(doc, si, k) {
			if askedIncluding(doc, si, k) {
				return noCue
			}
			return strong
		}
		// "various parts of the U.S., including California": the
		// examples of a place are places within it.
		if cw.word == nameIncluding && k < i-1 && r.endsPlace(doc, si, k) {
			return strong
		}
		return noCue
	}
	// One lookup for the prepositions, the verbs of entryVerbs and the
	// words of namesList.
	switch c := cw.cue; c {
	case strong, weakCue:
		return c
	case verbStrong, verbWeak:
		// "Blizzards lashed Greece", "HEAVY SNOWS HIT GREECE": what the
		// weather strikes is a land, never a party, whatever its kind.
		if leaveVerbs[t.Norm] && !departure(doc, si, i) {
			return noCue
		}
		if c == verbWeak && stormBefore(doc, si, i) {
			return strong
		}
		if t.Flags&(annals.Cap|annals.AllCaps) == 0 {
			return c - verbStrong + strong
		}
		// "EC COMMISSION TO VISIT BONN": a shouted headline writes its
		// verbs in capitals too; going into a place is still strong.
		if c == verbStrong && t.Flags&annals.AllCaps != 0 && doc.Sentences[si].Title {
			return strong
		}
	case listWord:
		if namesList(doc, si, i) || marketList(doc, si, i) || r.classExample(doc, si, i) {
			return strong
		}
	}
	if cw.sets&inAppositive != 0 && t.Flags&(annals.Cap|annals.AllCaps) == 0 &&
		i+1 < doc.Sentences[si].Tokens.End && capital(&doc.Tokens[i+1]) {
		return strong
	}
	if t.Tag == annals.IN && cw.sets&inNotWeak == 0 {
		return weakCue
	}
	return noCue
}

// leaveVerbs are the verbs of entryVerbs whose object may be followed by
// a state it is left in ("left Faya-Largeau isolated", "leave Japan
// alone", "leave McLean with no assets") or be a modifier. See departure.
var leaveVerbs = map[string]bool{
	"left": true, "leave": true, "leaves": true, "leaving": true, "reach": true,
	// Nearing a place, as a storm does, asks the same of what follows:
	// "approaches Florida before dissipating", not "approaches U.S. coast".
	"approaches": true, "approaching": true, "approached": true,
}

// departWhen are the words of time that may follow a place someone leaves
// or reaches: "left Bonn early yesterday", "leave Maracaibo this weekend".
var departWhen = map[string]bool{
	"early": true, "late": true, "today": true, "yesterday": true, "tomorrow": true,
	"this": true, "last": true, "next": true, "earlier": true, "shortly": true,
	"and": true, "or": true,
}

// routeVerbs are the verbs of entryVerbs that name a route's ends.
var routeVerbs = map[string]bool{"linking": true, "links": true, "connects": true, "connecting": true}

// waters are the nouns of bodies of water, which a route may join in
// place of towns.
var waters = map[string]bool{
	"lake": true, "lakes": true, "river": true, "rivers": true, "sea": true, "seas": true,
	"ocean": true, "oceans": true, "gulf": true, "bay": true, "canal": true,
}

// departTimes are the words of time, beyond departWhen's, that stand
// between a departure and its "for": "leave later today for Ottawa",
// "leave early tomorrow morning for Zurich".
var departTimes = map[string]bool{
	"later": true, "tonight": true, "morning": true, "afternoon": true, "evening": true,
	"night": true, "week": true, "weekend": true, "month": true, "soon": true,
}

// departVerbs are the verbs of leaving that departedFor looks back to.
var departVerbs = map[string]bool{
	"left": true, "leave": true, "leaves": true, "leaving": true, "departed": true,
	"departs": true, "departing": true, "sailed": true, "sailing": true,
}

// maxDepartGap is the most words between a verb of leaving and the "for"
// of its destination.
const maxDepartGap = 5

// departedFor reports whether the "for" at token i of sentence si names
// where someone goes, a verb of leaving standing a few words before it
// with only the place left and words of time between: "left Belgium for
// Britain", "left Paris today for London", "will leave next week for
// Washington". Anything else between ("left 20 mln dlrs for Mexico")
// makes the "for" a beneficiary's.
func departedFor(doc *annals.Doc, si, i int) bool {
	start := doc.Sentences[si].Tokens.Start
	for k := i - 1; k >= start && k >= i-maxDepartGap; k-- {
		w := &doc.Tokens[k]
		if !word(w) {
			return false
		}
		if k < i-1 && departVerbsFilter.May(w.Norm) && departVerbs[w.Norm] && !capital(w) {
			return true
		}
		if !capital(w) && !(departWhenFilter.May(w.Norm) && departWhen[w.Norm]) && !(departTimesFilter.May(w.Norm) && departTimes[w.Norm]) && !(monthsFilter.May(w.Norm) && months[w.Norm]) && !departArticles[w.Norm] || w.Norm == "and" || w.Norm == "or" {
			return false
		}
	}
	return false
}

// departure reports whether the name after the verb of leaveVerbs at
// token i of sentence si is a place gone from or reached: the name ends
// the clause, or a preposition or a word of time follows it ("left
// Washington for a tour", "left Iraq in 2011"), never a state it is left
// in ("left Britain worse off", "leave Holiday in a stable condition") nor
// a noun it modifies ("to reach Ventspils harbour").
func departure(doc *annals.Doc, si, i int) bool {
	end := doc.Sentences[si].Tokens.End
	k := i + 1
	if k < end && doc.Tokens[k].Norm == "the" {
		k++
	}
	e := run(doc, si, k)
	if e <= k || e >= end {
		return true
	}
	n := &doc.Tokens[e]
	switch {
	case !word(n) || capital(n):
		return true
	case n.Norm == "with" || n.Norm == "without":
		return false
	case n.Norm == "in" && e+1 < end && (doc.Tokens[e+1].Norm == "a" || doc.Tokens[e+1].Norm == "an"):
		return false
	}
	return n.Tag == annals.IN || n.Tag == annals.TO || departWhen[n.Norm]
}

// motionVerbs are the plain forms of verbs of going, whose "to" names a
// destination whatever a speaking verb before them says.
var motionVerbs = map[string]bool{
	"go": true, "travel": true, "fly": true, "return": true, "move": true, "come": true,
}

// storms are the weather and the disasters of nature that strike a land.
var storms = map[string]bool{
	"storm": true, "storms": true, "snow": true, "snows": true, "snowfall": true, "snowfalls": true,
	"blizzard": true, "blizzards": true, "weather": true, "drought": true, "droughts": true,
	"flood": true, "floods": true, "flooding": true, "rain": true, "rains": true, "rainstorms": true,
	"quake": true, "earthquake": true, "tremor": true, "frost": true, "frosts": true,
	"typhoon": true, "cyclone": true, "hurricane": true, "tornado": true, "tornadoes": true,
	"gales": true, "winds": true, "heatwave": true,
}

// stormBefore reports whether a noun of storms is the subject of the
// verb at token i of sentence si: just before it, or before an adverb or
// auxiliary ("Cold weather also hit", "floods have ravaged").
func stormBefore(doc *annals.Doc, si, i int) bool {
	for k := i - 1; k >= doc.Sentences[si].Tokens.Start && k >= i-2; k-- {
		w := doc.Tokens[k].Norm
		if storms[w] {
			return true
		}
		// "Typhoon Phanfone strikes", "Hurricane Dorian hit": a storm
		// is called by its name after its kind.
		if t := &doc.Tokens[k]; capital(t) && t.Flags&annals.AllCaps == 0 && k-1 >= doc.Sentences[si].Tokens.Start &&
			storms[doc.Tokens[k-1].Norm] && capital(&doc.Tokens[k-1]) {
			return true
		}
		if w != "also" && w != "have" && w != "has" && w != "again" {
			return false
		}
	}
	return false
}

// campusName reports whether the "at" at token i of sentence si goes on
// a capitalised name that a school's "University of" or "College of"
// opens a few words before it, as campuses are named.
func campusName(doc *annals.Doc, si, i int) bool {
	start := doc.Sentences[si].Tokens.Start
	for k := i - 1; k >= start+1 && k >= i-5; k-- {
		t := &doc.Tokens[k]
		if t.Norm == "of" {
			h := doc.Tokens[k-1].Norm
			return capital(&doc.Tokens[k-1]) && (h == "university" || h == "college")
		}
		if !capital(t) {
			return false
		}
	}
	return false
}

// namedHeads are the singular nouns of places that "called", "named" or
// "known as" give a name: "the new region, to be called Bangsamoro".
var namedHeads = map[string]bool{
	"region": true, "town": true, "city": true, "village": true, "province": true, "state": true,
	"district": true, "island": true, "country": true, "territory": true, "port": true,
	"county": true, "settlement": true, "neighbourhood": true, "neighborhood": true,
}

// namedArea reports whether the verb of naming at token i of sentence si
// ("called", "named", "as" of "known as") follows a noun of namedHeads
// within a few words ("region, to be called", "city now known as") and
// comes before a capitalised word.
func namedArea(doc *annals.Doc, si, i int) bool {
	s := &doc.Sentences[si]
	if i+1 >= s.Tokens.End || !capital(&doc.Tokens[i+1]) {
		return false
	}
	k := i - 1
	if doc.Tokens[i].Norm == "as" {
		k--
	}
	for ; k >= s.Tokens.Start && k >= i-5; k-- {
		n := doc.Tokens[k].Norm
		if namedHeads[n] {
			return true
		}
		if n != "," && n != "to" && n != "be" && n != "now" && n != "later" && n != "formerly" && n != "also" && n != "officially" {
			return false
		}
	}
	return false
}

// maxHeadGap is the most lower-case words between a class noun and the
// word that lists its members: "several countries over the current
// outbreak, including", "the states scheduled to hold elections are".
const maxHeadGap = 6

// headBefore reports whether a plural noun of listHeads ends at token k
// of sentence si or stands at most maxHeadGap lower-case words before it,
// with no punctuation between: the class whose members a list names.
func headBefore(doc *annals.Doc, si, k int) bool {
	s := &doc.Sentences[si]
	for h := k; h >= s.Tokens.Start && h > k-maxHeadGap; h-- {
		t := &doc.Tokens[h]
		if !word(t) || capital(t) && h < k {
			return false
		}
		if listHeadsFilter.May(t.Norm) && listHeads[t.Norm] {
			return true
		}
	}
	return false
}

// sentenceCountry returns the code of the one country, named by its
// country name in the sentence of spans[x] as a place or not ("Saudi
// Arabia extended curfews"), that has a city of the name of spans[x],
// when the name is a city's elsewhere too; else "".
func (r *Recognizer) sentenceCountry(doc *annals.Doc, spans []span, x int, buf *[]byte) string {
	list := r.g.index[spans[x].key]
	if len(list) < 2 || r.g.places[list[0]].Kind == KindCountry {
		return ""
	}
	si := doc.SentenceOf(spans[x].tok.Start)
	s := &doc.Sentences[si]
	src := doc.SourceOf(si)
	code := ""
	for k := s.Tokens.Start; k < s.Tokens.End; k++ {
		if !capital(&doc.Tokens[k]) || k == spans[x].tok.Start {
			continue
		}
		sp, ok := r.exact(doc, si, k, src, buf)
		if !ok {
			continue
		}
		k = sp.tok.End - 1
		c := &r.g.places[r.g.index[sp.key][0]]
		if c.Kind != KindCountry || c.Country == code {
			continue
		}
		here, elsewhere := false, false
		for _, p := range list {
			if o := &r.g.places[p]; o.Kind == KindCity {
				here = here || o.Country == c.Country
				elsewhere = elsewhere || o.Country != c.Country
			}
		}
		if !here || !elsewhere {
			continue
		}
		if code != "" {
			return "" // two such countries: no one of them decides
		}
		code = c.Country
	}
	return code
}

// sentenceRegion returns the city of the name of spans[x] that lies in
// the one region its sentence names after "in" ("all in Florida"), when
// the name is a city's elsewhere too; else -1. A region named beside
// another place ("Houston, Texas") ties only that place.
func (r *Recognizer) sentenceRegion(doc *annals.Doc, spans []span, x int, buf *[]byte) int32 {
	list := r.g.index[spans[x].key]
	if len(list) < 2 || r.g.places[list[0]].Kind == KindCountry {
		return -1
	}
	si := doc.SentenceOf(spans[x].tok.Start)
	s := &doc.Sentences[si]
	src := doc.SourceOf(si)
	found := int32(-1)
	for k := s.Tokens.Start + 1; k < s.Tokens.End; k++ {
		if !capital(&doc.Tokens[k]) || k == spans[x].tok.Start || doc.Tokens[k-1].Norm != "in" {
			continue
		}
		sp, ok := r.exact(doc, si, k, src, buf)
		if !ok {
			continue
		}
		k = sp.tok.End - 1
		for _, b := range r.g.index[sp.key] {
			if r.g.places[b].Kind != KindRegion {
				continue
			}
			q := r.g.resolveWithin(spans[x].key, b)
			if q < 0 {
				continue
			}
			if found >= 0 && found != q {
				return -1 // two such regions: no one of them decides
			}
			found = q
			break
		}
	}
	return found
}

// partyAfter reports whether the tokens from k name a political party
// that the name before them qualifies: "party" straight after, or after
// "and"/"or" and one capitalised word ("Liberal and National parties").
func partyAfter(doc *annals.Doc, k int) bool {
	party := func(k int) bool {
		return k < len(doc.Tokens) && (doc.Tokens[k].Norm == "party" || doc.Tokens[k].Norm == "parties")
	}
	if party(k) {
		return true
	}
	return k+2 < len(doc.Tokens) && (doc.Tokens[k].Norm == "and" || doc.Tokens[k].Norm == "or") &&
		capital(&doc.Tokens[k+1]) && party(k+2)
}

// possessor are the words before "native" that make it an adjective of
// origin ("his native Ohio"), not a noun ("a native of Ohio").
var possessor = map[string]bool{
	"his": true, "her": true, "their": true, "its": true, "my": true, "our": true, "'s": true,
}

// ownerNouns are the nouns whose capital "the X's capital, Y" names.
var ownerNouns = map[string]bool{
	"country": true, "nation": true, "state": true, "region": true, "province": true,
	"island": true, "territory": true, "kingdom": true, "republic": true,
}

// capitalApposition reports whether the comma at token i of sentence si
// follows "the capital", "the country's capital" or "Yemen's capital" and
// comes before a capitalised name: the apposition names the capital
// wherever the phrase stands ("in the country's capital, Tunis,", "since
// the capital, Sanaa, fell").
func capitalApposition(doc *annals.Doc, si, i int) bool {
	s := &doc.Sentences[si]
	if i-2 < s.Tokens.Start || i+1 >= s.Tokens.End || doc.Tokens[i-1].Norm != "capital" ||
		capital(&doc.Tokens[i-1]) || !capital(&doc.Tokens[i+1]) {
		return false
	}
	switch doc.Tokens[i-2].Norm {
	case "the":
		return true
	case "'s":
		if i-3 < s.Tokens.Start {
			return false
		}
		o := &doc.Tokens[i-3]
		return ownerNouns[o.Norm] && !capital(o) && i-4 >= s.Tokens.Start && doc.Tokens[i-4].Norm == "the" ||
			capital(o)
	}
	return false
}

// endsPlace reports whether token k of sentence si ends a region or
// country name that the gazetteer knows.
func (r *Recognizer) endsPlace(doc *annals.Doc, si, k int) bool {
	if !capital(&doc.Tokens[k]) {
		return false
	}
	src := doc.SourceOf(si)
	var arr [64]byte
	buf := arr[:0]
	for j := max(doc.Sentences[si].Tokens.Start, k-maxNameWords+1); j <= k; j++ {
		if sp, ok := r.match(doc, si, j, src, &buf); ok && sp.tok.End == k+1 && r.g.container(sp.key) >= 0 {
			return true
		}
	}
	return false
}

// areaHeads are nouns after which "of" introduces an area rather than a
// town: "the state of New York", "the province of Quebec".
var areaHeads = map[string]bool{
	"state": true, "province": true, "region": true, "county": true, "territory": true,
	"commonwealth": true, "prefecture": true, "governorate": true, "oblast": true,
	"constituency": true, "constituencies": true,
}

// areaNouns are the nouns, singular or plural, after which "of" names a
// division the gazetteer may lack: "the province of Banten", "the states
// of Sao Paulo and Parana", "the Carbonate district of South Dakota".
var areaNouns = map[string]bool{
	"state": true, "province": true, "region": true, "governorate": true, "prefecture": true,
	"oblast": true, "district": true, "states": true, "provinces": true, "regions": true,
	"governorates": true, "prefectures": true, "oblasts": true, "districts": true,
}

// classWords may stand before a plural noun naming a class of places: "all
// 50 states", "several other countries".
var classWords = map[string]bool{
	"all": true, "both": true, "several": true, "many": true, "other": true, "some": true,
	"most": true, "two": true, "three": true, "four": true, "five": true, "few": true,
	"neighbouring": true, "neighboring": true, "nearby": true, "various": true, "its": true, "their": true,
}

// classThen looks at token j of sentence si for a class of places ("all 50
// states", "other countries") followed by "and" or "or": it returns where
// the name after it starts, or j.
func classThen(doc *annals.Doc, si, j int) int {
	end := doc.Sentences[si].Tokens.End
	k := j
	for n := 0; n < 3 && k < end && (doc.Tokens[k].Flags&annals.Digit != 0 || classWordsFilter.May(doc.Tokens[k].Norm) && classWords[doc.Tokens[k].Norm]); n++ {
		k++
	}
	if k+1 >= end || capital(&doc.Tokens[k]) || !listHeadsFilter.May(doc.Tokens[k].Norm) || !listHeads[doc.Tokens[k].Norm] {
		return j
	}
	k++
	if doc.Tokens[k].Norm != "and" && doc.Tokens[k].Norm != "or" {
		return j
	}
	k++
	if k < end && doc.Tokens[k].Norm == "the" {
		k++
	}
	if k < end && capital(&doc.Tokens[k]) {
		return k
	}
	return j
}

// skipUnknown looks at token j of sentence si, where a place name was
// expected but none is known, for a capitalised name the gazetteer lacks
// followed by a known one: after a comma, the region or country that
// holds it ("Babyninsky, Russia"); after "and" or "or", another place
// ("Boracay and Coron"). It returns where the known name starts, or j.
//
// In a roll of places ("the towns damaged were primarily Carrascal,
// Cantilan, ..."), any known item after a comma that goes on to another
// item will do.
func (r *Recognizer) skipUnknown(doc *annals.Doc, si, j int, src string, buf *[]byte, roll bool) int {
	end := doc.Sentences[si].Tokens.End
	// "On Monday, Canada held": a date is no name in a list of places.
	if j >= end || monthsFilter.May(doc.Tokens[j].Norm) && months[doc.Tokens[j].Norm] {
		return j
	}
	// "in Canada, the North Sea, and Australia": an unknown name may
	// take the article.
	e, the := j, false
	if doc.Tokens[j].Norm == "the" && !capital(&doc.Tokens[j]) && j+1 < end {
		e, the = j+1, true
	}
	if !capital(&doc.Tokens[e]) || monthsFilter.May(doc.Tokens[e].Norm) && months[doc.Tokens[e].Norm] {
		return j
	}
	for e < end && e-j < maxNameWords && capital(&doc.Tokens[e]) {
		e++
	}
	if e+1 >= end || the && !featureWords[doc.Tokens[e-1].Norm] {
		return j
	}
	switch doc.Tokens[e].Norm {
	case ",":
		// ... or the city that holds a district ("in Lewisham, London,
		// in 1939"), when the city ends the phrase.
		sp, ok := r.match(doc, si, e+1, src, buf)
		if ok && (r.g.container(sp.key) >= 0 || r.endsPhrase(doc, si, sp.tok.End)) {
			return e + 1
		}
		// "..., the North Sea, and Australia": a serial comma.
		if n := doc.Tokens[e+1].Norm; (n == "and" || n == "or") && e+2 < end {
			if sp, ok := r.match(doc, si, e+2, src, buf); ok && r.g.container(sp.key) >= 0 &&
				(sp.tok.End >= end || doc.Tokens[sp.tok.End].Norm != "'s") {
				return e + 2
			}
		}
		if n := sp.tok.End; ok && roll && n < end && (doc.Tokens[n].Norm == "," || doc.Tokens[n].Norm == "and") {
			return e + 1
		}
	case "and", "or":
		if _, ok := r.match(doc, si, e+1, src, buf); ok || settlementListNext(doc, j, e+1) {
			return e + 1
		}
		// "sold in Europe and the U.S.": the known name may take the
		// article.
		if e+2 < end && doc.Tokens[e+1].Norm == "the" && !capital(&doc.Tokens[e+1]) {
			if _, ok := r.match(doc, si, e+2, src, buf); ok {
				return e + 2
			}
		}
	}
	return j
}

// firmEnds end a firm's name.
var firmEnds = map[string]bool{
	"inc": true, "ltd": true, "corp": true, "co": true, "plc": true, "ag": true,
	"sa": true, "nv": true, "group": true, "bv": true, "gmbh": true, "spa": true,
}

// firmOf reports whether token k of sentence si, before an "of" and a
// place, ends a firm's or a family's name, so that the place is its seat:
// a bracket or a firm word, perhaps with a comma after it, a family, or a
// capitalised word that no geographic noun is.
func (r *Recognizer) firmOf(doc *annals.Doc, si, k int) bool {
	t := &doc.Tokens[k]
	if t.Norm == "," && k-1 >= doc.Sentences[si].Tokens.Start {
		t = &doc.Tokens[k-1]
		return t.Norm == ")" || t.Norm == ">" || firmEnds[t.Norm] && capital(t)
	}
	switch {
	case t.Norm == ")" || t.Norm == ">" || t.Norm == "family" || t.Norm == "families": // ">": "<Woodco Inc> of Houston" (round 40)
		return true
	case firmEnds[t.Norm] && capital(t):
		return true
	}
	return capital(t) && t.Flags&annals.SentStart == 0 && !geoHeads[t.Norm] && !areaNouns[t.Norm]
}

// featureWords end the names of seas, coasts and other natural features
// that a list of places may hold though the gazetteer lacks them: "in
// Canada, the North Sea, and Australia".
var featureWords = map[string]bool{
	"sea": true, "ocean": true, "gulf": true, "bay": true, "coast": true, "channel": true,
	"basin": true, "slope": true, "islands": true, "river": true, "valley": true,
	"mountains": true, "desert": true, "strait": true, "straits": true, "lake": true,
}

// endsPhrase reports whether token k of sentence si ends a phrase rather
// than a list of names: the sentence ends, or a stop, or a comma and then
// a word in lower case other than "and" or "or" ("in Lewisham, London, in
// 1939", not "Sony, Hitachi, Toshiba" or "Donaldson, Lufkin, and
// Jenrette").
func (r *Recognizer) endsPhrase(doc *annals.Doc, si, k int) bool {
	end := doc.Sentences[si].Tokens.End
	switch {
	case k >= end || doc.Tokens[k].Tag == annals.STOP:
		return true
	case doc.Tokens[k].Norm == ",":
		n := &doc.Tokens[k+min(1, end-k-1)]
		return k+1 < end && word(n) && !capital(n) && n.Norm != "and" && n.Norm != "or"
	}
	return false
}

// minColonList is how many known names of one class must open a list
// after a colon for the list to be taken as places.
const minColonList = 3

// colonList reports whether a list of places starts at token j of
// sentence si, after a colon: "were: Alabama, Arkansas, California and
// ...". Its first minColonList items must be known names separated by
// commas or "and", all areas (regions or countries) or all towns large
// enough to stand alone. A list of areas after a colon is a roll of
// where something is, not of parties acting.
func (r *Recognizer) colonList(doc *annals.Doc, si, j int, src string, buf *[]byte) bool {
	end := doc.Sentences[si].Tokens.End
	areas, towns := 0, 0
	for n := 0; n < minColonList; n++ {
		if j < end && doc.Tokens[j].Norm == "the" {
			j++
		}
		sp, ok := r.match(doc, si, j, src, buf)
		if !ok {
			return false
		}
		if r.g.container(sp.key) >= 0 {
			areas++
		} else if top := &r.g.places[r.g.index[sp.key][0]]; !top.small() && !notPlaces[sp.key] && !commonWords[sp.key] {
			towns++
		}
		j = sp.tok.End
		if j < end && doc.Tokens[j].Norm == "," {
			j++
		}
		if j < end && (doc.Tokens[j].Norm == "and" || doc.Tokens[j].Norm == "or") {
			j++
		}
		if j == sp.tok.End && n < minColonList-1 {
			return false
		}
	}
	return areas == minColonList || towns == minColonList
}

// pair finds "City, Region" at token i when no preposition introduces
// it: "Gulfport, Mississippi, to New Orleans", "a man from the town said
// Beaver Falls, Pennsylvania". The first name must start a capitalised run
// and be a city the gazetteer places inside the region or country named
// after the comma. It appends both spans and returns the end of the pair.
func (r *Recognizer) pair(doc *annals.Doc, si, i int, src string, buf *[]byte, spans, towns *[]span) (int, bool) {
	s := &doc.Sentences[si]
	t := &doc.Tokens[i]
	if !capital(t) || i > s.Tokens.Start && capital(&doc.Tokens[i-1]) {
		return 0, false
	}
	// "the former mayor of South Bend, Indiana", "a citizen of Paris,
	// France": after an office or a membership the pair says what someone
	// holds or belongs to (but "a 33-year-old of Bethesda, Maryland" lives
	// there).
	if i-2 >= s.Tokens.Start && doc.Tokens[i-1].Norm == "of" && titleOf[doc.Tokens[i-2].Norm] {
		return 0, false
	}
	// "Big Rivers Electric Corp) of Henderson, Ky.", "(Pty) Ltd, of
	// Johannesburg", "U.F. Genetics of Hollister, Calif.", "the Hunt
	// family of Dallas, Texas": a firm's or a family's seat.
	if i-2 > s.Tokens.Start && doc.Tokens[i-1].Norm == "of" && r.firmOf(doc, si, i-2) {
		return 0, false
	}
	// "Patrick Crusius of Allen, Texas": a person's home town.
	if i-1 > s.Tokens.Start && doc.Tokens[i-1].Norm == "of" && r.personBefore(doc, si, i-1, true) {
		return 0, false
	}
	// "Bruce McArthur, from Toronto, Canada", "was from Albuquerque, New
	// Mexico": a "from" that names an origin or a party does so for a
	// pair too.
	if i-1 > s.Tokens.Start && doc.Tokens[i-1].Norm == "from" && r.placeCue(doc, si, i-1) == noCue {
		return 0, false
	}
	e := r.runEnd(doc, si, i)
	if e+1 >= s.Tokens.End || doc.Tokens[e].Norm != "," && doc.Tokens[e].Norm != "in" || !capital(&doc.Tokens[e+1]) {
		return 0, false
	}
	sp, ok := r.match(doc, si, i, src, buf)
	if !ok && doc.Tokens[e].Norm == "," {
		// "Randolph, New Hampshire": perhaps a small town, if the
		// region or country beside it holds one of the name; but not
		// after "of", which may give a see or a seat ("Bishop of
		// Marbel, Philippines").
		if u, ok := r.townName(doc, si, i, src, buf); ok && u.in != "" && doc.Tokens[i-1].Norm != "of" && !pairQualifies(doc, si, i, r.runEnd(doc, si, e+1)) {
			*towns = append(*towns, u)
		}
		return 0, false
	}
	if !ok || sp.next() != e {
		return 0, false
	}
	box, ok := r.match(doc, si, e+1, src, buf)
	if !ok {
		return 0, false
	}
	if doc.Tokens[e].Norm == "in" {
		// "Palm Beach County in Florida issued an order": a city or
		// area said to lie in a region or country is a place, unless
		// it ends a longer name ("the College of Wooster in Ohio").
		if i-2 >= s.Tokens.Start && doc.Tokens[i-1].Norm == "of" && capital(&doc.Tokens[i-2]) {
			return 0, false
		}
		if !r.g.areaIn(sp.key, box.key) {
			// A town so placed must not follow a preposition, whose
			// object may be a firm named after it ("a lawsuit filed by
			// Burlington in Canada").
			if i > s.Tokens.Start && cues[doc.Tokens[i-1].Norm] != noCue {
				return 0, false
			}
			if p, _ := r.g.within(sp.key, box.key); p < 0 {
				return 0, false
			}
		}
	} else if r.g.container(sp.key) >= 0 {
		return 0, false
	} else if p, _ := r.g.within(sp.key, box.key); p < 0 {
		return 0, false
	}
	// "at a Frederick, Maryland assisted living facility", "an Austin,
	// Texas, company": a named place after an indefinite article
	// describes the noun that follows; it is an attribute, not where
	// anything happens.
	// So does one after a possessive: "at its Atlantic City, N.J.,
	// Showboat Hotel", "its Houston, Texas, offices".
	if pairQualifies(doc, si, i, box.tok.End) {
		return 0, false
	}
	sp.in = box.key
	if doc.Tokens[e].Norm == "in" {
		// The region is left to the cue "in", which may start a list:
		// "Huntsville in Alabama, Columbus, Ohio, ...".
		*spans = append(*spans, sp)
		return e, true
	}
	box.box, box.of = true, sp.key
	*spans = append(*spans, sp, box)
	return box.tok.End, true
}

// pairQualifies reports whether the "City, Region" pair from token i of
// sentence si, its region ending before token k, qualifies the noun
// after it: after an indefinite article or a possessive ("a Frederick,
// Maryland assisted living facility", "its Gardena, Calif., plant"),
// adjectives between allowed ("Phelps Dodge's own expanded Morenci,
// Ariz., mine").
func pairQualifies(doc *annals.Doc, si, i, k int) bool {
	s := &doc.Sentences[si]
	if i <= s.Tokens.Start {
		return false
	}
	d := i - 1
	for d > s.Tokens.Start && !capital(&doc.Tokens[d]) && (doc.Tokens[d].Tag == annals.JJ || doc.Tokens[d].Tag == annals.VBN || doc.Tokens[d].Tag == annals.VBD || doc.Tokens[d].Norm == "own") {
		d--
	}
	det := doc.Tokens[d].Norm
	if det != "a" && det != "an" && !ownerDets[det] && (det != "'s" || d == i-1) {
		return false
	}
	// "its Gardena, Calif., plant": the abbreviation's stop.
	if k < s.Tokens.End && doc.Tokens[k].Norm == "." && doc.Tokens[k].Start == doc.Tokens[k-1].End {
		k++
	}
	if k < s.Tokens.End && doc.Tokens[k].Norm == "," {
		k++
	}
	return k < s.Tokens.End && word(&doc.Tokens[k]) && (!capital(&doc.Tokens[k]) || ownerDets[det])
}

// ownerDets are the possessive determiners, after which a "City, Region"
// pair qualifies the owner's noun that follows it.
var ownerDets = map[string]bool{"its": true, "their": true, "his": true, "her": true, "our": true}

// theArea recognises, with no cue before it, "the Sulu region" or "the
// Donetsk oblast": "the", a known name and a word such as "region" that
// makes it an area. It appends the span and returns the end of the name.
func (r *Recognizer) theArea(doc *annals.Doc, si, i int, src string, buf *[]byte, spans *[]span) (int, bool) {
	s := &doc.Sentences[si]
	if doc.Tokens[i].Norm != "the" || i+2 >= s.Tokens.End || !capital(&doc.Tokens[i+1]) {
		return 0, false
	}
	// Only a match followed by an area word can pass, and most "the"
	// before a capital have none within a name's reach: say so before
	// the gazetteer. The name from i+1 (or from i+2, after "Greater" or
	// a compass word) ends by i+2+maxNameTokens.
	if !suffixWithin(doc, i+2, min(s.Tokens.End, i+3+maxNameTokens)) {
		return 0, false
	}
	sp, ok := r.match(doc, si, i+1, src, buf)
	if !ok || !sp.suffixed || r.g.container(sp.key) < 0 {
		return 0, false
	}
	// The area word in lower case, ending the phrase: not "the North
	// Carolina Department of Commerce" or "the Moscow region's governor".
	e := sp.tok.End
	if capital(&doc.Tokens[e]) || e+1 < s.Tokens.End && (doc.Tokens[e+1].Norm == "of" || doc.Tokens[e+1].Norm == "'s") {
		return 0, false
	}
	*spans = append(*spans, sp)
	return sp.next(), true
}

// heldVoteVerbs merges the verbs after which heldVote reads a subject,
// so that the test costs one lookup: holdVerbs, lieVerbs, statVerbs,
// copulas, modals and raiseVerbs.
var heldVoteVerbs = func() map[string]bool {
	m := map[string]bool{}
	for _, set := range []map[string]bool{holdVerbs, lieVerbs, statVerbs, copulas, modals, raiseVerbs} {
		for w, ok := range set {
			if ok {
				m[w] = true
			}
		}
	}
	return m
}()

// heldVoteVerbSet holds heldVoteVerbs for heldVote, which asks it of the
// word after every capitalised run that opens a name and passes its
// filter, copulas and modals the most (see word_tables.go).
var heldVoteVerbSet = setOf(heldVoteVerbs)

// holdVerbs and votes make "Nevada held its caucuses": a state or
// province that holds a vote is where the vote takes place.
var (
	holdVerbs = map[string]bool{"held": true, "holds": true, "hold": true, "holding": true}
	votes     = map[string]bool{
		"primary": true, "primaries": true, "caucus": true, "caucuses": true,
		"election": true, "elections": true, "referendum": true, "referendums": true,
		"plebiscite": true, "poll": true, "polls": true, "vote": true,
	}
)

// heldVote recognises, with no cue before it, a region that holds a
// vote ("Nevada held its caucuses on February 22") or that lies
// somewhere. It appends the span and returns the end of the name.
func (r *Recognizer) heldVote(doc *annals.Doc, si, i int, src string, buf *[]byte, spans *[]span) (int, bool) {
	s := &doc.Sentences[si]
	t := &doc.Tokens[i]
	// "The Philippines is a nation": the name starts after the article.
	if !capital(t) || t.Norm == "the" || i > s.Tokens.Start && capital(&doc.Tokens[i-1]) && doc.Tokens[i-1].Flags&annals.SentStart == 0 {
		return 0, false
	}
	// The verb decides, and it is cheap to look for: most capitalised
	// words are followed by none, and a gazetteer match (fuzzy included)
	// is not.
	k := r.runEnd(doc, si, i)
	// "Nigeria, which has had problems selling its entitlement,
	// increased its output": the verb after an interposition (see
	// interposed_subjects.go).
	through := r.interposedVerb(doc, si, i, k)
	if through >= 0 {
		k = through
	}
	// "Alabama and Mississippi had", "Uruguay, Guyana and Cuba are":
	// the subject may be a short list.
	for n := 0; through < 0 && n < maxSubjects && k+1 < s.Tokens.End; n++ {
		c := k
		if doc.Tokens[c].Norm == "," {
			c++
		}
		if c < s.Tokens.End && doc.Tokens[c].Norm == "and" && (c == k || n > 0) {
			c++
		}
		if c == k || c >= s.Tokens.End || !capital(&doc.Tokens[c]) {
			break
		}
		k = r.runEnd(doc, si, c)
	}
	for a := 0; a < 2 && k < s.Tokens.End && verbAdverbFilter.May(doc.Tokens[k].Norm) && verbAdverbs[doc.Tokens[k].Norm]; a++ {
		k++
	}
	k = timeSkip(doc, si, k)
	if k >= s.Tokens.End {
		return 0, false
	}
	if w := doc.Tokens[k].Norm; !heldVoteVerbsFilter.May(w) || !heldVoteVerbSet.has(w) {
		return 0, false
	}
	sp, ok := r.match(doc, si, i, src, buf)
	if !ok {
		return 0, false
	}
	b := r.g.container(sp.key)
	if b < 0 {
		return 0, false
	}
	found := []span{sp}
	e := sp.next()
	// "Alabama and Mississippi had low rates", "Uruguay, Guyana and Cuba
	// are the other countries where": the verb's subject may be a list
	// of areas.
	for n := 0; n < maxSubjects && e+1 < s.Tokens.End; n++ {
		c := e
		if doc.Tokens[c].Norm == "," {
			c++
		}
		if c < s.Tokens.End && doc.Tokens[c].Norm == "and" {
			c++
		}
		if c == e {
			break
		}
		sp2, ok := r.match(doc, si, c, src, buf)
		if !ok || r.g.container(sp2.key) < 0 {
			break
		}
		found = append(found, sp2)
		e = sp2.next()
	}
	if through >= 0 {
		e = through
	}
	// "Colorado also has", "New Hampshire also once had": adverbs may
	// stand between the area and its verb.
	for k := 0; k < 2 && e < s.Tokens.End && verbAdverbs[doc.Tokens[e].Norm]; k++ {
		e++
	}
	// "The United States last year had a record trade deficit".
	e = timeSkip(doc, si, e)
	if e >= s.Tokens.End {
		return 0, false
	}
	// "Singapore will remain the first stop": a modal before a copula.
	// "Australia and Canada could then increase their wheat exports": or
	// before a verb of raising or cutting the area's own output.
	if modals[doc.Tokens[e].Norm] {
		m := e + 1
		if m < s.Tokens.End && (verbAdverbs[doc.Tokens[m].Norm] || doc.Tokens[m].Norm == "then") {
			m++
		}
		switch {
		case e+1 < s.Tokens.End && modalCopulas[doc.Tokens[e+1].Norm]:
			e++
		case m < s.Tokens.End && raiseVerbs[doc.Tokens[m].Norm]:
			e = m
		default:
			return 0, false
		}
	}
	country := r.g.places[b].Kind == KindCountry
	want := votes
	v := doc.Tokens[e].Norm
	reach := e + 4 // the last word that may name what the area is or had
	land := false  // the verb is a copula
	ordinal := false
	switch {
	case holdVerbs[v]:
		// A country that holds a referendum is a party to it, as the
		// gazetteer's regions ("Nevada") are not; one that holds its
		// general election is where the voting happens.
		if country {
			want = elections
		}
	case lieVerbs[v] && !country:
		// "Westchester lies directly to the north of New York City".
		want = lieWhere
	case copulas[v] || modalCopulas[v] && e > 0 && modals[doc.Tokens[e-1].Norm]:
		// "Puerto Rico is currently an unincorporated territory": what
		// an area is said to be, a land. "Uruguay, Guyana and Cuba are
		// the other Latin American countries where": adjectives may
		// stand before the noun.
		want, land = lands, true
	case raiseVerbs[v]:
		// "could increase their wheat exports", "stepping up production":
		// what an area makes or trades, raised or cut, measures it.
		if v == "step" || v == "steps" || v == "stepped" || v == "stepping" {
			if e+1 >= s.Tokens.End || doc.Tokens[e+1].Norm != "up" {
				return 0, false
			}
			e++
		}
		want, reach = ownOutput, e+3
	case statVerbs[v]:
		// "New Jersey had the lowest rate", "Thailand exported 1,816
		// tonnes": an area measured is a place, not a party. "Kenya has
		// signed" is an auxiliary before the verb that says what it did.
		// "Argentina has already committed": adverbs may come between.
		a := e + 1
		for n := 0; n < 2 && a < s.Tokens.End && verbAdverbs[doc.Tokens[a].Norm]; n++ {
			a++
		}
		if a < s.Tokens.End && auxiliary(doc.Tokens[a].Norm) {
			return 0, false
		}
		want = statNouns
	default:
		return 0, false
	}
	if land {
		reach = e + 6 // "are the other Latin American countries where"
	}
	for k := e + 1; k < s.Tokens.End && k <= reach && word(&doc.Tokens[k]); k++ {
		n := doc.Tokens[k].Norm
		// "posted a 13.82 billion dlr current account deficit": an
		// amount stands before the figure it measures.
		if !land && (doc.Tokens[k].Flags&annals.Digit != 0 || amountWords[n]) {
			reach++
			continue
		}
		// "are the countries where abortion is legal" says where; "is
		// one of the countries that signed" names a party among others.
		// "Easter Island is located 2300 miles off the coast", "the
		// county is situated in": an area said to be located is a place.
		if land && k <= e+2 && (n == "located" || n == "situated") {
			for _, f := range found {
				f.listed = true
				*spans = append(*spans, f)
			}
			return e, true
		}
		if land {
			// The noun phrase after the copula ends at a verb or a
			// preposition: "is bound to diminish as the country".
			// "is one of at least four states where" reads on.
			if tg := doc.Tokens[k].Tag; (tg >= annals.VB && tg <= annals.MD || tg == annals.IN || tg == annals.TO) &&
				!(n == "of" && doc.Tokens[k-1].Norm == "one") && !(n == "at" && k+1 < s.Tokens.End && doc.Tokens[k+1].Norm == "least") {
				return 0, false
			}
			// "the first Gulf Arab country to introduce", "the first
			// country in the region to make an offer": a land said to
			// act first is a party.
			if lands[n] && actsAfter(doc, si, k+1) {
				return 0, false
			}
			if landClasses[n] {
				if !whereAfter(doc, si, k+1) {
					return 0, false
				}
				n = "country"
			} else if lands[n] && k > e+4 {
				// Only a class is reached past a few adjectives: "is the
				// world's largest creditor nation" ranks a party.
				return 0, false
			}
		}
		// "Zambia had its first coronavirus-related death": an
		// outbreak's first case is where it happened ("Kenya has a
		// strong case" names a party).
		if ordinals[n] {
			ordinal = true
		}
		if want[n] || ordinal && !land && firstNouns[n] {
			for _, f := range found {
				f.listed = true // the state, not a capital of its name
				*spans = append(*spans, f)
			}
			return e, true
		}
	}
	return 0, false
}

// raiseVerbs change what an area makes or trades, and ownOutput is
// that: "Australia and Canada could then increase their wheat exports",
// "Indonesia and Malaysia stepping up production of palm oil".
var (
	raiseVerbs = map[string]bool{
		"increase": true, "increased": true, "increases": true, "increasing": true,
		"boost": true, "boosted": true, "boosts": true, "boosting": true,
		"raise": true, "raised": true, "raises": true, "raising": true,
		"expand": true, "expanded": true, "expands": true, "expanding": true,
		"step": true, "stepped": true, "steps": true, "stepping": true,
	}
	ownOutput = map[string]bool{"exports": true, "output": true, "production": true}
)

// timeSkip returns the token after a time phrase at token k of sentence
// si that news writes between a subject and its verb ("last year",
// "this month"), or k.
func timeSkip(doc *annals.Doc, si, k int) int {
	if k+1 >= doc.Sentences[si].Tokens.End {
		return k
	}
	switch doc.Tokens[k].Norm {
	case "last", "this", "next":
	default:
		return k
	}
	switch doc.Tokens[k+1].Norm {
	case "year", "month", "week", "quarter":
		return k + 2
	}
	return k
}

// stops are the nouns that, in apposition to an area, call it a place on a
// route or at the heart of an event: "Italy, the proposed end point,".
// pointWords make "point" one of them.
var (
	stops = map[string]bool{
		"stop": true, "destination": true, "venue": true, "epicentre": true, "epicenter": true,
		"hotspot": true, "terminus": true, "stopover": true,
	}
	pointWords = map[string]bool{
		"end": true, "starting": true, "entry": true, "transit": true, "landing": true, "exit": true,
		"departure": true, "crossing": true,
	}
)

// nameOpens reports whether a capitalised name that is no part of a longer
// one opens at token i of sentence s (at its start, or after a word that
// is not capitalised); false at the sentence's end.
func nameOpens(doc *annals.Doc, s *annals.Sentence, i int) bool {
	if i >= s.Tokens.End {
		return false
	}
	t := &doc.Tokens[i]
	return capital(t) && t.Norm != "the" && !(i > s.Tokens.Start && capital(&doc.Tokens[i-1]) && doc.Tokens[i-1].Flags&annals.SentStart == 0)
}

// apposedStop recognises, with no cue before it, an area whose apposition
// calls it a stop on a route or the centre of an event: "Italy, the
// proposed end point, and Egypt", "Lombardy, the epicentre of the
// outbreak,". It appends the span and returns the end of the name.
func (r *Recognizer) apposedStop(doc *annals.Doc, si, i int, src string, buf *[]byte, spans *[]span) (int, bool) {
	s := &doc.Sentences[si]
	if !r.sentenceMay(si, markCommaThe) || !nameOpens(doc, s, i) {
		return 0, false
	}
	// Cheap checks first: a comma and "the" after the capitalised run.
	k := r.runEnd(doc, si, i)
	if k+2 >= s.Tokens.End || doc.Tokens[k].Norm != "," || doc.Tokens[k+1].Norm != "the" {
		return 0, false
	}
	end := 0
	for n := k + 2; n < s.Tokens.End && n <= k+5; n++ {
		w := &doc.Tokens[n]
		if !word(w) || capital(w) {
			break
		}
		if stops[w.Norm] || w.Norm == "point" && pointWords[doc.Tokens[n-1].Norm] {
			end = n + 1
			break
		}
	}
	// The apposition ends at a comma or with the sentence: "Italy, the
	// end point of the line" says no more than "Italy, the end point".
	if end == 0 || end < s.Tokens.End && doc.Tokens[end].Norm != "," && doc.Tokens[end].Norm != "of" && doc.Tokens[end].Flags&annals.Punct == 0 {
		return 0, false
	}
	return r.areaAt(doc, si, i, k, src, buf, spans)
}

// areaAt appends the country or region whose name runs from token i to
// exactly token k, as the area itself rather than a capital of its name,
// and returns where the name ends.
func (r *Recognizer) areaAt(doc *annals.Doc, si, i, k int, src string, buf *[]byte, spans *[]span) (int, bool) {
	sp, ok := r.match(doc, si, i, src, buf)
	if !ok || sp.next() != k || r.g.container(sp.key) < 0 {
		return 0, false
	}
	sp.listed = true
	*spans = append(*spans, sp)
	return sp.next(), true
}

// maxSubjectNames is the most names subjectAfter reads through.
const maxSubjectNames = 12

// subjectAfter reports whether the capitalised names from token j of
// sentence si, joined by commas and "and", end in a finite verb: "the
// U.S. was supported", "Britain, France and the U.S. agreed".
func subjectAfter(doc *annals.Doc, si, j int) bool {
	end := doc.Sentences[si].Tokens.End
	for n := 0; n < maxSubjectNames && j < end; n++ {
		if doc.Tokens[j].Norm == "the" {
			j++
		}
		k := j
		for k < end && capital(&doc.Tokens[k]) && doc.Tokens[k].Norm != "and" {
			k++
		}
		if k == j || k >= end {
			return false
		}
		switch t := &doc.Tokens[k]; {
		case t.Norm == ",":
			j = k + 1
			if j < end && doc.Tokens[j].Norm == "and" {
				j++
			}
		case t.Norm == "and" || t.Norm == "or":
			j = k + 1
		default:
			return t.Tag == annals.VBD || t.Tag == annals.VBZ || t.Tag == annals.VBP || t.Tag == annals.MD
		}
	}
	return false
}

// figureNouns are a country's own economic figures, which wire copy
// writes as its possessive: "Japan's gross national product", "Brazil's
// trade surplus". The country is measured, a place; its acts ("Brazil's
// freeze") and its debts, plans and officials stay an actor's.
// figureAfter are the words that make a figure of the noun after them
// ("money supply", "financial markets", "inflation rate").
var (
	figureNouns = map[string]bool{
		"gnp": true, "gdp": true, "deficit": true, "deficits": true, "surplus": true, "surpluses": true,
		"exports": true, "imports": true, "inflation": true, "output": true, "production": true,
		"reserves": true, "unemployment": true, "economy": true, "growth": true,
		// Its sectors, crops and trade: "Texas' oil industry", "Brazil's
		// soybean harvest", "Bolivia's cocaine trade", "Ecuador's
		// industrial plants".
		"industry": true, "crop": true, "crops": true, "harvest": true, "trade": true,
		"plants": true, "wells": true, "mills": true,
		// Its land and its markets: "Sri Lanka's rubber plantations",
		// "Japan's international telecommunications market".
		"plantations": true, "market": true, "markets": true,
		// Its exchanges and sectors: "India's four major stock
		// exchanges", "Japan's international telecommunications sector".
		"exchanges": true, "sector": true,
		// Its ports, which goods flow through: "closing all New
		// Zealand's ports".
		"port": true, "ports": true, "harbour": true, "harbours": true, "harbor": true, "harbors": true,
	}
	figureAfter = map[string]map[string]bool{
		"product":  {"national": true, "domestic": true},
		"supply":   {"money": true},
		"balance":  {"trade": true},
		"rate":     {"inflation": true, "unemployment": true, "growth": true, "bank": true, "jobless": true},
		"market":   {"financial": true, "money": true, "capital": true, "futures": true, "stock": true, "bond": true},
		"markets":  {"financial": true, "money": true, "capital": true, "futures": true, "stock": true, "bond": true},
		"accounts": {"current": true},
		// "hurt Australia's economic recovery": the economy's.
		"recovery": {"economic": true},
		// "Brazil's economic crisis": the economy's.
		"crisis": {"economic": true, "financial": true},
		// "Japan's overall wholesale price index fell", "Canada's
		// retail sales rose": the statistics of its economy.
		"index": {"price": true},
		"sales": {"retail": true},
	}
)

// reformVerbs are the verbs of policy that act on a country's economy or
// one of its sectors: what they take is a target, not a figure.
var reformVerbs = map[string]bool{
	"deregulate": true, "rationalise": true, "rationalize": true, "reform": true,
	"restructure": true, "liberalise": true, "liberalize": true, "privatise": true,
	"privatize": true, "modernise": true, "modernize": true, "overhaul": true,
}

// figureCaps are the words of an aggregate's name that wire copy may
// capitalise: "Gross Domestic Product", "Gross National Product".
var figureCaps = map[string]bool{"gross": true, "domestic": true, "national": true, "product": true}

// sellerWords rank a market among a country's customers: "Britain's
// largest export market" is Saudi Arabia, where Britain sells.
var sellerWords = map[string]bool{
	"major": true, "main": true, "key": true, "top": true, "principal": true, "leading": true,
	"export": true, "overseas": true, "foreign": true,
	"largest": true, "biggest": true, "greatest": true, "best": true,
}

// sellerMarket reports whether the figure at head is a market the country
// sells into or its share of one, not the market inside it: "Australia's
// largest market for lamb", "Brazil's market share".
func sellerMarket(doc *annals.Doc, head int) bool {
	if w := doc.Tokens[head].Norm; w != "market" && w != "markets" {
		return false
	}
	if sellerWords[doc.Tokens[head-1].Norm] {
		return true
	}
	if head+1 < len(doc.Tokens) {
		n := doc.Tokens[head+1].Norm
		return n == "share" || n == "shares"
	}
	return false
}

// changeVerbs are the past-tense verbs a figure's change takes, which a
// tagger may read as nouns after a figure it read as a verb.
var changeVerbs = map[string]bool{
	"rose": true, "fell": true, "dropped": true, "climbed": true, "declined": true,
	"increased": true, "decreased": true, "grew": true, "jumped": true, "slipped": true,
	"totalled": true, "totaled": true, "reached": true, "surged": true, "eased": true,
}

// objectStart reports whether t opens a verb's object: an article or an
// amount, which no noun of a compound takes after it.
func objectStart(t *annals.Token) bool {
	return t.Tag == annals.DT && t.Norm != "that" || t.Tag == annals.CD
}

// maxFigureGap is the most words between a possessive and the figure it
// owns: "Australia's 80 billion dlr foreign debt".
const maxFigureGap = 6

// possessiveRun returns the end k of the capitalised run that opens a
// name at token i of sentence si when a possessive follows it ("'s", or a
// bare "'" after a final s: "Texas' oil wells") with at least after more
// tokens of the sentence beyond the possessive, and the run is not the
// object of a capitalised body ("the Bank of Japan's reserves": the
// bank's). ownFigure and countedHolding read what the possessive holds.
func (r *Recognizer) possessiveRun(doc *annals.Doc, si, i, after int) (int, bool) {
	s := &doc.Sentences[si]
	if !r.sentenceMay(si, markPossessive) || !nameOpens(doc, s, i) {
		return 0, false
	}
	if i > s.Tokens.Start+1 && doc.Tokens[i-1].Norm == "of" && capital(&doc.Tokens[i-2]) {
		return 0, false
	}
	k := r.runEnd(doc, si, i)
	if k+after >= s.Tokens.End || doc.Tokens[k].Norm != "'s" &&
		(doc.Tokens[k].Norm != "'" || !strings.HasSuffix(doc.Tokens[k-1].Norm, "s") || doc.Tokens[k].Start != doc.Tokens[k-1].End) {
		return 0, false
	}
	return k, true
}

// ownFigure recognises, with no cue before it, a country or region whose
// own economic figure its possessive names: "Japan's gross national
// product rose", "Indonesia's hard-pressed balance of payments". The
// figure must head its phrase: "Japan's exports" is measured, "Japan's
// export curbs" are acts. It appends the span and returns the end of the
// name.
func (r *Recognizer) ownFigure(doc *annals.Doc, si, i int, src string, buf *[]byte, spans *[]span) (int, bool) {
	s := &doc.Sentences[si]
	k, ok := r.possessiveRun(doc, si, i, 1)
	if !ok {
		return 0, false
	}
	head := -1
	for n := k + 1; n < s.Tokens.End && n <= k+maxFigureGap; n++ {
		w := &doc.Tokens[n]
		// Amounts and the names of aggregates ("M-1B money supply").
		if w.Norm == ")" || w.Norm == "-" || w.Flags&annals.Digit != 0 || strings.ContainsAny(w.Norm, "0123456789") {
			continue
		}
		// "Norway's September oil output": the month a figure is of
		// (market_headlines.go).
		if head < 0 && monthOfFigure(w) {
			continue
		}
		// "Italy's Gross Domestic Product": the words of an aggregate
		// that wire copy capitalises.
		low := !capital(w) || figureCaps[w.Norm] && w.Flags&annals.AllCaps == 0 || figureAcronym(doc, i, w)
		// The figure first: a tagger may read "exports" as a verb.
		if word(w) && low && (figureNounsFilter.May(w.Norm) && figureNouns[w.Norm] || figureAfterFilter.May(w.Norm) && figureAfter[w.Norm][doc.Tokens[n-1].Norm] ||
			ownedFiguresFilter.May(w.Norm) && ownedFigures[w.Norm] || ownedAfterFilter.May(w.Norm) && ownedAfter[w.Norm][doc.Tokens[n-1].Norm] || caughtFigure(doc, n) || headsOwnFigure(doc, n) || headsEconomicFigure(doc, si, n) ||
			w.Norm == "balance" && n+2 < s.Tokens.End && doc.Tokens[n+1].Norm == "of" && doc.Tokens[n+2].Norm == "payments" ||
			w.Norm == "terms" && n+2 < s.Tokens.End && doc.Tokens[n+1].Norm == "of" && doc.Tokens[n+2].Norm == "trade") {
			head = n
			continue
		}
		// "hard-pressed": the second word of a compound adjective.
		if word(w) && !capital(w) && (doc.Tokens[n-1].Norm == "-" || strings.Contains(w.Norm, "-")) && head < 0 {
			continue
		}
		// "Japan's burgeoning trade surplus": a participle before the
		// figure qualifies it.
		if word(w) && low && head < 0 && (w.Tag == annals.VBG || w.Tag == annals.VBN) &&
			n+1 < s.Tokens.End && word(&doc.Tokens[n+1]) && !capital(&doc.Tokens[n+1]) && doc.Tokens[n+1].Tag != annals.IN && doc.Tokens[n+1].Tag != annals.DT {
			continue
		}
		// "Malaysia's oil palm output": a compound's noun read as a verb.
		if head < 0 && (taggedVerbNoun(doc, si, n) || exportVerbNoun(doc, si, n)) {
			continue
		}
		if !word(w) || !low || w.Tag >= annals.VB && w.Tag <= annals.MD || w.Tag == annals.IN || w.Tag == annals.TO {
			break
		}
		// "Japan's private sector machinery orders" (economic_figures.go).
		if head >= 0 && sectorNoun(doc, head, n) {
			continue
		}
		if head >= 0 {
			break
		}
	}
	if head < 0 || sellerMarket(doc, head) {
		return 0, false
	}
	// "to deregulate Spain's financial sector", "rationalise Morocco's
	// public sector": the figure is the object of a reform, a policy's
	// target rather than a level reported.
	if i > s.Tokens.Start && reformVerbs[doc.Tokens[i-1].Norm] || dealtDebt(doc, si, i, head) {
		return 0, false
	}
	// The figure heads its phrase: no noun qualified by it follows
	// ("Japan's export growth target", "Brazil's inflation-fighting plan").
	if n := head + 1; n < s.Tokens.End {
		w := &doc.Tokens[n]
		// "Peru's trade credit lines": credit, a tagger's verb, is owed.
		// A "noun" that an article or an amount follows is the verb a
		// tagger missed: "Taiwan's reserves hit a new high".
		// "Indonesia's gas exports rose": a tagger that reads the figure
		// as a verb reads the verb after it as a noun.
		// "Argentina's private sector foreign debt": an adjective after
		// the sector opens the phrase the sector qualifies.
		if doc.Tokens[head].Norm == "sector" && w.Tag == annals.JJ {
			return 0, false
		}
		if w.Norm == "-" || word(w) && !capital(w) && (w.Tag == annals.NN || w.Tag == annals.NNS || transferNouns[w.Norm]) && w.Norm != "of" && !changeVerbs[w.Norm] && !reportNouns[w.Norm] &&
			!(w.Tag == annals.NN && n+1 < s.Tokens.End && objectStart(&doc.Tokens[n+1])) {
			return 0, false
		}
	}
	return r.areaAt(doc, si, i, k, src, buf, spans)
}

// maxSubjects is the most areas after the first that heldVote takes for
// one verb's subject.
const maxSubjects = 4

// copulas and lands make "Puerto Rico is a territory of the United
// States": an area said to be a land is a place.
var (
	copulas = map[string]bool{
		"is": true, "was": true, "remains": true, "are": true, "were": true, "remain": true,
	}
	// modals and modalCopulas make "will remain", "would be" a copula.
	modals       = map[string]bool{"will": true, "would": true, "could": true}
	modalCopulas = map[string]bool{"be": true, "remain": true}
	lands        = map[string]bool{
		"territory": true, "country": true, "nation": true, "island": true, "islands": true,
		// Where a journey or an outbreak is: "the first stop", "the
		// epicentre of the outbreak".
		"stop": true, "destination": true, "epicentre": true, "epicenter": true, "hotspot": true,
		"archipelago": true, "kingdom": true,
		"commonwealth": true, "enclave": true, "exclave": true, "peninsula": true, "landlocked": true,
	}
)

// ordinals and firstNouns make "had its first case": the first case,
// death or infection an area had is where it happened.
var (
	ordinals   = map[string]bool{"first": true, "second": true, "third": true, "1st": true}
	firstNouns = map[string]bool{
		"case": true, "death": true, "infection": true, "fatality": true, "outbreak": true,
	}
)

// landClasses are the plural nouns of lands: areas said to be among them
// are places only where a relative "where" follows.
var landClasses = map[string]bool{
	"countries": true, "nations": true, "territories": true, "states": true,
	"places": true, "destinations": true,
}

// actsAfter reports whether an infinitive follows token k of sentence si
// within a short prepositional phrase: "to introduce", "in the region to
// make".
func actsAfter(doc *annals.Doc, si, k int) bool {
	end := doc.Sentences[si].Tokens.End
	for n := k; n < end && n < k+5 && word(&doc.Tokens[n]); n++ {
		if doc.Tokens[n].Norm == "to" && n+1 < end && doc.Tokens[n+1].Tag == annals.VB {
			return true
		}
	}
	return false
}

// whereAfter reports whether token k of sentence si opens a relative
// clause of place: "where", "in which".
func whereAfter(doc *annals.Doc, si, k int) bool {
	end := doc.Sentences[si].Tokens.End
	if k >= end {
		return false
	}
	n := doc.Tokens[k].Norm
	return n == "where" || n == "in" && k+1 < end && doc.Tokens[k+1].Norm == "which"
}

// elections are what a country holds at home: its votes, not a
// referendum it is party to abroad.
var elections = map[string]bool{
	"election": true, "elections": true, "general": true, "parliamentary": true,
	"presidential": true, "legislative": true, "municipal": true, "local": true,
}

// statVerbs, with one of statNouns close after them, make an area a
// place measured: "New Jersey had the lowest rate", "Colorado reported a
// gain", "Pakistan produced 540 mln tonnes".
var (
	statVerbs = map[string]bool{
		"had": true, "has": true, "recorded": true, "registered": true, "reported": true,
		"exported": true, "imported": true, "produced": true, "posted": true, "saw": true,
		"logged": true, "counted": true,
	}
	statNouns = map[string]bool{
		"rate": true, "rates": true, "lowest": true, "highest": true, "fewest": true,
		"population": true, "cases": true, "deaths": true, "percentage": true, "share": true,
		"turnout": true, "unemployment": true, "inflation": true, "growth": true,
		"surplus": true, "deficit": true, "output": true, "production": true, "exports": true,
		"imports": true, "tonnes": true, "tons": true, "gain": true, "decline": true,
		"fall": true, "rise": true, "increase": true, "drop": true, "infections": true,
		// Who a legislature's seats are held by: "a female majority".
		"majority": true,
		// What stands on its land: "China has 521 sugar mills", "Sri
		// Lanka has 508,000 acres under tea".
		"mills": true, "plants": true, "refineries": true, "factories": true, "mines": true,
		"smelters": true, "wells": true, "hectares": true, "acres": true,
	}
)

// amountWords are the words of an amount in wire copy: "a 13.82 billion
// dlr deficit".
var amountWords = map[string]bool{
	"mln": true, "million": true, "billion": true, "bln": true, "dlr": true, "dlrs": true,
	"pct": true, "stg": true, "yen": true,
}

// verbAdverbs are the adverbs news writes between a subject and its verb.
var verbAdverbs = map[string]bool{
	"also": true, "once": true, "still": true, "now": true, "already": true, "currently": true,
	"previously": true, "again": true, "too": true, "likewise": true, "similarly": true,
}

// auxiliary reports whether w, after "has" or "had", makes it an
// auxiliary: a past participle or "been".
func auxiliary(w string) bool {
	return strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "en") || w == "been" ||
		w == "made" || w == "told" || w == "sent" || w == "said" || w == "won" || w == "lost" ||
		w == "held" || w == "set" || w == "put" || w == "cut" || w == "become" || w == "come"
}

// lieVerbs and lieWhere make "Westchester lies north of New York City": a
// region said to lie somewhere is a place.
var (
	lieVerbs = map[string]bool{"lies": true, "lie": true, "sits": true, "borders": true, "straddles": true}
	lieWhere = map[string]bool{
		"in": true, "on": true, "at": true, "near": true, "along": true, "between": true,
		"within": true, "north": true, "south": true, "east": true, "west": true,
		"northeast": true, "northwest": true, "southeast": true, "southwest": true, "across": true,
	}
)

// modifierCountry returns the country named by an unambiguous country
// name starting at token i, outside any place mention ("the U.S.
// Congress", "a United States senator"), or "".
func (r *Recognizer) modifierCountry(doc *annals.Doc, si, i int, src string, buf *[]byte) string {
	t := &doc.Tokens[i]
	if !capital(t) {
		return ""
	}
	if i > doc.Sentences[si].Tokens.Start {
		if p := &doc.Tokens[i-1]; capital(p) && p.Flags&annals.SentStart == 0 {
			return ""
		}
	}
	// Most capitalised words start no country's name: say so before the
	// full lookup, without allocating.
	var tmp [48]byte
	first := firstWordKey(tmp[:0], src[t.Start:t.End])
	if !r.g.countryFirstFilter.MayBytes(first) || !r.g.countryFirst[string(first)] {
		return ""
	}
	sp, ok := r.exact(doc, si, i, src, buf)
	if !ok {
		return ""
	}
	list := r.g.index[sp.key]
	if len(list) != 1 || r.g.places[list[0]].Kind != KindCountry {
		return ""
	}
	return r.g.places[list[0]].Country
}

// firstWordKey appends to dst the folded first word of w, as
// cutFirstWord(fold.Append(dst, w)) does. A word of ASCII letters alone,
// most capitalised words, folds to its lower case, unless it has two or
// three letters (an abbreviation fold expands, such as "St"): it is
// lowered here in one pass, and anything else is left to fold.
func firstWordKey(dst []byte, w string) []byte {
	if len(w) > 3 {
		n := len(dst)
		for i := 0; i < len(w); i++ {
			c := w[i] | 0x20 // lower case, for a letter
			if c < 'a' || c > 'z' {
				return cutFirstWord(fold.Append(dst[:n], w))
			}
			dst = append(dst, c)
		}
		return dst
	}
	return cutFirstWord(fold.Append(dst, w))
}

// cutFirstWord cuts w at its first space, hyphen, apostrophe or right
// single quotation mark, as bytes.IndexAny(w, " -'’") would find it,
// without decoding w rune by rune: the mark's three bytes can start no
// other character's.
func cutFirstWord(w []byte) []byte {
	for i := 0; i < len(w); i++ {
		switch w[i] {
		case ' ', '-', '\'':
			return w[:i]
		case 0xE2:
			if i+2 < len(w) && w[i+1] == 0x80 && w[i+2] == 0x99 {
				return w[:i]
			}
		}
	}
	return w
}

// byMotion are verbs of motion or position after which "by" means
// beside: "a storm passed by Columbus", "a town located by the border".
var byMotion = map[string]bool{
	"passed": true, "drove": true, "driven": true, "walked": true, "sailed": true,
	"flew": true, "flown": true, "stopped": true, "swung": true, "moved": true,
	"raced": true, "swept": true, "located": true, "situated": true, "stayed": true,
	"camped": true, "parked": true, "anchored": true, "docked": true, "travelled": true,
	"traveled": true, "cruised": true, "rolled": true, "crossed": true,
}

// passive reports whether t may be a past participle, whose "by" names
// the agent: the tagger says so, or, untagged, the word ends in "-ed";
// verbs of motion aside.
func passive(t *annals.Token) bool {
	if byMotionFilter.May(t.Norm) && byMotion[t.Norm] {
		return false
	}
	if t.Tag == annals.VBN || t.Tag == annals.VBD {
		return true
	}
	return t.Tag == annals.TagUnknown && len(t.Norm) > 3 && strings.HasSuffix(t.Norm, "ed")
}

// compassPart are the capitalised adjectives that name a part of an area
// ("Northern California") without being part of its name.
var compassPart = map[string]bool{
	"northern": true, "southern": true, "eastern": true, "western": true, "central": true,
	"northeastern": true, "northwestern": true, "southeastern": true, "southwestern": true,
}

// listJoined reports whether tokens from to to (a non-empty stretch) hold
// only what joins the items of a list of places: commas, "and", "or",
// "the" and words narrowing an area ("Virginia and upstate New York").
func listJoined(doc *annals.Doc, from, to int) bool {
	if from >= to {
		return false
	}
	for k := from; k < to; k++ {
		if n := doc.Tokens[k].Norm; n != "," && n != "and" && n != "or" && n != "the" && !areaAdj[n] {
			return false
		}
	}
	return true
}

// regionBeside reports whether the item next to span x in its list, with
// only commas, "and", "or", "the" or words narrowing an area between
// ("Virginia and upstate New York"), resolves to a region of the country
// of region b other than b.
func (r *Recognizer) regionBeside(doc *annals.Doc, spans []span, res []int32, x int, b int32) bool {
	for y, q := range res {
		if y == x || q < 0 || q == b || r.g.places[q].Kind != KindRegion || r.g.places[q].Country != r.g.places[b].Country {
			continue
		}
		if listJoined(doc, spans[y].next(), spans[x].tok.Start) || listJoined(doc, spans[x].next(), spans[y].tok.Start) {
			return true
		}
	}
	return false
}

// compassWords are the lower-case directions that narrow the area named
// right after them: "south Jilin", "western Kansas", "central Tokyo".
var compassWords = map[string]bool{
	"north": true, "south": true, "east": true, "west": true, "central": true,
	"northern": true, "southern": true, "eastern": true, "western": true,
	"northeast": true, "northwest": true, "southeast": true, "southwest": true,
	"northeastern": true, "northwestern": true, "southeastern": true, "southwestern": true,
	"north-east": true, "north-west": true, "south-east": true, "south-west": true,
}

// compassNarrows reports whether token i of sentence si is a lower-case
// direction before a capitalised name, which it narrows as a part of a
// territory: the direction marks a land, not its government, with or
// without a preposition before it ("snow blanketted south Jilin"). A
// capitalised direction begins a name ("South Korea", "West Germany")
// and is left to the gazetteer.
func compassNarrows(doc *annals.Doc, si, i int) bool {
	t := &doc.Tokens[i]
	if i+1 >= doc.Sentences[si].Tokens.End || t.Flags&(annals.Cap|annals.AllCaps|annals.Punct) != 0 {
		return false
	}
	n := &doc.Tokens[i+1]
	if n.Flags&annals.Cap == 0 || n.Flags&annals.SentStart != 0 || !word(n) || !compassWordsFilter.May(t.Norm) || !compassWords[t.Norm] {
		return false
	}
	// "99 southern Texas counties", "Iran's southwestern Ahvaz field":
	// a name before a noun qualifies it, and the noun is what the
	// direction narrows, unless the noun is the area itself ("south China
	// province", "western Kericho town").
	e := i + 1
	for e < doc.Sentences[si].Tokens.End && capital(&doc.Tokens[e]) {
		e++
	}
	if e < doc.Sentences[si].Tokens.End {
		if a := &doc.Tokens[e]; (a.Tag == annals.NN || a.Tag == annals.NNS) && !geoSuffix[a.Norm] && !areaNouns[a.Norm] && !appositive[a.Norm] {
			return false
		}
	}
	return true
}

// namePrefix are capitalised words that begin place names ("Greater
// Manchester", "Lake Placid"); before a town's name they do not make it a
// person's surname.
var namePrefix = map[string]bool{
	"greater": true, "metro": true, "metropolitan": true, "downtown": true, "old": true,
	"new": true, "upper": true, "lower": true, "mount": true, "mt": true, "lake": true,
	"port": true, "fort": true, "saint": true, "st": true, "san": true, "santa": true,
	"east": true, "west": true, "north": true, "south": true, "central": true, "inner": true,
	"the": true, "a": true, "an": true, "this": true, "that": true, "and": true, "but": true,
}

// partNouns are the parts of a city that lie in it: its port, market,
// quarters and streets.
var partNouns = map[string]bool{
	"airport": true, "airports": true, "port": true, "harbour": true, "harbor": true,
	"docks": true, "market": true, "markets": true, "exchange": true, "exchanges": true,
	"suburb": true, "suburbs": true, "district": true, "districts": true, "street": true,
	"streets": true, "square": true, "outskirts": true, "centre": true, "center": true,
	"downtown": true, "neighbourhood": true, "neighborhood": true, "quarter": true,
	"hotel": true, "hotels": true, "salon": true,
	// Grounds, buildings and ways of a city: "in London's Hyde Park",
	// "at Tokyo's Narita station", "on Moscow's Garden Ring road".
	"park": true, "parks": true, "area": true, "areas": true, "zone": true,
	"stadium": true, "station": true, "avenue": true, "road": true, "bridge": true,
	"zoo": true, "museum": true, "cathedral": true, "palace": true, "waterfront": true,
	"shipyard": true, "shipyards": true,
}

// cityPart reports whether the possessive after span sp, which a
// preposition of place introduces, owns a part of the city ("at Manila's
// two stock exchanges", "to Amsterdam's Schipol airport"): the part noun
// ends its phrase within four words, before any punctuation.
func cityPart(doc *annals.Doc, sp span) bool {
	si := doc.SentenceOf(sp.tok.Start)
	s := &doc.Sentences[si]
	if sp.tok.Start == s.Tokens.Start || !placePreps[doc.Tokens[sp.tok.Start-1].Norm] {
		return false
	}
	for k := sp.tok.End + 1; k < s.Tokens.End && k <= sp.tok.End+4; k++ {
		t := &doc.Tokens[k]
		if t.Flags&annals.Punct != 0 {
			return false
		}
		if partNouns[t.Norm] {
			return k+1 >= s.Tokens.End || !doc.Tokens[k+1].Tag.IsNoun()
		}
	}
	return false
}

// placePreps are the prepositions that put what follows in a place.
var placePreps = map[string]bool{"in": true, "at": true, "to": true, "from": true, "near": true, "outside": true}

// openerTags are the tags of words that open a sentence without being
// names: a determiner, pronoun, adverb, preposition or conjunction.
var openerTags = map[annals.Tag]bool{
	annals.DT: true, annals.PRPS: true, annals.RB: true, annals.IN: true,
	annals.CC: true, annals.WDT: true, annals.PRP: true,
}

// surnames returns the keys of one-word town names among spans that the
// article also writes after another capitalised word that does not form a
// known name with it ("John Horton Conway"): there the name is a person's,
// and the town mentions are more likely that person. classes are the
// article's token classes (classify), which say at one read whether a
// word is capitalised.
func (r *Recognizer) surnames(doc *annals.Doc, spans []span, classes []tokenClass, buf *[]byte) []string {
	// Each candidate is the name as written beside its key, which differs
	// for a slip ("Cummings" read as Cumming).
	var cands, keys, out []string
	for _, sp := range spans {
		if sp.tok.End-sp.tok.Start != 1 || r.g.container(sp.key) >= 0 {
			continue
		}
		t := &doc.Tokens[sp.tok.Start]
		*buf = fold.Append((*buf)[:0], doc.SourceOf(doc.SentenceOf(sp.tok.Start))[t.Start:t.End])
		if !slices.Contains(cands, string(*buf)) {
			cands = append(cands, string(*buf))
			keys = append(keys, sp.key)
		}
	}
	if len(cands) == 0 {
		return nil
	}
	for si := range doc.Sentences {
		s := &doc.Sentences[si]
		src := doc.SourceOf(si)
		for i := s.Tokens.Start + 1; i < s.Tokens.End; i++ {
			if classes[i]&classes[i-1]&classCapital == 0 {
				continue // one of the two is not capitalised
			}
			t, p := &doc.Tokens[i], &doc.Tokens[i-1]
			if p.End >= t.Start || namePrefixFilter.May(p.Norm) && namePrefix[p.Norm] ||
				areaAdjFilter.May(p.Norm) && areaAdj[p.Norm] || placeCueFilter.May(p.Norm) && cues[p.Norm] != noCue || notWeakFilter.May(p.Norm) && notWeak[p.Norm] {
				continue
			}
			if i+1 < s.Tokens.End && capital(&doc.Tokens[i+1]) {
				continue // not the last word of the name
			}
			if rowHead(doc, si, i, src) || closesRow(p) {
				continue // "SOYBEANS TOLEDO   5 UND", "MAY UNC CHICAGO 57 LB"
			}
			// "Another Belgrade trade union leader": a word capitalised
			// only because it opens the sentence, and not a name.
			if i-1 == s.Tokens.Start && openerTags[p.Tag] {
				continue
			}
			// "12,000 tonnes HSS Toledo": a code in capitals before a
			// name written in lower case is no given name.
			if p.Flags&annals.AllCaps != 0 && t.Flags&annals.AllCaps == 0 {
				continue
			}
			// "REAGAN TO VISIT ROME": in a shouted headline a verb of
			// entry is in capitals too, and makes no name.
			if p.Flags&t.Flags&annals.AllCaps != 0 && s.Title && wordCues[p.Norm] != noCue {
				continue
			}
			// "DOLLAR OPENS LOWER IN QUIET ZURICH": nor a market's mood
			// (market_headlines.go).
			if moodShout(s, p) {
				continue
			}
			*buf = fold.Append((*buf)[:0], src[t.Start:t.End])
			c := slices.Index(cands, string(*buf))
			if c < 0 || slices.Contains(out, keys[c]) {
				continue
			}
			key := keys[c]
			*buf = fold.Append((*buf)[:0], src[p.Start:t.End])
			if len(r.g.index[string(*buf)]) > 0 {
				continue // "Kansas City"
			}
			*buf = fold.Append((*buf)[:0], src[p.Start:p.End])
			if l := r.g.index[string(*buf)]; len(l) > 0 && !r.g.givenName(l) {
				continue // "Texas Conway": a place before it
			}
			out = append(out, key)
		}
	}
	return out
}

// headOfName reports whether the article writes the one-word name key
// before another capitalised word in mid-sentence ("Blenheim Palace").
func (r *Recognizer) headOfName(doc *annals.Doc, key string, buf *[]byte) bool {
	for si := range doc.Sentences {
		s := &doc.Sentences[si]
		src := doc.SourceOf(si)
		for i := s.Tokens.Start; i+1 < s.Tokens.End; i++ {
			t, n := &doc.Tokens[i], &doc.Tokens[i+1]
			if !capital(t) || !capital(n) || n.Flags&annals.SentStart != 0 || len(t.Norm) != len(key) ||
				i > s.Tokens.Start && capital(&doc.Tokens[i-1]) {
				continue
			}
			if *buf = fold.Append((*buf)[:0], src[t.Start:t.End]); string(*buf) == key {
				return true
			}
		}
	}
	return false
}

// startsLonger reports whether the article writes the words of span sp
// before another capitalised word: "San Miguel Corp" for "San Miguel's".
func startsLonger(doc *annals.Doc, sp span) bool {
	src := doc.SourceOf(doc.SentenceOf(sp.tok.Start))
	name := src[sp.start:sp.end]
	for _, text := range [2]string{doc.Title, doc.Text} {
		for off := 0; ; {
			k := strings.Index(text[off:], name)
			if k < 0 {
				break
			}
			off += k + len(name)
			if off+1 < len(text) && text[off] == ' ' && text[off+1] >= 'A' && text[off+1] <= 'Z' {
				return true
			}
		}
	}
	return false
}

// shouted reports whether t is a word of three letters or more written
// all in capitals, such as headlines and slogans use.
func shouted(t *annals.Token) bool {
	return t.Flags&annals.AllCaps != 0 && t.Flags&annals.Abbrev == 0 && t.End-t.Start >= 3 && word(t)
}

// acronym reports whether token j of sentence si is a word of two to four
// capitals, no abbreviation with full stops, standing amid words that are
// not in capitals: an acronym in running text rather than a shouted
// headline. A word that opens its sentence may be a dateline ("RENO,
// Nev., Porsche said"), and is not taken for one.
func acronym(doc *annals.Doc, si, j int) bool {
	t := &doc.Tokens[j]
	s := &doc.Sentences[si]
	if j == s.Tokens.Start || t.Flags&annals.AllCaps == 0 || t.Flags&annals.Abbrev != 0 || t.End-t.Start > 4 || t.End-t.Start < 2 {
		return false
	}
	for _, k := range [2]int{j - 1, j + 1} {
		if k >= s.Tokens.Start && k < s.Tokens.End && doc.Tokens[k].Flags&annals.AllCaps != 0 {
			return false
		}
	}
	return true
}

// commonShout reports whether token j of sentence si is a word of a
// shouted headline, amid other words in capitals, that the tagger did not
// read as a proper noun.
func commonShout(doc *annals.Doc, si, j int) bool {
	t := &doc.Tokens[j]
	s := &doc.Sentences[si]
	if !shouted(t) || t.Tag == 0 || t.Tag == annals.NNP || t.Tag == annals.NNPS {
		return false
	}
	caps := func(k int) bool {
		return k >= s.Tokens.Start && k < s.Tokens.End && doc.Tokens[k].Flags&annals.AllCaps != 0 && word(&doc.Tokens[k])
	}
	return caps(j-1) || caps(j+1)
}

// word reports whether token t is a word rather than punctuation. The
// flag alone says so: the tokenizer makes no empty token, so the test
// of t.End > t.Start this once made as well always held
// (TestTokenShapes checks it over every token of many articles). It and
// capital are asked of nearly every token, often several times.
func word(t *annals.Token) bool { return t.Flags&annals.Punct == 0 }

// capital reports whether token t is a word that begins with a capital
// letter. The flags alone say so: the tokenizer sets Cap and AllCaps
// only on a token holding a letter, never on punctuation, so the test
// of word(t) this once made as well always held where they are set
// (TestTokenShapes checks it).
func capital(t *annals.Token) bool { return t.Flags&(annals.Cap|annals.AllCaps) != 0 }

// suffixWithin reports whether a token in [from, to) is an area word of
// geoSuffix, which lookup requires for a span it marks suffixed.
func suffixWithin(doc *annals.Doc, from, to int) bool {
	for k := from; k < to; k++ {
		if w := doc.Tokens[k].Norm; geoSuffixFilter.May(w) && geoSuffix[w] {
			return true
		}
	}
	return false
}

// run returns the end of the longest stretch of tokens from j, within
// sentence si, that could form one name: capitalised words, connectors
// between them, and apostrophes or hyphens written against a word.
func run(doc *annals.Doc, si, j int) int {
	e, _ := runSpan(doc, si, j)
	return e
}

// runSpan is run, and reports whether the stretch ended of itself, at a
// token that cannot go on with a name or at the sentence's end, rather
// than at maxNameWords or maxNameTokens. Then the run of each capitalised
// word inside the stretch ends where the stretch does: its scan passes
// the same tokens (the tests made of a token after the first do not
// depend on which token the scan began at), stops at the same one, and
// counts fewer words and tokens on the way. runEnd remembers it so.
func runSpan(doc *annals.Doc, si, j int) (int, bool) {
	end := doc.Sentences[si].Tokens.End
	words, e := 0, j
	k := j
	for ; k < end && k-j < maxNameTokens; k++ {
		t := &doc.Tokens[k]
		switch {
		case capital(t):
			words++
			if words > maxNameWords {
				return e, false
			}
		case k > j && connectorFilter.May(t.Norm) && word(t) && connectorSet.has(t.Norm):
		case !word(t) && k > j && t.Start == doc.Tokens[k-1].End && (t.Norm == "'" || t.Norm == "-"):
		default:
			return e, true
		}
		if capital(t) {
			e = k + 1
		}
	}
	return e, k == end
}

// match looks for a known place name starting at token j of sentence si:
// the longest stretch of the capitalised run that the gazetteer knows, or,
// failing that, a long name one slip away from a known one.
func (r *Recognizer) match(doc *annals.Doc, si, j int, src string, buf *[]byte) (span, bool) {
	sp, ok := r.lookup(doc, si, j, src, buf, true)
	// "Greater Sydney", "Greater Cleveland": the city and its suburbs,
	// placed at the city, when the gazetteer lacks the whole name.
	if !ok && j+1 < doc.Sentences[si].Tokens.End && doc.Tokens[j].Norm == "greater" && capital(&doc.Tokens[j]) {
		if sp, ok = r.lookup(doc, si, j+1, src, buf, false); ok && r.g.container(sp.key) < 0 {
			sp.tok.Start, sp.start = j, int(doc.Tokens[j].Start)
			return sp, true
		}
		return span{}, false
	}
	return sp, ok
}

// theName reports whether the capitalised "The" at token j opens a name
// the gazetteer lists only with it ("The Hague", "The Dalles"), not one it
// also knows bare ("The Netherlands").
func (r *Recognizer) theName(doc *annals.Doc, si, j int, src string, buf *[]byte) bool {
	if _, ok := r.exact(doc, si, j+1, src, buf); ok {
		return false
	}
	_, ok := r.exact(doc, si, j, src, buf)
	return ok
}

// exact is match without the forgiven slip, for the scans that try every
// capitalised word of a text: the slip search costs more than all the
// rest of them, and a misspelt name there has no cue to vouch for it.
func (r *Recognizer) exact(doc *annals.Doc, si, j int, src string, buf *[]byte) (span, bool) {
	return r.lookup(doc, si, j, src, buf, false)
}

// personBefore reports whether a name or a demonym the gazetteer does not
// know ends just before token i of sentence si, a comma between allowed:
// "Kipchoge from", "McArthur, from", "a Palestinian from". full asks for
// a name of two capitalised words at least ("Patrick Crusius of").
func (r *Recognizer) personBefore(doc *annals.Doc, si, i int, full bool) bool {
	s := &doc.Sentences[si]
	k := i - 1
	if k > s.Tokens.Start && doc.Tokens[k].Norm == "," {
		k--
	}
	if k <= s.Tokens.Start {
		return false
	}
	t := &doc.Tokens[k]
	if !capital(t) || t.Flags&(annals.SentStart|annals.AllCaps) != 0 || len(r.g.index[t.Norm]) > 0 || r.placeEndsAt(doc, si, k) {
		return false
	}
	// "a third daily nonstop April One from New Orleans": a date, not a
	// name.
	if t.Tag == annals.CD || months[t.Norm] || k-1 >= s.Tokens.Start && months[doc.Tokens[k-1].Norm] {
		return false
	}
	if full {
		p := &doc.Tokens[k-1]
		return capital(p) && p.Flags&annals.AllCaps == 0 && len(r.g.index[p.Norm]) == 0
	}
	return true
}

// stateAbbrev reports whether token j, a two-letter word, is a state's
// abbreviation after a town: ", Pa." or ", Ky." (a comma before it, a
// full stop right after it).
func stateAbbrev(doc *annals.Doc, si, j int) bool {
	s := &doc.Sentences[si]
	t := &doc.Tokens[j]
	return j > s.Tokens.Start && doc.Tokens[j-1].Norm == "," && j+1 < s.Tokens.End &&
		doc.Tokens[j+1].Norm == "." && doc.Tokens[j+1].Start == t.End
}

func (r *Recognizer) lookup(doc *annals.Doc, si, j int, src string, buf *[]byte, slip bool) (span, bool) {
	s := &doc.Sentences[si]
	if j >= s.Tokens.End || !capital(&doc.Tokens[j]) {
		return span{}, false
	}
	full := r.runEnd(doc, si, j)
	// "LET US GO": a short word in capitals amid others is shouted text,
	// and "US" there the pronoun; "Us" is the pronoun opening a sentence.
	// Two-letter names are written in capitals.
	if t := &doc.Tokens[j]; t.Flags&annals.AllCaps != 0 && t.End-t.Start <= 3 &&
		(j > s.Tokens.Start && shouted(&doc.Tokens[j-1]) || j+1 < s.Tokens.End && shouted(&doc.Tokens[j+1])) ||
		t.Flags&annals.AllCaps == 0 && t.End-t.Start == 2 && (full == j+1) && !stateAbbrev(doc, si, j) && !r.townStateAbbrev(doc, si, j, src) {
		return span{}, false
	}
	// runKey says that *buf holds the key of the run's whole name, its
	// first candidate's: the slip below looks that key up, and folds it
	// again only when *buf has been written since.
	runKey := false
	for e := full; e > j; e-- {
		last := &doc.Tokens[e-1]
		if !capital(last) {
			continue
		}
		start, stop := int(doc.Tokens[j].Start), int(last.End)
		*buf = fold.Append((*buf)[:0], src[start:stop])
		runKey = e == full
		var list []int32
		var ok bool
		if r.g.indexKeys.mayBytes(*buf) {
			list, ok = r.g.index[string(*buf)]
		}
		mentionEnd := stop
		// "in the Hague": a name the gazetteer lists with its article,
		// the article written in lower case.
		if len(list) == 0 && j > s.Tokens.Start && start >= 4 && src[start-4:start] == "the " {
			// The article's key is "the " and the name's, folding
			// being the same after a prefix: shifting the name's
			// bytes, there and back, spares folding it twice more.
			*buf = withThe(*buf)
			if l := r.g.index[string(*buf)]; len(l) > 0 && r.g.places[l[0]].Kind == KindCity {
				list, ok = l, true
				runKey = false
			} else {
				*buf = withoutThe(*buf)
			}
		}
		if len(list) == 0 {
			// "Kitchener-Waterloo": twin towns a few kilometres apart
			// name one place, the first.
			w := src[last.Start:last.End]
			h := strings.IndexByte(w, '-')
			if h <= 0 || h+1 >= len(w) || w[h+1] < 'A' || w[h+1] > 'Z' {
				continue
			}
			runKey = false
			*buf = fold.Append((*buf)[:0], w[h+1:])
			second := r.g.index[string(*buf)]
			if len(second) == 0 {
				continue
			}
			*buf = fold.Append((*buf)[:0], src[start:int(last.Start)+h])
			if !r.g.twins(r.g.index[string(*buf)], second) {
				continue
			}
			stop = int(last.Start) + h
			*buf = fold.Append((*buf)[:0], src[start:stop])
			if list, ok = r.g.index[string(*buf)]; !ok || len(list) == 0 {
				continue
			}
		}
		// "Kansas City, Mo.": an abbreviation that is also a word
		// names its area only after a town.
		if townAbbrevFilter.MayBytes(*buf) && (townAbbrevs[string(*buf)] || wordTownAbbrevs[string(*buf)] || ctTownAbbrevs[string(*buf)]) && !afterTown(doc, si, j, e) && (e != j+1 || !r.townStateAbbrev(doc, si, j, src)) && !r.dottedStateAbbrev(doc, si, j, e, src) {
			continue
		}
		// A known name that is only the head of a longer unknown one
		// ("Kabul University") is not a place mention.
		suffixed, county := false, false
		if e < s.Tokens.End {
			n := &doc.Tokens[e]
			suffixed = geoSuffixFilter.May(n.Norm) && geoSuffix[n.Norm] || r.designated(doc, si, e, *buf)
			county = n.Norm == "county" || n.Norm == "parish" || (n.Norm == "province" || n.Norm == "district") && capital(n) || countyList(doc, si, e)
			// "Surigao del Sur", "Tuna el-Gebel": a Spanish, French or
			// Arabic particle joins the name to more of it.
			if foreignJoinFilter.May(n.Norm) && foreignJoin[n.Norm] && e < full {
				return span{}, false
			}
			// "Tandag City", "Kabul Province": a capitalised area word
			// is part of the name as written.
			if suffixed && capital(n) && n.Flags&annals.AllCaps == 0 {
				mentionEnd = int(n.End)
			}
			if capital(n) && n.Flags&annals.SentStart == 0 && !suffixed && !r.wireCapped(doc, si, j, e, src) && !wireNoun(doc, si, j, e, src) && !dayAfter(doc, si, e) && !shoutBreak(doc, e) && !shoutedVerb(doc, si, j, e) {
				return span{}, false
			}
			if !suffixed && !capital(n) && (modifieeFilter.May(n.Norm) && modifiee[n.Norm] || firmModFilter.May(n.Norm) && firmModifiees[n.Norm]) {
				return span{}, false // "a Toronto lawyer"
			}
			if !suffixed && gatheringAfter(doc, si, e) {
				return span{}, false // "the Paris accord" (round 41)
			}
			// "Luxembourg-based", "U.S.-Mexican border": a name joined
			// by a hyphen to a word it does not form a known name with
			// makes a modifier.
			if n.Norm == "-" && n.Start == last.End && e+1 < s.Tokens.End &&
				doc.Tokens[e+1].Start == n.End && word(&doc.Tokens[e+1]) {
				return span{}, false
			}
			// "the US state of Texas" qualifies Texas (but "Ghazni
			// province of Afghanistan" is Ghazni); "Montgomery County
			// Police" names an organisation.
			if suffixed && e+1 < s.Tokens.End {
				a := &doc.Tokens[e+1]
				if a.Norm == "of" && r.g.places[list[0]].Kind == KindCountry ||
					capital(a) && a.Flags&annals.SentStart == 0 {
					return span{}, false
				}
			}
			// "the US states of Idaho and Utah": a country before the
			// areas it holds qualifies them.
			if !suffixed && !capital(n) && e+1 < s.Tokens.End && doc.Tokens[e+1].Norm == "of" &&
				areaNouns[n.Norm] && r.g.places[list[0]].Kind == KindCountry {
				return span{}, false
			}
			// "Riverside County criminal court": the area qualifies an
			// institution, one word on at most, whether the gazetteer
			// knows the county or only its town.
			if suffixed || geoSuffixFilter.May(last.Norm) && geoSuffix[last.Norm] {
				from := e
				if suffixed {
					from = e + 1
				}
				for k := from; k < s.Tokens.End && k <= from+1 && word(&doc.Tokens[k]) && !capital(&doc.Tokens[k]); k++ {
					if modifiee[doc.Tokens[k].Norm] {
						return span{}, false
					}
				}
			}
		}
		// "US$400": a currency, not a country.
		if stop < len(src) && src[stop] == '$' {
			return span{}, false
		}
		// "the International Coffee Organization (ICO)", "before the
		// GAO": a short word in capitals amid running text is an
		// acronym, not a town the gazetteer spells alike (Icó, Gao).
		// Countries and regions (US, UAE) and great cities keep theirs.
		if e == j+1 && acronym(doc, si, j) && r.g.container(string(*buf)) < 0 && !r.g.greatCity(list) {
			return span{}, false
		}
		// "TO BUY", "GAIN FROM SALE": in a shouted headline a word the
		// tagger reads as an ordinary one, a verb or a common noun, is
		// that word, not a town spelt alike (Buy, Salé). Countries and
		// regions keep theirs.
		if e == j+1 && commonShout(doc, si, j) && r.g.container(string(*buf)) < 0 {
			return span{}, false
		}
		key := string(*buf)
		// "Quezon province", "Tyumen oblast": the area named after a
		// city, when the gazetteer has it, rather than the city.
		if suffixed {
			*buf = append(append(*buf, ' '), doc.Tokens[e].Norm...)
			if p := r.g.container(string(*buf)); p >= 0 && r.g.places[p].Kind == KindRegion {
				key = string(*buf)
			}
		}
		return span{tok: annals.Range{Start: j, End: e}, start: start, end: mentionEnd,
			key: key, suffixed: suffixed, county: county}, true
	}
	// "in Northern California", "Southern Ontario": a part of an area,
	// capitalised as a name the gazetteer lacks, lies in the area. A
	// region's part is a region in its own right, written whole; a
	// country's is written as the country, as "northern Syria" is.
	if compassPartFilter.May(doc.Tokens[j].Norm) && compassPart[doc.Tokens[j].Norm] && j+1 < full && doc.Tokens[j+1].Start == doc.Tokens[j].End+1 {
		runKey = false
		if sp, ok := r.lookup(doc, si, j+1, src, buf, false); ok {
			if p := r.g.container(sp.key); p >= 0 {
				sp.box = true // the area, never a town of its name
				if r.g.places[p].Kind != KindCountry {
					sp.tok.Start, sp.start = j, int(doc.Tokens[j].Start)
				}
				return sp, true
			}
		}
	}
	// No name known as written: forgive one slip in a long one.
	if slip && full > j && capital(&doc.Tokens[full-1]) && (full == s.Tokens.End || !capital(&doc.Tokens[full])) {
		start, stop := int(doc.Tokens[j].Start), int(doc.Tokens[full-1].End)
		if !runKey {
			*buf = fold.Append((*buf)[:0], src[start:stop])
		}
		if len(*buf) >= minSwapped {
			if p := r.slipOf(*buf); p >= 0 {
				c := &r.g.places[p]
				// "Australian dollars", "South Korean firms": an
				// adjective of nationality is no slip for its country.
				if demonymOf(string(*buf), c.Name, full < s.Tokens.End && word(&doc.Tokens[full]) && !capital(&doc.Tokens[full])) ||
					r.g.knownDemonym(string(*buf)) {
					return span{}, false
				}
				*buf = fold.Append((*buf)[:0], c.Name)
				return span{tok: annals.Range{Start: j, End: full}, start: start, end: stop, key: string(*buf)}, true
			}
		}
	}
	return span{}, false
}

// withThe returns key with "the " before it, in key's array when it has
// room: fold.Append(append(dst, "the "...), name) is "the " and
// fold.Append(dst, name).
func withThe(key []byte) []byte {
	n := len(key)
	key = append(key, "the "...)
	copy(key[4:], key[:n])
	copy(key, "the ")
	return key
}

// withoutThe undoes withThe.
func withoutThe(key []byte) []byte {
	n := copy(key, key[4:])
	return key[:n]
}

// dateline recognises "DOHA, Oct 12 (Reuters) -" or "KABUL —" at the head
// of sentence si, the first of the text: a known name, in capitals when a
// comma follows it, then a comma, dash or opening parenthesis.
func (r *Recognizer) dateline(doc *annals.Doc, si int, src string, buf *[]byte) (span, bool) {
	s := &doc.Sentences[si]
	j := s.Tokens.Start
	if j >= s.Tokens.End || !capital(&doc.Tokens[j]) {
		return span{}, false
	}
	e := run(doc, si, j)
	if e >= s.Tokens.End {
		return span{}, false
	}
	allCaps := true
	for k := j; k < e; k++ {
		if t := &doc.Tokens[k]; word(t) && t.Flags&annals.AllCaps == 0 && t.End-t.Start > 1 {
			allCaps = false
		}
	}
	next := src[doc.Tokens[e].Start:doc.Tokens[e].End]
	switch next {
	case "—", "–", "-", "--", "(":
	case ",":
		if !allCaps {
			return span{}, false
		}
	default:
		return span{}, false
	}
	start, stop := int(doc.Tokens[j].Start), int(doc.Tokens[e-1].End)
	*buf = fold.Append((*buf)[:0], src[start:stop])
	if len(r.g.index[string(*buf)]) == 0 {
		return span{}, false
	}
	return span{tok: annals.Range{Start: j, End: e}, start: start, end: stop,
		key: string(*buf), dateline: true}, true
}

// legFrom recognises, with no cue before it, the start of a leg of a
// voyage in freight and charter lists: "took 12,000 tonnes HSS Toledo to
// Casablanca April 29-May 5", "Lakehead to Morocco April 15-25". The
// name opens a capitalised run it fills (or follows a cargo code in
// capitals), "to" and another known name follow it, and a date or a
// figure comes after that, as charter rows write the loading dates.
// "Japan to Buy" or "asked Britain to" name no leg. It appends the span
// and returns the end of the name.
func (r *Recognizer) legFrom(doc *annals.Doc, si, i int, src string, buf *[]byte, spans *[]span) (int, bool) {
	s := &doc.Sentences[si]
	if !capital(&doc.Tokens[i]) {
		return 0, false
	}
	k := r.runEnd(doc, si, i)
	if k+2 >= s.Tokens.End || doc.Tokens[k].Norm != "to" || !capital(&doc.Tokens[k+1]) {
		return 0, false
	}
	if i > s.Tokens.Start {
		if p := &doc.Tokens[i-1]; capital(p) && (p.Flags&annals.AllCaps == 0 || p.End-p.Start > 4) {
			return 0, false
		}
	}
	to, ok := r.exact(doc, si, k+1, src, buf)
	if !ok || to.tok.End >= s.Tokens.End {
		return 0, false
	}
	if after := &doc.Tokens[to.tok.End]; !months[after.Norm] && after.Flags&annals.Digit == 0 {
		return 0, false
	}
	sp, ok := r.exact(doc, si, i, src, buf)
	if !ok || sp.tok.End != k || sp.suffixed {
		return 0, false
	}
	*spans = append(*spans, sp)
	return k, true
}

// numberWords are the amounts wire copy spells out before "billion" or
// "mln": "China three billion".
var numberWords = map[string]bool{
	"one": true, "two": true, "three": true, "four": true, "five": true, "six": true,
	"seven": true, "eight": true, "nine": true, "ten": true, "half": true,
}

// figureAt reports whether an amount opens at token k of sentence si,
// perhaps after "about" or "some": a number, then "billion", "mln",
// "dlrs" or "pct".
func figureAt(doc *annals.Doc, si, k int) bool {
	end := doc.Sentences[si].Tokens.End
	if k < end && (doc.Tokens[k].Norm == "about" || doc.Tokens[k].Norm == "some") {
		k++
	}
	if k+1 >= end {
		return false
	}
	if t := &doc.Tokens[k]; t.Flags&annals.Digit == 0 && !numberWords[t.Norm] {
		return false
	}
	return amountWords[doc.Tokens[k+1].Norm]
}

// gappedFigure recognises, with no cue before it, a country in a list
// whose verb the writer left out after the first item, each country with
// its own amount: "Iran also lost about six billion dlrs, Brunei 3.8
// billion, China three billion and Malaysia 0.8 billion". Such a row
// measures each country, a place. The item must follow an amount and a
// comma or "and", so that "of which Japan 47.9 mln" stays out. The
// first item, a country opening the sentence, is taken with the second.
// It appends the span(s) and returns the end of the name.
func (r *Recognizer) gappedFigure(doc *annals.Doc, si, i int, src string, buf *[]byte, spans *[]span) (int, bool) {
	s := &doc.Sentences[si]
	if i-2 < s.Tokens.Start || !capital(&doc.Tokens[i]) {
		return 0, false
	}
	if sep := doc.Tokens[i-1].Norm; sep != "," && sep != "and" {
		return 0, false
	}
	if p := &doc.Tokens[i-2]; !(amountWordsFilter.May(p.Norm) && amountWords[p.Norm]) && p.Flags&annals.Digit == 0 {
		return 0, false
	}
	sp, ok := r.exact(doc, si, i, src, buf)
	if !ok || sp.suffixed || !figureAt(doc, si, sp.tok.End) {
		return 0, false
	}
	if top := &r.g.places[r.g.index[sp.key][0]]; top.Kind != KindCountry {
		return 0, false
	}
	// The head of the row: the country that opens the sentence, when this
	// is the row's second item (no country with an amount before it).
	if j := s.Tokens.Start; j < i {
		if head, ok := r.exact(doc, si, j, src, buf); ok && !head.suffixed &&
			r.g.places[r.g.index[head.key][0]].Kind == KindCountry &&
			!slices.ContainsFunc(*spans, func(o span) bool { return o.tok == head.tok }) {
			at := len(*spans)
			for at > 0 && (*spans)[at-1].tok.Start > head.tok.Start {
				at--
			}
			*spans = slices.Insert(*spans, at, head)
		}
	}
	*spans = append(*spans, sp)
	return sp.tok.End, true
}

// listDateline recognises the dateline of one item of a list article,
// a paragraph opening with a known name in capitals and a dash: "NEW
// YORK - Comex silver futures soared", "LONDON - Trading volume".
// Unlike the article's own dateline it is not trusted to admit small
// towns, and a comma after the name does not do: "BONN, the capital,"
// may open any paragraph.
func (r *Recognizer) listDateline(doc *annals.Doc, si int, src string, buf *[]byte) (span, bool) {
	s := &doc.Sentences[si]
	j := s.Tokens.Start
	if j >= s.Tokens.End || doc.Tokens[j].Flags&annals.AllCaps == 0 {
		return span{}, false
	}
	// The paragraph's head: only spaces between a line break and the name.
	k := int(doc.Tokens[j].Start)
	for k > 0 && (src[k-1] == ' ' || src[k-1] == '\t') {
		k--
	}
	if k == 0 || src[k-1] != '\n' {
		return span{}, false
	}
	e := run(doc, si, j)
	if e >= s.Tokens.End {
		return span{}, false
	}
	for x := j; x < e; x++ {
		if t := &doc.Tokens[x]; word(t) && t.Flags&annals.AllCaps == 0 {
			return span{}, false
		}
	}
	switch src[doc.Tokens[e].Start:doc.Tokens[e].End] {
	case "—", "–", "-", "--":
	default:
		return span{}, false
	}
	start, stop := int(doc.Tokens[j].Start), int(doc.Tokens[e-1].End)
	*buf = fold.Append((*buf)[:0], src[start:stop])
	if len(r.g.index[string(*buf)]) == 0 {
		return span{}, false
	}
	return span{tok: annals.Range{Start: j, End: e}, start: start, end: stop, key: string(*buf)}, true
}

// nounAfter reports whether t, the word right after a place name, is a
// common noun that the name qualifies ("the US airstrike", "the London
// location"), so that the name is a modifier, not where anything happens.
// Tagged text says so by the tag; untagged, a word that is no function
// word, adverb of time or verb form in -ed, -ing or -s is taken for a
// noun, but only after "the", which opens a noun phrase (the flag the);
// without it, as for a later item of a list ("into Syria, and US
// statements"), the tag alone decides.
func nounAfter(t *annals.Token, the bool) bool {
	if !word(t) || capital(t) || geoSuffix[t.Norm] || keepsPlace[t.Norm] || t.Flags&annals.Digit != 0 {
		return false
	}
	if t.Tag != annals.TagUnknown || !the {
		return t.Tag == annals.NN || t.Tag == annals.NNS
	}
	n := t.Norm
	return len(n) > 2 && !strings.HasSuffix(n, "ed") && !strings.HasSuffix(n, "ing") &&
		!strings.HasSuffix(n, "s") && !strings.HasSuffix(n, "ly")
}

// keepsPlace are words that may follow a place name without making it a
// modifier, though untagged they look like nouns: times, function words
// and the verbs that most often follow a subject.
var keepsPlace = map[string]bool{
	"today": true, "yesterday": true, "tomorrow": true, "tonight": true, "now": true,
	"last": true, "next": true, "this": true, "that": true, "then": true, "early": true,
	"late": true, "earlier": true, "later": true, "soon": true, "ago": true, "overnight": true,
	"before": true, "after": true, "until": true, "till": true, "since": true, "where": true,
	"when": true, "which": true, "who": true, "whose": true, "while": true, "but": true,
	"and": true, "or": true, "nor": true, "for": true, "from": true, "into": true, "onto": true,
	"to": true, "at": true, "in": true, "on": true, "of": true, "with": true, "without": true,
	"near": true, "over": true, "under": true, "about": true, "around": true, "across": true,
	"through": true, "via": true, "than": true, "the": true, "a": true, "an": true,
	// "in the Ivory Coast due to drought": a cause after the place.
	"due": true, "owing": true, "thanks": true,
	"its": true, "their": true, "his": true, "her": true, "our": true, "itself": true,
	"will": true, "would": true, "can": true, "could": true, "may": true, "might": true,
	"must": true, "shall": true, "should": true, "had": true, "have": true, "has": true,
	"was": true, "were": true, "is": true, "are": true, "be": true, "been": true, "being": true,
	"did": true, "do": true, "does": true, "not": true, "also": true, "alone": true,
	"too": true, "only": true, "again": true, "instead": true, "there": true, "here": true,
	"say": true, "won": true, "lost": true, "beat": true, "hit": true, "led": true,
	"became": true, "become": true, "remain": true, "took": true, "began": true, "saw": true,
	"made": true, "gave": true, "got": true, "held": true, "left": true, "set": true,
	"went": true, "came": true, "ran": true, "put": true, "told": true, "met": true,
	"because": true, "if": true, "as": true, "by": true, "like": true, "up": true,
	"down": true, "out": true, "off": true, "back": true, "per": true, "amid": true,
	"against": true, "during": true, "between": true, "among": true, "despite": true,
	"local": true, "time": true, "proper": true, "east": true, "west": true, "north": true,
	"south": true, "overseas": true, "abroad": true, "first": true,
	"upon": true, "toward": true, "towards": true, "within": true, "along": true,
	"vicinity": true, "environs": true, "region": true, "area": true, "mainland": true,
	"beyond": true, "inside": true, "outside": true, "throughout": true, "whereas": true,
	"why": true, "how": true, "what": true, "so": true, "yet": true, "already": true,
	"still": true, "even": true, "just": true, "never": true, "ever": true, "far": true,
}

// months and weekdays open the dates of whenAfter.
var months = map[string]bool{
	"january": true, "february": true, "march": true, "april": true, "may": true, "june": true,
	"july": true, "august": true, "september": true, "october": true, "november": true,
	"december": true, "jan": true, "feb": true, "mar": true, "apr": true, "jun": true,
	"jul": true, "aug": true, "sep": true, "sept": true, "oct": true, "nov": true, "dec": true,
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true,
	"saturday": true, "sunday": true,
}

// whenAfter returns where a list goes on after the place name ending
// before token j: past a date that dates the item ("Tonga on October 22,
// Fiji on November 7"), with "first" or "then" before it, when a comma
// follows the date; else j.
func whenAfter(doc *annals.Doc, si, j int) int {
	if k := dateAt(doc, si, j); k >= 0 && k < doc.Sentences[si].Tokens.End && doc.Tokens[k].Norm == "," {
		return k
	}
	return j
}

// shoutBreaks are the short words that a headline in capitals writes like
// its names but that never continue one: "VISIT BONN AT KOHL'S
// INVITATION", "LOCKOUT AT DAKOTA CITY ENDS".
var shoutBreaks = map[string]bool{
	"at": true, "in": true, "on": true, "for": true, "to": true,
	"after": true, "as": true, "by": true, "from": true, "with": true, "near": true,
	"says": true, "said": true, "sees": true, "is": true,
	// "CONCERN IN BRAZIL OVER VOLCKER DEPARTURE", "VISIT ROME, BERLIN
	// DURING SUMMIT TRIP": what the headline is about, or when.
	"over": true, "during": true, "amid": true, "despite": true, "until": true,
}

// shoutBreak reports whether token k, after a name in capitals, is a word
// of shoutBreaks in capitals too, which ends the name rather than
// lengthening it.
func shoutBreak(doc *annals.Doc, k int) bool {
	t := &doc.Tokens[k]
	return k > 0 && t.Flags&annals.AllCaps != 0 && doc.Tokens[k-1].Flags&annals.AllCaps != 0 && shoutBreaks[t.Norm]
}

// dayAfter reports whether a day begins at token k of sentence si, a
// weekday or a month and its day ("arrive in London Monday", "in Japan
// April 14-27", "in Kansas City March 20"): a date written against a
// place name, which then ends there rather than running on into a longer
// one.
func dayAfter(doc *annals.Doc, si, k int) bool {
	if monthSpan(doc, si, k) {
		return true
	}
	t := &doc.Tokens[k]
	if !(monthsFilter.May(t.Norm) && months[t.Norm]) || t.Flags&annals.AllCaps != 0 {
		return false
	}
	return strings.HasSuffix(t.Norm, "day") ||
		k+1 < doc.Sentences[si].Tokens.End && doc.Tokens[k+1].Flags&annals.Digit != 0
}

// dateAt returns the end of a date phrase at token j of sentence si ("on
// October 22", "first on February 6", "in 2019"), or -1.
func dateAt(doc *annals.Doc, si, j int) int {
	end := doc.Sentences[si].Tokens.End
	k := j
	if k < end && (doc.Tokens[k].Norm == "first" || doc.Tokens[k].Norm == "then") {
		k++
	}
	if k+1 >= end || doc.Tokens[k].Norm != "on" && doc.Tokens[k].Norm != "in" {
		return -1
	}
	k++
	switch {
	case months[doc.Tokens[k].Norm] && capital(&doc.Tokens[k]):
		k++
		if k < end && doc.Tokens[k].Flags&annals.Digit != 0 {
			k++
		}
	case doc.Tokens[k].Flags&annals.Digit != 0 && len(doc.Tokens[k].Norm) == 4:
		k++
	default:
		return -1
	}
	return k
}

// bareTown looks at token i of sentence si, which no cue introduces, for
// the name of a town standing alone: a capitalised run, outside a
// headline, that the gazetteer knows exactly, not the object of a
// preposition that names a party ("talks with Kabul"), nor in the
// possessive, nor after a determiner, nor inside an institution's name,
// and ending a phrase or a list item. The caller keeps it only when the
// sentence names another place and the article the town's country.
// Like byDefault, it fills *sp, read only when it returns true.
func (r *Recognizer) bareTown(doc *annals.Doc, si, i int, src string, buf *[]byte, sp *span) bool {
	s := &doc.Sentences[si]
	t := &doc.Tokens[i]
	if !capital(t) || t.Flags&annals.AllCaps != 0 || s.Title {
		return false
	}
	// Most capitalised words go on to a lower-case one: say so first,
	// before the map lookups of the tests below.
	e := i + 1
	for e < s.Tokens.End && capital(&doc.Tokens[e]) {
		e++
	}
	if e < s.Tokens.End {
		if n := &doc.Tokens[e]; word(n) && !(connectorFilter.May(n.Norm) && connectorSet.has(n.Norm)) {
			return false
		}
	}
	if i > s.Tokens.Start {
		p := &doc.Tokens[i-1]
		if capital(p) && p.Flags&annals.SentStart == 0 || p.Norm == "'s" || p.Norm == "-" && p.End == t.Start ||
			notWeakFilter.May(p.Norm) && notWeak[p.Norm] || determinersFilter.May(p.Norm) && determiners[p.Norm] {
			return false
		}
	}
	// "the University of California, San Diego", "Le Journal de
	// Montreal": the name of an institution.
	for k := i - 1; k >= s.Tokens.Start && k >= i-5; k-- {
		if capital(&doc.Tokens[k]) && institutionsFilter.May(doc.Tokens[k].Norm) && institutions[doc.Tokens[k].Norm] {
			return false
		}
	}
	var ok bool
	*sp, ok = r.exact(doc, si, i, src, buf)
	if !ok || sp.suffixed {
		return false
	}
	if e := sp.tok.End; e < s.Tokens.End {
		n := &doc.Tokens[e]
		// Standing alone, the name ends a phrase or a list item: "Jolo,
		// and the Sulu region", "Docklands and Southbank." ("Kenosha
		// workers", "Firestone advised" are no places).
		if word(n) && n.Norm != "and" && n.Norm != "or" || n.Norm == "'s" || n.Norm == "-" {
			return false
		}
	}
	return true
}

// compoundSpans is compound for the chain of rules in annotate: it keeps
// the pair in compounds or, written as a firm's name, its keys in firms,
// and returns the end of the second name. It turns away first, without
// compound's two spans to zero and copy, the words compound would.
func (r *Recognizer) compoundSpans(doc *annals.Doc, si, i int, src string, buf *[]byte, compounds *[]span, firms *[]string) (int, bool) {
	if !hyphenAt(doc, &doc.Sentences[si], i, src) {
		return 0, false
	}
	x, y, firm, ok := r.compound(doc, si, i, src, buf)
	if !ok {
		return 0, false
	}
	if firm {
		*firms = append(*firms, x.key+"-"+y.key)
	} else {
		*compounds = append(*compounds, x, y)
	}
	return y.tok.End, true
}

// compound looks at token i of sentence si, which no cue introduces, for
// two one-word town names joined by a dash with no space ("Mysore–Bangalore",
// "Kiev-Moscow"): the ends of a route, a line or a link. Both must be
// names the gazetteer has; the caller keeps them only where the article
// places both. firm reports a pair written as the name of a firm
// ("Allen-Bradley Co", "Amsterdam-Rotterdam Bank", "its Allen-Bradley
// unit"), which the article's other mentions of the pair name too.
func (r *Recognizer) compound(doc *annals.Doc, si, i int, src string, buf *[]byte) (x, y span, firm, ok bool) {
	s := &doc.Sentences[si]
	a := &doc.Tokens[i]
	if !capital(a) || a.Flags&annals.AllCaps != 0 {
		return x, y, false, false
	}
	last := i // the token the second name ends in
	var as, ae, bs, be int
	if w := src[a.Start:a.End]; strings.Count(w, "-") == 1 {
		// "Mysore-Bangalore" written with a hyphen is one token.
		h := strings.IndexByte(w, '-')
		if h == 0 || h+1 == len(w) || w[h+1] < 'A' || w[h+1] > 'Z' {
			return x, y, false, false
		}
		as, ae, bs, be = int(a.Start), int(a.Start)+h, int(a.Start)+h+1, int(a.End)
	} else {
		if i+2 >= s.Tokens.End {
			return x, y, false, false
		}
		d, b := &doc.Tokens[i+1], &doc.Tokens[i+2]
		if d.Norm != "-" || a.End != d.Start || d.End != b.Start || !capital(b) || b.Flags&annals.AllCaps != 0 {
			return x, y, false, false
		}
		last = i + 2
		as, ae, bs, be = int(a.Start), int(a.End), int(b.Start), int(b.End)
	}
	// One word each, standing alone: not "New York-Boston", nor
	// "Mysore-Bangalore-based".
	if i > s.Tokens.Start {
		if p := &doc.Tokens[i-1]; p.End == a.Start || capital(p) && p.Flags&annals.SentStart == 0 {
			return x, y, false, false
		}
	}
	if e := last + 1; e < s.Tokens.End {
		n := &doc.Tokens[e]
		if n.Start == doc.Tokens[last].End && word(n) || n.Norm == "-" || n.Norm == "'s" {
			return x, y, false, false
		}
		firm = institutions[n.Norm] || firmWords[n.Norm] || n.Norm == "/" || namedByPair(doc, si, i, last)
	}
	for k, bytes := range [2][2]int{{as, ae}, {bs, be}} {
		*buf = fold.Append((*buf)[:0], src[bytes[0]:bytes[1]])
		if len(r.g.index[string(*buf)]) == 0 {
			return x, y, false, false
		}
		sp := span{tok: annals.Range{Start: i, End: i + 1}, start: bytes[0], end: bytes[1], key: string(*buf)}
		if k == 0 {
			x = sp
		} else {
			sp.tok = annals.Range{Start: last, End: last + 1}
			y = sp
		}
	}
	return x, y, firm, true
}

// firmWords after a name make it a firm's: "the Allen-Bradley unit".
var firmWords = map[string]bool{
	"unit": true, "subsidiary": true, "division": true, "affiliate": true, "group": true,
	"corporation": true, "ltd": true, "plc": true, "nv": true, "ag": true, "sa": true, "llc": true,
}

// determiners before a name make it a modifier ("its Dayton, Tenn.,
// facility", "a Toronto lawyer") or part of a title ("the Hague").
var determiners = map[string]bool{
	"the": true, "a": true, "an": true, "its": true, "their": true, "his": true, "her": true,
	"our": true, "my": true, "your": true, "this": true, "that": true, "these": true, "those": true,
}

// institutions are the capitalised words of names of institutions that
// end in a town's name: "the University of California, San Diego".
var institutions = map[string]bool{
	"university": true, "college": true, "institute": true, "school": true, "bank": true,
	"journal": true, "times": true, "post": true, "herald": true, "company": true, "corp": true,
	"inc": true, "co": true, "club": true, "fc": true, "hospital": true, "museum": true,
}

// firstNames are given names that are also towns' names; standing alone,
// with no cue, they are more often a person.
var firstNames = map[string]bool{
	"austin": true, "charlotte": true, "eugene": true, "tyler": true, "jackson": true,
	"victoria": true, "sydney": true, "lincoln": true, "madison": true, "florence": true,
	"chester": true, "douglas": true, "hamilton": true, "kingston": true, "milton": true,
	"marion": true, "warren": true, "clinton": true, "franklin": true, "jefferson": true,
	"washington": true, "troy": true, "orlando": true, "dallas": true, "regina": true,
	"mary": true, "elizabeth": true, "alexandria": true, "santiago": true, "salvador": true,
	"carmen": true, "dolores": true, "mercedes": true, "isabela": true, "rosario": true,
	"concepcion": true, "trinidad": true, "maria": true, "jose": true, "juan": true,
	"zachary": true, "bryant": true,
}

// areaWords are the words that call the name before them a first- or
// second-level division: "Kalinga province", "Niger State".
var areaWords = map[string]bool{
	"province": true, "state": true, "region": true, "governorate": true, "oblast": true,
	"prefecture": true, "county": true, "district": true,
}

// notAreaNames are capitalised words that stand before "State" or
// "Region" in names of things other than divisions: "the Islamic State"
// is caught as an adjective, these are not.
var notAreaNames = map[string]bool{
	"sovereign": true, "independent": true, "federal": true, "secular": true, "union": true,
	"confederate": true, "nation": true, "member": true, "welfare": true, "deep": true,
	"rogue": true, "buffer": true, "client": true, "puppet": true, "sister": true,
	"home": true, "host": true, "separate": true, "unitary": true, "new": true, "great": true,
	"united": true, "failed": true, "head": true, "secretary": true, "police": true,
	"capital": true, "metropolitan": true, "central": true, "northern": true, "southern": true,
	"eastern": true, "western": true, "north": true, "south": true, "east": true, "west": true,
	"middle": true, "upper": true, "lower": true, "autonomous": true, "special": true,
	"administrative": true, "business": true, "school": true, "congressional": true,
	"electoral": true, "military": true, "free": true, "gulf": true, "sahel": true,
	"asia": true, "pacific": true, "amazon": true, "himalayan": true, "holy": true,
	// "the Tenth Federal Reserve District".
	"first": true, "second": true, "third": true, "fourth": true, "fifth": true, "sixth": true,
	"seventh": true, "eighth": true, "ninth": true, "tenth": true, "eleventh": true, "twelfth": true,
	// Bodies of the sky have regions too: "in the region of Earth".
	"earth": true, "moon": true, "mars": true, "venus": true, "mercury": true, "sun": true,
	"jupiter": true, "saturn": true, "world": true,
}

// maxAreaWords is the most capitalised words of an area name the
// gazetteer lacks.
const maxAreaWords = 3

// newArea looks at token j of sentence si, after the strong cue at token
// i, for an area the gazetteer lacks that the text calls one: "the
// province of X", "the states of X" (an area noun before the cue), or "X
// province", "X State". The name must be capitalised, unknown to the
// gazetteer, and no month, common word, given name or adjective ("the
// Islamic State", "the Indian state"). It returns the span, with in set
// to the region or country a comma and a known name put it in, and the
// token after the name and its area word; or j when there is none.
func (r *Recognizer) newArea(doc *annals.Doc, si, i, j int, src string, buf *[]byte) (span, int) {
	s := &doc.Sentences[si]
	ofCue := doc.Tokens[i].Norm == "of" && i > s.Tokens.Start && areaNouns[doc.Tokens[i-1].Norm]
	// "most regions of Yugoslavia", "all 50 states of": a part of the
	// whole that follows, not a list of areas.
	if h := i - 2; ofCue && h >= s.Tokens.Start && strings.HasSuffix(doc.Tokens[i-1].Norm, "s") &&
		(classWords[doc.Tokens[h].Norm] || doc.Tokens[h].Norm == "most" || doc.Tokens[h].Flags&annals.Digit != 0) {
		return span{}, j
	}
	// The name: capitalised words, joined by hyphens or by particles such
	// as "del" before another capitalised word ("Lanao del Sur").
	e, words := j, 0
	for e < s.Tokens.End {
		t := &doc.Tokens[e]
		switch {
		case capital(t) && t.Flags&annals.AllCaps == 0:
			words++
		case e > j && word(t) && foreignJoinFilter.May(t.Norm) && foreignJoin[t.Norm] && e+1 < s.Tokens.End && capital(&doc.Tokens[e+1]):
		case e > j && t.Norm == "-" && t.Start == doc.Tokens[e-1].End && e+1 < s.Tokens.End && capital(&doc.Tokens[e+1]):
		default:
			words = -words - 1 // stop
		}
		if words < 0 {
			words = -words - 1
			break
		}
		e++
	}
	if words == 0 {
		return span{}, j
	}
	next := e // the token after the name and its area word
	switch {
	case words >= 2 && areaWords[doc.Tokens[e-1].Norm] && !ofCue:
		e-- // "Kalinga Province"
		words--
	case e < s.Tokens.End && areaWordsFilter.May(doc.Tokens[e].Norm) && areaWords[doc.Tokens[e].Norm] && !ofCue:
		next = e + 1 // "Kalinga province"
	case ofCue:
	default:
		return span{}, j
	}
	if words > maxAreaWords || months[doc.Tokens[j].Norm] {
		return span{}, j
	}
	// "the Kalinga province government": the area qualifies something.
	if n := next; n < s.Tokens.End && (capital(&doc.Tokens[n]) && doc.Tokens[n].Flags&annals.SentStart == 0 ||
		modifiee[doc.Tokens[n].Norm] || doc.Tokens[n].Norm == "-") {
		return span{}, j
	}
	first := doc.Tokens[j].Norm
	if notAreaNames[first] || firstNames[first] || commonWords[first] || notPlaces[first] || adjective(first) ||
		institutions[first] || bodies[first] || words == 1 && r.g.demonymCountry(first) >= 0 {
		return span{}, j
	}
	// "the Association of Tin Producing Countries": a longer name; "the
	// state of Yugoslav economy": an adjective.
	if n := next; ofCue && n < s.Tokens.End && (doc.Tokens[n].Norm == "of" || nounAfter(&doc.Tokens[n], true)) {
		return span{}, j
	}
	start, stop := int(doc.Tokens[j].Start), int(doc.Tokens[e-1].End)
	*buf = fold.Append((*buf)[:0], src[start:stop])
	if _, known := r.g.index[string(*buf)]; known || commonWords[string(*buf)] || notPlaces[string(*buf)] {
		return span{}, j
	}
	// "Yellowstone County": a capitalised area word is part of the name
	// as written, so the mention spans it (the key does not).
	end := stop
	if w := &doc.Tokens[next-1]; next-1 >= e && areaWords[w.Norm] && capital(w) && w.Flags&annals.AllCaps == 0 {
		end = int(w.End)
	}
	a := span{tok: annals.Range{Start: j, End: e}, start: start, end: end, key: string(*buf), newArea: true}
	if ofCue {
		a.district = strings.HasPrefix(doc.Tokens[i-1].Norm, "district")
	} else {
		a.district = doc.Tokens[e].Norm == "district" // the area word
	}
	// "the Malaysian state of Sabah": the country the adjective names.
	// So does a country's name: "the US state of".
	if h := i - 2; ofCue && h >= s.Tokens.Start && capital(&doc.Tokens[h]) {
		if p := r.g.demonymCountry(doc.Tokens[h].Norm); p >= 0 {
			a.in = fold.Key(r.g.places[p].Name)
		} else if p := r.g.container(doc.Tokens[h].Norm); p >= 0 && r.g.places[p].Kind == KindCountry {
			a.in = doc.Tokens[h].Norm
		}
	}
	// "the province of Kalinga, Philippines", "the Athabasca region of
	// northern Alberta".
	if k := next + 1; a.in == "" && k < s.Tokens.End && (doc.Tokens[next].Norm == "," || doc.Tokens[next].Norm == "of" && !ofCue) {
		// "the Keewatin district of the Northwest Territories".
		if doc.Tokens[next].Norm == "of" && doc.Tokens[k].Norm == "the" && k+1 < s.Tokens.End {
			k++
		}
		for n := 0; n < 2 && k < s.Tokens.End && areaAdj[doc.Tokens[k].Norm] && !capital(&doc.Tokens[k]); n++ {
			k++
		}
		if box, ok := r.match(doc, si, k, src, buf); ok && r.g.container(box.key) >= 0 {
			a.in = box.key
		}
	}
	return a, next
}

// bodies are capitalised words that open the names of organisations,
// whose "member states" are no places: "the member states of the
// Association of Tin Producing Countries".
var bodies = map[string]bool{
	"association": true, "organisation": true, "organization": true, "league": true,
	"council": true, "group": true, "federation": true, "alliance": true, "community": true,
	"conference": true, "commonwealth": true, "agency": true, "committee": true, "treaty": true,
}

// demonymCountry returns the country entry whose name the adjective w
// (folded) is formed from ("malaysian", "iraqi", "philippine",
// "chinese"), or -1 when none or more than one is: w must be the
// country's name, less at most two final letters, and one of
// demonymEnds.
// A few adjectives formed otherwise are listed in irregularDemonyms.
// The answers are tabled at load (see indexDemonyms): every article asks
// this of each capitalised word, and a scan over the countries per word
// cost more than the rest of the article's adjective vote. The filters
// answer most words, which are no adjective, without the map: the word
// filter first, whose test of a word's length and end letters costs a
// tenth of the key filter's hash and turns away two words in three
// (TestDemonymFilter).
func (g *Gazetteer) demonymCountry(w string) int32 {
	if !g.demonymWords.May(w) || !g.demonymKeys.may(w) {
		return -1
	}
	if p, ok := g.demonyms[w]; ok {
		return p
	}
	return -1
}

// indexDemonyms tables demonymCountry's answer for every word it
// answers: each country's folded name, less at most two final letters,
// with each of demonymEnds, less the name itself and words of under four
// letters; where two countries form the same word, the longer stem wins
// ("nigerian" is Nigeria's, not Niger's) and stems of equal length leave
// no answer. irregularDemonyms override.
func (g *Gazetteer) indexDemonyms() map[string]int32 {
	// Each word is written into one buffer and probed with it, a string
	// made only for a word no country formed before; by, the last
	// country to form a word, stands for a list of each country's words.
	type vote struct {
		p, by int32
		stem  int
		tie   bool
	}
	votes := make(map[string]*vote, 8*len(g.byISO3))
	var arr, wa [64]byte
	for _, p := range g.byISO3 {
		k := fold.Append(arr[:0], g.places[p].Name)
		// A word counts once per country, by its longest stem: the
		// smallest cut that forms it.
		for cut := 0; cut <= 2 && cut < len(k)-3; cut++ {
			stem := k[:len(k)-cut]
			for _, end := range demonymEndList {
				if cut == 0 && end == "" {
					continue
				}
				w := append(append(wa[:0], stem...), end...)
				if len(w) < 4 {
					continue
				}
				v := votes[string(w)]
				switch {
				case v == nil:
					votes[string(w)] = &vote{p: p, by: p, stem: len(stem)}
				case v.by == p: // formed already, from a longer stem
				case len(stem) > v.stem:
					*v = vote{p: p, by: p, stem: len(stem)}
				case len(stem) == v.stem && p != v.p:
					v.tie, v.by = true, p
				default:
					v.by = p
				}
			}
		}
	}
	m := make(map[string]int32, len(votes)+len(irregularDemonyms))
	for w, v := range votes {
		if !v.tie {
			m[w] = v.p
		}
	}
	for w, code := range irregularDemonyms {
		m[w] = g.byISO3[code]
	}
	return m
}

// knownDemonym reports whether the folded w is a name the index knows
// with an adjective's ending added: "yugoslavian" of Yugoslavia, which
// the gazetteer keeps as another name of Serbia, so that demonymOf,
// given the place's own name, cannot see it.
func (g *Gazetteer) knownDemonym(w string) bool {
	for l := 1; l <= 4 && l < len(w)-3; l++ {
		if !demonymEnds[w[len(w)-l:]] {
			continue
		}
		if _, ok := g.index[w[:len(w)-l]]; ok {
			return true
		}
	}
	return false
}

// demonymOf reports whether the folded w is the name's adjective: the
// folded name, less at most two final letters, and one of demonymEnds
// ("australian" of Australia, "south korean" of South Korea).
//
// A truncation of the name ("philippine", but also "tennesse") is one
// only when it qualifies a noun: modifying says a lower-case word follows.
func demonymOf(w, name string, modifying bool) bool {
	var arr [64]byte
	k := fold.Append(arr[:0], name)
	if !modifying && strings.HasPrefix(string(k), w) {
		return false
	}
	for cut := 0; cut <= 2 && cut < len(k)-3; cut++ {
		stem := k[:len(k)-cut]
		if len(w) > len(stem) && strings.HasPrefix(w, string(stem)) && demonymEnds[w[len(stem):]] {
			return true
		}
	}
	return false
}

// wireCaps are the short function words that wire copy capitalises after
// an abbreviation it took for a sentence's end: "the U.S. And Japan",
// "in the U.K. Or on its shelf".
var wireCaps = map[string]bool{
	"and": true, "or": true, "but": true, "in": true, "on": true, "at": true, "of": true,
	"to": true, "for": true, "from": true, "by": true, "with": true, "as": true, "the": true,
	// The verbs and clause words that follow a place ending a phrase:
	// "exports to the U.S. Fell", "investment in the U.S. Is expected",
	// "presence in the U.S. Which represented".
	"is": true, "are": true, "was": true, "were": true, "will": true, "would": true,
	"could": true, "should": true, "can": true, "has": true, "have": true, "had": true,
	"fell": true, "rose": true, "which": true, "who": true, "because": true, "since": true,
	"than": true, "during": true, "until": true, "after": true, "before": true, "if": true,
	"while": true, "also": true,
}

// wireCapped reports whether the capitalised word at token e, after the
// name at tokens j to e of sentence si, is such a word: the name, after
// "the", ends in an abbreviation's full stop ("the U.S."), and the word
// is a function word, which begins no longer name (wireCaps, or a verb
// or adverb by its tag: see wireTagged, round 45). Without "the" the
// name qualifies a noun ("subject to U.S. Or U.K. Banking rules"), as it
// does before a conjunction and an adjective ("the U.S. And European
// markets").
func (r *Recognizer) wireCapped(doc *annals.Doc, si, j, e int, src string) bool {
	last, n := &doc.Tokens[e-1], &doc.Tokens[e]
	if n.Flags&annals.AllCaps != 0 || last.End <= last.Start || int(last.End) > len(src) ||
		src[last.End-1] != '.' || j == doc.Sentences[si].Tokens.Start || doc.Tokens[j-1].Norm != "the" ||
		!wireCaps[n.Norm] && !r.wireTagged(doc, si, e, src) {
		return false
	}
	if (n.Norm == "and" || n.Norm == "or") && e+1 < doc.Sentences[si].Tokens.End {
		a := &doc.Tokens[e+1]
		if w := a.Norm; capital(a) && adjective(w) && len(r.g.index[w]) == 0 {
			return false
		}
	}
	return true
}

// demonymEnds are the endings that make adjectives of country names.
var demonymEnds = map[string]bool{
	"": true, "n": true, "an": true, "ian": true, "ean": true, "i": true, "e": true,
	"ese": true, "ish": true, "vian": true,
}

// demonymEndList holds the keys of demonymEnds, for indexDemonyms, which
// forms every country's name with each: a slice is read faster than a
// map is ranged over.
var demonymEndList = func() []string {
	l := make([]string, 0, len(demonymEnds))
	for end := range demonymEnds {
		l = append(l, end)
	}
	slices.Sort(l)
	return l
}()

// irregularDemonyms are adjectives of nationality not formed by adding an
// ending to the country's name.
var irregularDemonyms = map[string]string{
	"afghan": "AFG", "thai": "THA", "french": "FRA", "british": "GBR", "dutch": "NLD",
	"greek": "GRC", "swiss": "CHE", "scottish": "GBR", "welsh": "GBR", "irish": "IRL",
	"filipino": "PHL", "saudi": "SAU", "emirati": "ARE", "american": "USA", "spanish": "ESP",
	"polish": "POL", "danish": "DNK", "swedish": "SWE", "finnish": "FIN", "norwegian": "NOR",
	"kurdish": "IRQ", "burmese": "MMR", "lao": "LAO", "malagasy": "MDG",
}

// adjective reports whether the folded word w reads as an adjective of
// nationality, religion or region ("Indian", "Islamic", "Kurdish",
// "Caribbean"), which no area word after it makes a place name.
func adjective(w string) bool {
	for _, suf := range [...]string{"ian", "ean", "ese", "ish", "ic", "an", "ern"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// townName reads, at token j of sentence si, a capitalised name the
// gazetteer lacks as a candidate for the second tier: a capitalised run
// up to any date after it, not at the sentence's start, not written in
// capitals, not the head of an area ("Smallville County") or a modifier
// ("a Smallville lawyer"). When a comma and a known region or country
// follow, the span's in holds that name's key.
func (r *Recognizer) townName(doc *annals.Doc, si, j int, src string, buf *[]byte) (span, bool) {
	s := &doc.Sentences[si]
	// A capitalised word that starts a sentence may be any word.
	if j >= s.Tokens.End || j == s.Tokens.Start || !capital(&doc.Tokens[j]) || doc.Tokens[j].Flags&annals.AllCaps != 0 {
		return span{}, false
	}
	// The name stops at a connector before a day or month: "in Lanuza
	// on Sunday" (but "into the Rock and Roll Hall of Fame" is one name).
	// "the villages of Gambell and Stebbins": two names
	// (settlement_adjectives.go).
	e := settlementListEnd(doc, j, r.runEnd(doc, si, j))
	for k := j + 1; k+1 < e; k++ {
		if word(&doc.Tokens[k]) && connectors[doc.Tokens[k].Norm] && notPlaces[doc.Tokens[k+1].Norm] {
			e = k
			break
		}
	}
	if e < s.Tokens.End {
		n := &doc.Tokens[e]
		if capital(n) || geoSuffixFilter.May(n.Norm) && geoSuffix[n.Norm] || modifieeFilter.May(n.Norm) && modifiee[n.Norm] || n.Norm == "'s" ||
			n.Norm == "-" && n.Start == doc.Tokens[e-1].End {
			return span{}, false
		}
	}
	start, stop := int(doc.Tokens[j].Start), int(doc.Tokens[e-1].End)
	if len(fold.Append((*buf)[:0], src[start:stop])) < minTownKey {
		return span{}, false
	}
	// The key is left to be folded again if the tier is consulted, so
	// that a name that never is costs no allocation.
	u := span{tok: annals.Range{Start: j, End: e}, start: start, end: stop}
	if e+1 < s.Tokens.End && doc.Tokens[e].Norm == "," {
		if box, ok := r.match(doc, si, e+1, src, buf); ok && r.g.container(box.key) >= 0 {
			u.in = box.key
		}
	}
	return u, true
}

// tierFeatures are the last words of names of seas and waters, which
// villages bear too ("North Sea, New York") but news means the water by.
var tierFeatures = map[string]bool{
	"sea": true, "ocean": true, "gulf": true, "strait": true, "straits": true,
	"channel": true, "river": true,
}

// notTown reports whether a name the gazetteer lacks, written name in the
// text and folded to key, should not be looked up in the second tier: the
// name of a water, a compass word before a place the gazetteer knows
// ("East Berlin") unless the folded key in of a region or country
// written beside it is given (the tier must then place the whole name
// there: "North Tarrytown, N.Y."), or a name the article also writes
// before another capitalised word, as firms and people are written
// ("Fairchild Semiconductor", "Du Pont Co", "Natalie Koether"), though
// not before a street's word ("Streatham High Road": street_names.go).
func (r *Recognizer) notTown(doc *annals.Doc, key, name, in string) bool {
	if i := strings.LastIndexByte(key, ' '); i >= 0 && tierFeatures[key[i+1:]] {
		return true
	}
	if first, rest, ok := strings.Cut(key, " "); ok && compass[first] && in == "" {
		if _, known := r.g.index[rest]; known {
			return true
		}
	}
	for _, text := range [...]string{doc.Article.Title, doc.Article.Text} {
		for off := 0; name != ""; {
			i := strings.Index(text[off:], name)
			if i < 0 {
				break
			}
			off += i + len(name)
			if after := text[off:]; len(after) > 1 && after[0] == ' ' && after[1] >= 'A' && after[1] <= 'Z' && !streetAfter(after[1:]) {
				return true
			}
		}
	}
	return false
}

// cellWords are the entries of a table's cells that carry no digit: "nil",
// "n.a." and the dashes of an empty cell.
var cellWords = map[string]bool{"nil": true, "-": true, "--": true, "n.a.": true, "na": true, "n/a": true}

// cell reports whether token t fills a table's numeric cell. tableRow
// asks it of the word after every capitalised run, so the digit test is a
// plain byte loop (no cutset set built per call) and the dashes are
// looked for only when the word opens with one.
func cell(t *annals.Token) bool {
	return t.Flags&annals.Digit != 0 || hasDigit(t.Norm) || cellWordsFilter.May(t.Norm) && cellWords[t.Norm] || dashCell(t.Norm)
}

// hasDigit reports whether s holds an ASCII digit, as
// strings.ContainsAny(s, "0123456789") does: no byte of a multi-byte
// UTF-8 sequence is an ASCII digit.
func hasDigit(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= '0' && c <= '9' {
			return true
		}
	}
	return false
}

// wideGap reports whether the source between byte offsets a and b, the
// ends of two tokens, is a table's column gap: two spaces or more, or a
// line break.
func wideGap(src string, a, b int) bool {
	if a < 0 || b > len(src) || a >= b {
		return false
	}
	g := src[a:b]
	return strings.Contains(g, "\n") || strings.Contains(g, "  ")
}

// minRowCity is the least population of a city that tableRow takes.
const minRowCity = 50000

// tableRow recognises, with no cue before it, a place heading a row of a
// table of figures, as wire copy sets out a breakdown by country or by
// market: "IRAN    1.6    2.2    1.9" (its output), "ARGENTINA   nil
// 39,130" (its imports), "Toledo  --  3.04  2.98" (its prices). The name
// opens the row (after a line break, a column gap or the last row's
// figure) and two cells follow it, the first across a column gap. It
// appends the span (to towns, a small town of the second tier that a
// state heading places: headed_rows.go) and returns the end of the name.
func (r *Recognizer) tableRow(doc *annals.Doc, si, i int, src string, buf *[]byte, spans, towns *[]span) (int, bool) {
	s := &doc.Sentences[si]
	t := &doc.Tokens[i]
	if !capital(t) || monthsFilter.May(t.Norm) && months[t.Norm] {
		return 0, false
	}
	// Cheap checks first: the row's first cell after the capitalised run.
	// Most runs end at no cell: cellAfter waits for that test.
	k := r.runEnd(doc, si, i)
	if k+1 >= s.Tokens.End || !cell(&doc.Tokens[k]) {
		return 0, false
	}
	c2 := cellAfter(doc, si, k)
	if !secondCell(&doc.Tokens[c2]) && !splitCell(doc, si, c2) {
		return 0, false
	}
	if !wideGap(src, int(doc.Tokens[k-1].End), int(doc.Tokens[k].Start)) && !fullRow(doc, si, k) && !r.closedRow(doc, si, k, src, *spans) {
		return 0, false
	}
	if i > s.Tokens.Start {
		p := &doc.Tokens[i-1]
		if !cell(p) && !wideGap(src, int(p.End), int(t.Start)) && !shoutedHead(doc, si, i, src) && !rowFlag(doc, si, i) && !closesRow(p) && !splitCell(doc, si, i-3) {
			return 0, false
		}
	}
	sp, ok := r.exact(doc, si, i, src, buf)
	if !ok {
		sp, ok = r.rowName(doc, i, k, src, buf)
	}
	ok = ok && sp.tok.End == k && !sp.suffixed
	if r.headedRow(doc, i, k, src, buf, spans, towns, sp, ok) {
		return k, true // a town of the state heading its column
	}
	if !ok {
		return 0, false
	}
	// "St Lo  1.54": a small town's name in a table is more often a
	// clipped name of a great one (St. Louis) than the town, unless it
	// lies near the towns of the rows before it. A row found by a
	// fraction's cell ("SENECA  51/2 UND") is taken only for a great
	// town: the first tier lacks most such market towns, so a namesake
	// states away would be read.
	if top := &r.g.places[r.g.index[sp.key][0]]; top.Kind == KindCity && top.Population < minRowCity {
		p := r.nearTown(*spans, sp.key)
		if p < 0 || c2 != k+1 {
			return 0, false
		}
		sp.fixed = p + 1
	}
	sp.listed = true
	if sp.fixed == 0 {
		r.nearRow(*spans, &sp)
	}
	*spans = append(*spans, sp)
	return k, true
}

// listedCity reports whether the great city p, which the name of the
// box span sp also gives a region, is rather the next item of a list of
// great cities: "listings in Frankfurt, London, New York and Tokyo",
// "offices in London, New York and Tokyo". The region holds no town of
// the name before the comma, and that name is a great city itself, so
// the pair is no "Town, Region" pair ("Rochester, New York" stays one).
func (r *Recognizer) listedCity(sp span, p int32) bool {
	return sp.of != "" && r.g.places[p].Population >= greatCapital && r.g.greatCity(r.g.index[sp.of])
}

// countryModifier reports whether the first item sp of a cue's list in
// sentence si, which no "the" opens, is a country's name written as the
// modifier of the noun after it: "open markets to U.S. goods", "28.5 mln
// dlrs in U.S. aid", "scholarship offers from US colleges". A country
// named bare after a preposition is the land itself only where nothing
// follows that it qualifies (nounAfter weighs the word). A town so
// written keeps its place ("at Jakarta airport"); so does a country
// whose economic figure, money or sales follow ("from U.S. interest rate
// trends", "in U.S. oil production"), which earlier rounds weighed and
// MEANTIME's annotators keep; and a word of two letters, a verb or an
// adverb a tagger took for a noun ("in Cuba en route", "in Portugal
// right after", "exports to Finland fell") is no head.
func (r *Recognizer) countryModifier(doc *annals.Doc, si int, sp span) bool {
	list := r.g.index[sp.key]
	if len(list) == 0 || r.g.places[list[0]].Kind != KindCountry {
		return false
	}
	end := doc.Sentences[si].Tokens.End
	e := sp.tok.End
	if e >= end || len(doc.Tokens[e].Norm) <= 2 || notHeads[doc.Tokens[e].Norm] || wireCaps[doc.Tokens[e].Norm] {
		return false
	}
	// "while in France pig-farmers barricaded roads", "in Argentina
	// subsidies were granted": a fronted place, then the clause's
	// subject and its verb.
	if n := e + 1; n < end {
		if t := doc.Tokens[n].Tag; t == annals.VBD || t == annals.VBZ || t == annals.VBP || t == annals.MD {
			return false
		}
	}
	// "the increase in U.S. banks' prime rates": the banks' rates are
	// the head, the country their modifier (round 44).
	if banksRates(doc, e, end) {
		return true
	}
	for n := e; n < end && n < e+3; n++ {
		w := &doc.Tokens[n]
		if !word(w) || capital(w) {
			break
		}
		if figureNouns[w.Norm] || figureAfter[w.Norm][doc.Tokens[n-1].Norm] || heldNouns[w.Norm] {
			return false
		}
	}
	return true
}

// heldNouns are the nouns of a country's own money and sales, which
// count as its figures: "from U.S. interest rate trends", "a 45 pct drop
// in United States vehicle sales", "bad loans from US banks" (money
// flowing out of a place, as "funds from Japan" is).
var heldNouns = map[string]bool{
	"interest": true, "rate": true, "rates": true, "sales": true, "banks": true,
}

// notHeads are the adverbs a tagger may read as nouns after a place:
// "in Portugal right after", "in England right now".
var notHeads = map[string]bool{"right": true, "back": true, "instead": true, "alone": true, "first": true}
