# -*- coding: utf-8 -*-
"""train71 hand-written negatives (theme: bookplate/ex-libris engravers, beachcombing and sea-glass tours,
sandcastle sculpting schools, hourglass makers, pewtersmiths, wind-chime makers). All invented unless famous_unlisted/brand_product."""
QUOTAS = {'famous_unlisted': 25, 'other_script': 18, 'near_miss': 25, 'shares_one_word': 15, 'generic': 15, 'chat_request': 25, 'person_as_company': 12, 'brand_product': 10}
NEG = {
'famous_unlisted': [
 ('Royal Selangor International Sdn Bhd', 'Malaysian pewter maker'), ('Woodbury Pewterers', 'US pewter maker'), ('Wilton Armetale', 'US metal serveware maker'),
 ('A.E. Williams Pewter', 'Birmingham pewter maker'), ('Match Pewter', 'Italian pewter maker'), ('Zinngießerei Kolb', 'German pewter foundry'),
 ('Woodstock Chimes', 'US wind-chime maker'), ('Music of the Spheres Inc.', 'US wind-chime maker'), ('Koshi Chimes', 'Pyrenean chime maker'), ('Corinthian Bells', 'US wind-chime brand'),
 ('Zaphir Chimes', 'French chime maker'), ('Nambu Tekki Furin', 'Japanese iron wind-bell craft'),
 ('Sanduhrenmanufaktur Kuhn', 'German hourglass workshop'),
 ('Bookplate Society', 'UK ex-libris society'), ('American Society of Bookplate Collectors and Designers', 'US ex-libris society'), ('FISAE', 'international ex-libris federation'),
 ('Deutsche Exlibris-Gesellschaft', 'German ex-libris society'), ('Sand Sculpture Festival Harrison Hot Springs', 'Canadian sand festival'),
 ('Sandsculpture Festival Blankenberge', 'Belgian sand festival'), ('Team Sandtastic Inc.', 'US sand-sculpture company'), ('Lappeenranta Sandcastle', 'Finnish sand-sculpture park'),
 ('Sea Glass Association', 'North American sea-glass society'), ('Seaham Sea Glass Tours', 'English sea-glass tours'), ('Davidsons Beach Glass Jewelry', 'beach-glass jeweller'),
 ('The Pewter Society', 'UK pewter collectors society')],
'other_script': [
 ('東京蔵書票版画工房', 'Japanese: Tokyo bookplate print studio'), ('厦门海玻璃拾贝之旅', 'Chinese: Xiamen sea-glass beachcombing tour'), ('제주 모래성 조각 학교', 'Korean: Jeju sandcastle sculpting school'),
 ('Калининградская мастерская песочных часов', 'Russian: Kaliningrad hourglass workshop'), ('Κασσιτεροτεχνία Βόλου', 'Greek: Volos pewter works'), ('जयपुर विंड चाइम कारखाना', 'Hindi: Jaipur wind-chime workshop'),
 ('סדנת אקס ליבריס ירושלים', 'Hebrew: Jerusalem ex-libris workshop'), ('جولات جمع الأصداف في العقبة', 'Arabic: Aqaba beachcombing tours'), ('โรงเรียนปั้นปราสาททรายพัทยา', 'Thai: Pattaya sandcastle school'),
 ('Երևանի ավազե ժամացույցների արհեստանոց', 'Armenian: Yerevan hourglass workshop'), ('Житомирська олов\u02bcяна майстерня', 'Ukrainian: Zhytomyr pewter workshop'), ('ბათუმის ქარის ზარების სახელოსნო', 'Georgian: Batumi wind-chime workshop'),
 ('کارگاه اکس لیبریس اصفهان', 'Persian: Isfahan ex-libris workshop'), ('কক্সবাজার সৈকত ঝিনুক ভ্রমণ', "Bengali: Cox's Bazar beach shell tour"), ('சென்னை மணல் சிற்ப பள்ளி', 'Tamil: Chennai sand-sculpture school'),
 ('大阪風鈴工房', 'Japanese: Osaka wind-bell workshop'), ('苏州锡器作坊', 'Chinese: Suzhou pewter workshop'), ('부산 모래시계 공방', 'Korean: Busan hourglass workshop'), ('金沢砂時計製作所', 'spare')],
'shares_one_word': [
 ('Golden Hourglass Works', ''), ('Royal Pewter Studio', ''), ('Star Wind Chimes', ''), ('Atlas Bookplate Engravers', ''), ('Eagle Sea Glass Tours', ''), ('Delta Sandcastle School', ''),
 ('Crown Pewtersmiths', ''), ('Ocean Beachcombing Walks', ''), ('Global Ex Libris Prints', ''), ('Sun Chime Makers', ''), ('Silver Tide Beachcombers', ''), ('Pacific Sand Sculptors', ''),
 ('Union Hourglass Supply', ''), ('National Pewter Guild', ''), ('Diamond Sea Glass Jewellery', ''), ('Alpha Wind Chime Works', ''), ('Phoenix Bookplate Press', '')],
'generic': [
 ('custom ex libris bookplate engraving', ''), ('copper plate etching for bookplates', ''), ('sea glass hunting tide times', ''), ('guided beachcombing walk for families', ''),
 ('how to build a tall sandcastle', ''), ('sand sculpting lessons near me', ''), ('30 minute hourglass sand timer', ''), ('hand blown hourglass with walnut frame', ''),
 ('lead free pewter tankard engraving', ''), ('pewter casting moulds for beginners', ''), ('bamboo wind chime tuning', ''), ('aluminium tube wind chime pentatonic scale', ''),
 ('mermaid tears sea glass grading', ''), ('sandcastle competition rules', ''), ('victorian armorial bookplate value', ''), ('pewter polish soft cloth', '')],
'chat_request': [
 ('hi, can you screen Saltmarsh Sea Glass Tours for me?', 'English'), ('bonjour, pouvez-vous vérifier Atelier Ex-Libris Moreau ?', 'French'), ('hallo, könnt ihr die Zinngießerei Brauer prüfen?', 'German'),
 ('ciao, potete controllare Clessidre Artigiane Bellini?', 'Italian'), ('hola, ¿podéis revisar Escuela de Castillos de Arena Marbella?', 'Spanish'), ('olá, podem verificar Sinos de Vento Algarve Lda?', 'Portuguese'),
 ('hoi, kunnen jullie Tinnegieterij Van Aalst checken?', 'Dutch'), ('hej, kan ni kontrollera Timglasverkstaden i Visby?', 'Swedish'), ('hei, kan dere sjekke Strandrusk Turer Lofoten?', 'Norwegian'),
 ('hej, kan I tjekke Tinstøberiet Ribe?', 'Danish'), ('moi, voitteko tarkistaa Tiimalasipaja Porvoo?', 'Finnish'), ('cześć, możecie sprawdzić Pracownia Ekslibrisu Kraków?', 'Polish'),
 ('ahoj, můžete prověřit Cínařství Tábor?', 'Czech'), ('szia, le tudnátok ellenőrizni a Szélcsengő Műhely Tihany céget?', 'Hungarian'), ('salut, puteți verifica Atelierul de Clepsidre Sibiu?', 'Romanian'),
 ('pozdrav, možete li provjeriti Škola Pješčanih Dvoraca Poreč?', 'Croatian'), ('здравейте, може ли да проверите Калаена Работилница Пловдив?', 'Bulgarian'), ('привіт, перевірте, будь ласка, Одеські Морські Скельця Тури', 'Ukrainian'),
 ('merhaba, Bodrum Kum Kalesi Okulu kontrol edebilir misiniz?', 'Turkish'), ('سلام، لطفا کارگاه ساعت شنی شیراز را بررسی کنید', 'Persian'), ('こんにちは、湘南シーグラスツアーを確認してもらえますか', 'Japanese'),
 ('你好，请帮我查一下青岛海玻璃拾贝游', 'Chinese'), ('안녕하세요, 강릉 풍경 공방 확인 부탁드려요', 'Korean'), ('xin chào, kiểm tra giúp Xưởng Thiếc Hội An được không?', 'Vietnamese'),
 ('halo, bisa cek Sekolah Istana Pasir Kuta?', 'Indonesian'), ('habari, mnaweza kuangalia Ziara za Vioo vya Bahari Zanzibar?', 'Swahili')],
'person_as_company': [
 ('Margaret Ellery Bookplates Ltd', ''), ('Jürgen Weiss Exlibris-Stecherei GmbH', ''), ('Siobhan Keane Sea Glass Tours Ltd', ''), ('Lars Pedersen Strandture ApS', ''),
 ('Tom Bradshaw Sandcastle School LLC', ''), ('Annelies Claes Zandsculpturen BV', ''), ('Heinrich Vogt Sanduhren e.K.', ''), ('Elena Rossi Clessidre S.r.l.', ''),
 ('William Trent Pewtersmiths Ltd', ''), ('Kasper Lund Tinstøberi ApS', ''), ('Keiko Yamada Furin K.K.', ''), ('Daniel Okafor Wind Chimes Ltd', ''), ('Paulina Nowak Ekslibrisy Sp. z o.o.', '')],
'brand_product': [
 ('Royal Selangor pewter tankard 500ml', ''), ('Woodstock Chimes Amazing Grace medium', ''), ('Music of the Spheres Gypsy Soprano chime', ''), ('Koshi Terra chime', ''),
 ('Wilton Armetale Flutes and Pearls tray', ''), ('Nambu tekki iron furin bell', ''), ('Woodbury Pewter porringer', ''), ('A.E. Williams pewter hip flask', ''),
 ('Corinthian Bells 44 inch chime', ''), ('Zaphir Sunray chime', ''), ('Match Pewter Convivio tray', '')],
}
NEAR_PHRASES = ['Bookplate Engravers', 'Sea Glass Tours', 'Sandcastle School', 'Hourglass Works', 'Pewtersmiths', 'Wind Chimes', 'Ex Libris Studio', 'Beachcombing Walks',
                'Sand Sculpting Academy', 'Sand Timer Makers', 'Pewter Foundry', 'Chime Workshop']
