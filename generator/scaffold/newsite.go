package scaffold

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/kimppa/kimppa/generator/config"
	"github.com/kimppa/kimppa/generator/output"
)

// SiteConfig is the kimppa.yaml of a new site, with the cluster's usual
// taxonomies; the bench corpus uses it too.
const SiteConfig = `# The portal's settings. Every label may be text or {fi: "…", en: "…"}.
title: {fi: "Uusi kiertotalousklusteri", en: "New circular economy cluster"}
description:
  fi: "Klusterin toimijat, palvelut, hankkeet, sopimukset ja rahoitus yhdessä paikassa."
  en: "The cluster's actors, services, projects, contracts and funding in one place."
base_url: https://example.org/
languages: [fi, en]            # the first is the default language
repository: ""                 # e.g. https://github.com/ORG/REPO, for "Edit this page" links
branch: main
admins: []                     # GitHub handles that may change any file
data_license: CC-BY-4.0        # the licence of the open data in data/ (an SPDX id)
tagline:                       # optional: the footer's line about the cluster
  fi: "Kimpassa liiketoimintaa kiertotaloudesta."
  en: "Doing circular business together."
accessibility:                 # the accessibility statement (/saavutettavuus/), Act 306/2019
  contact: ""                  # feedback: an e-mail address or an https:// address; kimppa check warns while empty
  assessed: ""                 # the date of your last accessibility assessment, e.g. 2026-11-30
sections:
  actors:    {fi: toimijat,   en: actors}
  services:  {fi: palvelut,   en: services}
  projects:  {fi: hankkeet,   en: projects}
  contracts: {fi: sopimukset, en: contracts}
  funding:   {fi: rahoitus,   en: funding}
taxonomies:
  focus_areas:
    label: {fi: Teema-alueet, en: Focus areas}
    path:  {fi: teemat, en: themes}
    terms:
      construction: {fi: Rakentaminen, en: Construction}
      plastics:     {fi: Muovit, en: Plastics}
      textiles:     {fi: Tekstiilit, en: Textiles}
      food:         {fi: Ruoka ja biokierrot, en: Food and bio-cycles}
      electronics:  {fi: Sähkö ja elektroniikka, en: Electronics}
  business_models:
    label: {fi: Kiertotalouden liiketoimintamallit, en: Circular business models}
    path:  {fi: liiketoimintamallit, en: business-models}
    terms:
      renewables:          {fi: Uusiutuvat raaka-aineet, en: Circular supplies}
      resource-recovery:   {fi: Resurssitehokkuus ja kierrätys, en: Resource recovery}
      life-extension:      {fi: Tuotteen elinkaaren pidentäminen, en: Product life extension}
      product-as-service:  {fi: Tuote palveluna, en: Product as a service}
      sharing-platforms:   {fi: Jakamisalustat, en: Sharing platforms}
`

// siteFiles are the files of a new site: its configuration and the about
// and join pages.
var siteFiles = map[string]string{
	config.FileName:          SiteConfig,
	"content/pages/about.md": "---\ntitle: Tietoa klusterista\nsummary: Mikä klusteri on ja mitä se tekee.\n---\n\nKerro tässä, mikä klusteri on, ketkä sitä vetävät ja miten se toimii.\n",
	"content/pages/join.md":  "---\ntitle: Liity mukaan\nsummary: Näin organisaatiosi pääsee mukaan.\n---\n\nKerro tässä, miten organisaatio liittyy klusteriin ja saa profiilin portaaliin.\n",
}

// NewSite writes a new site into dir: kimppa.yaml and the about and join
// pages. It refuses a folder that already has a kimppa.yaml, and writes
// over no file: when one of them is there it writes nothing.
func NewSite(dir string) ([]string, error) {
	if st, err := os.Stat(dir); err == nil && !st.IsDir() {
		return nil, &output.TargetError{Dir: dir, Reason: "it is a file, not a folder", Hint: "choose a new folder for the site", Action: "write into"}
	}
	if _, err := os.Stat(filepath.Join(dir, config.FileName)); err == nil {
		return nil, &UsageError{fmt.Sprintf("%s already has a %s", dir, config.FileName)}
	} else if !errors.Is(err, fs.ErrNotExist) {
		return nil, err
	}
	names := []string{config.FileName, "content/pages/about.md", "content/pages/join.md"}
	for _, name := range names {
		full := filepath.Join(dir, filepath.FromSlash(name))
		if _, err := os.Lstat(full); err == nil {
			return nil, &output.TargetError{Dir: full, Reason: "it already exists", Hint: "choose a new or empty folder for the site", Action: "write"}
		}
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, err
	}
	if err := create(dir, dir, siteFiles, names); err != nil {
		return nil, err
	}
	var written []string
	for _, name := range names {
		written = append(written, filepath.Join(dir, filepath.FromSlash(name)))
	}
	return written, nil
}
