/* Word lists of general knowledge, and the one hash table over them.
 *
 * Lists are '|'-separated look-up keys. In a group "a=b=c" every key shares
 * the first as its canonical group key. Keys are already folded (lower case,
 * no accents), so a look-up never folds the lists again. */
#include "lexicon.h"

#include <stdbool.h>
#include <stdint.h>
#include <string.h>

/* ---- titles and roles ---------------------------------------------------
 * Titles are written straight before a name ("special envoy Ana X");
 * roles name a person in an apposition ("X, a spokesman for ..."). */

static const char titles_any[] =
    "president|vice president|president-elect|former president|"
    "prime minister|deputy prime minister|premier|chancellor|"
    "first minister|chief minister|"
    "minister|foreign minister|defense minister|defence minister|"
    "interior minister|finance minister|health minister|"
    "economy minister|trade minister|education minister|energy minister|"
    "environment minister|agriculture minister|labor minister|"
    "labour minister|transport minister|culture minister|"
    "defense secretary|defence secretary|treasury secretary|"
    "commerce secretary|energy secretary|labor secretary|"
    "education secretary|transportation secretary|"
    "agriculture secretary|interior secretary|health secretary|"
    "homeland security secretary|veterans affairs secretary|"
    "housing secretary|culture secretary|business secretary|"
    "chancellor of the exchequer|"
    "justice minister|deputy minister|secretary|foreign secretary|"
    "home secretary|secretary of state|secretary-general|"
    "secretary general|undersecretary|under secretary|"
    "assistant secretary|deputy secretary|press secretary|"
    "cabinet secretary|cabinet minister|director-general|director general|"
    "attorney general|solicitor general|surgeon general|"
    "governor|gov.|lt. gov.|lieutenant governor|mayor|deputy mayor|"
    "senator|sen.|rep.|representative|del.|assemblyman|assemblywoman|"
    "councilman|councilwoman|councilor|councillor|alderman|"
    "speaker|house speaker|majority leader|minority leader|"
    "leader|opposition leader|party leader|chief|police chief|"
    "fire chief|chief executive|chief executive officer|ceo|cfo|coo|"
    "chief financial officer|chief operating officer|"
    "executive director|managing director|director|deputy director|"
    "general manager|manager|chairman|chairwoman|chair|chairperson|"
    "vice chairman|vice chair|president and ceo|founder|co-founder|"
    "spokesman|spokeswoman|spokesperson|press officer|"
    "envoy|special envoy|ambassador|diplomat|consul|"
    "judge|justice|chief justice|magistrate|prosecutor|district attorney|"
    "district judge|u.s. district judge|federal judge|circuit judge|"
    "magistrate judge|chief judge|county attorney|state attorney|"
    "attorney|lawyer|defense attorney|public defender|sheriff|deputy|"
    "detective|officer|police officer|trooper|constable|inspector|"
    "superintendent|commissioner|commander|commander-in-chief|"
    "general|gen.|lt. gen.|maj. gen.|brig. gen.|lieutenant general|"
    "major general|brigadier general|colonel|col.|lt. col.|"
    "lieutenant colonel|major|maj.|captain|capt.|lieutenant|lt.|"
    "sergeant|sgt.|staff sgt.|corporal|cpl.|private|pvt.|admiral|adm.|"
    "vice admiral|rear admiral|marshal|field marshal|"
    "dr.|doctor|professor|prof.|rev.|reverend|pastor|bishop|archbishop|"
    "cardinal|pope|imam|rabbi|cleric|sheikh|ayatollah|grand ayatollah|"
    "emir|sultan|president and chief executive|"
    "negotiator|chief negotiator|mediator|adviser|advisor|"
    "senior adviser|aide|analyst|economist|researcher|scientist|"
    "historian|author|writer|novelist|poet|journalist|reporter|"
    "correspondent|editor|columnist|photographer|filmmaker|director|"
    "producer|creator|composer|singer|rapper|musician|guitarist|"
    "drummer|artist|painter|designer|architect|engineer|"
    "actor|comedian|star|co-star|anchor|presenter|assistant|"
    "coach|head coach|manager|player|striker|midfielder|defender|"
    "spinner|bowler|batsman|batter|opener|wicketkeeper|winger|forward|"
    "centre-back|center-back|fullback|playmaker|sprinter|swimmer|"
    "cyclist|jockey|boxer|wrestler|golfer|skier|skater|gymnast|"
    "runner|shortstop|outfielder|catcher|linebacker|receiver|"
    "running back|tight end|point guard|rookie|left-arm spinner|"
    "fast bowler|all-rounder|leg-spinner|seamer|"
    "goalkeeper|quarterback|pitcher|captain|referee|athlete|"
    "firefighter|paramedic|nurse|surgeon|physician|pharmacist|"
    "forecaster|meteorologist|seismologist|volcanologist|glaciologist|"
    "teacher|principal|student|candidate|nominee|contender|"
    "lawmaker|legislator|politician|activist|campaigner|organizer|"
    "official|officials|administrator|coordinator|strategist|pollster|"
    "commentator|expert|specialist|consultant|entrepreneur|"
    "businessman|businesswoman|banker|investor|owner|executive|"
    "farmer|rancher|resident|worker|volunteer|witness|survivor|"
    "victim|suspect|defendant|plaintiff|inmate|refugee|migrant|"
    "fighter|commander|militant|soldier|rebel|insurgent|"
    "mr.|mrs.|ms.|miss|mx.|sir|dame|lord|lady|king|queen|prince|princess|"
    "crown prince|duke|duchess|count|countess|baron|baroness|"
    "father|sister|brother|mother|son|daughter|wife|husband|widow|"
    "grandson|granddaughter|nephew|niece|cousin|uncle|aunt|"
    "boyfriend|girlfriend|fiance|fiancee|friend|neighbor|"
    "colleague|secretary-general";

static const char titles_female[] =
    "spokeswoman|chairwoman|congresswoman|councilwoman|assemblywoman|"
    "businesswoman|mrs.|ms.|miss|dame|lady|queen|princess|duchess|"
    "countess|baroness|actress|sister|mother|daughter|wife|widow|"
    "granddaughter|niece|aunt|girlfriend|fiancee|first lady|"
    "congresswoman|policewoman|sportswoman|stateswoman|heiress|"
    "empress|grandmother|stepmother|nun";

static const char titles_male[] =
    "spokesman|chairman|congressman|councilman|assemblyman|alderman|"
    "businessman|mr.|sir|lord|king|prince|duke|count|baron|father|"
    "brother|son|husband|widower|grandson|nephew|uncle|boyfriend|fiance|"
    "policeman|sportsman|statesman|emperor|grandfather|stepfather|"
    "crown prince|monk";

/* Words that also head a role phrase without standing before a name. */
static const char roles_only[] =
    "professor|head|member|members|fellow|dean|president of|"
    "commander of|director of|think tank|veteran|mayor of|resident of|"
    "native|graduate|son of|daughter of|supporter|critic|ally|rival|"
    "opponent|successor|predecessor|deputy to|chief of staff|counterpart|"
    "lecturer|scholar|physicist|biologist|chemist|epidemiologist|"
    "virologist|psychologist|sociologist|criminologist";

/* ---- places ---------------------------------------------------------- */

