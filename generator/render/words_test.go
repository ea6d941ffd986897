package render_test

import (
	"strings"
	"testing"
	"testing/fstest"

	"github.com/kimppa/kimppa"
	"github.com/kimppa/kimppa/generator/model"
	"github.com/kimppa/kimppa/generator/render"
	"github.com/kimppa/kimppa/generator/words"
)

// TestPagesSpeakTheSiteLanguagesAndItsOwnWords: a Swedish page is in
// Swedish all round, search box included, and a site's i18n/<lang>.yaml
// changes the words it names.
func TestPagesSpeakTheSiteLanguagesAndItsOwnWords(t *testing.T) {
	fsys := fstest.MapFS{
		"kimppa.yaml":           {Data: []byte("title: Testi\nlanguages: [fi, sv]\n")},
		"content/actors/vtt.md": {Data: []byte("---\nname: VTT\nkind: research\n---\n")},
		"i18n/fi.yaml":          {Data: []byte("skip: Hyppää sisältöön\n")},
	}
	book, diags := words.Load(fsys)
	if len(diags) > 0 {
		t.Fatal(diags)
	}
	r, err := render.New(build(t, fsys, model.Options{Words: book}), render.Options{Theme: kimppa.Theme, Site: fsys, Today: fixtureToday})
	if err != nil {
		t.Fatal(err)
	}
	page := func(kind, lang string) string {
		t.Helper()
		for _, p := range r.Pages() {
			if p.Kind == kind && p.Lang == lang {
				b, err := r.Render(p)
				if err != nil {
					t.Fatal(err)
				}
				return string(b)
			}
		}
		t.Fatalf("no %s page in %s", kind, lang)
		return ""
	}
	for _, c := range []struct{ kind, lang, want string }{
		{render.KindHome, "sv", "Hoppa till innehållet"},
		{render.KindSearch, "sv", "träffar"},
		{render.KindSearch, "sv", "Sök på webbplatsen"},
		{render.KindEntity, "sv", "Forskningsinstitut"},
		{render.KindHome, "fi", "Hyppää sisältöön"},
	} {
		if got := page(c.kind, c.lang); !strings.Contains(got, c.want) {
			t.Errorf("%s page in %s lacks %q", c.kind, c.lang, c.want)
		}
	}
	if got := page(render.KindHome, "fi"); strings.Contains(got, "Siirry sisältöön") {
		t.Error("the site's word did not replace the embedded one")
	}
}
