package searchindex

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite testdata/fixture and the generated part of search.js")

const fixtureDir = "testdata/fixture"

// fixtureOptions is a two-language site with the taxonomies of DESIGN.md.
func fixtureOptions() Options {
	l := func(fi, en string) map[string]string { return map[string]string{"fi": fi, "en": en} }
	return Options{
		Languages: []string{"fi", "en"},
		FacetLabels: map[string]map[string]map[string]string{
			"type": {
				"":          l("Tyyppi", "Type"),
				"actors":    l("Toimija", "Actor"),
				"services":  l("Palvelu", "Service"),
				"projects":  l("Hanke", "Project"),
				"contracts": l("Sopimus", "Contract"),
				"funding":   l("Rahoitus", "Funding"),
				"pages":     l("Sivu", "Page"),
			},
			"kind": {
				"":             l("Toimijan laji", "Kind of actor"),
				"company":      l("Yritys", "Company"),
				"municipality": l("Kunta", "Municipality"),
				"public":       l("Julkinen toimija", "Public body"),
				"research":     l("Tutkimus", "Research"),
				"education":    l("Oppilaitos", "Education"),
				"association":  l("Yhdistys", "Association"),
				"other":        l("Muu", "Other"),
			},
			"focus_areas": {
				"":             l("Teema-alueet", "Focus areas"),
				"construction": l("Rakentaminen", "Construction"),
				"plastics":     l("Muovit", "Plastics"),
				"textiles":     l("Tekstiilit", "Textiles"),
				"food":         l("Ruoka ja biokierrot", "Food and bio-cycles"),
				"electronics":  l("Sähkö ja elektroniikka", "Electronics"),
			},
			"business_models": {
				"":                   l("Kiertotalouden liiketoimintamallit", "Circular business models"),
				"renewables":         l("Uusiutuvat raaka-aineet", "Circular supplies"),
				"resource-recovery":  l("Resurssitehokkuus ja kierrätys", "Resource recovery"),
				"life-extension":     l("Tuotteen elinkaaren pidentäminen", "Product life extension"),
				"product-as-service": l("Tuote palveluna", "Product as a service"),
				"sharing-platforms":  l("Jakamisalustat", "Sharing platforms"),
			},
		},
	}
}

var sections = map[string][2]string{
	"actors": {"toimijat", "actors"}, "services": {"palvelut", "services"}, "projects": {"hankkeet", "projects"},
	"contracts": {"sopimukset", "contracts"}, "funding": {"rahoitus", "funding"},
}

// fd builds a fixture doc. en may be nil (then the English text falls back
// to the Finnish one, as the caller's translation fallback does).
func fd(typ, slug string, fi DocText, en *DocText, facets map[string][]string, ids ...string) Doc {
	opts := fixtureOptions()
	url := func(lang string) string {
		if typ == "pages" {
			if lang == "en" {
				return "/en/" + slug + "/"
			}
			return "/" + slug + "/"
		}
		if lang == "en" {
			return "/en/" + sections[typ][1] + "/" + slug + "/"
		}
		return "/" + sections[typ][0] + "/" + slug + "/"
	}
	label := func(lang string) []string {
		var out []string
		for f, terms := range facets {
			for _, t := range terms {
				out = append(out, opts.FacetLabels[f][t][lang])
			}
		}
		slices.Sort(out)
		return out
	}
	fi.URL = url("fi")
	fi.Keywords = append(fi.Keywords, label("fi")...)
	var e DocText
	if en != nil {
		e = *en
		if e.Title == "" {
			e.Title = fi.Title
		}
		if e.Summary == "" {
			e.Summary = fi.Summary
		}
		if e.Body == "" {
			e.Body = fi.Body
		}
		if e.Refs == nil {
			e.Refs = fi.Refs
		}
	} else {
		e = fi
		e.Keywords = nil
	}
	e.URL = url("en")
	e.Keywords = append(slices.Clone(e.Keywords), label("en")...)
	return Doc{Type: typ, Slug: slug, Langs: map[string]DocText{"fi": fi, "en": e}, Facets: facets, IDs: ids}
}

