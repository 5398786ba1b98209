# Cluster B: US West Bank settler sanctions (EO 14115), EU listings, revocation
B = []
B.append(dict(
 file="o-us-sanctions-four-settlers-feb-2024.md", date="2024-02-02", source="Global Affairs Daily",
 title="Biden order opens new US sanctions programme on violent West Bank settlers",
 byline="By Yael Brenner and Omar Haddad",
 lede="President Joe Biden signed an executive order on Thursday, February 1, 2024, allowing the United States to sanction people who attack or threaten civilians in the West Bank, and the State Department immediately named four Israeli settlers as the first targets.",
 body=[
 ("The order", ["Executive Order 14115, \"Imposing Certain Sanctions on Persons Undermining Peace, Security, and Stability in the West Bank\", lets the secretaries of state and the treasury sanction foreign persons who direct or take part in violence against civilians, intimidate people into leaving their homes, destroy or seize property, or engage in terrorism there.",
   "Sanctioned people are added to the Treasury's SDN list. Their property in the United States or held by US persons is blocked, Americans are generally barred from dealing with them or giving them money, and they are refused entry to the United States."]),
 ("The first four", ["The State Department designated David Chai Chasdai, accused of leading a riot in Huwara that led to the death of a Palestinian; Einan Tanjil, accused of attacking Palestinian farmers and Israeli activists with stones and clubs; Shalom Zicherman, accused of assaulting Israeli activists and trying to smash the windows of their cars; and Yinon Levi, who officials say led settlers from the Meitarim Farm outpost in attacks on Palestinian and Bedouin civilians, burning their fields and destroying property.",
   "National security adviser Jake Sullivan said the violence \"poses a grave threat to peace, security, and stability\" in the region."]),
 ("Reaction", ["Prime Minister Benjamin Netanyahu's office rejected the measure, saying Israel acts against all lawbreakers. Palestinian officials called it a step but said it did not go far enough. Settler leaders said they would seek legal advice.",
   "Officials said the order applies to foreign nationals, not US citizens, and that more designations could follow. \"The tool is designed to grow,\" said Miriam Kessler, a sanctions lawyer in Washington."]),
 ("Banks in the spotlight", ["Because Israeli banks deal in dollars and rely on US correspondent banks, lawyers expect them to freeze the accounts of anyone on the list, even though the designations are American. Israeli banks said they were examining accounts linked to the four men.",
   "No fines or criminal cases were announced, and the order contains no general licence for existing transactions with the four."])]))
B.append(dict(
 file="o-settler-sanctions-faq-mar-2024.html", date="2024-03-20", source="Charity Compliance Hub", faq=True,
 title="FAQ: US sanctions on West Bank settlers and outposts - what donors and banks need to know",
 byline="Updated March 20, 2024",
 lede="After a second round of US designations on March 14, 2024, readers have asked how the West Bank sanctions programme affects donations, bank accounts and business dealings. Here are our answers.",
 body=[
 ("Which authority is this?", ["Executive Order 14115, signed by President Biden on February 1, 2024. The State Department and the Treasury's Office of Foreign Assets Control (OFAC) designate people and entities under it, and they appear on the SDN list."]),
 ("Who was added on March 14?", ["Three settlers, Moshe Sharvit, Zvi Bar Yosef and Neriya Ben Pazi, and two outposts: Moshe's Farm, also called the Tirza Valley outpost, and Zvi's Farm near the Halamish settlement. It was the first time the US designated outposts themselves, not just people. With the four men named in February, nine persons and their assets are now under the programme, according to OFAC's database."]),
 ("Can I donate to a listed outpost or person?", ["Not if you are a US person. US citizens, residents and companies, wherever they are, are barred from making any contribution of funds, goods or services to or for the benefit of a designated person. That includes crowdfunding campaigns."]),
 ("Does the 50% rule apply?", ["Yes. Entities owned 50% or more, directly or indirectly, by one or more designated persons are blocked too, even if they are not named on the list."]),
 ("Is there a licence to wind down dealings?", ["None was issued for the February or March designations. Anyone holding blocked property must freeze it and report it to OFAC within ten business days."]),
 ("Do the EU or UK have similar measures?", ["The UK announced its own sanctions on four settlers in February 2024. The EU has been discussing settler listings but had not adopted them when this page was updated."]),
 ("Can the designations end?", ["Yes. People can ask OFAC to be removed, and the president can revoke the order itself. Until then, the listings stand."]),
 ("Are Israeli banks bound?", ["They are not US persons, but they depend on the dollar system. Several have frozen accounts of designated settlers, which Israel's finance minister criticised."])]))