static const char countries[] =
    "afghanistan|albania|algeria|andorra|angola|antigua and barbuda|"
    "argentina|armenia|australia|austria|azerbaijan|bahamas|bahrain|"
    "bangladesh|barbados|belarus|belgium|belize|benin|bhutan|bolivia|"
    "bosnia|bosnia and herzegovina|botswana|brazil|brunei|bulgaria|"
    "burkina faso|burundi|cambodia|cameroon|canada|cape verde|"
    "central african republic|chad|chile|china|colombia|comoros|congo|"
    "democratic republic of congo|democratic republic of the congo|"
    "costa rica|croatia|cuba|cyprus|czech republic|czechia|denmark|"
    "djibouti|dominica|dominican republic|ecuador|egypt|el salvador|"
    "equatorial guinea|eritrea|estonia|eswatini|ethiopia|fiji|finland|"
    "france|gabon|gambia|georgia|germany|ghana|greece|grenada|guatemala|"
    "guinea|guinea-bissau|guyana|haiti|honduras|hungary|iceland|india|"
    "indonesia|iran|iraq|ireland|israel|italy|ivory coast|"
    "cote d'ivoire|jamaica|japan|jordan|kazakhstan|kenya|kiribati|"
    "kosovo|kuwait|kyrgyzstan|laos|latvia|lebanon|lesotho|liberia|libya|"
    "liechtenstein|lithuania|luxembourg|madagascar|malawi|malaysia|"
    "maldives|mali|malta|marshall islands|mauritania|mauritius|mexico|"
    "micronesia|moldova|monaco|mongolia|montenegro|morocco|mozambique|"
    "myanmar|burma|namibia|nauru|nepal|netherlands|holland|new zealand|"
    "nicaragua|niger|nigeria|north korea|north macedonia|macedonia|"
    "norway|oman|pakistan|palau|palestine|panama|papua new guinea|"
    "paraguay|peru|philippines|poland|portugal|qatar|romania|russia|"
    "rwanda|saint lucia|samoa|san marino|saudi arabia|senegal|serbia|"
    "seychelles|sierra leone|singapore|slovakia|slovenia|"
    "solomon islands|somalia|south africa|south korea|south sudan|"
    "spain|sri lanka|sudan|suriname|sweden|switzerland|syria|taiwan|"
    "tajikistan|tanzania|thailand|east timor|timor-leste|togo|tonga|"
    "trinidad and tobago|tunisia|turkey|turkiye|turkmenistan|tuvalu|"
    "uganda|ukraine|uruguay|uzbekistan|vanuatu|vatican|vatican city|"
    "venezuela|vietnam|yemen|zambia|zimbabwe|england|scotland|wales|"
    "northern ireland|britain|great britain|greenland|puerto rico|"
    "hong kong|macau|gaza|gaza strip|west bank|tibet|kurdistan|"
    "crimea|donbas|chechnya|kashmir|catalonia|basque country|"
    "united states=u.s.=us=usa=u.s.a.=united states of america|"
    "united kingdom=u.k.=uk|"
    "united arab emirates=uae=u.a.e.|"
    "czech republic=czechia|"
    "myanmar=burma";

static const char us_states[] =
    "alabama=ala.|alaska|arizona=ariz.|arkansas=ark.|california=calif.|"
    "colorado=colo.|connecticut=conn.|delaware=del.|florida=fla.|"
    "georgia=ga.|hawaii|idaho|illinois=ill.|indiana=ind.|iowa|"
    "kansas=kan.|kentucky=ky.|louisiana=la.|maine|maryland=md.|"
    "massachusetts=mass.|michigan=mich.|minnesota=minn.|"
    "mississippi=miss.|missouri=mo.|montana=mont.|nebraska=neb.|"
    "nevada=nev.|new hampshire=n.h.|new jersey=n.j.|new mexico=n.m.|"
    "new york=n.y.|north carolina=n.c.|north dakota=n.d.|ohio|"
    "oklahoma=okla.|oregon=ore.|pennsylvania=pa.|rhode island=r.i.|"
    "south carolina=s.c.|south dakota=s.d.|tennessee=tenn.|texas|utah|"
    "vermont=vt.|virginia=va.|washington=wash.|west virginia=w.va.|"
    "wisconsin=wis.|wyoming=wyo.|district of columbia=d.c.";

static const char state_abbrevs[] =
    "ala.|ariz.|ark.|calif.|colo.|conn.|del.|fla.|ga.|ill.|ind.|kan.|"
    "ky.|la.|md.|mass.|mich.|minn.|miss.|mo.|mont.|neb.|nev.|n.h.|n.j.|"
    "n.m.|n.y.|n.c.|n.d.|okla.|ore.|pa.|r.i.|s.c.|s.d.|tenn.|vt.|va.|"
    "wash.|w.va.|wis.|wyo.|d.c.";

static const char cities[] =
    /* capitals */
    "kabul|tirana|algiers|luanda|buenos aires|yerevan|canberra|vienna|"
    "baku|nassau|manama|dhaka|minsk|brussels|belmopan|porto-novo|"
    "thimphu|la paz|sucre|sarajevo|gaborone|brasilia|sofia|ouagadougou|"
    "phnom penh|yaounde|ottawa|bangui|n'djamena|santiago|beijing|bogota|"
    "kinshasa|brazzaville|san jose|zagreb|havana|nicosia|prague|"
    "copenhagen|santo domingo|quito|cairo|san salvador|asmara|tallinn|"
    "addis ababa|helsinki|paris|libreville|tbilisi|berlin|accra|athens|"
    "guatemala city|conakry|georgetown|port-au-prince|tegucigalpa|"
    "budapest|reykjavik|new delhi|delhi|jakarta|tehran|baghdad|dublin|"
    "jerusalem|rome|kingston|tokyo|amman|astana|nur-sultan|nairobi|"
    "pristina|kuwait city|bishkek|vientiane|riga|beirut|maseru|monrovia|"
    "tripoli|vilnius|antananarivo|lilongwe|kuala lumpur|bamako|"
    "valletta|nouakchott|mexico city|chisinau|ulaanbaatar|ulan bator|"
    "podgorica|rabat|maputo|naypyitaw|yangon|rangoon|windhoek|kathmandu|"
    "amsterdam|the hague|wellington|managua|niamey|abuja|lagos|"
    "pyongyang|skopje|oslo|muscat|islamabad|panama city|port moresby|"
    "asuncion|lima|manila|warsaw|lisbon|doha|bucharest|moscow|kigali|"
    "riyadh|dakar|belgrade|freetown|bratislava|ljubljana|mogadishu|"
    "pretoria|cape town|johannesburg|seoul|juba|madrid|colombo|khartoum|"
    "paramaribo|stockholm|bern|damascus|taipei|dushanbe|dodoma|"
    "dar es salaam|bangkok|dili|lome|port of spain|tunis|ankara|"
    "ashgabat|kampala|kyiv|kiev|abu dhabi|london|washington|montevideo|"
    "tashkent|caracas|hanoi|sanaa|lusaka|harare|edinburgh|cardiff|"
    "belfast|"
    /* large cities and well-known places */
    "new york city|los angeles|chicago|houston|phoenix|philadelphia|"
    "san antonio|san diego|dallas|austin|jacksonville|fort worth|"
    "columbus|charlotte|san francisco|indianapolis|seattle|denver|"
    "boston|el paso|nashville|detroit|oklahoma city|portland|"
    "las vegas|memphis|louisville|baltimore|milwaukee|albuquerque|"
    "tucson|fresno|sacramento|kansas city|mesa|atlanta|omaha|"
    "colorado springs|raleigh|miami|long beach|virginia beach|oakland|"
    "minneapolis|tulsa|tampa|arlington|new orleans|wichita|cleveland|"
    "bakersfield|aurora|anaheim|honolulu|santa ana|riverside|"
    "corpus christi|lexington|pittsburgh|anchorage|stockton|"
    "cincinnati|st. louis|saint louis|st. paul|toledo|newark|"
    "greensboro|buffalo|plano|lincoln|henderson|fort wayne|"
    "jersey city|orlando|st. petersburg|chula vista|norfolk|laredo|"
    "madison|durham|lubbock|winston-salem|garland|glendale|hialeah|"
    "reno|baton rouge|irvine|chesapeake|irving|scottsdale|"
    "north las vegas|fremont|gilbert|san bernardino|boise|birmingham|"
    "rochester|richmond|spokane|des moines|montgomery|modesto|"
    "fayetteville|tacoma|shreveport|fontana|oxnard|moreno valley|"
    "akron|yonkers|augusta|little rock|amarillo|mobile|huntsville|"
    "salt lake city|tallahassee|grand rapids|knoxville|worcester|"
    "providence|chattanooga|brownsville|fort lauderdale|"
    "springfield|hartford|savannah|charleston|jackson|dayton|"
    "harrisburg|trenton|albany|annapolis|dover|frankfort|topeka|"
    "jefferson city|lansing|saint paul|pierre|bismarck|helena|cheyenne|"
    "santa fe|carson city|olympia|salem|juneau|concord|montpelier|"
    "augusta|columbia|raleigh|atlanta|nashville|springfield|"
    "hollywood|brooklyn|manhattan|queens|the bronx|bronx|staten island|"
    "harlem|silicon valley|wall street|capitol hill|beverly hills|"
    "santa monica|pasadena|palm beach|miami beach|key west|"
    "toronto|montreal|vancouver|calgary|edmonton|winnipeg|quebec city|"
    "halifax|guadalajara|monterrey|tijuana|juarez|ciudad juarez|"
    "cancun|acapulco|puebla|sao paulo|rio de janeiro|salvador|"
    "belo horizonte|recife|porto alegre|manaus|medellin|cali|"
    "cartagena|guayaquil|valparaiso|cordoba|rosario|maracaibo|"
    "san juan|san pedro sula|"
    "manchester|liverpool|leeds|sheffield|bristol|glasgow|newcastle|"
    "nottingham|leicester|southampton|oxford|cambridge|brighton|"
    "westminster|hamburg|munich|cologne|frankfurt|stuttgart|"
    "dusseldorf|dortmund|leipzig|dresden|marseille|lyon|toulouse|nice|"
    "nantes|strasbourg|bordeaux|lille|milan|naples|turin|palermo|"
    "genoa|bologna|florence|venice|barcelona|valencia|seville|"
    "bilbao|malaga|porto|rotterdam|antwerp|geneva|zurich|basel|"
    "lausanne|salzburg|krakow|gdansk|wroclaw|st. petersburg|"
    "saint petersburg|novosibirsk|yekaterinburg|kazan|sochi|"
    "vladivostok|kharkiv|odesa|odessa|lviv|dnipro|mariupol|donetsk|"
    "luhansk|sevastopol|istanbul|izmir|thessaloniki|"
    "aleppo|homs|hama|idlib|latakia|deir ez-zor|raqqa|raqa|"
    "mosul|basra|erbil=arbil|kirkuk|fallujah|ramadi|najaf|karbala|"
    "tikrit|sulaymaniyah|tel aviv|haifa|gaza city|ramallah|hebron|"
    "bethlehem|nablus|jenin|rafah|khan younis|mecca|medina|jeddah|"
    "dubai|sharjah|aden|mashhad|isfahan|tabriz|shiraz|qom|kandahar|"
    "herat|mazar-i-sharif|jalalabad|karachi|lahore|peshawar|quetta|"
    "rawalpindi|mumbai|bombay|kolkata|calcutta|chennai|madras|"
    "bangalore|bengaluru|hyderabad|ahmedabad|pune|srinagar|kathmandu|"
    "chittagong|shanghai|guangzhou|shenzhen|chongqing|tianjin|wuhan|"
    "chengdu|nanjing|xi'an|hangzhou|harbin|urumqi|lhasa|osaka|kyoto|"
    "yokohama|nagoya|sapporo|kobe|fukuoka|hiroshima|nagasaki|okinawa|"
    "busan|incheon|ho chi minh city|saigon|haiphong|da nang|"
    "mandalay|chiang mai|phuket|penang|surabaya|bandung|medan|bali|"
    "cebu|davao|sydney|melbourne|brisbane|perth|adelaide|auckland|"
    "christchurch|alexandria|giza|luxor|aswan|benghazi|misrata|"
    "casablanca|marrakech|fez|tangier|oran|kano|ibadan|port harcourt|"
    "mombasa|kisumu|kumasi|abidjan|durban|port elizabeth|soweto|"
    "bulawayo|goma|lubumbashi|timbuktu|darfur|omdurman|benghazi|"
    "srebrenica|chernobyl|fukushima|guantanamo|guantanamo bay";

