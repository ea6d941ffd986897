package jsonschema_test

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/kimppa/kimppa/generator"
	"github.com/kimppa/kimppa/generator/config"
	"github.com/kimppa/kimppa/generator/jsonschema"
	"github.com/kimppa/kimppa/generator/load"
	"github.com/kimppa/kimppa/generator/node"
	validator "github.com/santhosh-tekuri/jsonschema/v6"
	"golang.org/x/tools/txtar"
	"gopkg.in/yaml.v3"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

// repoRoot is the repository's own site: its kimppa.yaml and its sample
// content built from the seed documents.
const repoRoot = "../.."

func readConfig(t *testing.T, file string) *config.Config {
	t.Helper()
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	cfg, diags := config.Parse(data)
	if cfg == nil || diags.Errors() > 0 {
		t.Fatalf("%s: %v", file, diags)
	}
	return cfg
}

// compile compiles every generated schema with a real JSON Schema
// validator, asserting formats (date, uri, email) as an editor may.
func compile(t *testing.T, files []jsonschema.File) map[string]*validator.Schema {
	t.Helper()
	c := validator.NewCompiler()
	c.AssertFormat()
	for _, f := range files {
		doc, err := validator.UnmarshalJSON(bytes.NewReader(f.Data))
		if err != nil {
			t.Fatalf("%s is not JSON: %v", f.Name, err)
		}
		if err := c.AddResource("mem:///schemas/"+f.Name, doc); err != nil {
			t.Fatal(err)
		}
	}
	out := map[string]*validator.Schema{}
	for _, f := range files {
		if f.Name == jsonschema.IndexFile {
			continue
		}
		s, err := c.Compile("mem:///schemas/" + f.Name)
		if err != nil {
			t.Fatalf("%s does not compile: %v", f.Name, err)
		}
		out[f.Name] = s
	}
	return out
}

// frontMatter reads a content file's front matter, YAML or TOML, through
// kimppa's own splitter and returns it as a JSON value: YAML strings and
// dates are strings, numbers are numbers, as an editor's YAML 1.2 parser
// sees them.
func frontMatter(t *testing.T, name string, data []byte) any {
	t.Helper()
	doc, _, _, d := load.Split(name, data)
	if d != nil {
		t.Fatalf("%s: %s", name, d.Message)
	}
	v, err := toJSON(doc.Root)
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	return v
}

func toJSON(n *yaml.Node) (any, error) {
	n = node.Resolve(n)
	if n == nil {
		return nil, nil
	}
	switch n.Kind {
	case yaml.MappingNode:
		m := map[string]any{}
		for _, kv := range node.Pairs(n) {
			v, err := toJSON(kv.Value)
			if err != nil {
				return nil, err
			}
			m[kv.Key.Value] = v
		}
		return m, nil
	case yaml.SequenceNode:
		out := []any{}
		for _, c := range n.Content {
			v, err := toJSON(c)
			if err != nil {
				return nil, err
			}
			out = append(out, v)
		}
		return out, nil
	}
	switch n.Tag {
	case "!!null":
		return nil, nil
	case "!!bool":
		var b bool
		err := n.Decode(&b)
		return b, err
	case "!!int", "!!float":
		var f float64
		err := n.Decode(&f)
		return json.Number(fmt.Sprint(f)), err
	}
	return n.Value, nil
}

