// Package words holds every word kimppa shows people, one catalogue per
// language (fi.yaml, en.yaml, sv.yaml, embedded): the pages, the search
// box, the issue forms and the review comment of a pull request all look
// their words up here. A site changes words as it changes its theme: its
// own i18n/<lang>.yaml is laid over the embedded catalogue, key by key,
// and may add a language of its own.
package words

import (
	"embed"
	"fmt"
	"io/fs"
	"maps"
	"path"
	"slices"
	"strings"
	"sync"

	"gopkg.in/yaml.v3"

	"github.com/kimppa/kimppa/generator/diag"
)

//go:embed *.yaml
var embedded embed.FS

// Langs are the languages with a catalogue of their own.
var Langs = []string{"fi", "en", "sv"}

// Dir is the folder of a site's own catalogues.
const Dir = "i18n"

// Book is the catalogues of every language.
type Book struct {
	cats map[string]map[string]string
	in   sync.Map // lang → Words: In's merge, made once (pages and search docs ask for it per entity)
}

// Default is the embedded catalogues.
var Default = sync.OnceValue(func() *Book {
	b := &Book{cats: map[string]map[string]string{}}
	for _, lang := range Langs {
		m, err := parse(embedded, lang+".yaml")
		if err != nil {
			panic(err) // the embedded files are tested
		}
		b.cats[lang] = m
	}
	return b
})

// In is lang's words from the embedded catalogues.
func In(lang string) Words { return Default().In(lang) }

// Load lays a site's i18n/<lang>.yaml files over the embedded catalogues.
// A file that cannot be read is an error and leaves its language as it
// was.
func Load(site fs.FS) (*Book, diag.List) {
	var diags diag.List
	names, err := fs.Glob(site, Dir+"/*.yaml")
	if err != nil || len(names) == 0 {
		return Default(), nil
	}
	b := &Book{cats: maps.Clone(Default().cats)}
	for _, name := range names {
		m, err := parse(site, name)
		if err != nil {
			diags.Errorf(diag.Pos{File: name}, "", "write the file as YAML: one line `key: \"word\"` per word", "%v", err)
			continue
		}
		lang := strings.TrimSuffix(path.Base(name), ".yaml")
		over := maps.Clone(b.cats[lang])
		if over == nil {
			over = map[string]string{}
		}
		maps.Copy(over, m)
		b.cats[lang] = over
	}
	return b, diags
}

func parse(fsys fs.FS, name string) (map[string]string, error) {
	data, err := fs.ReadFile(fsys, name)
	if err != nil {
		return nil, err
	}
	var m map[string]string
	if err := yaml.Unmarshal(data, &m); err != nil {
		return nil, fmt.Errorf("words: %s: %w", name, err)
	}
	return m, nil
}

// In is lang's words. A key lang's catalogue lacks comes from English,
// then Finnish, so a site may add a language one word at a time.
func (b *Book) In(lang string) Words {
	if w, ok := b.in.Load(lang); ok {
		return w.(Words)
	}
	m := maps.Clone(b.cats["fi"])
	maps.Copy(m, b.cats["en"])
	maps.Copy(m, b.cats[lang])
	w, _ := b.in.LoadOrStore(lang, Words{Lang: lang, m: m})
	return w.(Words)
}

// Words is one language's words.
type Words struct {
	Lang string
	m    map[string]string
}

// Get is the word of key, or key itself when there is none.
func (w Words) Get(key string) string {
	if s, ok := w.m[key]; ok {
		return s
	}
	return key
}

// Has says whether key has a word.
func (w Words) Has(key string) bool { _, ok := w.m[key]; return ok }

// Fill is the word of key with its {name} placeholders replaced by the
// pairs' values: Fill("days_left", "n", "3").
func (w Words) Fill(key string, pairs ...string) string { return Fill(w.Get(key), pairs...) }

// Fill replaces {name} placeholders in s with the pairs' values.
func Fill(s string, pairs ...string) string {
	for i := 0; i+1 < len(pairs); i += 2 {
		s = strings.ReplaceAll(s, "{"+pairs[i]+"}", pairs[i+1])
	}
	return s
}

// Field is the label of a field of the field table ("Y-tunnus"), or ""
// when it has none.
func (w Words) Field(name string) string { return w.m["f_"+name] }

// EnumKey is the prefix of the labels of field's values: the fields that
// take actor kinds (audience, eligible, seeking) share kind's labels.
func EnumKey(field string) string {
	switch field {
	case "audience", "eligible", "seeking":
		return "kind"
	}
	return field
}

// Enum is the label of value of an enumerated field ("Yritys" for kind
// company), or the value itself when it has none.
func (w Words) Enum(field, value string) string {
	if s, ok := w.m[EnumKey(field)+"_"+value]; ok {
		return s
	}
	return value
}

// One names one entity of a type ("Toimija"), Many the type's section
// ("Toimijat").
func (w Words) One(typ string) string  { return w.Get("one_" + typ) }
func (w Words) Many(typ string) string { return w.Get("type_" + typ) }

// Map is a copy of every word, for templates.
func (w Words) Map() map[string]string { return maps.Clone(w.m) }

// Keys are the keys of lang's own catalogue, sorted.
func (b *Book) Keys(lang string) []string { return slices.Sorted(maps.Keys(b.cats[lang])) }

// Own is the word of key in lang's own catalogue, without fallback.
func (b *Book) Own(lang, key string) (string, bool) {
	s, ok := b.cats[lang][key]
	return s, ok
}
