package where_test

import "testing"

// TestCompassAreas checks issue 5's fifty-fifth round: a lower-case
// direction before a name narrows a territory, with or without a
// preposition before it; with none, it makes the name the region rather
// than its namesake city ("south Jilin" is Jilin Province), while after a
// preposition it may narrow a city ("in western Sao Paulo", see
// TestAnnotate); a name that qualifies a noun after it is left out. An
// item of a list of regions is the region named like a city, though the
// city is no capital, and the region may be written with its area word
// ("Formosa Province"). And country names the gazetteer lacked: former or
// abbreviated names, scored as the country that holds their seat.
func TestCompassAreas(t *testing.T) {
	tests := []struct {
		rule, title, text string
		want              string // places, "|"-separated
	}{
		{"direction as cue", "", "Heavy snow blanketted central and south Jilin and north Liaoning, leaving farmland too muddy.", "Jilin Province/CHN|Liaoning/CHN"},
		{"direction as cue", "", "A flood warning is also in effect for interior Rhode Island, and northwestern Maine.", "Rhode Island/USA|Maine/USA"},
		{"direction as cue", "", "Rain fell on farms in the Rift Valley, with western Kericho town having only 21 mm, officials in Kenya said.", "Kericho/KEN|Kenya/KEN"},
		{"region over city", "", "Heavy rains soaked western Washington and northwest Oregon.", "Washington/USA|Oregon/USA"},
		{"region over city", "", "Showers spread to Washington on Tuesday.", "Washington, D.C./USA"},
		{"noun after name", "", "Posted county prices in 99 southern Texas counties have been changed.", ""},
		{"noun after name", "", "Iraqi planes destroyed oil installations at Iran's southwestern Ahvaz field.", "Iran/IRN"},
		{"capitalised direction", "", "Officials said South Korea and West Germany signed the accord.", ""},
		{"list of regions", "", "The rains were less intense in Chaco and Formosa, the exchange said of Argentina.", "Chaco/ARG|Formosa Province/ARG"},
		{"list of regions", "", "Periods of rain will occur across New England, New York and Pennsylvania.", "New England/USA|New York/USA|Pennsylvania/USA"},
		{"list of regions", "", "The company has offices in Maine and New York.", "Maine/USA|New York City/USA"},
		{"list of regions", "", "The stores are located in Maryland, Virginia and upstate New York.", "Maryland/USA|Virginia/USA|New York/USA"},
		{"list of regions", "", "Talks were held in Ohio and Columbus on Monday.", "Ohio/USA|Columbus/USA"},
		{"list of regions", "", "The airline will serve Huntsville in Alabama, Columbus, Ohio, Indianapolis, New York's Kennedy Airport, Philadelphia, Portland, Me., and Savannah, Ga.", "Huntsville/USA|Alabama/USA|Columbus/USA|Ohio/USA|Indianapolis/USA|New York City/USA|Savannah/USA|Georgia/USA|Philadelphia/USA|Portland/USA"},
		{"country names", "", "The group will be based outside of Frankfurt, W. Germany, near its research facility.", "Frankfurt am Main/DEU|Germany/DEU"},
		{"country names", "", "The bank opened a branch in N.Z. last month.", "New Zealand/NZL"},
		{"country names", "", "The field lies 200 kms east of Marib in North Yemen.", "Ma'rib/YEM|Yemen/YEM"},
		{"country names", "", "The council urged a plan for South West Africa.", ""},
		{"country names", "", "The board met in South West Africa.", "Namibia/NAM"},
	}
	tg := newTagger(t)
	for _, tt := range tests {
		checkPlaces(t, tg, tt.rule, tt.title, tt.text, tt.want)
	}
}
