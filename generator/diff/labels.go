package diff

// Langs are the languages a report can be written in.
var Langs = []string{"fi", "en"}

// fieldLabels name every front matter field, and the report's own.
var fieldLabels = map[string]map[string]string{
	"fi": {
		"name": "Nimi", "title": "Otsikko", "kind": "Toimijatyyppi", "size": "Koko", "business_id": "Y-tunnus",
		"member": "Jäsen", "member_since": "Jäsen alkaen", "municipality": "Kotikunta", "email": "Sähköposti",
		"phone": "Puhelin", "logo": "Logo", "contacts": "Yhteyshenkilöt", "maintainers": "Ylläpitäjät (GitHub-tunnukset)",
		"providers": "Tarjoajat", "audience": "Kenelle", "pricing": "Hinnoittelu", "contact": "Yhteydenotot",
		"status": "Tila", "start": "Alkaa", "end": "Päättyy", "coordinator": "Koordinaattori", "partners": "Kumppanit",
		"budget": "Kokonaisbudjetti", "funding": "Rahoitus", "milestones": "Aikajana", "related": "Liittyvät",
		"contract_type": "Sopimustyyppi", "parties": "Osapuolet", "document": "Asiakirja", "license": "Lisenssi",
		"valid_from": "Voimassa alkaen", "valid_until": "Voimassa asti", "funder": "Rahoittaja",
		"funder_name": "Rahoittajan nimi", "level": "Taso", "programme": "Ohjelma", "eligible": "Keille",
		"calls": "Haut", "summary": "Tiivistelmä", "tags": "Avainsanat", "website": "Verkkosivut",
		"draft": "Luonnos", "updated": "Päivitetty",
		"owner": "Haasteen esittäjä", "seeking": "Haetaan", "deadline": "Vastaukset viimeistään",
		// inside lists of items
		"role": "rooli", "source": "rahoituslähde", "amount": "määrä", "share_of": "kenen osuus", "date": "päivä",
		"done": "valmis", "opens": "avautuu", "closes": "sulkeutuu", "url": "osoite",
		// the report's own
		FieldBody: "Kuvausteksti", FieldTranslation: "Käännös", FieldFile: "Liitetiedosto",
		"site_title": "Sivuston nimi", "languages": "Kielet", "base_url": "Osoite", "admins": "Pääkäyttäjät",
	},
	"en": {
		"name": "Name", "title": "Title", "kind": "Kind", "size": "Size", "business_id": "Business ID",
		"member": "Member", "member_since": "Member since", "municipality": "Municipality", "email": "E-mail",
		"phone": "Phone", "logo": "Logo", "contacts": "Contacts", "maintainers": "Maintainers (GitHub handles)",
		"providers": "Providers", "audience": "Audience", "pricing": "Pricing", "contact": "Contact",
		"status": "Status", "start": "Start", "end": "End", "coordinator": "Coordinator", "partners": "Partners",
		"budget": "Total budget", "funding": "Funding", "milestones": "Milestones", "related": "Related",
		"contract_type": "Contract type", "parties": "Parties", "document": "Document", "license": "License",
		"valid_from": "Valid from", "valid_until": "Valid until", "funder": "Funder",
		"funder_name": "Funder's name", "level": "Level", "programme": "Programme", "eligible": "Eligible",
		"calls": "Calls", "summary": "Summary", "tags": "Tags", "website": "Website",
		"draft": "Draft", "updated": "Updated",
		"owner": "Posted by", "seeking": "Seeking", "deadline": "Answers by",
		"role": "role", "source": "funding source", "amount": "amount", "share_of": "whose share", "date": "date",
		"done": "done", "opens": "opens", "closes": "closes", "url": "address",
		FieldBody: "Description text", FieldTranslation: "Translation", FieldFile: "Attached file",
		"site_title": "Site name", "languages": "Languages", "base_url": "Address", "admins": "Admins",
	},
}

