"""train81 hand-written negatives (theme: town-crier guilds, fossil-hunting tours, cloisonne enamel workshops,
halva makers, gold-panning camps, fortune-cookie bakeries). Lists are in use order; rows past the quota are spares."""

PHRASES = ['Town Criers Guild', 'Fossil Hunting Walks', 'Cloisonne Enamel Workshop', 'Halva Confectioners',
           'Panning Excursions', 'Lucky Cookie Bakers']

SHARE_WORDS = ['Royal', 'Eagle', 'Liberty', 'Star', 'Crown', 'Pioneer', 'Oasis', 'Diamond', 'Pearl', 'Orient',
               'Atlas', 'Horizon', 'Sunrise', 'Victory', 'Imperial', 'Silver', 'Alpha']

NEAR_STOP = set('''trading company shipping industrial industries international general commercial services service
group holding holdings import export investment investments construction engineering bank banco trade technology
corporation enterprise enterprises development petroleum energy transport logistics agency products electronics
distribuidora inversiones comercializadora sociedad compania grupo servicios industria consulting management limited
iran iranian tehran syria syrian korea korean china chinese russia russian mexico colombia panama cuba venezuela
lebanon iraq libya dubai emirates islamic republic national ministry global''' .split())

FAMOUS = [
 ('Ancient and Honourable Guild of Town Criers', 'the UK association of town criers'),
 ('Loyal Company of Town Criers', 'a second UK town criers association'),
 ('American Guild of Town Criers', 'the US town criers association'),
 ('Ontario Guild of Town Criers', 'a Canadian provincial town criers guild'),
 ('Charmouth Heritage Coast Centre', 'a Dorset centre that runs fossil-hunting walks'),
 ('Lyme Regis Museum', 'a Dorset museum known for its fossil walks'),
 ('Jurassic Coast Trust', 'the charity for the Dorset and East Devon fossil coast'),
 ('Penn Dixie Fossil Park and Nature Reserve', 'a New York fossil-collecting park'),
 ('Stonerose Interpretive Center', 'a Washington State fossil-digging site'),
 ('Ando Cloisonné Co.', 'a Japanese cloisonne enamel maker'),
 ('Beijing Enamel Factory', 'a Chinese cloisonne (jingtailan) works'),
 ('Thompson Enamel', 'a US maker of enamels for enamelling'),
 ('British Society of Enamellers', 'the UK enamellers society'),
 ('The Enamelist Society', 'the US enamel artists society'),
 ('Achva Halva', 'an Israeli halva maker'),
 ('Joyva Corporation', 'a Brooklyn halvah maker'),
 ('Koska Helva', 'a Turkish halva maker'),
 ('Seed + Mill', 'a New York halva shop'),
 ('Gold Prospectors Association of America', 'the US recreational gold-panning club'),
 ('Sovereign Hill Museums Association', 'an Australian gold-rush museum with gold panning'),
 ('Reed Gold Mine State Historic Site', 'a North Carolina site with gold panning'),
 ('Crow Creek Gold Camp', 'an Alaskan gold-panning camp'),
 ('Wonton Food Inc.', 'a large US fortune-cookie maker'),
 ('Golden Gate Fortune Cookie Factory', 'a San Francisco fortune-cookie bakery'),
 ('Fancy Fortune Cookies', 'a US custom fortune-cookie maker'),
 ('Mineral Wells Fossil Park', 'a Texas fossil-collecting park (spare)'),
]

OTHER_SCRIPT = [
 ('Каракунуз халва фон', 'Dungan (Cyrillic): an invented halva shop'),
 ('Налшык дыщэ лъыхъуэ лагерь', 'Kabardian (Cyrillic): an invented gold-panning camp'),
 ('Мыекъуапэ эмаль ӏофшӏапӏ', 'Adyghe (Cyrillic): an invented enamel workshop'),
 ('Магаса халва даккхар', 'Ingush (Cyrillic): an invented halva maker'),
 ('Мегьарамдхуьр къизилдин лагерь', 'Lezgian (Cyrillic): an invented gold camp'),
 ('Теберди фоссил излеу турлары', 'Karachay-Balkar (Cyrillic): invented fossil-hunting tours'),
 ('Магьачкъала халва чыгъарыв', 'Kumyk (Cyrillic): an invented halva maker'),
 ('Терекли-Мектеб алтын жуув лагери', 'Nogai (Cyrillic): an invented gold-washing camp'),
 ('Саранскоень вешендыцятнень куро', 'Moksha (Cyrillic): an invented town criers guild'),
 ('Ужгородськый цех емалі клуазоне', 'Rusyn (Cyrillic): an invented cloisonne workshop'),
 ('თბილისის ტიხრული მინანქრის სახელოსნო', 'Georgian: an invented cloisonne enamel workshop'),
 ('ร้านขนมฟอร์จูนคุกกี้เชียงใหม่', 'Thai: an invented fortune-cookie shop'),
 ('부산 포춘쿠키 제과점', 'Korean: an invented fortune-cookie bakery'),
 ('名古屋七宝焼工房', 'Japanese: an invented cloisonne workshop'),
 ('Երևանի ոսկու լվացման ճամբար', 'Armenian: an invented gold-washing camp'),
 ('کارگاه حلوای ارده تبریز', 'Persian: an invented tahini-halva workshop'),
 ('திருநெல்வேலி நெய் அல்வா இல்லம்', 'Tamil: an invented halwa house'),
 ('لاوتن فوسيل لڠکاوي', 'Malay (Jawi): invented Langkawi fossil tours'),
 ('ზუგდიდიშ ოქროშ ლაგერი', 'Mingrelian (Georgian script): an invented gold camp (spare)'),
]

