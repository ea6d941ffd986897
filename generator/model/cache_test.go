package model_test

import (
	"reflect"
	"testing"
	"testing/fstest"

	"github.com/kimppa/kimppa/generator/config"
	"github.com/kimppa/kimppa/generator/load"
	"github.com/kimppa/kimppa/generator/model"
)

const cacheConfig = "title: Testi\nlanguages: [fi, en]\n"

func readSite(t *testing.T, files map[string]string) (*config.Config, *load.Content) {
	t.Helper()
	fsys := fstest.MapFS{}
	for name, text := range files {
		fsys[name] = &fstest.MapFile{Data: []byte(text)}
	}
	cfg, diags := config.Parse([]byte(cacheConfig))
	if cfg == nil {
		t.Fatal(diags)
	}
	c, diags, err := load.Read(fsys, config.Types, cfg.Languages)
	if err != nil || len(diags) > 0 {
		t.Fatal(err, diags)
	}
	return cfg, c
}

// sameSite compares what a cached build must give like a clean one.
func sameSite(t *testing.T, what string, got, want *model.Site) {
	t.Helper()
	if !reflect.DeepEqual(got.Links, want.Links) && !(len(got.Links) == 0 && len(want.Links) == 0) {
		t.Errorf("%s: Links differ:\n got %v\nwant %v", what, got.Links, want.Links)
	}
	if !reflect.DeepEqual(got.Out, want.Out) || !reflect.DeepEqual(got.Back, want.Back) {
		t.Errorf("%s: Out or Back differ:\n got %v %v\nwant %v %v", what, got.Out, got.Back, want.Out, want.Back)
	}
	if len(got.Entities) != len(want.Entities) {
		t.Fatalf("%s: %d entities, want %d", what, len(got.Entities), len(want.Entities))
	}
	for r, e := range want.Entities {
		g := got.Entities[r]
		if g == nil || !reflect.DeepEqual(g.Default, e.Default) || !reflect.DeepEqual(g.Trans, e.Trans) {
			t.Errorf("%s: entity %s differs", what, r)
		}
	}
}

func TestCachedBuildsEqualCleanBuilds(t *testing.T) {
	files := map[string]string{
		"content/actors/alfa.md":        "---\nname: Alfa\nkind: company\n---\n",
		"content/actors/beeta.md":       "---\nname: Beeta\nkind: association\n---\n",
		"content/services/huolto.md":    "---\ntitle: Huolto\nproviders: [alfa]\n---\n",
		"content/services/huolto.en.md": "---\ntitle: Maintenance\n---\n",
		"content/projects/kierto.md":    "---\ntitle: Kierto\nstatus: ongoing\ncoordinator: beeta\npartners: [alfa]\n---\n",
	}
	cache := model.NewCache()
	prev := map[string]*load.File{}
	prevText := map[string]string{}
	for _, step := range []struct {
		what string
		edit func()
	}{
		{"first build", func() {}},
		{"nothing changed", func() {}},
		{"a summary changed", func() {
			files["content/actors/alfa.md"] = "---\nname: Alfa\nkind: company\nsummary: Uusi.\n---\n"
		}},
		{"a reference moved", func() {
			files["content/services/huolto.md"] = "---\ntitle: Huolto\nproviders: [beeta]\n---\n"
		}},
		{"a line inserted before references", func() {
			files["content/projects/kierto.md"] = "---\ntitle: Kierto\nsummary: Hanke.\nstatus: ongoing\ncoordinator: beeta\npartners: [alfa]\n---\n"
		}},
		{"an entity removed", func() { delete(files, "content/services/huolto.md"); delete(files, "content/services/huolto.en.md") }},
	} {
		step.edit()
		cfg, c := readSite(t, files)
		// Unchanged files keep their *load.File, as serve's reader does,
		// so that the cache has them.
		kept := 0
		for i, f := range c.Files {
			if p := prev[f.Path]; p != nil && prevText[f.Path] == files[f.Path] {
				c.Files[i] = p
				kept++
			}
		}
		clear(prev)
		clear(prevText)
		for _, f := range c.Files {
			prev[f.Path], prevText[f.Path] = f, files[f.Path]
		}
		if step.what == "nothing changed" && kept != len(c.Files) {
			t.Fatalf("%s: kept %d of %d files", step.what, kept, len(c.Files))
		}
		got, gd := model.Build(cfg, c, model.Options{Cache: cache})
		want, wd := model.Build(cfg, c, model.Options{})
		if !reflect.DeepEqual(gd, wd) {
			t.Errorf("%s: diagnostics %v, want %v", step.what, gd, wd)
		}
		sameSite(t, step.what, got, want)
	}
}
