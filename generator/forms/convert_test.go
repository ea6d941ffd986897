package forms

import (
	"testing"

	"github.com/kimppa/kimppa/generator/config"
	"github.com/kimppa/kimppa/generator/schema"
	"gopkg.in/yaml.v3"
)

func testConfig(t *testing.T) *config.Config {
	t.Helper()
	cfg, diags := config.Parse([]byte("title: T\nlanguages: [fi, en]\nsections:\n  actors: {fi: toimijat, en: actors}\ntaxonomies:\n  focus_areas:\n    label: {fi: Teemat, en: Focus areas}\n    terms:\n      plastics: {fi: Muovit, en: Plastics}\n      food: {fi: Ruoka, en: Food}\n"))
	if cfg == nil {
		t.Fatal(diags)
	}
	return cfg
}

func yamlOf(t *testing.T, n *yaml.Node) string {
	t.Helper()
	b, err := yaml.Marshal(&yaml.Node{Kind: yaml.MappingNode, Content: []*yaml.Node{str("f"), n}})
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// Each kind is read the way GitHub renders it and a member writes it.
func TestConvert(t *testing.T) {
	cfg := testConfig(t)
	kinds := schema.Field{Name: "seeking", Kind: schema.EnumList, Values: schema.ActorKinds}
	cases := []struct {
		f    schema.Field
		in   string
		want string // YAML of "f: value", or "" for a problem
	}{
		{schema.Field{Name: "budget", Kind: schema.Money}, "25 000 €", "f: 25000\n"},
		{schema.Field{Name: "budget", Kind: schema.Money}, "1500,50", "f: 1500.5\n"},
		{schema.Field{Name: "budget", Kind: schema.Money}, "paljon", ""},
		{schema.Field{Name: "budget", Kind: schema.Money}, "0x10", ""},
		{schema.Field{Name: "budget", Kind: schema.Money}, "NaN", ""},
		{schema.Field{Name: "kind", Kind: schema.Enum, Values: schema.ActorKinds}, "Kunta / Municipality", "f: municipality\n"},
		{schema.Field{Name: "kind", Kind: schema.Enum, Values: schema.ActorKinds}, "research", "f: research\n"},
		{schema.Field{Name: "kind", Kind: schema.Enum, Values: schema.ActorKinds}, "Kunta", ""},
		{kinds, "Yritys / Company, Tutkimuslaitos / Research institute", "f: [company, research]\n"},
		{kinds, "Yritys / Company, Muu", ""},
		{schema.Field{Name: "focus_areas", Kind: schema.Terms}, "Muovit / Plastics, Ruoka / Food", "f: [plastics, food]\n"},
		{schema.Field{Name: "member", Kind: schema.Bool}, "Ei / No", "f: false\n"},
		{schema.Field{Name: "owner", Kind: schema.Ref, RefType: "actors"}, "https://example.org/toimijat/esimerkki-oy/", "f: esimerkki-oy\n"},
		{schema.Field{Name: "owner", Kind: schema.Ref, RefType: "actors"}, "a\nb", ""},
		{schema.Field{Name: "related", Kind: schema.Related}, "- services/x\n\n* actors/y", "f: [services/x, actors/y]\n"},
		{schema.Field{Name: "maintainers", Kind: schema.StringList}, "@maija\n", "f: [maija]\n"},
		{schema.Field{Name: "maintainers", Kind: schema.StringList}, "maija; drop table", ""},
		{schema.Field{Name: "deadline", Kind: schema.Date}, "2026-12-31", "f: \"2026-12-31\"\n"},
		{schema.Field{Name: "title", Kind: schema.String, OneLine: true}, "yes", "f: yes\n"},
		{schema.Field{Name: "title", Kind: schema.String, OneLine: true}, "a: b # c", "f: 'a: b # c'\n"},
		{schema.Field{Name: "contacts", Kind: schema.Objects, Fields: contactFields()}, "Maija; ; maija@x.fi", "f:\n    - name: Maija\n      email: maija@x.fi\n"},
		{schema.Field{Name: "contacts", Kind: schema.Objects, Fields: contactFields()}, "a;b;c;d;e", ""},
	}
	for _, c := range cases {
		n, p := convert(cfg, c.f, "L", c.in)
		switch {
		case c.want == "" && p == nil:
			t.Errorf("%s %q: no problem, got %s", c.f.Name, c.in, yamlOf(t, n))
		case c.want != "" && p != nil:
			t.Errorf("%s %q: %v", c.f.Name, c.in, p.Message)
		case c.want != "" && yamlOf(t, n) != c.want:
			t.Errorf("%s %q: got %q, want %q", c.f.Name, c.in, yamlOf(t, n), c.want)
		case p != nil && (p.Label != "L" || p.Fix.fi == "" || p.Fix.en == ""):
			t.Errorf("%s %q: problem %+v lacks the label or the fix", c.f.Name, c.in, p)
		}
	}
}

func contactFields() []schema.Field {
	t, _ := schema.Lookup("actors", nil)
	f, _ := t.Field("contacts")
	return f.Fields
}

func TestEntryRef(t *testing.T) {
	cfg := testConfig(t)
	for in, want := range map[string]string{
		"actors/esimerkki-oy":                         "actors/esimerkki-oy",
		"https://example.org/toimijat/esimerkki-oy/":  "actors/esimerkki-oy",
		"https://example.org/en/actors/x-y/?q=1#top":  "actors/x-y",
		"/portaali/toimijat/esimerkki-oy":             "actors/esimerkki-oy",
		"../../kimppa.yaml":                           "",
		"actors/../../etc":                            "",
		"actors/Esimerkki":                            "",
		"https://evil.example/actors/esimerkki-oy.md": "",
	} {
		typ, slug, _, ok := entryRef(cfg, in)
		got := ""
		if ok {
			got = typ + "/" + slug
		}
		if got != want {
			t.Errorf("entryRef(%q) = %q, want %q", in, got, want)
		}
	}
}
