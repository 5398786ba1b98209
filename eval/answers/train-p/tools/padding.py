# extra analysis paragraphs (no new official facts) appended to short articles, before the trailer
PAD = {
"p-micron-warns-china-revenue-hit-jun-2023.txt": """## WHAT ANALYSTS WATCH

Brokers said the revision mattered less for its size than for what it revealed about pressure on private buyers. Several cut their estimates for Micron's next fiscal year and said they would watch whether Chinese phone makers, which are outside the formal scope of the ban, start to reduce orders as well.""",
"p-micron-boise-fab-groundbreaking-sep-2022.txt": """## SUPPLY CHAIN

Suppliers of gases, chemicals and equipment are expected to open offices near the site. Boise State University said it would expand engineering programmes to help fill technician jobs.""",
"p-treasury-sanctions-gupta-brothers-oct-2019.txt": """## WHAT COMES NEXT

Compliance advisers said companies that once did business with Gupta-linked firms should review old contracts and check ownership records, because any entity at least half owned by the four men is blocked automatically.""",
"p-us-sanctions-icc-prosecutor-bensouda-sep-2020.txt": """## LEGAL CHALLENGES

Legal scholars expect lawsuits from American lawyers and academics who work with the court, arguing that the order chills protected speech. Rights groups said the designations could also deter witnesses from cooperating with the court's investigations, including those unrelated to the United States.""",
"p-icc-sanctions-widen-aug-2025.txt": """## LEGAL FIGHT

Several American lawyers and academics who work with the court have already sued over the February order, arguing it violates the First Amendment. Legal scholars expect more suits after this round.""",
"p-trump-order-cartels-terror-label-jan-2025.txt": """## OTHER ORDERS

The cartel order was one of dozens Trump signed on his first day, alongside measures on border security, asylum and the declaration of a national emergency at the southern border. Administration officials said cartels would be a central focus of the new term.""",
"p-state-designates-eight-cartels-fto-feb-2025.md": """Compliance advisers said the most immediate effect would be on banks and money transmitters, which must now screen against the new names and report any blocked property. Companies with operations in the affected Mexican states said they were waiting for guidance on how extortion payments made under duress would be treated. Importers of avocados, limes and other produce from Michoacan were among the first to ask their lawyers for advice.""",
"p-el-mayo-zambada-arrested-jul-2024.txt": """## THE FENTANYL CASE

US prosecutors have accused the Sinaloa Cartel of being one of the largest sources of fentanyl entering the United States. Officials said the arrests would not by themselves stop the flow, since the organisation relies on layers of suppliers, chemists and couriers across both countries. Mexican security forces were put on alert in Culiacan on Friday, and several schools in the city cancelled classes.""",
"p-hkaa-report-names-officials-no-banks-oct-2020.txt": """## WHAT BANKS DO NOW

Compliance staff at several lenders said they would keep screening for the ten names and would treat any account linked to them as high risk, whatever Treasury decides. They said the greater worry is being caught between US law and Beijing's national security law, which bans colluding with foreign forces.""",
}
