from articles1 import art, A

art(slug="l-house-passes-biosecure-act-sep-2024", ext="md", title="House passes BIOSECURE Act aimed at Chinese biotech suppliers",
date="2024-09-10", source="BioPolicy Dispatch", place="Washington",
body="""The US House of Representatives on Monday, September 9, 2024, passed the BIOSECURE Act by 306 votes to 81, moving a step closer to cutting Chinese biotechnology companies out of federally funded work. The bill still needs Senate approval.

## Who is named

The House bill names five companies as "biotechnology companies of concern": the genomics group BGI, its affiliate MGI, MGI's US unit Complete Genomics, the contract research and manufacturing firm WuXi AppTec and its sister company WuXi Biologics. Other companies could be added later through a government review.

## What it would do

The bill would bar federal agencies from buying biotechnology equipment or services from the named companies and from contracting with firms that use such equipment or services in performing federal contracts. Federal grants and loans could not be used for them either. Existing contracts would be grandfathered until January 1, 2032, a long transition that drug makers had lobbied for because many rely on WuXi for manufacturing.

## Why

Supporters said the companies could hand Americans' genetic data to the Chinese government and support its military. "We cannot allow our adversaries to access Americans' sensitive health data," one of the Republican sponsors said on the floor.

## The companies respond

WuXi AppTec said it posed no security risk to the United States and that the bill was based on inaccurate allegations. BGI has long denied links to the Chinese military. WuXi's Hong Kong-listed shares have fallen sharply since the bill was introduced in January.

## What it does not do

The bill is a procurement measure. It does not block Americans from buying shares of the companies, does not put them on a sanctions list and does not stop private companies that receive no federal money from working with them. Hospitals with BGI sequencers would not have to switch them off.

## Next steps

Senate leaders have not scheduled a vote. Lobbyists expect supporters to try to attach the bill to the annual defence authorisation act later this year. A Senate committee approved a different version in March.
""")

art(slug="l-biosecure-left-out-ndaa-forum-dec-2024", ext="txt", kind="forum", title="Thread: BIOSECURE dropped from the NDAA - what now for our WuXi contracts?",
date="2024-12-12", source="LabOps Community Forum", place="Boston",
lede="LabOps Community Forum, Boston, December 12, 2024. A thread in the Regulatory & Compliance board, started after the final text of the defence bill was published.",
caption="[Screenshot] Thread header, Regulatory & Compliance board | Source: LabOps Community Forum",
posts=[("qa_marta", "Final NDAA text came out on Saturday, December 7, and BIOSECURE is not in it. We have a WuXi Biologics manufacturing contract that our board has been panicking about since January. Do we still need a transition plan?"),
("reg_dave", "Short answer: for now, nothing is law. The House passed it 306-81 in September but the Senate never voted, and it did not make it into the compromise defence bill."),
("qa_marta", "So the 2032 grandfathering date is irrelevant?"),
("reg_dave", "It only existed in the bill. No bill, no date."),
("biotech_bill", "Don't relax too much. The sponsors already said they will try again next Congress, and there's talk of sticking it onto the spending bill before Christmas."),
("cdmo_chen", "WuXi AppTec and WuXi Biologics shares jumped in Hong Kong when the text came out. Market clearly thinks it's a reprieve."),
("qa_marta", "Our procurement people also asked whether WuXi is on some sanctions list. Is it?"),
("reg_dave", "Not because of BIOSECURE. The bill would have been a federal contracting rule, not a sanctions listing. Different question from the Pentagon 1260H list, which is a separate thing."),
("biotech_bill", "BGI is a different story, some BGI entities have other US restrictions, but that's not what this thread is about."),
("pharma_pm", "We moved one programme to a European CDMO anyway. Took 14 months. If you have a federal grant-funded project I'd still start planning."),
("qa_marta", "Useful, thanks. I'll tell the board: not law, watch the next Congress."),
("reg_dave", "Yes. And keep an eye on whether a new version names companies or uses a list instead. That changes everything."),
("cdmo_chen", "Also note the Senate committee version was different from the House one. Whatever comes back may look different again."),
("lurker_lab", "Bookmarking. Our institute has BGI sequencers and nobody knows what to do."),
("reg_dave", "@lurker_lab for now: nothing. The bill did not pass.")],
rq=("Did BIOSECURE become law in 2024?", "No. The House passed it, but it was left out of the final defence bill published on December 7, 2024."),
teaser="Our tip: The pipette calibration checklist every new lab manager should print.",
comments=[("moderator", "Thread pinned to the Regulatory board.")])