B.append(dict(
 file="o-eu-sanctions-settlers-lehava-apr-2024.txt", date="2024-04-19", place="Brussels", source="EuroPolicy Wire",
 title="EU imposes its first sanctions on violent Israeli settlers",
 lede="The Council of the European Union on Friday, April 19, 2024, listed four Israeli settlers and two groups, Lehava and Hilltop Youth, under its Global Human Rights Sanctions Regime, the bloc's first sanctions over settler violence in the West Bank.",
 caption="EU foreign ministers in Brussels",
 body=[
 ("WHO IS LISTED", ["The Council said the listed people and entities were responsible for serious human rights abuses against Palestinians, including torture and other cruel, inhuman or degrading treatment, and violations of the right to property and to private and family life.",
   "Lehava is described as a radical right-wing Jewish supremacist group, and Hilltop Youth as a radical youth group whose members are known for violent acts against Palestinians and their villages. Two leading figures of Hilltop Youth, Meir Ettinger and Elisha Yered, are listed, together with Neria Ben Pazi, accused of repeatedly attacking Palestinians in Wadi Seeq and Deir Jarir since 2021, and Yinon Levi of the Meitarim farm outpost."]),
 ("WHAT IT MEANS", ["Those listed face an asset freeze in the EU, and EU citizens and companies may not make funds or economic resources available to them. The four individuals are also banned from travelling to the EU.",
   "With these listings, the human rights regime now covers 108 people and 28 entities from a range of countries."]),
 ("WHY NOW", ["The decision had been blocked for months by a few member states. It was finally paired with a separate package sanctioning Hamas figures over sexual violence during the October 7 attack. EU foreign policy chief Josep Borrell said on X that the bloc had decided to sanction extremist settlers for serious human rights abuses.",
   "The United States and Britain had already taken similar steps in February. Ben Pazi and Levi are now listed by the US, the UK and the EU."]),
 ("NEXT STEPS", ["Diplomats said further listings were possible, including of settler organisations that fund outposts. Israel's foreign ministry called the decision unjustified. \"It is a symbolic first step, but a legally binding one,\" said Dr Anneke Vos, a sanctions researcher in The Hague."])],
 teaser="Our tip: the houseplants that survive a dark flat in winter.",
 comments=[("jb_brussels", "Took them long enough. Hungary held this up for ages."), ("L. Moreau", "Interesting that Hilltop Youth is listed as an entity. How do you freeze the assets of a loose movement?")]))
