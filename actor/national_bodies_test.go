package actor_test

import (
	"testing"

	"github.com/annals-project/annals/pipeline"
)

// TestNationalBodies checks bodies and firms whose names open with their
// country's word: growers' lobbies and trade bodies are the country's
// business, workers' federations its labour, marketing boards its state, a
// firm whose suffix says shareholders own it its business; a state firm's
// name and a government's own body stay as they were.
func TestNationalBodies(t *testing.T) {
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name, text, mention, want string
	}{
		{"a growers' lobby", "The American Soybean Association denounced European Community oilseed policies.", "The American Soybean Association", "USABUS"},
		{"a grain traders' council", "The U.S. Feedgrains Council criticised the Canadian ruling.", "The U.S. Feedgrains Council", "USABUS"},
		{"a trade body named after 'of'", "The U.S. National Association of Wheat Growers urged the administration to act.", "The U.S. National Association of Wheat Growers", "USABUS"},
		{"a chamber of commerce", "The West German Federation of Industry criticised the Bundesbank.", "The West German Federation of Industry", "DEUBUS"},
		{"a workers' federation", "Fiji welcomed a decision by the Australian Waterside Workers' Federation to lift its ban.", "the Australian Waterside Workers' Federation", "AUSLAB"},
		{"a marketing board", "The Canadian Wheat Board has advised the federal government to cut prices.", "The Canadian Wheat Board", "CANGOV"},
		{"a board of no trade", "Japan criticised the British Approvals Board for Telecommunications.", "the British", "GBR"},
		{"a public limited company", "British Sugar Plc was forced to shut its Ipswich factory.", "British Sugar Plc", "GBRBUS"},
		{"a listed firm with its ticker", "USX Corp ended talks with British Petroleum Co Plc <BP> about a sale.", "British Petroleum Co Plc <BP>", "GBRBUS"},
		{"a state-owned listed firm", "State-owned British Steel Plc signed a deal with India.", "British Steel Plc", "GBRGOV"},
		{"a corporation that may be the state's", "State-owned Korea Electric Power Corp signed contracts with three U.S. firms.", "Korea", "KOR"},
		{"an institute stays", "The Brazilian Coffee Institute said it would sell coffee.", "The Brazilian", "BRA"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := mentionCode(t, p, "", tc.text, tc.mention); got != tc.want {
				t.Errorf("%q: %q coded %q, want %q", tc.text, tc.mention, got, tc.want)
			}
		})
	}
}