static const char regions[] =
    "africa|asia|europe|north america|south america|latin america|"
    "central america|antarctica|australia|oceania|the americas|"
    "middle east|the middle east|near east|far east|east asia|"
    "southeast asia|south asia|central asia|eurasia|the balkans|"
    "balkans|caucasus|the caucasus|scandinavia|the caribbean|caribbean|"
    "mediterranean|the mediterranean|sahara|the sahel|sahel|"
    "horn of africa|west africa|east africa|southern africa|"
    "north africa|sub-saharan africa|western europe|eastern europe|"
    "central europe|northern europe|southern europe|the gulf|"
    "persian gulf|arabian peninsula|levant|the levant|siberia|"
    "patagonia|the amazon|amazon|andes|the andes|himalayas|"
    "the himalayas|alps|the alps|pacific|the pacific|atlantic|"
    "the atlantic|arctic|the arctic|indian ocean|pacific ocean|"
    "atlantic ocean|arctic ocean|south china sea|black sea|red sea|"
    "baltic|baltic sea|north sea|caspian sea|dead sea|gulf of mexico|"
    "gulf of aden|strait of hormuz|suez canal|panama canal|"
    "northern triangle|midwest|the midwest|new england|deep south|"
    "the south|west coast|east coast|gulf coast|great plains|"
    "great lakes|appalachia|rust belt|sun belt|bay area|"
    "pacific northwest|the southwest|the northeast|"
    "texas panhandle|florida panhandle|rio grande|rio grande valley|"
    "mississippi river|missouri river|ohio river|colorado river|"
    "hudson river|potomac|potomac river|nile|the nile|euphrates|"
    "tigris|jordan river|danube|rhine|thames|yangtze|mekong|ganges|"
    "indus|volga|amazon river|rocky mountains|rockies|sierra nevada|"
    "capitol|the capitol|grand canyon|yellowstone|everest|mount "
    "everest|kilimanjaro|"
    "sinai|the sinai|golan heights|anbar|nineveh|kurdistan region|"
    "punjab|sindh|balochistan|khyber pakhtunkhwa|kashmir|bengal|"
    "quebec|ontario|british columbia|alberta|manitoba|saskatchewan|"
    "nova scotia|new brunswick|newfoundland|yukon|nunavut|"
    "bavaria|saxony|tuscany|lombardy|sicily|sardinia|corsica|"
    "normandy|brittany|provence|andalusia|galicia|flanders|wallonia|"
    "siberia|greater london|greater manchester|yorkshire|lancashire|"
    "cornwall|kent|essex|surrey|merseyside|midlands|the midlands|"
    "highlands|ulster|queensland|new south wales|victoria|tasmania|"
    "xinjiang|guangdong|hubei|sichuan|yunnan|inner mongolia|hokkaido|"
    "mindanao|luzon|java|sumatra|borneo|papua|aceh|chiapas|oaxaca|"
    "sonora|chihuahua|sinaloa|jalisco|michoacan|guerrero|tamaulipas|"
    "baja california|yucatan|donetsk region|crimean peninsula";

/* Nationalities, languages and other adjectives of place: never places
 * themselves, and stripped from in front of a person's title. */
static const char demonyms[] =
    "afghan|albanian|algerian|american|andorran|angolan|argentine|"
    "argentinian|armenian|australian|austrian|azerbaijani|azeri|"
    "bahamian|bahraini|bangladeshi|barbadian|belarusian|belgian|"
    "belizean|beninese|bhutanese|bolivian|bosnian|brazilian|british|"
    "bruneian|bulgarian|burkinabe|burmese|burundian|cambodian|"
    "cameroonian|canadian|chadian|chilean|chinese|colombian|congolese|"
    "costa rican|croatian|cuban|cypriot|czech|danish|dane|djiboutian|"
    "dominican|dutch|ecuadorian|egyptian|emirati|english|eritrean|"
    "estonian|ethiopian|fijian|filipino|finnish|french|gabonese|"
    "gambian|georgian|german|ghanaian|greek|guatemalan|guinean|"
    "guyanese|haitian|honduran|hungarian|icelandic|indian|indonesian|"
    "iranian|iraqi|irish|israeli|italian|ivorian|jamaican|japanese|"
    "jordanian|kazakh|kenyan|korean|kosovar|kuwaiti|kyrgyz|lao|"
    "laotian|latvian|lebanese|liberian|libyan|lithuanian|luxembourgish|"
    "macedonian|malagasy|malawian|malaysian|maldivian|malian|maltese|"
    "mauritanian|mauritian|mexican|moldovan|mongolian|montenegrin|"
    "moroccan|mozambican|namibian|nepali|nepalese|new zealander|"
    "nicaraguan|nigerien|nigerian|north korean|norwegian|omani|"
    "pakistani|palestinian|panamanian|paraguayan|peruvian|polish|"
    "portuguese|qatari|romanian|russian|rwandan|salvadoran|"
    "salvadorean|saudi|scottish|scots|senegalese|serbian|"
    "sierra leonean|singaporean|slovak|slovenian|somali|"
    "south african|south korean|south sudanese|spanish|sri lankan|"
    "sudanese|surinamese|swedish|swiss|syrian|taiwanese|tajik|"
    "tanzanian|thai|tibetan|togolese|tongan|trinidadian|tunisian|"
    "turkish|turkmen|ugandan|ukrainian|uruguayan|uzbek|venezuelan|"
    "vietnamese|welsh|yemeni|zambian|zimbabwean|kurdish|kurd|kurds|"
    "arab|arabs|arabic|persian|hebrew|latino|latina|hispanic|"
    "european|african|asian|latin american|central american|"
    "south american|north american|middle eastern|caribbean|"
    "scandinavian|balkan|nordic|baltic|western|eastern|northern|"
    "southern|texan|californian|floridian|new yorker|hindi|urdu|"
    "mandarin|cantonese|swahili|bengali|punjabi|tamil|pashto|dari|"
    "farsi|yiddish|sunni|shiite|shia|muslim|muslims|christian|"
    "christians|catholic|catholics|jewish|jews|jew|hindu|hindus|"
    "buddhist|sikh|evangelical|orthodox|protestant|democrat|democrats|"
    "republican|republicans|democratic|conservative|conservatives|"
    "liberal|liberals|labour|tory|tories|socialist|communist|"
    "americans|mexicans|britons|europeans|africans|asians|iraqis|"
    "syrians|afghans|israelis|palestinians|iranians|russians|"
    "ukrainians|chinese|germans|canadians|australians|pakistanis|"
    "indians|yemenis|saudis|egyptians|libyans|turks|greeks|cubans|"
    "haitians|venezuelans|colombians|guatemalans|hondurans|"
    "salvadorans|brazilians|argentines|koreans|japanese|filipinos|"
    "vietnamese|londoner|londoners|parisian|muscovite|u.s.-based";

