package searchindex

import (
	"slices"
	"testing"
)

// TestGradationFindsTheOtherGrade: a Finnish word's key in one grade
// leads to its key in the other (the index files the word under both
// when the site has both; a query looks both up), so that the forms of
// one word find each other however the light stemmer cut them.
func TestGradationFindsTheOtherGrade(t *testing.T) {
	for _, p := range [][2]string{
		{"kadun", "katu"}, {"luvan", "lupa"}, {"tiedon", "tieto"}, {"ruoan", "ruoka"},
		{"käytön", "käyttö"}, {"käytöstä", "käyttö"}, {"virran", "virta"}, {"sivuvirrat", "sivuvirta"},
		{"pellon", "pelto"}, {"kangas", "kankaan"}, {"rengas", "renkaat"}, {"työpajoja", "työpaja"},
	} {
		from, to := stem("fi", fold(p[0])), stem("fi", fold(p[1]))
		if from != to && !slices.Contains(gradation(from), to) {
			t.Errorf("%s (%s) does not lead to %s (%s): %v", p[0], from, p[1], to, gradation(from))
		}
	}
}
