"""rows_neg.py - hand-written negatives (with spares), theme phrases, first words, near-miss stop list (train111)."""
import unicodedata


def _nko(*words):
    return ' '.join(''.join(unicodedata.lookup('NKO LETTER ' + n) for n in w.split('+')) for w in words)


# subject -> theme phrase (no word in a listed org name)
THEME = [
    ('jeepney body builders', 'Jeepney Karosa'),
    ('fileteado porteño sign painters', 'Fileteado Porteño'),
    ('falla ninot sculptors', 'Ninot Fallero'),
    ('okonomiyaki shops', 'Okonomiyaki Teppan'),
    ('hurdy-gurdy makers', 'Hurdy Gurdy'),
    ('cevicherías', 'Ceviche Tiradito'),
]
PHRASES = [p for s, p in THEME]

FAMOUS = [
    ('Sarao Motors', 'a real jeepney body builder (from memory)'),
    ('Francisco Motors', 'a real jeepney body builder (from memory)'),
    ('Armak Motors', 'a jeepney body builder (from memory)'),
    ('Morales Motor Works', 'a jeepney body builder (from memory, may not be exact)'),
    ('Martiniano Arce Atelier', 'the studio of a famous fileteado painter (from memory)'),
    ('Alfredo Genovese Filete Studio', 'the studio of a fileteado painter (from memory)'),
    ('Leon Untroib Fileteados', 'the work of a fileteado painter (from memory)'),
    ('Museu Faller', 'a real museum of pardoned falla figures'),
    ("Gremi Artesà d'Artistes Fallers", 'the guild of falla artists (from memory)'),
    ("Ciutat de l'Artista Faller", 'the district of falla workshops'),
    ('Falla Convento Jerusalen', 'a real falla commission (from memory)'),
    ('Falla Na Jordana', 'a real falla commission (from memory)'),
    ('Chibo Okonomiyaki', 'a real okonomiyaki chain'),
    ('Mitchan Sohonten', 'a real okonomiyaki restaurant (from memory)'),
    ('Botejyu', 'a real okonomiyaki chain'),
    ('Okonomimura', 'a real building of okonomiyaki stalls'),
    ('Otafuku Sauce', 'a real okonomiyaki sauce maker'),
    ('Wolfgang Weichselbaumer Drehleierbau', 'a hurdy-gurdy maker (from memory)'),
    ('Helmut Gotschy Drehleierbau', 'a hurdy-gurdy maker (from memory)'),
    ('Altarwind Instruments', 'a hurdy-gurdy maker (from memory, may not be exact)'),
    ('Maison du Luthier Jenzat', 'a real hurdy-gurdy museum and workshop (from memory)'),
    ('La Mar Cebicheria', 'a real cevichería'),
    ('Punto Azul', 'a real cevichería (from memory)'),
    ('Chez Wong', 'a real cevichería (from memory)'),
    ('Canta Rana', 'a real cevichería (from memory)'),
    ('Okonomiyaki Kiji', 'spare: a real okonomiyaki restaurant'),
    ('Sarao Jeepney Factory', 'spare: a jeepney factory'),
]

OTHER_SCRIPT = [
    ('ঢাকা সেভিচে ঘর', 'invented Bengali (Bengali script) ceviche house'),
    ('গুৱাহাটী অকোনোমিয়াকি দোকান', 'invented Assamese (Bengali script) okonomiyaki shop'),
    ('କଟକ ହର୍ଡି ଗର୍ଡି କାରଖାନା', 'invented Odia (Odia script) hurdy-gurdy works'),
    ('पुणे जीपनी बॉडी कारखाना', 'invented Marathi (Devanagari) jeepney body works'),
    ('काठमाडौं ओकोनोमियाकी पसल', 'invented Nepali (Devanagari) okonomiyaki shop'),
    ('කොළඹ සෙවිචේ අවන්හල', 'invented Sinhala (Sinhala script) ceviche restaurant'),
    ('ហាងអូកូណូមីយ៉ាគី ភ្នំពេញ', 'invented Khmer (Khmer script) okonomiyaki shop'),
    ('የአዲስ አበባ ሴቪቼ ምግብ ቤት', 'invented Amharic (Ethiopic) ceviche restaurant'),
    ('د کابل سیویچې رستورانت', 'invented Pashto (Arabic script) ceviche restaurant'),
    ('މާލޭ ސެވިޗޭ ހޮޓާ', 'invented Dhivehi (Thaana) ceviche eatery'),
    ('Бишкек жипни устаканасы', 'invented Kyrgyz (Cyrillic) jeepney workshop'),
    ('Өфө харди-гарди оҫтаханаһы', 'invented Bashkir (Cyrillic) hurdy-gurdy workshop'),
    ('Мінская майстэрня колавых ліраў', 'invented Belarusian (Cyrillic) wheel-lyre workshop'),
    ('Скопска работилница за нинот фигури', 'invented Macedonian (Cyrillic) ninot workshop'),
    ('Мыекъуапэ окономияки тучан', 'invented Adyghe (Cyrillic) okonomiyaki shop'),
    ('Саранонь нинот мастерскоесь', 'invented Moksha (Cyrillic) ninot workshop'),
    ('ⵜⴰⵃⴰⵏⵓⵜ ⵏ ⵙⵉⴱⵉⵛⵉ', 'invented Tamazight (Tifinagh) ceviche shop'),
    (_nko('JA+I+PA+NA+I', 'BA+A+RA+A+KA+U+NA'), 'invented Maninka (NKo) jeepney workshop'),
    ('Горно-Алтайск окономияки ашкана', 'spare: invented Altai (Cyrillic) okonomiyaki eatery'),
]

