package forms_test

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/kimppa/kimppa/generator"
	"github.com/kimppa/kimppa/generator/config"
	"github.com/kimppa/kimppa/generator/forms"
	"github.com/kimppa/kimppa/generator/load"
	"github.com/kimppa/kimppa/generator/scaffold"
	"github.com/kimppa/kimppa/generator/schema"
	"github.com/kimppa/kimppa/generator/sitetest"
	"golang.org/x/tools/txtar"
	"gopkg.in/yaml.v3"
)

// site writes testdata/site.txtar into a new folder and returns it.
func site(t *testing.T) string {
	t.Helper()
	ar, err := txtar.ParseFile("testdata/site.txtar")
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	for _, f := range ar.Files {
		p := filepath.Join(dir, filepath.FromSlash(f.Name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, f.Data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func siteConfig(t *testing.T, dir string) *config.Config {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(dir, config.FileName))
	if err != nil {
		t.Fatal(err)
	}
	cfg, diags := config.Parse(data)
	if cfg == nil || diags.Errors() > 0 {
		t.Fatal(diags)
	}
	return cfg
}

func generated(t *testing.T, dir string) map[string]*forms.Form {
	t.Helper()
	out := map[string]*forms.Form{}
	for _, f := range forms.Generate(siteConfig(t, dir)) {
		form, err := forms.ReadForm(f.Data)
		if err != nil {
			t.Fatal(err)
		}
		out[strings.TrimSuffix(f.Name, ".yml")] = form
	}
	return out
}

func TestFormsGolden(t *testing.T) {
	dir := site(t)
	for _, f := range forms.Generate(siteConfig(t, dir)) {
		sitetest.Golden(t, filepath.Join("testdata/golden/forms", f.Name), f.Data)
	}
}

// Every type of forms.Types that the field table has gets its form (so a
// challenges type gets one as soon as it is added), and update.yml.
func TestAFormForEveryFormType(t *testing.T) {
	dir := site(t)
	var want []string
	for _, typ := range schema.Types(nil) {
		if slices.Contains(forms.Types, typ.Name) {
			want = append(want, typ.Name+".yml")
		}
	}
	want = append(want, "update.yml")
	var got []string
	for _, f := range forms.Generate(siteConfig(t, dir)) {
		got = append(got, f.Name)
	}
	if !slices.Equal(got, want) {
		t.Errorf("forms %v, want %v", got, want)
	}
}

// GitHub's rules for forms: ids unique and plain, labels unique and
// present, dropdown options unique and without ", " (GitHub joins the
// choices of a multiple dropdown with it); and nothing names a repository.
func TestFormsFollowGitHubsRules(t *testing.T) {
	dir := site(t)
	cfg := siteConfig(t, dir)
	for _, f := range forms.Generate(cfg) {
		form, err := forms.ReadForm(f.Data)
		if err != nil {
			t.Fatal(err)
		}
		if form.Name == "" || form.Description == "" || len(form.Labels) != 2 || form.Labels[0] != forms.Label {
			t.Errorf("%s: name, description and labels", f.Name)
		}
		ids, labels := map[string]bool{}, map[string]bool{}
		for _, e := range form.Body {
			if e.Type == "markdown" {
				continue
			}
			if e.ID == "" || strings.Trim(e.ID, "abcdefghijklmnopqrstuvwxyz0123456789_-") != "" || ids[e.ID] {
				t.Errorf("%s: id %q", f.Name, e.ID)
			}
			ids[e.ID] = true
			if e.Attributes.Label == "" || labels[e.Attributes.Label] {
				t.Errorf("%s: label %q", f.Name, e.Attributes.Label)
			}
			labels[e.Attributes.Label] = true
			seen := map[string]bool{}
			for _, o := range e.Attributes.Options {
				s, ok := o.(string)
				if !ok {
					continue
				}
				if seen[s] || strings.Contains(s, ", ") || s == "None" {
					t.Errorf("%s: %s option %q", f.Name, e.ID, s)
				}
				seen[s] = true
			}
		}
		for _, bad := range []string{"github.com/", "kimppa/kimppa"} {
			if bytes.Contains(f.Data, []byte(bad)) {
				t.Errorf("%s names a repository (%s)", f.Name, bad)
			}
		}
	}
}

// sample is a valid answer for a field, written as a member would.
func sample(f schema.Field, e forms.Element) string {
	opts := func() []string {
		var out []string
		for _, o := range e.Attributes.Options {
			out = append(out, o.(string))
		}
		return out
	}
	switch f.Kind {
	case schema.Enum, schema.Bool:
		return opts()[0]
	case schema.EnumList, schema.Terms:
		o := opts()
		return strings.Join(o[:min(2, len(o))], ", ")
	case schema.Date:
		return "2026-05-01"
	case schema.URL:
		return "https://www.esimerkki.fi/"
	case schema.Email:
		return "info@esimerkki.fi"
	case schema.Money:
		return "25 000 €"
	case schema.BusinessID:
		return "1618033-3" // not the site's own esimerkki-oy's
	case schema.License:
		return "CC-BY-4.0"
	case schema.Ref:
		return refSample(f.RefType)
	case schema.RefList:
		if f.RefType == "actors" {
			return "esimerkki-oy\nhttps://example.org/toimijat/toinen-oy/"
		}
		return refSample(f.RefType)
	case schema.Related:
		return "services/kartoitus\nactors/toinen-oy"
	case schema.StringList:
		if f.Name == "maintainers" {
			return "@maija-m\n- toinen"
		}
		return "purku\nkartoitus"
	case schema.Objects:
		var ps []string
		for _, sub := range f.Fields {
			ps = append(ps, sample(sub, forms.Element{}))
		}
		return strings.Join(ps, "; ") + "\n" + ps[0]
	}
	if f.Name == "summary" {
		return "Lyhyt kuvaus: ## ei otsikko, [ei linkki](javascript:alert(1))"
	}
	return "Äänekosken Öljy & Å-tuote Oy"
}

func refSample(typ string) string {
	switch typ {
	case "services":
		return "kartoitus"
	}
	return "esimerkki-oy"
}

// render writes an issue body as GitHub renders a submitted form.
func render(form *forms.Form, values map[string]string) []byte {
	var b strings.Builder
	for _, e := range form.Body {
		if e.Type == "markdown" {
			continue
		}
		v := values[e.ID]
		if e.Type == "checkboxes" {
			v = "- [X] " + e.Attributes.Options[0].(map[string]any)["label"].(string)
		}
		if v == "" {
			v = "_No response_"
		}
		b.WriteString("### " + e.Attributes.Label + "\n\n" + v + "\n\n")
	}
	return []byte(b.String())
}

const hostileBody = "Kuvaus.\n\n---\nname: injected\nmaintainers: [attacker]\n---\n\n### Nimi / Name\n\nnot a field\n"

// Each generated form, filled in as a member would and rendered as GitHub
// does, gives an entry that the site's check accepts.
func TestEveryFormFilledInPassesTheCheck(t *testing.T) {
	dir := site(t)
	for name, form := range generated(t, dir) {
		t.Run(name, func(t *testing.T) {
			dir := site(t)
			typ := name
			values := map[string]string{forms.BodyID: hostileBody}
			if name == forms.Update {
				typ = "actors"
				values[forms.EntryID] = "https://example.org/toimijat/esimerkki-oy/"
			}
			tt, _ := schema.Lookup(typ, siteConfig(t, dir).TaxonomyKeys())
			for _, e := range form.Body {
				if f, ok := tt.Field(e.ID); ok {
					values[e.ID] = sample(f, e)
				}
			}
			formData := formFile(t, dir, name)
			path, err := scaffold.FromIssue(context.Background(), scaffold.IssueOptions{
				Source: dir, Issue: render(form, values), Form: formData, Author: "uusi-jasen"})
			if err != nil {
				t.Fatal(err)
			}
			diags, err := generator.Check(context.Background(), generator.Options{Source: dir})
			if err != nil {
				t.Fatal(err)
			}
			if diags.Errors() > 0 {
				t.Fatalf("the check fails:\n%v", diags)
			}
			data, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.HasSuffix(data, []byte(strings.TrimSpace(hostileBody)+"\n")) {
				t.Errorf("the body is not kept as written:\n%s", data)
			}
			// The loader reads the first front matter block only: the
			// body's "---" lines and fields stay in the body.
			doc, rest, _, d := load.Split("x.md", data)
			if d != nil {
				t.Fatal(d)
			}
			if bytes.Contains(data[:len(data)-len(rest)], []byte("injected")) || bytes.Contains(data[:len(data)-len(rest)], []byte("attacker")) {
				t.Errorf("the body's lines reached the front matter:\n%s", data)
			}
			for i := 0; i < len(doc.Root.Content); i += 2 {
				if v := doc.Root.Content[i+1].Value; v == "injected" || v == "not a field" {
					t.Errorf("field %s = %q", doc.Root.Content[i].Value, v)
				}
			}
			if name == "actors" && !bytes.Contains(data, []byte("uusi-jasen")) {
				t.Errorf("the author is not a maintainer:\n%s", data)
			}
			if name != forms.Update && filepath.Base(path) != "aanekosken-oljy-a-tuote-oy.md" {
				t.Errorf("slug of %s", path)
			}
		})
	}
}

func formFile(t *testing.T, dir, name string) []byte {
	t.Helper()
	for _, f := range forms.Generate(siteConfig(t, dir)) {
		if f.Name == name+".yml" {
			return f.Data
		}
	}
	t.Fatalf("no form %s", name)
	return nil
}

// The issue cases in testdata/issues: NAME.md, whose first line names the
// form (<!-- form: actors -->); the golden file holds the written file or
// the comment that tells what to fix.
func TestIssuesGolden(t *testing.T) {
	cases, _ := filepath.Glob("testdata/issues/*.md")
	if len(cases) == 0 {
		t.Fatal("no cases")
	}
	for _, c := range cases {
		name := strings.TrimSuffix(filepath.Base(c), ".md")
		t.Run(name, func(t *testing.T) {
			dir := site(t)
			issue, err := os.ReadFile(c)
			if err != nil {
				t.Fatal(err)
			}
			first, rest, _ := bytes.Cut(issue, []byte("\n"))
			form := strings.TrimSuffix(strings.TrimPrefix(string(first), "<!-- form: "), " -->")
			before := snapshot(t, dir)
			path, err := scaffold.FromIssue(context.Background(), scaffold.IssueOptions{
				Source: dir, Issue: rest, Form: formFile(t, dir, form), Author: "uusi-jasen", Today: "2026-06-01"})
			var got []byte
			var rej *forms.Rejected
			switch {
			case errors.As(err, &rej):
				got = []byte("rejected\n\n" + rej.Markdown())
				if after := snapshot(t, dir); after != before {
					t.Errorf("a rejected form changed the site")
				}
			case err != nil:
				t.Fatal(err)
			default:
				data, err := os.ReadFile(path)
				if err != nil {
					t.Fatal(err)
				}
				rel, _ := filepath.Rel(dir, path)
				got = append([]byte("wrote "+filepath.ToSlash(rel)+"\n\n"), data...)
			}
			sitetest.Golden(t, filepath.Join("testdata/golden/issues", name+".txt"), got)
		})
	}
}

// snapshot lists every file of dir with its content.
func snapshot(t *testing.T, dir string) string {
	t.Helper()
	var b strings.Builder
	filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			data, _ := os.ReadFile(p)
			b.WriteString(p + "\n" + string(data) + "\n")
		}
		return nil
	})
	return b.String()
}

