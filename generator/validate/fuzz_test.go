package validate_test

import (
	"bytes"
	"testing"
	"testing/fstest"

	"github.com/kimppa/kimppa/generator/config"
	"github.com/kimppa/kimppa/generator/load"
	"github.com/kimppa/kimppa/generator/model"
	"github.com/kimppa/kimppa/generator/validate"
)

// neighbours are the other files of the fuzzed site, so that references
// in the fuzzed file can resolve.
var neighbours = map[string]string{
	"content/actors/vtt.md":              "---\nname: VTT\nkind: research\n---\n",
	"content/actors/hel/index.md":        "---\nname: Helsinki\nkind: municipality\nlogo: logo.png\n---\n",
	"content/actors/hel/logo.png":        "\x89PNG\r\n\x1a\n",
	"content/funding/eakr.md":            "---\nname: EAKR\nlevel: eu\n---\n",
	"content/services/kartoitus.md":      "---\ntitle: Kartoitus\nproviders: [vtt]\n---\n",
	"content/projects/kiertotalot.md":    "---\ntitle: Kiertotalot\nstatus: ongoing\n---\n",
	"content/contracts/sopimus.md":       "---\ntitle: Sopimus\ncontract_type: mou\n---\n",
	"content/pages/about.md":             "---\ntitle: Tietoa\n---\n",
	"content/projects/kiertotalot.en.md": "---\ntitle: Circular houses\n---\n",
}

// fuzzPaths are where the fuzzed file is put, chosen by the fuzzer.
var fuzzPaths = []string{
	"content/actors/x.md",
	"content/actors/x/index.md",
	"content/services/x.md",
	"content/projects/x.md",
	"content/projects/kiertotalot.md", // replaces a neighbour
	"content/contracts/x/index.md",
	"content/funding/x.md",
	"content/pages/x.md",
	"content/actors/vtt.en.md",
	"content/projects/x.en.md",
	"content/Actors/x.md",
	"content/actors/X_y.md",
}

// FuzzDecode runs any file through load, model and validate: no stage may
// panic, and every diagnostic about the file points at one of its lines.
func FuzzDecode(f *testing.F) {
	for i, seed := range []string{
		"---\nname: X\nkind: company\nsize: sme\nbusiness_id: \"0201256-6\"\nlogo: logo.png\n---\n",
		"---\ntitle: X\nproviders: [vtt, hel, nobody]\naudience: [company, x]\n---\n",
		"---\ntitle: X\nstatus: ongoing\nstart: 2024-01-01\nend: 2023-01-01\ncoordinator: vtt\nfunding:\n  - source: eakr\n    amount: -1\n    share_of: hel\n  - x\nrelated: [projects/x, services/nope, x]\n---\n",
		"---\ntitle: X\nstatus: completed\nmilestones:\n  - {date: 2024-02-30, title: [a]}\n---\n",
		"---\ntitle: X\ncontract_type: template\ndocument: ../../kimppa.yaml\nlicense: MIT\n---\n",
		"---\nname: X\nlevel: eu\nfunder: x\nfunder_name: Y\ncalls:\n  - title: a\n    opens: 2025-02-01\n    closes: 2025-01-01\n---\n",
		"---\ntitle: X\ndraft: true\nfocus_areas: [construction, nope]\nother: 1\n---\n",
		"+++\ntitle = \"X\"\nstatus = \"planned\"\n[[funding]]\nsource = \"eakr\"\n[[funding]]\nsource = \"x\"\n+++\n",
		"---\n&a {name: *a}\n---\n",
		"---\nname: &n X\nkind: *n\ncontacts: [*n, {name: *n}]\n---\n",
		"---\n? [a, b]\n: c\n---\n",
		"---\nname: !!binary aGVsbG8=\nkind: !!int 1\n---\n",
		"---\nname: X\n---\n",
		"",
	} {
		f.Add([]byte(seed), uint8(i))
	}
	cfg, diags := config.Parse([]byte("title: Testi\nlanguages: [fi, en]\ntaxonomies:\n  focus_areas:\n    terms:\n      construction: {fi: Rakentaminen}\n"))
	if len(diags) > 0 {
		f.Fatal(diags)
	}
	f.Fuzz(func(t *testing.T, data []byte, where uint8) {
		fsys := fstest.MapFS{"kimppa.yaml": {Data: []byte("title: Testi\n")}}
		for p, text := range neighbours {
			fsys[p] = &fstest.MapFile{Data: []byte(text)}
		}
		file := fuzzPaths[int(where)%len(fuzzPaths)]
		fsys[file] = &fstest.MapFile{Data: data}
		c, diags, err := load.Read(fsys, config.Types, cfg.Languages)
		if err != nil {
			t.Fatal(err)
		}
		s, more := model.Build(cfg, c, model.Options{Drafts: where&0x80 != 0})
		diags.Add(more...)
		diags.Add(validate.Site(s, validate.Options{Today: "2025-06-01"})...)
		diags.Sort()
		lines := bytes.Count(data, []byte("\n")) + 1
		for _, d := range diags {
			if d.Message == "" || d.Pos.Line < 1 || d.Pos.Col < 1 {
				t.Fatalf("diagnostic without a message or a position: %+v", d)
			}
			if d.Pos.File == file && d.Pos.Line > lines {
				t.Fatalf("%s: line %d is past the end of the file (%d lines)", d, d.Pos.Line, lines)
			}
			if _, ok := fsys[d.Pos.File]; !ok {
				t.Fatalf("%s: names a file that is not in the site", d)
			}
		}
	})
}