GENERIC = [
    ('how is a jeepney body hammered out of stainless sheet', 'a how-to question about jeepney bodies'),
    ('why do jeepney owners paint names on the hood', 'a question about jeepney decoration'),
    ('what brushes do fileteado artists use for the scrolls', 'a question about fileteado painting'),
    ('which motifs appear in porteño filete lettering', 'a question about filete lettering'),
    ('how long does it take to sculpt a falla ninot', 'a question about ninot sculpting'),
    ('why are the ninots burned on the night of la cremà', 'a question about the falla burning'),
    ('which ninot is pardoned from the fire each year', 'a question about the pardoned ninot'),
    ('what is the difference between kansai and hiroshima okonomiyaki', 'a question about okonomiyaki styles'),
    ('how hot should a teppan be for okonomiyaki', 'a cooking question'),
    ('how does the crank wheel of a hurdy gurdy bow the strings', 'a question about the hurdy-gurdy'),
    ('what is the buzzing bridge on a hurdy gurdy called', 'a question about the hurdy-gurdy'),
    ('how long should fish marinate for ceviche', 'a cooking question'),
    ('what is the difference between ceviche and tiradito', 'a question about Peruvian dishes'),
    ('why is ceviche served with sweet potato and corn', 'a question about ceviche sides'),
    ('how are jeepney routes painted on the side panels', 'a question about jeepney signs'),
    ('can you make okonomiyaki without nagaimo', 'spare: a cooking question'),
]

CHAT = [
    ('Sapiti quarchi cosa supra a ditta Palermu Ceviche Tiradito?', 'Sicilian', 'ceviche'),
    ("Sapite coccosa 'ncopp'a ditta Napule Okonomiyaki Teppan?", 'Neapolitan', 'okonomiyaki'),
    ('Savéu calcossa de ła dita Venesia Hurdy Gurdy Botega?', 'Venetian', 'hurdy-gurdy'),
    ('Savìi quaicòs an sla dita Turin Ninot Fallero?', 'Piedmontese', 'ninot'),
    ("Sabez bella cosa d'a empresa Uesca Fileteado Porteño?", 'Aragonese', 'fileteado'),
    ('Sabeis algo de la ampresa Miranda Jeepney Karosa?', 'Mirandese', 'jeepney'),
    ("Sâdes-vos quârque chousa de l'entreprêsa Liyon Hurdy Gurdy?", 'Arpitan', 'hurdy-gurdy'),
    ('Wěsćo něco wó firmje Chóśebuz Okonomiyaki Teppan?', 'Lower Sorbian', 'okonomiyaki'),
    ('Wiycie cosik ô firmie Katowicki Ceviche Tiradito?', 'Silesian', 'ceviche'),
    ('Kas tiiq tiiäq midägi firmast Võro Ninot Fallero?', 'Võro', 'ninot'),
    ('Yu save long kampani Mosbi Jeepney Karosa?', 'Tok Pisin', 'jeepney'),
    ('May nahibaluan ka bala parte sa kompanya nga Iloilo Jeepney Karosa?', 'Hiligaynon', 'jeepney'),
    ('May maaram ka ba mahitungod han kompanya nga Tacloban Okonomiyaki Teppan?', 'Waray', 'okonomiyaki'),
    ('Igwa ka daw aram manungod sa kompanya na Naga Fileteado Porteño?', 'Bikol', 'fileteado'),
    ('Kwōj jela ke kōn kōmpani eo Majuro Ceviche Tiradito?', 'Marshallese', 'ceviche'),
    ('Ingʼeyo gimoro kuom kampuni mar Kisumu Hurdy Gurdy?', 'Dholuo', 'hurdy-gurdy'),
    ('Udi mumanye bualu bua kampani wa Kananga Ninot Fallero?', 'Tshiluba', 'ninot'),
    ('Kampani Maiduguri Jeepney Karosa-ro awo nozǝna?', 'Kanuri', 'jeepney'),
    ('An da kompani Kayes Okonomiyaki Teppan tu baane?', 'Soninke', 'okonomiyaki'),
    ('Tessneḍ kra ɣef tkebbanit Tizi Ceviche Tiradito?', 'Kabyle', 'ceviche'),
    ('Yu sabi wan sani fu a kampani Paramaribo Fileteado Porteño?', 'Sranan Tongo', 'fileteado'),
    ('Bu sabe kuza sobri kumpanhia Praia Hurdy Gurdy?', 'Cape Verdean Creole', 'hurdy-gurdy'),
    ('Ou konn nanryen lo konpanni Mahe Ninot Fallero?', 'Seychellois Creole', 'ninot'),
    ('Eski ou kone kiksoz lor konpani Curepipe Okonomiyaki Teppan?', 'Mauritian Creole', 'okonomiyaki'),
    ('Yu no sɔntin bɔt di kɔmpin Frittong Jeepney Karosa?', 'Krio', 'jeepney'),
    ('Oona know sumptin bout de cumpny Beaufort Ceviche Tiradito?', 'Gullah (spare)', 'ceviche'),
    ("Sav'-ous tchique chose sus la compangnie St Hélyi Hurdy Gurdy?", 'Jèrriais (spare)', 'hurdy-gurdy'),
]
CHAT = [(q, 'invented %s firm, asked in %s' % (s, l)) for q, l, s in CHAT]

