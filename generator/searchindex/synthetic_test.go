package searchindex

import (
	"flag"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/tdewolff/minify/v2"
	"github.com/tdewolff/minify/v2/js"
)

// Synthetic content for benchmarks: deterministic Finnish-like entities with
// topic words, inflections, compounds, made-up names and some English
// translations.

var (
	synthN   = flag.Int("synth", 0, "TestWriteSyntheticSearch: number of synthetic docs")
	synthOut = flag.String("synth-out", "", "TestWriteSyntheticSearch: public dir to write search/ into")
	synthLay = flag.String("synth-layout", "", "TestWriteSyntheticSearch: layout overrides, maxShards,shardMinBytes,maxLongLists,longListBytes,maxFragFiles,minFragDocs")
)

var synthTopics = map[string][]string{
	"construction": {"rakentaminen", "rakennus", "rakennusosa", "purku", "betoni", "puu", "ikkuna", "ovi", "palkki", "tiili", "rakennusosapankki", "purkumateriaali", "korjausrakentaminen", "työmaa", "rakennusjäte", "kartoitus", "asfaltti", "maa-aines"},
	"plastics":     {"muovi", "muovipakkaus", "kierrätysmuovi", "biomuovi", "pakkaus", "kalvo", "polymeeri", "granulaatti", "muovijäte", "pullo", "lajittelu", "pantti"},
	"textiles":     {"tekstiili", "poistotekstiili", "kuitu", "kangas", "vaate", "villa", "puuvilla", "kuidutus", "lanka", "tekstiilijäte", "muoti", "korjaus"},
	"food":         {"ruoka", "ruokahävikki", "biojäte", "kompostointi", "ravinne", "biokaasu", "sivuvirta", "leipä", "maatalous", "lannoite", "ravintola", "kauppa"},
	"electronics":  {"sähkö", "elektroniikka", "akku", "metalli", "puhelin", "tietokone", "laite", "elektroniikkaromu", "harvinainen", "korjaamo", "varaosa", "kaapeli"},
}

var synthCommon = []string{
	"kiertotalous", "kierrätys", "yritys", "hanke", "palvelu", "toimija", "kunta", "kaupunki", "rahoitus", "materiaali",
	"tuote", "liiketoiminta", "kehittäminen", "yhteistyö", "ratkaisu", "asiakas", "tutkimus", "uudelleenkäyttö", "jakamisalusta", "vastuullisuus",
	"päästö", "hiilijalanjälki", "energia", "vesi", "logistiikka", "alusta", "verkosto", "klusteri", "ohjelma", "investointi",
	"koulutus", "osaaminen", "innovaatio", "markkina", "hankinta", "sopimus", "vuokraus", "huolto", "käyttöikä", "laatu",
	"kustannus", "tavoite", "tulos", "seuranta", "mittari", "raportti", "strategia", "tiekartta", "alue", "maakunta",
}

var synthFiller = []string{
	"ja", "on", "sekä", "joka", "myös", "uusi", "hyvä", "suuri", "paikallinen", "kestävä", "yhteinen", "tehokas", "avoin",
	"kehittää", "tarjota", "auttaa", "edistää", "vähentää", "lisätä", "parantaa", "tukea", "kerätä", "käsitellä", "valmistaa",
}

var synthEnglish = []string{
	"circular", "economy", "recycling", "plastic", "textile", "construction", "company", "service", "project", "funding",
	"material", "reuse", "repair", "waste", "sharing", "platform", "research", "development", "region", "city",
	"sustainable", "design", "packaging", "energy", "food", "electronics", "batteries", "building", "components", "network",
}

var synthEndings = []string{"", "", "", "n", "a", "ssa", "sta", "lle", "t", "en", "ja", "ksi", "lla", "ien", "iin", "ista"}

var synthSyllables = []string{"ka", "lo", "mi", "ra", "te", "su", "vo", "ne", "hu", "pi", "jä", "kö", "ta", "li", "sa", "ro", "ve", "mu", "ky", "no"}

type synth struct {
	r    *rand.Rand
	pool []string // made-up compounds and names: the long tail of the vocabulary
}

func (s synth) pick(list []string) string { return list[s.r.IntN(len(list))] }

func (s synth) name(syl int) string {
	var b strings.Builder
	for range syl {
		b.WriteString(s.pick(synthSyllables))
	}
	w := b.String()
	return strings.ToUpper(w[:1]) + w[1:]
}

// inflect appends a case ending, roughly: enough to give many word forms.
func (s synth) inflect(w string) string {
	e := s.pick(synthEndings)
	if e == "" || strings.Contains(w, "-") {
		return w
	}
	if strings.HasSuffix(w, "nen") {
		return strings.TrimSuffix(w, "nen") + "s" + e
	}
	return w + e
}

