package where_test

import "testing"

// TestSupplySources checks round 97: the country a land relies or
// depends on for goods is where they come from; a country relied on for
// anything else is a party.
func TestSupplySources(t *testing.T) {
	tests := []struct {
		text, want string
	}{
		{"The mainly desert country would be forced to rely on South Africa for most of its food supplies.", "South Africa/ZAF"},
		{"The island depends heavily on Venezuela for its oil.", "Venezuela/VEN"},
		{"Jordan is dependent on Iraq for cheap crude.", "Iraq/IRQ"},
		// Out: reliance for protection or money, a firm relied on, no "for".
		{"The island relies on the United States for its defence.", ""},
		{"They depend on Japan for loans.", ""},
		{"Brooklyn Union has relied entirely on Transco for spot supplies.", ""},
		{"Officials said they could rely on Brazil.", ""},
	}
	tg := newTagger(t)
	for _, tt := range tests {
		checkPlaces(t, tg, "supply sources", "", tt.text, tt.want)
	}
}