GENERIC = [
 ('how to become a town crier', 'a how-to question about town criers'),
 ('what does oyez mean at the start of a proclamation', 'a question about town-crier calls'),
 ('town crier competition rules', 'a question about town-crier contests'),
 ('best beaches for fossil hunting in dorset', 'a question about fossil hunting'),
 ('how to clean an ammonite fossil', 'a how-to question about fossils'),
 ('is it legal to keep fossils you find on the beach', 'a question about fossil collecting'),
 ('how is cloisonne enamel made', 'a question about cloisonne'),
 ('kiln temperature for vitreous enamel', 'a question about enamelling'),
 ('how to make halva at home with tahini', 'a recipe question about halva'),
 ('why is my halva crumbly', 'a question about halva texture'),
 ('where can you pan for gold in california', 'a question about gold panning'),
 ('how to use a gold pan and classifier', 'a how-to question about gold panning'),
 ('who invented the fortune cookie', 'a history question about fortune cookies'),
 ('how are messages put inside fortune cookies', 'a question about fortune cookies'),
 ('can you bake fortune cookies without a mold', 'a baking question about fortune cookies'),
 ('what is the difference between halva and halwa', 'a question about halva (spare)'),
]

CHAT = [
 ("Mālō e lelei, kataki ʻo vakaiʻi pe ʻoku ʻi he lisi tapui ʻa e Nukuʻalofa Halva Fale Ngaohi", 'Tongan: asks about an invented halva maker'),
 ('Bula, yalovinaka vakadikeva se tiko ena lisi ni itotogi na Suva Gold Panning Kabani', 'Fijian: asks about an invented gold-panning firm'),
 ('Dumela, tsweetswee sekaseka gore a Gaborone Fossil Maeto Khampani e mo lenaaneng la dikotlhao', 'Tswana: asks about an invented fossil-tour firm'),
 ('Avuxeni, hi kombela u kambela loko Giyani Town Crier Nhlangano yi ri eka nxaxamelo wa swigwevo', 'Tsonga: asks about an invented town-crier society'),
 ('Akkam, maaloo Adaamaa Halva Warshaa tarree adabbii irra jiraachuu isaa mirkaneessi', 'Oromo: asks about an invented halva works'),
 ('Moni, chonde onani ngati Zomba Gold Panning Msasa ili pa mndandanda wa zilango', 'Chichewa: asks about an invented gold-panning camp'),
 ("Gyebale, nsaba okebere oba Jinja Fortune Cookie Bakery eri ku lukalala lw'ebibonerezo", 'Luganda: asks about an invented fortune-cookie bakery'),
 ('Сәлам, Казан эмаль остаханәсе санкция исемлегендәме, тикшерегез әле', 'Tatar (Cyrillic): asks about an invented enamel workshop'),
 ('Salude, podes controllare si su Laboratòriu de Cloisonné de Nùgoro est in sa lista de sas sanziones?', 'Sardinian: asks about an invented cloisonne workshop'),
 ('Mandi, podaressistu controlâ se la Udin Fossil Tours e je te liste des sanzions?', 'Friulian: asks about an invented fossil-tour firm'),
 ("Bondjoû, polez-vos veyî si l' Halva Bolindjreye di Lidje est so l' djivêye des sanccions?", 'Walloon: asks about an invented halva bakery'),
 ('Hola, ¿pues comprobar si el Fornu Fortune Cookie de Xixón ta na llista de sanciones?', 'Asturian: asks about an invented fortune-cookie bakery'),
 ('Moghrey mie, vel oo abyl dy jeeaghyn row Doolish Crier Guild er y rolley smaght?', 'Manx: asks about an invented town-crier guild'),
 ('Dydh da, a yllydh gwiryas mars yw Truru Gold Panning Kamp war an rol kessydhyansow?', 'Cornish: asks about an invented gold-panning camp'),
 ('Hullo, can ye check gin Dundee Fossil Howkers Ltd is on the sanctions leet?', 'Scots: asks about an invented fossil-digging firm'),
 ('Dobry dźeń, móžeće přepruwować, hač je Budyšin Emaile Dźěłarnja na lisćinje sankcijow?', 'Upper Sorbian: asks about an invented enamel workshop'),
 ('Witôj, mòżesz sprawdzëc, czë Kartuzë Halva Piekarniô je na lësce sankcjów?', 'Kashubian: asks about an invented halva bakery'),
 ('Hoi, kins te nakieke of Mestreech Fortune Cookie Bakkerij op de sanctielies steit?', 'Limburgish: asks about an invented fortune-cookie bakery'),
 ('Bon dia, bo por chèk si Willemstad Gold Panning Kamp ta riba e lista di sanshon?', 'Papiamento: asks about an invented gold-panning camp'),
 ('Gude, plis lukim sapos Lae Fossil Tua Kampani i stap long sanksen lis', 'Tok Pisin: asks about an invented fossil-tour firm'),
 ('Halo, plis yu jekem sapos Port Vila Taon Kraea Kampani i stap long lis blong sanksen', 'Bislama: asks about an invented town-crier firm'),
 ("Kamisaki, Oruro Quri Thaqhiri Campamento sanción listan utjiti uk uñakipt'ama", 'Aymara: asks about an invented gold-seeking camp'),
 ('Niltze, xiquitta intla Tlaxcala Halva Tlachiuhcan cah ipan sanción amatl', 'Nahuatl: asks about an invented halva workshop'),
 ('Naimbag nga aldaw, mabalin kadi nga kitaem no ti Vigan Cloisonne Pagaramidan ket adda iti listaan ti sanksion?', 'Ilocano: asks about an invented cloisonne workshop'),
 ('Nyob zoo, thov koj kuaj seb Luang Prabang Fortune Cookie Khw puas nyob hauv daim ntawv txwv', 'Hmong: asks about an invented fortune-cookie shop'),
 ('Maayong adlaw, mahimo mo bala susihon kon ang Iloilo Halva Balay yara sa listahan sang sanksyon?', 'Hiligaynon: asks about an invented halva house (spare)'),
]

