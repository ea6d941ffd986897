package session_test

import (
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/kimppa/kimppa/bench/corpus"
)

// A save matches again only the needs it can reach, and the site it
// serves is still exactly a clean build's: random edits of profiles,
// challenges, services, projects and funding sources (new summaries and
// titles from other entries' words, a word nobody had, a paragraph
// dropped, a compound of two words, a kind changed, an English
// translation written or removed), on the sample portal and on a
// generated one whose few words most entries share.
func TestSessionRematchesWhatASaveReaches(t *testing.T) {
	for _, site := range []string{"sample", "corpus"} {
		t.Run(site, func(t *testing.T) {
			dir := t.TempDir()
			if site == "sample" {
				copyTree(t, "../..", dir, "kimppa.yaml", "content")
			} else if err := corpus.Write(dir, 240); err != nil {
				t.Fatal(err)
			}
			ss := openSession(t, dir)
			files := needFiles(t, dir)
			pool := wordsOf(t, ss, files)
			r := rand.New(rand.NewPCG(7, uint64(len(files))))
			partial := 0
			for i := range 14 {
				f := files[r.IntN(len(files))]
				what := randomEdit(ss, r, f, pool, i)
				ss.same(what)
				worked, needs := ss.s.MatchWork()
				t.Logf("%s: %d of %d needs", what, worked, needs)
				if worked < needs {
					partial++
				}
			}
			if partial == 0 {
				t.Error("every save matched every need again")
			}
		})
	}
}

// needFiles are the site paths of the default-language files of the
// actors, challenges, services, projects and funding sources of dir.
func needFiles(t *testing.T, dir string) []string {
	var out []string
	for _, typ := range []string{"actors", "challenges", "services", "projects", "funding"} {
		found, _ := filepath.Glob(filepath.Join(dir, "content", typ, "*.md"))
		for _, f := range found {
			if rel, _ := filepath.Rel(dir, f); !strings.Contains(filepath.Base(f), ".en.") && !strings.Contains(filepath.Base(f), ".sv.") {
				out = append(out, filepath.ToSlash(rel))
			}
		}
	}
	slices.Sort(out)
	if len(out) == 0 {
		t.Fatal("no entries")
	}
	return out
}

var wordRe = regexp.MustCompile(`\p{L}{4,}`)

// wordsOf are the words of the files' text, as a pool to edit with.
func wordsOf(t *testing.T, ss *tsession, files []string) []string {
	seen := map[string]bool{}
	var out []string
	for _, f := range files {
		for _, w := range wordRe.FindAllString(ss.read(f), -1) {
			if w = strings.ToLower(w); !seen[w] {
				seen[w] = true
				out = append(out, w)
			}
		}
	}
	return out
}

var (
	summaryRe = regexp.MustCompile(`(?m)^summary\s*[:=].*$`)
	titleRe   = regexp.MustCompile(`(?m)^(name|title)\s*[:=].*$`)
	kindRe    = regexp.MustCompile(`(?m)^kind: [a-z]+$`)
)

// randomEdit makes one random save of the file f and says what it was.
func randomEdit(ss *tsession, r *rand.Rand, f string, pool []string, i int) string {
	text := ss.read(f)
	words := func(n int) string {
		out := make([]string, n)
		for j := range out {
			out[j] = pool[r.IntN(len(pool))]
		}
		return strings.Join(out, " ")
	}
	fence, toml := "---", strings.HasPrefix(text, "+++")
	if toml {
		fence = "+++"
	}
	set := func(re *regexp.Regexp, value string) string {
		return re.ReplaceAllStringFunc(text, func(line string) string {
			key := regexp.MustCompile(`^\w+`).FindString(line)
			if toml {
				return fmt.Sprintf("%s = %q", key, value)
			}
			return fmt.Sprintf("%s: %q", key, value)
		})
	}
	var what string
	en := strings.TrimSuffix(f, ".md") + ".en.md"
	switch op := r.IntN(8); {
	case op == 6 && titleRe.MatchString(text) && !toml:
		key := regexp.MustCompile(`^\w+`).FindString(titleRe.FindString(text))
		ss.write(en, fmt.Sprintf("---\n%s: %q\nsummary: %q\n---\nIn English: %s.\n", key, "The "+words(2), words(4), words(8)))
		return f + ": an English translation written"
	case op == 7 && ss.exists(en):
		ss.remove(en)
		return f + ": its English translation removed"
	case op == 0 && summaryRe.MatchString(text):
		what, text = "summary from other words", set(summaryRe, words(6))
	case op == 1:
		what, text = "a word nobody had", text+fmt.Sprintf("\nUusi sana kierrätyskeksintö%dx ja %s.\n", i, words(2))
	case op == 2 && strings.Count(text, "\n\n") > 1:
		head, body, _ := strings.Cut(text[4:], "\n"+fence)
		paras := strings.Split(body, "\n\n")
		what, text = "a paragraph dropped", fence+"\n"+head+"\n"+fence+strings.Join(slices.Delete(paras, 1, 2), "\n\n")
	case op == 3 && titleRe.MatchString(text):
		what, text = "title from other words", set(titleRe, words(3))
	case op == 4 && kindRe.MatchString(text):
		text = regexp.MustCompile(`(?m)^size: .*\n`).ReplaceAllString(text, "")
		what, text = "kind changed", kindRe.ReplaceAllString(text, "kind: research")
	default:
		a, b := pool[r.IntN(len(pool))], pool[r.IntN(len(pool))]
		what, text = "a compound of two words", text+"\n"+a+b+" ja "+words(3)+".\n"
	}
	what = f + ": " + what
	ss.write(f, text)
	return what
}

// exists reports whether the site has the file rel.
func (ss *tsession) exists(rel string) bool {
	_, err := os.Stat(filepath.Join(ss.dir, filepath.FromSlash(rel)))
	return err == nil
}