/* ---- given names --------------------------------------------------------
 * Common given names across the languages of wire copy. Unisex names go in
 * their own list so they mark a person without deciding a gender. */

static const char given_female[] =
    "giorgia|chiara|annalena|ilaria|federica|"
    "abigail|ada|adela|adele|adriana|agnes|aisha|aishah|alejandra|"
    "alexandra|alexandria|alexis|alice|alicia|alina|alison|allison|"
    "alma|amal|amanda|amber|amelia|amina|amira|amy|ana|anastasia|andrea|"
    "angela|angelica|angelina|angie|anita|ann|anna|anne|annette|annie|"
    "antonia|april|ariana|arianna|asma|astrid|audrey|aurora|ava|"
    "barbara|beatrice|beatriz|becky|belinda|bella|benazir|bernadette|"
    "beth|bethany|betsy|betty|beverly|bianca|bonnie|brenda|bridget|"
    "brigitte|britney|brittany|brooke|camila|camilla|candace|carla|"
    "carmen|carol|carole|caroline|carolyn|carrie|cassandra|catherine|"
    "cathy|cecilia|celeste|celine|charlotte|chelsea|cheryl|chloe|"
    "christina|christine|cindy|claire|clara|claudia|colleen|connie|"
    "constance|cora|courtney|cristina|crystal|cynthia|daisy|dana|"
    "daniela|danielle|daphne|darlene|dawn|debbie|deborah|debra|"
    "delia|denise|diana|diane|dolores|donna|doris|dorothy|edith|"
    "eileen|elaine|elena|eleanor|elisa|elisabeth|eliza|elizabeth|ella|"
    "ellen|eloise|elsa|emilia|emily|emma|erica|erika|erin|esther|"
    "eugenia|eva|evelyn|fatima|fatma|felicity|fernanda|fiona|florence|"
    "frances|francesca|gabriela|gabrielle|gail|gemma|georgia|"
    "geraldine|gillian|gina|giovanna|giulia|gladys|gloria|grace|greta|"
    "gretchen|gwen|gwendolyn|hafsa|hanan|hannah|harriet|hayley|hazel|"
    "heather|heidi|helen|helena|hilary|hillary|holly|hope|ida|ilana|"
    "ines|ingrid|irene|iris|isabel|isabella|isabelle|jackie|jacqueline|"
    "jane|janet|janice|jasmine|jean|jeanette|jeanne|jenna|"
    "jennifer|jenny|jessica|jill|jo|joan|joanna|joanne|jocelyn|"
    "josephine|joy|joyce|juana|judith|judy|julia|juliana|julie|"
    "juliet|june|justine|karen|karin|karina|kate|katherine|kathleen|"
    "kathryn|kathy|katie|katrina|kay|kayla|kelly|kim|kimberly|kirsten|"
    "krista|kristen|kristin|kristina|laila|laura|lauren|layla|leah|"
    "leila|lena|leslie|lila|lillian|lily|linda|lindsay|lindsey|lisa|"
    "liz|lorena|lori|lorraine|louisa|louise|lucia|lucy|luisa|luz|lydia|"
    "lynn|mabel|madeleine|madeline|madison|magdalena|maggie|malala|"
    "mandy|marcela|margaret|margarita|margo|maria|mariam|marian|"
    "mariana|marie|marilyn|marina|marion|marisol|marjorie|marlene|"
    "martha|martina|mary|maryam|matilda|maureen|maxine|megan|melania|"
    "melanie|melinda|melissa|mercedes|meredith|mia|michaela|michelle|"
    "mildred|milena|mina|miranda|miriam|molly|monica|monique|muriel|"
    "nadia|nadine|nancy|naomi|natalia|natalie|natasha|nell|nicola|"
    "nicole|nina|noor|nora|norma|olga|olivia|paola|patricia|paula|"
    "pauline|peggy|penelope|penny|petra|phoebe|phyllis|pilar|polly|"
    "priscilla|priya|rachel|rania|rebecca|regina|renata|renee|rhonda|"
    "rita|roberta|rosa|rosalind|rose|rosemary|roxanne|ruth|sabrina|"
    "sally|samantha|sandra|sara|sarah|sasha|selena|serena|shannon|"
    "sharon|sheila|shirley|silvia|simone|sofia|sonia|sophia|sophie|"
    "stacy|stella|stephanie|susan|susana|suzanne|sylvia|tamara|tammy|"
    "tania|tanya|tara|teresa|theresa|tiffany|tina|tracy|ursula|valeria|"
    "valerie|vanessa|vera|veronica|victoria|virginia|vivian|wanda|"
    "wendy|whitney|yasmin|yasmine|yolanda|yvonne|zainab|zara|zoe|"
    "ayesha|nour|hala|huda|rana|dina|lina|salma|yara|malak|reem|"
    "svetlana|tatiana|yulia|irina|oksana|ekaterina|yelena|ludmila|"
    "anastasiya|agnieszka|katarzyna|malgorzata|ewa|zofia|"
    "ingeborg|annika|sigrid|ulrike|angelika|birgit|sabine|"
    "mei|ling|yan|xiu|hui|yumi|yuki|keiko|akiko|sakura|ji-woo|min-ji|"
    "aditi|anjali|deepika|lakshmi|sunita|pooja|indira|sonia|"
    "adaeze|chiamaka|ngozi|chimamanda|amara|wangari|graca|winnie|"
    "femke|mette|inger|ingrid|lotte|marieke|anouk|sanne|eline|"
    "annelies|liesbeth|hanneke|karin|kirsten|signe|solveig|astrid|"
    "tomoko|naoko|yoko|haruka|emiko|mariko|hiroko|aiko|"
    "teresita|rosario|lourdes|consuelo|guadalupe|dolores|esperanza|"
    "ximena|valentina|catalina|florencia|agustina|luciana|jimena|"
    "ainhoa|itziar|amaia|nerea|leire|begona|montserrat|nuria|"
    "oona|aino|kaisa|liisa|riikka|annika|frida|elin|maja|saga|"
    "zeynep|elif|ayse|fatma|emine|hatice|merve|busra|"
    "oksana|olena|iryna|kateryna|yulia|natalia|larisa|galina|"
    "sunita|kavita|rekha|meena|shreya|ananya|neha|divya|"
    "nomvula|thandiwe|zanele|lindiwe|nokuthula|folake|funmilayo|"
    "ifeoma|chioma|nneka|amaka|abena|akosua|efua|ama|"
    "jeanine|jeannine|ginette|sylvie|nathalie|isabelle|chantal|"
    "marguerite|genevieve|helene|agnes|beatrix|annemarie";