PERSON = [
 ('Bartholomew Pennington Town Crier Services Ltd', 'an invented town crier trading under his own name'),
 ('Marguerite Lavallée Crieuse Publique SARL', 'an invented French town crier firm'),
 ('Gideon Ashworth Fossil Hunting Tours Ltd', 'an invented fossil-tour guide firm'),
 ('Annika Bergström Fossiljakt AB', 'an invented Swedish fossil-hunting firm'),
 ('Keiko Tanabe Shippo Kobo K.K.', 'an invented Japanese cloisonne studio'),
 ('Lucien Dumarais Émaux Cloisonnés SAS', 'an invented French cloisonne enameller'),
 ('Yusuf Karagöz Tahin Helva Sanayi A.Ş.', 'an invented Turkish halva maker'),
 ('Miriam Abergel Halva Ltd', 'an invented halva maker'),
 ('Clayton Whitaker Gold Panning Adventures LLC', 'an invented gold-panning camp operator'),
 ('Rhiannon McCready Goldwash Tours Pty Ltd', 'an invented Australian gold-panning tour firm'),
 ('Henry Leung Fortune Cookie Co. Inc.', 'an invented fortune-cookie bakery'),
 ('Sofía Matsumura Galletas de la Fortuna S.A. de C.V.', 'an invented Mexican fortune-cookie bakery'),
 ('Tobias Fairweather Bellman and Crier Ltd', 'an invented town-crier firm (spare)'),
]

BRAND = [
 ('Joyva marble halva 16 oz', 'a halva product'),
 ('Achva vanilla halva 1 kg', 'a halva product'),
 ('Koska tahin helva with pistachio', 'a halva product'),
 ('Wonton Food fortune cookies 350 count', 'a fortune-cookie product'),
 ('Golden Gate Fortune Cookie Factory custom message cookies', 'a fortune-cookie product'),
 ('Thompson Enamel 80 mesh unleaded enamel', 'an enamelling supply'),
 ('Garrett 14 inch gold pan', 'a gold-panning product'),
 ('Estwing rock pick for fossil hunting', 'a fossil-hunting tool'),
 ('Keene Engineering A52 sluice box', 'a gold-panning product'),
 ('Ando Cloisonné vase', 'a cloisonne product'),
 ('Crow Creek gold panning paydirt bag', 'a gold-panning product (spare)'),
]