art(slug="l-biosecure-enacted-ndaa-dec-2025", ext="txt", title="BIOSECURE becomes law inside the defence bill, without naming WuXi",
date="2025-12-19", source="Capitol Health Report", place="Washington",
lede="President Donald Trump on Thursday, December 18, 2025, signed the National Defense Authorization Act for fiscal 2026, which includes a revised version of the BIOSECURE Act restricting federal dealings with Chinese biotechnology companies of concern.",
caption="The Capitol dome at dusk | Source: Capitol Health Report",
body="""## A DIFFERENT BILL FROM 2024

The provision, Section 851 of the defence act, keeps the core of the bill the House passed in 2024: federal agencies may not procure biotechnology equipment or services from a biotechnology company of concern, or contract with companies that use such equipment or services in performing federal contracts. Federal grants and loans are covered as well.

Unlike the 2024 version, the new law does not name any company. Instead, a company of concern is one on the Defense Department's Section 1260H list of Chinese military companies, or one designated by the Office of Management and Budget through a new interagency process. The budget office must publish its first list no later than one year after enactment.

## WHO IS COVERED

BGI and MGI, named in the 2024 bill, are already on the 1260H list and are therefore covered. WuXi AppTec, WuXi Biologics and Complete Genomics are not on that list, so they are caught only if the budget office designates them.

## SLOW START

The prohibitions do not bite immediately. After the budget office list comes guidance within 180 days, then a revision of the Federal Acquisition Regulation within a year; the bans take effect 60 days after that for 1260H companies and 90 days for newly designated ones. Existing contracts get a five-year wind-down.

## HOW IT GOT HERE

After the 2024 bill was left out of the fiscal 2025 defence act, Senators Bill Hagerty and Gary Peters added a new version to the Senate defence bill, adopted on October 9, 2025. The compromise text was released on December 7 and the House passed it on December 10.

WuXi AppTec said it welcomed the removal of its name. Shares of the WuXi companies rose in Hong Kong.
""",
rq=("Does this ban Americans from buying WuXi shares?", "No. It is a federal procurement and grant law. It does not restrict investment."),
teaser="Our tip: Winter flu shots: where to get one without an appointment.",
comments=[("pharma_pm", "Five-year wind-down on top of a slow list process. Realistically 2030s before anything bites.")])

art(slug="l-biosecure-act-faq-jan-2026", ext="html", kind="faq", title="BIOSECURE Act FAQ: what the new law means for labs, suppliers and investors",
date="2026-01-15", source="Life Science Compliance Hub", place="",
faq=[("Is the BIOSECURE Act law now?", "Yes. A revised version was enacted as Section 851 of the National Defense Authorization Act for fiscal 2026, which President Trump signed on December 18, 2025. The 2024 version passed the House in September 2024 but never became law."),
("Which companies does it name?", "None. The 2024 House bill named BGI, MGI, Complete Genomics, WuXi AppTec and WuXi Biologics. The law instead covers companies on the Defense Department's Section 1260H list of Chinese military companies and companies the Office of Management and Budget designates. The budget office must publish its first list within one year of enactment, so by December 2026."),
("Is WuXi AppTec covered?", "Not automatically. WuXi AppTec and WuXi Biologics are not on the 1260H list. They would be covered only if the budget office designates them. BGI and MGI are on the 1260H list and are covered."),
("Can I still buy WuXi or BGI shares?", "The act does not restrict investment. It is a rule about federal contracts, grants and loans. Other measures, such as Treasury's investment ban on certain Chinese military-industrial companies, are separate and are not changed by this law."),
("Our hospital uses BGI sequencers. Do we have to switch them off?", "Not because of this law today. The bans apply to federal agencies and to work performed under federal contracts, grants or loans, and only after implementing rules are in place. Existing contracts benefit from a five-year wind-down once the prohibitions take effect."),
("When do the prohibitions start?", "Only after several steps: the budget office list, guidance within 180 days of it, and a revision of the Federal Acquisition Regulation within a year of the guidance. The bans apply 60 days after the regulation is revised for 1260H companies and 90 days for newly designated companies."),
("We are a private biotech with no federal money. Are we affected?", "Not directly. The law does not bar private companies that take no federal contracts, grants or loans from working with any supplier. Some customers may still ask you to certify your supply chain."),
("Is a biotechnology company of concern on a sanctions list?", "No. Being a company of concern does not freeze assets or block transactions the way Treasury sanctions do. It only closes off federally funded work."),
("Can a company get off the list?", "The law lets the budget office review and update its list at least once a year, and companies may be removed. Removal from the 1260H list would also end coverage through that route.")])

