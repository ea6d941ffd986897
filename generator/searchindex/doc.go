// Package searchindex builds kimppa's static search index: the files under
// public/search/ that assets/search/search.js (the client, an ES module
// with no dependencies) loads piece by piece in a browser or in Node.
//
// # Analysis
//
// Text is analysed with bleve, per language (fi, sv, en; other languages
// get lower case only):
//
//   - Tokenising: runs of letters, marks and digits, joined by one ' ’ . or
//   - between two such runs ("raaka-aine", "0201256-6", "kimppa.fi").
//     This is bleve's regexp tokenizer with tokenPattern, written out by hand
//     for speed (TestTokenizerMatchesRegexp). bleve's unicode tokenizer
//     (UAX #29) is not used because JavaScript cannot reproduce it exactly.
//   - bleve's filters: possessive (en), lower case, stop words (stop_fi,
//     stop_en, stop_sv).
//   - fold: diacritics removed (ä→a, ö→o, å→a, é→e, …), so "sahko" finds
//     "sähkö".
//   - stem: a light, table-driven stemmer that maps the forms of a word to
//     one key: Finnish muovi, muovin, muoveja, muovit → "muov"; kierrätys,
//     kierrätyksen, kierrätystä → "kierrat"; rakennusosat, rakennusosien →
//     "rakennus". It strips one case ending, the stem vowels and plural j,
//     undoes the common consonant gradations (nn→nt, kk→k, ks→s, …) and a
//     final s. English strips plurals, -ing, -ed, e and y; Swedish strips
//     common endings.
//
// Analyze returns these keys. search.js has the same tokeniser, fold table,
// stop words and stemmers, so a query gets the keys the index has;
// TestGoAndJSAgreeOnAnalysis runs search.js in Node on a table of words and
// on the whole fixture and compares, and TestGeneratedJS keeps the fold
// table and stop words in search.js equal to Go's and bleve's
// (go test -run TestGeneratedJS -update rewrites them).
//
// bleve's Snowball stemmers alone are not enough: they give different stems
// to forms of one word (muovi → muovi, muovin → muov, muoveja → muovej), and
// JavaScript would need to reproduce them. They are used at build time, in
// the other direction: keys of words with the same Snowball stem are
// aliases of each other, listed in the dictionary, and the client looks
// them up too (so "palveluna" finds "palvelu" although the light stemmer
// keys them apart).
//
// Gradation the light stemmer leaves: a Finnish word whose key may be the
// weak grade of another key of the site (tiedon → tied ~ tiet of tieto,
// luvan → luv ~ lup of lupa, ruoan → ruo ~ ruok of ruoka) is also indexed
// under that key, at weightGradation; search.js tries the same strong keys
// for query words, so each grade finds the other.
//
// Compounds: a Finnish or Swedish word of 8 letters or more is split where
// both sides (4 letters or more) are words of the site's vocabulary (the
// keys of every word in the content and the taxonomy labels), and indexed
// under the parts too, at weightPart of the word's weight: "pankki" finds
// "rakennusosapankki". A head must be written in the text (itself, or its
// -t plural or -n genitive) or be a vowel-final base form of a known key; a
// tail that follows two different heads is a word even when no text uses it
// alone. Derivational endings (-minen, -uus, …) are not words.
// Hyphenated words are also indexed under their parts. Identifiers
// (Doc.IDs, e.g. a Y-tunnus) are keys of their own, with and without
// hyphens.
//
// # Ranking
//
// Each (key, doc) has a weighted term frequency, BM25F-style: a word adds
// its field's weight (title 5, keywords and labels 2, summary 1.5,
// referenced names 1, body 1, identifiers 3), divided by the field's
// length normalisation (1-b+b·length/average, b per field). The index stores
// the BM25 term-frequency part, tf·(k1+1)/(tf+k1) with k1 = 2, as a level
// 0..15. The client scores a query word by its best matching key for each
// doc (exact key 1, other languages' stem 0.9, aliases 0.8 of that,
// a typed form longer than its stem 0.85; completions of the last word, if
// it is still being typed, add half of their 0.6–1.0 weight), with one idf
// for the word from all the docs its keys found. Docs are ranked by the
// number of query words they match, then by the sum of the word scores,
// then by doc order. An empty query lists the matching docs by title.
//
// # Files
//
// FormatVersion is written into the entry file; search.js has its own
// FORMAT_VERSION and warns when they differ. Build returns the files keyed
// by their path under search/. All are JSON (a host gzips them); all but the
// entry are named by content hash, so they can be cached forever. A series
// of files shares the hash of the whole series: dir/<hash>-<n>.json.
//
//	index.json            the entry (small, loaded first):
//	  {"format":1, "langs":["fi","en"], "docs":N,
//	   "facets":"f/<hash>.json",
//	   "shards":"t/<hash>-", "shardFirst":["", "kier", …],
//	   "postings":"p/<hash>-",
//	   "frags":"d/<hash>-", "fragSize":S,
//	   "ranks":{"fi":"r/<hash>.json", …},
//	   "urls":{type:{lang:prefix}},
//	   "matchFrags":"m/<hash>.json",  optional: see below
//	   "shardBundle":"t/<hash>.json", optional: every shard in one file (a
//	                      JSON array of the shards), where they are at most
//	                      96 KiB: match() loads it instead of the shards
//	   "long":{key:[n, …]},   optional: the long lists (p/<hash>-<n>.json)
//	                      that looking key up reads: its own, its aliases',
//	                      its lemma classes' (key~class)
//	   "keyFilter":"k/<hash>.json"}  optional, where there is no shard
//	                      bundle: a Bloom filter of every shard key
//	                      (keyfilter.go); a client that has it fetches no
//	                      shard for a key it does not hold
//	t/<hash>-<i>.json     term shard i: keys from shardFirst[i] up to the
//	                      next shard's first key (JavaScript string order):
//	                      {"k":[keys], "p":[entries], "x":{alias:entry}}. An
//	                      entry is a posting list, or "@n" for a long list in
//	                      p/<hash>-<n>.json, then optionally "|" and alias
//	                      keys joined by ","; x (optional) has the entries
//	                      (without aliases) of the aliases named here that
//	                      are in other shards.
//	p/<hash>-<n>.json     a long posting list (a JSON string).
//	f/<hash>.json         the facet table, loaded with the first query:
//	                      {"facets":[{"name","label":{lang:…},"terms":[{"key",
//	                      "label":{lang:…},"docs":set}]}]}: "type" first, then
//	                      "kind", then the taxonomies by name.
//	d/<hash>-<n>.json     display fragments of docs n·S … n·S+S-1:
//	                      {"d":[[slug, [title, summary, url] per site language
//	                      or null, then the e-mail address to contact of a doc
//	                      match() may suggest, where it has one]]}; after the
//	                      doc's first language, 0 means "the same as there"; a
//	                      url of 0 is urls[type][lang] + slug + "/". Summaries
//	                      are cut to 140 characters.
//	r/<hash>.json         doc ids in title order for one language (VLQ).
//	m/<hash>.json         (entry.match) what match() needs besides: the docs
//	                      a doc brings along, open docs, regions.
//	m/<hash>.json         (entry.matchFrags) the fragments of every doc
//	                      match() may suggest (actors, services, open
//	                      challenges and funding): {"ids":set, "d":[records
//	                      as in d/, in id order]}; only where they are at
//	                      most 128 KiB, so a need's titles cost no round trip.
//	k/<hash>.json         (entry.keyFilter) {"m":bits, "k":probes, "b":bits
//	                      in base 64, 6 a digit, lowest first}; only where it
//	                      is at most 64 KiB.
//
// A posting list is base-64 VLQ numbers (5 bits a digit, least significant
// first, 32 on every digit but the last; digits A–Z a–z 0–9 + /), one per
// doc: (id - previous id - 1) << 4 | level, ids ascending from -1. A doc
// set is "b" + a base-64 bitset (6 docs a digit, lowest bit first) or "r" +
// VLQ run lengths (gap, length-1, …).
//
// Doc ids are given in the order type, actor kind, first term of the most
// used taxonomy, title, slug: related entities share fragment files and
// facet sets have long runs.
//
// Sizes: the dictionary is cut into at most 480 shards at points where
// neighbouring keys share a short prefix (so a word being typed seldom needs
// two); the 60 longest posting lists (2 KB or more) get files of their own;
// fragments take at most 1,250 files (8 docs each at 10,000 docs). A
// 10,000-doc index is about 1,800 files.
//
// # Client
//
// search.js implements the contract of DESIGN.md ("Search client
// contract"): createSearch({load}) and s.search(query, {lang, filters,
// limit, offset}) → {results: [{type, slug, url, title, summary, score}],
// total, facets: {name: {term: count}}}. It also has s.facetInfo(lang)
// (facet and term labels for a UI) and exports analyze, stem and fold.
// Filters are ORed within a facet and ANDed across facets; a facet's counts
// leave out its own filter, so the other terms of a ticked facet keep their
// counts. Query words: the last one, unless followed by a space, is also
// matched as a prefix; stop words of the query's language are dropped, and
// a query of stop words only lists everything. Score is words matched plus
// BM25/(BM25+1), so it falls with the rank. A query loads the entry, the
// facet table, the shards of its words (keys of other languages and aliases
// only from those shards, so results do not depend on what was loaded
// before), their long lists and the fragment files of the results shown.
// match() fetches in one wave every shard and long list a need's words may
// lead to (their keys, bridges, lemma classes, the aliases' copies in x,
// and the compound parts of every long word, needed or not) and the match
// fragments file, so a need waits for one round trip (two on a site too
// large for that file: the fragments of its results come after).
//
// # Search page
//
// assets/js/search-ui.js runs the page; see its header for the markup it
// expects. Its texts come from the data-labels attribute of #search-app, a
// JSON object with the keys results, results_one, no_results, browse,
// loading, error, filters, clear, more and results_list: package words'
// search_ui_ keys, which render writes there. Facet names, term names and type
// badges come from Options.FacetLabels (give the facet's own name as the
// term "", e.g. FacetLabels["focus_areas"][""]["fi"] = "Teema-alueet").
//
// # Tests and numbers
//
//	go test ./generator/searchindex/...   Go tests, and (when node is on
//	                                      PATH) the Go↔JS agreement test and
//	                                      node --test assets/search/
//	node --test assets/search/            search.js against the fixture
//	                                      index (testdata/fixture and
//	                                      testdata/fixture-small), and the
//	                                      page in headless Chromium if it
//	                                      is installed
//	go test ./generator/searchindex -run TestFixtureIndexIsCurrent -update
//	                                      rewrites the fixture index
//	go test ./generator/searchindex -run '^$' -bench Build -benchtime 3x
//	                                      build time and peak heap
//	go test ./generator/searchindex -run TestWriteSyntheticSearch -synth 10000 -synth-out /tmp/pub
//	node bench/search-bench.mjs /tmp/pub  bytes, files and query times
package searchindex
