package render

import (
	"maps"
	"strconv"
	"strings"
)

// labels are the user-interface strings of the theme, per language. Every
// language has the same keys (a test checks it); a language without a
// table of its own uses English, then Finnish.
var labels = map[string]map[string]string{
	"fi": {
		// page chrome
		"skip":                "Siirry sisältöön",
		"menu":                "Valikko",
		"close_menu":          "Sulje valikko",
		"nav":                 "Päävalikko",
		"breadcrumbs":         "Murupolku",
		"home":                "Etusivu",
		"language":            "Kieli",
		"search":              "Haku",
		"search_site":         "Hae sivustolta",
		"search_placeholder":  "Hae toimijoita, palveluita, hankkeita…",
		"search_button":       "Hae",
		"search_noscript":     "Haku toimii selaimessa ja tarvitsee JavaScriptin. Voit selata kaikkea sisältöä myös listoista:",
		"search_intro":        "Hae toimijoita, palveluita, hankkeita, sopimuksia ja rahoitusta. Haku ymmärtää taivutusmuodot: ”muovin” löytää myös ”muovit”.",
		"open_data":           "Avoin data (JSON)",
		"source_code":         "Sisältö ja lähdekoodi GitHubissa",
		"built_with":          "Tehty kimppa-sivugeneraattorilla",
		"a11y":                "Saavutettavuusseloste",
		"a11y_intro":          "Tämä saavutettavuusseloste koskee sivustoa {site}. Digitaalisten palvelujen saavutettavuutta koskevat vaatimukset ovat laissa digitaalisten palvelujen tarjoamisesta (306/2019).",
		"a11y_status_h":       "Saavutettavuuden tila",
		"a11y_status":         "Sivusto täyttää osittain WCAG 2.1 -ohjeiston A- ja AA-tason vaatimukset. Sivuston rakenne, navigointi, haku ja värit on tehty ja testattu saavutettaviksi, mutta osa sisällöstä ei ole saavutettavaa (alla).",
		"a11y_gaps_h":         "Sisältö, joka ei ole saavutettavaa",
		"a11y_gap_alt":        "Jäsenten itse kirjoittamissa kuvauksissa kuvilta voi puuttua tekstivastine (WCAG 1.1.1).",
		"a11y_gap_lang":       "Osa sisällöstä on vain yhdellä kielellä: kun käännös puuttuu, sivulla näkyy alkuperäinen teksti, ja sen kieli on merkitty (WCAG 3.1.2).",
		"a11y_gap_docs":       "Liitetiedostojen (esimerkiksi PDF-sopimusmallit) saavutettavuutta ei tarkisteta: ne ovat jäsenten laatimia (WCAG 1.1.1, 1.3.1, 2.4.2).",
		"a11y_gap_logos":      "Jäsenten toimittamien logojen ja kuvien kontrastia ja tekstiä ei tarkisteta (WCAG 1.4.3, 1.4.5).",
		"a11y_gap_js":         "Haku ja listojen rajaus toimivat vain JavaScriptin kanssa; ilman sitä kaiken sisällön voi selata listoista ja teemasivuilta.",
		"a11y_assessed":       "Saavutettavuus on arvioitu viimeksi {date}. Arvion teki sivuston ylläpitäjä itse.",
		"a11y_not_assessed":   "Sivuston saavutettavuutta ei ole vielä arvioitu.",
		"a11y_feedback_h":     "Palaute",
		"a11y_feedback":       "Huomasitko puutteen saavutettavuudessa? Kerro siitä meille, niin korjaamme sen tai toimitamme sisällön saavutettavassa muodossa:",
		"a11y_no_contact":     "Palautekanavaa ei ole vielä ilmoitettu. Sivuston ylläpitäjän pitää lisätä se (asetus accessibility.contact sivuston kimppa.yaml-tiedostossa).",
		"a11y_authority_h":    "Valvontaviranomainen",
		"a11y_authority":      "Jos huomaat sivustolla saavutettavuusongelmia, anna ensin palautetta meille. Vastaamme 14 päivän kuluessa. Jos et ole tyytyväinen vastaukseen tai et saa vastausta kahden viikon aikana, voit tehdä ilmoituksen valvontaviranomaiselle.",
		"a11y_authority_name": "Etelä-Suomen aluehallintovirasto, saavutettavuuden valvonnan yksikkö",
		"edit":                "Muokkaa tätä sivua",
		"edit_hint":           "Muutosehdotus tehdään GitHubissa. Ylläpitäjät tarkistavat sen ennen julkaisua.",
		"add_new":             "Lisää uusi",
		"facts":               "Perustiedot",
		"nothing":             "Täällä ei ole vielä mitään.",
		"nav_about":           "Tietoa",
		"nav_join":            "Liity",

		// types
		"type_actors":     "Toimijat",
		"type_services":   "Palvelut",
		"type_projects":   "Hankkeet",
		"type_contracts":  "Sopimukset",
		"type_funding":    "Rahoitus",
		"type_pages":      "Sivut",
		"one_actors":      "Toimija",
		"one_services":    "Palvelu",
		"one_projects":    "Hanke",
		"one_contracts":   "Sopimus",
		"one_funding":     "Rahoituslähde",
		"one_pages":       "Sivu",
		"intro_actors":    "Kunnat, yritykset, tutkimuslaitokset, oppilaitokset ja järjestöt, jotka tekevät kiertotaloutta yhdessä. Etsi kumppania teema-alueen tai toimijatyypin mukaan.",
		"intro_services":  "Mitä jäsenet tarjoavat toisilleen: kartoituksia, koulutusta, tiloja, neuvontaa ja markkinapaikkoja. Sama palvelu voi olla usean toimijan yhteinen.",
		"intro_projects":  "Suunnitellut, käynnissä olevat ja päättyneet kiertotalouden kehittämishankkeet, niiden rahoitus ja tulokset.",
		"intro_contracts": "Mallisopimukset, sitoumukset ja yhteistyösopimukset – vapaasti käytettäviksi omissa hankinnoissa ja kumppanuuksissa.",
		"intro_funding":   "EU:n, valtion, maakuntien, kuntien ja säätiöiden rahoitus kiertotalouden hankkeille ja yrityksille.",

		// list pages
		"filters":       "Rajaa",
		"filters_help":  "Valitse yksi tai useampi. Saman ryhmän valinnoista riittää yksi, eri ryhmien valintojen pitää kaikkien täsmätä.",
		"sort":          "Järjestys",
		"sort_name":     "Nimen mukaan (A–Ö)",
		"sort_date":     "Uusimmat ensin",
		"clear_filters": "Poista rajaukset",
		"showing":       "Näytetään {n} / {total}",
		"no_matches":    "Ei osumia näillä rajauksilla.",

		// home
		"key_figures":        "Klusteri lukuina",
		"members":            "jäsentä",
		"actors_n":           "toimijaa",
		"services_n":         "palvelua",
		"projects_n":         "hanketta",
		"contracts_n":        "sopimusta",
		"funding_n":          "rahoituslähdettä",
		"pages_n":            "sivua",
		"funding_received":   "hankkeiden saama rahoitus",
		"projects_by_status": "Hankkeet tilan mukaan",
		"projects_by_focus":  "Hankkeet teema-alueittain",
		"latest":             "Viimeksi päivitetyt",
		"empty_h":            "Portaalissa ei ole vielä sisältöä",
		"empty_text":         "Lisää ensimmäiset toimijat, palvelut ja hankkeet. Jokainen on oma tiedostonsa content-kansiossa; sivuston kansiossa uuden saa esimerkiksi näin:",
		"empty_next":         "Muokkaa sitten kimppa.yaml-tiedostoa (nimi, teemat, saavutettavuusselosteen yhteystieto) ja rakenna sivusto uudelleen. Ohjeet ovat tiedostossa README.md.",
		"browse":             "Selaa portaalia",
		"join_cta":           "Liity mukaan",
		"about_cta":          "Tietoa portaalista",

		// fields
		"f_kind":          "Toimijatyyppi",
		"f_type":          "Tyyppi",
		"f_size":          "Koko",
		"f_business_id":   "Y-tunnus",
		"f_member":        "Jäsenyys",
		"f_municipality":  "Kotikunta",
		"f_email":         "Sähköposti",
		"f_phone":         "Puhelin",
		"f_website":       "Verkkosivut",
		"f_contacts":      "Yhteyshenkilöt",
		"f_providers":     "Tarjoajat",
		"f_audience":      "Kenelle",
		"f_pricing":       "Hinnoittelu",
		"f_contact":       "Yhteydenotot",
		"f_status":        "Tila",
		"f_period":        "Kesto",
		"f_coordinator":   "Koordinaattori",
		"f_partners":      "Kumppanit",
		"f_budget":        "Kokonaisbudjetti",
		"f_funding":       "Rahoitus",
		"f_funding_total": "Myönnetty rahoitus",
		"f_milestones":    "Aikajana",
		"f_related":       "Liittyvät",
		"f_contract_type": "Sopimustyyppi",
		"f_parties":       "Osapuolet",
		"f_document":      "Asiakirja",
		"f_license":       "Lisenssi",
		"f_validity":      "Voimassa",
		"f_funder":        "Rahoittaja",
		"f_level":         "Taso",
		"f_programme":     "Ohjelma",
		"f_eligible":      "Keille",
		"f_calls":         "Haut",
		"f_tags":          "Avainsanat",
		"f_updated":       "Päivitetty",

		// values
		"member":          "Jäsen",
		"member_since":    "Jäsen {date} alkaen",
		"not_member":      "Ei jäsen",
		"coordinator":     "Koordinaattori",
		"partner":         "Kumppani",
		"share_holder":    "Rahoitusosuus",
		"done":            "Valmis",
		"pending":         "Tulossa",
		"project_start":   "Hanke alkaa",
		"project_end":     "Hanke päättyy",
		"total":           "Yhteensä",
		"amount":          "Määrä",
		"source":          "Rahoituslähde",
		"project":         "Hanke",
		"share_of":        "Kenen osuus",
		"call":            "Haku",
		"opens":           "Avautuu",
		"closes":          "Sulkeutuu",
		"call_state":      "Tilanne",
		"call_open":       "Haku auki",
		"call_closed":     "Päättynyt",
		"call_upcoming":   "Tulossa",
		"download":        "Lataa",
		"default_contact": "tarjoajan yleinen osoite",
		"amount_unknown":  "ei tiedossa",
		"since":           "{date} alkaen",
		"until":           "{date} asti",
		"logo_alt":        "{name}-logo",
		"logo_alt_space":  "{name} -logo",
		"file_size":       "{type}, {size}",

		// reverse links
		"provides":                 "Tarjoamat palvelut",
		"in_projects":              "Hankkeet",
		"in_contracts":             "Sopimukset",
		"projects_funding":         "Hankkeiden rahoitus",
		"projects_funding_caption": "Hankkeet, joissa {name} on mukana, ja niiden saama rahoitus",
		"runs_funding":             "Rahoitusohjelmat",
		"funded_projects":          "Rahoitetut hankkeet",
		"funded_caption":           "Hankkeet, joita {name} rahoittaa",
		"funding_caption":          "Hankkeen rahoitus lähteittäin",
		"calls_caption":            "Haut ja niiden aukioloajat",

		// taxonomies
		"term_count":     "{n} kohdetta",
		"term_count_one": "1 kohde",
		"taxonomies":     "Luokittelut",

		// pages of a long listing
		"pager":     "Sivutus",
		"page":      "Sivu",
		"page_of":   "Sivu {n} / {total}",
		"prev_page": "Edellinen",
		"next_page": "Seuraava",

		// 404
		"not_found":      "Sivua ei löytynyt",
		"not_found_text": "Etsimääsi sivua ei ole, tai se on siirtynyt. Kokeile hakua tai palaa etusivulle.",
		"to_home":        "Etusivulle",

		// enums
		"kind_company":             "Yritys",
		"kind_municipality":        "Kunta",
		"kind_public":              "Julkinen toimija",
		"kind_research":            "Tutkimuslaitos",
		"kind_education":           "Oppilaitos",
		"kind_association":         "Järjestö",
		"kind_other":               "Muu",
		"size_startup":             "Startup",
		"size_sme":                 "Pk-yritys",
		"size_large":               "Suuryritys",
		"pricing_free":             "Maksuton",
		"pricing_paid":             "Maksullinen",
		"pricing_negotiable":       "Sopimuksen mukaan",
		"status_planned":           "Suunnitteilla",
		"status_ongoing":           "Käynnissä",
		"status_completed":         "Päättynyt",
		"status_cancelled":         "Peruttu",
		"contract_type_template":   "Mallisopimus",
		"contract_type_agreement":  "Sopimus",
		"contract_type_commitment": "Sitoumus",
		"contract_type_mou":        "Aiesopimus",
		"level_eu":                 "EU",
		"level_national":           "Kansallinen",
		"level_regional":           "Alueellinen",
		"level_municipal":          "Kunnallinen",
		"level_private":            "Yksityinen",
	},
	"en": {
		"skip":                "Skip to content",
		"menu":                "Menu",
		"close_menu":          "Close menu",
		"nav":                 "Main",
		"breadcrumbs":         "Breadcrumb",
		"home":                "Home",
		"language":            "Language",
		"search":              "Search",
		"search_site":         "Search the site",
		"search_placeholder":  "Search actors, services, projects…",
		"search_button":       "Search",
		"search_noscript":     "Search runs in your browser and needs JavaScript. You can also browse everything from the lists:",
		"search_intro":        "Search actors, services, projects, contracts and funding, in Finnish or English.",
		"open_data":           "Open data (JSON)",
		"source_code":         "Content and source code on GitHub",
		"built_with":          "Built with the kimppa site generator",
		"a11y":                "Accessibility statement",
		"a11y_intro":          "This accessibility statement covers the site {site}. The requirements for the accessibility of digital services are set out in the Finnish Act on the Provision of Digital Services (306/2019).",
		"a11y_status_h":       "Compliance status",
		"a11y_status":         "This site partially conforms with the level A and AA requirements of WCAG 2.1. Its structure, navigation, search and colours are made and tested to be accessible, but part of the content is not (see below).",
		"a11y_gaps_h":         "Content that is not accessible",
		"a11y_gap_alt":        "Descriptions written by the members themselves may have images without a text alternative (WCAG 1.1.1).",
		"a11y_gap_lang":       "Part of the content is in one language only: where a translation is missing, the page shows the original text, marked with its language (WCAG 3.1.2).",
		"a11y_gap_docs":       "Attached documents (such as PDF model contracts) are written by the members and are not checked for accessibility (WCAG 1.1.1, 1.3.1, 2.4.2).",
		"a11y_gap_logos":      "Logos and images that members provide are not checked for contrast or text in images (WCAG 1.4.3, 1.4.5).",
		"a11y_gap_js":         "Search and the filters of the lists need JavaScript; without it, all content can be browsed from the lists and theme pages.",
		"a11y_assessed":       "Accessibility was last assessed on {date}, by the site's own administrators.",
		"a11y_not_assessed":   "The accessibility of this site has not been assessed yet.",
		"a11y_feedback_h":     "Feedback",
		"a11y_feedback":       "Did you notice an accessibility problem? Tell us, and we will fix it or give you the content in an accessible form:",
		"a11y_no_contact":     "No feedback channel has been given yet. The site's administrators must add one (the setting accessibility.contact in the site's kimppa.yaml).",
		"a11y_authority_h":    "Supervisory authority",
		"a11y_authority":      "If you notice accessibility problems on this site, first give feedback to us. We answer within 14 days. If you are not satisfied with the answer, or get none within two weeks, you can report it to the supervisory authority.",
		"a11y_authority_name": "Regional State Administrative Agency for Southern Finland, Accessibility Monitoring Unit",
		"edit":                "Edit this page",
		"edit_hint":           "You propose the change on GitHub. Maintainers review it before it is published.",
		"add_new":             "Add new",
		"facts":               "Key facts",
		"nothing":             "Nothing here yet.",
		"nav_about":           "About",
		"nav_join":            "Join",

		"type_actors":     "Actors",
		"type_services":   "Services",
		"type_projects":   "Projects",
		"type_contracts":  "Contracts",
		"type_funding":    "Funding",
		"type_pages":      "Pages",
		"one_actors":      "Actor",
		"one_services":    "Service",
		"one_projects":    "Project",
		"one_contracts":   "Contract",
		"one_funding":     "Funding source",
		"one_pages":       "Page",
		"intro_actors":    "Municipalities, companies, research institutes, schools and associations doing circular economy together. Find partners by focus area or kind of actor.",
		"intro_services":  "What members offer each other: surveys, training, facilities, advice and marketplaces. One service may be provided by several actors.",
		"intro_projects":  "Planned, ongoing and completed circular economy development projects, their funding and results.",
		"intro_contracts": "Model contracts, commitments and cooperation agreements, free to reuse in your own procurement and partnerships.",
		"intro_funding":   "EU, national, regional, municipal and private funding for circular economy projects and companies.",

		"filters":       "Filter",
		"filters_help":  "Choose one or more. Within a group any choice matches; choices in different groups must all match.",
		"sort":          "Sort",
		"sort_name":     "By name (A–Z)",
		"sort_date":     "Newest first",
		"clear_filters": "Clear filters",
		"showing":       "Showing {n} of {total}",
		"no_matches":    "Nothing matches these filters.",

		"key_figures":        "The cluster in figures",
		"members":            "members",
		"actors_n":           "actors",
		"services_n":         "services",
		"projects_n":         "projects",
		"contracts_n":        "contracts",
		"funding_n":          "funding sources",
		"pages_n":            "pages",
		"funding_received":   "funding received by projects",
		"projects_by_status": "Projects by status",
		"projects_by_focus":  "Projects by focus area",
		"latest":             "Latest updates",
		"empty_h":            "The portal has no content yet",
		"empty_text":         "Add the first actors, services and projects. Each is a file of its own in the content folder; in the site's folder, make one for example like this:",
		"empty_next":         "Then edit kimppa.yaml (the name, the themes, the accessibility contact) and build the site again. README.md tells how.",
		"browse":             "Browse the portal",
		"join_cta":           "Join us",
		"about_cta":          "About the portal",

		"f_kind":          "Kind",
		"f_type":          "Type",
		"f_size":          "Size",
		"f_business_id":   "Business ID",
		"f_member":        "Membership",
		"f_municipality":  "Municipality",
		"f_email":         "Email",
		"f_phone":         "Phone",
		"f_website":       "Website",
		"f_contacts":      "Contacts",
		"f_providers":     "Providers",
		"f_audience":      "For",
		"f_pricing":       "Pricing",
		"f_contact":       "Contact",
		"f_status":        "Status",
		"f_period":        "Duration",
		"f_coordinator":   "Coordinator",
		"f_partners":      "Partners",
		"f_budget":        "Total budget",
		"f_funding":       "Funding",
		"f_funding_total": "Funding granted",
		"f_milestones":    "Timeline",
		"f_related":       "Related",
		"f_contract_type": "Contract type",
		"f_parties":       "Parties",
		"f_document":      "Document",
		"f_license":       "License",
		"f_validity":      "Valid",
		"f_funder":        "Funder",
		"f_level":         "Level",
		"f_programme":     "Programme",
		"f_eligible":      "Who can apply",
		"f_calls":         "Calls",
		"f_tags":          "Tags",
		"f_updated":       "Updated",

		"member":          "Member",
		"member_since":    "Member since {date}",
		"not_member":      "Not a member",
		"coordinator":     "Coordinator",
		"partner":         "Partner",
		"share_holder":    "Funding share",
		"done":            "Done",
		"pending":         "Pending",
		"project_start":   "Project starts",
		"project_end":     "Project ends",
		"total":           "Total",
		"amount":          "Amount",
		"source":          "Funding source",
		"project":         "Project",
		"share_of":        "Share of",
		"call":            "Call",
		"opens":           "Opens",
		"closes":          "Closes",
		"call_state":      "State",
		"call_open":       "Open now",
		"call_closed":     "Closed",
		"call_upcoming":   "Upcoming",
		"download":        "Download",
		"default_contact": "the provider's general address",
		"amount_unknown":  "not known",
		"since":           "from {date}",
		"until":           "until {date}",
		"logo_alt":        "{name} logo",
		"logo_alt_space":  "{name} logo",
		"file_size":       "{type}, {size}",

		"provides":                 "Services provided",
		"in_projects":              "Projects",
		"in_contracts":             "Contracts",
		"projects_funding":         "Funding of its projects",
		"projects_funding_caption": "Projects {name} takes part in and the funding they received",
		"runs_funding":             "Funding programmes",
		"funded_projects":          "Projects funded",
		"funded_caption":           "Projects funded by {name}",
		"funding_caption":          "The project's funding by source",
		"calls_caption":            "Calls and when they are open",
		"term_count":               "{n} entries",
		"term_count_one":           "1 entry",
		"taxonomies":               "Categories",

		"pager":     "Pagination",
		"page":      "Page",
		"page_of":   "Page {n} of {total}",
		"prev_page": "Previous",
		"next_page": "Next",

		"not_found":      "Page not found",
		"not_found_text": "The page you are looking for does not exist or has moved. Try searching or go back to the front page.",
		"to_home":        "Front page",

		"kind_company":             "Company",
		"kind_municipality":        "Municipality",
		"kind_public":              "Public body",
		"kind_research":            "Research institute",
		"kind_education":           "Education",
		"kind_association":         "Association",
		"kind_other":               "Other",
		"size_startup":             "Startup",
		"size_sme":                 "SME",
		"size_large":               "Large company",
		"pricing_free":             "Free",
		"pricing_paid":             "Paid",
		"pricing_negotiable":       "Negotiable",
		"status_planned":           "Planned",
		"status_ongoing":           "Ongoing",
		"status_completed":         "Completed",
		"status_cancelled":         "Cancelled",
		"contract_type_template":   "Model contract",
		"contract_type_agreement":  "Agreement",
		"contract_type_commitment": "Commitment",
		"contract_type_mou":        "Memorandum of understanding",
		"level_eu":                 "EU",
		"level_national":           "National",
		"level_regional":           "Regional",
		"level_municipal":          "Municipal",
		"level_private":            "Private",
	},
}