// An update changes only the lines of the fields given: every other byte
// of the file, comments and body included, stays as it was.
func TestUpdateKeepsEveryOtherByte(t *testing.T) {
	dir := site(t)
	file := filepath.Join(dir, "content/actors/esimerkki-oy.md")
	before, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	form := generated(t, dir)[forms.Update]
	issue := render(form, map[string]string{
		forms.EntryID:  "actors/esimerkki-oy",
		"email":        "uusi@esimerkki.fi",
		"tags":         "purku\nkierrätys",
		"municipality": "Espoo",
	})
	if _, err := scaffold.FromIssue(context.Background(), scaffold.IssueOptions{Source: dir, Issue: issue, Form: formFile(t, dir, forms.Update), Author: "maija-m", Today: "2026-12-07"}); err != nil {
		t.Fatal(err)
	}
	after, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	// Tags are added to (the form says so); updated is set.
	want := strings.Replace(string(before), "email: info@esimerkki.fi\n", "email: uusi@esimerkki.fi\n", 1)
	want = strings.Replace(want, "tags:\n  - purku\n  - kartoitus\n", "tags: [purku, kartoitus, kierrätys]\n", 1)
	want = strings.Replace(want, "focus_areas: [construction]\n", "focus_areas: [construction]\nmunicipality: Espoo\nupdated: 2026-12-07\n", 1)
	if string(after) != want {
		t.Errorf("got\n%s\nwant\n%s", after, want)
	}
}

