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
  en: "3d:3d-tulostus abattoir:teurastamo academic:akateeminen accelerator:kiihdyttämö accessories:tarvike accommodation:majoitus accounting:laskenta,kirjanpito accumulator:akku adaptation:sopeutuminen adhesive:liima administration:hallinto advert:ilmoitus advertise:ilmoittaa,ilmoitus advertising:mainonta advice:neuvonta advise:neuvonta adviser:neuvoja,neuvonta advisor:neuvoja,neuvonta advisory:neuvonta agency:virasto aggregate:kiviaines agreement:sopimus agriculture:maatalous ai:tekoäly air:ilma airport:lentoasema algae:levä algorithm:algoritmi alliance:allianssi aluminium:alumiini aluminum:alumiini ammonia:ammoniakki amount:määrä analyse:analyysi analysis:analyysi analytics:analytiikka analyze:analyysi announce:ilmoittaa,ilmoitus antler:sarvi apartment:asunto app:sovellus appliance:kodinkone,laite applicant:hakija application:hakemus apply:hakemus,haku apprenticeship:oppisopimus approval:hyväksyntä,lupa approved:hyväksytty aquaculture:vesiviljely architect:arkkitehti army:puolustusvoimat art:taide artisan:käsityöläinen artist:taiteilija asbestos:asbesti ash:tuhka asphalt:asfaltti assemble:kokoonpano assembly:kokoonpano assess:arviointi assessment:arviointi assistive:apuväline association:yhdistys attic:ullakko audit:auditointi,katselmus authority:viranomainen automation:automaatio automotive:autoala,auto avoid:välttää,ehkäisy award:palkinto bachelor:opinnäyte bag:pussi,kassi baker:leipuri bakery:leipomo bank:pankki barley:ohra barn:lato barracks:kasarmi baseline:lähtötaso basement:kellari battery:akku beam:palkki bed:sänky beef:naudanliha beer:olut belongings:tavara benchmark:vertailu berry:marja beverage:juoma bicycle:polkupyörä bid:tarjous bidding:tarjouskilpailu bids:tarjous bike:polkupyörä,pyörä billing:laskutus bin:jäteastia,astia bio-based:biopohjainen biobased:biopohjainen biochar:biohiili biocomposite:biokomposiitti,komposiitti biodegradable:biohajoava biodiversity:monimuotoisuus bioeconomy:biotalous biofuel:biopolttoaine biogas:biokaasu biomass:biomassa bioplastic:biomuovi biowaste:biojäte blade:lapa blockchain:lohkoketju blood:veri boards:lauta boat:vene boiler:kattila bolts:pultti bone:luu book:kirja bookkeeping:kirjanpito borrow:lainaus bottle:pullo branches:oksa brand:brändi bread:leipä breakfast:aamiainen brewer:panimo brewery:panimo brewing:panimo brick:tiili broken:rikki,rikkinäinen budget:budjetti,talousarvio budgets:budjetti builder:rakentaja,rakennusliike building:rakennus bulbs:lamppu buoys:poiju bus:bussi,linja-auto buses:bussi,linja-auto business:liiketoiminta businesses:liiketoiminta,yritys buyer:ostaja byproduct:sivutuote,sivuvirta cabinet:kaappi cable:kaapeli cafe:kahvila cafeteria:ruokala calculate:laskenta,laskelma calculation:laskelma,laskenta calculator:laskuri call:haku campaign:kampanja camping:leirintä canned:säilyke cans:tölkki canteen:ruokala,henkilöstöravintola canteens:ruokala capital:pääoma capture:talteenotto car:auto carbon:hiili,hiilijalanjälki cardboard:pahvi,kartonki care:hoiva,hoito caretaker:kiinteistöhuolto cargo:rahti carpenter:puuseppä carpet:matto carrier:kuljetusliike carton:kartonki cash:raha caterer:ateriapalvelu,catering catering:ateriapalvelu,catering cattle:nauta,karja cellar:kellari cells:kenno cement:sementti center:keskus centre:keskus ceo:toimitusjohtaja ceramic:keramiikka cereal:vilja certificate:sertifikaatti certification:sertifiointi certify:sertifiointi chain:ketju chair:tuoli charcoal:puuhiili charger:latausasema charging:lataus charity:hyväntekeväisyys cheese:juusto chef:kokki chemical:kemikaali chickens:kana children:lapsi chipboard:lastulevy chips:hake,lastu church:kirkko circuit:piirilevy circular:kiertotalous circularity:kiertotalous circulate:kierto circulation:kierto citizen:kansalainen,asukas classes:kurssi,luokka classroom:luokka clay:savi cleaning:siivous,puhdistus climate:ilmasto clinic:klinikka closed-loop:kierto cloth:tekstiili clothes:vaate,tekstiili clothing:vaate,tekstiili cloud:pilvi club:kerho,seura cluster:klusteri co-create:yhteiskehittäminen co-creation:yhteiskehittäminen co-development:yhteiskehittäminen co-financing:omarahoitus co-op:osuuskunta co-operation:yhteistyö co2:hiilidioksidi,hiilijalanjälki coach:valmentaja,valmennus coaches:valmentaja,valmennus coaching:valmennus coast:rannikko coastal:rannikko coating:pinnoite cobalt:koboltti codesign:yhteissuunnittelu coffee:kahvi cofinancing:omarahoitus collaborate:yhteistyö collaboration:yhteistyö colleagues:kollega collect:keräys collection:keräys collector:kerääjä college:oppilaitos,ammattikorkeakoulu colleges:oppilaitos commerce:kauppa commercialisation:kaupallistaminen commercialise:kaupallistaminen commercialization:kaupallistaminen commercialize:kaupallistaminen commitment:sitoumus commodity:hyödyke,raaka-aine communicate:viestintä communication:viestintä community:yhteisö commute:työmatka company:yritys compensation:korvaus competition:kilpailu competitive:kilpailukykyinen competitiveness:kilpailukyky compliance:vaatimustenmukaisuus component:rakennusosa,osa composite:komposiitti compost:komposti compostability:kompostoituva compostable:kompostoituva composting:kompostointi computer:tietokone concert:konsertti concrete:betoni condominium:taloyhtiö conference:konferenssi consortium:konsortio construction:rakentaminen,rakennus consultancy:konsultointi consultant:konsultti consulting:neuvonta,konsultointi consumables:tarvike consumer:kuluttaja consumption:kulutus consumption-based:kulutus container:kontti,astia contaminated:pilaantunut,saastunut contamination:pilaantuminen,haitta-aine contest:kilpailu contract:sopimus contractor:urakoitsija conversion:käyttötarkoitus,muutos cook:kokki cooling:jäähdytys cooperate:yhteistyö cooperation:yhteistyö cooperative:osuuskunta coordinate:koordinointi coordination:koordinointi coordinator:koordinaattori copper:kupari corporation:yhtiö,yritys cost:kustannus cost-effective:kustannustehokas costume:puku cottage:mökki cotton:puuvilla council:valtuusto,liitto councillor:valtuutettu countryside:maaseutu county:maakunta courier:lähetti course:koulutus courtyard:piha coworking:yhteistyötila cows:lehmä,nauta craft:käsityö craftsman:käsityöläinen craftsmen:käsityöläinen crane:nosturi crate:laatikko credit:luotto criteria:kriteeri criterion:kriteeri crop:viljely,sato cross-border:rajayhteistyö,kansainvälinen crowdfunding:joukkorahoitus crush:murskaus crushed:murske crushing:murskaus csr:yritysvastuu,vastuullisuus cultivation:viljely culture:kulttuuri cup:kuppi,muki cupboard:kaappi curriculum:opetussuunnitelma curtains:verho cutlery:aterin cuttings:leikkuujäte cybersecurity:kyberturvallisuus cycle:elinkaari,kierto cycling:pyöräily dairy:meijeri damaged:vaurioitunut dashboard:seuranta,raportointi data:data,tieto database:tietokanta dataset:aineisto,tietoaineisto daycare:päiväkoti deadline:määräaika debris:purkujäte,roska decarbonisation:vähähiilisyys,päästövähennys decarbonization:vähähiilisyys,päästövähennys decision:päätös decision-making:päätöksenteko deconstruct:purku,purkaa deconstruction:purku,purkaminen degradable:biohajoava deliveries:kuljetus delivery:toimitus,kuljetus demo:demonstraatio demolish:purku,purkaa demolished:purku demolishing:purku,purkaa demolition:purku,purkaminen demonstrate:demonstraatio demonstration:demonstraatio denmark:tanska department:osasto,toimiala deposit:pantti depot:varikko,varasto design:suunnittelu designer:suunnittelija desk:työpöytä,pöytä detergent:pesuaine developer:rakennuttaja,kehittäjä device:laite diesel:diesel digestate:mädäte digital:digitaalinen digitalisation:digitalisaatio digitalization:digitalisaatio directive:direktiivi director:johtaja disability:vammaisuus disassemble:purku,purkaa disassembly:purku,purkaminen discarded:poistettu,jäte dishes:astia dismantle:purku,purkaa disposable:kertakäyttö,kertakäyttöinen disposal:jätehuolto,loppusijoitus dissertation:väitöskirja distillery:tislaamo distribution:jakelu distributor:jakelija district:kaupunginosa doctoral:väitöskirja,tohtori donate:lahjoitus,lahjoittaa donated:lahjoitus donating:lahjoitus donation:lahjoitus donor:lahjoittaja door:ovi dredging:ruoppaus drinking:juomavesi drinks:juoma driver:kuljettaja drying:kuivaus dump:kaatopaikka durability:kestävyys durable:kestävä dust:pöly dye:väriaine,värjäys dyeing:värjäys dyes:väriaine e-commerce:verkkokauppa earth:maa,maamassa earthworks:maarakentaminen,maanrakennus eco:ekologinen ecodesign:ekosuunnittelu ecolabel:ympäristömerkki ecological:ekologinen ecommerce:verkkokauppa economic:taloudellinen,talous economics:talous ecosystem:ekosysteemi educate:koulutus education:koulutus educational:koulutus efficiency:tehokkuus,energiatehokkuus egg:muna elderly:ikääntynyt,vanhus electric:sähkö electrician:sähköasentaja electricity:sähkö electronics:elektroniikka element:elementti elevator:hissi eligibility:kelpoisuus eligible:kelpoinen embankment:penger emission:päästö employee:työntekijä employer:työnantaja employment:työllisyys,työllistäminen empty:tyhjä,vajaakäyttö energy:energia engineer:insinööri engineering:suunnittelu,insinööri engineers:insinööri enterprise:yritys entrepreneur:yrittäjä environment:ympäristö environmental:ympäristö epoxy:epoksi equipment:laite,väline,kalusto equity:pääoma erase:tietoturva,tyhjennys esg:vastuullisuus establish:perustaa,sijoittua estate:kiinteistö estonia:viro estonian:viro eu-funded:eu-rahoitus,rahoitus ev:sähköauto evaluate:arviointi evaluation:arviointi event:tapahtuma evs:sähköauto ewaste:elektroniikkajäte excavated:kaivumaa,kaivu excavation:kaivu,kaivumaa excavator:kaivinkone excess:ylijäämä exchange:vaihto exhibition:näyttely expense:kustannus,kulu experiment:koe,kokeilu experimenting:kokeilu experiments:koe,kokeilu expert:osaaja expertise:asiantuntemus expired:vanhentunut exploit:hyödyntäminen expo:messut export:vienti exporter:viejä extend:pidentäminen extract:uute,erottaa fabric:kangas facade:julkisivu facilitate:fasilitointi facilitation:fasilitointi facilitator:fasilitaattori,fasilitointi facility:tila,laitos factory:tehdas fairs:messut family:perhe farm:maatila farmer:viljelijä,maanviljelijä farming:maatalous farms:maatila fashion:muoti,tekstiili fat:rasva feathers:höyhen fee:maksu feed:rehu feedstock:raaka-aine ferry:lautta fertiliser:lannoite fertilizer:lannoite festival:festivaali fiber:kuitu fiberglass:lasikuitu fibre:kuitu fibreglass:lasikuitu field:pelto figures:luku,tilasto film:kalvo filter:suodatin,suodatus filters:suodatin filtration:suodatus finance:rahoitus,talous financial:taloudellinen,rahoitus financier:rahoittaja financing:rahoitus firm:yritys fish:kala fisherman:kalastaja fishermen:kalastaja fishery:kalastus fishing:kalastus fishnets:verkko fittings:kaluste fix:korjaus fixtures:kaluste flats:asunto flea:kirpputori fleet:kalusto,ajoneuvo floor:lattia flooring:lattia,lattiamateriaali flour:jauho flow:virta,materiaalivirta foam:vaahto,solumuovi fodder:rehu foil:folio,kalvo food:ruoka,elintarvike foodstuffs:elintarvike footprint:hiilijalanjälki,jalanjälki forecast:ennuste forest:metsä forestry:metsätalous forklift:trukki formwork:muotti fossil:fossiilinen foundation:säätiö foundations:säätiö,perustus founder:perustaja foundry:valimo franchise:franchising freezer:pakastin freight:rahti,kuljetus fridge:jääkaappi frost:routa frozen:pakaste fruit:hedelmä fuel:polttoaine funder:rahoittaja funding:rahoitus fundraising:varainhankinta fur:turkis furniture:kaluste,huonekalu gadgets:laite gallery:galleria game:peli garbage:jäte,roska garden:puutarha,piha gardening:puutarha gardens:puutarha garment:vaate gas:kaasu gather:keräys geospatial:paikkatieto geothermal:maalämpö german:saksa germany:saksa ghg:kasvihuonekaasu gis:paikkatieto glass:lasi glue:liima goods:tavara,tuote government:valtio,hallitus governments:valtio grain:mäski,vilja grains:vilja grant:avustus,rahoitus granulate:granulaatti,rouhe gravel:sora grease:rasva green:vihreä greenhouse:kasvihuone grid:sähköverkko,verkko grind:jauhatus grit:hiekka,sepeli groceries:ruokakauppa,elintarvike grocery:kauppa ground:maa,maaperä groundwater:pohjavesi groundwork:maarakentaminen,maanrakennus growth:kasvu guarantee:takaus,takuu guarantees:takaus guidance:ohjaus,neuvonta guide:opas,ohjaus guidebook:opas guidelines:ohje guides:opas guts:perkuujäte gym:kuntosali gypsum:kipsi habitat:elinympäristö hackathon:hackathon hall:halli handbook:opas,käsikirja handicraft:käsityö handprint:kädenjälki,hiilikädenjälki harbor:satama harbour:satama hardware:laitteisto,laite harmful:haitallinen harvest:sato haulage:kuljetus hauling:kuljetus hazard:vaara hazardous:vaarallinen,ongelmajäte headquarters:pääkonttori health:terveys healthcare:terveydenhuolto hearing:kuulo heat:lämpö heating:lämmitys heatpump:lämpöpumppu hide:vuota,nahka hire:vuokraus hiring:vuokraus home:koti horticulture:puutarha hospital:sairaala hospitality:majoitus,ravintola hosting:järjestäminen hotel:hotelli house:talo household:kotitalous houses:talo housing:asuminen,asunto hub:keskus,hubi husks:kuori hydrogen:vety hydropower:vesivoima idle:käyttämätön,vajaakäyttö immigrant:maahanmuuttaja impact:vaikuttavuus,vaikutus import:tuonti importer:maahantuoja incineration:poltto income:tulo incubator:hautomo independent:puolueeton,riippumaton indicate:mittari indicator:mittari industrial:teollisuus industries:teollisuus,toimiala industry:teollisuus info:tieto information:tieto infrastructure:infrarakentaminen ingredient:raaka-aine inhabitants:asukas injection:ruiskuvalu ink:muste innovation:innovaatio insect:hyönteinen inspect:tarkastus inspection:tarkastus installation:asennus installer:asentaja instructions:ohje instrument:instrumentti insulation:eriste insurance:vakuutus interior:sisustus intern:harjoittelija international:kansainvälinen internet:internet internship:harjoittelu interview:haastattelu invention:keksintö inventories:inventaario,kartoitus inventory:varasto,inventaario inventorying:inventaario,kartoitus invest:investointi investment:investointi investor:sijoittaja invoice:lasku invoicing:laskutus iot:iot iron:rauta irrigation:kastelu item:tavara,esine janitor:kiinteistöhuolto jar:purkki jeans:farkut job:työpaikka joinery:puusepänverstas,puuseppä juice:mehu kindergarten:päiväkoti kitchen:keittiö knit:neulonta knowledge:tieto kpi:mittari kpis:mittari lab:laboratorio lab-scale:laboratorio label:merkintä labelling:merkintä labor:työvoima laboratory:laboratorio labour:työvoima lake:järvi lamp:lamppu,valaisin landfill:kaatopaikka landlord:vuokranantaja landscaping:maisemointi landuse:maankäyttö laptop:kannettava,tietokone latvia:latvia laundries:pesula laundry:pesula,pesu law:laki lawyer:juristi lca:elinkaariarviointi learn:oppiminen lease:vuokrasopimus,vuokraus leasing:vuokraus leather:nahka lecture:luento leftover:ylijäämä,hävikki leftovers:ylijäämä,tähde,hävikki legal:juridinen,oikeudellinen legislation:lainsäädäntö leisure:vapaa-aika lend:lainaus lent:lainaus liability:vastuu library:kirjasto licence:lupa,lisenssi license:lupa,lisenssi licensing:lisenssi life:elinkaari life-cycle:elinkaari life-span:käyttöikä lifecycle:elinkaari lifespan:käyttöikä lighting:valaistus linen:liinavaate,pellava linens:liinavaate listing:ilmoitus lithium:litium lithuania:liettua litter:roska livestock:karja,kotieläin loan:laina lobby:aula lockers:kaappi log:tukki logistics:logistiikka,kuljetus longevity:käyttöikä loop:kierto lorry:kuorma-auto loss:hävikki lowcarbon:vähähiilinen lubricant:voiteluaine lumber:puutavara luminaires:valaisin lunch:lounas machine:kone machinery:kone,konekanta magnet:magneetti maintain:huolto maintainer:huolto maintenance:huolto mall:kauppakeskus management:johtaminen manager:johto manufacture:valmistus manufacturer:valmistaja manure:lanta map:kartta,kartoitus mapping:kartoitus maps:kartta marine:meri,merellinen maritime:meri,merenkulku market:markkina marketing:markkinointi marketplace:markkinapaikka,tori markets:markkina masters:opinnäyte,gradu material:materiaali mattress:patja mayor:pormestari meal:ateria measure:mittari measurement:mittaus measuring:mittaus,mittari meat:liha mechanic:mekaanikko medical:lääkintä medicine:lääke meeting:tapaaminen meetup:tapaaminen melt:sulatus member:jäsen mend:korjaus mentor:mentori,mentorointi mentoring:mentorointi mentors:mentori,mentorointi menu:ruokalista metal:metalli methane:metaani metric:mittari microplastic:mikromuovi military:puolustusvoimat milk:maito mill:mylly,tehdas mills:tehdas mine:kaivos mineral:mineraali minimise:vähentäminen,minimointi minimize:vähentäminen,minimointi mining:kaivos ministry:ministeriö mitigation:hillintä mobility:liikkuminen model:malli modeling:mallinnus modelling:mallinnus moderator:fasilitointi modular:modulaarinen module:moduuli mold:home molding:valu,ruiskuvalu money:raha,rahoitus monitor:seuranta monitoring:seuranta monitors:näyttö mortar:laasti mould:home moulding:valu,ruiskuvalu mug:muki municipal:kunta municipality:kunta museum:museo mushrooms:sieni music:musiikki musician:muusikko nails:naula nationwide:valtakunnallinen natural:luonnonvara,luonto nature:luonto negotiation:neuvottelu neighborhood:kaupunginosa,asuinalue neighbourhood:kaupunginosa,asuinalue nets:verkko network:verkosto neutral:hiilineutraali,neutraali neutrality:hiilineutraalius newspaper:sanomalehti ngo:järjestö nickel:nikkeli nitrogen:typpi noise:melu non-profit:yhdistys,järjestö nonprofit:yhdistys,järjestö norway:norja nuclear:ydinvoima numbers:luku,tilasto nursery:päiväkoti nursing:hoitotyö,hoiva nutrient:ravinne nylon:nailon oats:kaura object:esine obsolete:vanhentunut occupancy:käyttöaste odor:haju odour:haju offal:sivutuote,teurassivutuote offcut:hukkapala,leikkuujäte,ylijäämä offcuts:hukkapala,leikkuujäte office:toimisto officer:virkamies official:virkamies,viranomainen oil:öljy optimisation:optimointi optimise:optimointi optimization:optimointi optimize:optimointi orchard:hedelmätarha orders:tilaus ore:malmi organic:orgaaninen,eloperäinen organisation:organisaatio,järjestö organise:järjestäminen organiser:järjestäjä organization:organisaatio,järjestö organize:järjestäminen organizer:järjestäjä outlet:myymälä overproduction:ylituotanto owner:omistaja ownership:omistajuus package:pakkaus packing:pakkaus paint:maali painting:maalaus paints:maali pallet:lava panel:paneeli paper:paperi parish:seurakunta park:puisto parking:pysäköinti parks:puisto particleboard:lastulevy partnership:kumppanuus parts:osa,rakennusosa passport:tuotepassi patent:patentti pay-per-use:käyttömaksu payment:maksu peat:turve peel:kuori pellet:pelletti permit:lupa personnel:henkilöstö pet:lemmikki petrol:bensiini pharmaceutical:lääke pharmacy:apteekki phd:väitöskirja,tohtori philanthropic:säätiö phone:puhelin phosphorus:fosfori pickup:nouto pigs:sika pilot:pilotti,kokeilu piloted:pilotti,kokeilu piloting:pilotointi pilots:pilotti,kokeilu pipe:putki plan:suunnitelma plank:lauta planner:suunnittelija plant:laitos,tehdas plants:laitos,kasvi plaster:rappaus,laasti plastic:muovi plate:lautanen,levy platform:alusta playground:leikkipuisto plumber:putkiasentaja plumbing:putki,lvi plywood:vaneri poland:puola policy:politiikka,linjaus poll:kysely pollutant:haitta-aine pollution:saaste,päästö polyamide:polyamidi polyester:polyesteri polyethylene:polyeteeni polymer:polymeeri polypropylene:polypropeeni polystyrene:styroksi,polystyreeni polytechnic:ammattikorkeakoulu pond:allas,lampi pork:sianliha port:satama potassium:kalium potato:peruna poultry:siipikarja power:sähkö,energia pre-owned:käytetty precast:elementti prefabricated:elementti premises:tila preowned:käytetty preserves:säilyke prevent:ehkäisy,ehkäistä prevention:ehkäisy price:hinta prices:hinta pricing:hinnoittelu print:tulostus printer:tulostin printing:painotalo,tulostus prison:vankila privacy:tietosuoja prize:palkinto processing:käsittely procure:hankinta procurement:hankinta producer:tuottaja product:tuote production:tuotanto productivity:tuottavuus professor:professori profit:voitto,kannattavuus profitability:kannattavuus profitable:kannattava program:ohjelma programme:ohjelma project:hanke prolong:pidentäminen property:kiinteistö props:lavaste protein:proteiini prototype:prototyyppi provider:palveluntarjoaja,tarjoaja province:maakunta provincial:maakunta public:julkinen publication:julkaisu publish:julkaisu pulp:sellu pump:pumppu pupil:oppilas purchase:hankinta,osto purchaser:hankkija,ostaja purchases:hankinta,osto purchasing:hankinta purification:puhdistus purify:puhdistus pvc:pvc quality:laatu quantity:määrä quarry:louhos questionnaire:kysely racks:hylly,teline rail:rautatie,raide railway:rautatie rainwater:sadevesi,hulevesi raw:raaka-aine rdi:tutkimus,tki realty:kiinteistö rebar:raudoite,harjateräs recipe:resepti reclaim:talteenotto reclaimed:uudelleenkäyttö,kierrätys reclaiming:talteenotto recover:talteenotto,hyödyntäminen recovered:talteenotto recovery:hyödyntäminen,talteenotto recyclability:kierrätettävyys recyclable:kierrätettävä recycle:kierrätys,kierrättää recycled:kierrätys,kierrätetty recycler:kierrättäjä recycling:kierrätys reduce:vähentäminen,vähentää reduction:vähentäminen,vähennys refill:täyttö,uudelleentäyttö refillable:täyttö refine:jalostus refinery:jalostamo refit:korjausrakentaminen refrigeration:kylmäsäilytys refrigerator:jääkaappi refurbish:kunnostus refurbishment:kunnostus region:maakunta regional:alueellinen,maakunta register:rekisteri registry:rekisteri regulation:sääntely reimbursement:korvaus reindeer:poro remains:jäännös remanufacture:uudelleenvalmistus remnants:tähde,jäännös remote:etä renewable:uusiutuva renovate:korjausrakentaminen,remontti renovation:korjausrakentaminen,remontti rent:vuokraus rental:vuokraus repair:korjaus repairability:korjattavuus repairable:korjattavuus report:raportti reporting:raportointi reports:raportti reprocess:jalostus repurpose:käyttötarkoitus,uudelleenkäyttö reputation:maine request:pyyntö requirement:vaatimus resale:jälleenmyynti research:tutkimus researcher:tutkija resell:jälleenmyynti resident:asukas residential:asuin,asuminen residue:sivuvirta,jäännös resin:hartsi resource:resurssi,luonnonvara resources:resurssi responsibility:vastuullisuus,vastuu responsible:vastuullinen restaurant:ravintola restore:kunnostus retail:kauppa retailer:vähittäiskauppa,kauppa retrofit:korjausrakentaminen returnable:palautettava,pantti returns:palautus reusability:uudelleenkäytettävyys reusable:uudelleenkäytettävä,monikäyttöinen reuse:uudelleenkäyttö revegetate:maisemointi,kasvillisuus revegetation:maisemointi,kasvillisuus revenue:liikevaihto,tulo reverse:paluulogistiikka rfp:tarjouspyyntö risk:riski river:joki road:tie roadmap:tiekartta robot:robotti robotic:robotiikka rock:kivi,sivukivi rocks:kivi roof:katto roofing:katto,kattomateriaali roofs:katto room:huone,tila rope:köysi route:reitti rubber:kumi rubbish:jäte,roska rubble:purkujäte,murske rural:maaseutu rye:ruis sack:säkki safety:turvallisuus salary:palkka sales:myynti sample:näyte sand:hiekka saving:säästö sawdust:sahanpuru sawmill:saha scaffolding:teline scale-up:skaalaus scaling:skaalaus scarce:niukka scarcity:niukkuus scenario:skenaario scenery:lavaste scholarship:apuraha school:koulu science:tiede scientific:tieteellinen scientist:tutkija scrap:romu screen:näyttö screws:ruuvi sea:meri seafood:kala,äyriäinen seamstress:ompelija seaweed:levä second-hand:käytetty secondhand:käytetty sector:toimiala security:turvallisuus sediment:sedimentti self-financing:omarahoitus sell:myynti,myydä seller:myyjä seminar:seminaari sensor:anturi separate:erottelu,lajittelu separation:erottelu server:palvelin service:palvelu services:palvelu servicing:huolto servitisation:palvelullistaminen servitization:palvelullistaminen sew:ompelu sewage:jätevesi sewer:viemäri shared:yhteinen,jaettu sharing:jakaminen shavings:lastu,puru shed:vaja sheets:lakana,levy shelf:hylly shells:kuori shelves:hylly shelving:hylly,hyllystö ship:laiva,alus shipping:kuljetus,merenkulku ships:laiva,alus shipyard:telakka shoes:kenkä shop:kauppa shops:kauppa,myymälä shore:ranta showcase:esittely showroom:myymälä,näyttely shred:murskaus shredded:murskaus sidestream:sivuvirta silo:siilo silt:siltti,liete simulation:simulointi site:työmaa skin:nahka slag:kuona slaughterhouse:teurastamo sludge:liete smartphone:puhelin,älypuhelin sme:pk-yritys smell:haju smelter:sulatto social:sosiaalinen society:yhteiskunta sofa:sohva software:ohjelmisto soil:maa,maamassa,maamassat solar:aurinkoenergia sold:myynti solvent:liuotin sorted:lajittelu space:tila spare:varaosa specification:vaatimus,määrittely spillage:hävikki sponsor:sponsori sponsorship:sponsori sport:urheilu,liikunta staff:henkilöstö,henkilökunta stage:näyttämö,lava stainless:ruostumaton stair:porras standard:standardi start-up:startup start-ups:startup startup:startup,yrittäjä startups:startup state-owned:valtio station:asema statistic:tilasto stats:tilasto steel:teräs sterilisation:sterilointi stipend:apuraha stock:varasto,kanta stone:kivi storage:varastointi store:kauppa,myymälä storeroom:varasto stormwater:hulevesi strategy:strategia straw:olki stream:sivuvirta,virta street:katu student:opiskelija studio:studio,työtila stuff:tavara styrofoam:styroksi subcontractor:alihankkija subscription:kuukausimaksu subsidy:avustus sugar:sokeri supermarket:ruokakauppa,kauppa supplier:toimittaja supply:toimittaa,toimitus surplus:ylijäämä,ylijäämämaa survey:kartoitus surveying:kartoitus surveys:kartoitus,kysely sustainability:kestävyys sustainable:kestävä swap:vaihto sweden:ruotsi swedish:ruotsi symbiosis:symbioosi table:pöytä tablet:tabletti tableware:astia tailings:rikastushiekka tailor:räätäli take-back:takaisinotto takeback:takaisinotto tarpaulin:pressu tax:vero taxation:verotus taxes:vero taxonomy:taksonomia teach:opetus teacher:opettaja tear:purku,purkaa teardown:purku technician:asentaja tenant:vuokralainen tender:tarjouskilpailu test:kokeilu,testaus testbed:kokeiluympäristö tested:testaus,kokeilu testing:testaus tests:testaus,kokeilu textile:tekstiili theater:teatteri theatre:teatteri theses:opinnäyte thesis:opinnäyte thrift:kirpputori tile:laatta timber:puu tire:rengas tool:työkalu tourism:matkailu tourist:matkailija,matkailu tourists:matkailija towel:pyyhe townhall:kaupungintalo toxic:myrkyllinen,haitallinen toy:lelu traceability:jäljitettävyys tracing:jäljitys,jäljitettävyys tracking:seuranta,jäljitys tractor:traktori trade:kauppa traffic:liikenne trailer:perävaunu train:juna trained:koulutus trainee:harjoittelija training:koulutus,valmennus trains:juna transition:siirtymä,muutos transport:kuljetus transportation:kuljetus,liikenne trash:jäte,roska treated:käsitelty treatment:käsittely tree:puu trend:trendi trial:koe,kokeilu trimmings:leikkuujäte truck:kuorma-auto turbine:turbiini turnover:liikevaihto tyre:rengas underused:vajaakäyttö underutilised:vajaakäyttö underutilized:vajaakäyttö unemployed:työtön uniform:työvaate university:yliopisto,korkeakoulu unsold:myymätön unused:käyttämätön,vajaakäyttö upcycle:uusiokäyttö upgrade:jalostus upholstery:verhoilu user:käyttäjä utilisation:käyttöaste utilise:hyödyntäminen utilization:käyttöaste utilize:hyödyntäminen vacant:tyhjä,vajaakäyttö valorisation:jalostus,hyödyntäminen valorization:jalostus,hyödyntäminen van:pakettiauto vegetable:vihannes,kasvis vegetables:vihannes veggies:vihannes vehicle:ajoneuvo vendor:toimittaja,myyjä ventilation:ilmanvaihto vessel:alus village:kylä vintage:vintage,käytetty vinyl:vinyyli virgin:neitseellinen visibility:näkyvyys vocational:ammatillinen,ammattiopisto volume:määrä volunteer:vapaaehtoinen wages:palkka wall:seinä warehouse:varasto warehouses:varasto warehousing:varastointi warranty:takuu wash:pesu waste:jäte wastewater:jätevesi water:vesi waterworks:vesihuolto,vesilaitos wax:vaha weaving:kudonta webinar:webinaari webshop:verkkokauppa website:verkkosivu weee:elektroniikkajäte,sähkölaiteromu weld:hitsaus welfare:hyvinvointi wellbeing:hyvinvointi wetland:kosteikko wheat:vehnä whey:hera wholesale:tukkukauppa wholesaler:tukkukauppa wind:tuulivoima window:ikkuna wine:viini winery:viinitila wipe:tyhjennys wire:johto,lanka wires:johto wood:puu woodchips:hake wooden:puu wool:villa worker:työntekijä workforce:työvoima workplace:työpaikka workshop:verstas,työpaja workspace:työtila workwear:työvaate worn:kulunut wrap:kalvo,kääre wrapping:pakkaus,kääre yard:piha yarn:lanka yeast:hiiva young:nuori youth:nuori,nuoriso zinc:sinkki zoning:kaavoitus",
  fi: "liiketoimintamalli,ansaintamalli verstas,työtila,työpaja sivuvirta,sivutuote uudelleenkäyttö,uusiokäyttö kokeilu,pilotti,pilotointi kokeilla,testata,pilotoida työmaa,rakennustyömaa,rakennuskohde rahoitus,raha kokeiluympäristö,testiympäristö neuvonta,sparraus,konsultointi,neuvoa koulutus,valmennus maamassa,kaivumaa,ylijäämämaa,maa-aines,kiviaines seuranta,seurata purku,purkaminen toimitila,tila yhteistyö,kumppanuus mittari,indikaattori,tunnusluku elintarvike,ruoka hävikki,ylijäämä ylijäämä,ylimääräinen elinkaariarviointi,elinkaarianalyysi tekstiili,kangas vuokraus,vuokraaminen korjaus,korjaaminen,korjata kierrätys,kierrättäminen,kierrättää keräys,kerääminen,kerätä tutkimus,tutkia,tutkiminen lajittelu,lajitella,lajitteleminen kehitys,kehittäminen varastointi,varastoida hyödyntäminen,hyödyntää,hyötykäyttö arviointi,arvioida mittaus,mitata käsittely,käsitellä suunnittelu,suunnitella kompostointi,kompostoida väliaikainen,tilapäinen kuljetus,kuljettaminen,kuljettaa lahjoitus,lahjoittaminen,lahjoittaa jalostus,jalostaminen,jalostaa puhdistus,puhdistaminen,puhdistaa pesu,peseminen,pestä vähentäminen,vähentää,vähennys ehkäisy,ehkäiseminen,ehkäistä myynti,myyminen,myydä vuokraus,vuokrata huolto,huoltaminen,huoltaa kunnostus,kunnostaminen,kunnostaa lainaus,lainaaminen,lainata koulutus,kouluttaminen,kouluttaa opetus,opettaminen,opettaa kartoitus,kartoittaminen,kartoittaa julkaisu,julkaiseminen,julkaista murskaus,murskaaminen,murskata tilasto,tilastotieto aineisto,tietoaineisto yritys,firma",
  sv: "3d-utskrift:3d-tulostus ackumulator:akku advokat:asianajaja,juristi affär:kauppa,myymälä affärer:liiketoiminta,kauppa affärsmodell:liiketoimintamalli affärsverksamhet:liiketoiminta ai:tekoäly alger:levä allians:allianssi aluminium:alumiini ammoniak:ammoniakki analys:analyysi analyser:analyysi analysera:analyysi anbud:tarjous anbudsförfrågan:tarjouspyyntö anbudstävling:tarjouskilpailu andelslag:osuuskunta andrahand:käytetty anläggning:laitos annons:ilmoitus annonsera:ilmoittaa,ilmoitus anrikningssand:rikastushiekka anställda:työntekijä,henkilöstö ansvar:vastuu,vastuullisuus ansvarsfull:vastuullinen ansvarsfullt:vastuullinen ansöka:hakemus,haku ansökan:hakemus ansökningar:hakemus ansökningsomgång:haku ansökningstid:haku anvisningar:ohje användare:käyttäjä apotek:apteekki app:sovellus applikation:sovellus arbetare:työntekijä arbetsgivare:työnantaja arbetskläder:työvaate arbetskraft:työvoima arbetslösa:työtön arbetsplats:työpaikka arbetsplatser:työpaikka arbetsrum:työtila armaturer:valaisin arrangera:järjestäminen arrangör:järjestäjä artificiell:tekoäly asbest:asbesti asfalt:asfaltti aska:tuhka ateljé:työtila,ateljee automation:automaatio automatisering:automaatio avdelning:osasto avfall:jäte avfallsflöden:jätevirta,jäte avfallshantering:jätehuolto avgift:maksu avhandling:väitöskirja,opinnäyte avlopp:viemäri,jätevesi avloppsvatten:jätevesi avtal:sopimus bagare:leipuri bageri:leipomo balkar:palkki ballast:kiviaines bank:pankki bark:kuori batteri:akku bedöma:arviointi bedömning:arviointi begagnad:käytetty belysning:valaistus ben:luu bensin:bensiini beräkna:laskenta,laskelma beräkning:laskelma,laskenta besiktning:tarkastus beslut:päätös beslutsfattande:päätöksenteko besparing:säästö bestick:aterin beställning:tilaus betalning:maksu betong:betoni betongelement:betonielementti,elementti bevattning:kastelu bibliotek:kirjasto bidrag:avustus,rahoitus bidraget:avustus bil:auto bioavfall:biojäte biobaserad:biopohjainen biobränsle:biopolttoaine biogas:biokaasu biokol:biohiili biologisk:monimuotoisuus biologiskt:biohajoava biomassa:biomassa blockkedja:lohkoketju blod:veri bläck:muste boende:asuminen boendet:majoitus bok:kirja bokföring:kirjanpito bolag:yhtiö,yritys bomull:puuvilla bonde:viljelijä,maanviljelijä bord:pöytä borgen:takaus borgmästare:pormestari boskap:karja bostad:asunto bostadsbolag:taloyhtiö bostadshus:asuinrakennus,asunto bransch:toimiala brygga:panimo bryggeri:panimo bräder:lauta bränsle:polttoaine bröd:leipä budget:budjetti,talousarvio buller:melu burk:purkki,tölkki buss:bussi,linja-auto bussar:bussi,linja-auto butik:kauppa butiken:kauppa,myymälä butiker:kauppa,myymälä byar:kylä bygg:rakentaminen byggarbetsplats:työmaa byggarbetsplatser:työmaa byggavfall:rakennusjäte byggdelar:rakennusosa byggföretag:rakennusliike,rakentaminen byggmaterial:rakennusmateriaali,materiaali byggnad:rakennus byta:vaihto byteshandel:vaihto bär:marja bärbara:kannettava båt:vene böcker:kirja café:kahvila camping:leirintä catering:ateriapalvelu,catering cellplast:styroksi,solumuovi cement:sementti center:keskus centrum:keskus certifierad:sertifiointi certifiering:sertifiointi chaufför:kuljettaja chef:johtaja,päällikkö chefer:johto cirkulation:kierto cirkulär:kiertotalous cirkulära:kiertotalous cirkulärekonomi:kiertotalous coach:valmentaja,valmennus container:kontti containrar:kontti coworking:yhteistyötila cykel:polkupyörä cyklar:polkupyörä cykling:pyöräily daghem:päiväkoti dagis:päiväkoti dagvatten:hulevesi damm:pöly danmark:tanska data:data,tieto databas:tietokanta databaser:tietokanta datamaterial:aineisto dataskydd:tietosuoja datasäkerhet:tietoturva dator:tietokone datorer:tietokone deadline:määräaika delad:jaettu,yhteinen delning:jakaminen demonstration:demonstraatio demontera:purku demontering:purku deponi:kaatopaikka design:suunnittelu designbolag:suunnittelu designer:suunnittelija detaljhandel:vähittäiskauppa,kauppa detaljplan:asemakaava,kaavoitus diesel:diesel digital:digitaalinen digitalisering:digitalisaatio direktiv:direktiivi direktör:johtaja disponent:isännöitsijä distans:etä distribution:jakelu djurfoder:rehu doktorand:väitöskirja,tohtori donation:lahjoitus donera:lahjoitus drank:mäski dricksvatten:juomavesi dryck:juoma dräkter:puku däck:rengas dörr:ovi e-handel:verkkokauppa effektivitet:tehokkuus ekodesign:ekosuunnittelu ekologisk:ekologinen ekonomi:talous ekonomisk:taloudellinen el:sähkö elavfall:elektroniikkajäte elbil:sähköauto elektricitet:sähkö elektriker:sähköasentaja elektronik:elektroniikka elektronikavfall:elektroniikkajäte element:elementti elen:sähkö elev:oppilas elnät:sähköverkko emballage:pakkaus energi:energia energieffektivitet:energiatehokkuus energin:energia engångs:kertakäyttö engångsartiklar:kertakäyttö enkät:kysely entreprenör:urakoitsija,yrittäjä entreprenörer:urakoitsija,yrittäjä ersätta:korvaaminen estland:viro evenemang:tapahtuma examensarbete:opinnäyte experiment:koe,kokeilu experter:asiantuntemus export:vienti exportör:viejä fabrik:tehdas faktura:lasku fakturering:laskutus familjer:perhe farlig:vaarallinen farligt:vaarallinen,ongelmajäte fartyg:laiva,alus fasad:julkisivu fastighet:kiinteistö fastighetsskötsel:kiinteistöhuolto festival:festivaali fett:rasva fiber:kuitu fibrer:kuitu filter:suodatin filtrering:suodatus finansiera:rahoittaa,rahoitus finansiering:rahoitus finansiär:rahoittaja finansiärer:rahoittaja firma:yritys fisk:kala fiskare:kalastaja fiske:kalastus fiskenät:kalaverkko,verkko fisknät:verkko fiskodling:kalankasvatus,vesiviljely fjäderfä:siipikarja fjärrvärme:kaukolämpö flergångs:monikäyttöinen,uudelleenkäytettävä flis:hake flotta:kalusto flygaska:lentotuhka flygplats:lentoasema flöde:virta,materiaalivirta flödena:virta,materiaalivirta foder:rehu folie:folio,kalvo fordon:ajoneuvo fordonsflotta:kalusto,ajoneuvo fordonspark:kalusto,ajoneuvo formgivare:suunnittelija formgivning:suunnittelu forska:tutkimus forskare:tutkija forskargrupp:tutkimusryhmä,tutkija forskning:tutkimus forskningsinstitut:tutkimuslaitos fosfor:fosfori fossila:fossiilinen fossilfri:fossiiliton frakt:rahti,kuljetus frigolit:styroksi fritid:vapaa-aika frivilliga:vapaaehtoinen frukost:aamiainen frukt:hedelmä frys:pakastin fryst:pakaste fullmäktige:valtuusto färg:maali,väri färgning:värjäys färgämnen:väriaine färja:lautta fönster:ikkuna förbrukning:kulutus förbrukningsmaterial:tarvike förbränning:poltto förbund:liitto förebygga:ehkäisy föreläsning:luento föremål:esine förening:yhdistys företag:yritys företagare:yrittäjä företagen:yritys företaget:yritys förhandling:neuvottelu förlänga:pidentäminen förnybar:uusiutuva förnybara:uusiutuva förorenad:pilaantunut förorening:saaste,pilaantuminen föroreningar:saaste,haitta-aine förpackning:pakkaus förråd:varasto församling:seurakunta försäkring:vakuutus försäljning:myynti försök:koe,kokeilu förvaltning:hallinto förädla:jalostus förädling:jalostus galleri:galleria garanti:takuu,takaus gardiner:verho gas:kaasu gata:katu gemensam:yhteinen gemensamma:yhteinen gemenskap:yhteisö geodata:paikkatieto giftig:myrkyllinen,haitallinen gips:kipsi gjuteri:valimo glas:lasi glaset:lasi glasfiber:lasikuitu gods:rahti,tavara golv:lattia granulat:rae,granulaatti granulerat:rae,granulaatti grenar:oksa grisar:sika griskött:sianliha grossist:tukkukauppa grundare:perustaja grundvatten:pohjavesi grus:sora gruva:kaivos gruvan:kaivos gräsrotsfinansiering:joukkorahoitus grävmaskin:kaivinkone grön:vihreä gröna:vihreä grönsak:vihannes guide:opas gummi:kumi gård:maatila gården:piha,maatila gödsel:lannoite,lanta gödseln:lanta,lannoite hall:halli halm:olki hamn:satama handbok:opas,käsikirja handdukar:pyyhe handel:kauppa handeln:kauppa handledning:ohjaus,neuvonta hantverk:käsityö hantverkare:käsityöläinen harts:hartsi hav:meri havre:kaura hem:koti hemmet:koti hemsida:verkkosivu hjälpmedel:apuväline horn:sarvi hotell:hotelli hudar:vuota husbolag:taloyhtiö hushåll:kotitalous hushållsapparater:kodinkone huvudkontor:pääkonttori hylla:hylly hyllsystem:hylly,hyllystö hyr:vuokraus hyresgäst:vuokralainen hyresgäster:vuokralainen hyresvärd:vuokranantaja hälsa:terveys hållbar:kestävä hållbarhet:kestävyys hållbarhetsrapport:vastuullisuusraportti,raportointi högskola:korkeakoulu högskolan:korkeakoulu höns:kana hörapparater:kuulolaite ideell:yhdistys,järjestö idrott:urheilu,liikunta import:tuonti importör:maahantuoja indikator:mittari indikatorer:mittari industri:teollisuus industrin:teollisuus information:tieto infrastruktur:infrarakentaminen ingenjör:insinööri ingenjörer:insinööri ingredienser:raaka-aine inkomst:tulo inkvartering:majoitus inköp:hankinta,osto inköpare:ostaja,hankkija innovation:innovaatio inredning:sisustus,kaluste insamlare:kerääjä insamling:keräys insekter:hyönteinen inspektion:tarkastus installation:asennus intervju:haastattelu intäkter:tulo invandrare:maahanmuuttaja inventera:kartoitus,inventointi inventering:inventaario,kartoitus investera:investointi investerare:sijoittaja investering:investointi investeringsstöd:investointituki,investointi invånare:asukas isolering:eriste jobb:työpaikka jord:maa,maamassa jordbruk:maatalous jordmassor:maamassa jordvärme:maalämpö juice:mehu juridisk:juridinen jurist:juristi järn:rauta järnväg:rautatie kabel:kaapeli kablar:kaapeli kaffe:kahvi kafé:kahvila kakel:laatta kalium:kalium kalkylator:laskuri kampanj:kampanja kapital:pääoma karta:kartta kartlägga:kartoitus kartläggning:kartoitus kartong:kartonki,pahvi kedja:ketju kemikalier:kemikaali klimat:ilmasto klimatneutral:hiilineutraali klimatneutralitet:hiilineutraalius klubb:kerho,seura kluster:klusteri kläder:vaate,tekstiili kobolt:koboltti kock:kokki koldioxid:hiili,hiilijalanjälki koldioxidneutral:hiilineutraali kolfiber:hiilikuitu kolleger:kollega kommersialisering:kaupallistaminen kommun:kunta kommunal:kunta kommunfullmäktige:valtuusto kommunikation:viestintä kompost:komposti kompostering:kompostointi konferens:konferenssi konkurrenskraft:kilpailukyky konsert:konsertti konserver:säilyke konsortiet:konsortio konsortium:konsortio konst:taide konstnär:taiteilija konstnärer:taiteilija konsult:konsultti konsument:kuluttaja konsumtion:kulutus kontor:toimisto kontoren:toimisto kontorsbyggnad:toimisto,rakennus kontorslokaler:toimisto,toimitila kontorsplats:toimisto,tila kontrakt:sopimus kooperativ:osuuskunta koordinator:koordinaattori kopp:kuppi,muki koppar:kupari kor:lehmä,nauta korn:ohra kostnad:kustannus kostym:puku kran:nosturi krav:vaatimus kredit:luotto kretskort:piirilevy kretslopp:kierto kretsloppsekonomi:kiertotalous kriterier:kriteeri krossa:murskaus krossning:murskaus kulisser:lavaste kultur:kulttuuri kunskap:tieto kurs:koulutus kurser:koulutus kust:rannikko kvalitet:laatu kväve:typpi kylförvaring:kylmäsäilytys kylning:jäähdytys kylskåp:jääkaappi kyrka:kirkko källare:kellari kärl:astia,jäteastia kärnkraft:ydinvoima kök:keittiö köpa:hankinta,osto köpare:ostaja köper:hankinta,osto kött:liha labb:laboratorio laboratorier:laboratorio laboratorium:laboratorio laddning:lataus laddstation:latausasema ladugård:navetta laga:korjaus lager:varasto lagerhållning:varastointi lagerlokal:varasto lagret:varasto lagring:varastointi lagstiftning:lainsäädäntö lakan:lakana lampor:lamppu,valaisin landsbygd:maaseutu landskap:maakunta landskapsförbund:maakuntaliitto lantbruk:maatalous lantbrukare:viljelijä,maanviljelijä lastbil:kuorma-auto leasing:leasing,vuokraus ledamot:valtuutettu ledig:tyhjä,vapaa ledning:johto leksak:lelu lettland:latvia leverans:toimitus,kuljetus leveranser:toimitus,kuljetus leveranskedja:toimitusketju leveranskedjan:toimitusketju leverantör:toimittaja leverantören:toimittaja leverera:toimittaa licens:lisenssi,lupa lim:liima linne:pellava,liinavaate litauen:liettua litium:litium livscykel:elinkaari livscykelbedömning:elinkaariarviointi livslängd:käyttöikä livsmedel:elintarvike,ruoka livsmedelsbutik:ruokakauppa,kauppa livsmedelsföretag:elintarvike livsmedelsindustri:elintarviketeollisuus,elintarvike livsmedelsproduktion:elintarvike livsmedlen:elintarvike logistik:logistiikka,kuljetus logistiken:logistiikka lokal:tila lokalen:tila,toimitila lokaler:tila lokalerna:tila,toimitila loppis:kirpputori loppmarknad:kirpputori luft:ilma luftkvalitet:ilmanlaatu lukt:haju lunch:lounas läder:nahka läkemedel:lääke lärande:oppiminen lärare:opettaja läroanstalt:oppilaitos läroavtal:oppisopimus läroplan:opetussuunnitelma lån:laina låna:lainaus lånar:lainaus lånet:laina lön:palkka lönsam:kannattava lönsamhet:kannattavuus lönsamma:kannattava lösningsmedel:liuotin madrass:patja madrasser:patja magneter:magneetti mala:jauhaa malm:malmi malning:jauhatus marin:meri,merellinen markanvändning:maankäyttö marknad:markkina marknadsföring:markkinointi marknadsplats:markkinapaikka maskin:kone massor:maamassa mat:ruoka matavfall:biojäte,ruokahävikki matbank:ruoka-apu matbutik:ruokakauppa,kauppa maten:ruoka material:materiaali materialflöden:materiaalivirta mathjälp:ruoka-apu matrester:ruokahävikki,tähde matsal:ruokala matsedel:ruokalista matsvinn:hävikki,ruokahävikki mattor:matto medborgare:kansalainen,asukas medfinansiering:omarahoitus mejeri:meijeri mekaniker:mekaanikko mentor:mentori,mentorointi mentorskap:mentorointi meny:ruokalista metall:metalli metan:metaani mikroplast:mikromuovi miljö:ympäristö miljömärke:ympäristömerkki miljön:ympäristö miljövänlig:ympäristöystävällinen ministeriet:ministeriö ministerium:ministeriö minska:vähentäminen,vähentää minskar:vähentäminen minskning:vähentäminen,vähennys mjöl:jauho mjölk:maito mobiltelefoner:puhelin modellering:mallinnus moduler:moduuli moln:pilvi montering:kokoonpano montör:asentaja muddermassor:ruoppausmassa,sedimentti muddring:ruoppaus muggar:muki murbruk:laasti museer:museo museum:museo musik:musiikki musiker:muusikko mylla:multa myndighet:viranomainen mängd:määrä märkning:merkintä mäsk:mäski mässa:messut mässor:messut mäta:mittaus,mittari mätare:mittari mätning:mittaus målning:maalaus måltid:ateria mångfald:monimuotoisuus möbel:huonekalu möbler:kaluste,huonekalu mögel:home möte:tapaaminen nationell:kansallinen natur:luonto naturresurser:luonnonvara nedbrytbar:biohajoava nedmontering:purku nedskräpning:roska nickel:nikkeli norge:norja nyckeltal:tunnusluku,mittari nylon:nailon nyttja:hyödyntäminen näring:ravinne näringsämne:ravinne nät:verkko nätbutik:verkkokauppa nätverk:verkosto nötkött:naudanliha oanvänd:käyttämätön odla:viljely odlare:viljelijä odling:viljely offentlig:julkinen olja:öljy ombyggnad:korjausrakentaminen,muutos omsorg:hoiva omsättning:liikevaihto optimering:optimointi ordna:järjestäminen organisation:organisaatio,järjestö organisera:järjestäminen ost:juusto osålda:myymätön outnyttjad:käyttämätön,vajaakäyttö paketbil:pakettiauto pall:lava pant:pantti papper:paperi pappret:paperi park:puisto parkering:pysäköinti partihandel:tukkukauppa partnerskap:kumppanuus patent:patentti pengar:raha,rahoitus personal:henkilöstö,henkilökunta personalmatsal:henkilöstöravintola,ruokala pilot:pilotti pilotprojekt:pilotti,kokeilu planera:suunnittelu planerare:suunnittelija planering:suunnittelu planka:lauta planläggning:kaavoitus plast:muovi plastavfall:muovijäte plastfilm:muovikalvo,kalvo plattform:alusta plattor:laatta,levy plywood:vaneri polen:puola politik:politiikka potatis:peruna praktik:harjoittelu praktikant:harjoittelija prenumeration:kuukausimaksu presenning:pressu pris:hinta priser:hinta prissättning:hinnoittelu privat:yksityinen producent:tuottaja produkt:tuote produktion:tuotanto produktivitet:tuottavuus produktpass:tuotepassi produktutveckling:tuotekehitys professor:professori prognos:ennuste program:ohjelma programmet:ohjelma programvara:ohjelmisto projekt:hanke protein:proteiini prototyp:prototyyppi prov:näyte prover:näyte prylar:tavara pröva:kokeilu publicera:julkaisu publikation:julkaisu påfyllning:täyttö påse:pussi radera:tyhjennys,tietoturva raffinaderi:jalostamo rapport:raportti rapportering:raportointi recept:resepti regering:hallitus,valtio regional:alueellinen,maakunta regionen:maakunta register:rekisteri regnvatten:sadevesi,hulevesi reklam:mainonta renar:poro rengöring:puhdistus,siivous rening:puhdistus reningsverk:puhdistamo,jätevedenpuhdistamo renovera:kunnostus,korjausrakentaminen renovering:kunnostus,korjausrakentaminen renskötsel:porotalous rep:köysi reparation:korjaus reparationskafé:korjauskahvila reparationskaféer:korjauskahvila reparera:korjaus repareras:korjaus reparerbar:korjattavuus reservdel:varaosa restaurang:ravintola rester:tähde,ylijäämä restprodukt:sivutuote,sivuvirta restprodukter:sivuvirta,sivutuote restströmmar:sivuvirta resurser:resurssi,luonnonvara returer:palautus returlogistik:paluulogistiikka returnera:palautus riktlinjer:ohje risk:riski riskkapital:pääomasijoitus,pääoma riva:purku,purkaminen river:purku rivning:purku,purkaminen rivningen:purku rivningsavfall:purkujäte rivs:purku robot:robotti rostfritt:ruostumaton rullstolar:pyörätuoli rum:huone,tila rummet:huone,tila rutt:reitti råd:neuvonta rådgivare:neuvonta rådgivning:neuvonta råg:ruis råmaterial:raaka-aine råvara:raaka-aine rör:putki rörmokare:putkiasentaja rötrest:mädäte saft:mehu saker:tavara,esine sakkunnig:asiantuntemus samarbeta:yhteistyö samhälle:yhteiskunta samla:keräys samordna:koordinointi samordnare:koordinaattori samordning:koordinointi samskapa:yhteiskehittäminen samutveckling:yhteiskehittäminen sand:hiekka scen:näyttämö,lava scenarier:skenaario scenario:skenaario scenografi:lavaste schaktmassor:maamassa,kaivumaa secondhand:käytetty sediment:sedimentti sektor:toimiala seminarium:seminaari sensorer:anturi separera:erottelu separering:erottelu service:huolto,palvelu serviceavtal:huoltosopimus,huolto servrar:palvelin sidoströmmar:sivuvirta siffror:luku,tilasto simulering:simulointi sjukhus:sairaala sjukhuset:sairaala självfinansiering:omarahoitus sjö:järvi sjöfart:merenkulku sjögräs:levä skadlig:haitallinen skaldjur:äyriäinen skalning:skaalaus skatt:vero skepp:laiva skinn:nahka,vuota skiva:levy skog:metsä skogsbruk:metsätalous skola:koulu skolan:koulu skolmat:kouluruoka,ateria skor:kenkä skrivare:tulostin skrivbord:työpöytä,pöytä skrot:romu skruvar:ruuvi skräddare:räätäli skräp:roska,jäte skum:vaahto,solumuovi skärm:näyttö skåp:kaappi skåpbil:pakettiauto skörd:sato sladdar:johto slagg:kuona slakteri:teurastamo slam:liete sliten:kulunut slutarbete:opinnäyte släpvagn:perävaunu smf:pk-yritys smälta:sulatus småföretag:pienyritys,pk-yritys smörjmedel:voiteluaine snickare:puuseppä snickeri:puusepänverstas,puuseppä social:sosiaalinen socker:sokeri soffa:sohva solceller:aurinkopaneeli,aurinkoenergia solenergi:aurinkoenergia solpaneler:aurinkopaneeli,paneeli sopkärl:jäteastia sopor:jäte,roska soptipp:kaatopaikka sortera:lajittelu sorterade:lajittelu sorterat:lajittelu sortering:lajittelu spannmål:vilja spel:peli spik:naula spill:hävikki spillvärme:hukkalämpö sponsor:sponsori sport:urheilu spån:puru,sahanpuru spånskiva:lastulevy spårbarhet:jäljitettävyys spårning:jäljitys,seuranta stadsdel:kaupunginosa stadsfullmäktige:valtuusto standard:standardi startup:startup staten:valtio statistik:tilasto statlig:valtio sten:kivi stenmaterial:kiviaines stickning:neulonta stiftelse:säätiö stipendier:apuraha stipendium:apuraha stock:tukki stol:tuoli storkök:suurkeittiö,keittiö strand:ranta strategi:strategia strategin:strategia ström:sähkö studenter:opiskelija studerande:opiskelija studie:tutkimus studier:tutkimus,opiskelu stuga:mökki städning:siivous ställning:teline stål:teräs stålbalkar:teräs,palkki stöd:avustus surfplatta:tabletti svamp:sieni sverige:ruotsi svetsning:hitsaus svinn:hävikki symbios:symbioosi synlighet:näkyvyys sysselsättning:työllisyys säck:säkki säkerhet:turvallisuus sälja:myynti,myydä säljare:myyjä säljer:myynti,myydä säng:sänky sågspån:sahanpuru sågverk:saha sömmerska:ompelija sömnad:ompelu tak:katto tallrik:lautanen taxonomi:taksonomia teater:teatteri teatern:teatteri tegel:tiili tegelsten:tiili telefon:puhelin testa:testaus,kokeilu testbädd:kokeiluympäristö testning:testaus textil:tekstiili textilavfall:tekstiilijäte textilier:tekstiili tidningar:sanomalehti tillbehör:tarvike tillstånd:lupa tillvarata:hyödyntäminen,talteenotto tillvaratagande:hyödyntäminen,talteenotto tillverka:valmistus tillverkar:valmistus tillverkare:valmistaja tillverkning:valmistus tillväxt:kasvu timmer:tukki,puutavara tjänst:palvelu tjänstefiering:palvelullistaminen tjänsteleverantör:palveluntarjoaja tjänsteman:virkamies tom:tyhjä,vajaakäyttö tomma:tyhjä,vajaakäyttö tomt:tyhjä torka:kuivata,kuivaus torkning:kuivaus torv:turve trafik:liikenne traktor:traktori transport:kuljetus transportera:kuljetus trasig:rikki truck:trukki tryckeri:painotalo trä:puu träd:puu trädgård:puutarha träff:tapaaminen träflis:hake träkol:puuhiili trävaror:puutavara turbin:turbiini turism:matkailu turister:matkailija tvätt:pesu,pesula tvättar:pesu tvätteri:pesula tyg:kangas tyskland:saksa tävling:kilpailu tåg:juna ull:villa underhåll:huolto underleverantör:alihankkija underleverantörer:alihankkija understöd:avustus undersöka:tutkimus undervisning:opetus undvika:välttää,ehkäisy unga:nuori ungdomar:nuori,nuoriso uniformer:työvaate universitet:yliopisto universitetet:yliopisto uppfinning:keksintö uppföljning:seuranta uppgifter:tieto upphandla:hankinta upphandling:hankinta uppvärmning:lämmitys utbilda:koulutus utbildning:koulutus utgifter:kustannus,kulu uthyrning:vuokraus utlysning:haku utlåning:lainaus utmärkelse:palkinto utnyttja:hyödyntäminen utredning:selvitys utrustning:laite,väline,kalusto utslitna:kulunut utsläpp:päästö utställning:näyttely utveckling:kehitys,kehittäminen utvärdera:arviointi utvärdering:arviointi varor:tavara,tuote varumärke:brändi varv:telakka vassle:hera vatten:vesi vattenförsörjning:vesihuolto vattenkraft:vesivoima vattenverk:vesilaitos vattnet:vesi vax:vaha vd:toimitusjohtaja ventilation:ilmanvaihto verksamhet:toiminta,liiketoiminta verkstad:verstas,työpaja verktyg:työkalu vete:vehnä vetenskap:tiede vetenskaplig:tieteellinen vidareförädling:jatkojalostus,jalostus vin:viini vindkraft:tuulivoima vindkraftverk:tuulivoimala,tuulivoima vinst:voitto,kannattavuus vinyl:vinyyli virke:puutavara vitvaror:kodinkone volontärer:vapaaehtoinen volym:määrä väg:tie vägg:seinä välfärd:hyvinvointi välfärdsområde:hyvinvointialue välgörenhet:hyväntekeväisyys värdekedja:arvoketju värdekedjan:arvoketju värme:lämpö värmepump:lämpöpumppu vätgas:vety vävning:kudonta växthus:kasvihuone växthusgaser:kasvihuonekaasu vård:hoito,hoiva webbplats:verkkosivu webbutik:verkkokauppa yrkeshögskola:ammattikorkeakoulu,korkeakoulu yrkeshögskolor:ammattikorkeakoulu yrkesinstitut:ammattiopisto,oppilaitos zink:sinkki ägande:omistajuus ägare:omistaja ägg:muna äldre:ikääntynyt,vanhus älv:joki ämbetsverk:virasto åkeri:kuljetusliike återanvända:uudelleenkäyttö återanvändning:uudelleenkäyttö återanvänt:uudelleenkäyttö återbruk:uudelleenkäyttö återbrukad:uudelleenkäyttö återförsäljare:jälleenmyyjä återtagning:takaisinotto återtillverkning:uudelleenvalmistus återvinna:kierrätys återvinnare:kierrättäjä återvinning:kierrätys återvinningsbar:kierrätettävä återvinningsbara:kierrätettävä återvinns:kierrätys återvunna:kierrätys,kierrätetty återvunnen:kierrätys återvunnet:kierrätys,kierrätetty öppen:avoin överproduktion:ylituotanto överskott:ylijäämä överskottsjord:ylijäämämaa,maamassa överskottsvärme:hukkalämpö övervakning:seuranta",
};
const CONCEPTS = "struviitti/struvite/struvit > fosfori/phosphorus/fosfor > ravinne/nutrient,nutrients/näringsämne,näringsämnen\ttyppi/nitrogen/kväve > ravinne\tkalium/potassium/kalium > ravinne\travinne > lannoite\tstruviitti > lannoite\tammoniumsulfaatti/ammonium/ammoniumsulfat > typpi\travinne = ravinnekierrätys//näringsåtervinning\tlanta/manure/gödsel > lannoite\tmädäte/digestate/rötrest > lannoite\tkomposti/compost/kompost > lannoite\tkompostimulta,multa/topsoil,mulch/mylla,matjord > maanparannusaine/amendment/jordförbättring\tkomposti > maanparannusaine\tkuituliete,kuitulietteet > maanparannusaine\tkalkki/lime/kalk > maanparannusaine\ttuhka/ash/aska > lannoite\ttuhka > maanparannusaine\tlentotuhka//flygaska > tuhka\tpohjatuhka//bottenaska > tuhka\tbiohiili/biochar/biokol > maanparannusaine\tbiohiili > hiilensidonta/sequestration/kolinlagring\tjätevesi/sewage,wastewater/avloppsvatten > liete/sludge/slam\tjätevesi = jätevedenpuhdistus,puhdistamo/wwtp/reningsverk\tliete > biokaasu/biogas/biogas\tliete > ravinne\tlanta > biokaasu\tbiojäte/biowaste/bioavfall > biokaasu\tbiojäte > komposti\truokahävikki//matsvinn > biojäte\tbiokaasu > biometaani/biomethane/biometan > uusiutuva/renewable/förnybar\tbiokaasu = mädätys/digestion/rötning\tmädätys > mädäte\tkompostointi/composting/kompostering = komposti\thulevesi/stormwater/dagvatten > vesi\tharmaavesi/greywater,graywater/gråvatten > jätevesi\tjäähdytysvesi/coolant/kylvatten > hukkalämpö//spillvärme\tprosessivesi//processvatten > vesi\tvesi = vesihuolto/utility/vattentjänst\tvedenkierrätys = vesi\thukkalämpö = lämmöntalteenotto/recuperation/värmeåtervinning\thukkalämpö = ylijäämälämpö,lauhdelämpö//överskottsvärme\thukkalämpö > lämpö/heat/värme\tlämmöntalteenotto > lämpöpumppu//värmepump\tlämpöpumppu > lämmitys/heating/uppvärmning\tkaukolämpö//fjärrvärme > lämmitys\thukkalämpö = kaukolämpö\tkaukojäähdytys//fjärrkyla > jäähdytys/cooling/kylning\tdatakeskus/datacenter,datacentre/datacenter,datahall > hukkalämpö\tlämpövarasto//värmelager > energiavarasto/storage/energilager\takku/battery/batteri > energiavarasto\taurinkosähkö/photovoltaic,pv/solcell > aurinkoenergia/solar/solenergi > uusiutuva\taurinkopaneeli//solpanel > aurinkosähkö\ttuulivoima//vindkraft > uusiutuva\tbioenergia/bioenergy/bioenergi > uusiutuva\tbiopolttoaine/biofuel/biobränsle > bioenergia\tpelletti/pellet/pellets > biopolttoaine\thake/woodchips/flis > biopolttoaine\tpuru,sahanpuru/sawdust/spån,sågspån > biopolttoaine\tkuori/bark/bark > biopolttoaine\tmetsätähde,hakkuutähde//avverkningsrester > biopolttoaine\tenergiatehokkuus/efficiency/energieffektivitet = energiansäästö//energibesparing\tenergiakatselmus//energikartläggning > energiatehokkuus\tvety/hydrogen/vätgas = sähköpolttoaine/electrofuel/elbränsle\thiilidioksidi/co2/koldioxid > hiilidioksidipäästö/emission/utsläpp\thiilijalanjälki/footprint/klimatavtryck = hiilidioksidipäästö\thiilijalanjälki > elinkaariarviointi/lca/livscykelanalys\tkuori > sivuvirta/sidestream/sidoström\tpuru > sivuvirta\tkuori > puu/wood/trä\tpuru > puu\tsahatavara,puutavara/lumber,timber/virke,sågat > puu\tpuu > biomassa/biomass/biomassa\tmetsätähde > biomassa\tolki/straw/halm > biomassa\tsellu/pulp/pappersmassa = kuitu/fibre,fiber/fiber\tpaperi/paper/papper > kuitu\tkartonki,pahvi/cardboard,paperboard/kartong,papp > kuitu\tkeräyspaperi,keräyskartonki/wastepaper/returpapper > paperi\tkeräyspaperi > kartonki\tkuitu > biomassa\tkuituliete > kuitu\tnanoselluloosa/nanocellulose/nanocellulosa > selluloosa/cellulose/cellulosa > kuitu\tligniini/lignin/lignin > puu\ttekstiilikuitu//textilfiber > kuitu\tkuitupakkaus,paperipakkaus//pappersförpackning > pakkaus/packaging/förpackning\tkuitupakkaus > kuitu\tpehmuste,pehmustemateriaali/cushioning,padding/stoppning > pakkaus\tstyroksi,eps/styrofoam,polystyrene/frigolit,cellplast > muovi/plastic/plast\tstyroksi > pehmuste\tmuovipakkaus//plastförpackning > pakkaus\tmuovipakkaus > muovi\tpullo/bottle/flaska > pakkaus\tpet/pet/pet > muovi\tpolyeteeni/polyethylene/polyeten > muovi\tpolypropeeni/polypropylene/polypropen > muovi\tpvc/pvc/pvc > muovi\tkalvo,muovikalvo/film,foil/folie,plastfilm > muovi\tbiomuovi/bioplastic/bioplast > muovi\tbiomuovi = biohajoava/biodegradable,compostable/biologiskt\tkomposiitti/composite/komposit > muovi\tlasikuitu/fiberglass,glassfibre/glasfiber > komposiitti\tkumi/rubber/gummi > rengas/tyre,tire/däck\tmuovirouhe,muovigranulaatti/regrind/plastgranulat > kierrätysmuovi/recyclate/återvunnen\tkumirouhe,kumigranulaatti/crumb/gummigranulat > kumi\tkierrätysmuovi > muovi\tmuovijäte//plastavfall > muovi\tmuovijäte > kierrätysmuovi\tmainoskangas,banderolli/banner/banderoll > pvc\tmainoskangas > tekstiili/textile/textil\tkangas/fabric,cloth/tyg = tekstiili\tmarkiisi,pressu/tarpaulin,awning/presenning,markis > pvc\tpressu > tekstiili\tvaate/clothing,garment/kläder > tekstiili\ttyövaate/workwear/arbetskläder > vaate\tpoistotekstiili,tekstiilijäte//textilavfall > tekstiili\tkäyttötekstiili,liinavaate/linen/linne > tekstiili\tpuuvilla/cotton/bomull > tekstiilikuitu\tpolyesteri/polyester/polyester > tekstiilikuitu\tpolyesteri > muovi\tvilla/wool/ull > tekstiilikuitu\tnahka/leather/läder > tekstiili\tompelu/sewing/sömnad > tekstiili\tompelu = korjaus/repair/reparation\tuusiokäyttö,tuunaus/upcycling/återbruk = uudelleenkäyttö/reuse/återanvändning\tkierrätys/recycling/återvinning = uudelleenkäyttö\tkunnostus/refurbishment/renovering = korjaus\thuolto/maintenance/underhåll = korjaus\tuudelleenvalmistus/remanufacturing/återtillverkning > uudelleenkäyttö\tvaraosa/spares/reservdel = korjaus\tjakamistalous,jakaminen/sharing/delning = vuokraus\tvuokraus,leasing/rental,leasing/uthyrning = palvelumalli\tpalvelumalli/servitization/tjänstemodell\tkirpputori,jälleenmyynti/secondhand,resale/loppis,secondhand > uudelleenkäyttö\tpurkumateriaali/salvage/rivningsmaterial > rakennusosa/component/byggdel\trakennusosa > rakennusmateriaali//byggmaterial\tpurkujäte//rivningsavfall > rakennusjäte//byggavfall\tpurkujäte = purkumateriaali\tpurku/demolition/rivning > purkumateriaali\tpurkukartoitus,materiaalikartoitus/preaudit/materialinventering > purku\tpurkukartoitus > purkumateriaali\ttiili/brick/tegel > rakennusmateriaali\tbetoni/concrete/betong > rakennusmateriaali\tbetonimurske,murske/crushed/krossbetong > betoni\tmurske > kiviaines/aggregate/ballast\tkiviaines > maa-aines\tylijäämämaa,maamassa/soil,excavated/schaktmassor,jordmassor > maa-aines/earth/jordmaterial\tlouhe//sprängsten > kiviaines\tsivukivi//gråberg > kiviaines\tkipsi/gypsum/gips > rakennusmateriaali\tkipsilevy/plasterboard,drywall/gipsskiva > kipsi\teriste,eristevilla/insulation/isolering > rakennusmateriaali\tikkuna/window/fönster > rakennusosa\tovi/door/dörr > rakennusosa\tpalkki/beam/balk > rakennusosa\tteräspalkki//stålbalk > palkki\tteräspalkki > teräs/steel/stål\tpuutavara > rakennusmateriaali\thirsi/log/timmer > puu\thirsi > rakennusmateriaali\tasfaltti/asphalt/asfalt > rakennusmateriaali\tasfalttirouhe//asfaltgranulat > asfaltti\tkaluste,huonekalu/furniture/möbel > sisustus/interior/inredning\tkuona/slag/slagg > teräs\tkuona > sivutuote/byproduct/biprodukt\tsivutuote = sivuvirta\tkuona > kiviaines\tteräs > metalli/metal/metall\tromu,metalliromu/scrap/skrot > metalli\talumiini/aluminium,aluminum/aluminium > metalli\tkupari/copper/koppar > metalli\trauta/iron/järn > metalli\tkaivannaisjäte//gruvavfall > kaivos/mine,mining/gruva\trikastushiekka/tailings/anrikningssand > kaivannaisjäte\tsivukivi > kaivannaisjäte\telektroniikkaromu,ser,elektroniikkajäte/ewaste,weee/elskrot,elavfall > elektroniikka/electronics/elektronik\telektroniikkaromu > metalli\tpiirilevy/circuit,pcb/kretskort > elektroniikka\tpuhelin,matkapuhelin/phone,smartphone/mobil,telefon > elektroniikka\ttietokone,kannettava/computer,laptop/dator > elektroniikka\tkodinkone/appliance/vitvara > elektroniikka\tkaapeli/cable/kabel > kupari\takku > elektroniikka\tlitium/lithium/litium > akku\takkumateriaali,mustamassa//svartmassa > akku\taurinkopaneeli > elektroniikkaromu\truokahävikki = hävikki/surplus,leftovers/svinn\thävikki > sivuvirta\tleipä/bread/bröd > ruoka\tmäski/brewers/drav > sivuvirta\tmäski > rehu/feed/foder\trehu = hyönteinen/insect/insekt\thyönteinen > proteiini/protein/protein\tperunankuori,kasvinkuori/peel/skal > sivuvirta\tkasvisjäte/vegetable/grönsaksavfall > biojäte\thedelmä/fruit/frukt > ruoka/food/mat\tpuriste,puristemassa/pomace/ > sivuvirta\trankki/stillage,vinasse/drank > sivuvirta\thera/whey/vassle > sivuvirta\tkalanperkuujäte,kalajäte//fiskrens > sivuvirta\tteurastamojäte,teurassivutuote/slaughter,offal/slakteriavfall > sivuvirta\travintokuitu/dietary/kostfiber > kuitu\travintokuitu > elintarvike/foodstuff/livsmedel\truoka = elintarvike\tkahvinporo/grounds/kaffesump > biojäte\töljy/oil/olja > kemikaali/chemical/kemikalie\tjäteöljy//spillolja > öljy\tliuotin/solvent/lösningsmedel > kemikaali\tongelmajäte,vaarallinen/hazardous/farligt = liuotin\tkaatopaikka/landfill/deponi = kaatopaikkajäte/landfilled/deponiavfall\tjätteenpoltto,poltto/incineration/förbränning > tuhka\tenergiahyötykäyttö//energiåtervinning > jätteenpoltto\tlajittelu/sorting/sortering > kierrätys\tkeräys/collection/insamling > kierrätys\tmateriaalitori,kierrätystori/exchange/materialbörs > sivuvirta\tsymbioosi,teollinen/symbiosis/symbios > sivuvirta\tekoteollisuuspuisto//ekoindustripark > symbioosi\trahoitus/funding,finance/finansiering = avustus/grant/bidrag\tavustus = tuki/subsidy/stöd\trahoitus = laina/loan/lån\trahoitus = apuraha/scholarship,stipend/stipendium\tinvestointituki//investeringsstöd > avustus\tkehittämisavustus,kehittämisraha//utvecklingsbidrag > avustus\tkehitystyö,tuotekehitys//produktutveckling = tki\tkehitystyö = innovaatio/innovation/innovation\tkehityshanke//utvecklingsprojekt = kehitystyö\ttki/rdi/fou > tutkimus\tkokeilu,pilotti/pilot,trial/pilot,försök = kehitystyö\ttestipenkki,testilaitteisto/testbench,rig/testbänk > kokeilu\tkokeiluympäristö/testbed/testbädd > kokeilu\tinvestointi/investment/investering > rahoitus\triskirahoitus,pääoma/venture,equity/riskkapital > rahoitus\tlasivilla/glasswool/glasull > eriste\tkivivilla/rockwool,stonewool/stenull > eriste\tselluvilla/cellulosewool/cellulosaisolering > eriste\tselluvilla > kuitu\tvaneri/plywood/plywood > puutavara\tlastulevy/chipboard,particleboard/spånskiva > puutavara\tlaatta/tile,tiles/kakel,klinker > rakennusmateriaali\tkeramiikka/ceramics/keramik = laatta\tpurkupuu,kierrätyspuu//returträ > puujäte/woodwaste/träavfall\tpuujäte > puu\tpurkupuu > purkumateriaali\tlasimurska/cullet/glaskross > lasi\tlasijäte//glasavfall > lasi\tpakkausjäte//förpackningsavfall > pakkaus\tjätehuolto/wastemanagement/avfallshantering = keräys\tnäyttö/monitor,display/skärm > elektroniikka\tpalvelin/server/server > elektroniikka\tpalvelin = datakeskus\tlietelanta/slurry/flytgödsel > lanta\tpohjavesi/groundwater/grundvatten > vesi\tjuomavesi//dricksvatten > vesi\taurinkosähkö > sähkö/electricity/el\ttuulivoima > sähkö\trasva/fat,grease/fett = öljy\tvoiteluöljy/lubricant/smörjolja > öljy\tbiodiesel/biodiesel/biodiesel > biopolttoaine\trasva > biodiesel\tetanoli/ethanol/etanol > biopolttoaine\tkala/fish/fisk > ruoka\tliha/meat/kött > ruoka\tmaito/milk/mjölk > ruoka\tvilja/grain,cereal/spannmål > ruoka\tvilja > rehu\tfarkut,farkku/jeans,denim/jeans > vaate\tfarkut > puuvilla\tkuitukangas/nonwoven/fiberduk > tekstiili\tlanka/yarn/garn > tekstiilikuitu\tmikromuovi/microplastic,microplastics/mikroplast > muovi\tjoukkorahoitus/crowdfunding/gräsrotsfinansiering > rahoitus\tsijoittaja/investor/investerare = riskirahoitus\ttakaus/guarantee/borgen = laina\tsäätiö/foundation/stiftelse = apuraha\tajoneuvo/vehicle/fordon > metalli\tromuajoneuvo,romuauto//skrotbil > ajoneuvo\tromuajoneuvo > romu";
const FILLER = "a ab able about above abp after again against aiheena aika aikaa aikataulu aikataulua aikoo aikovat aina ainakin aivan ajaa ajais ajaisi ajan ajetaan alkuun all alla allt aloittaa aloittaisi aloittaisimme already also alue alueella alueelta alueen am an and andra annan annat another anvanda anvander anvands any anybody anyone apu apua ar are as asia asiaa asiakas asiakkaat asiakkaille asiakkaita asiantuntija asiantuntijaa asiantuntijan asiantuntijat asiantuntijoiden asiantuntijoita asioita ask asking at att atta auttaa auttais auttaisi auttaisiko auttamaan av aven avuksi avulla ay be because been before behover being below best better between big blev bli blir blivit borja borjar both bring brings build builds but buy bv by can cannot chefer city co compared corp could da dar day days de delvis dem den denna deras dess dessa det detta did dig din dina ditt do does doing down du during e.g each economy edelleen efter eg ehka eight eika eivat ej ekonomi eli eller emme emot en enaa englanniksi ennen ensi ensimmainen ensin er era eraa eran eria erittain ert esim esimerkiksi esimerkkeja esimerkki etc etenee etsia etsii etsimme etsin etsis etsisimme etsitaan etsivat ett etta ettei euroa euron euroopan eurooppa europa europe every everyone example exempel exempelvis experience fa fem few find finding finds finland finns first fit fits five for four fran free from further fyra gamla gammal gar garna get gets gmbh good gor gora gratis great ha had hade haemme haetaan haettais haettaisiin hakea hakis hakisimme halua haluaa haluais haluaisi haluaisimme haluaisin haluaisko haluamme haluan haluavat haluis haluisimme haluisin halutaan haluttais haluttaisiin haluu han hans har has have having hb he heidan heille hela help helst henne hennes her here hers herself heti him himself his hitta hjalp hon honom how hundra hundred hur hyva hyvaa hyvia hyvin i icke idea ideas if ihan in inc ingen innan inom instead institute inte interested is iso isoja isompaa isompi isompia isossa isot it its itself jaa jaada jag jai jalkeen jarkevasti jo johonki johonkin join joining joita joka jokainen jokin joku jolla jollekin joltakin jonka jonkin jonkun jos joskus jostain jostakin jotai jotain jotaki jotakin joten jotenki jotka jotta ju just kahden kahdessa kaikki kaikkia kaikkien kaipaamme kaipaisimme kaipaisin kaksi kan kannattaa kannattaako kannattais kannattaisi kans kanssa kaupungille kaupungin kaupungissa kaupunki kautta kaytetaan kaytettais kaytettaisiin kayttaa kayttais kayttaisi kayttoa kayttoon kb keep kehittaa kehittaisi keksia kellaan kenella kenelle kenelta kenen kenties kerran kertoisi kertoo kesa kesalla kesan keta ketka kevaalla kevaan kevat kiinnostaa kiinnostuneita kiinnostunut kiloa kind kiva kivaa kivat kivoja know kokemus kokemusta kokoaa kolme konkreettinen konkreettisia konkreettista koska koskien kuka kukaan kumppaneiden kumppaneita kumppaneja kumppani kumppania kumppaniksi kumppanin kumppanit kunde kunhan kunna kuten kuukaudessa kuukausi kuukausittain kuutiota ky kysymme kysyy lahella laitetaan laitettais laitettaisiin laittaa laittais laittaisi large liikaa liittyen like lilla lisaksi list liten litet little llc look looking looks losning losningar lot lots loydamme loydetaan loydettais loytaa loytais loytaisi loytaisimme loytyis loytyisi loytyisiko loytyy loytyyko ltd make making man mangder many maybe me med meian meidan meidat meil meilla meille meilta meita melko mellan members men menee menetelma menetelmaa menetelman menetelmat menetelmia menevat mielellaan mieluiten mig mihin mika mikaan milla millainen millaisia millaista min mina missa mista mita mitaan miten mitka mitt monivuotinen monivuotisessa monivuotista month months more most mot much muiden muille muita mukaan mukana mulla mulle mun mutta muut muutettiin muutimme muutin my mycket myohemmin myos myself nagon nagot nagra nar need needed needs new ni niihin niille niinku niista niita nine nio no noin nor norden nordic not now nu ny nya nykyaan nyt och ocksa of off oikea oikealla oikeassa oikein ois old oleva olevalle olevat olis olisi olisiko om oma omaa oman omat omia omien on once one onko only operating option options or osaa osaako osaaminen osaamiseen osaamisella osaamisen osaamista osaava osaavat osaisi osalta osk oss ostaa ostais ostaisi ostan otetaan other others ottaa ottais ottaisi ought our ours ourselves out over own owner oy oyj pa paasee paasemme paasis paasisi paasisimme paasta paastaan paastais paiva paivittain paljon paljonko partner partnereita partneri partneria partneriksi partnerin partnerina partnerit partners perhaps pian pienempi pienempia pienen pienena pienet pieni pienia pienille pienta pitaa pitais pitaisi pitas planning plc please pohjoismaat pois possible prepare produce proper prosenttia prove published pystyisi pystyy pystyyko quite ratkaisu ratkaisua ratkaisuja ratkaisun ratkaisut really region rf right run running ruotsiksi ry sa saada saadaan saan saannollinen saannollisesti saastaa saastais saastaisi saatais saataisiin saatu sadan sadana sadant sais saisi saisimme saisin same samma sedan see seek seeking seeks seka sellainen sellaiseen sellaisen sellaiset sellaisia sellaista sellanen sellaseen sellasia sellasta semmoisia semmosta sen seven several sex she should show sig siihen siina siis siita sijaan silla sille similar sin sina sit sita sitta sitten six sjalv sju ska skulle small so soka soker solution solutions som some somebody someone soon sopii sopisi sopiva sort srl stad staden start started starting still stor stora stort study such sun suomeksi suomen suomessa suomi suuri syksy syksylla syksyn t.ex tahan tai take takes taking talla tallainen tallaiseen tallaisella tallaisen tallaisessa tallaisia tallaista tallanen tallaseen tallasia tallasta talvella talven talvi tama taman tanaan tapa tapaa tapoja tar tarttee tarttis tarvi tarvii tarvis tarvitaan tarvitsee tarvitsemme tarvitsen tarvitsevat tarvitsisimme tarvittaisiin tasta tata tavoite tavoitteena team teen tehaan tehda tehdaan tehneet tehtais tehtaisiin tehty teian teilla teille teita tekee tekemaan tekis tekisi tekisimme tekisin tell ten than that the their theirs them themselves then there these they thing things this those thousand three through tieda tiedamme tietaa tietaisi till time tio tjugo tmi to today todella together toimija toimijaa toimijat toimijoita toinen toisen toisia toisten toivoisimme toivoisin toivomme toivotaan tommosta tonneja tonni tonnia tonnin too tosi tre try trying tukea tukee tuki tulee tulis tulisi tulisiko tulisko tulla tullaan tuntee tusen tva twenty two under until up upp us use used usein using ut utan uuden uusi uusia uutta vaan vad vahan vaihdetaan vaihdettais vaihdettaisiin vaihtaa vaihtais vaihtaisi vaikka vain valja vanha vanhaa vanhan vanhat vanhoille vanhoja var vara varfor varit varje vars vart vastaan vem verrattuna very veta vetaa vetais vetaisi vi vid viela viikoittain viikossa viime vilka vilkas vilken vilket vill voi voida voidaan voidaanko voimme vois voisi voisiko voisimme voisivat voisko voitaisiin voitaisiinko vuoden vuodessa vuonna vuosi vuosittain want wants was way ways we week weeks were what when where which while who whom why with work works would year years yet yhdessa yksi you your yours yourself yourselves";
const FILLER_KEYS = "asiak ens firm hyv kahd kaik kas kehittam kehittav kert kolm kuuk kymm liiketoimint lop loy maakunt muutam myi myy myynt myyt nel olev oma osallist ost ostet ostett otett ott paiv par pien poruk saad sai seitsem semm tap tarv tarvit tarvitt tek tomm tuh tuoll tyontek tyypill tyypillisest uus uut vied vii viik vuo vuod yhd yks";
const FILLER_TALK = "kehittam kehittav loy myi myy myynt myyt osallist ost ostet ostett otett ott saad sai tarv tarvit tarvitt vied";
const QUIET = "aikana aikanaan asti autumn business buyer buyers cities danmark denmark develop developing develops estland estonia estonian etelaan etelassa etelasta german germany hakemaan hakisi host idassa idasta itaan jaaneet jaanyt jaava jaavaa jaavasta jaavat jaksaa jaksais jaksaisi jaksetaan kerralla kerrallaan kevaaksi kevaalla kevaasta koko kommun kommunen kommuner kommunerna kopa kopare koper kopt lahdetaan lahdossa lahtea lahtee lahtis lahtisi lannessa lannesta lanteen lapi latvia latvian latviassa lets lettland liettua liettuan liettuassa liittya liittyisi liittymaan liittyy litauen lithuania maksaa maksais maksaisi maksanut maksetaan maksettu municipalities municipality muualla muualta muuhun muulle muun norge norja norjan norjassa north northern norway number numbers offer offering offers olla ollaan olleet ollut oltaisiin oltu part plan planera planerar planned plans pohjoiseen pohjoisessa pohjoisesta poland polen region regionen regioner regions ruotsi ruotsiin ruotsin ruotsissa ruotsista saksa saksan saksassa salja saljare saljer season seasons sell selling sells siirretaan siirtaa siirtaisi siirtamaan sold sommar sopia sopivaa sopivat sopivia south southern stader summer sverige sweden swedish tanska tanskan tanskassa tarjolla tehdyista tehdyn tehdyt tehny tehty tehtya tehtyja tekeva tekevaa tekevat tekevia town towns tyskland verran vinter viro viron viroon virossa virosta winter ympari ymparilla ymparille ymparilta";
const QUIET_KEYS = "iso isomp kein kes maar sam synt sys talv toi vaihtoehd vaihtoeht";
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