func (s synth) sentence(topic []string, n int) string {
	words := make([]string, n)
	for i := range words {
		switch x := s.r.IntN(10); {
		case x < 3:
			words[i] = s.inflect(s.pick(topic))
		case x < 6:
			words[i] = s.inflect(s.pick(synthCommon))
		case x < 8:
			words[i] = s.pick(synthFiller)
		case x < 9: // long tail: made-up compounds
			words[i] = s.inflect(s.pick(s.pool))
		default:
			words[i] = strings.ToLower(s.name(2 + s.r.IntN(2)))
		}
	}
	return strings.Join(words, " ") + "."
}

func (s synth) english(n int) string {
	words := make([]string, n)
	for i := range words {
		words[i] = s.pick(synthEnglish)
		if s.r.IntN(3) == 0 {
			words[i] += "s"
		}
	}
	return strings.Join(words, " ") + "."
}

// synthDocs makes n deterministic docs.
func synthDocs(n int) []Doc {
	s := synth{r: rand.New(rand.NewPCG(uint64(n), 42))}
	all := slices.Concat(synthCommon, synthTopics["construction"], synthTopics["plastics"], synthTopics["textiles"], synthTopics["food"], synthTopics["electronics"])
	for range 3 * n {
		s.pool = append(s.pool, strings.ToLower(s.name(2+s.r.IntN(2)))+s.pick(all))
	}
	opts := fixtureOptions()
	topics := []string{"construction", "electronics", "food", "plastics", "textiles"}
	models := []string{"renewables", "resource-recovery", "life-extension", "product-as-service", "sharing-platforms"}
	kinds := []string{"company", "company", "company", "company", "municipality", "public", "research", "education", "association", "other"}
	types := []string{"actors", "actors", "actors", "services", "services", "projects", "projects", "contracts", "funding"}
	var actorNames []string
	docs := make([]Doc, 0, n)
	for i := range n {
		typ := types[s.r.IntN(len(types))]
		if i < 10 {
			typ = "pages"
		}
		topic := topics[s.r.IntN(len(topics))]
		tw := synthTopics[topic]
		f := map[string][]string{}
		if typ != "pages" {
			f["focus_areas"] = []string{topic}
			if s.r.IntN(3) == 0 {
				if t2 := topics[s.r.IntN(len(topics))]; t2 != topic {
					f["focus_areas"] = append(f["focus_areas"], t2)
				}
			}
			for _, m := range models {
				if s.r.IntN(4) == 0 {
					f["business_models"] = append(f["business_models"], m)
				}
			}
		}
		var title string
		var ids []string
		switch typ {
		case "actors":
			title = s.name(2+s.r.IntN(2)) + " " + s.pick([]string{"Oy", "Oy", "ry", "Ab", "kaupunki", "yliopisto"})
			f["kind"] = []string{s.pick(kinds)}
			ids = []string{fmt.Sprintf("%07d-%d", s.r.IntN(10000000), s.r.IntN(10))}
			actorNames = append(actorNames, title)
		default:
			title = strings.ToUpper(tw[0][:1]) + s.sentence(tw, 2+s.r.IntN(4))[1:]
			title = strings.TrimSuffix(title, ".")
		}
		var refs []string
		for range s.r.IntN(4) {
			if len(actorNames) > 0 {
				refs = append(refs, actorNames[s.r.IntN(len(actorNames))])
			}
		}
		slug := fmt.Sprintf("%s-%d", strings.ToLower(strings.Fields(fold(strings.ToLower(title)))[0]), i)
		slug = strings.Map(func(r rune) rune {
			if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '-' {
				return r
			}
			return -1
		}, slug)
		var kw []string
		for fn, terms := range f {
			for _, t := range terms {
				kw = append(kw, opts.FacetLabels[fn][t]["fi"])
			}
		}
		fi := DocText{
			Title:    title,
			Summary:  s.sentence(tw, 10+s.r.IntN(20)),
			Keywords: append(kw, s.pick(tw), s.pick(synthCommon)),
			Refs:     refs,
			Body:     s.sentence(tw, 40+s.r.IntN(160)) + " " + s.sentence(tw, 20+s.r.IntN(40)),
		}
		en := fi
		if s.r.IntN(10) < 4 {
			en.Summary = s.english(10 + s.r.IntN(15))
			en.Body = s.english(40 + s.r.IntN(100))
			if typ != "actors" {
				en.Title = s.english(3 + s.r.IntN(3))
			}
		}
		sec := sections[typ]
		if typ == "pages" {
			fi.URL, en.URL = "/"+slug+"/", "/en/"+slug+"/"
		} else {
			fi.URL, en.URL = "/"+sec[0]+"/"+slug+"/", "/en/"+sec[1]+"/"+slug+"/"
		}
		docs = append(docs, Doc{Type: typ, Slug: slug, Langs: map[string]DocText{"fi": fi, "en": en}, Facets: f, IDs: ids})
	}
	return docs
}

