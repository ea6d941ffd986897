package forms

import (
	"fmt"
	"strings"

	"github.com/kimppa/kimppa/generator/schema"
)

// fiEn is a text in Finnish and in English.
type fiEn struct{ fi, en string }

type texts struct {
	name, description, title, intro fiEn
}

// formTexts are the forms' own texts. They name no repository: the forms
// are for any cluster.
var formTexts = map[string]texts{
	"actors": {
		name:        fiEn{"Liity klusteriin", "Join the cluster"},
		description: fiEn{"Lisää organisaatiosi profiili portaaliin ilman gitiä.", "Add your organisation's profile to the portal, no git needed."},
		title:       fiEn{"Liittyminen", "Joining"},
		intro: fiEn{"**Tervetuloa!** Täytä lomake. Siitä tehdään automaattisesti organisaatiosi profiili ja muutosehdotus (pull request), jonka ylläpito tarkistaa. Sinusta tulee profiilin ylläpitäjä. Jos jokin kenttä ei kelpaa, saat tähän kommentin, jossa kerrotaan mitä korjata: muokkaa silloin tätä issueta. Kaikki tiedot julkaistaan portaalissa ja avoimena datana, joten älä kirjoita mitään salaista.",
			"**Welcome!** Fill in the form. It is turned into your organisation's profile and a pull request that the admins review. You become a maintainer of the profile. If a field cannot be used, a comment here tells what to fix: then edit this issue. Everything is published on the portal and as open data, so write nothing confidential."},
	},
	"services": {
		name:        fiEn{"Lisää palvelu", "Add a service"},
		description: fiEn{"Kerro, mitä organisaatiosi tarjoaa muille jäsenille.", "Tell what your organisation offers other members."},
		title:       fiEn{"Palvelu", "Service"},
		intro: fiEn{"Täytä lomake. Siitä tehdään automaattisesti palvelun sivu ja muutosehdotus (pull request), jonka tarjoajien ylläpitäjät hyväksyvät. Jos jokin kenttä ei kelpaa, saat tähän kommentin, jossa kerrotaan mitä korjata: muokkaa silloin tätä issueta.",
			"Fill in the form. It is turned into the service's page and a pull request that the providers' maintainers approve. If a field cannot be used, a comment here tells what to fix: then edit this issue."},
	},
	"challenges": {
		name:        fiEn{"Julkaise haaste", "Post a challenge"},
		description: fiEn{"Kerro ongelmasta, jonka haluat ratkaista yhdessä kumppanien kanssa.", "Describe a problem you want to solve together with partners."},
		title:       fiEn{"Haaste", "Challenge"},
		intro: fiEn{"Täytä lomake. Siitä tehdään automaattisesti haasteen sivu ja muutosehdotus (pull request), jonka omistajan ylläpitäjät hyväksyvät. Jos jokin kenttä ei kelpaa, saat tähän kommentin, jossa kerrotaan mitä korjata: muokkaa silloin tätä issueta.",
			"Fill in the form. It is turned into the challenge's page and a pull request that the owner's maintainers approve. If a field cannot be used, a comment here tells what to fix: then edit this issue."},
	},
	Update: {
		name:        fiEn{"Päivitä tietoja", "Update an entry"},
		description: fiEn{"Muuta olemassa olevan profiilin, palvelun tai haasteen kenttiä.", "Change fields of an existing profile, service or challenge."},
		title:       fiEn{"Päivitys", "Update"},
		intro: fiEn{"Kerro ensin, mitä sivua muutetaan, ja täytä sitten vain ne kentät, jotka muuttuvat: tyhjäksi jätetyt kentät pysyvät ennallaan. Muutoksesta tehdään automaattisesti muutosehdotus (pull request), jonka sivun ylläpitäjät hyväksyvät.",
			"First tell which page changes, then fill in only the fields that change: fields left empty stay as they are. The change is turned into a pull request that the page's maintainers approve."},
	},
}

var (
	yes          = fiEn{"Kyllä", "Yes"}
	no           = fiEn{"Ei", "No"}
	bodyLabel    = fiEn{"Kuvaus", "Description"}
	bodyHelp     = fiEn{"Vapaa teksti sivulle. Voit käyttää Markdownia.", "Free text for the page; Markdown works."}
	bodyUpdate   = fiEn{"Uusi teksti korvaa koko kuvauksen; jätä tyhjäksi, jos kuvaus ei muutu.", "The new text replaces the whole description; leave it empty to keep it."}
	consentLabel = fiEn{"Julkaiseminen", "Publishing"}
	consentText  = fiEn{"Tiedot saa julkaista portaalissa ja avoimena datana.", "The information may be published on the portal and as open data."}
	requiredNote = fiEn{"Pakolliset kentät on merkitty tähdellä.", "Required fields are marked with a star."}
	entryLabel   = fiEn{"Muutettava sivu", "Page to change"}
	listLabel    = fiEn{"Listakentät", "List fields"}
	listAdd      = fiEn{"Lisää nykyisiin", "Add to the current ones"}
	listReplace  = fiEn{"Korvaa koko lista", "Replace the whole list"}
	listHelp     = fiEn{"Koskee kaikkia listoja (esim. teema-alueet, avainsanat, ylläpitäjät): oletuksena valitsemasi ja kirjoittamasi lisätään sivun nykyisiin, mitään ei poisteta. Valitse \"Korvaa koko lista\", jos täyttämäsi listat korvaavat sivun nykyiset kokonaan.", "For every list (focus areas, tags, maintainers…): by default what you choose or write is added to the page's current items and nothing is removed. Choose \"Replace the whole list\" to have the lists you fill in replace the page's current ones."}
	listAddNote  = fiEn{"Lisätään sivun nykyisiin (ks. Listakentät).", "Added to the page's current ones (see List fields)."}
	entryHelp    = fiEn{"Liitä sivun osoite portaalista tai kirjoita tyyppi ja tunniste, esim. actors/esimerkki-oy.", "Paste the page's address from the portal, or write its type and slug, e.g. actors/esimerkki-oy."}
)