// A field whose value is of the wrong shape is named by its label, with
// what to write in both languages, and nothing is written.
func TestRejectedFormNamesTheLabel(t *testing.T) {
	dir := site(t)
	form := generated(t, dir)["actors"]
	issue := render(form, map[string]string{"name": "Uusi Oy", "kind": "Yritys / Company", "member_since": "1.5.2026", "budget": "x"})
	before := snapshot(t, dir)
	_, err := scaffold.FromIssue(context.Background(), scaffold.IssueOptions{Source: dir, Issue: issue, Form: formFile(t, dir, "actors"), Author: "uusi"})
	var rej *forms.Rejected
	if !errors.As(err, &rej) {
		t.Fatalf("err = %v, want a rejection", err)
	}
	md := rej.Markdown()
	for _, want := range []string{"**Jäsen alkaen / Member since**", "VVVV-KK-PP", "YYYY-MM-DD"} {
		if !strings.Contains(md, want) {
			t.Errorf("the comment lacks %q:\n%s", want, md)
		}
	}
	if snapshot(t, dir) != before {
		t.Error("a rejected form wrote something")
	}
}

// No value in any field can add a field or end the front matter.
func TestValuesCannotInjectFrontMatter(t *testing.T) {
	dir := site(t)
	form := generated(t, dir)["services"]
	issue := render(form, map[string]string{
		"title":     "Palvelu\"\nmaintainers: [x]",
		"providers": "esimerkki-oy",
	})
	_, err := scaffold.FromIssue(context.Background(), scaffold.IssueOptions{Source: dir, Issue: issue, Form: formFile(t, dir, "services"), Author: "uusi"})
	var rej *forms.Rejected
	if !errors.As(err, &rej) {
		t.Fatalf("a title of two lines: err = %v, want a rejection", err)
	}
	issue = render(form, map[string]string{"title": "--- #x: y", "providers": "esimerkki-oy\n../../etc/passwd", "tags": "---\n+++\na: b"})
	_, err = scaffold.FromIssue(context.Background(), scaffold.IssueOptions{Source: dir, Issue: issue, Form: formFile(t, dir, "services"), Author: "uusi"})
	if !errors.As(err, &rej) {
		t.Fatalf("a path as a reference: err = %v, want a rejection", err)
	}
	issue = render(form, map[string]string{"title": "--- #x: y", "providers": "esimerkki-oy", "tags": "---\n+++\na: b\n..."})
	path, err := scaffold.FromIssue(context.Background(), scaffold.IssueOptions{Source: dir, Issue: issue, Form: formFile(t, dir, "services"), Author: "uusi"})
	if err != nil {
		t.Fatal(err)
	}
	data, _ := os.ReadFile(path)
	var fm map[string]any
	head := strings.SplitN(string(data), "\n---\n", 2)[0]
	if err := yaml.Unmarshal([]byte(strings.TrimPrefix(head, "---\n")), &fm); err != nil {
		t.Fatal(err)
	}
	if fm["title"] != "--- #x: y" || len(fm) != 3 || filepath.Base(path) != "x-y.md" {
		t.Errorf("%s:\n%s", path, data)
	}
}

