# -*- coding: utf-8 -*-
"""train106 hand-written negatives (theme: churrascarias, stroopwafel bakers, dhow builders, onsen ryokan,
absinthe distilleries, khachapuri bakeries). Lists carry spares; build.py takes them in order up to each quota."""

SUBJECTS = ['churrascaria', 'stroopwafel bakery', 'dhow builder', 'onsen ryokan', 'absinthe distillery', 'khachapuri bakery']
# theme phrases: no word of these is in a listed org name (checked by build.py and check.py)
PHRASES = ['Churrascaria Picanha', 'Stroopwafel Siroop', 'Dhow Jahazi', 'Onsen Ryokan', 'Absinthe Wormwood',
           'Khachapuri Adjaruli']
PHRASE_SUBJECT = dict(zip(PHRASES, SUBJECTS))

FAMOUS = [
 ('Fogo de Chao', 'real Brazilian churrascaria chain (from memory)'),
 ('Texas de Brazil', 'real churrascaria chain (from memory)'),
 ('Churrascaria Plataforma', 'real New York churrascaria (from memory)'),
 ('Porcao Churrascaria', 'real Rio de Janeiro churrascaria chain (accent dropped)'),
 ('Chama Gaucha Brazilian Steakhouse', 'real churrascaria chain (from memory)'),
 ('Daelmans Banket', 'real Dutch stroopwafel baker (from memory)'),
 ('Kamphuisen Siroopwafelfabriek', 'real Gouda syrup-waffle bakery (from memory)'),
 ('Rip Van Wafels', 'real stroopwafel brand (from memory)'),
 ('Van Wijk Stroopwafels', 'stroopwafel bakery name from memory (may not be exact)'),
 ('Original Stroopwafels Albert Cuyp', 'real Amsterdam market stroopwafel stall (from memory)'),
 ('Jewel of Muscat', 'real replica dhow ship (a vessel, not a firm)'),
 ('Al Jaddaf Dhow Yard', 'real Dubai dhow-building yard (from memory)'),
 ('Sur Dhow Building Yard', 'real Omani dhow yard (from memory)'),
 ('Nungwi Dhow Builders', 'Zanzibar dhow builders (from memory)'),
 ('Hoshi Ryokan', 'real Awazu Onsen inn (from memory)'),
 ('Nishiyama Onsen Keiunkan', 'real hot-spring inn (from memory)'),
 ('Kagaya Wakura Onsen', 'real hot-spring ryokan (from memory)'),
 ('Gora Kadan', 'real Hakone ryokan (from memory)'),
 ('Dogo Onsen Honkan', 'real public hot-spring bathhouse (from memory)'),
 ('Pernod Absinthe', 'real absinthe brand (from memory)'),
 ('Kubler Absinthe', 'real Swiss absinthe distiller (umlaut dropped)'),
 ('Distillerie Emile Pernot', 'real Pontarlier absinthe distillery (accent dropped)'),
 ('Lucid Absinthe Superieure', 'real absinthe brand (accent dropped)'),
 ('Sakhachapure No. 1', 'real Tbilisi khachapuri chain (from memory)'),
 ('Machakhela Khachapuri', 'real Georgian khachapuri restaurant chain (from memory)'),
 ('Cafe Retro Batumi', 'spare: real Batumi khachapuri cafe (from memory)'),
 ('Beniya Mukayu', 'spare: real Yamashiro Onsen ryokan (from memory)'),
]

