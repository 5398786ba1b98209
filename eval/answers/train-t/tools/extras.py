"""Extra background paragraphs appended to shorter articles (kept topic-related, no new key facts)."""
BG_RBI = "Raiffeisen Bank International is headquartered in Vienna and operates in a dozen central and eastern European markets. Its Russian subsidiary has grown more profitable since 2022 as other Western banks left, which has drawn criticism from Ukraine and from investors who want the bank to leave Russia faster."
BG_RBI2 = "Strabag is one of Europe's largest construction groups and is listed on the Vienna Stock Exchange. It has repeatedly said it has no business ties with Deripaska and that his former holding has no influence over the company."
BG_CARTES = "Cartes built his fortune in tobacco, beverages, meat and finance before entering politics. He remains one of Paraguay's most influential figures, and the US measures against him have been followed closely by banks in Asuncion, many of which have correspondent relationships with US lenders."
BG_CARTES2 = "For banks and traders, the practical effect of an SDN listing is that US dollar payments involving the listed company are usually stopped by correspondent banks, even when neither side of the trade is American."
BG_SUDAN = "The war between the army and the RSF broke out in Khartoum on April 15, 2023, after months of tension over how the paramilitary force would be folded into the regular army. Both sides have been accused of abuses against civilians, and repeated mediation efforts have failed to produce a lasting ceasefire."
BG_SUDAN2 = "Gold is Sudan's most valuable export, and much of it is traded through the United Arab Emirates. Researchers say both warring parties draw revenue from the trade, which is why compliance teams at refiners and banks watch Sudan-related listings closely."
BG_POLY = "Polymetal was founded in St Petersburg in 1998 and became one of the world's ten largest gold producers and five largest silver producers. Its Russian mines included Albazino, Nezhdaninskoye and Mayskoye, while its Kazakh assets are centred on Kyzyl and Varvara."
BG_POLY2 = "Western investors have treated Russia-exposed mining stocks with caution since 2022, and many index providers removed them from benchmarks. For fund managers, the key screening question is whether a company or any subsidiary appears on a sanctions list."

EXTRA = {
 "t-raiffeisen-drops-strabag-deal-may-2024.html": [BG_RBI],
 "t-ofac-rasperia-iliadis-action-summary-may-2024.html": [BG_RBI2],
 "t-kaliningrad-court-orders-rasperia-payout-jan-2025.txt": [BG_RBI2],
 "t-strabag-wins-rail-tunnel-contract.md": ["The contract is one of several large rail awards in Germany this year as the federal rail operator steps up renewal of its network. Competitors including German and French builders also bid for the project, according to people familiar with the tender."],
 "t-state-dept-cartes-significantly-corrupt-jul-2022.txt": ["Section 7031(c) designations are made public at the State Department's discretion and have been used against officials in dozens of countries."],
 "t-treasury-sanctions-cartes-velazquez-jan-2023.md": [BG_CARTES2],
 "t-tabesa-added-to-sdn-list-mar-2023.html": [BG_CARTES, BG_CARTES2],
 "t-treasury-redesignates-tabesa-aug-2024.md": [BG_CARTES2],
 "t-cartes-tabesa-sanctions-faq-aug-2024.html": [BG_CARTES],
 "t-colorado-party-wins-paraguay-election-may-2023.txt": ["Paraguay is the world's fourth-largest exporter of soybeans and a major beef exporter. Investors will watch whether the new government keeps the fiscal rule that caps the budget deficit, which Pena helped defend as finance minister.", "The Itaipu dam treaty with Brazil, whose financial annex is up for renegotiation, is expected to be one of the first big files on the new president's desk."],
 "t-jeddah-declaration-signed-may-2023.txt": [BG_SUDAN2],
 "t-rsf-deputy-abdelrahim-dagalo-sanctioned-sep-2023.txt": [BG_SUDAN],
 "t-eu-sanctions-six-sudan-firms-jan-2024.html": [BG_SUDAN],
 "t-us-sanctions-sudan-army-chief-burhan-jan-2025.txt": [BG_SUDAN2],
 "t-sudan-gold-traders-forum-thread.txt": [BG_SUDAN2],
 "t-polymetal-executives-resign-jun-2023.txt": [BG_POLY],
 "t-polymetal-moves-to-astana-aug-2023.html": [BG_POLY, BG_POLY2],
 "t-polymetal-to-sell-russian-business-feb-2024.txt": [BG_POLY2],
 "t-polymetal-shareholders-approve-sale-mar-2024.md": [BG_POLY, BG_POLY2],
 "t-polymetal-investor-faq-apr-2024.html": ["## Why did it sell?", "The company said keeping the Russian business exposed the group to sanctions, to Russian restrictions on companies from unfriendly jurisdictions and to the risk of nationalisation. " + BG_POLY2],
 "t-polymetal-kazakhstan-production-update.md": [BG_POLY2, "Kazakhstan has sought to attract more mining investment with new tax incentives and a revised subsoil code, and officials have pointed to Polymetal's relocation as a sign that the country can host large listed miners."],
}
