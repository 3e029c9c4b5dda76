package entity

// NoPersonShortcuts makes resolve read every token of an article and
// surname compare every capitalised word, as they did before they looked
// whether the article had named anyone yet, until restore is called:
// tests compare the two.
func NoPersonShortcuts() (restore func()) {
	noPersonShortcuts = true
	return func() { noPersonShortcuts = false }
}