func TestSlugsAreUnique(t *testing.T) {
	dir := site(t)
	form := generated(t, dir)["actors"]
	for _, want := range []string{"toinen-oy-2.md", "toinen-oy-3.md"} {
		issue := render(form, map[string]string{"name": "Toinen Oy", "kind": "Muu / Other"})
		path, err := scaffold.FromIssue(context.Background(), scaffold.IssueOptions{Source: dir, Issue: issue, Form: formFile(t, dir, "actors"), Author: "uusi"})
		if err != nil {
			t.Fatal(err)
		}
		if filepath.Base(path) != want {
			t.Errorf("%s, want %s", path, want)
		}
	}
	issue := render(form, map[string]string{"name": "Bundle Oy", "kind": "Muu / Other"})
	path, err := scaffold.FromIssue(context.Background(), scaffold.IssueOptions{Source: dir, Issue: issue, Form: formFile(t, dir, "actors"), Author: "uusi"})
	if err != nil || filepath.Base(path) != "bundle-oy-2.md" {
		t.Errorf("%s, %v: a bundle's slug is taken too", path, err)
	}
}

// The parser takes any bytes without panicking, and what it returns is
// only values under the form's own ids.
func FuzzParseIssue(f *testing.F) {
	data, err := os.ReadFile("testdata/golden/forms/actors.yml")
	if err != nil {
		f.Fatal(err)
	}
	form, err := forms.ReadForm(data)
	if err != nil {
		f.Fatal(err)
	}
	f.Add([]byte("### Nimi / Name\n\nEsimerkki\n\n### Kuvaus / Description\n\n---\nx: y\n---\n"))
	ar, err := txtar.ParseFile("testdata/site.txtar")
	if err != nil {
		f.Fatal(err)
	}
	var cfg *config.Config
	var entry []byte
	for _, file := range ar.Files {
		switch file.Name {
		case config.FileName:
			cfg, _ = config.Parse(file.Data)
		case "content/actors/esimerkki-oy.md":
			entry = file.Data
		}
	}
	updateData, err := os.ReadFile("testdata/golden/forms/update.yml")
	if err != nil {
		f.Fatal(err)
	}
	updateForm, err := forms.ReadForm(updateData)
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, body []byte) {
		a, err := forms.ParseIssue(body, form)
		if err == nil {
			for id := range a.Values {
				if _, ok := a.Labels[id]; !ok {
					t.Errorf("value under %q, which the form does not have", id)
				}
			}
		}
		// Making the file, a new one or a changed one, fails only with a
		// rejection: never a panic, never a file that does not read back.
		for _, fm := range []*forms.Form{form, updateForm} {
			_, err := forms.Apply(forms.Request{Config: cfg, Form: fm, Issue: body, Author: "someone",
				Taken: func(string, string) bool { return false },
				Entry: func(string, string, string) (string, []byte, bool) {
					return "content/actors/esimerkki-oy.md", entry, true
				},
			})
			var rej *forms.Rejected
			if err != nil && !errors.As(err, &rej) {
				t.Errorf("%s: %v", fm.Type(), err)
			}
		}
	})
}

