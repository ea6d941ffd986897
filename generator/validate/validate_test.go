package validate_test

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/kimppa/kimppa/generator/config"
	"github.com/kimppa/kimppa/generator/diag"
	"github.com/kimppa/kimppa/generator/load"
	"github.com/kimppa/kimppa/generator/model"
	"github.com/kimppa/kimppa/generator/validate"
)

func site(t *testing.T, files map[string]string) *model.Site {
	t.Helper()
	cfg, diags := config.Parse([]byte("title: Testi\nlanguages: [fi, en]\n"))
	if len(diags) > 0 {
		t.Fatal(diags)
	}
	fsys := fstest.MapFS{}
	for p, text := range files {
		fsys[p] = &fstest.MapFile{Data: []byte(text)}
	}
	c, diags, err := load.Read(fsys, config.Types, cfg.Languages)
	if err != nil || len(diags) > 0 {
		t.Fatal(err, diags)
	}
	s, diags := model.Build(cfg, c, model.Options{})
	if len(diags) > 0 {
		t.Fatal(diags)
	}
	return s
}

func messages(l diag.List) []string {
	l.Sort()
	var out []string
	for _, d := range l {
		out = append(out, fmt.Sprintf("%d %s: %s", d.Pos.Line, d.Severity, d.Message))
	}
	return out
}

func TestProjectWarningsCompareWithToday(t *testing.T) {
	s := site(t, map[string]string{
		"content/projects/a.md": "---\ntitle: A\nstatus: ongoing\nend: 2025-06-01\n---\n",
		"content/projects/b.md": "---\ntitle: B\nstatus: planned\nend: 2025-06-01\n---\n",
		"content/projects/c.md": "---\ntitle: C\nstatus: completed\nstart: 2025-06-02\n---\n",
		"content/projects/d.md": "---\ntitle: D\nstatus: completed\nstart: 2020-01-01\nend: 2021-01-01\n---\n",
	})
	for _, tc := range []struct {
		today string
		want  []string
	}{
		{"2025-06-01", []string{"3 warning: project is completed but starts only on 2025-06-02"}},
		{"2025-06-02", []string{
			"3 warning: project is still ongoing but its end date 2025-06-01 has passed",
			"3 warning: project is planned but its end date 2025-06-01 has passed",
		}},
		{"2024-01-01", []string{"3 warning: project is completed but starts only on 2025-06-02"}},
	} {
		got := messages(validate.Site(s, validate.Options{Today: tc.today}))
		if !slices.Equal(got, tc.want) {
			t.Errorf("today %s:\n%s\nwant:\n%s", tc.today, strings.Join(got, "\n"), strings.Join(tc.want, "\n"))
		}
	}
}

// TestUpdatedIsNotAfterToday: an entry's last change is on the build's
// day at the latest, or it would stay first in the feeds for ever.
func TestUpdatedIsNotAfterToday(t *testing.T) {
	s := site(t, map[string]string{
		"content/actors/a.md": "---\nname: A\nkind: company\nupdated: 2025-06-02\n---\n",
		"content/actors/b.md": "---\nname: B\nkind: company\nupdated: 2025-06-01\n---\n",
	})
	got := messages(validate.Site(s, validate.Options{Today: "2025-06-01"}))
	if want := []string{"4 error: updated 2025-06-02 is after today, 2025-06-01"}; !slices.Equal(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
	if got := messages(validate.Site(s, validate.Options{Today: "2025-06-02"})); len(got) != 0 {
		t.Errorf("on the day itself: %q", got)
	}
}

func TestValidateDoesNotChangeTheModel(t *testing.T) {
	s := site(t, map[string]string{
		"content/actors/vtt.md":       "---\nname: VTT\nkind: research\nsize: sme\n---\n",
		"content/projects/a.md":       "---\ntitle: A\nstatus: ongoing\nstart: 2025-01-01\nend: 2024-01-01\ncoordinator: nobody\nfunding:\n  - source: x\n    share_of: vtt\n---\n",
		"content/services/palvelu.md": "---\ntitle: P\nproviders: [vtt, vtt-oy]\n---\n",
	})
	snapshot := func() string {
		var b strings.Builder
		for _, typ := range config.Types {
			for _, e := range s.ByType[typ] {
				fmt.Fprintf(&b, "%s %v %v\n", e.Ref, e.Default.Fields, e.Default.Pos)
			}
		}
		fmt.Fprint(&b, s.Links, len(s.Back))
		return b.String()
	}
	before := snapshot()
	first := messages(validate.Site(s, validate.Options{Today: "2025-06-01"}))
	if len(first) == 0 {
		t.Fatal("no problems found in a site full of them")
	}
	if after := snapshot(); after != before {
		t.Errorf("validate changed the model:\n%s\nto\n%s", before, after)
	}
	if again := messages(validate.Site(s, validate.Options{Today: "2025-06-01"})); !slices.Equal(again, first) {
		t.Errorf("a second run found other problems:\n%q\n%q", first, again)
	}
}

func TestPageSlugsMustNotTakeThePathsOfBuiltInPages(t *testing.T) {
	files := map[string]string{}
	for _, slug := range []string{"haut", "calls", "kimppahaku", "partner-search", "haku", "hautaus"} {
		files["content/pages/"+slug+".md"] = "---\ntitle: X\n---\n"
	}
	var clash []string
	for _, d := range validate.Site(site(t, files), validate.Options{Today: "2026-01-01"}) {
		if strings.Contains(d.Message, "clashes") {
			clash = append(clash, d.Pos.File)
		}
	}
	slices.Sort(clash)
	want := []string{"content/pages/calls.md", "content/pages/haku.md", "content/pages/haut.md", "content/pages/kimppahaku.md", "content/pages/partner-search.md"}
	if !slices.Equal(clash, want) {
		t.Errorf("clashes in %v, want %v", clash, want)
	}
}

// TestMaintainersAreGitHubHandles: GitHub's rule, single inner hyphens.
func TestMaintainersAreGitHubHandles(t *testing.T) {
	s := site(t, map[string]string{"content/actors/a.md": "---\nname: A\nkind: company\nmaintainers: [ok-1, maija-, m--m, \"@at\", \"" + strings.Repeat("a", 40) + "\"]\n---\n"})
	got := messages(validate.Site(s, validate.Options{Today: "2025-06-01"}))
	if len(got) != 4 {
		t.Errorf("got %d problems, want 4 (all but ok-1):\n%s", len(got), strings.Join(got, "\n"))
	}
}

// A second profile with a business ID already on the portal is an error in
// both files, each naming the other and the update form.
func TestDuplicateBusinessID(t *testing.T) {
	s := site(t, map[string]string{
		"content/actors/vanha-oy.md": "---\nname: Vanha Oy\nkind: company\nbusiness_id: 0201256-6\n---\n",
		"content/actors/a-uusi.md":   "---\nname: Uusi\nkind: company\nbusiness_id: 0201256-6\n---\n",
		"content/actors/muu.md":      "---\nname: Muu\nkind: company\nbusiness_id: 1618033-3\n---\n",
	})
	var got []string
	for _, d := range validate.Site(s, validate.Options{}) {
		if d.Field == "business_id" {
			got = append(got, d.Pos.File+": "+d.Message+"; "+d.Hint)
		}
	}
	if len(got) != 2 || !strings.Contains(got[0]+got[1], `content/actors/a-uusi.md: business ID "0201256-6" is already that of actors/vanha-oy`) ||
		!strings.Contains(got[0]+got[1], "Päivitä tietoja") {
		t.Errorf("got %q", got)
	}
}