art(slug="l-china-probes-pvh-unreliable-entity-sep-2024", ext="txt", title="China opens unreliable-entity probe into Calvin Klein owner PVH over Xinjiang cotton",
date="2024-09-26", source="Asia Retail Journal", place="Beijing",
lede="China's commerce ministry said on Tuesday, September 24, 2024, that it had opened an investigation into PVH Corp., the US owner of Calvin Klein and Tommy Hilfiger, under its unreliable entity list rules.",
caption="Shoppers outside a Calvin Klein store in Shanghai | Source: Asia Retail Journal",
body="""## THE ACCUSATION

The ministry said the company was suspected of "improper conduct" by boycotting cotton and other products from Xinjiang without factual basis, and of taking discriminatory measures against Chinese enterprises. It said the company had 30 days to respond with evidence. Under the rules, the ministry can then decide whether to put a foreign company on the list.

The company, which has said it complies with laws on forced labour in its supply chain, did not comment immediately. Its brands sell widely in China and it sources from Chinese factories.

## WHAT THE LIST IS

China created the unreliable entity list in 2020, during the first trade war with the Trump administration. It targets foreign companies that Beijing says endanger China's sovereignty, security or development interests or cut off normal dealings with Chinese firms. Penalties can include bans on import and export activities, bans on investment in China, entry bans on staff, revocation of work permits and fines.

For years the list sat empty. In February 2023 Beijing added Lockheed Martin and a unit of Raytheon over arms sales to Taiwan, barring them from trade and investment in China.

## WHY NOW

The probe came days after Washington proposed rules against Chinese connected-vehicle technology and as the US continued to block imports linked to Xinjiang under the Uyghur Forced Labor Prevention Act. Analysts called it a warning to Western brands that avoid Xinjiang cotton.

"It's the first time a consumer brand is in the firing line," said a Shanghai-based supply-chain consultant. "A listing would hurt far more than it hurts a defence contractor with no China sales."

## WHAT IT MEANS NOW

For shoppers nothing changes yet: the company's stores in China remain open, and an investigation is not a listing. Suppliers are watching whether a decision follows.
""",
rq=("Is Calvin Klein banned in China now?", "No. The ministry has only opened an investigation; no measures have been imposed."),
teaser="Our tip: Ten autumn jackets under $100 our editors actually wear.",
comments=[("retail_watch", "30 days to respond to a cotton accusation. Good luck."), ("jm", "Tommy Hilfiger outlets in Beijing were busy as ever last weekend.")])

art(slug="l-skydio-battery-rationing-blog-nov-2024", ext="html", kind="blog", title="China's sanctions on Skydio: why America's biggest drone maker is rationing batteries",
date="2024-11-04", source="Rotor & Policy (blog)", place="",
body="""I've written here before about US restrictions on Chinese drones. This time the shoe is on the other foot. Skydio, the largest US drone maker, has been hit by Chinese sanctions, and its customers are feeling it.

## What Beijing did

On October 10, 2024, China announced countermeasures against three US defence-related companies over arms sales to Taiwan: Skydio, the shipbuilder Huntington Ingalls Industries and Edge Autonomy Operations. The measures freeze the companies' assets in China and bar Chinese organisations and individuals from dealing with them. Senior executives were also targeted.

Skydio's only customer in Taiwan is the National Fire Agency.

## The battery problem

In a blog post on October 30, chief executive Adam Bry explained the practical effect. The company builds its drones in the US and has moved most of its supply chain out of China, but batteries were one of the few components still sourced there, from a single supplier, Dongguan Poweramp. After the sanctions, that supply stopped.

The company has a substantial stock of batteries, Bry wrote, but it does not expect new sources to come online until spring 2025. In the meantime it will ration batteries to one per drone for its X10, and extend software licences, warranties and support for affected customers by the length of the delay.

Bry called it "a clarifying moment for the drone industry" and said the move was an attempt to eliminate the leading American drone company and deepen the world's dependence on Chinese suppliers.

## My take

This is what a counter-blacklist looks like in practice. The company has no real sales in China, so the asset freeze is symbolic. The supply cut is not. Anyone buying a US-made drone for a police or fire department should ask where the batteries come from.

## Can you still buy one?

Yes. The sanctions are Chinese measures; they do not stop US or European customers from buying the drones. They just get fewer batteries in the box for now.
""",
comments=[("FireChief_Dan", "2024-11-04", "We have four X10s on order for our county. Got the one-battery email last week. Annoying but we'll live."),
("rotor_blog (author)", "2024-11-04", "@FireChief_Dan thanks, that matches what other agencies are telling me."),
("m_lee", "2024-11-05", "Didn't the US put DJI on the Pentagon list? Feels like tit for tat."),
("rotor_blog (author)", "2024-11-05", "@m_lee there's definitely a tit-for-tat element, but the Chinese statement only cites Taiwan."),
("hobbyist_k", "2024-11-06", "Skydio quit the consumer market last year anyway, so this is mostly about agencies and the military.")])

