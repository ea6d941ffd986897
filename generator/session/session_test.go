package session_test

import (
	"bytes"
	"context"
	"fmt"
	"io/fs"
	"maps"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/kimppa/kimppa/generator"
	"github.com/kimppa/kimppa/generator/opendata"
	"github.com/kimppa/kimppa/generator/output"
	"github.com/kimppa/kimppa/generator/packed"
	"github.com/kimppa/kimppa/generator/session"
)

// fixedToday is the date the sessions are checked on, so that warnings
// about passed dates do not change with the calendar; it is after the
// sample site's last updated date, which may not be in the future.
const fixedToday = "2026-12-01"

// session is a Session on a copy of the repository's sample site, checked
// against clean builds of the same files.
type tsession struct {
	t    *testing.T
	dir  string
	opts generator.Options
	s    *session.Session
	// The outcome of the last Update and, when it left work pending, of
	// the last Finish after it; later lists the paths the Finish steps
	// changed.
	first, last *session.Update
	later       []string
}

// newSession opens a session on a copy of the sample site and builds it.
func newSession(t *testing.T) *tsession {
	t.Helper()
	dir := t.TempDir()
	copyTree(t, "../..", dir, "kimppa.yaml", "content")
	return openSession(t, dir)
}

// openSession opens a session on the site in dir, builds it and checks
// that the build is valid and equals a clean one.
func openSession(t *testing.T, dir string) *tsession {
	t.Helper()
	opts := generator.Options{Source: dir, BaseURL: "http://127.0.0.1:1313/", Today: fixedToday}
	s, err := session.Open(opts)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	ss := &tsession{t: t, dir: dir, opts: opts, s: s}
	u, err := s.Build(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if !u.Valid {
		t.Fatalf("the site is invalid:\n%s", diagText(u))
	}
	ss.last = u
	ss.same("first build")
	return ss
}

// copyTree copies the named entries of dir src into dst.
func copyTree(t testing.TB, src, dst string, names ...string) {
	t.Helper()
	for _, name := range names {
		err := filepath.WalkDir(filepath.Join(src, name), func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			rel, _ := filepath.Rel(src, p)
			if d.IsDir() {
				return os.MkdirAll(filepath.Join(dst, rel), 0o755)
			}
			data, err := os.ReadFile(p)
			if err != nil {
				return err
			}
			return os.WriteFile(filepath.Join(dst, rel), data, 0o644)
		})
		if err != nil {
			t.Fatal(err)
		}
	}
}

func diagText(u *session.Update) string {
	var b bytes.Buffer
	u.Diags.Write(&b, "text")
	return b.String()
}

// write writes a file of the site and updates the session.
func (ss *tsession) write(rel, text string) *session.Update {
	ss.t.Helper()
	full := filepath.Join(ss.dir, filepath.FromSlash(rel))
	if err := os.MkdirAll(filepath.Dir(full), 0o755); err != nil {
		ss.t.Fatal(err)
	}
	if err := os.WriteFile(full, []byte(text), 0o644); err != nil {
		ss.t.Fatal(err)
	}
	return ss.update(rel)
}

// edit replaces old with new in a file of the site.
func (ss *tsession) edit(rel, old, new string) *session.Update {
	ss.t.Helper()
	text := ss.read(rel)
	if !strings.Contains(text, old) {
		ss.t.Fatalf("%s has no %q", rel, old)
	}
	return ss.write(rel, strings.Replace(text, old, new, 1))
}

// editRe replaces the first match of re in a file of the site.
func (ss *tsession) editRe(rel, re, new string) *session.Update {
	ss.t.Helper()
	text := ss.read(rel)
	r := regexp.MustCompile(re)
	if !r.MatchString(text) {
		ss.t.Fatalf("%s has no match for %s", rel, re)
	}
	done := false
	return ss.write(rel, r.ReplaceAllStringFunc(text, func(m string) string {
		if done {
			return m
		}
		done = true
		return r.ReplaceAllString(m, new)
	}))
}

func (ss *tsession) read(rel string) string {
	ss.t.Helper()
	data, err := os.ReadFile(filepath.Join(ss.dir, filepath.FromSlash(rel)))
	if err != nil {
		ss.t.Fatal(err)
	}
	return string(data)
}

func (ss *tsession) remove(rel string) *session.Update {
	ss.t.Helper()
	if err := os.RemoveAll(filepath.Join(ss.dir, filepath.FromSlash(rel))); err != nil {
		ss.t.Fatal(err)
	}
	return ss.update(rel)
}

