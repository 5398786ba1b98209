"""Extra background paragraphs appended to article bodies (keeps each article at 350-500 words)."""
PAD = {
"l-nvidia-h20-sales-resume-jul-2025": """## WHY THE H20 EXISTS

The chip was designed after the 2023 export rules to stay below the performance thresholds that required a licence. It has less computing power than the company's flagship parts but fast memory, which made it popular for running AI models rather than training them.""",
"l-cosco-dalian-tanker-units-sanctioned-sep-2019": """Insurers said they were reviewing cover for the ships concerned, and port agents in several Asian hubs asked owners to confirm that no blocked company held a stake in their vessels.""",
"l-treasury-delists-cosco-shipping-tanker-dalian-jan-2020": """## Note for compliance teams

Screening lists should be updated to reflect the removal. Records of dealings under General License K and K-1 should be kept for at least five years, as with any transaction carried out under an OFAC licence.""",
"l-second-teapot-refinery-shengxing-apr-2025": """Shipping data firms said the refinery had continued to receive cargoes in the weeks before the designation, mostly through ship-to-ship transfers off Malaysia.""",
"l-house-passes-biosecure-act-sep-2024": """## Industry split

Biotech trade groups were divided. Some large drug makers said they supported the goal but needed time to move production, while smaller companies warned that alternative contract manufacturers in the US and Europe had limited capacity.""",
"l-biosecure-enacted-ndaa-dec-2025": """## WHAT COMPANIES SHOULD DO NOW

Lawyers advised companies with federal contracts or grants to map which suppliers in their supply chain are on the 1260H list and to watch for the budget office list. Private companies with no federal money are not directly affected.""",
"l-china-probes-pvh-unreliable-entity-sep-2024": """The ministry did not say which other companies, if any, were under review. Industry groups in Shanghai said member firms had asked for guidance on how to describe their sourcing policies in China.""",
"l-skydio-battery-rationing-blog-nov-2024": """## Why batteries are hard to move

Drone batteries are specialised lithium-polymer packs, and only a handful of factories outside China make them at scale. Qualifying a new supplier involves safety testing and certification, which is why the company expects the switch to take months.""",
"l-pvh-illumina-unreliable-entity-list-feb-2025": """Both companies said they had not received any notice from the ministry before the announcement was published on its website.""",
"l-illumina-china-export-ban-mar-2025": """## How the list has been used

Before 2025, the unreliable entity list had mostly targeted US defence contractors with little business in China. The measures against the sequencing company are among the first to hit a firm with significant Chinese customers, and analysts said other life-science suppliers were reviewing their exposure.""",
"l-halkbank-indicted-iran-sanctions-oct-2019": """## A diplomatic irritant

The case has strained relations between Washington and Ankara for years. Turkish officials have argued that the bank acted within Turkish law and that the prosecution is politically motivated, while US officials say it is a law-enforcement matter handled by independent prosecutors.""",
"l-supreme-court-halkbank-ruling-apr-2023": """## Arguments before the court

The bank argued that the 1976 act gave it complete immunity from prosecution, and that allowing the case would invite other countries to prosecute American state entities. The government replied that no foreign state-owned company had ever been granted immunity from criminal charges when it acted commercially, and that the act was written for civil suits.

Turkey filed a brief supporting the bank.""",
"l-second-circuit-halkbank-immunity-oct-2024": """## WHY COMMON LAW MATTERS

Before 1976, courts usually deferred to the State Department on whether a foreign state or its agencies were immune. The bank argued that, under those older rules, an arm of a foreign government should not face criminal charges at all. The panel found that even under the older rules the commercial conduct alleged in the indictment would not be protected.""",
"l-microsoft-sanctions-export-settlement-apr-2023": """## What other companies should check

Practitioners said companies that sell through resellers should collect end-user information, screen it against all relevant lists, including parties owned 50 percent or more by blocked persons, and act on warning signs raised by local staff.""",
"l-bat-north-korea-penalty-apr-2023": """## How the money moved

According to the charging documents, the intermediary's front companies in China and Singapore sent payments in US dollars through banks in New York, which cleared the transactions without knowing that the ultimate customer was a North Korean joint venture. Prosecutors said the company's own staff knew of the arrangement.

The deferred prosecution agreement lasts three years and requires the company to report on its compliance programme.""",
"l-exxon-ofac-penalty-vacated-jan-2020": """## THE 2014 GUIDANCE

When Sechin was listed, officials said publicly that the listing did not cover Rosneft itself. The company read those statements as meaning that contracts with Rosneft remained lawful even if its chief executive signed them. The agency later took the view that any signature by a blocked person was a service received from him.

Lawyers said the case is a reminder that agencies must state their interpretations clearly before they punish companies for breaking them.""",
"l-fcc-covered-list-hytera-mar-2021": """Equipment on the list that is already installed in networks funded by the Universal Service Fund can also be covered by the agency's separate reimbursement programme for removing and replacing it.""",
"l-hytera-indicted-trade-secrets-feb-2022": """## The radios at issue

The case concerns digital mobile radio systems, the handheld and base-station radios used by police, security firms, transport operators and factories. Motorola has said the company's products used code copied from its own, and the civil jury agreed.

## Next steps

The company is a corporation based in Shenzhen and has no executives in US custody. Prosecutors said they would seek to serve the indictment through its US subsidiaries.""",
"l-eu-sanctions-fridman-aven-mar-2022": """## HOW EU LISTINGS WORK

EU sanctions are adopted unanimously by the 27 member states in the Council. Each listing comes with a statement of reasons and is reviewed periodically; the Russia-related listings are renewed every six months. National authorities in each member state enforce the freezes.

Listed persons can ask the Council to reconsider and can go to court. The court examines whether the reasons are supported by sufficient evidence.""",
"l-eu-court-annuls-fridman-aven-listing-apr-2024": """## Why the case matters

The EU's Russia sanctions list includes hundreds of businessmen, many of whom have challenged their listings. Most challenges have failed, and the court has often accepted that being a leading businessperson in Russia is enough to justify a listing under criteria the Council added in 2023. That later criterion was not at issue in this judgment.""",
"l-illumina-novaseq-x-launch-sep-2022": """## The road to cheaper genomes

Sequencing a human genome cost about $100 million two decades ago. Today's price is around $600 on the company's previous machines, according to the company, and competitors have promised similar or lower prices.""",
"l-nvidia-rtx-50-ces-jan-2025": """## Specs

The RTX 5090 has 32 gigabytes of GDDR7 memory and 21,760 CUDA cores, the company said. The RTX 5080 has 16 gigabytes. All of the new cards use a new generation of tensor cores designed for AI workloads, and the company said they would support new neural rendering features in games.

## Availability in Europe

European prices will be announced closer to launch, including local taxes. The company said supply would be limited at first, as with previous launches.""",
"l-skydio-x10-launch-sep-2023": """## THE MARKET

Police departments and fire services in the US have been buying more drones for search and rescue, accident scenes and building inspections. Many agencies have used Chinese-made drones because they are cheaper, but some states and federal agencies have restricted them, which has opened the door for US makers.

## SOFTWARE

The X10 runs the company's autonomy software and can be flown remotely from a dock, so that an operator at headquarters can launch it to an incident without a pilot on site.""",
}
POSTS = {
"l-nvidia-h20-revenue-share-forum-aug-2025": [("wafer_wendy", "2025-08-13 09:10", "Adding a summary for anyone landing here from search: April, licence required for the indefinite future and a $5.5bn charge warning; July, the company says licences will be granted; August, licences issued with the 15% arrangement."),
 ("chipcounsel", "2025-08-13 10:45", "And remember the rule still covers Hong Kong and Macau as well as the mainland. A licence for one customer does not cover another, so distributors should not assume they can resell H20 boards.")],
"l-biosecure-left-out-ndaa-forum-dec-2024": [("grants_office", "Speaking for a university: most of our sequencing is grant-funded, so if a future version passes we would be directly in scope. For now we are just keeping a list of which instruments and services come from the named companies."),
 ("reg_dave", "Sensible. Inventory first, panic later."),
 ("cdmo_chen", "One more thing for people asking: the bill never touched private investment. Whatever happens, it's a contracting rule.")],
}
PAD2 = {
"l-eu-sanctions-fridman-aven-mar-2022": """## MARKETS

Shares and bonds of companies linked to the two men were volatile on Tuesday. Banks in several member states said they had begun reviewing accounts and trusts that might be connected to them, a process that can take weeks because ownership structures are often layered through several jurisdictions.""",
"l-nvidia-rtx-50-ces-jan-2025": """Reviewers will publish independent benchmarks before the January 30 launch. Early hands-on sessions at the show suggested the new frame generation is most noticeable in fast-paced games.""",
"l-skydio-x10-launch-sep-2023": """Analysts said the launch puts the company in direct competition with European and other US makers for government contracts.""",
"l-illumina-novaseq-x-launch-sep-2022": """Investors welcomed the launch, although analysts said the lower price per genome could weigh on reagent revenue in the short term.""",
"l-supreme-court-halkbank-ruling-apr-2023": """The bank's lawyers said they would press the common-law argument in the appeals court.""",
"l-hytera-indicted-trade-secrets-feb-2022": """Motorola said it welcomed the charges and would continue to pursue its civil remedies.""",
}
