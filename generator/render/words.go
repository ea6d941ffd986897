package render

import (
	"cmp"
	"strconv"
	"strings"

	"github.com/kimppa/kimppa/generator/words"
)

// The pages' words come from package words: model.Site.Words, the site's
// i18n/ over the embedded catalogues. r.labels holds each language's
// words whole for the templates (.L).

// label is the word of key in lang, or the key itself.
func (r *Renderer) label(lang, key string) string { return r.words(lang).Get(key) }

// enumLabel is the label of a value of an enumerated field, or the value.
func (r *Renderer) enumLabel(lang, field, value string) string {
	return r.words(lang).Enum(field, value)
}

// words are lang's words.
func (r *Renderer) words(lang string) words.Words {
	if w, ok := r.langWords[lang]; ok {
		return w
	}
	return cmp.Or(r.book, words.Default()).In(lang)
}

// count says "n things" of a type: "1 hanke", "10 hanketta"; "1 project",
// "10 projects".
func (r *Renderer) count(lang, typ string, n int) string {
	if n == 1 {
		return "1 " + strings.ToLower(r.label(lang, "one_"+typ))
	}
	return strconv.Itoa(n) + " " + r.label(lang, typ+"_n")
}

// langNames are the names of languages in themselves, for the switch.
var langNames = map[string]string{"fi": "Suomi", "en": "English", "sv": "Svenska", "se": "Davvisámegiella", "et": "Eesti", "de": "Deutsch", "fr": "Français"}

func langName(lang string) string {
	if n, ok := langNames[lang]; ok {
		return n
	}
	return strings.ToUpper(lang)
}