func (ss *tsession) rename(from, to string) *session.Update {
	ss.t.Helper()
	if err := os.Rename(filepath.Join(ss.dir, filepath.FromSlash(from)), filepath.Join(ss.dir, filepath.FromSlash(to))); err != nil {
		ss.t.Fatal(err)
	}
	return ss.update(from, to)
}

func (ss *tsession) update(paths ...string) *session.Update {
	ss.t.Helper()
	u, err := ss.s.Update(context.Background(), paths)
	if err != nil {
		ss.t.Fatal(err)
	}
	ss.first, ss.later = u, nil
	// Finish goes one step at a time: the pages that list many
	// entities, then the search index.
	for step := 0; u.Pending; step++ {
		if step == 2 {
			ss.t.Fatal("Finish left work pending after two steps")
		}
		wasSearch := u.SearchPending
		if u, err = ss.s.Finish(context.Background()); err != nil {
			ss.t.Fatal(err)
		}
		ss.later = append(ss.later, u.Paths...)
		if wasSearch && u.Pending {
			ss.t.Fatal("Finish left work pending after building the search index")
		}
		if u.Pending && !u.SearchPending {
			ss.t.Fatal("after the pages, only the search index may be pending")
		}
	}
	ss.last = u
	return u
}

// same checks that the session serves exactly what a clean build of the
// same files gives.
func (ss *tsession) same(what string) {
	ss.t.Helper()
	if !ss.last.Valid {
		ss.t.Fatalf("%s: the site is invalid:\n%s", what, diagText(ss.last))
	}
	want := cleanBuild(ss.t, ss.opts)
	delete(want, opendata.WorkbookFile) // a preview does not make it (render.Page.InPreview)
	if diff := diffFiles(want, ss.last.Files.Unpacked()); diff != "" {
		ss.t.Errorf("%s: the session differs from a clean build (full %v):\n%s", what, ss.last.Full, diff)
	}
}

