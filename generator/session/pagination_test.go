package session_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestSessionFollowsTermPages edits a term of 101 entities, two pages,
// so that its order changes and its second page goes and comes back; the
// session must match a clean build each time. The counts by type stay
// the same, so the session does not fall back to rendering everything.
func TestSessionFollowsTermPages(t *testing.T) {
	dir := t.TempDir()
	copyTree(t, "../..", dir, "kimppa.yaml", "content")
	cfg, err := os.ReadFile(filepath.Join(dir, "kimppa.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	const line = "      electronics:  {fi: Sähkö ja elektroniikka, en: Electronics}\n"
	if !strings.Contains(string(cfg), line) {
		t.Fatal("the sample configuration has no electronics term to add a term after")
	}
	cfg = []byte(strings.Replace(string(cfg), line, line+"      wood: {fi: Puu, en: Wood}\n", 1))
	files := map[string][]byte{"kimppa.yaml": cfg}
	for i := range 101 {
		files[fmt.Sprintf("content/actors/puu-%03d.md", i)] = fmt.Appendf(nil, "---\nname: Puutoimija %03d\nkind: company\nfocus_areas: [wood]\n---\n", i)
	}
	for name, data := range files {
		if err := os.WriteFile(filepath.Join(dir, filepath.FromSlash(name)), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	ss := openSession(t, dir)
	const page2 = "teemat/wood/sivu/2/index.html"
	has := func(what string, want bool) {
		t.Helper()
		if _, ok := ss.last.Files[page2]; ok != want {
			t.Errorf("%s: %s exists = %v", what, page2, ok)
		}
		if ss.last.Full && what != "first build" {
			t.Errorf("%s: the session rendered everything again", what)
		}
	}
	has("first build", true)

	ss.edit("content/actors/puu-100.md", "Puutoimija 100", "Aaa puutoimija")
	ss.same("the last entity renamed to sort first")
	has("renamed", true)
	ss.edit("content/actors/puu-050.md", "focus_areas: [wood]", "focus_areas: [plastics]")
	ss.same("an entity moved to another term")
	has("100 entities", false)
	ss.edit("content/actors/puu-050.md", "focus_areas: [plastics]", "focus_areas: [plastics, wood]")
	ss.same("the entity back in the term")
	has("101 entities again", true)
	// Cards that change in place: only the page that shows each changes.
	for _, f := range []string{"puu-099", "puu-000", "puu-100"} {
		ss.edit("content/actors/"+f+".md", "kind: company", "kind: research")
		ss.same("the card of " + f + " changed in place")
	}
	ss.edit("content/actors/puu-099.md", "kind: research", "kind: company\nsummary: Puuta ja kiertoa.")
	ss.same("a summary added on the last page")
	has("in place", true)
}
