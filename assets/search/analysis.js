// kimppa search client: text analysis, shared with the Go side
// (generator/searchindex): the tokeniser, fold, stop words and light
// stemmers (TestGoAndJSAgreeOnAnalysis), a need's language (whatlanggo's
// trigram method), the glossary bridges, filler and place words and the
// lemma classes of Finnish keys. The generated block comes from Go.

export const TOKEN_RE = /[\p{L}\p{M}\p{N}]+(?:['’.\-][\p{L}\p{M}\p{N}]+)*/gu;
const MARK_RE = /\p{M}/u;
export const OPEN_END_RE = /[\p{L}\p{M}\p{N}]$/u;

// BEGIN GENERATED (go test ./generator/searchindex -run TestGeneratedJS -update)
const FOLD_PAIRS = "ßss àa áa âa ãa äa åa æae çc èe ée êe ëe ìi íi îi ïi ðd ñn òo óo ôo õo öo øo ùu úu ûu üu ýy þth ÿy āa ăa ąa ćc čc ďd đd ēe ėe ęe ěe īi įi ıi łl ńn ňn ōo őo œoe řr śs şs šs ťt ūu ůu űu ųu źz żz žz ’'";
const STOP_WORDS = {
  en: "a about above after again against all am an and any are aren't as at be because been before being below between both but by can't cannot could couldn't did didn't do does doesn't doing don't down during each few for from further had hadn't has hasn't have haven't having he he'd he'll he's her here here's hers herself him himself his how how's i i'd i'll i'm i've if in into is isn't it it's its itself let's me more most mustn't my myself no nor not of off on once only or other ought our ours ourselves out over own same shan't she she'd she'll she's should shouldn't so some such than that that's the their theirs them themselves then there there's these they they'd they'll they're they've this those through to too under until up very was wasn't we we'd we'll we're we've were weren't what what's when when's where where's which while who who's whom why why's with won't would wouldn't you you'd you'll you're you've your yours yourself yourselves",
  fi: "ei eivät emme en et ette että he heidän heidät heihin heille heillä heiltä heissä heistä heitä hän häneen hänelle hänellä häneltä hänen hänessä hänestä hänet häntä itse ja johon joiden joihin joiksi joilla joille joilta joina joissa joista joita joka joksi jolla jolle jolta jona jonka jos jossa josta jota jotka kanssa keiden keihin keiksi keille keillä keiltä keinä keissä keistä keitä keneen keneksi kenelle kenellä keneltä kenen kenenä kenessä kenestä kenet ketkä ketä koska kuin kuka kun me meidän meidät meihin meille meillä meiltä meissä meistä meitä mihin miksi mikä mille millä miltä minkä minua minulla minulle minulta minun minussa minusta minut minuun minä missä mistä mitkä mitä mukaan mutta ne niiden niihin niiksi niille niillä niiltä niin niinä niissä niistä niitä noiden noihin noiksi noilla noille noilta noin noina noissa noista noita nuo nyt näiden näihin näiksi näille näillä näiltä näinä näissä näistä näitä nämä ole olemme olen olet olette oli olimme olin olisi olisimme olisin olisit olisitte olisivat olit olitte olivat olla olleet ollut on ovat poikki se sekä sen siihen siinä siitä siksi sille sillä siltä sinua sinulla sinulle sinulta sinun sinussa sinusta sinut sinuun sinä sitä tai tallä te teidän teidät teihin teille teillä teiltä teissä teistä teitä tuo tuohon tuoksi tuolla tuolle tuolta tuon tuona tuossa tuosta tuotä tähän täksi tälle tältä tämä tämän tänä tässä tästä tätä vaan vai vaikka yli",
  sv: "alla allt att av blev bli blir blivit de dem den denna deras dess dessa det detta dig din dina ditt du där då efter ej eller en er era ert ett från för ha hade han hans har henne hennes hon honom hur här i icke ingen inom inte jag ju kan kunde man med mellan men mig min mina mitt mot mycket ni nu när någon något några och om oss på samma sedan sig sin sina sitta själv skulle som så sådan sådana sådant till under upp ut utan vad var vara varför varit varje vars vart vem vi vid vilka vilkas vilken vilket vår våra vårt än är åt över",
};
const FILLER = "ab able about abp aiheena aika aikaa aikataulu aikataulua aikoo aikovat aina ainakin aivan ajaa ajais ajaisi ajan ajetaan alkuun aloittaa aloittaisi aloittaisimme already also alue alueella alueelta alueen andra annan annat another anvanda anvander anvands any anybody anyone apu apua as asia asiaa asiakas asiakkaat asiakkaille asiakkaita asiantuntija asiantuntijaa asiantuntijan asiantuntijat asiantuntijoiden asiantuntijoita asioita ask asking auttaa auttais auttaisi auttaisiko auttamaan aven avuksi avulla ay behover best better big borja borjar bring brings build builds buy bv can chefer city co compared corp could danmark day days delvis denmark e.g each economy edelleen eg ehka eika eivat ekonomi eli emme emot enaa englanniksi ennen ensi ensimmainen ensin era eraa eran eria erittain esim esimerkiksi esimerkkeja esimerkki estland estonia etc etenee etsia etsii etsimme etsin etsis etsisimme etsitaan etsivat etta ettei euroa euron euroopan eurooppa europa europe every everyone example exempel exempelvis experience fa find finding finds finland finns first fit fits for fran free gamla gammal gar garna germany get gets gmbh good gor gora gratis great haemme haetaan haettais haettaisiin hakea hakis hakisimme halua haluaa haluais haluaisi haluaisimme haluaisin haluaisko haluamme haluan haluavat haluis haluisimme haluisin halutaan haluttais haluttaisiin haluu hb heidan heille hela help helst heti hitta hjalp hur hyva hyvaa hyvia hyvin idea ideas ihan inc innan instead institute interested iso isoja isompaa isompi isompia isossa isot its jaa jaada jai jalkeen jarkevasti jo johonki johonkin join joining joita joka jokainen jokin joku jolla jollekin joltakin jonka jonkin jonkun jos joskus jostain jostakin jotai jotain jotaki jotakin joten jotenki jotka jotta just kahden kahdessa kaikki kaikkia kaikkien kaipaamme kaipaisimme kaipaisin kaksi kan kannattaa kannattaako kannattais kannattaisi kans kanssa kaupungille kaupungin kaupungissa kaupunki kautta kaytetaan kaytettais kaytettaisiin kayttaa kayttais kayttaisi kayttoa kayttoon kb keep keksia kellaan kenella kenelle kenelta kenen kenties kerran kertoisi kertoo kesa kesalla kesan keta ketka kevaalla kevaan kevat kiinnostaa kiinnostuneita kiinnostunut kiloa kind kiva kivaa kivat kivoja know kokemus kokemusta kokoaa kolme konkreettinen konkreettisia konkreettista koska koskien kuka kukaan kumppaneiden kumppaneita kumppaneja kumppani kumppania kumppanin kumppanit kunde kunhan kunna kuten kuukaudessa kuukausi kuukausittain kuutiota ky kysymme kysyy lahella laitetaan laitettais laitettaisiin laittaa laittais laittaisi large liikaa liittyen like lilla lisaksi list liten litet little llc look looking looks losning losningar lot lots loydamme loydetaan loydettais loytaa loytais loytaisi loytaisimme loytyis loytyisi loytyisiko loytyy loytyyko ltd make making mangder many maybe me med meian meidan meidat meil meilla meille meilta meita melko members menee menetelma menetelmaa menetelman menetelmat menetelmia menevat mielellaan mieluiten mihin mika mikaan milla millainen millaisia millaista missa mista mita mitaan miten mitka monivuotinen monivuotisessa monivuotista month months more most much muiden muille muita mukaan mukana mulla mulle mun mutta muut muutettiin muutimme muutin mycket myohemmin myos nagon nagra need needed needs new niihin niille niinku niista niita noin norden nordic norge norja norway now ny nya nykyaan nyt ocksa oikea oikealla oikeassa oikein ois old oleva olevalle olevat olis olisi olisiko oma omaa oman omat omia omien onko only operating option options osaa osaako osaaminen osaamiseen osaamisella osaamisen osaamista osaava osaavat osaisi osalta osk oss ostaa ostais ostaisi ostan otetaan other others ottaa ottais ottaisi our owner oy oyj paasee paasemme paasis paasisi paasisimme paasta paastaan paastais paiva paivittain paljon paljonko partner partnereita partneri partneria partnerin partnerina partnerit partners perhaps pian pienempi pienempia pienen pienena pienet pieni pienia pienille pienta pitaa pitais pitaisi pitas planning plc please pohjoismaat pois possible prepare produce proper prosenttia prove published pystyisi pystyy pystyyko quite ratkaisu ratkaisua ratkaisuja ratkaisun ratkaisut really region rf right run running ruotsi ruotsiksi ruotsin ry sa saada saadaan saan saannollinen saannollisesti saastaa saastais saastaisi saatais saataisiin saatu sais saisi saisimme saisin saksa see seek seeking seeks seka sellainen sellaiseen sellaisen sellaiset sellaisia sellaista sellanen sellaseen sellasia sellasta semmoisia semmosta sen several show siihen siina siis siita sijaan silla sille similar sina sit sita sitten ska skulle small soka soker solution solutions som some somebody someone soon sopii sopisi sopiva sort srl stad staden start started starting still stor stora stort study such sun suomeksi suomen suomessa suomi suuri sverige sweden syksy syksylla syksyn t.ex tahan tai take takes taking talla tallainen tallaiseen tallaisella tallaisen tallaisessa tallaisia tallaista tallanen tallaseen tallasia tallasta talvella talven talvi tama taman tanaan tanska tapa tapaa tapoja tar tarttee tarttis tarvi tarvii tarvis tarvitaan tarvitsee tarvitsemme tarvitsen tarvitsevat tarvitsisimme tarvittaisiin tasta tata tavoite tavoitteena team teen tehaan tehda tehdaan tehneet tehtais tehtaisiin tehty teian teilla teille teita tekee tekemaan tekis tekisi tekisimme tekisin tell there thing things tieda tiedamme tietaa tietaisi time tmi today todella together toimija toimijaa toimijat toimijoita toinen toisen toisia toisten toivoisimme toivoisin toivomme toivotaan tommosta tonneja tonni tonnia tonnin tosi try trying tukea tukee tuki tulee tulis tulisi tulisiko tulisko tulla tullaan tuntee tyskland us use used usein using uuden uusi uusia uutta vaan vad vahan vaihdetaan vaihdettais vaihdettaisiin vaihtaa vaihtais vaihtaisi vaikka vain valja vanha vanhaa vanhan vanhat vanhoille vanhoja var vara vart vastaan vem verrattuna very veta vetaa vetais vetaisi vi viela viikoittain viikossa viime vilka vilken vilket vill viro viron voi voida voidaan voidaanko voimme vois voisi voisiko voisimme voisivat voisko voitaisiin voitaisiinko vuoden vuodessa vuonna vuosi vuosittain want wants way ways we week weeks which work works would year years yet yhdessa yksi";
const FILLER_KEYS = "asiak ens firm hyv kaik kehittam kehittav kert kuuk liiketoimint lop loy maakunt muutam myi myy myynt myyt olev oma osallist ost ostet ostett otett ott paiv par pien poruk saad sai semm tap tarv tarvit tarvitt tek tomm tuoll tyontek tyypill tyypillisest uus uut vied viik vuo vuod";
const FILLER_TALK = "loy myi myy myynt myyt osallist ost ostet ostett otett ott saad sai tarv tarvit tarvitt vied";
const PLACES = "Ahvenanmaa|Akaa|Alajärvi|Alavieska|Alavus|Asikkala|Askola|Aura|Brändö|Eckerö|Enonkoski|Enontekiö|Espoo|Etelä-Karjala|Etelä-Pohjanmaa|Etelä-Savo|Eura|Eurajoki|Evijärvi|Finström|Forssa|Föglö|Geta|Haapajärvi|Haapavesi|Hailuoto|Halsua|Hamina|Hammarland|Hankasalmi|Hanko|Harjavalta|Hartola|Hattula|Hausjärvi|Heinola|Heinävesi|Helsinki|Hirvensalmi|Hollola|Huittinen|Humppila|Hyrynsalmi|Hyvinkää|Hämeenkyrö|Hämeenlinna|Ii|Iisalmi|Iitti|Ikaalinen|Ilmajoki|Ilomantsi|Imatra|Inari|Inkoo|Isojoki|Isokyrö|Janakkala|Joensuu|Jokioinen|Jomala|Joroinen|Joutsa|Juuka|Juupajoki|Juva|Jyväskylä|Jämijärvi|Jämsä|Järvenpää|Kaarina|Kaavi|Kainuu|Kajaani|Kalajoki|Kangasala|Kangasniemi|Kankaanpää|Kannonkoski|Kannus|Kanta-Häme|Karijoki|Karkkila|Karstula|Karvia|Kaskinen|Kauhajoki|Kauhava|Kauniainen|Kaustinen|Keitele|Kemi|Kemijärvi|Keminmaa|Kemiönsaari|Kempele|Kerava|Keski-Pohjanmaa|Keski-Suomi|Keuruu|Kihniö|Kinnula|Kirkkonummi|Kitee|Kittilä|Kiuruvesi|Kivijärvi|Kokemäki|Kokkola|Kolari|Konnevesi|Kontiolahti|Korsnäs|Koski Tl|Kotka|Kouvola|Kristiinankaupunki|Kruunupyy|Kuhmo|Kuhmoinen|Kumlinge|Kuopio|Kuortane|Kurikka|Kustavi|Kuusamo|Kymenlaakso|Kyyjärvi|Kärkölä|Kärsämäki|Kökar|Lahti|Laihia|Laitila|Lapinjärvi|Lapinlahti|Lappajärvi|Lappeenranta|Lappi|Lapua|Laukaa|Lemi|Lemland|Lempäälä|Leppävirta|Lestijärvi|Lieksa|Lieto|Liminka|Liperi|Lohja|Loimaa|Loppi|Loviisa|Luhanka|Lumijoki|Lumparland|Luoto|Luumäki|Maalahti|Maarianhamina|Marttila|Masku|Merijärvi|Merikarvia|Miehikkälä|Mikkeli|Muhos|Multia|Muonio|Mustasaari|Muurame|Mynämäki|Myrskylä|Mäntsälä|Mänttä-Vilppula|Mäntyharju|Naantali|Nakkila|Nivala|Nokia|Nousiainen|Nurmes|Nurmijärvi|Närpiö|Orimattila|Oripää|Orivesi|Oulainen|Oulu|Outokumpu|Padasjoki|Paimio|Paltamo|Parainen|Parikkala|Parkano|Pedersören kunta|Pelkosenniemi|Pello|Perho|Pertunmaa|Petäjävesi|Pieksämäki|Pielavesi|Pietarsaari|Pihtipudas|Pirkanmaa|Pirkkala|Pohjanmaa|Pohjois-Karjala|Pohjois-Pohjanmaa|Pohjois-Savo|Polvijärvi|Pomarkku|Pori|Pornainen|Porvoo|Posio|Pudasjärvi|Pukkila|Punkalaidun|Puolanka|Puumala|Pyhtää|Pyhäjoki|Pyhäjärvi|Pyhäntä|Pyhäranta|Päijät-Häme|Pälkäne|Pöytyä|Raahe|Raasepori|Raisio|Rantasalmi|Ranua|Rauma|Rautalampi|Rautavaara|Rautjärvi|Reisjärvi|Riihimäki|Ristijärvi|Rovaniemi|Ruokolahti|Ruovesi|Rusko|Rääkkylä|Saarijärvi|Salla|Salo|Saltvik|Sastamala|Satakunta|Sauvo|Savitaipale|Savonlinna|Savukoski|Seinäjoki|Sievi|Siikainen|Siikajoki|Siikalatva|Siilinjärvi|Simo|Sipoo|Siuntio|Sodankylä|Soini|Somero|Sonkajärvi|Sotkamo|Sottunga|Sulkava|Sund|Suomussalmi|Suonenjoki|Sysmä|Säkylä|Taipalsaari|Taivalkoski|Taivassalo|Tammela|Tampere|Tervo|Tervola|Teuva|Tohmajärvi|Toholampi|Toivakka|Tornio|Turku|Tuusniemi|Tuusula|Tyrnävä|Ulvila|Urjala|Utajärvi|Utsjoki|Uurainen|Uusikaarlepyy|Uusikaupunki|Uusimaa|Vaala|Vaasa|Valkeakoski|Vantaa|Varkaus|Varsinais-Suomi|Vehmaa|Vesanto|Vesilahti|Veteli|Vieremä|Vihti|Viitasaari|Vimpeli|Virolahti|Virrat|Vårdö|Vöyri|Ylitornio|Ylivieska|Ylöjärvi|Ypäjä|björneborg|borgå|egentliga finland|esbo|grankulla|hangö|helsingfors|ingå|jakobstad|karleby|kaskö|kimitoön|korsholm|kristinestad|kronoby|kyrkslätt|lapland|lappland|larsmo|lojo|lovisa|malax|mariehamn|norra österbotten|north ostrobothnia|nykarleby|nyland|närpes|ostrobothnia|pargas|pedersöre|raseborg|sibbo|sjundeå|southwest finland|tammerfors|uleåborg|vanda|vasa|vörå|Ähtäri|Äänekoski|åbo|åland|österbotten";
const LANG_PROFILES = {
  en: " th|the| an|he |nd |and|ion| of|of |tio| to|to |on | in|al |ati|igh|ght|rig| ri|or |ent|as |ed |is |ll |in | be|e r|ne |one|ver|all|s t|eve|t t| fr|s a| ha| re|ty |ery| or|d t| pr|ht | co| ev|e h|e a|ng |ts |his|ing|be |yon| sh|ce |ree|fre|ryo|n t|her|men|nat|sha|pro|nal|y a|has|es |for| hi|hal|f t|n a|n o|nt | pe|s o| fo|d i|nce|er |ons|res|e s|ect|ity|ly |l b|ry |e e|ers|e i|an |e o| de|cti|dom|edo|eed|hts|ter|ona|re | no| wh| a | un|d f| as|ny |l a|e p|ere| en| na| wi|nit|nte|d a|any|ted| di|ns |sta|th |per|ith|e t|st |e c|y t|om |soc| ar|ch |t o|d o|nti|s e|equ|ve |oci|man| fu|ote|oth|ess| al| ac|wit|ial| ma|uni| se|rea| so| on|lit|int|r t|y o|enc|thi|ual|t a| eq|tat|qua|ive| st|ali|e w|l o|are|f h|con|te |led| is|und|cia|e f|le | la|y i|uma|by | by|hum|f a|ic | hu|ave|ge |r a| wo|o a|ms |com| me|eas|s d|tec| li|n e|en |rat|tit|ple|whe|ate|o t|s r|t f|rot| ch|cie|dis|age|ary|o o|anc|eli|no | fa| su|son|inc|at |nda|hou|wor|t i|nde|rom|oms| ot|g t|eme|tle|iti|gni|s w|itl|duc|d w|whi|act|hic|aw |law| he|ich|min|imi|ort|o s|se |e b|ntr|tra|edu|oun|tan|e d|nst|l p|d n|ld |nta|s i|ble|n p| pu|n s| at|ily|rth|tho|ful|ssi|der|o e|cat|uca|unt|ien| ed|o p|h a|era|ind|pen|sec|n w|omm|r s",
  fi: "en |ise|ja |ist| ja|on |ta |sta|an |n j|ais|sen|n o|keu|ike|oik|lis| va|ell|lla|n t|uks| on|ksi| oi|n k| ka|aan|een|la |lli|kai|a j| ta|sa |in |mis| jo|a o|ään|än |sel|n s|kse|a t|a k|tai|us |tta|ans|ssa|kun|den|tä |eus|nen|kan|nsa|apa|all|est| se|eis|ill|ien|see|taa| yh|jok|n y|vap|a v|ttä|oka|n v|ai |itt|aa |aik|ett|tuk|ti |ust| ku|isi|stä|ses| tä| tu|lai|n p|sti|ast|n e|n m|tää|sia|unn|ä j|ude|ä o|ste|si |tei|ine|per|a s|ia |kä |äne| mi|maa| pe|a p|ess|a m|ain|ämä|tam|yht| ju|jul|yks|hän|ä t| hä|utt|ide|et |llä|val|sek|stu|n a|lä |ami|hmi| ke|ikk|lle|iin|sä |euk|täm|ihm|tee| ih|lta|pau| sa|isk|mää|ois|un |tav|ten|dis|hte|n h|iss|ssä|a h|ava| ma|a y| ei| te| si| ol|ekä|sty|alt|toi|att|oll|tet| jä| ra|vat| mu|iel| to|mai|sal|isu|a a|kki|at |suu|n l|väl|ää |uli|tun|tie|eru| yk|etu|vaa|rus|muk| he|ei |a e|kie|sku|eid|iit| su|nna|sil|oma|min| yl|lin|aut|uut|sko| ko|tti|le |sie|kaa|a r| ri|sii|nno|eli|tur|saa|aat|lei|oli|na | la|oon|urv|lma|rva|ite|mie|vas|ä m| ed|tus|iaa|itä|ä v|uol|yle| al|lit|suo|ama|joi|unt|ute|i o|tyk|n r|ali|lii|nee|paa|avi|omi|oit|jen|kää|voi|yhd|ä k| ki|eet|eks| sy|ity|ilö|ilm|oim|ole|sit|ita|uom|vai|usk|ala|hen|ope| pu|auk|pet|oja|i s|rii|uud|hdi|äli|va | om",
  sv: " oc|och|ch |er |ing|för|tt |ar |en |ätt|nde| fö|rät|ill|et |and| rä| en| ti| de|til|het|ll |de |om |var|lig|gen| fr|ell|ska|nin|ng |ter| ha|as | in|ka |att|lle|der|sam| i |und|lla|ghe|fri|all|ens|ete|na |ler| at|ör |den| el|av | av| so|igh|r h|nva|ga |r r|env|la |tig|nsk|iga|har|t a|som|tti| ut|ion|t t|a s|nge|ns |a f|r s|män|a o| sk| si|rna|isk|an | st|är |ra | vi| al|t f| sa|a r|ati| är| me| be|n s| an|tio|nna|lan|ern|t e|med| va|ig |äns| åt|sta|ta |nat| un|kli|ten| gr|vis|äll| la|one|han|änd|t s|stä|t i|ner|ans|gru| ge|ver| må| li|lik|ihe|ers|rih|r a| re|må |sni|n f|t o| mä| na|r e|ri |ad |ent|kla|det| vä|run|rkl|da |h r|upp|dra|rin|igt|dig|n e|erk|kap|tta|ed |d f|ran|e s|tan|uta|nom|lar|gt |s f| på| om|kte|lin|r u|vid|g o|änn|erv|ika|ari|a i|lag|rvi|id |r o|s s|vil|r m|örk|ot |ndl|str|els|ro |a m|mot| mo|i o|på |r d|on |del|isn|sky|e m|ras| hä|r f|i s|a n|nad|n o|gan|tni|era|ärd|a d|täl|ber|nga|r i|enn|nd |n a| up|sin|dd |örs|je |itt|kal|n m|amt|n i|kil|lse|ski|nas|end|s e| så|inn|tat|per|t v|arj|e f|l a|rel|t b|int|tet|g a|öra|l v|kyd|ydd|rje| fa|bet|se |t l|lit|sa |när|häl|l s|ndr|nis|yck|h a|llm|lke|h f|arb|lmä|nda|bar|ckl|v s|rän|gar|tra|re |ege|r g|ara|ess|d e|vär|mt |ap ",
};
// END GENERATED

const FOLD = new Map(FOLD_PAIRS.split(" ").map((p) => {
  const c = String.fromCodePoint(p.codePointAt(0));
  return [c, p.slice(c.length)];
}));
const STOP = Object.fromEntries(Object.entries(STOP_WORDS).map(([l, w]) => [l, new Set(w.split(" "))]));

// ---- language of a need: whatlanggo's trigram method (Go: searchindex.DetectLang) ----

const PROFILES = Object.fromEntries(Object.entries(LANG_PROFILES).map(([l, p]) => [l, p.split("|")]));
const LETTER_ANY_RE = /\p{L}/u;
const LATIN_RE = /\p{Script=Latin}/u;
const TRIGRAM_STOP_RE = /[\p{S}\p{P}\p{Nd}\p{White_Space}]/u;
const MIN_DETECT_WORDS = 3; // Go: minDetectWords
const MIN_CONFIDENCE = 0.2; // Go: minConfidence
const MAX_DETECT_WORDS = 40; // Go: maxDetectWords

// detectText: the words of text (Latin script only), lower case, one
// space apart (Go: DetectText).
function detectText(text) {
  const out = [];
  for (const m of String(text).matchAll(TOKEN_RE)) {
    if (out.length >= MAX_DETECT_WORDS) break;
    let letter = false, latin = true;
    for (const c of m[0]) {
      if (LETTER_ANY_RE.test(c)) { letter = true; if (!LATIN_RE.test(c)) { latin = false; break; } }
    }
    if (letter && latin) out.push(m[0].toLowerCase());
  }
  return out;
}

// trigramRanks: each trigram of s and its rank, the most common first
// (whatlanggo's getTrigramsWithPositions).
function trigramRanks(s) {
  const cs = [...s].map((c) => (TRIGRAM_STOP_RE.test(c) ? " " : c.toLowerCase()));
  cs.push(" ");
  const count = new Map();
  let r1 = " ", r2 = cs[0];
  for (let i = 1; i < cs.length; i++) {
    const r3 = cs[i];
    if (!(r2 === " " && (r1 === " " || r3 === " "))) {
      const t = r1 + r2 + r3;
      count.set(t, (count.get(t) || 0) + 1);
    }
    r1 = r2; r2 = r3;
  }
  const list = [...count].sort((a, b) => a[1] - b[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const ranks = new Map();
  for (let i = list.length - 1, j = 0; i >= 0; i--, j++) ranks.set(list[i][0], j);
  return ranks;
}

// detected: the last text's language (or null: not sure); a need is read
// once for prepare() and again for match(), and the trigrams cost as much
// as the rest of its analysis on a phone. detectStats.runs counts the
// texts read, for the tests.
let detected = { text: null, lang: null };
export const detectStats = { runs: 0 };

/** detectLang is the language of text, fi, sv or en (whether or not the site has it), or fallback. */
export function detectLang(text, fallback) {
  const t = String(text);
  if (detected.text !== t) {
    detectStats.runs++;
    detected = { text: t, lang: detectSure(t) };
  }
  return detected.lang ?? fallback;
}

// detectSure is the language of text, or null when it is not sure.
function detectSure(text) {
  const ws = detectText(text);
  const cands = ["en", "fi", "sv"];
  if (ws.length < MIN_DETECT_WORDS) return null;
  const ranks = trigramRanks(ws.join(" "));
  const dist = cands.map((l) => {
    let d = 0;
    PROFILES[l].forEach((t, i) => { d += ranks.has(t) ? Math.abs(ranks.get(t) - i) : 300; });
    return { l, d };
  }).sort((a, b) => a.d - b.d);
  const s1 = 90000 - dist[0].d, s2 = 90000 - dist[1].d;
  if (s1 === 0) return null;
  let conf;
  if (s2 === 0) conf = Math.min(1, Math.trunc(s1 / 500));
  else {
    const rate = (s1 - s2) / s2, sure = 12 / ranks.size + 0.05;
    conf = rate > sure ? 1 : rate / sure;
  }
  return conf < MIN_CONFIDENCE ? null : dist[0].l;
}

/** fold removes diacritics from a lower-case word (ä→a, ö→o, å→a, …). */
export function fold(s) {
  if (/^[\x00-\x7f]*$/.test(s)) return s;
  let out = "";
  for (const c of s) {
    const r = FOLD.get(c);
    if (r !== undefined) out += r;
    else if (!MARK_RE.test(c)) out += c;
  }
  return out;
}

export const AZ_RE = /^[a-z]+$/;
const MIN_STEM = 3;
const isVowel = (c) => "aeiouy".includes(c);
const stripVowels = (w) => {
  while (w.length > MIN_STEM && isVowel(w[w.length - 1])) w = w.slice(0, -1);
  return w;
};
const FI_ENDINGS = ["siin", "tten", "nsa", "ssa", "sta", "lla", "lta", "lle", "ksi", "tta", "den", "ten", "hin", "ta", "n", "t"];
const FI_TAILS = [["ks", "s"], ["nn", "nt"], ["mm", "mp"], ["ng", "nk"], ["kk", "k"], ["pp", "p"], ["tt", "t"],
  ["ud", "u"], ["yd", "y"], ["ut", "u"], ["yt", "y"]];
const SV_ENDINGS = ["heterna", "hetens", "arnas", "ernas", "ornas", "heten", "heter", "arna", "erna", "orna", "ande", "ende",
  "aren", "ens", "ets", "het", "are", "ast", "ar", "er", "or", "en", "et", "na", "es", "a", "e", "s"];

function stemFi(w) {
  if (w.length <= MIN_STEM) return w;
  if (w.endsWith("nen") && w.length >= 6) {
    w = w.slice(0, -3) + "s";
  } else {
    for (const e of FI_ENDINGS) {
      if (w.endsWith(e) && w.length - e.length >= MIN_STEM) {
        if (e === "ta" && !isVowel(w[w.length - 3])) continue;
        w = w.slice(0, w.length - e.length);
        break;
      }
    }
  }
  w = stripVowels(w);
  if (w.length > MIN_STEM && w.endsWith("j")) w = stripVowels(w.slice(0, -1));
  for (const [from, to] of FI_TAILS) {
    if (w.endsWith(from) && w.length - from.length + to.length >= MIN_STEM) {
      w = stripVowels(w.slice(0, w.length - from.length) + to);
      break;
    }
  }
  if (w.length > MIN_STEM && w.endsWith("s")) w = stripVowels(w.slice(0, -1));
  return w;
}

// gradation gives the strong-grade keys a weak-grade Finnish stem may
// come from: kadun → kad → kat (katu), luvan → luv → lup (lupa), tiedon →
// tied → tiet (tieto), ruoan → ruo → ruok (ruoka), käytön → kayt, virran
// → virt, kankaan → kank, työpajoja → tyop. The index files weak-
// grade words under these keys too when the site has them (Go: gradation),
// so "tieto" finds "tiedon" as "tiedon" finds "tieto".
export function gradation(k) {
  const out = [];
  const last = k[k.length - 1];
  if (k.length >= 3 && last === "d") out.push(k.slice(0, -1) + "t");
  if (k.length >= 3 && last === "v") out.push(k.slice(0, -1) + "p");
  if (k.length <= 4 && isVowel(last)) out.push(k + "k");
  if (k.length === MIN_STEM && (last === "y" || last === "u")) out.push(k + "t"); // käytön → kay → kayt
  if (k.length >= 4) {
    const end = k.slice(-2);
    if (end === "rr" || end === "ll") out.push(k.slice(0, -1) + "t"); // virran, pellon
    else if (end === "ng") out.push(k.slice(0, -1) + "k"); // kangas → kank
  }
  if (k.length > MIN_STEM + 1 && last === "j") out.push(stripVowels(k.slice(0, -1))); // työpajoja → tyop
  return out;
}

function undouble(w) {
  const n = w.length;
  return n >= 4 && w[n - 1] === w[n - 2] && "bdfgmnprt".includes(w[n - 1]) ? w.slice(0, -1) : w;
}

function stemEn(w) {
  if (w.length <= MIN_STEM) return w;
  if (w.endsWith("ies") && w.length > 4) w = w.slice(0, -3) + "y";
  else if (w.endsWith("sses")) w = w.slice(0, -2);
  else if (w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) w = w.slice(0, -1);
  if (w.endsWith("ing") && w.length >= 6) w = undouble(w.slice(0, -3));
  else if (w.endsWith("ed") && w.length >= 5) w = undouble(w.slice(0, -2));
  if (w.endsWith("e") && w.length >= 5) w = w.slice(0, -1);
  if (w.endsWith("y") && w.length >= 4) w = w.slice(0, -1) + "i";
  return w;
}

function stemSv(w) {
  for (const e of SV_ENDINGS) if (w.endsWith(e) && w.length - e.length >= MIN_STEM) return w.slice(0, w.length - e.length);
  return w;
}

function stemWord(lang, w) {
  return lang === "fi" ? stemFi(w) : lang === "en" ? stemEn(w) : lang === "sv" ? stemSv(w) : w;
}

/** stem is the light stemmer of the index (Go: stem) on a folded word. */
export function stem(lang, w) {
  const i = Math.max(w.lastIndexOf("-"), w.lastIndexOf("."), w.lastIndexOf("'"));
  if (i >= 0) {
    const last = w.slice(i + 1);
    return AZ_RE.test(last) ? w.slice(0, i + 1) + stemWord(lang, last) : w;
  }
  return AZ_RE.test(w) ? stemWord(lang, w) : w;
}

// MAX_WORD: a word is analysed as its first 64 code points (Go:
// MaxWordRunes), so word-level work such as compound splitting stays bounded.
const MAX_WORD = 64;
function cutWord(s) {
  if (s.length <= MAX_WORD) return s;
  let n = 0, end = 0;
  for (const c of s) {
    if (n++ === MAX_WORD) break;
    end += c.length;
  }
  return s.slice(0, end);
}

function possessive(s) {
  return /['’＇][sS]$/.test(s) ? s.slice(0, -2) : s;
}

// words splits text into lower-case, non-stop words: [{surface, folded}].
export function words(lang, text) {
  const stop = STOP[lang];
  const out = [];
  for (const m of String(text).matchAll(TOKEN_RE)) {
    let s = cutWord(m[0]);
    if (lang === "en") s = possessive(s);
    s = s.toLowerCase();
    if (stop && stop.has(s)) continue;
    out.push({ surface: s, folded: fold(s) });
  }
  return out;
}

/** analyze returns the index keys of text in lang, as Go's Analyze does. */
export function analyze(lang, text) {
  return words(lang, text).map((w) => stem(lang, w.folded));
}


export const LETTER_RE = /\p{L}/u;
// The glossary's bridges (Go: searchindex.bridgeKeys, ownBridges,
// exactBridges). A word's bridges are made when it is looked up: own, a
// glossary word as written → its Finnish keys and words [{key, via}],
// sorted by key, looked up first (two words may share a stem); else
// those of every glossary word with its stem; exact, an English or
// Swedish glossary word as written in a Finnish need. A language's words
// are read on its first need, its words' stems only when a need in that
// language looks one up by its stem: on a phone, stemming every glossary
// word of the three languages costs more than the rest of a need's
// analysis, and a Finnish need looks English and Swedish words up only
// as written.
// The tables (GLOSSARY, CONCEPTS) are in glossary.js, a module of its
// own (Go: TestGeneratedJS): loadGlossary imports it, once;
// translatedKeys, conceptKeys and warm need it loaded.
let GLOSSARY = null, CONCEPTS = null, glossaryLoading = null;
export function loadGlossary() {
  glossaryLoading ||= import("./glossary.js").then((m) => { GLOSSARY = m.GLOSSARY; CONCEPTS = m.CONCEPTS; });
  glossaryLoading.catch(() => { glossaryLoading = null; });
  return glossaryLoading;
}
function glossary() {
  if (!GLOSSARY) throw new Error("kimppa search: the glossary is not loaded (await loadGlossary())");
  return GLOSSARY;
}
let synMap = null, fiBridge = null;
const tables = {};
const byKeyOrder = (a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
// a Finnish word's synonyms (Go: bridges), from GLOSSARY.fi's groups
function syn() {
  if (synMap) return synMap;
  synMap = new Map();
  for (const g of glossary().fi.split(" ")) {
    const ws = g.split(",");
    for (const w of ws) {
      if (!synMap.has(w)) synMap.set(w, []);
      for (const o of ws) if (o !== w && !synMap.get(w).includes(o)) synMap.get(w).push(o);
    }
  }
  return synMap;
}
// a Finnish word's bridge, made once: the tables name each many times
function bridgeOf(t) {
  fiBridge ||= new Map();
  let b = fiBridge.get(t);
  if (!b) fiBridge.set(t, (b = { key: stem("fi", fold(t)), via: t }));
  return b;
}
// table: a language's glossary words, folded, in the table's order (ws),
// each with its Finnish words (own, made on first use: with its
// synonyms', for en and sv the Finnish words' too); byStem() (made on
// first use): the stem of each → its words, in the table's order
function table(lang) {
  if (tables[lang]) return tables[lang];
  const sy = syn(), raw = new Map(), ws = [];
  const add = (w, make) => {
    const fw = fold(w);
    if (!raw.has(fw)) { raw.set(fw, []); ws.push(fw); }
    raw.get(fw).push(make);
  };
  if (lang === "fi") for (const w of [...sy.keys()].sort()) add(w, () => sy.get(w));
  else for (const entry of glossary()[lang].split(" ")) {
    if (!entry) continue;
    const i = entry.indexOf(":");
    const fis = entry.slice(i + 1);
    add(entry.slice(0, i), () => {
      const list = [];
      for (const fi of fis.split(",")) for (const t of [fi, ...(sy.get(fi) || [])]) if (!list.includes(t)) list.push(t);
      return list;
    });
  }
  const made = new Map();
  const own = {
    has: (fw) => raw.has(fw),
    get: (fw) => {
      if (!made.has(fw)) made.set(fw, raw.get(fw).flatMap((make) => make()));
      return made.get(fw);
    },
  };
  let stems = null;
  const byStem = () => {
    if (stems) return stems;
    stems = new Map();
    for (const fw of ws) {
      const k = stem(lang, fw);
      if (!stems.has(k)) stems.set(k, []);
      stems.get(k).push(fw);
    }
    return stems;
  };
  return (tables[lang] = { own, byStem });
}
// bridgesFrom: the bridges of glossary words ws of lang, but those to
// the key skip, the first of each key, sorted by key
function bridgesFrom(lang, ws, skip) {
  const { own } = table(lang), out = [];
  for (const w of ws) for (const t of own.get(w)) {
    const b = bridgeOf(t);
    if (b.key !== skip(w) && !out.some((x) => x.key === b.key)) out.push(b);
  }
  return out.sort(byKeyOrder);
}

// ownOrStem: a folded word's bridges in lang, its own as a glossary word
// or else its stem's, and whether it is a glossary word.
function ownOrStem(lang, f) {
  if (!glossary()[lang]) return [[], false];
  const { own, byStem } = table(lang);
  if (own.has(f)) return [bridgesFrom(lang, [f], (w) => stem(lang, w)), true];
  const k = stem(lang, f);
  return [bridgesFrom(lang, byStem().get(k) || [], () => k), false];
}

// svBase: the bridges of a Swedish word's base, a glossary word it is
// with a definite or plural ending (Go: searchindex.svBase).
const SV_FORM_ENDINGS = ["erna", "arna", "orna", "na", "en", "et", "er", "ar", "or", "n", "t"];
function svBase(f) {
  const { own } = table("sv");
  for (const e of SV_FORM_ENDINGS) {
    const base = f.slice(0, -e.length);
    if (f.endsWith(e) && base.length >= 3 && own.has(base)) return ownOrStem("sv", base)[0];
  }
  return null;
}

// translatedKeys: the Finnish keys a folded word of a need in lang also
// finds (Go: searchindex.TranslatedKeys).
export function translatedKeys(lang, langs, f) {
  if (!langs.includes("fi")) return [];
  const base = lang === "sv" && !table("sv").own.has(f) ? svBase(f) : null;
  let [list, ok] = base ? [base, true] : ownOrStem(lang, f);
  // a Swedish compound: its head's, the longest glossary word it ends with (Go: headBridges)
  // (by its stem too only from 5 letters: Go's minStemHead)
  for (let i = 3; lang === "sv" && !ok && list.length === 0 && i <= f.length - 4; i++) {
    const head = f.slice(i);
    list = table("sv").own.has(head) || [...head].length >= 5 ? ownOrStem("sv", head)[0] : [];
  }
  // a foreign glossary word as written (Go: exactBridges): English's, then Swedish's
  if (lang === "fi") {
    const ex = [];
    for (const l of ["en", "sv"]) if (table(l).own.has(f)) for (const b of bridgesFrom(l, [f], (w) => w)) if (!ex.some((x) => x.key === b.key)) ex.push(b);
    list = [...list, ...ex.sort(byKeyOrder)];
  }
  const out = [];
  for (const b of list) if (!out.some((k) => k.key === b.key)) out.push({ key: b.key, w: 0.8, form: false, via: b.via });
  return out;
}

// Concepts (Go: searchindex.ConceptKeys): a word of a need that names a
// concept of CONCEPTS also finds the words of the concept, of the ones
// one step broader, narrower and related, in the site's languages, at
// CONCEPT_WEIGHT, shown as a bridge.
const CONCEPT_LANGS = ["fi", "en", "sv"];
const CONCEPT_WEIGHT = 0.5;
const appendNew = (l, id) => { if (!l.includes(id)) l.push(id); return l; };
let conceptMaps = null;
function concepts() {
  if (conceptMaps) return conceptMaps;
  const list = [], byWord = new Map(), byKey = new Map(), fiOf = new Map();
  // a concept named again by one of its Finnish words is the same concept
  const node = (spec) => {
    const langs = spec.split("/");
    let id = -1;
    for (const w of langs[0].split(",")) if (fiOf.has(w)) { id = fiOf.get(w); break; }
    if (id < 0) { id = list.length; list.push({ words: [[], [], []], up: [], down: [], related: [] }); }
    langs.forEach((ws, l) => {
      for (const w of ws.split(",")) if (w !== "" && !list[id].words[l].includes(w)) { list[id].words[l].push(w); if (l === 0) fiOf.set(w, id); }
    });
    return id;
  };
  glossary(); // CONCEPTS comes with it
  for (const line of CONCEPTS.split("\t")) {
    const f = line.split(" ");
    for (let i = 0; i + 2 < f.length; i += 2) {
      const a = node(f[i]), b = node(f[i + 2]);
      if (a === b) continue;
      if (f[i + 1] === ">") { appendNew(list[a].up, b); appendNew(list[b].down, a); }
      else { appendNew(list[a].related, b); appendNew(list[b].related, a); }
    }
  }
  const add = (m, k, id) => { if (!m.has(k)) m.set(k, []); appendNew(m.get(k), id); };
  list.forEach((c, id) => c.words.forEach((ws, l) => {
    const lang = CONCEPT_LANGS[l];
    for (const w of ws) { const f = fold(w); add(byWord, lang + "\0" + f, id); add(byKey, lang + "\0" + stem(lang, f), id); }
  }));
  return (conceptMaps = { list, byWord, byKey });
}
// conceptsOf: the concepts a folded word names (Go: conceptMaps.conceptsOf)
function conceptsOf(lang, f) {
  const { byWord, byKey } = concepts();
  const ids = byWord.get(lang + "\0" + f);
  if (ids && ids.length) return ids;
  const k = stem(lang, f);
  if (k.length >= 5) { // Go: minConceptKey
    const byK = byKey.get(lang + "\0" + k);
    if (byK && byK.length) return byK;
    if (lang === "fi") for (const g of gradation(k)) { const x = byKey.get("fi\0" + g); if (x && x.length) return x; }
  }
  if (lang === "fi") {
    const out = [];
    for (const l of ["en", "sv"]) for (const id of byWord.get(l + "\0" + f) || []) appendNew(out, id);
    return out;
  }
  return [];
}
// upward: concept id and what is broader, steps up (Go: conceptMaps.upward)
function upward(out, id, steps) {
  appendNew(out, id);
  if (steps > 0) for (const u of concepts().list[id].up) upward(out, u, steps - 1);
  return out;
}
// partConcepts: a compound's head and what is broader, and what is
// narrower than both head and first part (Go: conceptMaps.partConcepts)
function partConcepts(lang, f) {
  if ((lang !== "fi" && lang !== "sv") || !AZ_RE.test(f) || f.length < 8) return [];
  const { list, byWord } = concepts();
  for (let i = 4; i <= f.length - 4; i++) {
    const heads = conceptsOf(lang, f.slice(i));
    if (heads.length === 0) continue;
    const out = [];
    for (const h of heads) upward(out, h, 1);
    for (const mod of byWord.get(lang + "\0" + f.slice(0, i)) || []) {
      for (const h of heads) for (const d of list[h].down) if (list[mod].down.includes(d)) appendNew(out, d);
    }
    return out;
  }
  return [];
}
/** conceptKeys: the keys a word of a need in lang reaches through the
 * concepts, for a site in langs (Go: searchindex.ConceptKeys): forms are
 * the word's folded forms, vias its glossary bridges' Finnish words. */
export function conceptKeys(lang, langs, forms, vias) {
  const { list } = concepts();
  const ids = [];
  for (const f of forms) for (const id of conceptsOf(lang, f)) appendNew(ids, id);
  for (const v of vias) for (const id of conceptsOf("fi", fold(v))) appendNew(ids, id);
  let all = [];
  for (const id of ids) {
    const c = list[id], linked = upward([], id, 1);
    for (const d of [...c.down, ...c.related]) appendNew(linked, d);
    for (const l of linked) appendNew(all, l);
  }
  if (ids.length === 0 && forms.length > 0) all = partConcepts(lang, forms[0]);
  all.sort((a, b) => a - b);
  const own = new Set(forms.map((f) => stem(lang, f)));
  const out = [];
  for (const lng of [lang, ...CONCEPT_LANGS.filter((l) => l !== lang)]) {
    if (!langs.includes(lng)) continue;
    const l = CONCEPT_LANGS.indexOf(lng), these = [];
    for (const id of all) for (const w of list[id].words[l]) {
      const k = stem(lng, fold(w));
      if (own.has(k) || out.some((x) => x.key === k) || these.some((x) => x.key === k)) continue;
      these.push({ key: k, w: CONCEPT_WEIGHT, form: false, via: w, concept: true });
    }
    out.push(...these.sort(byKeyOrder));
  }
  return out;
}

export const FILLER_SET = new Set(FILLER.split(" "));
const FILLER_KEYS_SET = new Set(FILLER_KEYS.split(" "));
/** fillerForm: a folded word of a need in lang is filler as written, or a
 * Finnish form of a filler lemma; in an English or Swedish need, of one of
 * asking or trading, when it ends as a Finnish word does (Go:
 * searchindex.FillerForm). */
export function fillerForm(lang, f) {
  if (FILLER_SET.has(f) || !AZ_RE.test(f)) return FILLER_SET.has(f);
  return lang === "fi" ? FILLER_KEYS_SET.has(stem("fi", f)) : finnishEnd(f) && FILLER_TALK_SET.has(stem("fi", f));
}
const FILLER_TALK_SET = new Set(FILLER_TALK.split(" "));
// finnishEnd: a folded word ends as a Finnish word does, in a vowel or a
// vowel and n or t (Go: searchindex.finnishEnd)
const finnishEnd = (f) => f.length >= 3 && ("aeiouy".includes(f[f.length - 1]) || ("nt".includes(f[f.length - 1]) && "aeiouy".includes(f[f.length - 2])));

/** warm loads the glossary and builds now the tables otherwise built on
 * a need's first use (the glossary's bridges and concepts, the places),
 * so that a page can build them before a visitor's need is waiting for
 * them. */
export async function warm() {
  placeOf("fi", "");
  await loadGlossary();
  for (const lang of ["en", "fi", "sv"]) table(lang).byStem();
  concepts();
}

// placeOf: the place a folded word of a need in lang names, or "" (Go:
// searchindex.PlaceOf): the name as written, the key of a one-word name
// long enough not to be another word's, or a Finnish inhabitant's word.
let placeMaps = null;
export function placeOf(lang, f) {
  if (!placeMaps) {
    placeMaps = { forms: new Map(), keys: new Map() };
    const names = PLACES.split("|").sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    for (const n of names) {
      const form = fold(n.toLowerCase());
      if (!placeMaps.forms.has(form)) placeMaps.forms.set(form, n);
      const ks = analyze("fi", n);
      if (ks.length === 1 && ks[0].length >= 5 && !placeMaps.keys.has(ks[0])) placeMaps.keys.set(ks[0], n);
    }
    // then a short name's case forms (Go: placeCases)
    for (const n of names) {
      const f = fold(n.toLowerCase()), len = f.length;
      if (len < 4 || !AZ_RE.test(f) || !"aeiouy".includes(f[len - 1])) continue;
      const cases = f[len - 2] === f[len - 1] ? ["n", "ta", "seen", "ssa", "sta", "lla", "lta", "lle"] : ["n", f[len - 1] + "n", "ssa", "sta", ..."ouy".includes(f[len - 1]) ? ["a"] : []];
      for (const c of cases) if (!placeMaps.forms.has(f + c)) placeMaps.forms.set(f + c, n);
    }
  }
  const n = placeMaps.forms.get(f) || placeMaps.keys.get(stem(lang, f));
  if (n) return n;
  // a local case the stemmer keeps ("kainuussa"; Go: placeEndings)
  for (const end of ["ssa", "sta", "lla", "lta", "lle", "seen", "n"]) {
    const base = f.slice(0, -end.length);
    if (f.endsWith(end) && base.length >= 6 && placeMaps.forms.has(base)) return placeMaps.forms.get(base);
  }
  const i = f.indexOf("lai");
  if (lang === "fi" && i >= 4 && (f.startsWith("lainen", i) || f.startsWith("laise", i) || f.startsWith("laista", i))) return placeMaps.forms.get(f.slice(0, i)) || "";
  return "";
}

// placeWord: a folded word of a need in lang names a place (Go:
// searchindex.PlaceWord).
export const placeWord = (lang, f) => placeOf(lang, f) !== "";

// basesOf: a Finnish word without -mme, -nne or the essive -na, tried
// when the word is not found as it is (Go: match.bases).
export function basesOf(lang, f) {
  if (lang !== "fi" || f.length < 7) return [];
  if (f.endsWith("mme") || f.endsWith("nne")) return [f.slice(0, -3)];
  if (f.endsWith("na") && "aeiouy".includes(f[f.length - 3])) return [f.slice(0, -2)];
  return [];
}
// lemmaClass: the lemma class of a folded Finnish word with key (Go:
// searchindex.LemmaClass); "" goes with every class.
export function lemmaClass(lang, f, key) {
  if (lang !== "fi" || f.length <= key.length || !f.startsWith(key) || !AZ_RE.test(f) || key === "") return "";
  let i = key.length;
  if (f[i] === key[key.length - 1] && !"aeiouy".includes(f[i])) i++;
  if (i >= f.length) return "";
  return f[i] === "e" && i + 1 < f.length && (f[i + 1] === "i" || f[i + 1] === "j") ? "i" : f[i];
}
export const shorter = (a, b) => [...a].length < [...b].length || ([...a].length === [...b].length && a < b);
