// Package corpus writes a deterministic synthetic kimppa site of any size,
// with Finnish-like text and valid references, for benchmarks.
package corpus

import (
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"

	"github.com/kimppa/kimppa/generator/scaffold"
)

// today is the fixed date project statuses agree with, so the corpus
// stays free of warnings and every run builds the same site.
const today = "2026-11-23"

// Share of each type in a corpus of n entities.
var shares = []struct {
	typ   string
	share float64
}{{"actors", 0.30}, {"services", 0.20}, {"projects", 0.25}, {"contracts", 0.10}, {"funding", 0.10}, {"challenges", 0.05}}

var (
	stems = []string{"muovi", "kierrätys", "rakennus", "purku", "materiaali", "tekstiili", "ruoka", "biokaasu", "elektroniikka",
		"akku", "puu", "betoni", "lasi", "metalli", "energia", "vesi", "ravinne", "pakkaus", "kuljetus", "korjaus",
		"vuokraus", "jakaminen", "palvelu", "alusta", "data", "laskenta", "sivuvirta", "komposti", "kiertotalous", "hiili"}
	suffixes = []string{"", "n", "a", "ssa", "sta", "lla", "ksi", "t", "jen", "ja", "en", "ista"}
	joiners  = []string{"ja", "sekä", "kun", "jotta", "myös", "uusi", "kestävä", "alueellinen", "yhteinen", "paikallinen"}
	places   = []string{"Helsinki", "Espoo", "Vantaa", "Porvoo", "Lohja", "Hyvinkää", "Järvenpää", "Kerava", "Tuusula", "Oulu"}
	kinds    = []string{"company", "company", "company", "municipality", "public", "research", "education", "association"}
	terms    = []string{"construction", "plastics", "textiles", "food", "electronics"}
	models   = []string{"renewables", "resource-recovery", "life-extension", "product-as-service", "sharing-platforms"}
)

// Write creates a site with n entities in dir.
func Write(dir string, n int) error {
	g := &gen{r: rand.New(rand.NewPCG(1, uint64(n))), dir: dir, count: map[string]int{}}
	for _, s := range shares {
		g.count[s.typ] = max(1, int(float64(n)*s.share))
	}
	config, err := siteConfig()
	if err != nil {
		return err
	}
	if err := g.file("kimppa.yaml", config); err != nil {
		return err
	}
	for _, s := range shares {
		for i := range g.count[s.typ] {
			if err := g.entity(s.typ, i); err != nil {
				return err
			}
		}
	}
	for _, p := range []string{"about", "join"} {
		if err := g.file(filepath.Join("content/pages", p+".md"), fmt.Sprintf("---\ntitle: %s\n---\n\n%s\n", p, g.paragraph(5))); err != nil {
			return err
		}
	}
	return nil
}

type gen struct {
	r     *rand.Rand
	dir   string
	count map[string]int
}

func (g *gen) file(rel, text string) error {
	full := filepath.Join(g.dir, rel)
	if err := os.MkdirAll(filepath.Dir(full), 0o755); err != nil {
		return err
	}
	return os.WriteFile(full, []byte(text), 0o644)
}

func (g *gen) word() string {
	return stems[g.r.IntN(len(stems))] + suffixes[g.r.IntN(len(suffixes))]
}

func (g *gen) title() string {
	w := []string{g.word(), joiners[g.r.IntN(len(joiners))], g.word()}
	s := strings.Join(w, " ")
	return strings.ToUpper(s[:1]) + s[1:]
}

func (g *gen) paragraph(sentences int) string {
	var b strings.Builder
	for range sentences {
		n := 6 + g.r.IntN(8)
		words := make([]string, n)
		for i := range words {
			if i%3 == 2 {
				words[i] = joiners[g.r.IntN(len(joiners))]
			} else {
				words[i] = g.word()
			}
		}
		s := strings.Join(words, " ")
		b.WriteString(strings.ToUpper(s[:1]) + s[1:] + ". ")
	}
	return strings.TrimSpace(b.String())
}

func (g *gen) slug(typ string, i int) string {
	return fmt.Sprintf("%s-%05d", strings.TrimSuffix(typ, "s"), i)
}