static const char given_male[] =
    "friedrich|juergen|keir|raj|reinhard|siegfried|"
    "aaron|al|abdel|abdul|abdullah|abdallah|abraham|adam|adrian|ahmad|"
    "ahmed|aidan|alan|albert|alberto|aleksandr|alejandro|alexander|alexei|"
    "alfonso|alfred|alfredo|ali|alastair|alistair|allen|alvaro|amir|anders|"
    "andre|andreas|andres|andrew|andrey|andy|angel|angelo|anthony|"
    "antoine|anton|antonio|antony|archie|arjun|armando|arnold|arthur|"
    "arturo|ashraf|augusto|austin|ayman|barack|barry|basil|"
    "ben|benedict|benjamin|benito|benny|bernard|bernie|bill|billy|bjorn|"
    "bob|bobby|boris|brad|bradley|brandon|brendan|brent|brett|brian|"
    "bruce|bruno|bryan|byron|caleb|calvin|cameron|carl|carlos|carter|"
    "cesar|charles|charlie|chris|christian|christopher|chuck|clarence|"
    "claude|clifford|clint|clinton|colin|conor|connor|craig|cristian|"
    "curtis|cyril|dale|damian|dan|daniel|danny|dante|darius|darren|"
    "dave|david|dean|dennis|derek|desmond|diego|dimitri|dmitry|"
    "dominic|don|donald|doug|douglas|duncan|dustin|dwight|dylan|"
    "earl|eddie|edgar|eduardo|edward|edwin|elijah|elliot|elliott|"
    "emilio|emmanuel|enrique|eric|erik|ernest|ernesto|ethan|eugene|"
    "evan|fabio|faisal|farid|federico|felipe|felix|fernando|filipe|"
    "francesco|francis|francisco|frank|franklin|franz|fred|freddie|"
    "frederick|gabriel|gareth|garrett|gary|gavin|gene|geoffrey|george|"
    "georges|gerald|gerard|gerhard|giovanni|giuseppe|glen|glenn|"
    "gonzalo|gordon|graham|grant|greg|gregory|guillermo|gustavo|guy|"
    "hamid|hamza|hank|hans|harold|harry|harvey|hassan|heath|hector|"
    "heinrich|helmut|henri|henrik|henry|herbert|hernan|hosni|howard|"
    "hugh|hugo|hussein|ian|ibrahim|igor|ilya|imran|isaac|ismail|ivan|"
    "jack|jacob|jacques|jaime|jake|james|jamie|jared|jason|javier|jay|"
    "jean-claude|jean-luc|jean-marie|jean-pierre|jeff|jeffrey|jeremy|"
    "jerome|jerry|jesse|jesus|jim|jimmy|joachim|joaquin|joe|joel|"
    "johan|johann|johannes|john|johnny|jon|jonathan|jorge|jose|josef|"
    "joseph|josh|joshua|juan|julian|julio|justin|kamal|karim|karl|"
    "keith|ken|kenneth|kevin|khaled|khalid|kieran|kirk|klaus|kurt|"
    "kyle|lance|larry|lars|lawrence|lee|leo|leon|leonard|leonardo|"
    "lionel|lloyd|lorenzo|louis|lucas|luis|luiz|luke|mahmoud|malcolm|"
    "manuel|marc|marcel|marco|marcos|marcus|mario|mark|marshall|martin|"
    "marvin|mateo|mathieu|matt|matteo|matthew|matthias|maurice|mauricio|"
    "max|maxim|maximilian|mehmet|michael|michel|miguel|mike|mikhail|"
    "miles|milton|mitch|mitchell|mohamed|mohammad|mohammed|muhammad|"
    "mustafa|nabil|nasser|nathan|nathaniel|neil|nelson|nicholas|"
    "nick|nicolas|nigel|nikolai|noah|norman|oliver|omar|oscar|osama|"
    "oswaldo|otto|owen|pablo|paolo|pascal|patrick|paul|pedro|pete|"
    "peter|philip|philippe|phillip|pierre|pieter|rafael|ralph|ramon|"
    "randy|raul|ray|raymond|reza|ricardo|richard|rick|ricky|rob|robert|"
    "roberto|robin|rodney|rodrigo|roger|roland|ron|ronald|rory|ross|"
    "roy|ruben|rudolf|rudy|russell|ryan|saad|salah|salim|salman|"
    "sam|sami|samir|samuel|santiago|saul|scott|sean|sebastian|sergei|"
    "sergey|sergio|seth|shane|shaun|shawn|sidney|simon|stan|stanley|"
    "stefan|stephen|steve|steven|stuart|sultan|tariq|ted|terrence|"
    "terry|thabo|theo|theodore|thierry|thomas|tomas|tim|timothy|toby|todd|"
    "tom|tommy|tony|travis|trevor|troy|tyler|umar|uwe|valentin|"
    "valery|victor|vincent|vitaly|vladimir|volodymyr|walter|warren|"
    "wayne|werner|wesley|wilfred|will|william|willie|wolfgang|xavier|"
    "yaser|yasser|yousef|youssef|yuri|yusuf|zach|zachary|zaid|zayed|"
    "abu|adel|akram|anwar|bilal|fadi|fouad|ghassan|haider|hani|"
    "hisham|jamal|jihad|kareem|majid|mazen|mohsen|mounir|nabeel|"
    "nader|nizar|rami|riad|sameh|tarek|walid|waleed|yahya|ziad|"
    "abbas|ahmet|emre|recep|kemal|mustapha|rashid|hamad|"
    "narendra|rahul|rajesh|sanjay|vijay|amit|anil|ashok|ravi|sunil|"
    "manmohan|arvind|hiroshi|takeshi|kenji|"
    "shinzo|yoshihide|fumio|jae-in|"
    "sander|joost|wouter|bram|jeroen|ruud|sven|maarten|pim|"
    "bas|thijs|jurgen|dirk|joris|hendrik|willem|geert|mark|"
    "kenta|takashi|haruto|ryota|daisuke|yuto|satoshi|akira|"
    "matias|thiago|joaquim|gonzalo|agustin|facundo|nicolas|"
    "xabier|iker|unai|aitor|gorka|mikel|asier|inaki|jon|"
    "mehmet|mustafa|ahmet|huseyin|murat|burak|emre|onur|"
    "oleksandr|oleksiy|andriy|yuriy|taras|bohdan|dmytro|serhiy|"
    "rajiv|ravi|suresh|ramesh|vikram|arun|deepak|rohit|"
    "kwabena|kofi|kwaku|yaw|chukwuemeka|emeka|obinna|tunde|"
    "rogelio|ernesto|rodolfo|efrain|leopoldo|jesus|"
    "olusegun|goodluck|muhammadu|uhuru|cyril|jacob|nelson|kofi|pep|"
    "kwame|jomo|yoweri|paul|emmerson|robert|abiy|joao|jair|lula|"
    "andrzej|jaroslaw|viktor|emmanuel|olaf|rishi|"
    "boris|vladimir|dmitri|alexei|sergiy|petro|oleksandr|mykola|"
    "yevgeny|gennady|nikita|leonid|ruslan|ramzan|recep|benjamin|"
    "naftali|yair|yitzhak|ehud|ariel|shimon|moshe|avi|eli|yosef";

static const char given_unisex[] =
    "alex|ali|ashley|avery|bailey|blair|cameron|casey|charlie|chris|"
    "dakota|dana|drew|eden|emerson|finley|frankie|harper|hayden|jaden|"
    "jamie|jesse|jordan|jody|kai|kelly|kendall|kerry|lee|leslie|logan|"
    "morgan|noel|parker|pat|peyton|quinn|reese|riley|robin|rowan|ryan|"
    "sage|sam|sandy|shannon|sidney|skyler|taylor|terry|tracy|"
    "andrea|nikola|jean|kim";

/* ---- organisations --------------------------------------------------- */