// langNames are the names of languages in themselves, for the switch.
var langNames = map[string]string{"fi": "Suomi", "en": "English", "sv": "Svenska", "se": "Davvisámegiella", "et": "Eesti", "de": "Deutsch", "fr": "Français"}

// uiLang is the language of the label table used for a site language.
func uiLang(lang string) string {
	if _, ok := labels[lang]; ok {
		return lang
	}
	return "en"
}

// table returns the labels of lang, complete: keys it lacks come from
// English and then Finnish.
func labelTable(lang string) map[string]string {
	out := maps.Clone(labels["fi"])
	maps.Copy(out, labels["en"])
	maps.Copy(out, labels[uiLang(lang)])
	return out
}

// label returns the label key in lang, or the key itself.
func label(lang, key string) string {
	if s, ok := labels[uiLang(lang)][key]; ok {
		return s
	}
	if s, ok := labels["en"][key]; ok {
		return s
	}
	return key
}

// fill replaces {name} placeholders in s with the pairs' values.
func fill(s string, pairs ...string) string {
	for i := 0; i+1 < len(pairs); i += 2 {
		s = strings.ReplaceAll(s, "{"+pairs[i]+"}", pairs[i+1])
	}
	return s
}

// enumLabel is the label of an enumeration value of field, or the value.
func enumLabel(lang, field, value string) string {
	key := field + "_" + value
	if s := label(lang, key); s != key {
		return s
	}
	return value
}

func langName(lang string) string {
	if n, ok := langNames[lang]; ok {
		return n
	}
	return strings.ToUpper(lang)
}

// count says "n things" of a type: "1 hanke", "10 hanketta"; "1 project",
// "10 projects".
func count(lang, typ string, n int) string {
	if n == 1 {
		return "1 " + strings.ToLower(label(lang, "one_"+typ))
	}
	return strconv.Itoa(n) + " " + label(lang, typ+"_n")
}

// Label is the interface text key in lang, for other stages that show the
// same words as the pages (the search facets): "one_actors", "kind_company".
func Label(lang, key string) string { return label(lang, key) }
