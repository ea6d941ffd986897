package searchindex

// synonymsGeneral are more Finnish words that name the same thing, for
// reading needs only (the compound splitter keeps to synonyms): an
// action as its noun, its -minen noun and its verb ("kuljetus",
// "kuljettaminen", "kuljettaa"), and the colloquial word for a common
// one ("firma"). An action whose verb has other meanings ("jakaa",
// "vaihtaa", "valmistaa") is left out.
var synonymsGeneral = [][]string{
	{"kuljetus", "kuljettaminen", "kuljettaa"},
	{"lahjoitus", "lahjoittaminen", "lahjoittaa"},
	{"jalostus", "jalostaminen", "jalostaa"},
	{"puhdistus", "puhdistaminen", "puhdistaa"},
	{"pesu", "peseminen", "pestä"},
	{"vähentäminen", "vähentää", "vähennys"},
	{"ehkäisy", "ehkäiseminen", "ehkäistä"},
	{"myynti", "myyminen", "myydä"},
	{"vuokraus", "vuokrata"},
	{"huolto", "huoltaminen", "huoltaa"},
	{"kunnostus", "kunnostaminen", "kunnostaa"},
	{"lainaus", "lainaaminen", "lainata"},
	{"koulutus", "kouluttaminen", "kouluttaa"},
	{"opetus", "opettaminen", "opettaa"},
	{"kartoitus", "kartoittaminen", "kartoittaa"},
	{"julkaisu", "julkaiseminen", "julkaista"},
	{"murskaus", "murskaaminen", "murskata"},
	{"tilasto", "tilastotieto"},
	{"aineisto", "tietoaineisto"},
	{"yritys", "firma"},
}