func facets(kv ...string) map[string][]string {
	m := map[string][]string{}
	for i := 0; i+1 < len(kv); i += 2 {
		m[kv[i]] = strings.Split(kv[i+1], ",")
	}
	return m
}

// fixtureDocs is a small realistic portal: 30 entities in Finnish, some
// translated into English.
func fixtureDocs() []Doc {
	return []Doc{
		fd("actors", "vtt", DocText{
			Title:   "Teknologian tutkimuskeskus VTT",
			Summary: "Tutkimuslaitos, joka kehittää muovien kierrätystä ja kiertotalouden ratkaisuja teollisuudelle.",
			Body:    "VTT tutkii muovin kemiallista ja mekaanista kierrätystä sekä biopohjaisia materiaaleja. Tutkimuslaitos tarjoaa yrityksille analyysipalveluja.",
		}, &DocText{
			Title:   "VTT Technical Research Centre of Finland",
			Summary: "Research institute developing plastic recycling and circular economy solutions for industry.",
			Body:    "VTT studies chemical and mechanical recycling of plastics and bio-based materials.",
		}, facets("kind", "research", "focus_areas", "plastics,textiles", "business_models", "resource-recovery"), "2647375-9"),
		fd("actors", "helsingin-kaupunki", DocText{
			Title:   "Helsingin kaupunki",
			Summary: "Kaupunki edistää rakentamisen kiertotaloutta ja kiertotalouden klusteriohjelmaa.",
			Body:    "Rakentamisen kiertotalous on kaupunkistrategian painopiste. Kaupunki hankkii purkukohteiden rakennusosat uudelleenkäyttöön.",
		}, &DocText{
			Title:   "City of Helsinki",
			Summary: "The city promotes circular construction and the circular economy cluster programme.",
		}, facets("kind", "municipality", "focus_areas", "construction", "business_models", "resource-recovery"), "0201256-6"),
		fd("actors", "muoviasema", DocText{
			Title:   "Muoviasema Oy",
			Summary: "Kierrättää muovipakkauksia ja valmistaa kierrätysmuovista uusia tuotteita.",
			Body:    "Muoviasema vastaanottaa yritysten muovijätteet, lajittelee muovit ja toimittaa kierrätysmuovia teollisuudelle.",
		}, nil, facets("kind", "company", "focus_areas", "plastics", "business_models", "resource-recovery,renewables"), "3141592-6"),
		fd("actors", "purkupiste", DocText{
			Title:   "Purkupiste Oy",
			Summary: "Purkuurakoitsija, joka ylläpitää rakennusosapankkia ja myy käytettyjä rakennusosia.",
			Body:    "Purkupiste purkaa rakennuksia valikoivasti. Ikkunat, ovet ja palkit päätyvät rakennusosapankin kautta uusiin kohteisiin.",
		}, nil, facets("kind", "company", "focus_areas", "construction", "business_models", "life-extension,resource-recovery")),
		fd("actors", "poistotekstiili", DocText{
			Title:   "Poistotekstiiliyhdistys ry",
			Summary: "Yhdistys kerää poistotekstiilit ja ohjaa ne kierrätykseen.",
			Body:    "Tekstiilien keräys alkoi vuonna 2023. Yhdistys ylläpitää myös kangaspankkia ja materiaalipankkia käsityöläisille.",
		}, nil, facets("kind", "association", "focus_areas", "textiles", "business_models", "resource-recovery")),
		fd("actors", "sahkokierratys", DocText{
			Title:   "Sähkökierrätys Oy",
			Summary: "Sähkö- ja elektroniikkalaitteiden kierrätys ja korjaus.",
			Body:    "Yritys korjaa käytettyjä tietokoneita ja kierrättää elektroniikkaromun metallit.",
		}, &DocText{
			Summary: "Recycling and repair of electrical and electronic equipment.",
			Body:    "The company refurbishes used computers and recycles the metals of electronic waste.",
		}, facets("kind", "company", "focus_areas", "electronics", "business_models", "life-extension,resource-recovery"), "2718281-8"),
		fd("actors", "uudenmaan-liitto", DocText{
			Title:   "Uudenmaan liitto",
			Summary: "Maakunnan liitto, joka rahoittaa alueen kehittämishankkeita.",
			Body:    "Liitto myöntää aluekehitysrahoitusta kiertotalouden hankkeille.",
		}, &DocText{Title: "Helsinki-Uusimaa Regional Council", Summary: "Regional council funding regional development projects."},
			facets("kind", "public")),
		fd("actors", "ruoka-apu", DocText{
			Title:   "Ruoka-apu ry",
			Summary: "Jakaa kauppojen ylijäämäruoan ruoka-apuun ja vähentää ruokahävikkiä.",
			Body:    "Ruokahävikki on kiertotalouden ongelma. Yhdistys noutaa ruoan kaupoista päivittäin.",
		}, nil, facets("kind", "association", "focus_areas", "food", "business_models", "resource-recovery")),
		fd("actors", "aalto", DocText{
			Title:   "Aalto-yliopisto",
			Summary: "Yliopisto, joka tutkii kestävää muotoilua ja tekstiilien kiertotaloutta.",
			Body:    "Aalto-yliopiston tutkijat kehittävät uusia kuituja poistotekstiileistä.",
		}, &DocText{Title: "Aalto University", Summary: "University researching sustainable design and circular textiles."},
			facets("kind", "education", "focus_areas", "textiles")),
		fd("actors", "jakamo", DocText{
			Title:   "Jakamo Oy",
			Summary: "Työkalujen ja laitteiden vuokraus jakamisalustalla.",
			Body:    "Jakamo tarjoaa porakoneet ja peräkärryt lainaksi naapurustolle. Tuote palveluna vähentää tavaroiden määrää.",
		}, nil, facets("kind", "company", "business_models", "sharing-platforms,product-as-service")),

		fd("services", "materiaalikartoitus", DocText{
			Title:   "Purku- ja materiaalikartoitus",
			Summary: "Selvitys purettavan rakennuksen materiaaleista ja uudelleenkäytettävistä rakennusosista.",
			Refs:    []string{"Purkupiste Oy"},
			Body:    "Kartoitus tehdään ennen purkua. Raportti listaa rakennusosat ja niiden arvon.",
		}, nil, facets("focus_areas", "construction", "business_models", "resource-recovery")),
		fd("services", "rakennusosapankki", DocText{
			Title:   "Rakennusosapankki",
			Summary: "Käytettyjen rakennusosien välitys: ikkunat, ovet ja palkit uuteen käyttöön.",
			Refs:    []string{"Purkupiste Oy"},
			Body:    "Rakennusosapankki ottaa vastaan ehjiä rakennusosia purkukohteista.",
		}, &DocText{Title: "Building component bank", Summary: "Reclaimed building components: windows, doors and beams for reuse."},
			facets("focus_areas", "construction", "business_models", "life-extension")),
		fd("services", "muovianalyysi", DocText{
			Title:   "Muovien tunnistus ja analyysi",
			Summary: "Laboratorio tunnistaa muovilaadut ja epäpuhtaudet kierrätystä varten.",
			Refs:    []string{"Teknologian tutkimuskeskus VTT"},
			Body:    "Analyysi kertoo, soveltuuko muovijae mekaaniseen kierrätykseen.",
		}, &DocText{
			Title:   "Plastic identification and analysis",
			Summary: "A laboratory identifies plastic grades and impurities for recycling.",
			Refs:    []string{"VTT Technical Research Centre of Finland"},
		}, facets("focus_areas", "plastics", "business_models", "resource-recovery")),
		fd("services", "kiertotalousneuvonta", DocText{
			Title:   "Kiertotalousneuvonta yrityksille",
			Summary: "Maksuton neuvonta pk-yrityksille kiertotalouden liiketoimintamalleista.",
			Refs:    []string{"Helsingin kaupunki"},
			Body:    "Neuvoja auttaa löytämään kumppanit ja rahoituksen.",
		}, nil, facets("business_models", "product-as-service,sharing-platforms")),
		fd("services", "tyokaluvuokraus", DocText{
			Title:   "Työkalujen vuokraus",
			Summary: "Porakoneet, sahat ja peräkärryt vuokralle tunniksi tai päiväksi.",
			Refs:    []string{"Jakamo Oy"},
		}, nil, facets("business_models", "sharing-platforms,product-as-service")),

		fd("projects", "muovikierto", DocText{
			Title:   "Muovikierto – muovien kierrätyksen tehostaminen",
			Summary: "Hanke tehostaa yritysten muovijätteen keräystä ja kierrätystä pääkaupunkiseudulla.",
			Refs:    []string{"Teknologian tutkimuskeskus VTT", "Muoviasema Oy", "Euroopan aluekehitysrahasto"},
			Body:    "Muovikierto kokoaa muovipakkausten tuottajat, kierrättäjät ja tutkijat. Tavoitteena on kaksinkertaistaa kierrätetyn muovin määrä.",
		}, &DocText{
			Title:   "Plastic Loop – boosting plastic recycling",
			Summary: "The project improves the collection and recycling of plastic waste from companies in the capital region.",
			Refs:    []string{"VTT Technical Research Centre of Finland", "Muoviasema Oy", "European Regional Development Fund"},
			Body:    "Plastic Loop brings together packaging producers, recyclers and researchers.",
		}, facets("focus_areas", "plastics", "business_models", "resource-recovery")),
		fd("projects", "rakennusosat-kiertoon", DocText{
			Title:   "Rakennusosat kiertoon",
			Summary: "Hanke edistää käytettyjen rakennusosien uudelleenkäyttöä julkisessa rakentamisessa.",
			Refs:    []string{"Helsingin kaupunki", "Purkupiste Oy"},
			Body:    "Pilottikohteissa puretut rakennusosat kunnostetaan ja asennetaan uusiin kouluihin.",
		}, nil, facets("focus_areas", "construction", "business_models", "life-extension")),
		fd("projects", "tekstiilit-talteen", DocText{
			Title:   "Tekstiilit talteen",
			Summary: "Poistotekstiilien erilliskeräys ja kuidutus uusiksi tuotteiksi.",
			Refs:    []string{"Poistotekstiiliyhdistys ry", "Aalto-yliopisto"},
		}, &DocText{Title: "Textiles Back in Use", Summary: "Separate collection of discarded textiles and recycling them into new fibres."},
			facets("focus_areas", "textiles", "business_models", "resource-recovery")),
		fd("projects", "elektroniikkaromu", DocText{
			Title:   "Elektroniikkaromun kierrätys",
			Summary: "Kierrätys ja korjaus pidentävät laitteiden käyttöikää.",
			Refs:    []string{"Sähkökierrätys Oy"},
			Body:    "Hankkeessa kerättiin käytöstä poistettuja puhelimia ja tietokoneita.",
		}, nil, facets("focus_areas", "electronics", "business_models", "life-extension")),
		fd("projects", "ruokahavikki-pois", DocText{
			Title:   "Ruokahävikki pois",
			Summary: "Kaupat, ravintolat ja ruoka-apu vähentävät ruokahävikkiä yhdessä.",
			Refs:    []string{"Ruoka-apu ry"},
		}, nil, facets("focus_areas", "food", "business_models", "resource-recovery")),
		fd("projects", "kiertotalouslaakso", DocText{
			Title:   "Uudenmaan kiertotalouslaakso",
			Summary: "Klusterihanke kokoaa kiertotalouden toimijat yhteen.",
			Refs:    []string{"Uudenmaan liitto", "Helsingin kaupunki"},
			Body:    "Kiertotalousklusteri järjestää tapahtumia ja yhdistää yritykset rahoittajiin.",
		}, &DocText{Title: "Helsinki-Uusimaa Circular Valley", Summary: "A cluster project bringing circular economy actors together."},
			facets("business_models", "sharing-platforms")),

		fd("contracts", "purkusopimus", DocText{
			Title:   "Purkuurakan mallisopimus",
			Summary: "Mallisopimus valikoivaan purkuun ja rakennusosien talteenottoon.",
			Refs:    []string{"Helsingin kaupunki"},
		}, nil, facets("focus_areas", "construction")),
		fd("contracts", "muovisitoumus", DocText{
			Title:   "Muovisitoumus",
			Summary: "Green deal -sitoumus muovipakkausten kierrätettävyyden parantamisesta.",
			Refs:    []string{"Muoviasema Oy"},
		}, &DocText{Title: "Plastics commitment", Summary: "A green deal commitment to make plastic packaging recyclable."},
			facets("focus_areas", "plastics")),
		fd("contracts", "jakamisalustan-ehdot", DocText{
			Title:   "Jakamisalustan käyttöehdot",
			Summary: "Malliehdot työkalujen ja laitteiden lainaamiseen jakamisalustalla.",
		}, nil, facets("business_models", "sharing-platforms")),

		fd("funding", "eakr", DocText{
			Title:   "Euroopan aluekehitysrahasto",
			Summary: "EAKR-rahoitus alueen elinvoimaa ja kiertotaloutta edistäville hankkeille.",
			Refs:    []string{"Uudenmaan liitto"},
			Body:    "Haku on avoinna kaksi kertaa vuodessa. Rahoitus kattaa enintään 70 prosenttia kustannuksista.",
		}, &DocText{Title: "European Regional Development Fund", Summary: "ERDF funding for projects that promote regional vitality and the circular economy."}, nil),
		fd("funding", "kiertotalousavustus", DocText{
			Title:   "Kiertotalouden investointiavustus",
			Summary: "Avustus yrityksille kierrätyksen ja uudelleenkäytön investointeihin.",
		}, nil, facets("business_models", "resource-recovery")),
		fd("funding", "interreg-bsr", DocText{
			Title:   "Interreg Baltic Sea Region",
			Summary: "Itämeren alueen yhteistyöhankkeiden rahoitusohjelma.",
		}, &DocText{Summary: "Funding programme for cooperation projects in the Baltic Sea region."}, nil),

		fd("pages", "about", DocText{
			Title:   "Tietoa klusterista",
			Summary: "Kimpassa liiketoimintaa kiertotaloudesta.",
			Body:    "Klusteri kokoaa yritykset, kunnat ja tutkimuslaitokset.",
		}, &DocText{Title: "About the cluster", Summary: "Doing circular business together."}, nil),
		fd("pages", "join", DocText{
			Title:   "Liity mukaan",
			Summary: "Näin yrityksesi liittyy klusterin jäseneksi.",
		}, &DocText{Title: "Join us", Summary: "How your company joins the cluster."}, nil),
	}
}