// valueLabels name the values of enumerations.
var valueLabels = map[string]map[string]string{
	"fi": {
		"company": "yritys", "municipality": "kunta", "public": "julkinen toimija", "research": "tutkimuslaitos",
		"education": "oppilaitos", "association": "yhdistys tai järjestö", "other": "muu",
		"startup": "startup", "sme": "pk-yritys", "large": "suuryritys",
		"free": "maksuton", "paid": "maksullinen", "negotiable": "sopimuksen mukaan",
		"planned": "suunnitteilla", "ongoing": "käynnissä", "completed": "päättynyt", "cancelled": "peruttu",
		"template": "mallisopimus", "agreement": "sopimus", "commitment": "sitoumus", "mou": "aiesopimus",
		"eu": "EU", "national": "kansallinen", "regional": "alueellinen", "municipal": "kunnallinen", "private": "yksityinen",
		"open": "avoin", "in-progress": "työn alla", "solved": "ratkaistu", "closed": "suljettu",
	},
	"en": {
		"company": "company", "municipality": "municipality", "public": "public body", "research": "research organisation",
		"education": "educational institution", "association": "association", "other": "other",
		"startup": "startup", "sme": "SME", "large": "large company",
		"free": "free", "paid": "paid", "negotiable": "negotiable",
		"planned": "planned", "ongoing": "ongoing", "completed": "completed", "cancelled": "cancelled",
		"template": "model contract", "agreement": "agreement", "commitment": "commitment", "mou": "memorandum of understanding",
		"eu": "EU", "national": "national", "regional": "regional", "municipal": "municipal", "private": "private",
		"open": "open", "in-progress": "in progress", "solved": "solved", "closed": "closed",
	},
}

// typeLabels name one entity of each type.
var typeLabels = map[string]map[string]string{
	"fi": {"actors": "toimija", "services": "palvelu", "projects": "hanke", "contracts": "sopimus", "funding": "rahoituslähde", "challenges": "haaste", "pages": "sivu"},
	"en": {"actors": "actor", "services": "service", "projects": "project", "contracts": "contract", "funding": "funding source", "challenges": "challenge", "pages": "page"},
}

// langNames name the languages of translations: "(in English)".
var langNames = map[string]map[string]string{
	"fi": {"fi": "suomeksi", "en": "englanniksi", "sv": "ruotsiksi", "se": "saameksi", "de": "saksaksi", "fr": "ranskaksi", "et": "viroksi", "ru": "venäjäksi"},
	"en": {"fi": "in Finnish", "en": "in English", "sv": "in Swedish", "se": "in Sami", "de": "in German", "fr": "in French", "et": "in Estonian", "ru": "in Russian"},
}

// words are the report's sentences.
type words struct {
	heading, noChanges, compared, counts                    string
	added, removed, changed                                 string // headings: "Uusi toimija"
	set, unset, was, itemsAdded, itemsRemoved, orderChanged string
	yes, no, textChanged, textAdded, textRemoved            string
	transAdded, transRemoved, fileAdded, fileRemoved        string
	fileChanged, siteHeading, file                          string
	invalid, errors                                         string
}

var sentences = map[string]words{
	"fi": {
		heading: "Muutokset sisältöön", noChanges: "Sisältö ei muutu.",
		compared: "Verrattu: %s → %s.", counts: "%d uutta, %d poistettua, %d muutettua.",
		added: "Uusi %s", removed: "Poistettu %s", changed: "Muutettu %s",
		set: "%s", unset: "poistettu (oli %s)", was: "%s → %s",
		itemsAdded: "lisätty %s", itemsRemoved: "poistettu %s", orderChanged: "järjestys muuttui",
		yes: "kyllä", no: "ei",
		textChanged: "muuttui", textAdded: "lisätty", textRemoved: "poistettu",
		transAdded: "lisätty", transRemoved: "poistettu",
		fileAdded: "lisätty %s", fileRemoved: "poistettu %s", fileChanged: "%s vaihtui",
		siteHeading: "Sivuston asetukset (kimppa.yaml)", file: "tiedosto",
		invalid: "uusi arvo ei kelpaa (katso tarkistuksen virheilmoitus)",
		errors:  "⚠️ Muutoksessa on %d virhettä, jotka on korjattava ennen julkaisua: ne näkyvät tarkistuksessa ja muutetuissa tiedostoissa (Files changed).",
	},
	"en": {
		heading: "Changes to the content", noChanges: "The content does not change.",
		compared: "Compared: %s → %s.", counts: "%d added, %d removed, %d changed.",
		added: "New %s", removed: "Removed %s", changed: "Changed %s",
		set: "%s", unset: "removed (was %s)", was: "%s → %s",
		itemsAdded: "added %s", itemsRemoved: "removed %s", orderChanged: "order changed",
		yes: "yes", no: "no",
		textChanged: "changed", textAdded: "added", textRemoved: "removed",
		transAdded: "added", transRemoved: "removed",
		fileAdded: "added %s", fileRemoved: "removed %s", fileChanged: "%s replaced",
		siteHeading: "Site settings (kimppa.yaml)", file: "file",
		invalid: "the new value is not valid (see the check's error)",
		errors:  "⚠️ The change has %d error(s) to fix before it can be published: they show in the check and in \"Files changed\".",
	},
}

// FieldLabel names a front matter field in lang ("fi" or "en"), as the
// report does, for other texts that name fields the same way (the issue
// forms). It returns "" for a field that has no label.
func FieldLabel(lang, field string) string { return fieldLabels[lang][field] }