// measureBuild runs Build and samples the heap while it runs.
func measureBuild(tb testing.TB, docs []Doc) (map[string][]byte, time.Duration, uint64) {
	runtime.GC()
	var before runtime.MemStats
	runtime.ReadMemStats(&before)
	var peak atomic.Uint64
	cpu0 := processCPU()
	done := make(chan struct{})
	go func() {
		var m runtime.MemStats
		for {
			select {
			case <-done:
				return
			case <-time.After(5 * time.Millisecond):
				runtime.ReadMemStats(&m)
				if m.HeapAlloc > peak.Load() {
					peak.Store(m.HeapAlloc)
				}
			}
		}
	}()
	start := time.Now()
	files, err := Build(docs, fixtureOptions())
	elapsed := time.Since(start)
	lastCPU = processCPU() - cpu0
	close(done)
	var after runtime.MemStats
	runtime.ReadMemStats(&after)
	if after.HeapAlloc > peak.Load() {
		peak.Store(after.HeapAlloc)
	}
	if err != nil {
		tb.Fatal(err)
	}
	return files, elapsed, peak.Load() - min(peak.Load(), before.HeapAlloc)
}

// lastCPU is the CPU time (user+system, all threads) of the last
// measureBuild; on a busy machine it says more than the wall time.
var lastCPU time.Duration

func processCPU() time.Duration {
	var r syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &r); err != nil {
		return 0
	}
	return time.Duration(r.Utime.Nano() + r.Stime.Nano())
}

func benchmarkBuild(b *testing.B, n int) {
	docs := synthDocs(n)
	var files map[string][]byte
	var peak uint64
	b.ResetTimer()
	for b.Loop() {
		var p uint64
		files, _, p = measureBuild(b, docs)
		peak = max(peak, p)
	}
	total := 0
	for _, d := range files {
		total += len(d)
	}
	b.ReportMetric(float64(peak)/(1<<20), "peak-heap-MB")
	b.ReportMetric(float64(lastCPU.Milliseconds()), "cpu-ms")
	b.ReportMetric(float64(len(files)), "files")
	b.ReportMetric(float64(total)/1024, "index-KB")
}

// go test ./generator/searchindex -run '^$' -bench Build -benchtime 3x
func BenchmarkBuild1000(b *testing.B)  { benchmarkBuild(b, 1000) }
func BenchmarkBuild10000(b *testing.B) { benchmarkBuild(b, 10000) }

// TestWriteSyntheticSearch writes the index of -synth N synthetic docs and
// search.js into -synth-out/search/, for bench/search-bench.mjs:
//
//	go test ./generator/searchindex -run TestWriteSyntheticSearch -synth 10000 -synth-out /tmp/pub
//	node bench/search-bench.mjs /tmp/pub
func TestWriteSyntheticSearch(t *testing.T) {
	if *synthN == 0 || *synthOut == "" {
		t.Skip("needs -synth N -synth-out DIR")
	}
	docs := synthDocs(*synthN)
	if *synthLay != "" {
		l := &defaultLayout
		if _, err := fmt.Sscanf(*synthLay, "%d,%d,%d,%d,%d,%d", &l.maxShards, &l.shardMinBytes, &l.maxLongLists, &l.longListBytes, &l.maxFragFiles, &l.minFragDocs); err != nil {
			t.Fatal(err)
		}
	}
	files, elapsed, peak := measureBuild(t, docs)
	dir := filepath.Join(*synthOut, "search")
	if err := os.RemoveAll(dir); err != nil {
		t.Fatal(err)
	}
	// search.js minified, as the site build writes it
	src, err := os.ReadFile(searchJS)
	if err != nil {
		t.Fatal(err)
	}
	m := minify.New()
	m.AddFunc("text/javascript", js.Minify)
	if files["search.js"], err = m.Bytes("text/javascript", src); err != nil {
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
	t.Logf("docs %d: build %v, peak heap %.1f MB, %d files", len(docs), elapsed.Round(time.Millisecond), float64(peak)/(1<<20), len(files))
	fmt.Printf("{\"docs\":%d,\"buildMs\":%d,\"buildCPUMs\":%d,\"peakHeapMB\":%.1f}\n", len(docs), elapsed.Milliseconds(), lastCPU.Milliseconds(), float64(peak)/(1<<20))
}
