package diff

import (
	"unicode"
	"unicode/utf8"

	"github.com/kimppa/kimppa/generator/words"
)

// Langs are the languages a report can be written in.
var Langs = words.Langs

// sentences are the report's sentences in one language; their words are
// package words' diff_ keys, the field, value and type labels the pages
// use.
type sentences struct {
	heading, noChanges, compared, counts               string
	added, removed, changed                            string // headings: "Uusi toimija"
	unset, was, itemsAdded, itemsRemoved, orderChanged string
	yes, no, textChanged, textAdded, textRemoved       string
	transAdded, transRemoved, fileAdded, fileRemoved   string
	fileChanged, siteHeading, file                     string
	invalid, errors                                    string
}

func sentencesIn(w words.Words) sentences {
	g := w.Get
	return sentences{
		heading: g("diff_heading"), noChanges: g("diff_no_changes"), compared: g("diff_compared"), counts: g("diff_counts"),
		added: g("diff_added"), removed: g("diff_removed"), changed: g("diff_changed"),
		unset: g("diff_unset"), was: g("diff_was"), itemsAdded: g("diff_items_added"), itemsRemoved: g("diff_items_removed"),
		orderChanged: g("diff_order_changed"), yes: lower(g("yes")), no: lower(g("no")),
		textChanged: g("diff_text_changed"), textAdded: g("diff_text_added"), textRemoved: g("diff_text_removed"),
		transAdded: g("diff_trans_added"), transRemoved: g("diff_trans_removed"),
		fileAdded: g("diff_file_added"), fileRemoved: g("diff_file_removed"), fileChanged: g("diff_file_changed"),
		siteHeading: g("diff_site_heading"), file: g("diff_file"), invalid: g("diff_invalid"), errors: g("diff_errors"),
	}
}

// lower puts the first letter in lower case, a label inside a sentence,
// unless the word is an acronym ("EU", "SME").
func lower(s string) string {
	first, size := utf8.DecodeRuneInString(s)
	if second, _ := utf8.DecodeRuneInString(s[size:]); unicode.IsUpper(second) {
		return s
	}
	return string(unicode.ToLower(first)) + s[size:]
}
