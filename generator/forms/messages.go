package forms

import (
	"fmt"
	"net/url"
	"regexp"
	"strconv"
	"strings"

	"github.com/kimppa/kimppa/generator/config"
	"github.com/kimppa/kimppa/generator/diag"
	"github.com/kimppa/kimppa/generator/schema"
	"github.com/kimppa/kimppa/generator/words"
)

// Messages to the member, in her words: what is wrong with her value and
// what to write instead, in Finnish and English. They are grouped here so
// that they can move to the word catalogue with the other labels.
var (
	msgRequired   = fiEn{"Tämä kenttä on pakollinen.", "This field is required."}
	msgGeneric    = fiEn{"Tätä arvoa ei voi käyttää.", "This value cannot be used."}
	msgIDShape    = fiEn{"Y-tunnus %s ei ole muotoa 1234567-8 (seitsemän numeroa, väliviiva ja tarkistusnumero).", "The business ID %s is not written 1234567-8 (seven digits, a hyphen and the check digit)."}
	msgIDNever    = fiEn{"Y-tunnusta %s ei voi olla olemassa.", "The business ID %s cannot exist."}
	msgIDDigit    = fiEn{"Y-tunnuksen %s tarkistusnumero ei täsmää; tarkista tunnus YTJ:stä (ytj.fi).", "The check digit of the business ID %s does not match; check the ID in the YTJ register (ytj.fi)."}
	fixID         = fiEn{"Kirjoita tunnus niin kuin se on YTJ:ssä (ytj.fi), esim. 0201256-6.", "Write the ID as the YTJ register (ytj.fi) has it, e.g. 0201256-6."}
	msgIDTaken    = fiEn{"Y-tunnus %s on jo portaalissa: %s.", "The business ID %s is already on the portal: %s."}
	fixIDTaken    = fiEn{"Jos profiili on organisaatiosi, päivitä sitä lomakkeella \"Päivitä tietoja\" äläkä tee uutta; jos tunnus on väärin, korjaa se.", "If that profile is your organisation's, update it with the form \"Update an entry\" instead of making a new one; if the ID is wrong, correct it."}
	msgURLScheme  = fiEn{"Osoitteesta %s puuttuu alku https://.", "The address %s lacks its beginning https://."}
	fixURLScheme  = fiEn{"Kirjoita koko osoite: https://%s", "Write the whole address: https://%s"}
	msgURL        = fiEn{"%s ei ole verkko-osoite.", "%s is not a web address."}
	msgEmail      = fiEn{"%s ei ole sähköpostiosoite.", "%s is not an e-mail address."}
	msgDate       = fiEn{"%s ei ole päivämäärä muodossa VVVV-KK-PP.", "%s is not a date written YYYY-MM-DD."}
	msgNoSuchDay  = fiEn{"Päivää %s ei ole kalenterissa.", "There is no such day as %s."}
	fixDate       = fiEn{"Kirjoita päivämäärä muodossa VVVV-KK-PP, esim. 2026-12-31.", "Write the date YYYY-MM-DD, e.g. 2026-12-31."}
	fixURL        = fiEn{"Kirjoita koko osoite, joka alkaa https://, esim. https://www.esimerkki.fi/.", "Write the whole address starting with https://, e.g. https://www.example.fi/."}
	fixEmail      = fiEn{"Kirjoita pelkkä osoite, esim. info@esimerkki.fi.", "Write just the address, e.g. info@example.fi."}
	fixDidYouMean = fiEn{"Tarkoititko %q?", "Did you mean %q?"}
	msgTooLong    = fiEn{"Teksti on %d merkkiä pitkä; enintään %d mahtuu.", "The text is %d characters long; at most %d fit."}
	fixTooLong    = fiEn{"Lyhennä sitä; pidempi teksti kuuluu kuvaukseen.", "Shorten it; longer text belongs in the description."}
	msgUnknownRef = fiEn{"Portaalissa ei ole sivua %q.", "The portal has no page %q."}
	msgLicense    = fiEn{"%s ei ole tunnettu lisenssitunniste.", "%s is not a known license id."}
	msgNotOption  = fiEn{"%q ei ole mikään vaihtoehdoista.", "%q is not one of the options."}
	fixOptions    = fiEn{"Valitse jokin näistä: %s.", "Choose one of these: %s."}
	msgNoConsent  = fiEn{"Et ole antanut lupaa julkaista tietoja.", "You have not given permission to publish the information."}
	fixConsent    = fiEn{"Rastita ruutu \"%s\" muokkaamalla tätä issueta.", "Tick the box \"%s\" by editing this issue."}
	msgNoChange   = fiEn{"Lomake ei muuta sivulla mitään: kaikki täytetyt kentät ovat jo sellaiset.", "The form changes nothing on the page: every field filled in is already so."}
	fixNoChange   = fiEn{"Muuta ne kentät, joiden pitää muuttua.", "Change the fields that should change."}
	msgHeadFixFi  = "**Lomaketta ei voitu vielä käyttää.** Korjaa nämä kohdat muokkaamalla tätä issueta (⋯ → Edit); tarkistus ajetaan silloin uudelleen."
	msgHeadFixEn  = "**The form could not be used yet.** Fix these by editing this issue (⋯ → Edit); it is checked again then."
)

