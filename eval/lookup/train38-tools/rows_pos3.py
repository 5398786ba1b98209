# third batch: case spares (kind, ent_num, query, variant)
POS3 = [
('case', 19184, 'la riviera, panama, s.a.', 'lower case'),
('case', 24429, 'Noor Plantation Investments, llc', 'title case, lower-case llc'),
('case', 24428, 'Sai Advisors Inc.', 'title case'),
('case', 19198, 'adjustment business corp.', 'lower case'),
('case', 18092, 'Xaman Ha Center', 'title case'),
('case', 12584, 'connect telecom general trading llc', 'lower case'),
('case', 26234, 'usa really', 'lower case'),
('case', 23709, 'Profesyoneller Elektronik', 'title case'),
('case', 25146, 'Impulse s.a.r.l.', 'lower-case legal form'),
('case', 8812, 'Zdravo', 'title case'),
('messy', 19184, 'is La Riviera Panama SA a sanctioned company? they sent us a payment', 'chat request'),
('script', 13071, '六代目山口組', 'Japanese script (Rokudaime Yamaguchi-gumi)'),
('script', 17787, '弘道会', 'Japanese script'),
]
