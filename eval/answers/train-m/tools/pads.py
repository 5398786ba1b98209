# Extra paragraphs appended to article bodies (and extra forum posts) to reach the word range.
PAD = {
"m-volozh-condemns-war-blog-aug-2023.html": """## A note on sources

The statement was sent by Volozh's representatives to several news organisations and later posted on his personal website. It does not mention Vladimir Putin by name. Readers asked whether it was written by lawyers; I have no way of knowing, but its timing, a month before the renewal, is hard to miss.""",
"m-eu-council-delists-volozh-mar-2024.html": """## Next steps

The listings will be reviewed again before September 15, 2024. Persons who remain listed may submit observations to the Council at any time, together with supporting evidence, and may bring an action before the General Court of the European Union.""",
"m-nebius-resumes-nasdaq-trading-oct-2024.md": """## Raising money

Nebius said it would use its cash pile to build more GPU clusters in Europe and the US, and signalled that it may raise further capital. Management also said it would report results on a regular quarterly schedule again, something it had not done in full since 2022.""",
"m-chelsea-sale-completes-may-2022.txt": """## A rival bid

Several other groups had bid for the club, including one led by Sir Jim Ratcliffe, the Ineos founder, who made a late offer after the preferred bidder was chosen. The Raine Group, the New York bank running the sale, recommended the Boehly-Clearlake group in early May, and the Premier League approved the new owners after its directors' test.""",
"m-abramovich-chelsea-funds-standoff-jun-2025.md": """## Why it matters beyond football

Campaigners see the case as a test of whether frozen Russian money can be put to work for Ukraine without new laws. Ministers have said they want the funds used quickly, and they point to the scale of humanitarian need after more than three years of full-scale war. Abramovich's representatives say he has acted in good faith throughout and that the delays are not of his making.""",
"m-uk-licence-chelsea-funds-dec-2025.txt": """## Reaction in Kyiv

Ukrainian officials welcomed the licence and said they were ready to work with any foundation that directs the money to people in need, including displaced families and hospitals. Charities said the sum, if released, would be one of the largest single humanitarian contributions linked to the war. Opposition MPs said the government should have acted much sooner and asked why it had taken more than three years to issue the licence.""",
"m-chelsea-club-world-cup-final-jul-2025.md": """## The tournament

The expanded competition, with 32 teams playing across the United States over a month, drew mixed reviews. Attendance was strong for big clubs but thin for some group games, and players complained about the midday heat. FIFA said the prize fund of one billion dollars made it the richest club tournament ever staged.""",
"m-uk-sanctions-evraz-may-2022.html": """The sanctions come as the government widens its measures against Russian industry, adding sectors and companies in which it says the Kremlin has a strategic interest.""",
"m-top-glove-forced-labor-finding-mar-2021.md": """## Background

Top Glove is the world's largest maker of rubber gloves, with dozens of factories in Malaysia and customers in more than 190 countries. Its profits soared during the pandemic. Migrant workers from Nepal, Bangladesh and Myanmar make up a large part of its workforce, and campaigners have long reported that many paid heavy recruitment fees to agents in their home countries.""",
"m-cbp-modifies-top-glove-finding-sep-2021.html": """## About withhold release orders

Withhold release orders are issued under Section 307 of the Tariff Act of 1930, which prohibits the importation of merchandise mined, produced or manufactured wholly or in part by forced labor. When CBP has reasonable but not conclusive information that goods are made with forced labor, it may issue an order; when it has sufficient information, it may issue a finding.""",
"m-top-glove-factory-outbreak-nov-2020.txt": """Economists said the outbreak would not dent Malaysia's dominance of the market, since competitors in Thailand and China cannot quickly add the same capacity.""",
"m-gertler-licence-quietly-granted-jan-2021.txt": """## The designation

Gertler was designated in December 2017 under the Global Magnitsky programme, and in June 2018 Treasury added more of his companies. The US government says his deals cost Congo more than $1.36 billion in revenue between 2010 and 2012 alone. Congolese activists had campaigned for years to keep the sanctions in place and say the licence sends the wrong signal to other corrupt actors.""",
"m-us-revokes-gertler-licence-mar-2021.html": """## Questions remain

Anti-corruption groups said the episode raised questions about how the licence had been approved in the first place, outside the normal process. They have asked Treasury to explain who signed off on it, and lawmakers said they would press for answers at oversight hearings later this year.""",
"m-suex-first-crypto-exchange-sanctioned-sep-2021.md": """## Ransomware's cash-out problem

Ransomware gangs are paid in cryptocurrency and need somewhere to convert it. Investigators say a small number of brokers, many operating from Moscow's business district, handle a large share of that trade. Treasury's strategy is to make it harder and more expensive for criminals to cash out, rather than to chase each gang individually.""",
"m-meng-deferred-prosecution-agreement-sep-2021.md": """## How it ended

The extradition hearings in Vancouver had wrapped up in August, and a ruling was expected in October. Lawyers said both governments had strong reasons to settle before then, since any decision would likely have been appealed and could have kept the case going for years. The agreement was negotiated over several months.""",
"m-us-drops-meng-charges-dec-2022.html": """Meng's return has been followed closely inside Huawei, where she is seen as a possible successor to her father.""",
"m-meng-wanzhou-rotating-chair-apr-2023.html": """## Phones

In the consumer business, Huawei has focused on premium foldables and wearables, while developing its own HarmonyOS operating system. Analysts expect the company to try to return to the top of China's smartphone market within a few years, depending on its access to advanced chips. The company did not give a forecast for phone shipments this year.""",
"m-zhuhai-zhenrong-iran-oil-sanctions-jul-2019.txt": """Zhenrong did not respond to requests for comment. Its website lists offices in Beijing and Zhuhai.""",
"m-what-an-asset-freeze-means-explainer.md": """Readers who want to check a name can search the official lists directly.""",
"m-chelsea-fans-sanctions-faq-mar-2022.html": None,
}
EXTRA_FAQ = {
"m-chelsea-fans-sanctions-faq-mar-2022.html": [("Where can I read the licence?", "The government published the licence on its website. We will link to any amended version as soon as it appears.")],
}
EXTRA_POSTS = {
"m-chatex-sanctioned-forum-thread-nov-2021.html": [
 ("OldSchoolAML", "Nov 9, 2021 14:02", "Two in two months. Suex in September, Chatex now. I expect more Russian OTC desks to follow. Screening vendors already pushed the Chatex addresses into their lists this morning."),
 ("satoshi_fan88", "Nov 9, 2021 14:30", "Thanks mod. I'll just leave it alone then. Lesson learned about using random Telegram bots."),
 ("MikeFromOps", "Nov 9, 2021 15:12", "@OldSchoolAML agreed. Our board asked for a full look-back on anything touching the three infrastructure companies too. That's going to be a long week."),
],
"m-yandex-shares-stuck-forum-thread-jul-2024.txt": [
 ("ValueHunter77", "July 20, 2024", "For anyone new: the listed Dutch company keeps the cloud and AI business, Toloka, TripleTen and the self-driving unit. That's what we'll own when trading resumes."),
 ("amsterdam_andy", "July 20, 2024", "Thanks, that helps. So it's basically a new company with an old ticker. I'll hold and see what Nasdaq does."),
 ("DutchDividend", "July 20, 2024", "One more thing: watch for the name change and new ticker in your broker account, it may show up as a corporate action before trading restarts."),
],
}
PAD["m-us-drops-meng-charges-dec-2022.html"] += " Huawei has not said whether she will take on more duties, and the company's annual report is due in the spring, when its leadership line-up is usually confirmed."
PAD["m-zhuhai-zhenrong-iran-oil-sanctions-jul-2019.txt"] += " Shipping analysts said tanker owners that carry cargoes for the company will be watching closely for any follow-up measures against vessels."
PAD["m-meng-wanzhou-extradition-case-jan-2019.txt"] = """## Next hearing

Meng is due back in a Vancouver court in early March, when a date for the extradition hearing is expected to be set. Her lawyers have said they will argue that the case is political and that her rights were violated at the airport."""
EXTRA_POSTS["m-yandex-shares-stuck-forum-thread-jul-2024.txt"] += [
 ("LongSuffering", "July 20, 2024", "I'll say this for the company: at least they kept publishing updates. Plenty of other Russia-linked stocks just went dark and their holders got nothing."),
 ("k_petrova", "July 20, 2024", "True. And the new structure means no Russian revenue at all, which should make it much easier for funds to own it again once it trades."),
 ("ValueHunter77", "July 20, 2024", "Agreed. Will post here when there's an official date from Nasdaq."),
]
EXTRA_POSTS["m-chatex-sanctioned-forum-thread-nov-2021.html"] += [
 ("lena_k", "Nov 9, 2021 16:40", "Legal came back: freeze the deposits, file the report, no further action for now. Thanks again everyone, this thread saved me an hour."),
]