OTHER_SCRIPT = [
 ('ბათუმის აჭარული ხაჭაპურის საცხობი', 'invented Georgian khachapuri bakery in Georgian script'),
 ('부산 해운대 온천 료칸', 'invented onsen ryokan in Korean (Hangul)'),
 ('箱根湯本温泉旅館ゆもと荘', 'invented onsen ryokan in Japanese'),
 ('માંડવી ઢાઉ વહાણ કારખાનું', 'invented dhow yard in Gujarati'),
 ('ਲੁਧਿਆਣਾ ਚੁਰਾਸਕੋ ਗਰਿੱਲ ਹਾਊਸ', 'invented churrasco grill house in Punjabi (Gurmukhi)'),
 ('ಬೆಂಗಳೂರು ಸ್ಟ್ರೂಪ್\u200cವಾಫೆಲ್ ಬೇಕರಿ', 'invented stroopwafel bakery in Kannada'),
 ('హైదరాబాద్ ఖచాపురి బేకరీ', 'invented khachapuri bakery in Telugu'),
 ('ബേപ്പൂർ ഉരു നിർമ്മാണശാല', 'invented uru (dhow) building yard in Malayalam'),
 ('Тбилисская хачапурная «Аджарули»', 'invented khachapuri bakery in Russian'),
 ('Казан абсент заводы', 'invented absinthe distillery in Tatar (Cyrillic)'),
 ('Налщӏэч хьэчапури пщэфӏапӏэ', 'invented khachapuri bakery in Kabardian (Cyrillic, approximate)'),
 ('Магас чурраско ресторан', 'invented churrascaria in Ingush (Cyrillic, loan words)'),
 ('Мыекъуапэ онсен хьакӏэщ', 'invented onsen guest house in Adyghe (Cyrillic, approximate)'),
 ('Ужгородска пекарня строопвафлїв', 'invented stroopwafel bakery in Rusyn (Cyrillic, approximate)'),
 ('אַמסטערדאַמער סטראָפּוואַפֿל בעקעריי', 'invented stroopwafel bakery in Yiddish (Hebrew script)'),
 ('کارگاه لنج\u200cسازی بندر کنگ', 'invented lenj (dhow) yard in Persian (Arabic script)'),
 ('مطعم شوراسكو البرازيلي بالمعادي', 'invented churrascaria in Egyptian Arabic'),
 ('تبریز آبسنت تقطیرخانه\u200cسی', 'invented absinthe distillery in South Azerbaijani (Arabic script, approximate)'),
 ('ზუგდიდიშ მეგრული ხაჭაპურიშ საცხობი', 'spare: invented khachapuri bakery in Mingrelian (Georgian script)'),
]

GENERIC = [
 ('how long do you rest picanha before slicing it at a churrascaria', 'question about churrascarias'),
 ('what does flipping the green card mean at a brazilian steakhouse', 'question about churrascarias'),
 ('why are stroopwafels placed on top of a hot cup of coffee', 'question about stroopwafels'),
 ('how thin should the waffle be for a homemade stroopwafel', 'question about stroopwafels'),
 ('how were dhows built without nails in the old days', 'question about dhow building'),
 ('what wood is used to build a traditional dhow hull', 'question about dhow building'),
 ('do you wear a yukata to dinner at a ryokan', 'question about onsen ryokan'),
 ('can people with tattoos use an onsen in japan', 'question about onsen ryokan'),
 ('why does absinthe turn cloudy when you add water', 'question about absinthe'),
 ('is the thujone in absinthe actually dangerous', 'question about absinthe'),
 ('how do you eat an adjaruli khachapuri with the egg', 'question about khachapuri'),
 ('what cheese goes into imeruli khachapuri', 'question about khachapuri'),
 ('how much salt goes on the picanha fat cap', 'question about churrasco'),
 ('what is the best month to sail on a dhow from zanzibar', 'question about dhows'),
 ('how hot is the water in a typical rotenburo', 'question about onsen'),
 ('what is the difference between stroopwafel and siroopwafel', 'spare: question about stroopwafels'),
]