static const char org_heads[] =
    "administration|agency|agencies|embassy|consulate|ministry|"
    "department|dept.|party|command|university|college|council|"
    "inc.|inc|corp.|corp|co.|ltd.|ltd|llc|plc|ag|gmbh|s.a.|n.v.|"
    "institute|institution|guild|academy|service|services|office|"
    "bureau|committee|commission|association|federation|foundation|"
    "fund|bank|company|corporation|organization|organisation|union|"
    "court|police|army|navy|observatory|units|front|movement|coalition|"
    "authority|center|centre|society|league|club|network|board|"
    "assembly|senate|congress|cabinet|government|brigade|brigades|"
    "battalion|regiment|corps|guard|guards|church|trust|partnership|"
    "alliance|industries|motors|airlines|airways|systems|"
    "technologies|holdings|enterprises|group|media|news|times|post|"
    "journal|herald|tribune|gazette|telegraph|press|television|tv|"
    "broadcasting|radio|magazine|laboratory|laboratories|labs|"
    "school|schools|council|secretariat|directorate|economics|"
    "analytics|research|consulting|advisors|advisers|sports|co|sa|nv|"
    "bv|kk|"
    "survey|pharma|therapeutics|biotech|fc|cf|afc|united|"
    "forces|force|militia|caucus|tribunal|parliament|legislature|"
    "chamber|exchange|reserve|treasury|pentagon|ministries|"
    "conference|forum|initiative|project|program|programme|"
    "partners|associates|ventures|pharmaceuticals|"
    "petroleum|mining|telecom|communications|entertainment|"
    "studios|pictures|records|publishing|foods|brands|stores|"
    "software|bancorp|financial|insurance|securities|electric|"
    "consortium|cooperative|syndicate|collective|division|"
    "fc|squad|watch|international|dynamics|"
    "worldwide|institutes|universities|machines|solutions|robotics|"
    "logistics|semiconductor|semiconductors|instruments|"
    "devices|chemicals|materials|capital";

static const char org_leads[] =
    "university|ministry|department|bank|council|institute|academy|"
    "museum|office|bureau|commission|committee|federation|"
    "association|league|board|court|house|church|college|school|"
    "society|organization|organisation|order|union|conference|"
    "centre|center|fund|foundation|agency|secretariat|embassy|"
    "consulate|party|people's|friends|doctors|reporters|save|"
    "corporation|chamber|army|navy|directorate";

static const char orgs_known[] =
    "united nations=un=u.n.|european union=eu=e.u.|nato|"
    "world health organization=who|world bank|"
    "international monetary fund=imf|world trade organization=wto|"
    "opec|african union|arab league|asean|g7|g20|interpol|"
    "red cross|red crescent|amnesty international|human rights watch|"
    "doctors without borders|medecins sans frontieres=msf|unicef|"
    "unesco|unhcr|unrwa|fao|wfp|iaea|icc|icj|osce|oecd|"
    "fbi|cia|nsa|dhs|dea|atf|fema|nasa|epa|fda|cdc|irs|sec|ftc|fcc|"
    "faa|ntsb|tsa|ice|nih|usda|noaa|pentagon|the pentagon|"
    "white house|the white house|kremlin|the kremlin|congress|senate|"
    "house of representatives|house of commons|house of lords|"
    "parliament|supreme court|bundestag|knesset|duma|state duma|house|"
    "nasdaq|nyse|new york stock exchange|london stock exchange|"
    "dow jones|s&p 500|"
    "national assembly|european commission|european parliament|"
    "federal reserve=the fed=fed|scotland yard|mossad|"
    "hamas|hezbollah|hizbollah|taliban|the taliban|al-qaida|al-qaeda|"
    "al qaeda|al-shabab|al-shabaab|boko haram|houthis|isis|isil|"
    "islamic state|islamic state group|kremlin|"
    "democratic party|republican party|gop|labour party|"
    "conservative party|liberal democrats|"
    "google|alphabet|apple|microsoft|amazon|meta|facebook|instagram|"
    "whatsapp|twitter|x corp.|tiktok|youtube|snapchat|linkedin|reddit|"
    "netflix|hulu|disney|the walt disney co.|warner bros.|"
    "warner bros. discovery|paramount|universal|sony|spotify|"
    "apple tv+|disney+|hbo|hbo max|amazon prime video|prime video|"
    "peacock|tesla|spacex|uber|lyft|airbnb|boeing|airbus|"
    "general motors|ford|toyota|volkswagen|bmw|exxon|exxonmobil|"
    "chevron|shell|bp|walmart|target|costco|ibm|intel|nvidia|samsung|"
    "huawei|alibaba|tencent|openai|pfizer|moderna|johnson & johnson|"
    "astrazeneca|goldman sachs|jpmorgan|jpmorgan chase|morgan stanley|"
    "citigroup|bank of america|wells fargo|blackrock|"
    "fifa|uefa|ioc|nfl|nba|mlb|nhl|ncaa|mls|"
    "wikipedia|wikileaks";

/* News agencies and outlets; the canonical form is the display name. */
static const char agencies[] =
    "The Associated Press=the associated press=associated press=ap|"
    "Reuters=reuters|Agence France-Presse=agence france-presse=afp|"
    "Bloomberg=bloomberg|Bloomberg News=bloomberg news|"
    "United Press International=united press international=upi|"
    "Xinhua=xinhua|Tass=tass|Interfax=interfax|RIA Novosti=ria novosti|"
    "Kyodo=kyodo|Yonhap=yonhap|Anadolu=anadolu|"
    "Press Association=press association|PA Media=pa media|"
    "Deutsche Presse-Agentur=deutsche presse-agentur=dpa|"
    "EFE=efe|ANSA=ansa|Al Jazeera=al jazeera|Al Arabiya=al arabiya|"
    "BBC=bbc|CNN=cnn|NBC=nbc|CBS=cbs|ABC=abc|Fox News=fox news|"
    "NPR=npr|PBS=pbs|MSNBC=msnbc|CNBC=cnbc|Sky News=sky news|"
    "The New York Times=the new york times=new york times|"
    "The Washington Post=the washington post=washington post|"
    "The Wall Street Journal=the wall street journal="
    "wall street journal|"
    "The Guardian=the guardian|The Times=the times|"
    "Financial Times=financial times|The Economist=the economist|"
    "Politico=politico|Axios=axios|Rappler=rappler|ESPN=espn|"
    "Le Monde=le monde|Der Spiegel=der spiegel";

static const char place_heads[] =
    "airport|base|air base|palace|museum|river|county|province|parish|"
    "district|square|street|st.|avenue|ave.|road|rd.|boulevard|blvd.|"
    "lane|highway|freeway|interstate|bridge|park|stadium|arena|"
    "mountain|mountains|mount|mt.|lake|island|islands|isle|valley|"
    "desert|sea|ocean|gulf|bay|canal|strait|straits|peninsula|"
    "panhandle|coast|heights|hills|falls|beach|harbor|harbour|port|"
    "tower|towers|cathedral|mosque|temple|synagogue|shrine|prison|"
    "jail|penitentiary|camp|dam|memorial|monument|building|plaza|"
    "hospital|clinic|infirmary|"
    "capitol|castle|forest|canyon|reservoir|creek|springs|station|"
    "terminal|crossing|border crossing|glacier|volcano|reef|"
    "delta|basin|plains|plateau|ridge|cape|township|borough|"
    "village|town|city|oblast|governorate|prefecture|territory|"
    "territories|region|zone|quarter|neighborhood|mall|"
    "hall|cemetery|garden|gardens|zoo|pier|wharf|"
    "ranch|refinery|oilfield";

static const char place_leads[] =
    "mount|mt.|lake|fort|ft.|port|cape|gulf|isle|camp|greater|"
    "lake|sea of|bay of|gulf of|strait of|isle of|place|plaza|piazza|"
    "rue|avenida|calle|praca|largo|platz";

/* Lower-case nouns that make a capitalised word a place: "the town of
 * X", "X province". */
static const char place_nouns[] =
    "town|towns|city|cities|village|villages|province|provinces|"
    "region|regions|state|county|counties|district|districts|"
    "enclave|capital|suburb|suburbs|neighborhood|neighbourhood|"
    "neighborhoods|neighbourhoods|"
    "island|islands|port|municipality|governorate|area|areas|"
    "township|hamlet|settlement|refugee camp|camp|valley|river|"
    "border town|stronghold|outskirts|hometown|prefecture|oblast|"
    "community|communities|countryside";

/* Lower-case nouns that make a capitalised name an organisation: "the X
 * group", "the X militia". */
