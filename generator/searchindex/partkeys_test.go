package searchindex

import (
	"slices"
	"testing"
)

// TestPartKeysSplitsAtWords: a compound no key finds is read by its head
// and first part, but an ending is no head: not a part that starts with a
// doubled consonant or a derivational ending, and not a short head (in
// letters or in its key) after a first part the index lacks. Without a
// known head, a long first part is read alone, when what follows it can
// begin a word.
func TestPartKeysSplitsAtWords(t *testing.T) {
	x := &Index{keys: map[string]int32{}}
	for _, w := range []string{"muovia", "kalvo", "eria", "laa", "sesta", "ttavaa", "talossa", "paino", "puhallet", "maa", "ylijaama", "miseen", "ravintola", "tavaa", "kunnostet"} {
		x.keys[stem("fi", w)] = 0
	}
	for _, tc := range []struct {
		word string
		want []string // keys, head first
	}{
		{"kalvomuovia", []string{stem("fi", "muovia"), stem("fi", "kalvo")}},
		{"painotalossa", []string{stem("fi", "talossa"), stem("fi", "paino")}},
		{"ylijaamamaa", []string{stem("fi", "maa"), stem("fi", "ylijaama")}}, // a short head after a known first part
		{"hukkapaperia", nil}, // "eria": a short head after an unknown first part
		{"tyhjilaan", nil},    // "laa": a key of three letters after an unknown first part
		{"tilapaisesta", nil}, // "sesta": short, after an unknown first part
		{"puhallettavaa", []string{stem("fi", "puhallet")}},                   // "ttavaa": a doubled consonant begins no head; the first part alone
		{"ravintolaketjumme", []string{stem("fi", "ravintola")}},              // a head the index lacks
		{"kunnostettavaa", nil},                                               // no cut inside a doubled t: "kunnostet|tavaa"
		{"kalvo-muovia", []string{stem("fi", "muovia"), stem("fi", "kalvo")}}, // written with a hyphen
		{"kalvopakkaus", nil},                                                 // a first part of five letters is too short to stand alone
		{"asettamiseen", nil},                                                 // "miseen": a derivational ending
	} {
		var got []string
		for _, k := range PartKeys(x, "fi", tc.word) {
			got = append(got, k.Key)
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("PartKeys(%q) = %v, want %v", tc.word, got, tc.want)
		}
	}
}