// An update is judged by what it changes: a problem the entry had before
// is not the member's to fix in this form, a new one is.
func TestUpdateIgnoresProblemsTheEntryHadBefore(t *testing.T) {
	dir := site(t)
	file := filepath.Join(dir, "content/actors/toinen-oy.md")
	if err := os.WriteFile(file, []byte("---\nname: Toinen Oy\nkind: company\nemail: ei-osoite\n---\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	form := generated(t, dir)[forms.Update]
	issue := render(form, map[string]string{forms.EntryID: "actors/toinen-oy", "municipality": "Espoo"})
	if _, err := scaffold.FromIssue(context.Background(), scaffold.IssueOptions{Source: dir, Issue: issue, Form: formFile(t, dir, forms.Update), Author: "maija-m"}); err != nil {
		t.Fatal(err)
	}
	issue = render(form, map[string]string{forms.EntryID: "actors/toinen-oy", "website": "ftp://x"})
	_, err := scaffold.FromIssue(context.Background(), scaffold.IssueOptions{Source: dir, Issue: issue, Form: formFile(t, dir, forms.Update), Author: "maija-m"})
	var rej *forms.Rejected
	if !errors.As(err, &rej) || len(rej.Problems) != 1 || !strings.Contains(rej.Markdown(), "Verkkosivut / Website") {
		t.Fatalf("err = %v", err)
	}
}
