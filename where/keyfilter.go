package where

import "hash/maphash"

// keyFilter is a blocked Bloom filter of the keys of a large map: two
// bits per key, both in one 64-bit word, in a table of 16 bits per key.
// A lookup that usually misses a map of 100,000 keys or more waits on
// memory, since the map's entries spread over megabytes; the filter, a
// few hundred kilobytes, says "absent" for nearly all such keys after one
// hash and one read, and never for a key it holds.
type keyFilter struct {
	words []uint64
	mask  uint64 // len(words) - 1
	seed  maphash.Seed
}

// newKeyFilter returns an empty filter sized for n keys.
func newKeyFilter(n int) keyFilter {
	w := 64
	for w*64 < 16*n {
		w <<= 1
	}
	return keyFilter{words: make([]uint64, w), mask: uint64(w - 1), seed: maphash.MakeSeed()}
}

// bits returns the word index and the two bits a hash sets.
func (f *keyFilter) bits(h uint64) (uint64, uint64) {
	return h & f.mask, 1<<(h>>52&63) | 1<<(h>>58)
}

// add puts key in the filter.
func (f *keyFilter) add(key string) { f.addHash(f.hash(key)) }

// hash returns the hash of key that addHash and mayHash take, for a
// caller that asks both of one key.
func (f *keyFilter) hash(key string) uint64 { return maphash.String(f.seed, key) }

// addHash puts the key of hash h in the filter.
func (f *keyFilter) addHash(h uint64) {
	i, b := f.bits(h)
	f.words[i] |= b
}

// mayHash is may for the key of hash h.
func (f *keyFilter) mayHash(h uint64) bool {
	i, b := f.bits(h)
	return f.words[i]&b == b
}

// may reports whether key could be one of the filter's keys: false is
// certain, true needs the map to confirm.
func (f *keyFilter) may(key string) bool {
	i, b := f.bits(maphash.String(f.seed, key))
	return f.words[i]&b == b
}

// mayBytes is may for a key held in bytes.
func (f *keyFilter) mayBytes(key []byte) bool {
	i, b := f.bits(maphash.Bytes(f.seed, key))
	return f.words[i]&b == b
}