func (g *gen) ref(typ string) string { return g.slug(typ, g.r.IntN(g.count[typ])) }

func (g *gen) pick(list []string, k int) string {
	seen := map[string]bool{}
	var out []string
	for range k {
		if s := list[g.r.IntN(len(list))]; !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	return "[" + strings.Join(out, ", ") + "]"
}

func (g *gen) date(year int) string {
	return fmt.Sprintf("%d-%02d-%02d", year, 1+g.r.IntN(12), 1+g.r.IntN(28))
}

func (g *gen) common() string {
	return fmt.Sprintf("summary: %q\ntags: [%s, %s]\nfocus_areas: %s\nbusiness_models: %s\n",
		g.paragraph(1), g.word(), g.word(), g.pick(terms, 2), g.pick(models, 2))
}

func (g *gen) entity(typ string, i int) error {
	var fm string
	switch typ {
	case "actors":
		kind := kinds[g.r.IntN(len(kinds))]
		fm = fmt.Sprintf("name: %q\nkind: %s\nmunicipality: %s\nmember: %t\nemail: info%d@example.fi\nmaintainers: [user%d]\n",
			g.title()+" Oy", kind, places[g.r.IntN(len(places))], g.r.IntN(2) == 0, i, i)
		if kind == "company" {
			fm += "size: sme\n"
		}
	case "services":
		fm = fmt.Sprintf("title: %q\nproviders: [%s]\npricing: paid\naudience: [company, municipality]\n", g.title(), g.ref("actors"))
	case "projects":
		start := 2020 + g.r.IntN(9)
		from, until := g.date(start), g.date(start+3)
		st := "ongoing"
		switch {
		case until < today:
			st = "completed"
		case from > today:
			st = "planned"
		}
		fm = fmt.Sprintf("title: %q\nstatus: %s\nstart: %s\nend: %s\ncoordinator: %s\npartners: [%s, %s]\nbudget: %d\nfunding:\n  - source: %s\n    amount: %d\nmilestones:\n  - date: %s\n    title: %q\n    done: true\nrelated: [services/%s]\n",
			g.title(), st, from, until, g.ref("actors"), g.ref("actors"), g.ref("actors"),
			100000+g.r.IntN(900000), g.ref("funding"), 50000+g.r.IntN(400000), g.date(start+1), g.title(), g.ref("services"))
	case "contracts":
		fm = fmt.Sprintf("title: %q\ncontract_type: template\nparties: [%s, %s]\nlicense: CC-BY-4.0\nvalid_from: %s\n", g.title(), g.ref("actors"), g.ref("actors"), g.date(2023))
	case "challenges":
		status := []string{"open", "open", "open", "in-progress", "solved"}[g.r.IntN(5)]
		fm = fmt.Sprintf("title: %q\nowner: %s\nstatus: %s\nseeking: [company, research]\ndeadline: %s\n",
			g.title(), g.ref("actors"), status, g.date(2027))
	case "funding":
		fm = fmt.Sprintf("name: %q\nlevel: regional\nfunder: %s\nprogramme: %q\neligible: [company, research]\ncalls:\n  - title: %q\n    opens: %s\n    closes: %s\n",
			g.title(), g.ref("actors"), g.title(), g.title(), g.date(2025), g.date(2026))
	}
	text := "---\n" + fm + g.common() + "---\n\n" + g.paragraph(4) + "\n\n" + g.paragraph(3) + "\n"
	return g.file(filepath.Join("content", typ, g.slug(typ, i)+".md"), text)
}

// siteConfig is a new site's configuration with a repository, an admin
// and an accessibility contact, so that pages carry their edit links as
// a real portal's do and the site checks without a warning.
func siteConfig() (string, error) {
	c := strings.NewReplacer(`repository: ""`, "repository: https://github.com/example/portal",
		"admins: []", "admins: [admin]", `contact: ""`, "contact: saavutettavuus@example.org").Replace(scaffold.SiteConfig)
	if !strings.Contains(c, "example/portal") || !strings.Contains(c, "[admin]") || !strings.Contains(c, "saavutettavuus@example.org") {
		return "", fmt.Errorf("corpus: the new-site configuration changed shape; update siteConfig")
	}
	return c, nil
}