static const char org_nouns[] =
    "group|groups|militia|militias|party|movement|organization|"
    "organisation|company|firm|agency|network|faction|alliance|"
    "coalition|force|forces|paramilitary force|paramilitaries|"
    "paramilitary|army|brigade|rebels|rebel group|insurgents|"
    "jihadist group|jihadists|think tank|charity|nonprofit|"
    "streaming service|newspaper|broadcaster|network|channel|"
    "airline|carrier|automaker|retailer|startup|conglomerate|"
    "bank|lender|insurer|union|club|team|band|studio|label|"
    "institute|foundation|website|platform|app|daily|weekly|"
    "regulator|watchdog|ministry|department|authority|court|"
    "tribunal|council|commission|committee|panel|agency|office|"
    "utility|operator|manufacturer|maker|producer|supplier|"
    "distributor|developer|publisher|broadcaster|exchange|fund|"
    "investor|lender|firm|miner|carmaker|chipmaker|drugmaker|brand|"
    "chain|giant|provider|refiner|shipper|exporter|importer|trader|"
    "broker|brokerage|university|league|federation|body|association|"
    "society|cooperative|consortium|club|squad|side";

/* Events, awards and works: a name ending here is neither org nor place. */
static const char event_heads[] =
    "awards|award|prize|prizes|medal|trophy|cup|games|olympics|"
    "championship|championships|tournament|open|grand prix|festival|"
    "fest|expo|summit|war|wars|revolution|uprising|crisis|massacre|"
    "attack|attacks|bombing|protests|day|week|eve|marathon|series|"
    "derby|bowl|classic|show|concert|tour|election|elections|"
    "referendum|act|bill|treaty|accord|accords|agreement|plan|"
    "doctrine|declaration|convention|amendment|law|rule|case|"
    "scandal|affair|storm|hurricane|typhoon|pandemic|globes|oscars|"
    "emmys|grammys|tonys|baftas|oscar|emmy|grammy|tony|bafta";

static const char calendar[] =
    "monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    "mon.|tue.|tues.|wed.|thu.|thur.|thurs.|fri.|sat.|sun.|"
    "january|february|march|april|may|june|july|august|september|"
    "october|november|december|jan.|feb.|mar.|apr.|jun.|jul.|aug.|"
    "sep.|sept.|oct.|nov.|dec.|today|tonight|tomorrow|yesterday|"
    "christmas|easter|ramadan|eid|thanksgiving|new year|hanukkah|"
    "passover|diwali|halloween|weekend";

static const char function_words[] =
    "the|a|an|and|or|but|nor|so|yet|for|of|in|on|at|to|from|by|with|"
    "without|about|above|across|after|against|along|amid|among|around|"
    "as|before|behind|below|beneath|beside|besides|between|beyond|"
    "despite|during|except|inside|into|like|near|off|onto|outside|"
    "over|past|since|than|through|throughout|toward|towards|under|"
    "underneath|unlike|until|up|upon|via|within|if|unless|although|"
    "though|because|while|whereas|whether|when|whenever|where|"
    "wherever|why|how|what|which|who|whom|whose|that|this|these|those|"
    "it|its|he|him|his|she|her|hers|they|them|their|theirs|we|us|our|"
    "ours|i|me|my|mine|you|your|yours|one|ones|some|any|many|much|"
    "most|more|few|fewer|less|least|all|both|each|every|either|"
    "neither|no|not|none|nothing|nobody|someone|somebody|anyone|"
    "everyone|everything|something|anything|other|others|another|such|"
    "same|own|there|here|then|now|also|too|very|just|only|even|still|"
    "already|again|ever|never|always|often|perhaps|maybe|however|"
    "meanwhile|moreover|furthermore|therefore|thus|instead|indeed|"
    "otherwise|nevertheless|nonetheless|later|earlier|once|twice|"
    "according|after|is|are|was|were|be|been|being|am|has|have|had|"
    "do|does|did|will|would|shall|should|can|could|may|might|must|"
    "yes|oh|please|thanks|thank|hello|let|let's|it's|that's|there's|"
    "we're|they're|i'm|i've|we've|don't|doesn't|didn't|can't|won't|"
    "isn't|aren't|wasn't|weren't|hasn't|haven't|i'll|we'll|you're|"
    "mr|mrs|ms|dear|sorry|ok|okay|well|period|why|whatever|";

static const char particles[] =
    "de|del|della|delle|dei|degli|di|da|das|do|dos|du|des|van|von|der|"
    "den|ter|te|het|le|la|y|e|bin|ibn|bint|ben|abu|abou|al|el|ul|ud|dela|"
    "delos|"
    "st.|mac|mc|o'|zu|af|av|ap|dello";

static const char speech_verbs[] =
    "said|says|say|told|tells|tell|added|adds|asked|asks|wrote|writes|"
    "tweeted|posted|stated|states|explained|explains|noted|notes|"
    "announced|announces|declared|declares|insisted|insists|argued|"
    "argues|warned|warns|claimed|claims|acknowledged|admitted|recalled|"
    "recalls|replied|replies|responded|quipped|joked|cautioned|"
    "conceded|confirmed|confirms|denied|denies|urged|urges|reported|"
    "reports|testified|predicted|suggested|countered|continued|"
    "concluded|emphasized|stressed|observed|remarked|vowed|pledged|"
    "promised|believes|thinks|thought|wondered|complained|lamented|"
    "shouted|yelled|whispered|exclaimed|according to";

static const char directions[] =
    "north|south|east|west|northeast|northwest|southeast|southwest|"
    "north-east|north-west|south-east|south-west|outside|near|"
    "nearby|downtown|suburban";

static const char number_words[] =
    "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    "i|ii|iii|iv|v|vi|vii|viii|ix|x|xi|xii|first|second|third|fourth|"
    "fifth|sixth|seventh|eighth|ninth|tenth|hundred|hundreds|thousand|"
    "thousands|million|millions|billion|dozens|dozen";

/* Words whose final period is part of the word, so "Rep. Smith" and
 * "Acme Inc. said" keep them; titles and state abbreviations add more. */
static const char abbrevs[] =
    "st.|mt.|ft.|inc.|corp.|co.|ltd.|jr.|sr.|no.|nos.|vs.|etc.|ave.|"
    "blvd.|rd.|dept.|univ.|bros.|gov.|sen.|rep.|lt.|gen.|col.|maj.|"
    "capt.|sgt.|cpl.|pvt.|adm.|dr.|prof.|rev.|mr.|mrs.|ms.|mx.|"
    "jan.|feb.|mar.|apr.|jun.|jul.|aug.|sep.|sept.|oct.|nov.|dec.|"
    "mon.|tue.|tues.|wed.|thu.|thur.|thurs.|fri.|sat.|sun.|"
    "del.|pres.|supt.|cmdr.|insp.|det.|sgt.|msgr.|fr.|hon.|"
    "staff sgt.|lt. gov.|lt. gen.|maj. gen.|brig. gen.|lt. col.|"
    "x corp.|the walt disney co.|warner bros.";

static const char team_leads[] =
    "real|atletico|athletic|sporting|deportivo|racing|olympique|"
    "borussia|dynamo|dinamo|inter|internazionale|juventus|ajax|"
    "celtic|rangers|benfica|boca|river|cska|spartak|galatasaray|"
    "fenerbahce|besiktas|legia|slavia|sparta|partizan|hajduk|ac|fc|sc";

/* Everyday English words that open capitalised phrases ("Big Tech",
 * "Black Lives Matter") but seldom a person's name. */
static const char common_words[] =
    "big|small|black|white|red|blue|green|yellow|golden|silver|orange|"
    "purple|pink|brown|dark|bright|new|old|great|grand|high|low|little|"
    "long|short|free|open|united|national|international|global|royal|"
    "federal|public|social|digital|smart|super|ultra|mega|total|true|"
    "good|best|top|middle|upper|lower|inner|outer|covid|covid-19|"
    "climate|tech|energy|health|safety|security|justice|freedom|"
    "liberty|peace|war|world|earth|space|sun|moon|sea|ocean|air|fire|"
    "water|ice|snow|rain|storm|wind|operation|project|program|"
    "programme|plan|act|bill|law|night|year|lives|matter|relief|aid|"
    "care|medicare|medicaid|trust|money|market|markets|stock|stocks|"
    "oil|gas|gold|food|farm|home|house|family|people|children|women|"
    "men|youth|student|students|school|college|life|death|love|art|"
    "music|film|book|game|games|sport|sports|team|club|league|cup|"
    "final|finals|series|season|match|race|run|walk|march|ride|"
    "tour|show|news|media|press|radio|video|online|internet|web|"
    "cyber|data|cloud|mobile|phone|app|apps|network|power|green|"
    "clean|renewable|solar|nuclear|electric|auto|motor|car|cars|"
    "truck|bus|rail|train|road|bridge|tunnel|port|airport|flight|"
    "army|navy|police|border|customs|tax|budget|debt|trade|deal|"
    "summit|talks|forum|conference|council|committee|board|panel|"
    "human|rights|civil|equal|fair|democracy|election|vote|voters|"
    "independence|revolution|republic|empire|kingdom|union|league|"
    "northern|southern|eastern|western|central|upper|lower|"
    "general|special|senior|junior|chief|deputy|acting|interim|"
    "official|former|late|future|modern|ancient|classic|latest|"
    "breaking|live|update|updates|exclusive|analysis|opinion|"
    "editorial|review|report|reports|watch|alert|warning|emergency|"
    "disaster|crisis|recovery|rescue|response|support|help|service|"
    "pandemic|virus|vaccine|vaccines|hospital|medical|doctor|"
    "doctors|nurses|patients|drug|drugs|crime|crimes|court|trial";

