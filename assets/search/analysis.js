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
const GLOSSARY = {
  en: "accelerator:kiihdyttämö advice:neuvonta,sparraus,konsultointi,neuvoa advisory:neuvonta,sparraus,konsultointi,neuvoa agency:virasto agreement:sopimus agriculture:maatalous aluminium:alumiini aluminum:alumiini analysis:analyysi apartment:asunto app:sovellus application:hakemus apply:hakemus,haku aquaculture:vesiviljely architect:arkkitehti ash:tuhka asphalt:asfaltti assessment:arviointi,arvioida association:yhdistys audit:auditointi,katselmus authority:viranomainen bakery:leipomo batteries:akku battery:akku beam:palkki beams:palkki beer:olut benchmark:vertailu bicycle:polkupyörä bicycles:polkupyörä biodiversity:monimuotoisuus bioeconomy:biotalous biogas:biokaasu biomass:biomassa bioplastic:biomuovi biowaste:biojäte boards:lauta boat:vene boats:vene borrow:lainaus bottle:pullo bottles:pullo bread:leipä breweries:panimo brewery:panimo brick:tiili bricks:tiili building:rakennus buildings:rakennus business:liiketoiminta buyer:ostaja buyers:ostaja byproduct:sivutuote,sivuvirta cable:kaapeli calculation:laskelma,laskenta call:haku calls:haku car:auto carbon:hiili,hiilijalanjälki cardboard:pahvi,kartonki cars:auto ceramic:keramiikka ceramics:keramiikka certificate:sertifikaatti certification:sertifiointi chemical:kemikaali chemicals:kemikaali children:lapsi circular:kiertotalous circularity:kiertotalous clay:savi climate:ilmasto cloth:tekstiili,kangas clothes:vaate,tekstiili,kangas clothing:vaate,tekstiili,kangas cluster:klusteri co2:hiilidioksidi,hiilijalanjälki coaching:valmennus,koulutus coffee:kahvi collaboration:yhteistyö,kumppanuus collection:keräys,kerääminen,kerätä commitment:sitoumus companies:yritys company:yritys component:rakennusosa,osa components:rakennusosa,osa composite:komposiitti compost:komposti composting:kompostointi,kompostoida computer:tietokone concrete:betoni consortium:konsortio construction:rakentaminen,rakennus consultancy:konsultointi,neuvonta,sparraus,neuvoa consultant:konsultti consultants:konsultti consulting:neuvonta,sparraus,konsultointi,neuvoa contract:sopimus contractor:urakoitsija cooling:jäähdytys cooperation:yhteistyö,kumppanuus cooperative:osuuskunta coordination:koordinointi copper:kupari cost:kustannus costs:kustannus costume:puku costumes:puku cotton:puuvilla course:koulutus,valmennus courses:koulutus,valmennus crate:laatikko crates:laatikko crushed:murske crushing:murskaus culture:kulttuuri cycle:elinkaari,kierto dairy:meijeri data:data,tieto deliveries:kuljetus demolish:purku,purkaminen,purkaa demolition:purku,purkaminen design:suunnittelu,suunnitella device:laite devices:laite digestate:mädäte digital:digitaalinen door:ovi doors:ovi durability:kestävyys durable:kestävä earth:maa,maamassa,kaivumaa,ylijäämämaa,maa-aines,kiviaines ecodesign:ekosuunnittelu ecosystem:ekosysteemi education:koulutus,valmennus electricity:sähkö electronics:elektroniikka emission:päästö emissions:päästö energy:energia entrepreneur:yrittäjä entrepreneurs:yrittäjä environment:ympäristö environmental:ympäristö event:tapahtuma events:tapahtuma excavated:kaivumaa,maamassa,ylijäämämaa,maa-aines,kiviaines,kaivu excavation:kaivu,kaivumaa,maamassa,ylijäämämaa,maa-aines,kiviaines excess:ylijäämä,hävikki,ylimääräinen exhibition:näyttely expert:asiantuntija,osaaja experts:asiantuntija,osaaja export:vienti fabric:kangas,tekstiili fabrics:kangas,tekstiili factory:tehdas farm:maatila farming:maatalous farms:maatila fashion:muoti,tekstiili,kangas feedstock:raaka-aine fertiliser:lannoite fertilisers:lannoite fertilizer:lannoite fertilizers:lannoite festival:festivaali fiber:kuitu fibre:kuitu field:pelto fields:pelto financing:rahoitus,raha fish:kala floor:lattia food:ruoka,elintarvike footprint:hiilijalanjälki,jalanjälki forest:metsä forestry:metsätalous foundation:säätiö fruit:hedelmä funding:rahoitus,raha furniture:kaluste,huonekalu garment:vaate garments:vaate glass:lasi grain:mäski,vilja grant:avustus,rahoitus,raha grants:avustus,rahoitus,raha granulate:granulaatti,rouhe gravel:sora grocery:kauppa growth:kasvu gypsum:kipsi harbour:satama healthcare:terveydenhuolto hearing:kuulo heat:lämpö heating:lämmitys hospital:sairaala house:talo houses:talo housing:asuminen,asunto hydrogen:vety impact:vaikuttavuus,vaikutus incineration:poltto incubator:hautomo indicator:mittari,indikaattori,tunnusluku indicators:mittari,indikaattori,tunnusluku industrial:teollisuus industry:teollisuus infrastructure:infrarakentaminen innovation:innovaatio instrument:instrumentti instruments:instrumentti insulation:eriste international:kansainvälinen investment:investointi investor:sijoittaja investors:sijoittaja iron:rauta jeans:farkut lab:laboratorio laboratory:laboratorio landfill:kaatopaikka laptop:kannettava,tietokone laptops:kannettava,tietokone leasing:vuokraus,vuokraaminen leather:nahka leftover:ylijäämä,hävikki,ylimääräinen legislation:lainsäädäntö lending:lainaus life:elinkaari lifecycle:elinkaari lifespan:käyttöikä loan:laina logistics:logistiikka,kuljetus lumber:puutavara machine:kone machines:kone maintenance:huolto management:johtaminen manager:johto managers:johto manufacturing:valmistus manure:lanta mapping:kartoitus market:markkina marketplace:markkinapaikka,tori material:materiaali materials:materiaali mattress:patja measure:mittari,indikaattori,tunnusluku measurement:mittaus,mitata meat:liha medical:lääkintä member:jäsen members:jäsen mentoring:mentorointi metal:metalli metrics:mittari,indikaattori,tunnusluku milk:maito mine:kaivos mineral:mineraali minerals:mineraali mining:kaivos ministry:ministeriö mobility:liikkuminen model:malli modular:modulaarinen monitoring:seuranta,seurata municipal:kunta municipalities:kunta municipality:kunta museum:museo nature:luonto network:verkosto networking:verkosto ngo:järjestö nutrient:ravinne nutrients:ravinne office:toimisto offices:toimisto oil:öljy packaging:pakkaus pallet:lava pallets:lava paper:paperi partner:kumppani partners:kumppani parts:osa,rakennusosa peat:turve pellet:pelletti pellets:pelletti permit:lupa permits:lupa phone:puhelin phones:puhelin pickup:nouto pilot:pilotti,kokeilu,pilotointi piloting:pilotointi,kokeilu,pilotti pipe:putki pipes:putki plastic:muovi plastics:muovi platform:alusta polyester:polyesteri port:satama premises:tila,toimitila price:hinta processing:käsittely,käsitellä procurement:hankinta product:tuote production:tuotanto products:tuote profitability:kannattavuus profitable:kannattava program:ohjelma programme:ohjelma project:hanke projects:hanke properties:kiinteistö property:kiinteistö props:lavaste prototype:prototyyppi pulp:sellu purchasing:hankinta raw:raaka-aine reclaimed:uudelleenkäyttö,uusiokäyttö,kierrätys,kierrättäminen,kierrättää recovery:hyödyntäminen,hyödyntää,hyötykäyttö,talteenotto recycle:kierrätys,kierrättäminen,kierrättää recycled:kierrätys,kierrättäminen,kierrättää,kierrätetty recycling:kierrätys,kierrättäminen,kierrättää refurbish:kunnostus refurbished:kunnostus refurbishing:kunnostus refurbishment:kunnostus region:alue,maakunta regional:alueellinen,maakunta regulation:sääntely remanufacture:uudelleenvalmistus remanufacturing:uudelleenvalmistus remote:etä renovate:korjausrakentaminen,remontti renovation:korjausrakentaminen,remontti rent:vuokraus,vuokraaminen rental:vuokraus,vuokraaminen renting:vuokraus,vuokraaminen repair:korjaus,korjaaminen,korjata repairing:korjaus,korjaaminen,korjata report:raportti reporting:raportointi resale:jälleenmyynti research:tutkimus,tutkia,tutkiminen researcher:tutkija researchers:tutkija residue:sivuvirta,sivutuote,jäännös residues:sivuvirta,sivutuote,jäännös resources:resurssi restaurant:ravintola restore:kunnostus retail:kauppa reuse:uudelleenkäyttö,uusiokäyttö reused:uudelleenkäyttö,uusiokäyttö reusing:uudelleenkäyttö,uusiokäyttö road:tie roadmap:tiekartta roads:tie rock:kivi,sivukivi rubber:kumi sand:hiekka savings:säästö sawdust:sahanpuru sawmill:saha school:koulu schools:koulu scrap:romu secondhand:käytetty seller:myyjä seminar:seminaari sensor:anturi sensors:anturi separation:erottelu service:palvelu services:palvelu sewage:jätevesi sharing:jakaminen shoes:kenkä shop:kauppa shredding:murskaus sidestream:sivuvirta,sivutuote sidestreams:sivuvirta,sivutuote site:työmaa,rakennustyömaa,rakennuskohde sites:työmaa,rakennustyömaa,rakennuskohde slag:kuona sludge:liete software:ohjelmisto soil:maa,maamassa,kaivumaa,ylijäämämaa,maa-aines,kiviaines,maamassat solar:aurinkoenergia sorting:lajittelu,lajitella,lajitteleminen space:tila,toimitila spaces:tila,toimitila spare:varaosa stage:näyttämö,lava standard:standardi standards:standardi startup:startup,yrittäjä steel:teräs sterilisation:sterilointi stone:kivi storage:varastointi,varastoida strategy:strategia straw:olki stream:sivuvirta,sivutuote,virta streams:sivuvirta,sivutuote,virta street:katu student:opiskelija students:opiskelija subscription:kuukausimaksu subsidy:avustus supplier:toimittaja suppliers:toimittaja surplus:ylijäämä,hävikki,ylimääräinen,ylijäämämaa,maamassa,kaivumaa,maa-aines,kiviaines survey:kartoitus sustainability:kestävyys sustainable:kestävä tender:tarjouskilpailu test:kokeilu,pilotti,pilotointi,testaus testbed:kokeiluympäristö,testiympäristö testing:testaus textile:tekstiili,kangas textiles:tekstiili,kangas theater:teatteri theatre:teatteri thesis:opinnäyte timber:puu tire:rengas tires:rengas toys:lelu traceability:jäljitettävyys traffic:liikenne training:koulutus,valmennus transport:kuljetus treatment:käsittely,käsitellä trial:koe,kokeilu,pilotti,pilotointi trials:koe,kokeilu,pilotti,pilotointi tyre:rengas tyres:rengas university:yliopisto,korkeakoulu upcycle:uusiokäyttö,uudelleenkäyttö upcycling:uusiokäyttö,uudelleenkäyttö vegetables:vihannes vehicle:ajoneuvo vehicles:ajoneuvo virgin:neitseellinen warehouse:varasto waste:jäte wastewater:jätevesi water:vesi webinar:webinaari wind:tuulivoima window:ikkuna windows:ikkuna wood:puu wooden:puu wool:villa workshop:verstas,työtila,työpaja yarn:lanka yeast:hiiva zoning:kaavoitus",
  fi: "ansaintamalli:liiketoimintamalli arvioida:arviointi arviointi:arvioida elinkaarianalyysi:elinkaariarviointi elinkaariarviointi:elinkaarianalyysi elintarvike:ruoka hyödyntäminen:hyödyntää,hyötykäyttö hyödyntää:hyödyntäminen,hyötykäyttö hyötykäyttö:hyödyntäminen,hyödyntää hävikki:ylijäämä indikaattori:mittari,tunnusluku kaivumaa:maamassa,ylijäämämaa,maa-aines,kiviaines kangas:tekstiili kehittäminen:kehitys kehitys:kehittäminen kerätä:keräys,kerääminen keräys:kerääminen,kerätä kerääminen:keräys,kerätä kierrättäminen:kierrätys,kierrättää kierrättää:kierrätys,kierrättäminen kierrätys:kierrättäminen,kierrättää kiviaines:maamassa,kaivumaa,ylijäämämaa,maa-aines kokeilla:testata,pilotoida kokeilu:pilotti,pilotointi kokeiluympäristö:testiympäristö kompostoida:kompostointi kompostointi:kompostoida konsultointi:neuvonta,sparraus,neuvoa korjaaminen:korjaus,korjata korjata:korjaus,korjaaminen korjaus:korjaaminen,korjata koulutus:valmennus kumppanuus:yhteistyö käsitellä:käsittely käsittely:käsitellä lajitella:lajittelu,lajitteleminen lajitteleminen:lajittelu,lajitella lajittelu:lajitella,lajitteleminen liiketoimintamalli:ansaintamalli maa-aines:maamassa,kaivumaa,ylijäämämaa,kiviaines maamassa:kaivumaa,ylijäämämaa,maa-aines,kiviaines mitata:mittaus mittari:indikaattori,tunnusluku mittaus:mitata neuvoa:neuvonta,sparraus,konsultointi neuvonta:sparraus,konsultointi,neuvoa pilotoida:kokeilla,testata pilotointi:kokeilu,pilotti pilotti:kokeilu,pilotointi purkaminen:purku purku:purkaminen raha:rahoitus rahoitus:raha rakennuskohde:työmaa,rakennustyömaa rakennustyömaa:työmaa,rakennuskohde ruoka:elintarvike seuranta:seurata seurata:seuranta sivutuote:sivuvirta sivuvirta:sivutuote sparraus:neuvonta,konsultointi,neuvoa suunnitella:suunnittelu suunnittelu:suunnitella tekstiili:kangas testata:kokeilla,pilotoida testiympäristö:kokeiluympäristö tila:toimitila tilapäinen:väliaikainen toimitila:tila tunnusluku:mittari,indikaattori tutkia:tutkimus,tutkiminen tutkiminen:tutkimus,tutkia tutkimus:tutkia,tutkiminen työmaa:rakennustyömaa,rakennuskohde työpaja:verstas,työtila työtila:verstas,työpaja uudelleenkäyttö:uusiokäyttö uusiokäyttö:uudelleenkäyttö valmennus:koulutus varastoida:varastointi varastointi:varastoida verstas:työtila,työpaja vuokraaminen:vuokraus vuokraus:vuokraaminen väliaikainen:tilapäinen yhteistyö:kumppanuus ylijäämä:hävikki,ylimääräinen ylijäämämaa:maamassa,kaivumaa,maa-aines,kiviaines ylimääräinen:ylijäämä",
  sv: "affärsmodell:liiketoimintamalli,ansaintamalli affärsmodeller:liiketoimintamalli,ansaintamalli aluminium:alumiini analys:analyysi andelslag:osuuskunta ansökan:hakemus app:sovellus asfalt:asfaltti aska:tuhka avfall:jäte avloppsvatten:jätevesi avtal:sopimus bageri:leipomo balkar:palkki bark:kuori batteri:akku bedömning:arviointi,arvioida begagnad:käytetty begagnade:käytetty beräkning:laskelma,laskenta besparingar:säästö betong:betoni bidrag:avustus,rahoitus,raha bil:auto bilar:auto bioavfall:biojäte biogas:biokaasu biomassa:biomassa boende:asuminen bomull:puuvilla bostad:asunto bostäder:asunto bryggeri:panimo bröd:leipä butik:kauppa bygg:rakentaminen byggande:rakentaminen byggarbetsplats:työmaa,rakennustyömaa,rakennuskohde byggarbetsplatser:työmaa,rakennustyömaa,rakennuskohde byggavfall:rakennusjäte byggdelar:rakennusosa byggföretag:rakennusliike,rakentaminen byggnad:rakennus byggnader:rakennus båt:vene certifiering:sertifiointi chefer:johto cirkulär:kiertotalous cirkulära:kiertotalous cykel:polkupyörä dator:tietokone datorer:tietokone delning:jakaminen demontering:purku,purkaminen deponi:kaatopaikka design:suunnittelu,suunnitella designbolag:suunnittelu,suunnitella digital:digitaalinen distans:etä dräkter:puku däck:rengas dörr:ovi dörrar:ovi ekodesign:ekosuunnittelu ekonomi:talous el:sähkö elektronik:elektroniikka elektronikavfall:elektroniikkajäte energi:energia evenemang:tapahtuma export:vienti fabrik:tehdas fastighet:kiinteistö fastigheter:kiinteistö festival:festivaali fiber:kuitu finansiering:rahoitus,raha fisk:kala fiske:kalastus fordon:ajoneuvo forskare:tutkija forskning:tutkimus,tutkia,tutkiminen frukt:hedelmä fönster:ikkuna förbränning:poltto förening:yhdistys företag:yritys företagare:yrittäjä förpackning:pakkaus förpackningar:pakkaus gata:katu gips:kipsi glas:lasi grus:sora gruva:kaivos gruvan:kaivos grönsaker:vihannes gummi:kumi gård:maatila gödsel:lannoite,lanta halm:olki hamn:satama handel:kauppa hotell:hotelli hyr:vuokraus,vuokraaminen hyra:vuokraus,vuokraaminen hållbar:kestävä hållbarhet:kestävyys högskola:korkeakoulu hörapparater:kuulolaite indikatorer:mittari,indikaattori,tunnusluku industri:teollisuus infrastruktur:infrarakentaminen innovation:innovaatio insamling:keräys,kerääminen,kerätä investerare:sijoittaja investering:investointi isolering:eriste jord:maa,maamassa,kaivumaa,ylijäämämaa,maa-aines,kiviaines jordbruk:maatalous jordmassor:maamassa,kaivumaa,ylijäämämaa,maa-aines,kiviaines järn:rauta kaffe:kahvi kartläggning:kartoitus kartong:kartonki,pahvi kemikalier:kemikaali klimat:ilmasto kluster:klusteri kläder:vaate,tekstiili,kangas koldioxid:hiili,hiilijalanjälki kommun:kunta kommuner:kunta kompost:komposti kompostering:kompostointi,kompostoida konsult:konsultti kontor:toimisto kontorsplats:toimisto,tila,toimitila kontrakt:sopimus koppar:kupari kostnader:kustannus kostym:puku kostymer:puku kulisser:lavaste kultur:kulttuuri kurs:koulutus,valmennus kurser:koulutus,valmennus köpare:ostaja kött:liha labb:laboratorio laboratorium:laboratorio lager:varasto lagring:varastointi,varastoida lagstiftning:lainsäädäntö landskap:maakunta lantbruk:maatalous ledning:johto leksaker:lelu leverantör:toimittaja leverantörer:toimittaja livscykel:elinkaari livscykelbedömning:elinkaariarviointi,elinkaarianalyysi livslängd:käyttöikä livsmedel:elintarvike,ruoka livsmedelsföretag:elintarvike,ruoka livsmedelsproduktion:elintarvike,ruoka logistik:logistiikka,kuljetus lokal:tila,toimitila lokaler:tila,toimitila läder:nahka lån:laina låna:lainaus lönsam:kannattava lönsamhet:kannattavuus marknad:markkina marknadsplats:markkinapaikka maskin:kone maskiner:kone mat:ruoka,elintarvike matavfall:biojäte,ruokahävikki material:materiaali matsvinn:hävikki,ylijäämä,ruokahävikki mentorskap:mentorointi metall:metalli miljö:ympäristö mjölk:maito mobiltelefoner:puhelin museum:museo mylla:multa myndighet:viranomainen mätning:mittaus,mitata möbel:huonekalu möbler:kaluste,huonekalu natur:luonto näringsämnen:ravinne nätverk:verkosto olja:öljy pall:lava pallar:lava papper:paperi partnerskap:kumppanuus,yhteistyö pilot:pilotti,kokeilu,pilotointi planering:suunnittelu,suunnitella plast:muovi plastavfall:muovijäte plattform:alusta pris:hinta produkt:tuote produkter:tuote produktion:tuotanto produktioner:tuotanto program:ohjelma programvara:ohjelmisto projekt:hanke prototyp:prototyyppi pröva:kokeilu,pilotti,pilotointi rapport:raportti regional:alueellinen,maakunta renovering:kunnostus,korjausrakentaminen reparation:korjaus,korjaaminen,korjata reparera:korjaus,korjaaminen,korjata reparerar:korjaus,korjaaminen,korjata repareras:korjaus,korjaaminen,korjata reservdelar:varaosa restprodukt:sivutuote,sivuvirta restprodukter:sivuvirta,sivutuote restströmmar:sivuvirta,sivutuote riva:purku,purkaminen rivning:purku,purkaminen rivningsavfall:purkujäte rullstolar:pyörätuoli rådgivare:neuvonta,sparraus,konsultointi,neuvoa rådgivning:neuvonta,sparraus,konsultointi,neuvoa råvara:raaka-aine råvaror:raaka-aine rör:putki rötrest:mädäte samarbete:yhteistyö,kumppanuus sand:hiekka scen:näyttämö,lava schaktmassor:maamassa,kaivumaa,ylijäämämaa,maa-aines,kiviaines seminarium:seminaari sensorer:anturi serviceavtal:huoltosopimus,huolto sidoströmmar:sivuvirta,sivutuote sjukhus:sairaala skog:metsä skogsbruk:metsätalous skola:koulu skolor:koulu skor:kenkä skrot:romu slagg:kuona slam:liete solenergi:aurinkoenergia sortering:lajittelu,lajitella,lajitteleminen spån:puru,sahanpuru spårbarhet:jäljitettävyys standard:standardi sten:kivi stiftelse:säätiö strategi:strategia studenter:opiskelija studerande:opiskelija stål:teräs stålbalkar:teräs,palkki stöd:avustus säljare:myyjä sågspån:sahanpuru sågverk:saha teater:teatteri tegel:tiili telefon:puhelin testbädd:kokeiluympäristö,testiympäristö testning:testaus textil:tekstiili,kangas textilavfall:tekstiilijäte textilier:tekstiili,kangas tillstånd:lupa tillverkning:valmistus tillväxt:kasvu tjänst:palvelu tjänster:palvelu torv:turve trafik:liikenne transport:kuljetus trä:puu tyg:kangas,tekstiili ull:villa underhåll:huolto undersöka:tutkimus,tutkia,tutkiminen universitet:yliopisto uppföljning:seuranta,seurata upphandling:hankinta uppvärmning:lämmitys utbildning:koulutus,valmennus uthyrning:vuokraus,vuokraaminen utlysning:haku utlåning:lainaus utredning:selvitys utsläpp:päästö utställning:näyttely vatten:vesi verkstad:verstas,työtila,työpaja virke:puutavara väg:tie vägar:tie värme:lämpö vätgas:vety återanvända:uudelleenkäyttö,uusiokäyttö återanvändning:uudelleenkäyttö,uusiokäyttö återbruk:uudelleenkäyttö,uusiokäyttö återtillverkning:uudelleenvalmistus återvinna:kierrätys,kierrättäminen,kierrättää återvinning:kierrätys,kierrättäminen,kierrättää återvunnen:kierrätys,kierrättäminen,kierrättää överskott:ylijäämä,hävikki,ylimääräinen överskottsjord:ylijäämämaa,maamassa,kaivumaa,maa-aines,kiviaines",
};
const FILLER = "ab able abp aika aikaa aikataulu aikataulua aikoo aikovat aina ainakin aivan ajan alkuun aloittaa aloittaisi aloittaisimme already also alue alueella alueelta alueen andra annan annat another any anybody anyone apu apua as asia asiaa asiakas asiakkaat asiakkaille asiakkaita asiantuntija asiantuntijaa asiantuntijan asiantuntijat asiantuntijoiden asiantuntijoita asioita ask asking auttaa auttais auttaisi auttaisiko auttamaan aven avuksi avulla ay behover best better big borja borjar bring brings build builds buy bv can city co compared corp could danmark day days delvis denmark e.g each economy edelleen eg ehka eika eivat eli emme emot enaa ennen ensi ensimmainen ensin erittain esim esimerkiksi esimerkkeja esimerkki estland estonia etc etenee etsia etsii etsimme etsin etsis etsisimme etsitaan etsivat etta ettei euroa euron euroopan eurooppa europa europe every everyone example exempel exempelvis experience fa find finding finds finland finns first fit fits for fran gamla gammal gar garna germany get gets gmbh good gor gora gratis great haemme haetaan haettaisiin hakea hakis hakisimme haluaa haluaisi haluaisimme haluaisin haluamme haluan haluavat halutaan haluttaisiin hb heidan heille hela help helst hitta hjalp hur hyva hyvaa hyvia hyvin idea ideas ihan inc innan instead institute interested iso isoja isompaa isompi isompia isossa isot its jaa jaada jai jalkeen jarkevasti jo johonkin join joining joita joka jokainen jokin joku jolla jollekin joltakin jonka jonkin jonkun jos joskus jostain jostakin jotain jotakin jotenki jotka jotta just kahden kahdessa kaikki kaikkia kaikkien kaipaamme kaipaisimme kaipaisin kaksi kan kannattais kannattaisi kanssa kaupungille kaupungin kaupungissa kaupunki kautta kb keep keksia kellaan kenella kenelle kenelta kenen kenties kertoisi kertoo kesalla keta ketka kevaalla kiinnostaa kiinnostuneita kiinnostunut kiloa kind know kokemus kokemusta kokoaa kolme konkreettinen konkreettisia konkreettista koska koskien kuka kukaan kumppaneiden kumppaneita kumppaneja kumppani kumppania kumppanin kumppanit kunde kunhan kunna kuten kuukaudessa kuukausi kuukausittain kuutiota ky kysymme kysyy lahella large liikaa liittyen like lilla lisaksi list liten litet little llc look looking looks losning losningar lot lots loytaa loytaisimme loytyis loytyisi loytyisiko loytyy loytyyko ltd make mangder many maybe me med meidan meidat meil meilla meille meilta meita melko menee menetelma menetelmaa menetelman menetelmat menetelmia menevat mielellaan mieluiten mihin mika mikaan milla millainen millaisia millaista missa mista mita mitaan miten mitka monivuotinen monivuotisessa monivuotista month months more most much muiden muille muita mukaan mukana mulla mulle mun mutta muut mycket myohemmin myos nagon nagra need needed needs new niihin niille niinku niista niita noin norden nordic norge norja norway now ny nya nykyaan nyt ocksa oikea oikealla oikeassa oikein ois old oleva olevalle olevat olis olisi olisiko oma omaa oman omat omia omien onko only operating option options osaa osaako osaaminen osaamiseen osaamisella osaamisen osaamista osaava osaavat osaisi osalta osk oss ostais ostaisi otetaan other others ottaa ottais ottaisi our oy oyj paasemme paasisimme paasta paiva paivittain paljon paljonko partner partnereita partneri partneria partnerin partnerina partnerit partners perhaps pienempi pienempia pienen pienena pienet pieni pienia pienille pienta pitaa pitais pitaisi pitas planning plc please pohjoismaat pois possible prepare produce proper prosenttia prove pystyisi pystyy pystyyko quite ratkaisu ratkaisua ratkaisuja ratkaisun ratkaisut really region rf right run running ruotsi ruotsin ry sa saada saadaan saan saannollinen saannollisesti saataisiin saatu sais saisi saisimme saisin saksa see seek seeking seeks seka sellainen sellaisen sellaiset sellaisia sellaista semmoisia semmosta sen several show siihen siina siis siita sijaan silla sille similar sina sit sita sitten ska skulle small soker solution solutions som some somebody someone soon sopii sopisi sopiva sort srl stad staden start started starting still stor stora stort study such sun suomen suomessa suomi suuri sverige sweden syksylla t.ex tahan tai take takes taking talla tallainen tallaisen tallaisia tallaista tallasta talvella tama taman tanska tapa tapaa tapoja tar tarttee tarttis tarvi tarvii tarvis tarvitaan tarvitsee tarvitsemme tarvitsen tarvitsevat tarvitsisimme tarvittaisiin tasta tata tavoite tavoitteena tehda tehdaan tehneet tehty teilla teille teita tekee tekemaan tekis tekisi tell there thing things tieda tiedamme tietaa tietaisi time tmi today todella together toimija toimijaa toimijat toimijoita toinen toisen toisia toisten toivoisimme toivoisin toivomme toivotaan tommosta tonneja tonni tonnia tonnin tosi try trying tukea tukee tuki tuntee tyskland us use used usein using uuden uusi uusia uutta vaan vad vahan vaikka vain valja vanha vanhaa vanhan vanhat vanhoille vanhoja var vara vart vastaan vem verrattuna very veta vi viela viikoittain viikossa vilka vilken vilket vill viro viron voi voida voidaan voidaanko voimme vois voisi voisiko voisimme voisivat voisko voitaisiin voitaisiinko vuoden vuodessa vuonna vuosi vuosittain want wants way ways we week weeks which works would year years yet yhdessa yksi";
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
export function translatedKeys(lang, langs, f) {
  if (!langs.includes("fi")) return [];
  const { byKey, exact } = bridges();
  let list = (byKey[lang] && byKey[lang].get(stem(lang, f))) || [];
  // a Swedish compound: its head's, the longest glossary word it ends with (Go: headBridges)
  for (let i = 3; lang === "sv" && list.length === 0 && i <= f.length - 4; i++) list = byKey.sv.get(stem("sv", f.slice(i))) || [];
  if (lang === "fi") list = [...list, ...(exact.get(f) || [])];
  const out = [];
  for (const b of list) if (!out.some((k) => k.key === b.key)) out.push({ key: b.key, w: 0.8, form: false, via: b.via });
  return out;
}

export const FILLER_SET = new Set(FILLER.split(" "));

/** warm builds now the tables otherwise built on a need's first use (the
 * glossary's bridges, the places), so that a page can build them before
 * a visitor's need is waiting for them. */
export function warm() {
  bridges();
  placeOf("fi", "");
}

// placeOf: the place a folded word of a need in lang names, or "" (Go:
// searchindex.PlaceOf): the name as written, the key of a one-word name
// long enough not to be another word's, or a Finnish inhabitant's word.
let placeMaps = null;
export function placeOf(lang, f) {
  if (!placeMaps) {
    placeMaps = { forms: new Map(), keys: new Map() };
    for (const n of PLACES.split("|").sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))) {
      const form = fold(n.toLowerCase());
      if (!placeMaps.forms.has(form)) placeMaps.forms.set(form, n);
      const ks = analyze("fi", n);
      if (ks.length === 1 && ks[0].length >= 5 && !placeMaps.keys.has(ks[0])) placeMaps.keys.set(ks[0], n);
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