art(slug="l-pvh-illumina-unreliable-entity-list-feb-2025", ext="md", title="China puts PVH and Illumina on its unreliable entity list as tariff fight resumes",
date="2025-02-05", source="Beijing Business Ledger", place="Beijing",
body="""China's commerce ministry on Tuesday, February 4, 2025, added PVH Corp., owner of Calvin Klein and Tommy Hilfiger, and the gene-sequencing company Illumina to its unreliable entity list. The move came minutes after a new 10% US tariff on all Chinese imports took effect.

## The decision

The ministry said the two companies had violated normal market transaction principles, interrupted normal transactions with Chinese enterprises and taken discriminatory measures against them, seriously damaging their legitimate rights and interests. It said the listing was made to safeguard China's national sovereignty, security and development interests, and that corresponding measures would follow under the relevant regulations. It did not say yet what those measures would be.

For the clothing group, the listing ends an investigation the ministry opened in September 2024 over the company's avoidance of Xinjiang cotton. For the San Diego-based sequencing group, which sells its machines to Chinese hospitals and research institutes, it came without any public probe.

## Part of a package

Beijing announced the listings alongside other retaliation for the US tariff: extra duties of 15% on US coal and liquefied natural gas and 10% on crude oil, farm machinery and some cars, export controls on tungsten and other metals, and an antitrust investigation into Google.

## What a listing can mean

Under the 2020 rules, measures can include bans on import and export activities related to China, bans on new investment, entry bans on staff and fines. Until now the list had been used mainly against US defence contractors, such as Lockheed Martin and a Raytheon unit in 2023.

"This is a loaded gun on the table rather than a shot fired," said a trade lawyer in Beijing. "Both companies keep operating today, but the ministry can impose measures at any time."

## For consumers and investors

The listing is a Chinese measure. It places no restrictions on Americans or Europeans buying the companies' products or shares. Illumina's shares fell in New York trading. The clothing group said it was evaluating the decision and remained committed to its Chinese customers.
""")

art(slug="l-illumina-china-export-ban-mar-2025", ext="html", kind="news", title="China bans Illumina from exporting gene sequencers to China",
date="2025-03-05", source="GenomeWorld News", place="Beijing",
body="""China's Ministry of Commerce said on Tuesday, March 4, 2025, that Illumina, Inc. is banned from exporting gene sequencers to China, with immediate effect. The measure is the first concrete penalty imposed on the company since it was placed on China's unreliable entity list on February 4.

## What was announced

The ministry said the measure was taken to safeguard national sovereignty, security and development interests and in line with relevant laws and regulations. It repeated that the company had been found to have violated normal market trading principles, terminated regular trade with Chinese companies and adopted discriminatory measures against them.

The announcement came on the day a further 10% US tariff on Chinese goods took effect. Beijing responded the same day with duties on US farm products and by adding 15 US companies to its export control list and another ten to the unreliable entity list.

## Why it matters

The company is the world's largest maker of DNA sequencing machines, and China has been one of its important markets, though domestic rivals such as MGI have been gaining share. Hospitals, research institutes and genetic-testing firms in China use its instruments.

The ban covers exports of sequencers to China. It does not, on the ministry's wording, touch reagents or the servicing of machines already installed, though lawyers said the ministry could widen it.

"Customers in China who planned to buy new instruments will now look at domestic suppliers," said a sequencing analyst in Shanghai.

## What stays the same

The measure is Chinese. American and European labs can keep buying the company's machines, and nothing restricts trading in its shares. In the United States, the company is not on any sanctions or export blacklist.

The company said it was reviewing the announcement and would work with Chinese authorities to resolve the matter. It had previously said that China accounted for a declining share of its revenue.
""")
