package searchindex

// uiLabels are the texts of the search page (assets/js/search-ui.js reads
// them from the data-labels attribute of #search-app). {n} is a number, {q}
// the query.
var uiLabels = map[string]map[string]string{
	"fi": {
		"results":      "{n} tulosta",
		"results_one":  "1 tulos",
		"no_results":   "Ei tuloksia haulle {q}. Kokeile toista sanaa tai poista rajauksia.",
		"browse":       "{n} kohdetta",
		"loading":      "Haetaan…",
		"error":        "Haku ei juuri nyt toimi. Yritä myöhemmin uudelleen.",
		"filters":      "Rajaa tuloksia",
		"clear":        "Poista rajaukset",
		"more":         "Näytä lisää tuloksia",
		"results_list": "Hakutulokset",
	},
	"en": {
		"results":      "{n} results",
		"results_one":  "1 result",
		"no_results":   "No results for {q}. Try another word or remove filters.",
		"browse":       "{n} entries",
		"loading":      "Searching…",
		"error":        "Search is not available right now. Please try again later.",
		"filters":      "Filter results",
		"clear":        "Clear filters",
		"more":         "Show more results",
		"results_list": "Search results",
	},
	"sv": {
		"results":      "{n} träffar",
		"results_one":  "1 träff",
		"no_results":   "Inga träffar för {q}. Pröva ett annat ord eller ta bort filter.",
		"browse":       "{n} poster",
		"loading":      "Söker…",
		"error":        "Sökningen fungerar inte just nu. Försök igen senare.",
		"filters":      "Filtrera resultat",
		"clear":        "Rensa filter",
		"more":         "Visa fler resultat",
		"results_list": "Sökresultat",
	},
}

// UILabels returns the search page's texts in lang (English for a language
// it does not know), for the data-labels attribute of #search-app. The map
// is a copy.
func UILabels(lang string) map[string]string {
	src, ok := uiLabels[lang]
	if !ok {
		src = uiLabels["en"]
	}
	out := make(map[string]string, len(src))
	for k, v := range src {
		out[k] = v
	}
	return out
}