PERSON = [
    ('Rodel Manalastas Jeepney Body Works Inc', 'an invented person-named jeepney builder'),
    ('Lorna Bautista Karosa Fabrication Corp', 'an invented person-named jeepney body shop'),
    ('Martín Echeverry Fileteado Studio SRL', 'an invented person-named fileteado studio'),
    ('Graciela Paz Filete Signs SRL', 'an invented person-named sign painter'),
    ('Vicent Llorens Ninot Workshop SL', 'an invented person-named ninot workshop'),
    ('Amparo Ferrer Falla Sculptures SL', 'an invented person-named falla sculptor'),
    ('Kenta Morimoto Okonomiyaki KK', 'an invented person-named okonomiyaki shop'),
    ('Sachiko Hirano Teppan Kitchen Co Ltd', 'an invented person-named teppan kitchen'),
    ('Étienne Roux Hurdy Gurdy Atelier SARL', 'an invented person-named hurdy-gurdy maker'),
    ('Gerlinde Maurer Drehleierbau GmbH', 'an invented person-named hurdy-gurdy maker'),
    ('Javier Quispe Ceviche Bar SAC', 'an invented person-named cevichería'),
    ('Rosa Huamán Tiradito Kitchen EIRL', 'an invented person-named cevichería'),
    ('Bong Santos Jeepney Paint Shop', 'spare: an invented person-named jeepney painter'),
]

BRAND = [
    ('Jeepney side mirror chrome pair', 'a jeepney part'),
    ('Chrome horse hood ornament for jeepney', 'a jeepney part'),
    ('Fileteado lettering brush size 2', 'a sign-painting brush'),
    ('Enamel sign paint set 6 colours', 'a paint set'),
    ('Ninot carving foam block 50 cm', 'a sculpting block'),
    ('Okonomiyaki flour 500 g', 'a food product'),
    ('Teppan spatula pair 15 cm', 'a kitchen tool'),
    ('Hurdy gurdy wheel rosin 20 g', 'an instrument accessory'),
    ('Hurdy gurdy cotton string pack', 'an instrument accessory'),
    ('Ceviche lime squeezer cast aluminium', 'a kitchen tool'),
    ('Aji amarillo paste 200 g', 'spare: a food product'),
    ('Okonomiyaki sauce 300 g', 'spare: a food product'),
]

FIRST_WORDS = ['Green', 'Golden', 'Royal', 'Global', 'Eastern', 'Western', 'Delta', 'Omega', 'Prime', 'Eagle',
               'Phoenix', 'Horizon', 'Imperial', 'Apex', 'Zenith', 'Nasr', 'Fajr', 'Kowsar', 'Sahand', 'Aria',
               'Zagros', 'Damavand', 'Khazar', 'Saba', 'Crescent', 'Harbor', 'Pyramid', 'Express']

NM_STOP = set('''company general national trading service services industry industries bank group import export
international commercial development investment investments holding limited construction engineering equipment
products production management consulting energy power petroleum marine maritime shipping transport logistics
agency center centre institute foundation organization organisation association committee council ministry
department office union front army brigade movement party network systems solutions technology technologies
electronic electronics industrial manufacturing factory plant materials resources mining metals steel chemical
chemicals pharmaceutical medical supplies supply global world united royal golden green star trade finance
financial capital credit exchange insurance estate property properties real land farm farms hotel hotels restaurant
travel tours tourism aviation airlines airline cargo express fuel gas natural water food foods agro agricultural
inversiones comercial comercializadora distribuidora constructora inmobiliaria servicios transportes industrias
grupo sociedad empresa empresas agropecuaria ganaderia hacienda rancho finca hermanos compania asociados asociacion
fundacion corporacion desarrollos desarrollo proyectos promotora operadora administradora importadora exportadora
consultores consultoria casa nueva nuevo gran grande santa santo san los las del de la el buenos valencia lima
osaka motors music musical arts studio studios house city east west north south central new first black white red
blue great really technique telephone centrifuge charter laguna escorpion boreal promesas urbanizadora
prohuevo yacht textile unico technological fountain lakes today temple copa granja turistico
happy courier mineras universe educativos complejo mahal'''.split())
