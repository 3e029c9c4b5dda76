package where

import "testing"

// FuzzTownTier checks that the second tier's reader neither panics nor
// loops on any text: a lookup of any name and a parse of any offset.
func FuzzTownTier(f *testing.F) {
	f.Add([]byte("1\tLanuza\tPHL\t9.234\t126.064\t13\n#\nlanuza\t0\n"), "lanuza", int32(0))
	f.Add([]byte("#\n\n#\nb\t*m1\nc\t\n"), "b", int32(2))
	f.Add([]byte("x\n#\n"), "", int32(-1))
	f.Fuzz(func(t *testing.T, raw []byte, key string, off int32) {
		tier, err := newTownTier(raw, nil)
		if err != nil {
			return
		}
		tier.refs(key)
		tier.place(off)
		n := 0
		tier.eachPlace(func(o int32) {
			n++
			tier.place(o)
		})
		if n > len(raw) {
			t.Fatalf("%d places in %d bytes", n, len(raw))
		}
	})
}