static const char pronouns_female[] = "she|her|hers|herself";
static const char pronouns_male[] = "he|him|his|himself";

/* ---- the table --------------------------------------------------------- */

#define TABLE_BITS 14
#define TABLE_SIZE (1u << TABLE_BITS)

struct slot {
    const char *key;
    size_t len;
    lexicon_entry e;
    bool gender_fixed; /* unisex names: no later list decides */
};

static struct slot table[TABLE_SIZE];
static size_t n_keys;
static bool built;

static uint64_t hash_key(const char *s, size_t len)
{
    uint64_t h = 1469598103934665603ULL;
    for (size_t i = 0; i < len; i++) {
        h ^= (unsigned char)s[i];
        h *= 1099511628211ULL;
    }
    return h;
}

static struct slot *probe(const char *key, size_t len)
{
    size_t i = (size_t)hash_key(key, len) & (TABLE_SIZE - 1);
    while (table[i].key &&
           (table[i].len != len || memcmp(table[i].key, key, len) != 0))
        i = (i + 1) & (TABLE_SIZE - 1);
    return &table[i];
}

/* GENDER_EITHER marks a unisex given name. */
#define GENDER_EITHER (-1)

static void insert(const char *key, size_t len, unsigned classes, int gender,
                   const char *canonical)
{
    if (len == 0)
        return;
    struct slot *s = probe(key, len);
    if (!s->key) {
        /* Keep the table at most three quarters full. */
        if (n_keys + 1 > TABLE_SIZE / 4 * 3)
            return;
        s->key = key;
        s->len = len;
        n_keys++;
    }
    s->e.classes |= classes;
    if (gender == GENDER_EITHER) {
        s->e.gender = DOC_GENDER_UNKNOWN;
        s->gender_fixed = true;
    } else if (gender != DOC_GENDER_UNKNOWN && !s->gender_fixed) {
        /* A name given to both sexes in different lists stays unknown. */
        if (s->e.gender != DOC_GENDER_UNKNOWN && (int)s->e.gender != gender &&
            !(classes & LEX_TITLE))
            s->e.gender = DOC_GENDER_UNKNOWN;
        else
            s->e.gender = (doc_gender)gender;
    }
    if (canonical && !s->e.canonical)
        s->e.canonical = canonical;
}

/* Canonical names live in their own NUL-terminated copies so callers can
 * print them; the lists hold them as part of a longer string. */
static char canon_store[8192];
static size_t canon_used;

static const char *keep_canonical(const char *s, size_t len)
{
    if (canon_used + len + 1 > sizeof canon_store)
        return NULL;
    char *p = canon_store + canon_used;
    memcpy(p, s, len);
    p[len] = '\0';
    canon_used += len + 1;
    return p;
}

/* Adds every key of a '|'-list; in a group "a=b=c" the first member is the
 * canonical form of all. With display_first the first member is only the
 * canonical text and not itself a key. */
static void add_list(const char *list, unsigned classes, int gender,
                     bool display_first)
{
    const char *p = list;
    while (*p) {
        const char *end = strchr(p, '|');
        if (!end)
            end = p + strlen(p);
        const char *eq = memchr(p, '=', (size_t)(end - p));
        const char *canonical = NULL;
        if (eq) {
            canonical = keep_canonical(p, (size_t)(eq - p));
            if (display_first)
                p = eq + 1;
        }
        while (p < end) {
            const char *stop = memchr(p, '=', (size_t)(end - p));
            if (!stop)
                stop = end;
            insert(p, (size_t)(stop - p), classes, gender, canonical);
            p = stop < end ? stop + 1 : end;
        }
        p = *end ? end + 1 : end;
    }
}

static void build(void)
{
    add_list(titles_any, LEX_TITLE | LEX_ROLE, DOC_GENDER_UNKNOWN, false);
    add_list(titles_female, LEX_TITLE | LEX_ROLE, DOC_GENDER_FEMALE, false);
    add_list(titles_male, LEX_TITLE | LEX_ROLE, DOC_GENDER_MALE, false);
    add_list(roles_only, LEX_ROLE, DOC_GENDER_UNKNOWN, false);
    add_list(countries, LEX_COUNTRY, DOC_GENDER_UNKNOWN, false);
    add_list(us_states, LEX_US_STATE, DOC_GENDER_UNKNOWN, false);
    add_list(state_abbrevs, LEX_STATE_ABBREV | LEX_ABBREV, DOC_GENDER_UNKNOWN,
             false);
    add_list(cities, LEX_CITY, DOC_GENDER_UNKNOWN, false);
    add_list(regions, LEX_REGION, DOC_GENDER_UNKNOWN, false);
    add_list(demonyms, LEX_DEMONYM, DOC_GENDER_UNKNOWN, false);
    add_list(given_female, LEX_GIVEN, DOC_GENDER_FEMALE, false);
    add_list(given_male, LEX_GIVEN, DOC_GENDER_MALE, false);
    /* Unisex after the others: it clears any gender they gave. */
    add_list(given_unisex, LEX_GIVEN, GENDER_EITHER, false);
    add_list(org_heads, LEX_ORG_HEAD, DOC_GENDER_UNKNOWN, false);
    add_list(org_leads, LEX_ORG_LEAD, DOC_GENDER_UNKNOWN, false);
    add_list(orgs_known, LEX_ORG, DOC_GENDER_UNKNOWN, false);
    add_list(agencies, LEX_ORG | LEX_AGENCY, DOC_GENDER_UNKNOWN, true);
    add_list(place_heads, LEX_PLACE_HEAD, DOC_GENDER_UNKNOWN, false);
    add_list(place_leads, LEX_PLACE_LEAD, DOC_GENDER_UNKNOWN, false);
    add_list(place_nouns, LEX_PLACE_NOUN, DOC_GENDER_UNKNOWN, false);
    add_list(org_nouns, LEX_ORG_NOUN, DOC_GENDER_UNKNOWN, false);
    add_list(event_heads, LEX_EVENT_HEAD, DOC_GENDER_UNKNOWN, false);
    add_list(calendar, LEX_CALENDAR, DOC_GENDER_UNKNOWN, false);
    add_list(function_words, LEX_FUNCTION, DOC_GENDER_UNKNOWN, false);
    add_list(particles, LEX_PARTICLE, DOC_GENDER_UNKNOWN, false);
    add_list(speech_verbs, LEX_SPEECH, DOC_GENDER_UNKNOWN, false);
    add_list(directions, LEX_DIRECTION, DOC_GENDER_UNKNOWN, false);
    add_list(number_words, LEX_NUMBER, DOC_GENDER_UNKNOWN, false);
    add_list(abbrevs, LEX_ABBREV, DOC_GENDER_UNKNOWN, false);
    add_list(team_leads, LEX_TEAM, DOC_GENDER_UNKNOWN, false);
    add_list(common_words, LEX_COMMON, DOC_GENDER_UNKNOWN, false);
    add_list(pronouns_female, LEX_PRONOUN, DOC_GENDER_FEMALE, false);
    add_list(pronouns_male, LEX_PRONOUN, DOC_GENDER_MALE, false);
    built = true;
}

const lexicon_entry *lexicon_find(const char *key, size_t len)
{
    if (!built)
        build();
    if (len == 0)
        return NULL;
    struct slot *s = probe(key, len);
    return s->key ? &s->e : NULL;
}

unsigned lexicon_classes(const char *key, size_t len)
{
    const lexicon_entry *e = lexicon_find(key, len);
    return e ? e->classes : 0;
}

size_t lexicon_size(void)
{
    if (!built)
        build();
    return n_keys;
}
