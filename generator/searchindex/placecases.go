package searchindex

import "strings"

// A place's name declines as a Finnish noun does, and the stemmer does
// not undo all of it: a name in -nen changes its stem ("Oulainen",
// "Oulaisissa"), a name whose last syllable grades has a weak stem
// ("Lahti", "Lahdessa"; "Turku", "Turussa"; "Kalajoki", "Kalajoella";
// "Lappi", "Lapissa"), a name in a long vowel takes -hVn into it
// ("Järvenpäähän"), and "Uusi-" in a name declines with the rest
// ("Uusimaa", "Uudellamaalla"). declined are those forms, made from
// the names the binary has (places.Names), so that "Kempeleessä" and
// "Lahdessa" say where a need is as "Helsingissä" does: they rank what
// is there and are no reasons. search.js makes the same forms
// (placeDeclined).

// localCases are the local cases and the genitive on a weak stem.
var localCases = []string{"n", "ssa", "sta", "lla", "lta", "lle"}

// declined are the case forms of a folded one-word name that its key,
// placeCases and placeEndings do not find.
func declined(f string) []string {
	n := len(f)
	if n < minPlaceCase || !isAZ(f) {
		return nil
	}
	var out []string
	if base, ok := strings.CutSuffix(f, "nen"); ok && n >= 7 { // Oulainen: Oulaisen, Oulaisissa, Oulaisiin
		for _, e := range []string{"sen", "sessa", "sesta", "seen", "sella", "selta", "selle", "sta", "sissa", "sista", "siin", "silla", "silta", "sille", "sten"} {
			out = append(out, base+e)
		}
		return out
	}
	if !isVowel(f[n-1]) {
		return nil
	}
	if rest, ok := strings.CutPrefix(f, "uusi"); ok && len(rest) >= 3 { // Uusimaa: Uudellamaalla; Uusikaupunki: Uudessakaupungissa
		if w := weakStem(rest); w != "" {
			rest = w
		}
		for _, c := range localCases {
			out = append(out, "uude"+c+rest+c)
		}
	}
	if v := f[n-1]; f[n-2] == v { // a long vowel: Järvenpäähän, Joensuuhun
		return append(out, f+"h"+string(v)+"n")
	}
	if weak := weakStem(f); weak != "" {
		stems := []string{weak}
		if f[n-1] == 'i' { // Lahti: Lahdessa; an old name in -i has an e-stem
			stems = append(stems, weak[:len(weak)-1]+"e")
		}
		for _, s := range stems {
			for _, c := range localCases {
				out = append(out, s+c)
			}
		}
	}
	return out
}

// weakGrades are the strong grades of a consonant before a name's last
// vowel and their weak grades, the longer first.
var weakGrades = [][2]string{
	{"kk", "k"}, {"pp", "p"}, {"tt", "t"}, {"nk", "ng"}, {"mp", "mm"}, {"nt", "nn"}, {"lt", "ll"},
	{"rt", "rr"}, {"ht", "hd"}, {"rk", "r"}, {"lk", "l"}, {"hk", "h"},
}

// weakStem is a folded name's stem in the weak grade ("lahti" → "lahdi",
// "turku" → "turu", "kalajoki" → "kalajoi", "lappi" → "lapi"), or "" when
// its last syllable does not grade. A single k between vowels drops
// (Kalajoki); a single p or t is left, as names keep it more often than
// not ("Lapua", "Raate").
func weakStem(f string) string {
	n := len(f)
	body, v := f[:n-1], f[n-1:]
	for _, g := range weakGrades {
		if strings.HasSuffix(body, g[0]) {
			return body[:len(body)-len(g[0])] + g[1] + v
		}
	}
	if m := len(body); m >= 2 && body[m-1] == 'k' && isVowel(body[m-2]) {
		return body[:m-1] + v
	}
	return ""
}