CHAT = [
 ('Palihog tan-awa ang kompanya nga Iloilo Churrascaria Picanha Grill kon ara sa listahan', 'chat request in Hiligaynon for an invented churrascaria'),
 ('Alayon susiha an kompanya nga Tacloban Stroopwafel Panaderya', 'chat request in Waray for an invented stroopwafel bakery'),
 ('Tulung cingakin perusahaan Denpasar Jukung Dhow Builders punika', 'chat request in Balinese for an invented dhow builder'),
 ('Ndagũthaitha thuthuria kampuni ĩno Nyeri Khachapuri Bakers', 'chat request in Kikuyu for an invented khachapuri bakery'),
 ("E nehenehe anei oe e hi'o i te taiete Papeete Onsen Ryokan", 'chat request in Tahitian for an invented onsen ryokan'),
 ('Put fabot ribisa i kompania Hagåtña Absinthe Destileria', 'chat request in Chamorro for an invented absinthe distillery'),
 ('Fakamolemole siaki te kamupane Funafuti Vaka Dhow Builders', 'chat request in Tuvaluan for an invented dhow builder'),
 ('Plis yu jekem kampani ia Port Vila Churrasco Grill Haos', 'chat request in Bislama for an invented churrascaria'),
 ('Kampani Maiduguri Khachapuri Burodi ro lezəna', 'chat request in Kanuri for an invented khachapuri bakery (approximate)'),
 ('N suhiri a vihimi kampani ŋɔ Tamale Stroopwafel Bakery', 'chat request in Dagbani for an invented stroopwafel bakery (approximate)'),
 ('Ay ga ni ŋwaaray guna kompaani woo Niamey Absinthe Distillerie', 'chat request in Zarma for an invented absinthe distillery (approximate)'),
 ("Kataki 'o sivi te kautaha Mata-Utu Onsen Ryokan", 'chat request in Wallisian for an invented onsen ryokan (approximate)'),
 ('Meɖe kuku kpɔ dɔwɔƒe sia ɖa Lome Tɔdziʋu Dhow Builders', 'chat request in Ewe for an invented dhow builder (approximate)'),
 ('Ttxil-k senqed takebbanit-a Tizi Ouzou Khachapuri Tahanut', 'chat request in Kabyle for an invented khachapuri bakery'),
 ("Ch'est pouor vaie la compagnie St Helier Stroopwafel Bakéthie", 'chat request in Jerriais for an invented stroopwafel bakery (approximate)'),
 ('Kins te ins kieke nao de firma Mestreech Churrasco Grillhoes', 'chat request in Limburgish for an invented churrascaria'),
 ('Can ye hae a keek at the company Dundee Onsen Ryokan Hoose', 'chat request in Scots for an invented onsen ryokan'),
 ('Por fabor chèk e kompania Punda Dhow Boto Builders', 'chat request in Papiamento for an invented dhow builder'),
 ('Silvouplè gardé konpayi Lafayette Khachapuri Boulanjri-la', 'chat request in Louisiana Creole for an invented khachapuri bakery (approximate)'),
 ('Wóyaka waŋ wačhíŋ Rapid City Stroopwafel Aguyapi Owiza', 'chat request in Lakota for an invented stroopwafel bakery (approximate)'),
 ('Ingerlatseqatigiiffik Nuuk Absinthe Distilleri misissoqqissaaruk', 'chat request in Greenlandic for an invented absinthe distillery (approximate)'),
 ("Tatz'eta' ri ajk'ayij Chimaltenango Churrasco Asados", 'chat request in Kaqchikel for an invented churrascaria (approximate)'),
 ('Aomon iyie intoki enkampuni Arusha Onsen Ryokan Lodge', 'chat request in Maasai for an invented onsen ryokan (approximate)'),
 ('Mu tuso mu tatube kampani ye Mongu Buka Dhow Builders', 'chat request in Lozi for an invented dhow builder (approximate)'),
 ('Lütfen kontrol et firmayı Komrat Absinthe Distileriyası', 'chat request in Gagauz for an invented absinthe distillery (approximate)'),
 ('Arikana tara kombanda Windhoek Khachapuri Bakery', 'spare: chat request in Herero (approximate)'),
 ('Kose mochen kopwe nenengeni ewe kampani Weno Stroopwafel Bakery', 'spare: chat request in Chuukese (approximate)'),
]

