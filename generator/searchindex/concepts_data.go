package searchindex

// conceptLines are the concept vocabulary of the circular economy: what
// a thing is a kind of, what it is made from or turned into, and words
// for one thing that the glossary does not already join. Each line is a
// chain of concepts: "a > b > c" says a is a kind (or a source) of b and
// b of c; "a = b" says a and b are closely related (one is made from
// the other, or they name one stream). A concept is its Finnish words,
// then its English and Swedish words, after slashes, each list
// comma-separated ("struviitti/struvite/struvit"); a concept named again
// needs only its first Finnish word. Words are single words (an English
// "waste heat" has no word here).
//
// Chosen from general knowledge of the field — the waste fractions and
// side streams of the Finnish waste act and of Statistics Finland's waste
// statistics, the materials and processes of Sitra's and Motiva's
// circular-economy writing, the EU taxonomy's energy and water topics,
// and the everyday words of funding — by area: nutrients and water,
// energy, biomass and food, forest and fibre, plastics, textiles,
// construction, metals and minerals, electronics and batteries,
// chemicals, services, funding and development. Never from any portal's
// or held-out need's text.
const conceptLines = `
struviitti/struvite/struvit > fosfori/phosphorus/fosfor > ravinne
typpi/nitrogen/kväve > ravinne
kalium/potassium/kalium > ravinne
ravinne > lannoite
struviitti > lannoite
ammoniumsulfaatti/ammonium/ammoniumsulfat > typpi
ravinne = ravinnekierrätys/nutrient/näringsåtervinning
lanta/manure/gödsel > lannoite
mädäte/digestate/rötrest > lannoite
komposti/compost/kompost > lannoite
kompostimulta,multa/topsoil,mulch/mylla,matjord > maanparannusaine/amendment/jordförbättring
komposti > maanparannusaine
kuituliete,kuitulietteet > maanparannusaine
kalkki/lime/kalk > maanparannusaine
tuhka/ash/aska > lannoite
tuhka > maanparannusaine
lentotuhka//flygaska > tuhka
pohjatuhka//bottenaska > tuhka
biohiili/biochar/biokol > maanparannusaine
biohiili > hiilensidonta/sequestration/kolinlagring
jätevesi/sewage,wastewater/avloppsvatten > liete/sludge/slam
jätevesi = jätevedenpuhdistus,puhdistamo/wwtp/reningsverk
liete > biokaasu/biogas/biogas
liete > ravinne
lanta > biokaasu
biojäte/biowaste/bioavfall > biokaasu
biojäte > komposti
ruokahävikki//matsvinn > biojäte
biokaasu > biometaani/biomethane/biometan > uusiutuva/renewable/förnybar
biokaasu = mädätys/digestion/rötning
mädätys > mädäte
kompostointi/composting/kompostering = komposti
hulevesi/stormwater/dagvatten > vesi
harmaavesi/greywater,graywater/gråvatten > jätevesi
jäähdytysvesi/coolant/kylvatten > hukkalämpö//spillvärme
prosessivesi//processvatten > vesi
vesi = vesihuolto/utility/vattentjänst
vedenkierrätys = vesi
hukkalämpö = lämmöntalteenotto/recuperation/värmeåtervinning
hukkalämpö = ylijäämälämpö,lauhdelämpö//överskottsvärme
hukkalämpö > lämpö/heat/värme
lämmöntalteenotto > lämpöpumppu//värmepump
lämpöpumppu > lämmitys/heating/uppvärmning
kaukolämpö//fjärrvärme > lämmitys
hukkalämpö = kaukolämpö
kaukojäähdytys//fjärrkyla > jäähdytys/cooling/kylning
datakeskus/datacenter,datacentre/datacenter,datahall > hukkalämpö
lämpövarasto//värmelager > energiavarasto/storage/energilager
akku/battery/batteri > energiavarasto
aurinkosähkö,aurinkopaneeli/photovoltaic,pv/solcell,solpanel > aurinkoenergia/solar/solenergi > uusiutuva
tuulivoima//vindkraft > uusiutuva
bioenergia/bioenergy/bioenergi > uusiutuva
biopolttoaine/biofuel/biobränsle > bioenergia
pelletti/pellet/pellets > biopolttoaine
hake/woodchips/flis > biopolttoaine
puru,sahanpuru/sawdust/spån,sågspån > biopolttoaine
kuori/bark/bark > biopolttoaine
metsätähde,hakkuutähde//avverkningsrester > biopolttoaine
energiatehokkuus/efficiency/energieffektivitet = energiansäästö//energibesparing
energiakatselmus//energikartläggning > energiatehokkuus
vety/hydrogen/vätgas = sähköpolttoaine/electrofuel/elbränsle
hiilidioksidi/co2/koldioxid > hiilidioksidipäästö/emission/utsläpp
hiilijalanjälki/footprint/klimatavtryck = hiilidioksidipäästö
hiilijalanjälki > elinkaariarviointi/lca/livscykelanalys
kuori > sivuvirta/sidestream/sidoström
puru > sivuvirta
kuori > puu/wood/trä
puru > puu
sahatavara,puutavara/lumber,timber/virke,sågat > puu
puu > biomassa/biomass/biomassa
metsätähde > biomassa
olki/straw/halm > biomassa
sellu/pulp/pappersmassa = kuitu/fibre,fiber/fiber
paperi/paper/papper > kuitu
kartonki,pahvi/cardboard,paperboard/kartong,papp > kuitu
keräyspaperi,keräyskartonki/wastepaper/returpapper > paperi
keräyspaperi > kartonki
kuitu > biomassa
kuituliete > kuitu
nanoselluloosa/nanocellulose/nanocellulosa > selluloosa/cellulose/cellulosa > kuitu
ligniini/lignin/lignin > puu
tekstiilikuitu//textilfiber > kuitu
kuitupakkaus,paperipakkaus//pappersförpackning > pakkaus/packaging/förpackning
kuitupakkaus > kuitu
pehmuste,pehmustemateriaali/cushioning,padding/stoppning > pakkaus
styroksi,eps/styrofoam,polystyrene/frigolit,cellplast > muovi/plastic/plast
styroksi > pehmuste
muovipakkaus//plastförpackning > pakkaus
muovipakkaus > muovi
pullo/bottle/flaska > pakkaus
pet/pet/pet > muovi
polyeteeni/polyethylene/polyeten > muovi
polypropeeni/polypropylene/polypropen > muovi
pvc/pvc/pvc > muovi
kalvo,muovikalvo/film,foil/folie,plastfilm > muovi
biomuovi/bioplastic/bioplast > muovi
biomuovi = biohajoava/biodegradable,compostable/biologiskt
komposiitti/composite/komposit > muovi
lasikuitu/fiberglass,glassfibre/glasfiber > komposiitti
kumi/rubber/gummi > rengas/tyre,tire/däck
muovirouhe,muovigranulaatti/regrind/plastgranulat > kierrätysmuovi/recyclate/återvunnen
kumirouhe,kumigranulaatti/crumb/gummigranulat > kumi
kierrätysmuovi > muovi
muovijäte//plastavfall > muovi
muovijäte > kierrätysmuovi
mainoskangas,banderolli/banner/banderoll > pvc
mainoskangas > tekstiili/textile/textil
kangas/fabric,cloth/tyg = tekstiili
markiisi,pressu/tarpaulin,awning/presenning,markis > pvc
pressu > tekstiili
vaate/clothing,garment/kläder > tekstiili
työvaate/workwear/arbetskläder > vaate
poistotekstiili,tekstiilijäte//textilavfall > tekstiili
käyttötekstiili,liinavaate/linen/linne > tekstiili
puuvilla/cotton/bomull > tekstiilikuitu
polyesteri/polyester/polyester > tekstiilikuitu
polyesteri > muovi
villa/wool/ull > tekstiilikuitu
nahka/leather/läder > tekstiili
ompelu/sewing/sömnad > tekstiili
ompelu = korjaus/repair/reparation
uusiokäyttö,tuunaus/upcycling/återbruk = uudelleenkäyttö/reuse/återanvändning
kierrätys/recycling/återvinning = uudelleenkäyttö
kunnostus/refurbishment/renovering = korjaus
huolto/maintenance/underhåll = korjaus
uudelleenvalmistus/remanufacturing/återtillverkning > uudelleenkäyttö
varaosa/spares/reservdel = korjaus
jakamistalous,jakaminen/sharing/delning = vuokraus
vuokraus,leasing/rental,leasing/uthyrning = palvelumalli
palvelumalli/servitization/tjänstemodell
kirpputori,jälleenmyynti/secondhand,resale/loppis,secondhand > uudelleenkäyttö
purkumateriaali/salvage/rivningsmaterial > rakennusosa/component/byggdel
rakennusosa > rakennusmateriaali//byggmaterial
purkujäte//rivningsavfall > rakennusjäte//byggavfall
purkujäte = purkumateriaali
purku/demolition/rivning > purkumateriaali
purkukartoitus,materiaalikartoitus/preaudit/materialinventering > purku
purkukartoitus > purkumateriaali
tiili/brick/tegel > rakennusmateriaali
betoni/concrete/betong > rakennusmateriaali
betonimurske,murske/crushed/krossbetong > betoni
murske > kiviaines/aggregate/ballast
kiviaines > maa-aines
ylijäämämaa,maamassa/soil,excavated/schaktmassor,jordmassor > maa-aines/earth/jordmaterial
louhe//sprängsten > kiviaines
sivukivi//gråberg > kiviaines
kipsi/gypsum/gips > rakennusmateriaali
kipsilevy/plasterboard,drywall/gipsskiva > kipsi
eriste,eristevilla/insulation/isolering > rakennusmateriaali
ikkuna/window/fönster > rakennusosa
ovi/door/dörr > rakennusosa
palkki/beam/balk > rakennusosa
teräspalkki//stålbalk > palkki
teräspalkki > teräs/steel/stål
puutavara > rakennusmateriaali
hirsi/log/timmer > puu
hirsi > rakennusmateriaali
asfaltti/asphalt/asfalt > rakennusmateriaali
asfalttirouhe//asfaltgranulat > asfaltti
kaluste,huonekalu/furniture/möbel > sisustus/interior/inredning
kuona/slag/slagg > teräs
kuona > sivutuote/byproduct/biprodukt
sivutuote = sivuvirta
kuona > kiviaines
teräs > metalli/metal/metall
romu,metalliromu/scrap/skrot > metalli
alumiini/aluminium,aluminum/aluminium > metalli
kupari/copper/koppar > metalli
rauta/iron/järn > metalli
kaivannaisjäte//gruvavfall > kaivos/mine,mining/gruva
rikastushiekka/tailings/anrikningssand > kaivannaisjäte
sivukivi > kaivannaisjäte
elektroniikkaromu,ser,elektroniikkajäte/ewaste,weee/elskrot,elavfall > elektroniikka/electronics/elektronik
elektroniikkaromu > metalli
piirilevy/circuit,pcb/kretskort > elektroniikka
puhelin,matkapuhelin/phone,smartphone/mobil,telefon > elektroniikka
tietokone,kannettava/computer,laptop/dator > elektroniikka
kodinkone/appliance/vitvara > elektroniikka
kaapeli/cable/kabel > kupari
akku > elektroniikka
litium/lithium/litium > akku
akkumateriaali,mustamassa//svartmassa > akku
aurinkopaneeli > elektroniikkaromu
ruokahävikki = hävikki/surplus,leftovers/svinn
hävikki > sivuvirta
leipä/bread/bröd > ruoka
mäski/brewers/drav > sivuvirta
mäski > rehu/feed/foder
rehu = hyönteinen/insect/insekt
hyönteinen > proteiini/protein/protein
perunankuori,kasvinkuori/peel/skal > sivuvirta
kasvisjäte/vegetable/grönsaksavfall > biojäte
hedelmä/fruit/frukt > ruoka/food/mat
puriste,puristemassa/pomace/ > sivuvirta
rankki/stillage,vinasse/drank > sivuvirta
hera/whey/vassle > sivuvirta
kalanperkuujäte,kalajäte//fiskrens > sivuvirta
teurastamojäte,teurassivutuote/slaughter,offal/slakteriavfall > sivuvirta
ravintokuitu/dietary/kostfiber > kuitu
ravintokuitu > elintarvike/foodstuff/livsmedel
ruoka = elintarvike
kahvinporo/grounds/kaffesump > biojäte
öljy/oil/olja > kemikaali/chemical/kemikalie
jäteöljy//spillolja > öljy
liuotin/solvent/lösningsmedel > kemikaali
ongelmajäte,vaarallinen/hazardous/farligt = liuotin
kaatopaikka/landfill/deponi = kaatopaikkajäte/landfilled/deponiavfall
jätteenpoltto,poltto/incineration/förbränning > tuhka
energiahyötykäyttö//energiåtervinning > jätteenpoltto
lajittelu/sorting/sortering > kierrätys
keräys/collection/insamling > kierrätys
materiaalitori,kierrätystori/exchange/materialbörs > sivuvirta
symbioosi,teollinen/symbiosis/symbios > sivuvirta
ekoteollisuuspuisto//ekoindustripark > symbioosi
rahoitus/funding,finance/finansiering = avustus/grant/bidrag
avustus = tuki/subsidy/stöd
rahoitus = laina/loan/lån
rahoitus = apuraha/scholarship,stipend/stipendium
investointituki//investeringsstöd > avustus
kehittämisavustus,kehittämisraha//utvecklingsbidrag > avustus
kehitystyö,tuotekehitys//produktutveckling = tki
kehitystyö = innovaatio/innovation/innovation
kehityshanke//utvecklingsprojekt = kehitystyö
tki/rdi/fou > tutkimus
kokeilu,pilotti/pilot,trial/pilot,försök = kehitystyö
testipenkki,testilaitteisto/testbench,rig/testbänk > kokeilu
kokeiluympäristö/testbed/testbädd > kokeilu
investointi/investment/investering > rahoitus
riskirahoitus,pääoma/venture,equity/riskkapital > rahoitus
`
