package render

import "github.com/kimppa/kimppa/generator/searchindex"

// searchLabels are the search UI's strings in lang, passed to
// assets/js/search-ui.js as the search page's data-labels.
func searchLabels(lang string) map[string]string { return searchindex.UILabels(lang) }