// smallLayout cuts the fixture into many small files, so that the Node
// tests also cover several shards, long posting lists in files of their own
// and many fragment files (and match() without a match fragments file or
// a shard bundle).
var smallLayout = layout{maxShards: 1000, shardMinBytes: 300, maxLongLists: 20, longListBytes: 12, maxFragFiles: 1000, minFragDocs: 3, maxMatchFrags: 0, maxShardBundle: 0, maxKeyFilter: 64 << 10}

// TestFixtureIndexIsCurrent keeps testdata/fixture and testdata/fixture-small
// (the indexes the Node tests of search.js read) equal to what Build writes;
// -update rewrites them.
func TestFixtureIndexIsCurrent(t *testing.T) {
	for dir, lay := range map[string]layout{fixtureDir: defaultLayout, fixtureDir + "-small": smallLayout} {
		files, _, err := build(fixtureDocs(), fixtureOptions(), lay, false)
		if err != nil {
			t.Fatal(err)
		}
		checkDir(t, dir, files)
	}
}

func checkDir(t *testing.T, dir string, files map[string][]byte) {
	t.Helper()
	if *update {
		if err := os.RemoveAll(dir); err != nil {
			t.Fatal(err)
		}
		for name, data := range files {
			p := filepath.Join(dir, filepath.FromSlash(name))
			if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(p, data, 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
	var onDisk []string
	err := filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(dir, p)
		onDisk = append(onDisk, filepath.ToSlash(rel))
		return nil
	})
	if err != nil {
		t.Fatalf("%v (run go test ./generator/searchindex -run TestFixtureIndexIsCurrent -update)", err)
	}
	for _, name := range onDisk {
		want, ok := files[name]
		got, _ := os.ReadFile(filepath.Join(dir, name))
		if !ok || !bytes.Equal(got, want) {
			t.Errorf("%s/%s is stale (run go test ./generator/searchindex -run TestFixtureIndexIsCurrent -update)", dir, name)
		}
	}
	if len(onDisk) != len(files) {
		t.Errorf("%s has %d files, Build writes %d (run with -update)", dir, len(onDisk), len(files))
	}
}
