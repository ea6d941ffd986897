package render

// supervisor is the authority that supervises the accessibility of
// digital services in Finland (Act on the Provision of Digital Services
// 306/2019), named on every accessibility statement. Since 1 January 2025
// it is Liikenne- ja viestintävirasto Traficom (government proposal HE
// 71/2024); before, the Regional State Administrative Agency for
// Southern Finland, and the regional agencies ceased at the end of 2025.
// The next reform changes this entry and nothing else.
var supervisor = map[string]authority{
	"fi": {
		Name:    "Liikenne- ja viestintävirasto Traficom, digitaalisen esteettömyyden ja saavutettavuuden valvontayksikkö",
		Web:     "https://www.saavutettavuusvaatimukset.fi/",
		WebText: "www.saavutettavuusvaatimukset.fi",
		Email:   "saavutettavuus@traficom.fi",
		Phone:   "029 534 5000",
	},
	"sv": {
		Name:    "Transport- och kommunikationsverket Traficom, enheten för tillsyn över digital tillgänglighet",
		Web:     "https://www.tillganglighetskrav.fi/",
		WebText: "www.tillganglighetskrav.fi",
		Email:   "saavutettavuus@traficom.fi",
		Phone:   "029 534 5000",
	},
	"en": {
		Name:    "Finnish Transport and Communications Agency Traficom, Digital Accessibility Supervision Unit",
		Web:     "https://www.webaccessibility.fi/",
		WebText: "www.webaccessibility.fi",
		Email:   "saavutettavuus@traficom.fi",
		Phone:   "+358 29 534 5000",
	},
}

// supervisorIn is the authority's entry in lang, else in English.
func supervisorIn(lang string) authority {
	if a, ok := supervisor[lang]; ok {
		return a
	}
	return supervisor["en"]
}