// instruction says in both languages how to fill in a field: the forms
// show it under the label, and a rejected form repeats it.
func instruction(f schema.Field) fiEn {
	switch f.Kind {
	case schema.String:
		s := fiEn{"Yksi rivi tekstiä.", "One line of text."}
		if f.MaxLen > 0 {
			s = fiEn{fmt.Sprintf("Yksi rivi, enintään %d merkkiä.", f.MaxLen), fmt.Sprintf("One line, at most %d characters.", f.MaxLen)}
		}
		return s
	case schema.Enum, schema.Bool:
		return fiEn{"Valitse yksi vaihtoehdoista.", "Choose one of the options."}
	case schema.EnumList, schema.Terms:
		return fiEn{"Valitse yksi tai useampi vaihtoehto.", "Choose one or more of the options."}
	case schema.Date:
		return fiEn{"Päivämäärä muodossa VVVV-KK-PP, esim. 2026-12-31.", "A date written YYYY-MM-DD, e.g. 2026-12-31."}
	case schema.URL:
		return fiEn{"Koko osoite, joka alkaa https://", "The whole address, starting with https://"}
	case schema.Email:
		return fiEn{"Sähköpostiosoite, esim. info@esimerkki.fi.", "An e-mail address, e.g. info@example.fi."}
	case schema.Money:
		return fiEn{"Euroja numeroina ilman välejä ja €-merkkiä, esim. 25000.", "Euros as a number without spaces or the € sign, e.g. 25000."}
	case schema.Ref:
		return fiEn{refFi(f.RefType) + " Kirjoita yksi.", refEn(f.RefType) + " Write one."}
	case schema.RefList:
		return fiEn{refFi(f.RefType) + " Yksi riville.", refEn(f.RefType) + " One per line."}
	case schema.Related:
		return fiEn{"Liittyvät sivut muodossa tyyppi/tunniste, esim. services/materiaalikartoitus; yksi riville.", "Related pages written type/slug, e.g. services/materiaalikartoitus; one per line."}
	case schema.StringList:
		if f.Name == "maintainers" {
			return fiEn{"GitHub-tunnukset ilman @-merkkiä, yksi riville. Lomakkeen lähettäjä lisätään itsestään.", "GitHub handles without @, one per line. Whoever sends the form is added by itself."}
		}
		return fiEn{"Yksi riville tai pilkuilla erotettuina.", "One per line, or separated by commas."}
	case schema.BusinessID:
		return fiEn{"Y-tunnus muodossa 1234567-8; tarkistusnumero tarkistetaan.", "Finnish business ID written 1234567-8; its check digit is verified."}
	case schema.License:
		return fiEn{"SPDX-lisenssitunniste, esim. CC-BY-4.0.", "An SPDX license id, e.g. CC-BY-4.0."}
	case schema.Objects:
		fi := make([]string, len(f.Fields))
		en := make([]string, len(f.Fields))
		for i, sub := range f.Fields {
			fi[i], en[i] = subLabel("fi", sub.Name), subLabel("en", sub.Name)
		}
		return fiEn{"Yksi riville, osat puolipisteellä erotettuina: " + strings.Join(fi, "; ") + ".",
			"One per line, parts separated by semicolons: " + strings.Join(en, "; ") + "."}
	}
	return fiEn{}
}

func subLabel(lang, name string) string {
	l := FieldLabel(name)
	fi, en, ok := strings.Cut(l, " / ")
	if !ok {
		return strings.ToLower(l)
	}
	if lang == "fi" {
		return strings.ToLower(fi)
	}
	return strings.ToLower(en)
}

var typeFi = map[string]string{"actors": "toimijan", "services": "palvelun", "projects": "hankkeen", "contracts": "sopimuksen", "funding": "rahoituslähteen", "challenges": "haasteen", "pages": "sivun"}

func refFi(typ string) string {
	return "Portaalissa jo olevan " + typeFi[typ] + " tunniste, sivun osoitteen viimeinen osa (esim. esimerkki-oy)."
}

var typeEn = map[string]string{"actors": "an organisation", "services": "a service", "projects": "a project", "contracts": "a contract", "funding": "a funding source", "challenges": "a challenge", "pages": "a page"}

func refEn(typ string) string {
	return "The short name of " + typeEn[typ] + " already on the portal: the last part of its page's address (e.g. esimerkki-oy)."
}

func placeholder(f schema.Field) string {
	switch f.Kind {
	case schema.Date:
		return "2026-12-31"
	case schema.URL:
		return "https://www.esimerkki.fi/"
	case schema.Email:
		return "info@esimerkki.fi"
	case schema.Money:
		return "25000"
	case schema.BusinessID:
		return "0201256-6"
	case schema.Ref:
		return "esimerkki-oy"
	case schema.License:
		return "CC-BY-4.0"
	case schema.Objects:
		if f.Name == "contacts" {
			return "Maija Meikäläinen; kiertotalousasiantuntija; maija@esimerkki.fi; 040 123 4567"
		}
	}
	return ""
}
