package where

// A preposition after a capitalised word may stand inside a longer name
// ("St Margaret's at Cliffe", "Newcastle upon Tyne", "Southend-on-Sea"),
// and then vouches for no small town after it (annotate's inName). But
// "near" joins no name: English place and institution names hold "at",
// "on", "upon", "in", "under", never "near", which always sets a thing
// beside the place it is near, even after a name: "its Allegheny River
// Lock and Dam Number Seven Project near Kittanning, Pa.", "the Hotel
// Metropole near Brighton".

// nearCue reports whether the cue word w never stands inside a name, so
// that a capitalised word before it still leaves the name after it a
// place: "near".
func nearCue(w string) bool { return w == "near" }