func cleanBuild(t *testing.T, opts generator.Options) output.Files {
	t.Helper()
	p, err := generator.Load(context.Background(), opts)
	if err != nil {
		t.Fatal(err)
	}
	defer p.Close()
	if p.Diags.Failed(false) {
		var b bytes.Buffer
		p.Diags.Write(&b, "text")
		t.Fatalf("clean build: invalid:\n%s", b.String())
	}
	files, err := p.Render(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return files
}

// diffFiles describes how got differs from want, or returns "".
func diffFiles(want, got output.Files) string {
	var out []string
	for _, p := range want.Paths() {
		g, ok := got[p]
		switch {
		case !ok:
			out = append(out, "missing "+p)
		case !bytes.Equal(g, want[p]):
			out = append(out, fmt.Sprintf("differs %s: %s", p, firstDiff(want[p], g)))
		}
	}
	for _, p := range got.Paths() {
		if _, ok := want[p]; !ok {
			out = append(out, "extra "+p)
		}
	}
	if len(out) > 12 {
		out = append(out[:12], fmt.Sprintf("… and %d more", len(out)-12))
	}
	return strings.Join(out, "\n")
}

func firstDiff(want, got []byte) string {
	i := 0
	for i < len(want) && i < len(got) && want[i] == got[i] {
		i++
	}
	clip := func(b []byte) string {
		from, to := max(0, i-40), min(len(b), i+60)
		return fmt.Sprintf("%q", b[from:to])
	}
	return "want …" + clip(want) + "… got …" + clip(got) + "…"
}

func TestSessionMatchesCleanBuildAfterEachEdit(t *testing.T) {
	ss := newSession(t)

	ss.editRe("content/actors/vtt.md", `(?m)^summary: .*$`, `summary: "Tutkimuskeskus, jonka kuvaus muuttui."`)
	ss.same("summary of an actor changed")
	if ss.first.Full || !ss.first.Pending || !slices.Contains(ss.first.Paths, "toimijat/vtt/index.html") {
		t.Errorf("a summary change: full %v, pending %v, paths %v; want the actor's page at once and the rest later", ss.first.Full, ss.first.Pending, ss.first.Paths)
	}
	if ss.last.Full || !slices.Contains(ss.later, "toimijat/index.html") || !slices.Contains(ss.later, "search/index.json") {
		t.Errorf("a summary change: then full %v, paths %v; want the list of actors and the search index", ss.last.Full, ss.later)
	}

	ss.editRe("content/actors/vtt.md", `(?m)^name: .*$`, `name: VTT uudella nimellä`)
	ss.same("name of an actor changed")

	// The date a page was updated shows in the sitemap and the latest list.
	ss.editRe("content/actors/clic-innovation.md", `(?m)^updated: .*$`, `updated: 2026-11-01`)
	ss.same("updated date of an actor changed")

	ss.write("content/actors/uusi-toimija.md", "---\nname: Uusi Toimija Oy\nkind: company\nsize: sme\nsummary: Aivan uusi.\nfocus_areas: [plastics]\n---\nUusi toimija.\n")
	ss.same("actor added")

	ss.editRe("content/services/ekomo.md", `(?m)^providers: .*$`, `providers: [uusi-toimija]`)
	ss.same("service moved to the new actor: reverse links move")

	ss.write("content/actors/uusi-toimija.en.md", "---\nname: New Actor Ltd\nsummary: Brand new.\n---\nA new actor.\n")
	ss.same("translation added")

	ss.rename("content/actors/uusi-toimija.en.md", "content/actors/uusi-toimija.fi.md")
	if ss.last.Valid {
		t.Errorf("a second default-language file is valid")
	}
	ss.remove("content/actors/uusi-toimija.fi.md")
	ss.same("translation removed")

	ss.edit("content/services/ekomo.md", "providers: [uusi-toimija]", "providers: [hsy]")
	ss.remove("content/actors/uusi-toimija.md")
	ss.same("actor deleted")

	ss.edit("content/services/ekomo.md", "---\ntitle:", "---\ndraft: true\ntitle:")
	ss.same("service made a draft")
	ss.edit("content/services/ekomo.md", "---\ndraft: true\ntitle:", "---\ntitle:")
	ss.same("service published again")

	// The open data's tables leave out references to drafts: the rows
	// that name the actor change with it.
	ss.edit("content/actors/hsy.md", "---\nname:", "---\ndraft: true\nname:")
	ss.same("actor made a draft: the rows that name it")
	ss.edit("content/actors/hsy.md", "---\ndraft: true\nname:", "---\nname:")
	ss.same("actor published again")

	ss.rename("content/services/ekomo.md", "content/services/ekomo-keskus.md")
	ss.same("service renamed")

	ss.editRe("content/funding/life.md", `(?m)^name = .*$`, `name = "LIFE-ohjelma"`)
	ss.same("name of a funding source changed: projects and their actors")

	ss.editRe("content/pages/about.md", `(?m)^title: .*$`, `title: Tietoa meistä`)
	ss.same("title of a free page changed: every page's navigation")

	// KEMU's schema.org data types the funder of its funding source
	ss.editRe("content/actors/business-finland.md", `(?m)^kind: .*$`, `kind: other`)
	ss.same("kind of a funder changed: the projects its funding sources fund")
}

func TestSessionKeepsLastValidSiteWhileContentIsBroken(t *testing.T) {
	ss := newSession(t)
	good := ss.last.Files
	before := ss.read("content/actors/vtt.md")
	u := ss.write("content/actors/vtt.md", strings.Replace(before, "kind: research", "kind: [research", 1))
	if u.Valid {
		t.Fatal("a broken front matter is valid")
	}
	if !sameMap(u.Files, good) {
		t.Errorf("a broken file changed the served site")
	}
	if len(u.Diags) == 0 || u.Diags[0].Pos.File != "content/actors/vtt.md" || u.Diags[0].Pos.Line == 0 {
		t.Errorf("diagnostics = %v, want one at a line of content/actors/vtt.md", u.Diags)
	}
	ss.editRe("content/actors/hsy.md", `(?m)^summary: .*$`, `summary: "Muutettu, kun toinen tiedosto on rikki."`)
	if ss.last.Valid || !sameMap(ss.last.Files, good) {
		t.Errorf("an edit while another file is broken: valid %v", ss.last.Valid)
	}
	ss.write("content/actors/vtt.md", strings.Replace(before, "municipality: Espoo", "municipality: Espoo (Otaniemi)", 1))
	ss.same("broken file fixed, with another edit made meanwhile")
}

// kimppa.yaml removed while serving is said as check says it, over the
// last good site.
func TestSessionSaysAMissingConfigAsCheckDoes(t *testing.T) {
	dir := t.TempDir()
	for name, text := range map[string]string{
		"kimppa.yaml":            "title: Testi\nlanguages: [fi, en]\n",
		"content/actors/alfa.md": "---\nname: Alfa Oy\nkind: company\n---\nAlfa.\n",
	} {
		full := filepath.Join(dir, filepath.FromSlash(name))
		os.MkdirAll(filepath.Dir(full), 0o755)
		if err := os.WriteFile(full, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	ss := openSession(t, dir)
	good := ss.last.Files
	u := ss.remove("kimppa.yaml")
	_, err := generator.Check(context.Background(), generator.Options{Source: dir})
	if err == nil {
		t.Fatal("check of a site without kimppa.yaml passes")
	}
	if u.Valid || len(u.Diags) != 1 || u.Diags[0].Message != err.Error() {
		t.Errorf("diagnostics = %v, want one: %s", u.Diags, err)
	}
	if !sameMap(u.Files, good) {
		t.Errorf("the last good site is not served any more")
	}
}

func TestSessionRebuildsEverythingWhenTheThemeOrConfigurationChanges(t *testing.T) {
	ss := newSession(t)
	ss.edit("kimppa.yaml", "Uudenmaan kiertotalouslaakso", "Uudenmaan kiertotalouslaakso (testi)")
	if !ss.last.Full {
		t.Errorf("a configuration change did not rebuild everything")
	}
	ss.same("configuration changed")
	css, err := fs.ReadFile(os.DirFS("../.."), "assets/css/site.css")
	if err != nil {
		t.Fatal(err)
	}
	ss.write("assets/css/site.css", string(css)+"\n.test-only{color:red}\n")
	ss.same("theme stylesheet overridden")
	ss.remove("assets")
	ss.same("theme override removed")
}

func TestSessionIgnoresUnchangedSaves(t *testing.T) {
	ss := newSession(t)
	ss.edit("content/actors/vtt.md", "kind: research", "kind: research")
	if ss.last.Rendered != 0 || len(ss.last.Paths) != 0 {
		t.Errorf("saving a file unchanged rendered %d pages", ss.last.Rendered)
	}
}

func TestSessionFollowsBundleFiles(t *testing.T) {
	ss := newSession(t)
	bundle := "content/actors/helsingin-kaupunki"
	logo, err := os.ReadFile(filepath.Join(ss.dir, bundle, "logo.png"))
	if err != nil {
		t.Skip("the sample has no bundle logo")
	}
	ss.write(bundle+"/logo.png", string(append(slices.Clone(logo), 0)))
	ss.same("bundle logo replaced")
	ss.rename(bundle, "content/actors/helsinki")
	ss.update("content/actors") // as a watcher sees a folder renamed
	if ss.last.Valid {
		ss.same("bundle renamed")
	}
	ss.rename("content/actors/helsinki", bundle)
	ss.same("bundle renamed back")
}

// TestSessionTitlesAndSummaries changes the title and then the summary of
// entities of the sample, one at a time, and compares each result with a
// clean build: the rules of what a change touches must hold for every
// page the renderer makes. It takes three entities of each type;
// KIMPPA_SWEEP=all takes every entity.
func TestSessionTitlesAndSummaries(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the sample site dozens of times")
	}
	ss := newSession(t)
	byType := map[string][]string{}
	filepath.WalkDir(filepath.Join(ss.dir, "content"), func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasSuffix(p, ".md") {
			rel, _ := filepath.Rel(ss.dir, p)
			rel = filepath.ToSlash(rel)
			typ := strings.Split(rel, "/")[1]
			byType[typ] = append(byType[typ], rel)
		}
		return nil
	})
	var files []string
	for _, typ := range slices.Sorted(maps.Keys(byType)) {
		all := byType[typ]
		if os.Getenv("KIMPPA_SWEEP") == "all" || len(all) <= 3 {
			files = append(files, all...)
			continue
		}
		files = append(files, all[0], all[len(all)/2], all[len(all)-1])
	}
	title := regexp.MustCompile(`(?m)^(name|title)( *[:=] *)"?([^"\n]*)"?$`)
	summary := regexp.MustCompile(`(?m)^summary( *[:=] *)"?([^"\n]*)"?$`)
	for i, f := range files {
		text := ss.read(f)
		if m := title.FindStringSubmatchIndex(text); m != nil {
			ss.write(f, text[:m[0]]+title.ReplaceAllString(text[m[0]:m[1]], fmt.Sprintf(`$1$2"$3 %d"`, i))+text[m[1]:])
			ss.same("title of " + f)
			text = ss.read(f)
		}
		if m := summary.FindStringSubmatchIndex(text); m != nil {
			ss.write(f, text[:m[0]]+summary.ReplaceAllString(text[m[0]:m[1]], fmt.Sprintf(`summary$1"$2 %d"`, i))+text[m[1]:])
			ss.same("summary of " + f)
		}
		if t.Failed() {
			return
		}
	}
}

func sameMap(a, b packed.Files) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if w, ok := b[k]; !ok || !bytes.Equal(v, w) {
			return false
		}
	}
	return true
}

