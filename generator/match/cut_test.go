package match_test

import (
	"fmt"
	"testing"

	"github.com/kimppa/kimppa/generator/match"
	"github.com/kimppa/kimppa/generator/sitetest"
	"golang.org/x/tools/txtar"
)

// An actor's partners are the same whether every candidate is scored in
// full or only those whose best possible score reaches the tenth found:
// the cut that keeps a large site's matching from scoring thousands of
// candidates per actor changes no suggestion, score or reason.
func TestCutKeepsThePartners(t *testing.T) {
	for name, dir := range map[string]string{"sample": "../..", "portal2": "testdata/portal2", "crowded": crowdedSite(t)} {
		p := sitetest.Valid(t, dir, sitetest.Options{Today: "2026-12-01"})
		partners := func(first int) string {
			defer match.ScoreFirst(first)()
			return matchesJSON(t, p)
		}
		all := partners(1 << 30)
		for _, first := range []int{10, 16, 64} {
			if partners(first) != all {
				t.Errorf("%s: the cut after %d candidates changes the matches", name, first)
			}
		}
	}
}

// crowdedSite is a site where the cut leaves candidates out: actors that
// share all five of a few words and both themes, many more that share two
// of the words (some of them the themes too), and enough others that the
// five stay rare words.
func crowdedSite(t *testing.T) string {
	ar := &txtar.Archive{Files: []txtar.File{{Name: "kimppa.yaml", Data: []byte("title: Testi\nbase_url: https://example.org/\nlanguages: [fi]\n" +
		"taxonomies:\n  focus_areas:\n    label: {fi: Teemat}\n    path: {fi: teemat}\n    terms:\n      wood: {fi: Puu}\n      bio: {fi: Biotalous}\n")}}}
	actor := func(slug, body, themes string) {
		ar.Files = append(ar.Files, txtar.File{Name: "content/actors/" + slug + ".md",
			Data: []byte("---\nname: " + slug + " Oy\nkind: company\nsummary: " + body + "\nfocus_areas: [" + themes + "]\n---\n" + body + "\n")})
	}
	shared := []string{"biohiili", "sahanpuru", "kuorimo", "pelletti", "hakkuutähde"}
	for i := range 14 {
		actor(fmt.Sprintf("vahva%d", i), fmt.Sprintf("Jalostamme %s, %s, %s, %s ja %s. Tunnus%d.", shared[0], shared[1], shared[2], shared[3], shared[4], i), "wood, bio")
	}
	for i := range 60 {
		// a few share the themes too, which can lift a weaker text
		actor(fmt.Sprintf("heikko%d", i), fmt.Sprintf("Meillä on %s, %s ja oma erikoisala%d.", shared[i%5], shared[(i+1)%5], i), map[bool]string{true: "wood, bio"}[i%4 == 0])
	}
	for i := range 260 {
		actor(fmt.Sprintf("muu%d", i), fmt.Sprintf("Toimialamme on aihe%d ja palvelu%d.", i, i), "")
	}
	return sitetest.Write(t, ar)
}