PERSON = [
 ('Rodrigo Azevedo Churrascaria Ltda', 'invented person-named churrascaria'),
 ('Marcelo Tavares Picanha Grill LLC', 'invented person-named churrascaria'),
 ('Hendrik van der Meulen Stroopwafelbakkerij BV', 'invented person-named stroopwafel bakery'),
 ('Anneke Brouwer Siroopwafels VOF', 'invented person-named stroopwafel bakery'),
 ('Salim Al Harthy Dhow Building LLC', 'invented person-named dhow builder'),
 ('Bakari Mwinyi Jahazi Builders Ltd', 'invented person-named dhow builder'),
 ('Takashi Hayakawa Onsen Ryokan KK', 'invented person-named onsen ryokan'),
 ('Michiko Sato Hot Spring Inn Co Ltd', 'invented person-named onsen ryokan'),
 ('Pierre-Alain Vuillemin Absinthe Distillerie SARL', 'invented person-named absinthe distillery'),
 ('Claudine Guyot Absinthe Artisanale SAS', 'invented person-named absinthe distillery'),
 ('Nino Beridze Khachapuri Bakery LLC', 'invented person-named khachapuri bakery'),
 ('Giorgi Kapanadze Adjaruli Bakers Ltd', 'invented person-named khachapuri bakery'),
 ('Levan Tsiklauri Khachapuri House', 'spare: invented person-named khachapuri bakery'),
]

BRAND = [
 ('Picanha steak 1.2 kg vacuum packed', 'product: churrasco meat cut'),
 ('Churrasco skewer set 65 cm stainless steel', 'product: churrasco skewers'),
 ('Caramel stroopwafels 8 pack 250 g', 'product: stroopwafels'),
 ('Stroopwafel iron cast aluminium 10 cm', 'product: stroopwafel iron'),
 ('Dhow model teak wood 60 cm', 'product: dhow model'),
 ('Onsen tamago egg cooker', 'product: onsen egg cooker'),
 ('Yukata cotton robe size M', 'product: ryokan robe'),
 ('Absinthe fountain 4 taps glass', 'product: absinthe fountain'),
 ('Absinthe spoon slotted silver plated', 'product: absinthe spoon'),
 ('Frozen khachapuri adjaruli 2 pieces', 'product: frozen khachapuri'),
 ('Sulguni cheese 500 g', 'spare: product'),
 ('Dhow sail canvas 8 m', 'spare: product'),
]

# shares_one_word first words (none in train103-105's examples or spares); those without a listed org token are skipped
FIRST_WORDS = ['Gulf', 'Victory', 'Future', 'Pearl', 'Caspian', 'Pacific', 'Atlantic', 'Baltic', 'Nile', 'Unity',
               'Rainbow', 'Harmony', 'Paradise', 'Bright', 'Jupiter', 'Hamoon', 'Kaveh', 'Hormuz', 'Sepahan', 'Volga']

# near-miss stop list: ordinary words (not names) that would make a weak near miss
STOP = set('''comercial comercializadora inversiones servicios agricola ganadera constructora distribuidora nacional general
industrial trading industries company limited national international shipping services development investment
group holding holdings bank exchange money commercial center centre organization organisation foundation
association institute ministry office committee council united islamic republic democratic popular people
revolutionary front movement party army forces brigade battalion martyrs media news radio television hotel
restaurant farm ranch estate transport trans logistics marine maritime ocean sea star golden silver royal
export import global world trade factory works engineering technology tech systems solutions consulting
management capital finance financial credit insurance energy power petroleum petrol oil gas chemical medical
pharmacy drugstore farmacia drogueria hacienda rancho finca agropecuaria inmobiliaria promotora operadora
antiterrorista hortifruticola aerocomercial mezquites equipo professional comerciales advance generales catalyst
bosques gimnasio vigilar prado agua pine renewal livestock designers alas liner rodante munitions noncommercial
electrical turin'''.split())
