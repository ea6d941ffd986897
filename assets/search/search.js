// kimppa search client: a dependency-free ES module for browsers and Node 20+.
//
//   import { createSearch } from "./search/search.js";
//   const s = await createSearch({ load: async (path) => bytesOrString });
//   const { results, total, facets } = await s.search("muovin kierrätys",
//     { lang: "fi", filters: { type: ["projects"] }, limit: 10, offset: 0 });
//
// The index is written by the Go package generator/searchindex (its doc.go
// describes the format). Query analysis here must equal the Go side's
// Analyze: TOKEN_RE, fold, the stop words and the light stemmers; the Go
// test TestGoAndJSAgreeOnAnalysis runs this file in Node to check it.

export const FORMAT_VERSION = 1;

const TOKEN_RE = /[\p{L}\p{M}\p{N}]+(?:['’.\-][\p{L}\p{M}\p{N}]+)*/gu;
const MARK_RE = /\p{M}/u;
const OPEN_END_RE = /[\p{L}\p{M}\p{N}]$/u;

// BEGIN GENERATED (go test ./generator/searchindex -run TestGeneratedJS -update)
const FOLD_PAIRS = "ßss àa áa âa ãa äa åa æae çc èe ée êe ëe ìi íi îi ïi ðd ñn òo óo ôo õo öo øo ùu úu ûu üu ýy þth ÿy āa ăa ąa ćc čc ďd đd ēe ėe ęe ěe īi įi ıi łl ńn ňn ōo őo œoe řr śs şs šs ťt ūu ůu űu ųu źz żz žz ’'";
const STOP_WORDS = {
  en: "a about above after again against all am an and any are aren't as at be because been before being below between both but by can't cannot could couldn't did didn't do does doesn't doing don't down during each few for from further had hadn't has hasn't have haven't having he he'd he'll he's her here here's hers herself him himself his how how's i i'd i'll i'm i've if in into is isn't it it's its itself let's me more most mustn't my myself no nor not of off on once only or other ought our ours ourselves out over own same shan't she she'd she'll she's should shouldn't so some such than that that's the their theirs them themselves then there there's these they they'd they'll they're they've this those through to too under until up very was wasn't we we'd we'll we're we've were weren't what what's when when's where where's which while who who's whom why why's with won't would wouldn't you you'd you'll you're you've your yours yourself yourselves",
  fi: "ei eivät emme en et ette että he heidän heidät heihin heille heillä heiltä heissä heistä heitä hän häneen hänelle hänellä häneltä hänen hänessä hänestä hänet häntä itse ja johon joiden joihin joiksi joilla joille joilta joina joissa joista joita joka joksi jolla jolle jolta jona jonka jos jossa josta jota jotka kanssa keiden keihin keiksi keille keillä keiltä keinä keissä keistä keitä keneen keneksi kenelle kenellä keneltä kenen kenenä kenessä kenestä kenet ketkä ketä koska kuin kuka kun me meidän meidät meihin meille meillä meiltä meissä meistä meitä mihin miksi mikä mille millä miltä minkä minua minulla minulle minulta minun minussa minusta minut minuun minä missä mistä mitkä mitä mukaan mutta ne niiden niihin niiksi niille niillä niiltä niin niinä niissä niistä niitä noiden noihin noiksi noilla noille noilta noin noina noissa noista noita nuo nyt näiden näihin näiksi näille näillä näiltä näinä näissä näistä näitä nämä ole olemme olen olet olette oli olimme olin olisi olisimme olisin olisit olisitte olisivat olit olitte olivat olla olleet ollut on ovat poikki se sekä sen siihen siinä siitä siksi sille sillä siltä sinua sinulla sinulle sinulta sinun sinussa sinusta sinut sinuun sinä sitä tai tallä te teidän teidät teihin teille teillä teiltä teissä teistä teitä tuo tuohon tuoksi tuolla tuolle tuolta tuon tuona tuossa tuosta tuotä tähän täksi tälle tältä tämä tämän tänä tässä tästä tätä vaan vai vaikka yli",
  sv: "alla allt att av blev bli blir blivit de dem den denna deras dess dessa det detta dig din dina ditt du där då efter ej eller en er era ert ett från för ha hade han hans har henne hennes hon honom hur här i icke ingen inom inte jag ju kan kunde man med mellan men mig min mina mitt mot mycket ni nu när någon något några och om oss på samma sedan sig sin sina sitta själv skulle som så sådan sådana sådant till under upp ut utan vad var vara varför varit varje vars vart vem vi vid vilka vilkas vilken vilket vår våra vårt än är åt över",
};
const GLOSSARY = {
  en: "advice:neuvonta,sparraus,konsultointi advisory:neuvonta,sparraus,konsultointi agreement:sopimus application:hakemus ash:tuhka assessment:arviointi batteries:akku battery:akku bioeconomy:biotalous biogas:biokaasu breweries:panimo brewery:panimo building:rakennus buildings:rakennus byproduct:sivutuote,sivuvirta carbon:hiili,hiilijalanjälki cardboard:pahvi,kartonki chemical:kemikaali chemicals:kemikaali circular:kiertotalous cloth:tekstiili,kangas clothes:vaate,tekstiili,kangas clothing:vaate,tekstiili,kangas cluster:klusteri collaboration:yhteistyö,kumppanuus collection:keräys commitment:sitoumus companies:yritys company:yritys component:rakennusosa,osa components:rakennusosa,osa composite:komposiitti compost:komposti computer:tietokone concrete:betoni construction:rakentaminen,rakennus consulting:neuvonta,sparraus,konsultointi contract:sopimus cooperation:yhteistyö,kumppanuus coordination:koordinointi course:koulutus,valmennus cycle:elinkaari,kierto data:data,tieto demolish:purku,purkaminen,purkaa demolition:purku,purkaminen device:laite devices:laite digital:digitaalinen earth:maa,maamassa,kaivumaa,ylijäämämaa,maa-aines,kiviaines ecosystem:ekosysteemi education:koulutus,valmennus electricity:sähkö electronics:elektroniikka emission:päästö emissions:päästö energy:energia environment:ympäristö environmental:ympäristö event:tapahtuma events:tapahtuma excavated:kaivumaa,maamassa,ylijäämämaa,maa-aines,kiviaines,kaivu excavation:kaivu,kaivumaa,maamassa,ylijäämämaa,maa-aines,kiviaines expert:asiantuntija,osaaja experts:asiantuntija,osaaja fashion:muoti,tekstiili,kangas fiber:kuitu fibre:kuitu financing:rahoitus,raha food:ruoka,elintarvike footprint:hiilijalanjälki,jalanjälki forest:metsä funding:rahoitus,raha furniture:kaluste,huonekalu glass:lasi grain:mäski,vilja grant:avustus,rahoitus,raha grants:avustus,rahoitus,raha heat:lämpö impact:vaikuttavuus,vaikutus indicator:mittari,indikaattori,tunnusluku indicators:mittari,indikaattori,tunnusluku industrial:teollisuus industry:teollisuus innovation:innovaatio investment:investointi landfill:kaatopaikka laptop:kannettava,tietokone laptops:kannettava,tietokone leftover:ylijäämä,hävikki life:elinkaari lifecycle:elinkaari logistics:logistiikka,kuljetus maintenance:huolto manure:lanta mapping:kartoitus market:markkina marketplace:markkinapaikka,tori material:materiaali materials:materiaali measure:mittari,indikaattori,tunnusluku metal:metalli metrics:mittari,indikaattori,tunnusluku mining:kaivos municipal:kunta municipalities:kunta municipality:kunta network:verkosto nutrient:ravinne nutrients:ravinne packaging:pakkaus paper:paperi partner:kumppani partners:kumppani parts:osa,rakennusosa phone:puhelin phones:puhelin pilot:pilotti,kokeilu,pilotointi plastic:muovi plastics:muovi platform:alusta premises:tila,toimitila procurement:hankinta product:tuote production:tuotanto products:tuote program:ohjelma programme:ohjelma project:hanke projects:hanke reclaimed:uudelleenkäyttö,uusiokäyttö,kierrätys,kierrättäminen recycle:kierrätys,kierrättäminen,kierrättää recycled:kierrätys,kierrättäminen,kierrätetty recycling:kierrätys,kierrättäminen region:alue,maakunta regional:alueellinen,maakunta rental:vuokraus,vuokraaminen repair:korjaus,korjaaminen research:tutkimus restaurant:ravintola reuse:uudelleenkäyttö,uusiokäyttö reused:uudelleenkäyttö,uusiokäyttö reusing:uudelleenkäyttö,uusiokäyttö sewage:jätevesi sharing:jakaminen sidestream:sivuvirta,sivutuote sidestreams:sivuvirta,sivutuote site:työmaa,rakennustyömaa,rakennuskohde sites:työmaa,rakennustyömaa,rakennuskohde sludge:liete soil:maa,maamassa,kaivumaa,ylijäämämaa,maa-aines,kiviaines,maamassat sorting:lajittelu space:tila,toimitila spaces:tila,toimitila stage:näyttämö,lava steel:teräs stream:sivuvirta,sivutuote,virta streams:sivuvirta,sivutuote,virta surplus:ylijäämä,hävikki,ylijäämämaa,maamassa,kaivumaa,maa-aines,kiviaines survey:kartoitus sustainability:kestävyys sustainable:kestävä test:kokeilu,pilotti,pilotointi,testaus testbed:kokeiluympäristö,testiympäristö textile:tekstiili,kangas textiles:tekstiili,kangas theater:teatteri theatre:teatteri timber:puu tire:rengas tires:rengas training:koulutus,valmennus transport:kuljetus tyre:rengas tyres:rengas university:yliopisto,korkeakoulu waste:jäte wastewater:jätevesi water:vesi wind:tuulivoima wood:puu workshop:verstas,työtila,työpaja",
  fi: "ansaintamalli:liiketoimintamalli elinkaarianalyysi:elinkaariarviointi elinkaariarviointi:elinkaarianalyysi elintarvike:ruoka hävikki:ylijäämä indikaattori:mittari,tunnusluku kaivumaa:maamassa,ylijäämämaa,maa-aines,kiviaines kangas:tekstiili kierrättäminen:kierrätys kierrätys:kierrättäminen kiviaines:maamassa,kaivumaa,ylijäämämaa,maa-aines kokeilla:testata,pilotoida kokeilu:pilotti,pilotointi kokeiluympäristö:testiympäristö konsultointi:neuvonta,sparraus korjaaminen:korjaus korjaus:korjaaminen koulutus:valmennus kumppanuus:yhteistyö liiketoimintamalli:ansaintamalli maa-aines:maamassa,kaivumaa,ylijäämämaa,kiviaines maamassa:kaivumaa,ylijäämämaa,maa-aines,kiviaines mittari:indikaattori,tunnusluku neuvonta:sparraus,konsultointi pilotoida:kokeilla,testata pilotointi:kokeilu,pilotti pilotti:kokeilu,pilotointi purkaminen:purku purku:purkaminen raha:rahoitus rahoitus:raha rakennuskohde:työmaa,rakennustyömaa rakennustyömaa:työmaa,rakennuskohde ruoka:elintarvike seuranta:seurata seurata:seuranta sivutuote:sivuvirta sivuvirta:sivutuote sparraus:neuvonta,konsultointi tekstiili:kangas testata:kokeilla,pilotoida testiympäristö:kokeiluympäristö tila:toimitila toimitila:tila tunnusluku:mittari,indikaattori työmaa:rakennustyömaa,rakennuskohde työpaja:verstas,työtila työtila:verstas,työpaja uudelleenkäyttö:uusiokäyttö uusiokäyttö:uudelleenkäyttö valmennus:koulutus verstas:työtila,työpaja vuokraaminen:vuokraus vuokraus:vuokraaminen yhteistyö:kumppanuus ylijäämä:hävikki ylijäämämaa:maamassa,kaivumaa,maa-aines,kiviaines",
  sv: "avfall:jäte batteri:akku bedömning:arviointi betong:betoni bidrag:avustus,rahoitus,raha biogas:biokaasu bryggeri:panimo bygg:rakentaminen byggande:rakentaminen byggarbetsplats:työmaa,rakennustyömaa,rakennuskohde byggarbetsplatser:työmaa,rakennustyömaa,rakennuskohde byggdelar:rakennusosa byggnad:rakennus byggnader:rakennus cirkulär:kiertotalous cirkulära:kiertotalous delning:jakaminen deponi:kaatopaikka däck:rengas elektronik:elektroniikka energi:energia finansiering:rahoitus,raha forskning:tutkimus företag:yritys företagare:yrittäjä förpackning:pakkaus förpackningar:pakkaus glas:lasi hållbar:kestävä hållbarhet:kestävyys högskola:korkeakoulu indikatorer:mittari,indikaattori,tunnusluku innovation:innovaatio jord:maa,maamassa,kaivumaa,ylijäämämaa,maa-aines,kiviaines jordmassor:maamassa,kaivumaa,ylijäämämaa,maa-aines,kiviaines kartläggning:kartoitus klimat:ilmasto kläder:vaate,tekstiili,kangas koldioxid:hiili,hiilijalanjälki kommun:kunta kommuner:kunta kompost:komposti livscykel:elinkaari livscykelbedömning:elinkaariarviointi,elinkaarianalyysi livsmedel:elintarvike,ruoka livsmedelsproduktion:elintarvike,ruoka logistik:logistiikka,kuljetus lokal:tila,toimitila lokaler:tila,toimitila marknadsplats:markkinapaikka mat:ruoka,elintarvike material:materiaali matsvinn:hävikki,ylijäämä,ruokahävikki metall:metalli miljö:ympäristö möbler:kaluste,huonekalu näringsämnen:ravinne nätverk:verkosto plast:muovi plattform:alusta produkt:tuote produkter:tuote projekt:hanke regional:alueellinen,maakunta reparation:korjaus,korjaaminen restprodukt:sivutuote,sivuvirta restströmmar:sivuvirta,sivutuote riva:purku,purkaminen rivning:purku,purkaminen rådgivare:neuvonta,sparraus,konsultointi rådgivning:neuvonta,sparraus,konsultointi samarbete:yhteistyö,kumppanuus schaktmassor:maamassa,kaivumaa,ylijäämämaa,maa-aines,kiviaines sidoströmmar:sivuvirta,sivutuote slam:liete stål:teräs testbädd:kokeiluympäristö,testiympäristö textil:tekstiili,kangas textilier:tekstiili,kangas transport:kuljetus trä:puu underhåll:huolto universitet:yliopisto upphandling:hankinta utbildning:koulutus,valmennus uthyrning:vuokraus,vuokraaminen utsläpp:päästö vatten:vesi verkstad:verstas,työtila,työpaja återanvända:uudelleenkäyttö,uusiokäyttö återanvändning:uudelleenkäyttö,uusiokäyttö återbruk:uudelleenkäyttö,uusiokäyttö återvinning:kierrätys,kierrättäminen återvunnen:kierrätys,kierrättäminen överskott:ylijäämä,hävikki överskottsjord:ylijäämämaa,maamassa,kaivumaa,maa-aines,kiviaines",
};
const FILLER = "ab able abp aikoo aikovat also alue alueella alueelta alueen anyone apu apua as asia asiaa asiakas asiakkaat asiakkaille asiakkaita asioita auttaa auttaisi auttamaan aven avuksi avulla ay behover bv can city co corp could e.g eg eivat eli emme ennen ensi esim esimerkiksi etc etenee etsia etsii etsimme etsin etsitaan etsivat example exempel exempelvis fa find finding fit fits for fran gamla gammal get gmbh gor gora hakea haluaa haluaisi haluaisimme haluaisin haluamme haluan haluavat hb hela help hitta hjalp hur hyva hyvaa hyvia idea inc instead interested iso its jaa jaada jai jalkeen jarkevasti jo joita joka jokainen jokin joku jolla jonka jotain jotakin jotka kan kanssa kaupungille kaupungin kaupungissa kaupunki kautta kb kenen keta ketka kiinnostaa kiinnostuneita kiinnostunut kind koskien kuka kumppaneiden kumppaneita kumppaneja kumppani kumppania kumppanin kumppanit kunna kuten ky lahella liittyen like lisaksi llc looking losning losningar lot lots ltd make mangder many me med meidan meilla meille meita mihin mika milla missa mista mita miten mitka more most much muiden muita mukaan muut mycket myos nagon nagra need needed needs new noin ny nya nyt ocksa oikea oikealla oikeassa olisi olisiko oma omaa oman omat omia omien onko osaa osaava osaavat osalta osk oss ottaa ottaisi our oy oyj paivittain paljon paljonko partner partners pienen pienena pieni pitaa pitaisi plc please prepare proper ratkaisu ratkaisua ratkaisuja ratkaisun ratkaisut rf ry sa saada saisi saisimme seek seeking seka several sina sita ska skulle soker solution solutions som some someone srl stad staden stora suuri t.ex tai tapa tapaa tapoja tar tarvitaan tarvitsee tarvitsemme tarvitsen tarvitsevat tarvitsisimme tehda tehdaan tekee tekemaan there thing things tieda tiedamme tietaa tmi together toimija toimijaa toimijat toimijoita tukea tukee tuki us use uuden uusi uusia uutta vahan vanha vanhaa vanhan var vara vart vastaan verrattuna veta vi viela vilka vill voi voida voimme voisi voisimme voisivat vuonna vuosi want wants way ways we which would yhdessa";
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
const MAX_DETECT_WORDS = 150; // Go: maxDetectWords

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

/** detectLang is the language of text, fi, sv or en (whether or not the site has it), or fallback. */
export function detectLang(text, fallback) {
  const ws = detectText(text);
  const cands = ["en", "fi", "sv"];
  if (ws.length < MIN_DETECT_WORDS) return fallback;
  const ranks = trigramRanks(ws.join(" "));
  const dist = cands.map((l) => {
    let d = 0;
    PROFILES[l].forEach((t, i) => { d += ranks.has(t) ? Math.abs(ranks.get(t) - i) : 300; });
    return { l, d };
  }).sort((a, b) => a.d - b.d);
  const s1 = 90000 - dist[0].d, s2 = 90000 - dist[1].d;
  if (s1 === 0) return fallback;
  let conf;
  if (s2 === 0) conf = Math.min(1, Math.trunc(s1 / 500));
  else {
    const rate = (s1 - s2) / s2, sure = 12 / ranks.size + 0.05;
    conf = rate > sure ? 1 : rate / sure;
  }
  return conf < MIN_CONFIDENCE ? fallback : dist[0].l;
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

const AZ_RE = /^[a-z]+$/;
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
// tied → tiet (tieto), ruoan → ruo → ruok (ruoka). The index files weak-
// grade words under these keys too when the site has them (Go: gradation),
// so "tieto" finds "tiedon" as "tiedon" finds "tieto".
export function gradation(k) {
  const out = [];
  const last = k[k.length - 1];
  if (k.length >= 3 && last === "d") out.push(k.slice(0, -1) + "t");
  if (k.length >= 3 && last === "v") out.push(k.slice(0, -1) + "p");
  if (k.length <= 4 && isVowel(last)) out.push(k + "k");
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

function possessive(s) {
  return /['’＇][sS]$/.test(s) ? s.slice(0, -2) : s;
}

// words splits text into lower-case, non-stop words: [{surface, folded}].
function words(lang, text) {
  const stop = STOP[lang];
  const out = [];
  for (const m of String(text).matchAll(TOKEN_RE)) {
    let s = m[0];
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

// ---- index decoding ----

const B64 = new Int8Array(128).fill(-1);
"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".split("").forEach((c, i) => { B64[c.charCodeAt(0)] = i; });

function vlq(s, f) {
  let v = 0, shift = 0;
  for (let i = 0; i < s.length; i++) {
    const d = B64[s.charCodeAt(i)];
    v += (d & 31) * 2 ** shift;
    if (d & 32) shift += 5;
    else { f(v); v = 0; shift = 0; }
  }
}

function decodeSet(s, n) {
  const ids = [];
  if (s[0] === "b") {
    for (let i = 1; i < s.length; i++) {
      const d = B64[s.charCodeAt(i)];
      for (let b = 0; b < 6; b++) if (d & (1 << b)) ids.push((i - 1) * 6 + b);
    }
  } else {
    let pos = 0, gap = true;
    vlq(s.slice(1), (v) => {
      if (gap) pos += v;
      else { for (let j = 0; j <= v; j++) ids.push(pos + j); pos += v + 1; }
      gap = !gap;
    });
  }
  return Int32Array.from(ids.filter((id) => id < n));
}

const K1 = 2.0;

// topK returns the k best items of list in order, by a binary heap.
function topK(list, k, before) {
  const heap = []; // the worst of the best k at heap[0]
  const worse = (a, b) => before(b, a);
  const up = (i) => {
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!worse(heap[i], heap[p])) break;
      [heap[i], heap[p]] = [heap[p], heap[i]];
      i = p;
    }
  };
  const down = (i) => {
    for (;;) {
      const l = 2 * i + 1, r = l + 1;
      let m = i;
      if (l < heap.length && worse(heap[l], heap[m])) m = l;
      if (r < heap.length && worse(heap[r], heap[m])) m = r;
      if (m === i) return;
      [heap[i], heap[m]] = [heap[m], heap[i]];
      i = m;
    }
  };
  for (const x of list) {
    if (heap.length < k) { heap.push(x); up(heap.length - 1); }
    else if (k > 0 && before(x, heap[0])) { heap[0] = x; down(0); }
  }
  return heap.sort((a, b) => (before(a, b) ? -1 : 1));
}

const PREFIX_CAP = 32; // completions of a word being typed, at most
const MAX_TERMS = 32; // query words, at most
const MATCH_WORDS = 64; // distinct words of a need that count (Go: match.maxWords)
const MATCH_TERMS = 32; // terms of a need kept, the most telling first (Go: match.maxTerms)
const MATCH_MIN_REL = 0.1; // a text score below this share of the best is left out (Go: match.minRel)
const MATCH_MIN_FIT = 0.05; // the least fit shown (Go: match.minFit)
const STRONG_FIT = 0.5; // the fit of a strong suggestion (Go: match.StrongFit)
const LETTER_RE = /\p{L}/u;
// bridges: by language, the key of a glossary word → its Finnish keys
// and words [{key, via}], sorted by key; exact: a folded English or
// Swedish glossary word as written → the same, for a Finnish need with a
// foreign word (Go: searchindex.bridgeKeys, exactBridges). Built on first use.
let bridgeMaps = null;
function bridges() {
  if (bridgeMaps) return bridgeMaps;
  const byKey = {}, exact = new Map();
  const push = (list, b) => { if (!list.some((x) => x.key === b.key)) list.push(b); };
  for (const lang of ["en", "fi", "sv"]) {
    const m = new Map();
    for (const entry of GLOSSARY[lang].split(" ")) {
      if (!entry) continue;
      const [w, ts] = entry.split(":");
      const k = stem(lang, fold(w));
      for (const t of ts.split(",")) {
        const b = { key: stem("fi", fold(t)), via: t };
        if (b.key !== k) { if (!m.has(k)) m.set(k, []); push(m.get(k), b); }
        if (lang !== "fi" && b.key !== fold(w)) { if (!exact.has(fold(w))) exact.set(fold(w), []); push(exact.get(fold(w)), b); }
      }
    }
    byKey[lang] = m;
  }
  const byKeyOrder = (a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
  for (const m of [...Object.values(byKey), exact]) for (const l of m.values()) l.sort(byKeyOrder);
  bridgeMaps = { byKey, exact };
  return bridgeMaps;
}

// translatedKeys: the Finnish keys a folded word of a need in lang also
// finds (Go: searchindex.TranslatedKeys).
function translatedKeys(lang, langs, f) {
  if (!langs.includes("fi")) return [];
  const { byKey, exact } = bridges();
  let list = (byKey[lang] && byKey[lang].get(stem(lang, f))) || [];
  if (lang === "fi") list = [...list, ...(exact.get(f) || [])];
  const out = [];
  for (const b of list) if (!out.some((k) => k.key === b.key)) out.push({ key: b.key, w: 0.8, form: false, via: b.via });
  return out;
}

const FILLER_SET = new Set(FILLER.split(" "));

// placeWord: a folded word of a need in lang names a place (Go:
// searchindex.PlaceWord): the name as written, or the key of a one-word
// name long enough not to be another word's.
let placeSets = null;
function placeWord(lang, f) {
  if (!placeSets) {
    placeSets = { forms: new Set(), keys: new Set() };
    for (const n of PLACES.split("|")) {
      placeSets.forms.add(fold(n.toLowerCase()));
      const ks = analyze("fi", n);
      if (ks.length === 1 && ks[0].length >= 5) placeSets.keys.add(ks[0]);
    }
  }
  return placeSets.forms.has(f) || placeSets.keys.has(stem(lang, f));
}

// basesOf: a Finnish word without -mme, -nne or the essive -na, tried
// when the word is not found as it is (Go: match.bases).
function basesOf(lang, f) {
  if (lang !== "fi" || f.length < 7) return [];
  if (f.endsWith("mme") || f.endsWith("nne")) return [f.slice(0, -3)];
  if (f.endsWith("na") && "aeiouy".includes(f[f.length - 3])) return [f.slice(0, -2)];
  return [];
}
// lemmaClass: the lemma class of a folded Finnish word with key (Go:
// searchindex.LemmaClass); "" goes with every class.
function lemmaClass(lang, f, key) {
  if (lang !== "fi" || f.length <= key.length || !f.startsWith(key) || !AZ_RE.test(f) || key === "") return "";
  let i = key.length;
  if (f[i] === key[key.length - 1] && !"aeiouy".includes(f[i])) i++;
  if (i >= f.length) return "";
  return f[i] === "e" && i + 1 < f.length && (f[i + 1] === "i" || f[i + 1] === "j") ? "i" : f[i];
}
const shorter = (a, b) => [...a].length < [...b].length || ([...a].length === [...b].length && a < b);

function toText(data) {
  if (typeof data === "string") return data;
  if (data instanceof ArrayBuffer || ArrayBuffer.isView(data)) return new TextDecoder().decode(data);
  return String(data);
}

function defaultLoad(path) {
  return fetch(new URL(path, import.meta.url)).then((r) => {
    if (!r.ok) throw new Error(`search: ${path}: HTTP ${r.status}`);
    return r.text();
  });
}

/**
 * createSearch loads the entry file and returns a searcher. load(path)
 * gives the bytes or text of a file relative to the search folder.
 */
export async function createSearch({ load = defaultLoad } = {}) {
  const cache = new Map();
  const json = (path) => {
    let p = cache.get(path);
    if (!p) {
      p = Promise.resolve(load(path)).then((d) => JSON.parse(toText(d)));
      p.catch(() => cache.delete(path));
      cache.set(path, p);
    }
    return p;
  };
  const entry = await json("index.json");
  if (entry.format !== FORMAT_VERSION) {
    console.warn(`kimppa search: index format ${entry.format}, search.js expects ${FORMAT_VERSION}; rebuild the site`);
  }
  const N = entry.docs;
  const langs = entry.langs;

  let facetTable = null;
  const facetsLoaded = () => facetTable || (facetTable = json(entry.facets).then((f) => {
    const docType = new Uint8Array(N);
    const typeNames = [];
    for (const facet of f.facets) {
      for (const t of facet.terms) t.ids = decodeSet(t.docs, N);
      if (facet.name === "type") facet.terms.forEach((t, i) => { typeNames.push(t.key); for (const d of t.ids) docType[d] = i; });
    }
    return { facets: f.facets, docType, typeNames };
  }));

  const shardIndex = (key) => {
    let lo = 0, hi = entry.shardFirst.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (entry.shardFirst[mid] <= key) lo = mid; else hi = mid - 1;
    }
    return lo;
  };
  // A shard: sorted keys k and entries p: postings (VLQ) or "@n" (in
  // postings file n), then optionally "|" and alias keys.
  const shards = new Map();
  const shard = (i) => {
    let p = shards.get(i);
    if (!p) {
      p = json(`${entry.shards}${i}.json`).then((s) => ({ keys: s.k, entries: s.p }));
      shards.set(i, p);
    }
    return p;
  };
  const lowerBound = (keys, k) => {
    let lo = 0, hi = keys.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (keys[mid] < k) lo = mid + 1; else hi = mid; }
    return lo;
  };
  const decoded = new Map(); // key → Promise<{docs, levels}>
  const postings = (key, e) => {
    let p = decoded.get(key);
    if (!p) {
      const bar = e.indexOf("|");
      const list = bar < 0 ? e : e.slice(0, bar);
      // one VLQ number per doc: (id - previous - 1) << 4 | impact level
      p = (list[0] === "@" ? json(`${entry.postings}${list.slice(1)}.json`) : Promise.resolve(list)).then((s) => {
        let n = 0;
        for (let i = 0; i < s.length; i++) if (!(B64[s.charCodeAt(i)] & 32)) n++;
        const docs = new Int32Array(n), levels = new Uint8Array(n);
        let prev = -1, i = 0;
        vlq(s, (v) => { prev += Math.floor(v / 16) + 1; docs[i] = prev; levels[i++] = v % 16; });
        return { docs, levels };
      });
      decoded.set(key, p);
    }
    return p;
  };
  const aliases = (e) => {
    const bar = e.indexOf("|");
    return bar < 0 ? [] : e.slice(bar + 1).split(",");
  };
  // entryOf finds key's entry in its shard, or undefined.
  const entryOf = async (key) => {
    const sh = await shard(shardIndex(key));
    const j = lowerBound(sh.keys, key);
    return sh.keys[j] === key ? sh.entries[j] : undefined;
  };

  // Reused buffers.
  const best = new Float64Array(N);
  const bestPrefix = new Float64Array(N);
  const hitBuf = new Int32Array(N);
  const touchedBuf = new Int32Array(N);
  const failCount = new Uint8Array(N);
  const failFacet = new Int16Array(N);
  const pass = new Uint8Array(N);
  const inSet = new Uint8Array(N);
  const score = new Float64Array(N);
  const matched = new Uint8Array(N);

  function parse(query, lang) {
    const ws = words(lang, query);
    const open = OPEN_END_RE.test(String(query));
    const terms = [];
    const seen = new Set();
    ws.forEach((w, i) => {
      if (seen.has(w.folded) || terms.length >= MAX_TERMS) return;
      seen.add(w.folded);
      const keys = new Map([[stem(lang, w.folded), 1]]);
      for (const l of langs) {
        const k = stem(l, w.folded);
        if (!keys.has(k)) keys.set(k, 0.9);
      }
      for (const k of gradation(stem("fi", w.folded))) if (!keys.has(k)) keys.set(k, 0.85);
      // an English word finds the Finnish words of the same thing: "plastic"
      // finds "muovi" on a portal written in Finnish
      const extra = lang !== "fi" ? translatedKeys(lang, langs, w.folded).map((k) => k.key) : [];
      terms.push({ folded: w.folded, keys, extra, prefix: open && i === ws.length - 1 });
    });
    return terms;
  }

  // lookup finds, for one term, every index key it matches, with a weight:
  // [{key, entry, w}]. Keys of the query's language are looked up; keys of
  // the other languages only when they are in the same shard (so a query
  // loads what its words need, and gives the same results whatever was
  // loaded before).
  async function lookup(term) {
    const f = term.folded;
    const [primary] = term.keys.keys();
    const home = shardIndex(primary);
    const want = new Map();
    for (const [k, w] of term.keys) if (w === 1 || shardIndex(k) === home) want.set(k, w);
    for (const k of term.extra || []) if (!want.has(k)) want.set(k, 0.8);
    if (term.prefix) {
      // the word as typed may be longer than its stem: kiertotalo → kiertotal
      for (let n = f.length - 1; n >= Math.max(4, f.length - 3); n--) {
        const k = f.slice(0, n);
        if (!want.has(k)) want.set(k, 0.85);
      }
    }
    const found = new Map();
    const add = (key, e, w, completion = false) => {
      if (!found.has(key) || found.get(key).w < w) found.set(key, { key, entry: e, w, completion });
    };
    await Promise.all([...want].map(async ([k, w]) => {
      const e = await entryOf(k);
      if (e === undefined) return;
      add(k, e, w);
      // keys with the same Snowball stem (the same word, in other forms),
      // when they are in the same shard
      await Promise.all(aliases(e).filter((a) => shardIndex(a) === shardIndex(k)).map(async (a) => {
        const ae = await entryOf(a);
        if (ae !== undefined) add(a, ae, w * 0.8);
      }));
    }));
    if (term.prefix && f.length >= 2) {
      const from = shardIndex(f), to = shardIndex(f + "\uffff");
      const comp = [];
      for (let i = from; i <= to; i++) {
        const sh = await shard(i);
        for (let j = lowerBound(sh.keys, f); j < sh.keys.length && sh.keys[j].startsWith(f); j++) {
          const k = sh.keys[j];
          if (!want.has(k) && !k.includes("~")) comp.push({ key: k, entry: sh.entries[j], w: 0.6 + 0.4 * f.length / k.length });
        }
      }
      // the most frequent completions: long (or "@") entries first
      const size = (e) => (e[0] === "@" ? Infinity : e.length);
      comp.sort((a, b) => size(b.entry) - size(a.entry) || (a.key < b.key ? -1 : 1));
      for (const c of comp.slice(0, PREFIX_CAP)) add(c.key, c.entry, c.w, true);
    }
    return [...found.values()];
  }

  const orders = new Map();
  function titleOrder(lang) {
    const path = entry.ranks[lang] || entry.ranks[langs[0]];
    if (!orders.has(path)) {
      orders.set(path, json(path).then((s) => {
        const order = [];
        vlq(s, (v) => order.push(v));
        return order;
      }));
    }
    return orders.get(path);
  }

  async function fragments(ids, lang) {
    const files = [...new Set(ids.map((id) => Math.floor(id / entry.fragSize)))];
    const loaded = new Map(await Promise.all(files.map(async (f) => [f, await json(`${entry.frags}${f}.json`)])));
    const li = Math.max(0, langs.indexOf(lang));
    return ids.map((id) => {
      const rec = loaded.get(Math.floor(id / entry.fragSize)).d[id % entry.fragSize];
      const slots = rec.slice(1);
      const bi = slots.findIndex((s) => s);
      const si = slots[li] ? li : slots[0] ? 0 : bi;
      const base = slots[bi], s = slots[si];
      return { slug: rec[0], lang: langs[si], title: s[0] === 0 ? base[0] : s[0], summary: s[1] === 0 ? base[1] : s[1], url: s[2] };
    });
  }

  async function search(query = "", opts = {}) {
    const lang = opts.lang && langs.includes(opts.lang) ? opts.lang : langs[0];
    const limit = opts.limit ?? 10;
    const offset = opts.offset ?? 0;
    const filters = Object.entries(opts.filters || {}).filter(([, ts]) => ts && ts.length);
    const terms = parse(query, lang);
    const ft = await facetsLoaded();
    const order = terms.length === 0 ? await titleOrder(lang) : null;

    // candidate set with scores
    let cand;
    if (terms.length === 0) {
      cand = null; // every doc
    } else {
      const per = await Promise.all(terms.map(async (t) => {
        const found = await lookup(t);
        return Promise.all(found.map(async (f) => ({ w: f.w, completion: f.completion, p: await postings(f.key, f.entry) })));
      }));
      // From here to the fragments there is no await, so the shared buffers
      // (best, score, matched, failCount, …) are this call's alone.
      let nTouched = 0;
      for (const found of per) {
        // best: the best match of the word itself (its stem, other forms,
        // aliases); bestPrefix: the best word that starts with what was typed
        // so far. A doc with both ranks above one with either.
        let nHit = 0;
        for (const { w, completion, p } of found) {
          const b = completion ? bestPrefix : best;
          const docs = p.docs, levels = p.levels;
          for (let i = 0; i < docs.length; i++) {
            const d = docs[i], v = w * (levels[i] + 1);
            if (best[d] === 0 && bestPrefix[d] === 0) hitBuf[nHit++] = d;
            if (v > b[d]) b[d] = v;
          }
        }
        // One idf for the term, from every doc any of its keys found: a rare
        // form or alias does not outweigh the word itself.
        const idf = Math.log(1 + (N - nHit + 0.5) / (nHit + 0.5)) * (K1 + 1) / 16;
        for (let i = 0; i < nHit; i++) {
          const d = hitBuf[i];
          if (matched[d] === 0) touchedBuf[nTouched++] = d;
          matched[d]++;
          score[d] += idf * (best[d] > 0 ? best[d] + 0.5 * bestPrefix[d] : bestPrefix[d]);
          best[d] = 0;
          bestPrefix[d] = 0;
        }
      }
      cand = touchedBuf.subarray(0, nTouched);
    }

    // filters: OR within a facet, AND across facets. failCount[d] counts
    // the facets whose filter d fails, failFacet[d] is the last one.
    const byName = new Map(ft.facets.map((f) => [f.name, f]));
    failCount.fill(0);
    filters.forEach(([name, terms], fi) => {
      pass.fill(0);
      const facet = byName.get(name);
      if (facet) for (const t of facet.terms) if (terms.includes(t.key)) for (const d of t.ids) pass[d] = 1;
      for (let d = 0; d < N; d++) if (!pass[d]) { failCount[d]++; failFacet[d] = fi; }
    });
    const filterIndex = new Map(filters.map(([name], i) => [name, i]));

    // facet counts over the matching set; a facet's own filter is left out
    if (cand) for (const d of cand) inSet[d] = 1;
    const facets = {};
    for (const f of ft.facets) {
      const own = filterIndex.has(f.name) ? filterIndex.get(f.name) : -2;
      const counts = {};
      for (const t of f.terms) {
        let c = 0;
        const ids = t.ids;
        for (let i = 0; i < ids.length; i++) {
          const d = ids[i];
          if (cand && !inSet[d]) continue;
          if (failCount[d] === 0 || (failCount[d] === 1 && failFacet[d] === own)) c++;
        }
        counts[t.key] = c;
      }
      facets[f.name] = counts;
    }
    if (cand) for (const d of cand) inSet[d] = 0;

    // ranked (or title-ordered) list
    let list;
    if (cand) {
      list = [];
      for (const d of cand) if (failCount[d] === 0) list.push(d);
      // rank: words matched, then score, then doc order; only the first
      // offset+limit need sorting
      const rank = (d) => matched[d] * 1e6 + score[d];
      const before = (a, b) => rank(a) > rank(b) || (rank(a) === rank(b) && a < b);
      const k = offset + limit;
      if (list.length > 4 * k + 64) {
        const total = list.length;
        list = topK(list, k, before);
        list.total = total;
      } else {
        list.sort((a, b) => (before(a, b) ? -1 : before(b, a) ? 1 : 0));
      }
    } else {
      list = order.filter((d) => failCount[d] === 0);
    }
    const page = list.slice(offset, offset + limit);
    // score: words matched + BM25/(BM25+1), so it falls as the rank does
    const scores = page.map((d) => (cand ? Math.round((matched[d] + score[d] / (score[d] + 1)) * 1e4) / 1e4 : 0));
    if (cand) for (const d of cand) { matched[d] = 0; score[d] = 0; } // buffers are free again before the next await
    const frags = await fragments(page, lang);
    const results = page.map((d, i) => {
      const fr = frags[i];
      const type = ft.typeNames[ft.docType[d]];
      const url = fr.url === 0 ? entry.urls[type][fr.lang] + fr.slug + "/" : fr.url;
      return { type, slug: fr.slug, url, title: fr.title, summary: fr.summary, score: scores[i] };
    });
    return { results, total: list.total ?? list.length, facets };
  }

  // ---- match: a need in a visitor's own words (Go: generator/match) ----

  let matchData = null;
  const matchLoaded = () => matchData || (matchData = (entry.match ? json(entry.match) : Promise.resolve({ open: "" })).then((m) => {
    const open = new Uint8Array(N);
    for (const d of decodeSet(m.open || "", N)) open[d] = 1;
    const along = new Map(Object.entries(m.along || {}).map(([k, v]) => [Number(k), v]));
    const contact = new Map(Object.entries(m.contact || {}).map(([k, v]) => [Number(k), v]));
    return { open, along, contact };
  }));

  // needTerms reads a need as Go's match.terms does: its distinct words
  // (the first MATCH_WORDS) but filler, each with the keys search looks
  // up (without a possessive suffix when that finds none), or the keys of
  // its compound parts when no key finds the word whole, and its glossary
  // bridges; forms of one word are one term; a word without a letter
  // tells nothing; a word with no key at all is a term without keys. The
  // index pieces the words lead to are loaded at once, not one by one.
  async function needTerms(text, lang) {
    const ws = words(lang, text);
    const wanted = (w) => LETTER_RE.test(w.folded) && !FILLER_SET.has(w.folded) && !placeWord(lang, w.folded);
    const firstKeys = (f) => [f, ...basesOf(lang, f)].flatMap((x) => queryKeys(lang, x).map((k) => k.key));
    // keysOf: the keys of f, or of a base of it when f's find none, and the form they are of
    const keysOf = async (f) => {
      let keys = queryKeys(lang, f), src = f;
      for (const base of basesOf(lang, f)) {
        if (await known(keys)) break;
        keys = queryKeys(lang, base);
        src = base;
      }
      return { keys, src };
    };
    const distinct = [...new Set(ws.filter(wanted).map((w) => w.folded))].slice(0, MATCH_WORDS);
    await Promise.all(distinct.flatMap(firstKeys).map(entryOf));
    const has = async (k) => (await entryOf(k)) !== undefined;
    const known = async (keys) => { for (const k of keys) if (await has(k.key)) return true; return false; };
    // the parts of words no key finds, at once
    const partless = [];
    for (const f of distinct) if (!(await known((await keysOf(f)).keys))) partless.push(f);
    await Promise.all(partless.flatMap((f) => partCandidates(lang, f)).map(entryOf));

    const byFolded = new Map();
    const byKey = new Map();
    const terms = [];
    for (const w of ws) {
      const f = w.folded;
      if (byFolded.has(f)) {
        const i = byFolded.get(f);
        if (i >= 0) terms[i].count += 1;
        continue;
      }
      if (byFolded.size >= MATCH_WORDS) continue;
      if (!wanted(w)) { byFolded.set(f, -1); continue; }
      let { keys, src } = await keysOf(f);
      if (!(await known(keys))) keys = await partKeys(lang, f, has);
      for (const x of [f, ...basesOf(lang, f)]) for (const t of translatedKeys(lang, langs, x)) if (!keys.some((k) => k.key === t.key)) keys.push(t);
      if (keys.length === 0) {
        byFolded.set(f, terms.length);
        terms.push({ surface: w.surface, keys, count: 1, first: byFolded.size });
        continue;
      }
      const cls = keys[0].form ? lemmaClass(lang, src, keys[0].key) : "";
      if (byKey.has(keys[0].key)) {
        const i = byKey.get(keys[0].key);
        byFolded.set(f, i);
        terms[i].count += 1;
        if (shorter(w.surface, terms[i].surface)) terms[i].surface = w.surface;
        if (!terms[i].classes.includes(cls)) terms[i].classes.push(cls);
        continue;
      }
      byFolded.set(f, terms.length);
      byKey.set(keys[0].key, terms.length);
      terms.push({ surface: w.surface, keys, count: 1, first: byFolded.size, classes: [cls] });
    }
    return terms;
  }

  // queryKeys: the word's stem (a form of it), its stems in the other
  // languages, the strong grades of its Finnish stem (Go: QueryKeys).
  function queryKeys(lang, f) {
    const out = [{ key: stem(lang, f), w: 1, form: true }];
    const has = (k) => out.some((x) => x.key === k);
    for (const l of langs) { const k = stem(l, f); if (!has(k)) out.push({ key: k, w: 0.9, form: false }); }
    for (const k of gradation(stem("fi", f))) if (!has(k)) out.push({ key: k, w: 0.85, form: lang === "fi" });
    return out;
  }

  // partCandidates: every key partKeys may look up for f.
  function partCandidates(lang, f) {
    if (f.length < 8 || !AZ_RE.test(f)) return [];
    const out = [];
    for (let i = 4; i <= f.length - 3; i++) out.push(stem(lang, f.slice(i)), stem(lang, f.slice(0, i)));
    return out;
  }

  // partKeys splits a compound no key finds whole (Go: PartKeys).
  async function partKeys(lang, f, has) {
    if (f.length < 8 || !AZ_RE.test(f)) return [];
    for (let i = 4; i <= f.length - 3; i++) {
      const head = stem(lang, f.slice(i));
      if (!(await has(head))) continue;
      const out = [{ key: head, w: 0.7, form: false }];
      const mod = stem(lang, f.slice(0, i));
      if (mod !== head && (await has(mod))) out.push({ key: mod, w: 0.5, form: false });
      return out;
    }
    return [];
  }

  // how a doc was found (Go: match.howForm …): a form of the word (0), a
  // glossary bridge, key i (1 + i), or no reason (-1).
  const keyHow = (i, kw) => (kw.form ? 0 : kw.via ? 1 + i : -1);
  const better = (a, b) => (a === b || a === -1 ? false : b === -1 ? true : a < b);

  // byClass: whether key's words are filed by lemma class too (Go: Index.ByClass).
  async function byClass(key) {
    const k = key + "~", i = shardIndex(k);
    const sh = await shard(i);
    const j = lowerBound(sh.keys, k);
    if (j < sh.keys.length) return sh.keys[j].startsWith(k);
    if (i + 1 >= entry.shardFirst.length) return false;
    return (await shard(i + 1)).keys[0].startsWith(k);
  }

  // sameWord: the docs with a form of the term's word, when its first key
  // is filed by lemma class; null when any doc of the key has one.
  async function sameWord(t) {
    if (!t.keys.length || !t.keys[0].form || t.classes.includes("") || !(await byClass(t.keys[0].key))) return null;
    const in_ = new Set();
    const ps = await Promise.all(["", ...t.classes].map(async (c) => {
      const k = `${t.keys[0].key}~${c}`, e = await entryOf(k);
      return e === undefined ? null : postings(k, e);
    }));
    for (const p of ps) if (p) for (const d of p.docs) in_.add(d);
    return in_;
  }

  // findTerm: every doc any of a term's keys (or their aliases) finds,
  // with the best weight, and how it was found.
  async function findTerm(t) {
    const lists = await Promise.all(t.keys.map(async (kw, i) => {
      const e = await entryOf(kw.key);
      if (e === undefined) return [];
      const by = keyHow(i, kw);
      const out = [{ p: postings(kw.key, e), w: kw.w, by }];
      const as = await Promise.all(aliases(e).map(async (a) => [a, await entryOf(a)]));
      for (const [a, ae] of as) if (ae !== undefined) out.push({ p: postings(a, ae), w: kw.w * 0.8, by });
      return out;
    }));
    const flat = lists.flat();
    const ps = await Promise.all(flat.map((x) => x.p));
    const best = new Map(), how = new Map();
    flat.forEach(({ w, by }, j) => {
      const p = ps[j];
      for (let i = 0; i < p.docs.length; i++) {
        const d = p.docs[i], v = w * (p.levels[i] + 1);
        if (v > (best.get(d) || 0)) best.set(d, v);
        if (!how.has(d) || better(by, how.get(d))) how.set(d, by);
      }
    });
    // a form of the word is a reason only in a doc with a form of the same word (Go: sameWord)
    const same = await sameWord(t);
    if (same) for (const [d, by] of how) if (by === 0 && !same.has(d)) how.set(d, -1);
    const docs = [...best.keys()].sort((a, b) => a - b);
    const hit = docs.length;
    const idf = Math.log(1 + (N - hit + 0.5) / (hit + 0.5)) * (K1 + 1) / 16;
    return { docs, best: docs.map((d) => best.get(d)), how: docs.map((d) => how.get(d)), idf };
  }

  const qw = (t) => 1 + Math.log(Math.max(1, t.count));
  const round3 = (v) => Math.round(v * 1000) / 1000;

  // labelTerms: each key of a facet term's label → [[facet, term]]
  // (Go: Index.LabelTerms).
  let labelMap = null;
  const labelTerms = (ft) => {
    if (labelMap) return labelMap;
    labelMap = new Map();
    for (const f of ft.facets) for (const t of f.terms) {
      for (const [l, label] of Object.entries(t.label || {})) {
        for (const k of analyze(l, label)) {
          if (!labelMap.has(k)) labelMap.set(k, []);
          const list = labelMap.get(k);
          if (!list.some(([a, b]) => a === f.name && b === t.key)) list.push([f.name, t.key]);
        }
      }
    }
    for (const list of labelMap.values()) list.sort((a, b) => { const x = a[0] + "\0" + a[1], y = b[0] + "\0" + b[1]; return x < y ? -1 : x > y ? 1 : 0; });
    return labelMap;
  };

  /**
   * match ranks what could meet a need written in a visitor's own words,
   * read in the language its words are in: every word counts, rare ones
   * more; themes picked in filters raise what shares them; kinds picked
   * are sought (a service through its providers, which come with it).
   * filters.type defaults to actors and services. Each result has a fit
   * (the share of the need it covers) and a strength; one without a true
   * reason or below a meaningful fit is left out. Scores and reasons are
   * those of data/matches.json's solvers.
   */
  async function match(text = "", opts = {}) {
    const lang = opts.lang && langs.includes(opts.lang) ? opts.lang : langs[0];
    const needLang = detectLang(text, lang);
    const limit = opts.limit ?? 10;
    const filters = opts.filters || {};
    const types = filters.type && filters.type.length ? filters.type : ["actors", "services"];
    const kinds = filters.kind || [];
    const themes = Object.entries(filters).filter(([k, v]) => k !== "type" && k !== "kind" && v && v.length);
    const [ft, md, ts] = await Promise.all([facetsLoaded(), matchLoaded(), needTerms(text, needLang)]);
    const typeOf = (d) => ft.typeNames[ft.docType[d]];
    const kindFacet = ft.facets.find((f) => f.name === "kind");
    const kindOf = new Map();
    if (kindFacet) for (const t of kindFacet.terms) for (const d of t.ids) kindOf.set(d, t.key);
    const termSets = new Map(ft.facets.map((f) => [f.name, new Map(f.terms.map((t) => [t.key, new Set(t.ids)]))]));
    const hasTerm = (d, facet, term) => { const m = termSets.get(facet); return !!(m && m.get(term) && m.get(term).has(d)); };

    // score every doc the need's words find, the MATCH_TERMS most telling;
    // total: what the need's meaningful words weigh, found or not
    const maxDF = N >= 40 ? N / 2 : N;
    const unmet = Math.log(1 + (N + 0.5) / 0.5) * (K1 + 1) / 16 * 0.5;
    const hs = await Promise.all(ts.map((t) => (t.keys.length ? findTerm(t) : null)));
    const kept = [];
    let total = 0;
    ts.forEach((t, i) => {
      const h = hs[i];
      if (h && h.docs.length > maxDF) return;
      if (!h || h.docs.length === 0) { total += unmet * qw(t); return; }
      total += h.idf * qw(t);
      kept.push({ t, h });
    });
    kept.sort((a, b) => (b.h.idf * qw(b.t)) - (a.h.idf * qw(a.t)) || a.t.first - b.t.first);
    kept.length = Math.min(kept.length, MATCH_TERMS);
    const textScore = new Map(), found = new Map();
    kept.forEach(({ t, h }, i) => {
      const q = qw(t);
      h.docs.forEach((d, j) => {
        const v = h.idf * q * h.best[j];
        textScore.set(d, (textScore.get(d) || 0) + v);
        if (h.how[j] !== -1) { if (!found.has(d)) found.set(d, []); found.get(d).push({ i, v, how: h.how[j] }); }
      });
    });
    const labels = labelTerms(ft);
    // reasons (Go: scored.reasons): words as written, a bridge as
    // "word → sana"; a word of a label the doc has is the term instead
    const reasons = (d) => {
      const list = found.get(d) || [];
      let cover = 0;
      for (const r of list) cover += kept[r.i].h.idf * qw(kept[r.i].t);
      const words = [], terms = {};
      let nTerms = 0;
      for (const r of list.slice().sort((a, b) => b.v - a.v)) {
        const t = kept[r.i].t;
        let key = t.keys[0].key, word = t.surface;
        if (r.how >= 1) { const kw = t.keys[r.how - 1]; key = kw.key; word = `${t.surface} → ${kw.via}`; }
        let label = false;
        for (const [facet, term] of labels.get(key) || []) {
          if (!hasTerm(d, facet, term)) continue;
          label = true;
          if (facet !== "kind" && facet !== "type" && !(terms[facet] || []).includes(term)) { (terms[facet] ||= []).push(term); nTerms++; }
        }
        if (!label && words.length < 5) words.push(word);
      }
      return { words, terms: nTerms ? terms : undefined, fit: total > 0 ? Math.min(1, cover / total) : 0 };
    };

    // what may be suggested
    const sought = (d) => kinds.length === 0 || kinds.includes(kindOf.get(d));
    const eligible = (d) => {
      const type = typeOf(d);
      if (!types.includes(type)) return false;
      switch (type) {
        case "actors": return sought(d);
        case "services": return (md.along.get(d) || []).some(sought);
        case "challenges": case "funding": return md.open[d] === 1;
      }
      return false;
    };
    const nWant = themes.reduce((n, [, v]) => n + v.length, 0);
    const shared = (d) => {
      const out = {};
      let n = 0;
      for (const [name, want] of themes) {
        if (!termSets.get(name)) continue;
        const got = want.filter((t) => hasTerm(d, name, t)).sort();
        if (got.length) { out[name] = got; n += got.length; }
      }
      return [n ? out : undefined, n];
    };
    const merge = (a, b) => {
      if (!b) return a;
      const out = {};
      for (const m of [a, b]) for (const [k, ts] of Object.entries(m || {})) for (const t of ts) if (!(out[k] ||= []).includes(t)) out[k].push(t);
      for (const k of Object.keys(out)) out[k].sort();
      return out;
    };
    const cands = [...textScore.keys()].filter(eligible).sort((a, b) => a - b);
    let maxText = 0;
    for (const d of cands) maxText = Math.max(maxText, textScore.get(d));
    // taxonomy terms of each doc (every facet but type and kind), for combine
    const ownTerms = (d) => {
      let n = 0;
      for (const f of ft.facets) if (f.name !== "type" && f.name !== "kind") for (const t of f.terms) if (hasTerm(d, f.name, t.key)) n++;
      return n;
    };
    // Go: match.combine: the themes shared as a share of the themes either has
    const combine = (t, n, d) => {
      const rel = maxText > 0 ? t / maxText : 0;
      return 0.75 * rel + (nWant > 0 ? 0.2 * n / Math.max(1, nWant + ownTerms(d) - n) : 0.2 * rel) + (kinds.length ? 0.05 : 0);
    };
    const fitOf = (words, n) => (nWant === 0 ? words : 0.75 * words + 0.25 * n / nWant);
    const best = new Map();
    const offer = (s) => { const o = best.get(s.d); if (!o || s.score > o.score) best.set(s.d, s); };
    for (const d of cands) {
      if (textScore.get(d) < MATCH_MIN_REL * maxText) continue; // a word or two in common, among many
      const [terms, n] = shared(d);
      const r = reasons(d);
      const fit = fitOf(r.fit, n);
      const s = { d, score: 0.8 * combine(textScore.get(d), n, d) + 0.2 * fit, fit, because: { terms: merge(terms, r.terms), words: r.words } }; // Go: rankScore
      if (!(s.because.words.length || s.because.terms) || round3(s.fit) < MATCH_MIN_FIT) continue; // no true reason, or too little
      if (typeOf(d) === "actors" && kinds.length) s.because.kind = kindOf.get(d);
      offer(s);
      if (typeOf(d) !== "services" || !types.includes("actors")) continue;
      for (const p of md.along.get(d) || []) {
        if (!sought(p)) continue;
        const via = { d: p, score: s.score * 0.98, fit: s.fit, because: { ...s.because, kind: kinds.length ? kindOf.get(p) : undefined }, via: d };
        offer(via);
      }
    }
    const ranked = [...best.values()].sort((a, b) => b.score - a.score || a.d - b.d).slice(0, limit);
    const viaDocs = ranked.filter((s) => s.via !== undefined).map((s) => s.via);
    const frags = await fragments([...ranked.map((s) => s.d), ...viaDocs], lang);
    const slugOf = new Map([...ranked.map((s) => s.d), ...viaDocs].map((d, i) => [d, frags[i]]));
    const results = ranked.map((s) => {
      const fr = slugOf.get(s.d);
      const type = typeOf(s.d);
      const url = fr.url === 0 ? entry.urls[type][fr.lang] + fr.slug + "/" : fr.url;
      const because = {};
      if (s.because.terms) because.terms = s.because.terms;
      if (s.because.words && s.because.words.length) because.words = s.because.words;
      if (s.because.kind) because.kind = s.because.kind;
      if (s.via !== undefined) because.via = `${typeOf(s.via)}/${slugOf.get(s.via).slug}`;
      const fit = round3(s.fit);
      const r = { type, slug: fr.slug, url, title: fr.title, summary: fr.summary, score: round3(s.score), fit, strength: fit >= STRONG_FIT ? "strong" : "possible", because };
      if (s.via !== undefined) {
        const vf = slugOf.get(s.via), vt = typeOf(s.via);
        r.via = { title: vf.title, url: vf.url === 0 ? entry.urls[vt][vf.lang] + vf.slug + "/" : vf.url };
      }
      const mail = md.contact.get(s.d);
      if (mail) r.contact = mail;
      return r;
    });
    return { results, lang: needLang };
  }

  /** facetInfo describes the facets for a UI: names, labels and term labels in lang. */
  async function facetInfo(lang = langs[0]) {
    const ft = await facetsLoaded();
    const pick = (m, fallback) => (m && (m[lang] || m[langs[0]])) || fallback;
    return ft.facets.map((f) => ({
      name: f.name,
      label: pick(f.label, f.name),
      terms: f.terms.map((t) => ({ key: t.key, label: pick(t.label, t.key) })),
    }));
  }

  return { search, match, facetInfo, langs: [...langs], docs: N, format: entry.format };
}