// TestSessionSurvivesAnInternalError: a panic during a rebuild (a bug in
// kimppa, never the content's fault) becomes an error; the session goes on
// and the next save rebuilds the whole site as a clean build would.
func TestSessionSurvivesAnInternalError(t *testing.T) {
	ss := newSession(t)
	undo := session.SetRebuildHook(func() { panic("boom") })
	path := filepath.Join(ss.dir, "content/actors/vtt.md")
	before := ss.read("content/actors/vtt.md")
	if err := os.WriteFile(path, []byte(strings.Replace(before, "municipality: Espoo", "municipality: Espoo (Otaniemi)", 1)), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err := ss.s.Update(context.Background(), []string{"content/actors/vtt.md"})
	undo()
	if err == nil || !strings.Contains(err.Error(), "internal error: boom") {
		t.Fatalf("Update with a panicking rebuild: err = %v, want an internal error", err)
	}
	ss.editRe("content/actors/hsy.md", `(?m)^summary: .*$`, `summary: "Muutettu virheen jälkeen."`)
	ss.same("an edit after an internal error")
}

// A session reports a symbolic link and a file over 1 MB once each, like
// check, and never reads the large file whole or follows the link.
func TestSessionReportsLinksAndLargeFilesOnce(t *testing.T) {
	ss := newSession(t)
	before := ss.read("content/actors/vtt.md")
	full := filepath.Join(ss.dir, "content", "actors", "vtt.md")
	if err := os.Remove(full); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink("hsy.md", full); err != nil {
		t.Skipf("cannot make a symbolic link here: %v", err)
	}
	u := ss.update("content/actors/vtt.md")
	if got := diagText(u); u.Valid || strings.Count(got, "error:") != 1 || !strings.Contains(got, "content/actors/vtt.md:1:1: error: symbolic links are not followed") {
		t.Errorf("a linked file: valid %v, diagnostics:\n%s", u.Valid, got)
	}
	if err := os.Remove(full); err != nil {
		t.Fatal(err)
	}
	u = ss.write("content/actors/vtt.md", before+strings.Repeat("Pitkä teksti. ", 1<<17))
	if got := diagText(u); u.Valid || strings.Count(got, "error:") != 1 || !strings.Contains(got, "content/actors/vtt.md:1:1: error: content file is 1.") {
		t.Errorf("a file over 1 MB: valid %v, diagnostics:\n%s", u.Valid, got)
	}
	ss.write("content/actors/vtt.md", before)
	ss.same("the link and the large file replaced by the file")
}

// A Finish step whose context is cancelled (serve cancels it when files
// change) returns an error and leaves the session as it was; the next
// save takes its work along, and the result is a clean build's.
func TestSessionCancelledFinishLeavesItsWorkForTheNextSave(t *testing.T) {
	ss := newSession(t)
	cancelled, cancel := context.WithCancel(context.Background())
	cancel()
	finish := func(ctx context.Context) (*session.Update, error) { return ss.s.Finish(ctx) }
	text := ss.read("content/actors/vtt.md")
	edited := regexp.MustCompile(`(?m)^summary: .*$`).ReplaceAllString(text, `summary: "Ensimmäinen muutos."`)
	if err := os.WriteFile(filepath.Join(ss.dir, "content", "actors", "vtt.md"), []byte(edited), 0o644); err != nil {
		t.Fatal(err)
	}
	if u, err := ss.s.Update(context.Background(), []string{"content/actors/vtt.md"}); err != nil || !u.Pending {
		t.Fatalf("update: %v; want pending work", err)
	}
	if _, err := finish(cancelled); err == nil {
		t.Fatal("a cancelled Finish of the lists reported no error")
	}
	if u, err := finish(context.Background()); err != nil || !u.SearchPending {
		t.Fatalf("the lists: %v; want the search index pending", err)
	}
	if _, err := finish(cancelled); err == nil {
		t.Fatal("a cancelled Finish of the search index reported no error")
	}
	ss.editRe("content/actors/vtt.md", `(?m)^summary: .*$`, `summary: "Toinen muutos."`)
	ss.same("a save after a cancelled Finish")
}