func TestGoldenSchemas(t *testing.T) {
	cfg := readConfig(t, "testdata/site/kimppa.yaml")
	files := jsonschema.Generate(cfg)
	compile(t, files)
	dir := "testdata/golden"
	if *update {
		os.RemoveAll(dir)
		os.MkdirAll(dir, 0o755)
		for _, f := range files {
			if err := os.WriteFile(filepath.Join(dir, f.Name), f.Data, 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
	present, _ := filepath.Glob(filepath.Join(dir, "*.json"))
	read := func(name string) ([]byte, bool) {
		b, err := os.ReadFile(filepath.Join(dir, name))
		return b, err == nil
	}
	if stale := jsonschema.Check(files, read, present); len(stale) > 0 {
		t.Errorf("golden schemas differ: %v (run go test ./generator/jsonschema -update and read the diff)", stale)
	}
}

func TestGenerateIsDeterministic(t *testing.T) {
	cfg := readConfig(t, filepath.Join(repoRoot, "kimppa.yaml"))
	a, b := jsonschema.Generate(cfg), jsonschema.Generate(cfg)
	if len(a) != len(b) {
		t.Fatal("different number of files")
	}
	for i := range a {
		if a[i].Name != b[i].Name || !bytes.Equal(a[i].Data, b[i].Data) {
			t.Errorf("%s differs between two runs", a[i].Name)
		}
	}
}

// TestGeneratedTellsKimppasFilesFromOthers: kimppa schema replaces and
// removes only the files it wrote.
func TestGeneratedTellsKimppasFilesFromOthers(t *testing.T) {
	cfg := readConfig(t, filepath.Join(repoRoot, "kimppa.yaml"))
	for _, f := range jsonschema.Generate(cfg) {
		if !jsonschema.Generated(f.Name, f.Data) {
			t.Errorf("%s, as kimppa writes it, is not recognised as kimppa's", f.Name)
		}
	}
	for _, tc := range []struct{ name, data string }{
		{"actors.schema.json", `{"title": "my own schema"}`},
		{"actors.schema.json", `{"$comment": "Written by hand"}`},
		{"actors.schema.json", `not json`},
		{jsonschema.IndexFile, `{"name": "my-package", "version": "1.0.0"}`},
		{jsonschema.IndexFile, `{}`},
		{jsonschema.IndexFile, `{"a.schema.json": "content/*.md"}`},
		{jsonschema.IndexFile, `{"a.schema.json": ["content/*.md"], "other": ["x"]}`},
		{"package.json", `{"$comment": "Generated by ` + "`kimppa schema`" + `"}`},
	} {
		if jsonschema.Generated(tc.name, []byte(tc.data)) {
			t.Errorf("Generated(%s, %s) = true, want false", tc.name, tc.data)
		}
	}
}

func TestSchemasHaveEveryTypeAndTaxonomyTerm(t *testing.T) {
	cfg := readConfig(t, filepath.Join(repoRoot, "kimppa.yaml"))
	files := jsonschema.Generate(cfg)
	var names []string
	for _, f := range files {
		names = append(names, f.Name)
	}
	for _, typ := range config.Types {
		for _, want := range []string{typ + ".schema.json", typ + ".translation.schema.json"} {
			if !slices.Contains(names, want) {
				t.Errorf("no %s among %v", want, names)
			}
		}
	}
	var actors map[string]any
	for _, f := range files {
		if f.Name == "actors.schema.json" {
			if err := json.Unmarshal(f.Data, &actors); err != nil {
				t.Fatal(err)
			}
		}
	}
	props := actors["properties"].(map[string]any)
	items := props["focus_areas"].(map[string]any)["items"].(map[string]any)
	tax, _ := cfg.Taxonomy("focus_areas")
	if got, want := fmt.Sprint(items["enum"]), fmt.Sprint(tax.TermKeys()); got != want {
		t.Errorf("focus_areas terms = %s, want %s", got, want)
	}
	if got := fmt.Sprint(actors["required"]); got != "[name kind]" {
		t.Errorf("required = %s", got)
	}
	if actors["additionalProperties"] != false {
		t.Error("unknown fields are not rejected")
	}
}

func TestSchemaFor(t *testing.T) {
	cfg := readConfig(t, filepath.Join(repoRoot, "kimppa.yaml"))
	for p, want := range map[string]string{
		"content/actors/vtt.md":                      "actors.schema.json",
		"content/actors/vtt.fi.md":                   "actors.schema.json",
		"content/actors/vtt.en.md":                   "actors.translation.schema.json",
		"content/actors/helsingin-kaupunki/index.md": "actors.schema.json",
		"content/actors/x/index.en.md":               "actors.translation.schema.json",
		"content/actors/x/notes.md":                  "",
		"content/README.md":                          "",
		"content/blog/x.md":                          "",
		"layouts/x.md":                               "",
	} {
		if got := jsonschema.SchemaFor(cfg, p); got != want {
			t.Errorf("SchemaFor(%s) = %q, want %q", p, got, want)
		}
	}
}

// contentFiles lists the entity files under dir/content.
func contentFiles(t *testing.T, fsys fs.FS) []string {
	t.Helper()
	var out []string
	err := fs.WalkDir(fsys, "content", func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasSuffix(p, ".md") {
			out = append(out, p)
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// The repository's sample content, YAML and TOML, is valid for kimppa and
// so must be for the schemas.
func TestSchemasAcceptEverySampleFile(t *testing.T) {
	cfg := readConfig(t, filepath.Join(repoRoot, "kimppa.yaml"))
	schemas := compile(t, jsonschema.Generate(cfg))
	fsys := os.DirFS(repoRoot)
	n := 0
	for _, p := range contentFiles(t, fsys) {
		name := jsonschema.SchemaFor(cfg, p)
		if name == "" {
			continue
		}
		data, err := fs.ReadFile(fsys, p)
		if err != nil {
			t.Fatal(err)
		}
		if err := schemas[name].Validate(frontMatter(t, p, data)); err != nil {
			t.Errorf("%s is rejected by %s:\n%v", p, name, err)
		}
		n++
	}
	if n < 50 {
		t.Errorf("only %d sample files checked; is the content folder there?", n)
	}
}

// Each broken fixture breaks one rule that a single file can break; both
// the schema and kimppa check must reject it.
func TestSchemasRejectEveryBrokenFixture(t *testing.T) {
	ar, err := txtar.ParseFile("testdata/broken.txtar")
	if err != nil {
		t.Fatal(err)
	}
	cfgData, err := os.ReadFile("testdata/site/kimppa.yaml")
	if err != nil {
		t.Fatal(err)
	}
	cfg := readConfig(t, "testdata/site/kimppa.yaml")
	schemas := compile(t, jsonschema.Generate(cfg))
	if len(ar.Files) < 20 {
		t.Fatalf("only %d broken fixtures", len(ar.Files))
	}
	for _, f := range ar.Files {
		t.Run(strings.TrimSuffix(strings.TrimPrefix(f.Name, "content/"), ".md"), func(t *testing.T) {
			name := jsonschema.SchemaFor(cfg, f.Name)
			if name == "" {
				t.Fatalf("%s is not an entity file", f.Name)
			}
			if err := schemas[name].Validate(frontMatter(t, f.Name, f.Data)); err == nil {
				t.Errorf("%s accepts %s:\n%s", name, f.Name, f.Data)
			}
			// kimppa check agrees: the same file alone in a site is an error.
			dir := t.TempDir()
			write(t, dir, "kimppa.yaml", cfgData)
			write(t, dir, f.Name, f.Data)
			if strings.Contains(name, "translation") {
				def := strings.Replace(f.Name, ".en.md", ".md", 1)
				write(t, dir, def, []byte("---\nname: X\nkind: company\ntitle: X\n---\n"))
			}
			p, err := generator.Load(context.Background(), generator.Options{Source: dir, Today: "2025-06-01"})
			if err != nil {
				t.Fatal(err)
			}
			defer p.Close()
			if !hasError(p, f.Name) {
				t.Errorf("kimppa check accepts %s, the schema rejects it", f.Name)
			}
		})
	}
}

// A file kimppa accepts must not be rejected by its schema: checked over
// every fixture site of the generator's own tests.
func TestSchemasNeverRejectWhatKimppaAccepts(t *testing.T) {
	sites, _ := filepath.Glob("../testdata/sites/*.txtar")
	if len(sites) == 0 {
		t.Skip("no fixture sites")
	}
	checked := 0
	for _, file := range sites {
		ar, err := txtar.ParseFile(file)
		if err != nil {
			t.Fatal(err)
		}
		dir := t.TempDir()
		for _, f := range ar.Files {
			name := strings.Fields(f.Name + " ")[0]
			if strings.HasPrefix(name, "want/") {
				continue
			}
			write(t, dir, name, f.Data)
		}
		p, err := generator.Load(context.Background(), generator.Options{Source: dir, Today: "2025-06-01"})
		if err != nil || p.Config == nil {
			if p != nil {
				p.Close()
			}
			continue
		}
		schemas := compile(t, jsonschema.Generate(p.Config))
		for _, f := range ar.Files {
			name := strings.Fields(f.Name + " ")[0]
			sch := jsonschema.SchemaFor(p.Config, name)
			if sch == "" || mentioned(p, name) {
				continue
			}
			doc, _, _, d := load.Split(name, f.Data)
			if d != nil {
				continue
			}
			v, err := toJSON(doc.Root)
			if err != nil {
				t.Fatal(err)
			}
			if err := schemas[sch].Validate(v); err != nil {
				t.Errorf("%s: %s is valid for kimppa but rejected by %s:\n%v", filepath.Base(file), name, sch, err)
			}
			checked++
		}
		p.Close()
	}
	if checked < 10 {
		t.Errorf("only %d valid fixture files checked", checked)
	}
}

func hasError(p *generator.Project, file string) bool {
	for _, d := range p.Diags {
		if d.Pos.File == file && d.Severity == "error" {
			return true
		}
	}
	return false
}

func mentioned(p *generator.Project, file string) bool {
	for _, d := range p.Diags {
		if d.Pos.File == file {
			return true
		}
	}
	return false
}

func write(t *testing.T, dir, name string, data []byte) {
	t.Helper()
	full := filepath.Join(dir, filepath.FromSlash(name))
	if err := os.MkdirAll(filepath.Dir(full), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(full, data, 0o644); err != nil {
		t.Fatal(err)
	}
}

// .vscode/settings.json maps each schema to the same files as files.json.
func TestVSCodeSettingsMapEverySchema(t *testing.T) {
	cfg := readConfig(t, filepath.Join(repoRoot, "kimppa.yaml"))
	var index map[string][]string
	for _, f := range jsonschema.Generate(cfg) {
		if f.Name == jsonschema.IndexFile {
			if err := json.Unmarshal(f.Data, &index); err != nil {
				t.Fatal(err)
			}
		}
	}
	data, err := os.ReadFile(filepath.Join(repoRoot, ".vscode", "settings.json"))
	if err != nil {
		t.Fatal(err)
	}
	var settings struct {
		Schemas map[string][]string `json:"yaml.schemas"`
	}
	if err := json.Unmarshal(data, &settings); err != nil {
		t.Fatal(err)
	}
	want := map[string][]string{}
	for name, globs := range index {
		want["./"+jsonschema.Dir+"/"+name] = globs
	}
	if got, wantS := fmt.Sprint(settings.Schemas), fmt.Sprint(want); got != wantS {
		t.Errorf(".vscode/settings.json yaml.schemas = %s\nwant %s", got, wantS)
	}
}