const ASCII_RE = /^[\x00-\x7f]*$/;
/** fold removes diacritics from a lower-case word (ä→a, ö→o, å→a, …). */
export function fold(s) {
  if (ASCII_RE.test(s)) return s;
  // code point by code point, ASCII kept as it is (the regex skips it
  // faster than a loop: glossaryHas folds whole glossaries)
  return s.replace(NON_ASCII_RE, foldChar);
}
const NON_ASCII_RE = /[^\x00-\x7f]/gu;
const foldChar = (c) => FOLD.get(c) ?? (MARK_RE.test(c) ? "" : c);

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
// Stems are kept: a need stems the same slices of its long words for its
// compound parts, their concepts and their keys, and the concepts stem
// their words for each word of the need.
const stemCache = new Map();
export function stem(lang, w) {
  const id = lang + "\0" + w;
  let k = stemCache.get(id);
  if (k === undefined) {
    if (stemCache.size >= 20000) stemCache.clear();
    stemCache.set(id, (k = stemOnce(lang, w)));
  }
  return k;
}
function stemOnce(lang, w) {
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
let synMap = null, fiBridge = null;
const tables = {};
const byKeyOrder = (a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
// a Finnish word's synonyms (Go: bridges), from GLOSSARY.fi's groups
function syn() {
  if (synMap) return synMap;
  synMap = new Map();
  for (const g of GLOSSARY.fi.split(" ")) {
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
  else for (const entry of GLOSSARY[lang].split(" ")) {
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
  if (!GLOSSARY[lang]) return [[], false];
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

// glossaryHas: whether a folded word is one of lang's glossary words as
// written, without making lang's table where it is not made: a Finnish
// need asks it of the English and Swedish glossaries for each of its
// words, and making their tables costs a phone more than the rest of the
// need's bridges. fold works code point by code point, so the folded
// glossary holds each entry's folded word.
const foldedGlossary = {};
function glossaryHas(lang, f) {
  if (tables[lang]) return tables[lang].own.has(f);
  foldedGlossary[lang] ??= " " + fold(GLOSSARY[lang]);
  return f !== "" && foldedGlossary[lang].includes(` ${f}:`);
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
    for (const l of ["en", "sv"]) if (glossaryHas(l, f)) for (const b of bridgesFrom(l, [f], (w) => w)) if (!ex.some((x) => x.key === b.key)) ex.push(b);
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
  for (const line of CONCEPTS.split("\t")) {
    const f = line.split(" ");
    for (let i = 0; i + 2 < f.length; i += 2) {
      const a = node(f[i]), b = node(f[i + 2]);
      if (a === b) continue;
      if (f[i + 1] === ">") { appendNew(list[a].up, b); appendNew(list[b].down, a); }
      else { appendNew(list[a].related, b); appendNew(list[b].related, a); }
    }
  }
  list.forEach((c, id) => c.words.forEach((ws, l) => {
    const lang = CONCEPT_LANGS[l];
    for (const w of ws) addTo(byWord, lang + "\0" + fold(w), id);
  }));
  return (conceptMaps = { list, byWord, byKey });
}
const addTo = (m, k, id) => { if (!m.has(k)) m.set(k, []); appendNew(m.get(k), id); };
// keyConcepts: the concepts whose words of lang have key (stemmed), the
// stems of a language made on its first lookup: a need looks up its own
// language's, and stemming the three languages' words costs a phone more
// than the rest of the need's concepts
const keyedLangs = new Set();
function keyConcepts(lang, key) {
  const { list, byKey } = concepts();
  if (!keyedLangs.has(lang)) {
    keyedLangs.add(lang);
    const l = CONCEPT_LANGS.indexOf(lang);
    if (l >= 0) list.forEach((c, id) => { for (const w of c.words[l]) addTo(byKey, lang + "\0" + stem(lang, fold(w)), id); });
  }
  return byKey.get(lang + "\0" + key);
}
// conceptsOf: the concepts a folded word names (Go: conceptMaps.conceptsOf)
function conceptsOf(lang, f) {
  const { byWord } = concepts();
  const ids = byWord.get(lang + "\0" + f);
  if (ids && ids.length) return ids;
  const k = stem(lang, f);
  if (k.length >= 5) { // Go: minConceptKey
    const byK = keyConcepts(lang, k);
    if (byK && byK.length) return byK;
    if (lang === "fi") for (const g of gradation(k)) { const x = keyConcepts("fi", g); if (x && x.length) return x; }
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
  const out = [], seen = new Set();
  for (const lng of [lang, ...CONCEPT_LANGS.filter((l) => l !== lang)]) {
    if (!langs.includes(lng)) continue;
    const l = CONCEPT_LANGS.indexOf(lng), these = [];
    for (const id of all) for (const w of list[id].words[l]) {
      const k = stem(lng, fold(w));
      if (own.has(k) || seen.has(k)) continue;
      seen.add(k);
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
const QUIET_SET = new Set(QUIET.split(" ")), QUIET_KEYS_SET = new Set(QUIET_KEYS.split(" "));
/** quietForm: a folded word of a need in lang says how or when, not what:
 * it ranks as a place does and is no reason (Go: searchindex.QuietForm). */
export const quietForm = (lang, f) => QUIET_SET.has(f) || (lang === "fi" && AZ_RE.test(f) && QUIET_KEYS_SET.has(stem("fi", f)));
// finnishEnd: a folded word ends as a Finnish word does, in a vowel or a
// vowel and n or t (Go: searchindex.finnishEnd)
const finnishEnd = (f) => f.length >= 3 && ("aeiouy".includes(f[f.length - 1]) || ("nt".includes(f[f.length - 1]) && "aeiouy".includes(f[f.length - 2])));

/** warm builds now the tables otherwise built on a need's first use (the
 * glossary's bridges, the places), so that a page can build them before
 * a visitor's need is waiting for them. */
export function warm() {
  for (const lang of ["en", "fi", "sv"]) table(lang).byStem();
  for (const lang of CONCEPT_LANGS) keyConcepts(lang, "");
  placeOf("fi", "");
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
      const ok = len >= 4 && AZ_RE.test(f) && "aeiouy".includes(f[len - 1]);
      const cases = !ok ? [] : f[len - 2] === f[len - 1] ? ["n", "ta", "seen", "ssa", "sta", "lla", "lta", "lle"] : ["n", f[len - 1] + "n", "ssa", "sta", ..."ouy".includes(f[len - 1]) ? ["a"] : []];
      // and the forms of -nen names, weak grades, long vowels, Uusi- (Go: declined)
      for (const c of [...cases.map((c) => f + c), ...placeDeclined(f)]) if (!placeMaps.forms.has(c)) placeMaps.forms.set(c, n);
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

// placeDeclined: a name's forms its key and the local cases above miss:
// of a name in -nen, on a weak grade, into a long vowel, of "Uusi-" (Go:
// searchindex.declined; Oulaisissa, Lahdessa, Järvenpäähän, Uudellamaalla).
const LOCAL_CASES = ["n", "ssa", "sta", "lla", "lta", "lle"];
const NEN_CASES = ["sen", "sessa", "sesta", "seen", "sella", "selta", "selle", "sta", "sissa", "sista", "siin", "silla", "silta", "sille", "sten"];
const WEAK_GRADES = [["kk", "k"], ["pp", "p"], ["tt", "t"], ["nk", "ng"], ["mp", "mm"], ["nt", "nn"], ["lt", "ll"], ["rt", "rr"], ["ht", "hd"], ["rk", "r"], ["lk", "l"], ["hk", "h"]];
const VOWEL = (c) => "aeiouy".includes(c);
function weakStem(f) {
  const body = f.slice(0, -1), v = f.slice(-1);
  for (const [s, w] of WEAK_GRADES) if (body.endsWith(s)) return body.slice(0, -s.length) + w + v;
  const m = body.length;
  return m >= 2 && body[m - 1] === "k" && VOWEL(body[m - 2]) ? body.slice(0, -1) + v : "";
}
function placeDeclined(f) {
  const n = f.length;
  if (n < 4 || !AZ_RE.test(f)) return [];
  if (n >= 7 && f.endsWith("nen")) return NEN_CASES.map((e) => f.slice(0, -3) + e);
  if (!VOWEL(f[n - 1])) return [];
  const out = [];
  if (f.startsWith("uusi") && n - 4 >= 3) {
    const rest = weakStem(f.slice(4)) || f.slice(4);
    for (const c of LOCAL_CASES) out.push("uude" + c + rest + c);
  }
  if (f[n - 2] === f[n - 1]) return [...out, f + "h" + f[n - 1] + "n"];
  const weak = weakStem(f);
  if (weak) for (const s of f[n - 1] === "i" ? [weak, weak.slice(0, -1) + "e"] : [weak]) for (const c of LOCAL_CASES) out.push(s + c);
  return out;
}

// placeWord: a folded word of a need in lang names a place (Go:
// searchindex.PlaceWord).
export const placeWord = (lang, f) => placeOf(lang, f) !== "";

// basesOf: a Finnish word without -mme, -nne, the essive -na or a clitic
// (-ko, -kin, -han on a base ending in a vowel), tried when the word is
// not found as it is (Go: match.bases).
export function basesOf(lang, f) {
  if (lang !== "fi" || f.length < 7) return [];
  if (f.endsWith("mme") || f.endsWith("nne")) return [f.slice(0, -3)];
  if (f.endsWith("na") && "aeiouy".includes(f[f.length - 3])) return [f.slice(0, -2)];
  for (const clitic of ["ko", "kin", "han"]) {
    const base = f.slice(0, -clitic.length);
    if (f.endsWith(clitic) && base.length >= 5 && "aeiouy".includes(base[base.length - 1])) return [base];
  }
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
