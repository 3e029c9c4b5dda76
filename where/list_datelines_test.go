package where_test

import (
	"testing"
)

// TestListDatelines checks issue 5's twenty-seventh-round rules, drawn from the
// misses and extras of dev7.tsv (Reuters wire copy from line 10,000 on),
// each with rows it must keep out.
func TestListDatelines(t *testing.T) {
	tests := []struct {
		rule, title, text string
		want              string // places, "|"-separated
	}{
		// A list article's items open with their own datelines.
		{"list dateline", "HIGHLIGHTS", "Prices rose.\n\nNEW YORK - Comex silver futures soared.\n\nSAO PAULO - A seamen's strike has ended.", "New York City/USA|São Paulo/BRA"},
		{"list dateline", "", "Prices rose.\n\nBRUSSELS -- The Commission has not decided.", "Brussels/BEL"},
		// ... but not a name in lower case, one with a comma, nor a word
		// in capitals that names no place.
		{"list dateline", "", "Prices rose.\n\nNOTE - Figures are provisional.", ""},
		{"list dateline", "", "Prices rose.\n\nLONDON, the capital, was quiet.", ""},
		{"list dateline", "", "Prices rose.\n\nLondon - a view from the market.", ""},
		// A relation links its parties, not the ends of a route.
		{"linking", "", "The deal completes arrangements linking Tokyo, the U.S. And London.", ""},
		{"linking", "", "A pact linking Moscow and Kabul was signed.", ""},
		{"linking", "", "TRC runs a rail network linking Dar es Salaam with the copperbelt.", "Dar es Salaam/TZA"},
		// A leg of a charter in a freight list.
		{"leg", "", "Nidera took TBN 12,000 tonnes HSS Toledo to Casablanca April 29-May 5 25.00 dlrs.", "Toledo/USA|Casablanca/MAR"},
		{"leg", "", "Feruzzi took 31,000 tonnes barley Rouen completing Le Havre to Jeddah 15.35 dlrs.", "Le Havre/FRA|Jeddah/SAU"},
		{"leg", "", "Japan to Britain trade talks resumed.", ""},
		// A resort of a country is a town.
		{"resort", "", "Delegates met in the New Zealand resort of Taupo.", "Taupo/NZL"},
		// A gapped row of countries, each with its own amount; the
		// country opening the sentence heads it.
		{"gapped", "", "Iran also lost about six billion dlrs, Brunei 3.8 billion, China three billion and Malaysia 0.8 billion.", "Iran/IRN|Brunei/BRN|China/CHN|Malaysia/MYS"},
		{"gapped", "", "Brazil keeps a 30 pct share of the market, Colombia 17 pct, Ivory Coast seven pct and Indonesia six pct.", "Brazil/BRA|Ivory Coast/CIV|Indonesia/IDN"},
		{"gapped", "", "Trading profit 105.7 mln vs 101.3 mln, of which Japan 47.9 mln.", ""},
		{"gapped", "", "He spent six billion dlrs, Reagan said.", ""},
		// A country raising its own exports or output, and a time phrase
		// between a subject and its verb.
		{"raise", "", "Australia and Canada could then increase their wheat exports.", "Australia/AUS|Canada/CAN"},
		{"raise", "", "With countries like Indonesia and Malaysia stepping up production of palm oil, output rose.", "Indonesia/IDN|Malaysia/MYS"},
		{"raise", "", "Japan will raise its prices.", ""},
		{"raise", "", "Japan stepped in to help.", ""},
		{"time", "", "The United States last year had a record trade deficit of 169.8 billion dlrs.", "United States/USA"},
		{"time", "", "Britain last week said it would act.", ""},
	}
	tg := newTagger(t)
	for _, tt := range tests {
		checkPlaces(t, tg, tt.rule, tt.title, tt.text, tt.want)
	}
}