B.append(dict(
 file="o-us-sanctions-amana-nov-2024.txt", date="2024-11-19", place="Washington", source="Capitol Tech Wire",
 title="US sanctions Amana, the settlement movement's main developer",
 lede="The US Treasury on Monday, November 18, 2024, imposed sanctions on Amana, the largest Israeli organisation building settlements in the West Bank, and its construction subsidiary Binyanei Bar Amana Ltd.",
 caption="A settlement outpost in the West Bank",
 body=[
 ("THE TARGETS", ["Treasury called Amana \"a key part of the Israeli extremist settlement movement\" and said it maintains ties to several people already sanctioned by the US. The State Department said Amana had helped establish dozens of illegal outposts and was directly engaged in dispossessing Palestinians of private land.",
   "The State Department separately designated Eyal Harei Yehuda, a small outpost construction firm, its owner Itamar Yehuda Levi, Shabtai Koshlevsky, a co-founder of the already sanctioned group Hashomer Yosh, and Zohar Sabah, accused of violence against Palestinians."]),
 ("THE BIGGEST TARGET YET", ["The settlement-watch group Peace Now values Amana's assets at about 600 million shekels, roughly $160 million. Amana had already been sanctioned by the UK and Canada earlier this year.",
   "With this round, 17 individuals and 16 entities have been sanctioned under Executive Order 14115 since it was signed in February."]),
 ("A WIND-DOWN WINDOW", ["OFAC issued a general licence allowing transactions needed to wind down dealings with Amana and its subsidiaries until January 10, 2025. After that, US persons and banks that rely on US correspondents will have to stop dealing with the group entirely.",
   "Rights groups questioned why Amana got a grace period that ends just ten days before the change of administration in Washington."]),
 ("WILL IT LAST?", ["Settler leaders have said they expect the incoming Trump administration to reverse the programme. \"Everything hinges on January 20,\" said Daniel Ferber, a sanctions analyst in New York. \"A president who signs an order can also revoke it.\"",
   "Israeli ministers condemned the designation. Amana did not respond to requests for comment."])],
 teaser="Our tip: how to choose an e-bike for a hilly commute.",
 comments=[("sam_k", "Amana is basically the construction arm of the whole movement. This one actually bites, at least until January."), ("NatR", "So the wind-down runs to Jan 10 and the inauguration is Jan 20. Someone planned that.")]))
B.append(dict(
 file="o-ofac-removes-west-bank-designations-jan-2025.html", date="2025-01-24", source="Sanctions Notice Digest", press=True,
 title="OFAC removes all West Bank-related designations after revocation of Executive Order 14115",
 byline="Agency action summary",
 lede="The Treasury's Office of Foreign Assets Control said on Friday, January 24, 2025, that it had removed every person designated under Executive Order 14115 from the SDN list and taken the West Bank-related sanctions programme off its website.",
 body=[
 ("What OFAC announced", ["OFAC said that on January 20, 2025, the president signed an executive order, \"Initial Rescissions Of Harmful Executive Orders And Actions\", which among other actions revoked E.O. 14115. To implement that revocation, all persons designated under E.O. 14115 were removed from the SDN list, and all property and interests in property blocked under it are unblocked."]),
 ("Who comes off", ["The removals cover the four settlers designated on February 1, 2024, the March 2024 designations of three settlers and two outposts, and later rounds including Amana and its subsidiary Binyanei Bar Amana Ltd, designated on November 18, 2024. The programme had grown to 17 individuals and 16 entities before the revocation.",
   "The wind-down licence for Amana, which ran to January 10, 2025, is now moot."]),
 ("Timeline", ["Feb 1, 2024: E.O. 14115 signed; first four designations. Mar 14, 2024: second round. Nov 18, 2024: Amana designated. Mid-January 2025: the outgoing administration extended the national emergency under the order for another year. Jan 20, 2025: order revoked on the new president's first day, among 78 Biden-era actions rescinded. Jan 24, 2025: OFAC delistings published."]),
 ("What it means", ["US persons may again deal with the removed persons, and US banks may release blocked funds. The removal does not affect separate measures by other governments: UK, EU and Canadian listings remain in place under their own laws, and the EU listings of April 19, 2024 were not touched by the US decision.",
   "Israeli banks that froze accounts because of the US designations said they were reviewing them. Settler leaders welcomed the move; Palestinian officials condemned it."]),
 ("Compliance note", ["Firms should update screening lists to remove the E.O. 14115 entries but keep any UK, EU or Canadian entries for the same names where those regimes apply to them."])]))
