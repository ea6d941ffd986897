package render_test

import (
	"strings"
	"testing"
	"testing/fstest"

	"github.com/kimppa/kimppa"
	"github.com/kimppa/kimppa/generator/config"
	"github.com/kimppa/kimppa/generator/load"
	"github.com/kimppa/kimppa/generator/model"
	"github.com/kimppa/kimppa/generator/render"
	"github.com/kimppa/kimppa/generator/schema"
)

// TestAFieldAddedToTheFieldTableReachesEveryOutput: one entry in the
// field table, and nothing else, puts a field on the entity page (in its
// facts, by its kind), in the JSON-LD its LD names, in the type's CSV, in
// the data package and in entities.json.
func TestAFieldAddedToTheFieldTableReachesEveryOutput(t *testing.T) {
	fsys := fstest.MapFS{
		"kimppa.yaml":           {Data: []byte("title: Testi\nlanguages: [fi, en]\n")},
		"content/actors/vtt.md": {Data: []byte("---\nname: VTT\nkind: research\nfounded: 1942-01-01\nmotto: Tiedettä yhdessä\n---\n")},
	}
	cfg, diags := config.Parse(fsys["kimppa.yaml"].Data)
	if diags.Failed(false) {
		t.Fatal(diags)
	}
	types := schema.Types(cfg.TaxonomyKeys())
	for i := range types {
		if types[i].Name == "actors" {
			types[i].Fields = append(types[i].Fields,
				schema.Field{Name: "founded", Kind: schema.Date, LD: "foundingDate"},
				schema.Field{Name: "motto", Kind: schema.String, Translatable: true, LD: schema.NoLD})
		}
	}
	c, diags, err := load.Read(fsys, config.Types, cfg.Languages)
	if err != nil || diags.Failed(false) {
		t.Fatal(err, diags)
	}
	s, diags := model.Build(cfg, c, model.Options{Types: types})
	if diags.Failed(false) {
		t.Fatal(diags)
	}
	r, err := render.New(s, render.Options{Theme: kimppa.Theme, Site: fsys, Today: fixtureToday})
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]string{}
	for _, p := range r.Pages() {
		b, err := r.Render(p)
		if err != nil {
			t.Fatal(err)
		}
		out[p.Path] = string(b)
	}
	for _, c := range []struct{ path, want string }{
		{"toimijat/vtt/index.html", "Founded"},               // its label: the name until words give one
		{"toimijat/vtt/index.html", `datetime="1942-01-01"`}, // written as a date
		{"toimijat/vtt/index.html", "Tiedettä yhdessä"},
		{"toimijat/vtt/index.html", `"foundingDate":"1942-01-01"`},
		{"en/actors/vtt/index.html", "Tiedettä yhdessä"},
		{"data/actors.csv", "founded"},
		{"data/actors.csv", "1942-01-01"},
		{"data/actors.csv", "Tiedettä yhdessä"},
		{"data/datapackage.json", `"founded"`},
		{"data/entities.json", `"founded":"1942-01-01"`},
	} {
		got, ok := out[c.path]
		if !ok {
			t.Fatalf("no %s among the pages", c.path)
		}
		if !strings.Contains(got, c.want) {
			t.Errorf("%s lacks %s", c.path, c.want)
		}
	}
	if strings.Contains(out["toimijat/vtt/index.html"], `Tiedettä yhdessä"`) {
		t.Error("a field with LD: NoLD is in the JSON-LD")
	}
}