func (m fiEn) with(args ...any) fiEn {
	return fiEn{fmt.Sprintf(m.fi, args...), fmt.Sprintf(m.en, args...)}
}

var (
	didYouMean = regexp.MustCompile(`did you mean "([^"]+)"`)
	dateShape  = regexp.MustCompile(`^\d{4}-\d{2}-\d{2}$`)
	takenBy    = regexp.MustCompile(`is already that of ([a-z]+/[a-z0-9-]+)`)
)

// indexed reads "providers[1]" as providers and 1 (-1 without an index).
var indexed = regexp.MustCompile(`^([a-z_]+)\[(\d+)\]`)

// valueOf is the member's own text behind a diagnostic's field: the whole
// answer, or the item of a list the field's index names.
func valueOf(raw map[string]string, field string) string {
	name, idx := field, -1
	if m := indexed.FindStringSubmatch(field); m != nil {
		name = m[1]
		idx, _ = strconv.Atoi(m[2])
	}
	if i := strings.IndexAny(name, "[."); i >= 0 {
		name = name[:i]
	}
	v := strings.TrimSpace(raw[name])
	if idx >= 0 {
		if its := items(v); idx < len(its) {
			return lastSegment(its[idx])
		}
	}
	return v
}

// explain says what is wrong with value v of field f, which the check
// reported as d, and what to write instead; ok is false when there is no
// more to say than the check's own message.
func explain(f schema.Field, v string, d diag.Diagnostic) (msg, fix fiEn, ok bool) {
	switch {
	case strings.Contains(d.Message, "missing") || strings.Contains(d.Message, "required"):
		return msgRequired, instruction(f), true
	case strings.Contains(d.Message, "unknown") && strings.Contains(d.Message, "reference"):
		fix := instruction(f)
		if m := didYouMean.FindStringSubmatch(d.Hint + " " + d.Message); m != nil {
			fix = fixDidYouMean.with(m[1])
		}
		return msgUnknownRef.with(v), fix, true
	}
	if v == "" {
		return fiEn{}, fiEn{}, false
	}
	switch f.Kind {
	case schema.BusinessID:
		return businessID(v, d)
	case schema.URL:
		if u, err := url.Parse(v); err == nil && u.Scheme == "" && strings.Contains(v, ".") && !strings.ContainsAny(v, " @") {
			return msgURLScheme.with(v), fixURLScheme.with(strings.TrimPrefix(v, "//")), true
		}
		return msgURL.with(v), fixURL, true
	case schema.Email:
		return msgEmail.with(v), fixEmail, true
	case schema.Date:
		if dateShape.MatchString(v) {
			return msgNoSuchDay.with(v), fixDate, true
		}
		return msgDate.with(v), fixDate, true
	case schema.License:
		return msgLicense.with(v), instruction(f), true
	case schema.String:
		if n := len([]rune(v)); f.MaxLen > 0 && n > f.MaxLen {
			return msgTooLong.with(n, f.MaxLen), fixTooLong, true
		}
	}
	return fiEn{}, fiEn{}, false
}

func businessID(v string, d diag.Diagnostic) (msg, fix fiEn, ok bool) {
	if m := takenBy.FindStringSubmatch(d.Message); m != nil {
		return msgIDTaken.with(v, m[1]), fixIDTaken, true
	}
	p := schema.CheckBusinessID(v)
	switch {
	case p == nil:
		return fiEn{}, fiEn{}, false
	case strings.Contains(p.Message, "of the form"):
		return msgIDShape.with(v), fixID, true
	case strings.Contains(p.Message, "cannot exist"):
		return msgIDNever.with(v), fixID, true
	}
	return msgIDDigit.with(v), fixID, true
}

// optionsOf are a dropdown's options in each language, for a message.
func optionsOf(cfg *config.Config, f schema.Field) fiEn {
	var fi, en []string
	switch f.Kind {
	case schema.Enum, schema.EnumList:
		for _, v := range f.Values {
			fi = append(fi, words.In("fi").Enum(f.Name, v))
			en = append(en, words.In("en").Enum(f.Name, v))
		}
	case schema.Bool:
		fi, en = []string{yes.fi, no.fi}, []string{yes.en, no.en}
	case schema.Terms:
		if tax, ok := cfg.Taxonomy(f.Name); ok {
			for _, term := range tax.Terms {
				fi = append(fi, term.Label.In("fi", "fi"))
				en = append(en, term.Label.In("en", "fi"))
			}
		}
	}
	return fiEn{fmt.Sprintf(fixOptions.fi, strings.Join(fi, ", ")), fmt.Sprintf(fixOptions.en, strings.Join(en, ", "))}
}
