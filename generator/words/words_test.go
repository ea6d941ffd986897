package words_test

import (
	"regexp"
	"slices"
	"testing"
	"testing/fstest"

	"github.com/kimppa/kimppa/generator/config"
	"github.com/kimppa/kimppa/generator/schema"
	"github.com/kimppa/kimppa/generator/words"
)

// TestEveryLanguageHasTheSameKeys: a key in one catalogue is in all.
func TestEveryLanguageHasTheSameKeys(t *testing.T) {
	b := words.Default()
	want := b.Keys(words.Langs[0])
	if len(want) == 0 {
		t.Fatal("no words")
	}
	for _, lang := range words.Langs[1:] {
		got := b.Keys(lang)
		for _, k := range want {
			if !slices.Contains(got, k) {
				t.Errorf("%s.yaml lacks %s", lang, k)
			}
		}
		for _, k := range got {
			if !slices.Contains(want, k) {
				t.Errorf("%s.yaml has %s, which %s.yaml lacks", lang, k, words.Langs[0])
			}
		}
	}
}

// TestEveryFieldAndValueHasALabel: every field of the field table (also
// inside lists of objects), every value of an enumeration and every type
// has its words in every language. Taxonomy fields are labelled by the
// site's kimppa.yaml.
func TestEveryFieldAndValueHasALabel(t *testing.T) {
	b := words.Default()
	has := func(lang, key string) {
		t.Helper()
		if s, ok := b.Own(lang, key); !ok || s == "" {
			t.Errorf("%s.yaml has no %s: add a line `%s: \"…\"` to generator/words/%s.yaml", lang, key, key, lang)
		}
	}
	var fields func(lang string, fs []schema.Field)
	fields = func(lang string, fs []schema.Field) {
		for _, f := range fs {
			if f.Kind == schema.Terms {
				continue
			}
			has(lang, "f_"+f.Name)
			for _, v := range f.Values {
				has(lang, words.EnumKey(f.Name)+"_"+v)
			}
			fields(lang, f.Fields)
		}
	}
	for _, lang := range words.Langs {
		for _, typ := range schema.Types([]string{"focus_areas"}) {
			fields(lang, typ.Fields)
		}
		for _, typ := range config.Types {
			has(lang, "one_"+typ)
			has(lang, "type_"+typ)
			has(lang, typ+"_n")
		}
	}
}

var placeholder = regexp.MustCompile(`\{[a-z_]+\}|%[sdvq]`)

// TestPlaceholdersAgree: a word fills in the same placeholders in every
// language, so no translation drops a name or a number.
func TestPlaceholdersAgree(t *testing.T) {
	b := words.Default()
	for _, key := range b.Keys("fi") {
		fi, _ := b.Own("fi", key)
		want := placeholder.FindAllString(fi, -1)
		slices.Sort(want)
		for _, lang := range words.Langs[1:] {
			s, _ := b.Own(lang, key)
			got := placeholder.FindAllString(s, -1)
			slices.Sort(got)
			if !slices.Equal(got, want) {
				t.Errorf("%s %s: placeholders %v, fi has %v", lang, key, got, want)
			}
		}
	}
}

// TestASiteOverridesWords: a site's i18n/<lang>.yaml changes only the
// words it holds, and may add a language, whose missing words are
// English.
func TestASiteOverridesWords(t *testing.T) {
	site := fstest.MapFS{
		"i18n/fi.yaml": {Data: []byte("search: Etsi\nmy_own: Oma sana\n")},
		"i18n/de.yaml": {Data: []byte("search: Suche\n")},
	}
	b, diags := words.Load(site)
	if len(diags) > 0 {
		t.Fatal(diags)
	}
	fi := b.In("fi")
	if fi.Get("search") != "Etsi" || fi.Get("my_own") != "Oma sana" || fi.Get("menu") != "Valikko" {
		t.Errorf("fi: search %q, my_own %q, menu %q", fi.Get("search"), fi.Get("my_own"), fi.Get("menu"))
	}
	if de := b.In("de"); de.Get("search") != "Suche" || de.Get("menu") != "Menu" {
		t.Errorf("de: search %q, menu %q", de.Get("search"), de.Get("menu"))
	}
	if words.In("fi").Get("search") != "Haku" {
		t.Error("a site's words changed the embedded ones")
	}
	_, diags = words.Load(fstest.MapFS{"i18n/fi.yaml": {Data: []byte("search: [not, a, word]\n")}})
	if len(diags) != 1 || diags[0].Pos.File != "i18n/fi.yaml" {
		t.Errorf("a bad file: %v", diags)
	}
}

func TestLookups(t *testing.T) {
	w := words.In("sv")
	for _, c := range []struct{ got, want string }{
		{w.Enum("audience", "company"), "Företag"},
		{w.Enum("kind", "unknown"), "unknown"},
		{w.Field("business_id"), "FO-nummer"},
		{w.Field("no_such_field"), ""},
		{w.Fill("days_left", "n", "3"), "3 dagar kvar"},
		{w.Get("no_such_key"), "no_such_key"},
		{w.One("actors"), "Aktör"},
	} {
		if c.got != c.want {
			t.Errorf("got %q, want %q", c.got, c.want)
		}
	}
}