B.append(dict(
 file="o-settler-sanctions-lifted-blog-feb-2025.html", date="2025-02-03", source="The Screening Room (blog)", blog=True,
 title="US settler sanctions are gone. Your screening list probably isn't done yet",
 byline="Posted by Tess Marlowe, compliance consultant",
 lede="Last month the US wiped its West Bank sanctions programme off the books. I have had a dozen clients ask whether that means Amana, Yinon Levi and the rest are now \"clean\". The honest answer: it depends which list you answer to.",
 body=[
 ("The US side is simple", ["President Trump revoked Executive Order 14115 on January 20, 2025, and OFAC delisted every name under it on January 24. There is no US sanctions restriction left on those persons. If you are a US bank or charity and your only exposure was OFAC, you can unfreeze and move on, while keeping records of why the funds were blocked."]),
 ("The UK, EU and Canada are not", ["The UK designated settlers in February 2024 and added organisations later, Amana among them. Canada also listed Amana. The EU listed Lehava, Hilltop Youth, Meir Ettinger, Elisha Yered, Neria Ben Pazi and Yinon Levi on April 19, 2024 under its human rights regime. None of that changed in January.",
   "So Yinon Levi, for example, is off the US list but still subject to an asset freeze in the EU and the UK. A European subsidiary of an American company must still treat him as designated."]),
 ("My checklist", ["Split your screening by regime, not by name. Re-screen anything blocked under E.O. 14115 against UK, EU and Canadian lists before release. Tell correspondent banks what you are doing. Keep the blocked-property reports you filed with OFAC; the removal does not erase them.",
   "And watch for change: a revoked order can come back, and other governments can add names at any time."]),
 ("One more thing", ["Donations are the most common question. A US donor with no EU or UK nexus can now legally give to a formerly listed group. Charities operating in Europe should get advice first."])],
 comments=[("Ben A.", "2025-02-03", "Useful. Our bank released funds the same day OFAC posted the removal and then froze them again because of the UK listing. Exactly your point."),
  ("Tess Marlowe", "2025-02-03", "Ben, that happens a lot when screening is done by name only. Good that the second check caught it."),
  ("charity_treasurer", "2025-02-04", "Does the EU listing cover Amana itself? I thought only the UK and Canada had Amana."),
  ("Tess Marlowe", "2025-02-04", "Correct, the April 2024 EU listing named two groups, Lehava and Hilltop Youth, not Amana. Check the consolidated list for anything later.")]))
B.append(dict(
 file="o-settler-sanctions-donors-forum-thread-feb-2025.txt", date="2025-02-10", place="", source="NonprofitOps Forum", forum=True,
 title="Thread: Can our US foundation fund projects with Amana again now that OFAC delisted it?",
 posts=[
 ("grantsguy", "February 7, 2025", "Small family foundation in New Jersey. A board member wants to restart a grant to a building project run by Amana. We stopped in November when OFAC listed it. Are we clear now?"),
 ("lena_cpa", "February 7, 2025", "On the US side yes. OFAC removed everyone designated under EO 14115 on January 24, 2025, after the order was revoked on January 20. Amana and Binyanei Bar Amana are no longer on the SDN list."),
 ("grantsguy", "February 7, 2025", "And the wind-down licence thing that ran to Jan 10? Our lawyer mentioned it."),
 ("lena_cpa", "February 7, 2025", "That only mattered while Amana was listed. It's irrelevant now."),
 ("eu_watcher", "February 8, 2025", "Careful if your bank has a UK branch. The UK and Canada sanctioned Amana in 2024, and those listings still stand. A UK bank can't process it."),
 ("grantsguy", "February 8, 2025", "Our bank is purely domestic, but we use a London-based payment processor for foreign grants. Sounds like that's the problem."),
 ("mod_jules", "February 8, 2025", "Mod note: no legal advice here. Stick to what the official notices say and check with counsel."),
 ("lena_cpa", "February 9, 2025", "Also worth saying: removing US sanctions doesn't make anyone's reputational questions go away. Some donors will still say no."),
 ("old_hand_ngo", "February 9, 2025", "For the record the EU list from April 2024 has Lehava and Hilltop Youth plus four individuals. Amana isn't on it. So EU-only exposure is not the Amana problem, UK is."),
 ("grantsguy", "February 10, 2025", "Thanks. We'll pay directly from the US account and skip the London processor."),
 ("mod_jules", "February 10, 2025", "Summary for later readers: US sanctions under EO 14115 ended Jan 20/24, 2025. UK and Canadian Amana listings remain. EU listings of April 2024 remain.")]))
