# Cluster A: CFIUS presidential blocks (Broadcom/Qualcomm, Lattice/Canyon Bridge, StayNTouch/Shiji) + distractor
A = []
A.append(dict(
 file="o-cfius-halts-qualcomm-vote-mar-2018.md", date="2018-03-05", source="Chip Ledger",
 title="US security panel forces Qualcomm to delay vote on Broadcom's board nominees",
 byline="By Dana Whitfield, semiconductor reporter",
 lede="The Committee on Foreign Investment in the United States (CFIUS) has ordered Qualcomm to postpone its annual shareholder meeting by 30 days while it reviews Broadcom's hostile $117 billion bid, a rare intervention before any deal has even been signed.",
 body=[
 ("What happened", ["Qualcomm said on Monday that CFIUS issued an interim order on Sunday, March 4, 2018, directing the San Diego chipmaker to delay the meeting, which had been scheduled for March 6. The new date is April 5. At the meeting, shareholders were due to vote on six directors nominated by Singapore-based Broadcom for Qualcomm's 11-member board, a slate that could have handed Broadcom effective control of the negotiations.",
   "The panel said it was opening a review of the proposed takeover even though Broadcom had only made an unsolicited offer. Lawyers said it was highly unusual for CFIUS to step in at that stage."]),
 ("Why the panel cares", ["In a letter to both companies, the Treasury-led committee said it was concerned that Broadcom, known for cost cutting, could starve Qualcomm of research spending. That, it argued, might weaken the United States in 5G wireless standards and leave more room for Chinese rivals such as Huawei.",
   "Broadcom called the order a tactic by Qualcomm to entrench its board. Qualcomm had asked CFIUS to look at the bid in January, Broadcom said."]),
 ("Broadcom's move to the US", ["Broadcom has promised to move its legal home from Singapore to the United States, a pledge chief executive Hock Tan made at the White House in November. On Monday the company said the redomiciliation was on track to be completed by May 6, and that it would not buy Qualcomm before then.",
   "Once domiciled in the US, Broadcom argues, the deal would no longer be a foreign acquisition subject to CFIUS review at all. Several trade lawyers told Chip Ledger that assumption was untested."]),
 ("What it means for investors", ["The order is not a sanction and does not block anyone from trading Broadcom or Qualcomm shares. It simply freezes the proxy fight. \"The bid is still alive, but the clock now belongs to Washington,\" said Priya Natarajan, an M&A analyst at Redfern Partners.",
   "Qualcomm shares fell about 1.6% in early trading, while Broadcom's were little changed. The committee can extend its review, and the president alone can formally prohibit a transaction."])]))
A.append(dict(
 file="o-trump-blocks-broadcom-qualcomm-mar-2018.html", date="2018-03-13", source="Bayline Business Journal",
 title="Trump blocks Broadcom's $117bn takeover of Qualcomm on national security grounds",
 byline="By Marcus Oyelaran",
 lede="President Donald Trump on Monday, March 12, 2018, signed an order prohibiting Broadcom from acquiring Qualcomm, ending what would have been the largest technology takeover on record.",
 body=[
 ("The order", ["Acting on a recommendation from the Committee on Foreign Investment in the United States, the president said there was \"credible evidence\" that Broadcom, by acquiring Qualcomm, \"might take action that threatens to impair the national security of the United States.\" The order bars the proposed takeover and any substantially equivalent merger, whether carried out directly or indirectly.",
   "The order also disqualified all of Broadcom's director nominees from standing for election to Qualcomm's board, and required the two companies to certify their compliance to CFIUS. Qualcomm said it would reconvene its annual meeting at the earliest possible date."]),
 ("A rare step", ["Presidents have formally blocked a transaction only a handful of times. By Bayline's count this is the fifth such prohibition since 1990, after Lattice Semiconductor's sale to Canyon Bridge was stopped last September.",
   "Treasury Secretary Steven Mnuchin, who chairs CFIUS, said the decision was based on the facts of this particular transaction only and was not meant to make a statement about Singapore or about Broadcom's other business."]),
 ("Last-ditch efforts", ["Hours before the order, chief executive Hock Tan met officials at the Pentagon. Broadcom had also announced earlier on Monday that it would speed up its move from Singapore to the United States and complete the redomiciliation by April 3, two days before Qualcomm's rescheduled shareholder vote on April 5.",
   "Broadcom said it was reviewing the order and \"strongly disagrees\" that its proposal raised any national security concerns."]),
 ("Is Broadcom blacklisted?", ["No. The order is aimed at one deal. It does not put Broadcom on any sanctions or export list, and customers can keep buying its chips. \"This is a veto on a merger, not an embargo on a company,\" said Elena Varga, a trade lawyer in Washington.",
   "Analysts said the decision showed that the government now sees leadership in 5G and chip research as a national security matter, and that Qualcomm's licensing business was treated as a strategic asset. Qualcomm shares fell nearly 5% in after-hours trading."])]))
A.append(dict(
 file="o-broadcom-drops-qualcomm-bid-mar-2018.txt", date="2018-03-14", place="Singapore and San Jose", source="Wirefeed Asia",
 title="Broadcom formally abandons Qualcomm bid after presidential order",
 lede="Broadcom said on Wednesday it had withdrawn and terminated its offer for Qualcomm, two days after President Trump blocked the $117 billion deal.",
 caption="Broadcom's San Jose offices",
 body=[
 ("WITHDRAWAL", ["The chipmaker also withdrew its slate of independent director nominees for Qualcomm's 2018 annual meeting, which had already been pushed to April 5. \"Although we are disappointed with this outcome, Broadcom will comply with the Order,\" the company said in a statement.",
   "The withdrawal means the proxy fight that had dominated the chip industry since November is over. Broadcom had raised its offer once and then cut it to $79 a share after Qualcomm agreed to pay more for NXP Semiconductors."]),
 ("CFIUS SAYS INTERIM ORDER WAS BREACHED", ["Reports published this week said CFIUS had found that Broadcom violated the interim order issued on March 4 because, on at least three occasions, it took steps toward its redomiciliation without giving the committee the required five business days' notice. Broadcom has not commented on that finding.",
   "The committee had been examining whether the move to the United States was designed to take the deal outside its jurisdiction."]),
 ("THE MOVE TO THE US GOES ON", ["Broadcom said it would still move its legal home to the United States. It will hold a special meeting of stockholders as planned on March 23, 2018 to approve the redomiciliation, which it expects to complete by April 3.",
   "Analysts said the move would make it easier for Broadcom to buy smaller American companies in the future without a CFIUS review, although a full review can still apply to deals involving foreign money."]),
 ("WHAT IT MEANS", ["The order applies only to the Qualcomm transaction. Broadcom is not on a sanctions list, and the Treasury has not restricted trading in its shares. \"Shareholders of both companies can carry on as before; it is the merger that is dead,\" said Tomasz Lindqvist, a portfolio manager in Singapore.",
   "Qualcomm said it would now focus on closing its NXP acquisition, which still needed approval from China's competition regulator."])],
 teaser="Our tip: five ways to cut your home office energy bill this spring.",
 comments=[("kelvin_ng", "So Broadcom moves to Delaware and can buy US firms next time without this drama? Seems like that was the plan all along."), ("R. Alvarez", "The 5G angle is what sank it. Nobody in DC wanted Qualcomm's research budget cut.")]))
A.append(dict(
 file="o-broadcom-blacklist-forum-thread-apr-2018.html", date="2018-04-06", source="StockTalk Forums", forum=True,
 title="Is Broadcom (AVGO) on a US blacklist now? Holding shares after the Qualcomm block",
 posts=[
 ("divgrowth_dan", "2018-04-05 09:12", "After Trump blocked the Qualcomm deal my brother says Broadcom is \"blacklisted by the government\" and I should dump my AVGO. I've held since the Avago days. Is that true?"),
 ("compliance_kat", "2018-04-05 09:40", "No. The March 12 order prohibits Broadcom from acquiring Qualcomm, that's it. It's a CFIUS prohibition on one transaction. Broadcom isn't on the SDN list, the Entity List or any other restricted list, and nothing stops you owning or trading the shares."),
 ("divgrowth_dan", "2018-04-05 10:02", "ok that's a relief. What about the Singapore thing, wasn't that the whole problem?"),
 ("chipwatcher", "2018-04-05 10:31", "That's done now. Broadcom completed its redomiciliation to the United States on April 4, 2018. The parent is now Broadcom Inc., a Delaware corporation, with headquarters in San Jose. It originally said May 6, then April 3, and it closed a day after that."),
 ("compliance_kat", "2018-04-05 10:45", "Right. Worth adding the order still binds them though. Being a US company now doesn't undo the presidential order; they can't go back for Qualcomm through some equivalent structure."),
 ("old_sparky", "2018-04-05 12:20", "The part people forget: CFIUS said Broadcom broke the March 4 interim order by not giving five business days' notice before redomicile steps. Didn't end up in a fine as far as I know, but it shows the committee was watching closely."),
 ("chipwatcher", "2018-04-05 12:58", "Qualcomm's annual meeting finally happened too, with no Broadcom nominees on the ballot since they were all disqualified by the order. Qualcomm's own slate was re-elected."),
 ("divgrowth_dan", "2018-04-05 13:10", "So what's my actual risk as a shareholder?"),
 ("mod_harriet", "2018-04-05 13:35", "Mod note: this forum doesn't give investment advice. Factually: the order is about a deal, not about buying chips or shares. Anyone saying Broadcom is \"sanctioned\" is wrong. If you want the official text look up the Presidential Order of March 12, 2018 in the Federal Register."),
 ("old_sparky", "2018-04-06 08:02", "Also for comparison: Lattice got the same treatment in Sept 2017 when Canyon Bridge tried to buy it. Lattice shares still trade on Nasdaq. A blocked buyer doesn't make the target or the bidder untouchable."),
 ("divgrowth_dan", "2018-04-06 08:30", "Thanks all, keeping my shares.")]))
A.append(dict(
 file="o-lattice-canyon-bridge-blocked-sep-2017.txt", date="2017-09-14", place="Washington", source="Capitol Tech Wire",
 title="Trump blocks China-backed fund's $1.3bn purchase of Lattice Semiconductor",
 lede="President Donald Trump on Wednesday, September 13, 2017, blocked the sale of Lattice Semiconductor to Canyon Bridge Capital Partners, a private equity firm backed by Chinese state money, in only the fourth presidential prohibition of a foreign takeover since 1990.",
 caption="Lattice Semiconductor's headquarters in Portland, Oregon",
 body=[
 ("THE DEAL", ["Canyon Bridge agreed in November 2016 to buy Portland, Oregon-based Lattice for about $1.3 billion, including debt. The fund's money came from China Venture Capital Fund, which is owned by Chinese state entities, a link that drew scrutiny from lawmakers almost immediately.",
   "Lattice makes programmable logic chips, known as FPGAs, that are used in communications gear, consumer devices and some military systems."]),
 ("WHY IT WAS BLOCKED", ["The White House said the national security risk came from the potential transfer of intellectual property to the foreign acquirer, the Chinese government's support for the deal, the importance of semiconductor supply chain integrity to the US government, and the US government's use of Lattice products.",
   "CFIUS had reviewed the deal three times. The companies withdrew and refiled their notice twice before making a direct appeal to the president, who accepted the committee's recommendation to prohibit it."]),
 ("A SHORT LIST", ["Presidential prohibitions are rare. President George H.W. Bush ordered a Chinese agency to divest aircraft parts maker MAMCO Manufacturing in 1990; President Obama blocked Ralls Corporation's wind farms near a Navy site in 2012 and the purchase of Aixtron's US business by Fujian Grand Chip in December 2016. Lattice is the fourth.",
   "Most deals that run into trouble are simply abandoned before a formal order. \"The presidential order is the last step in a long process; getting there tells you the parties refused to walk away,\" said Hannah Cole, a former Treasury official."]),
 ("WHAT HAPPENS NEXT", ["Lattice said it would comply with the order and stay independent. Its shares remain listed on Nasdaq, and the company is not subject to any trade restriction. Canyon Bridge said it was disappointed and that its investment would have brought more US jobs.",
   "The order requires the parties to abandon the transaction. Analysts said it signalled tougher scrutiny of Chinese purchases of chip companies in the Trump administration."])],
 teaser="Our tip: the best trail running shoes of the season, tested.",
 comments=[("p_hughes", "Fourth ever? I thought it happened more often. Most deals must die quietly."), ("Mira T.", "Lattice chips are in a lot of defence boards. Not surprising at all.")]))
A.append(dict(
 file="o-stayntouch-shiji-divest-order-mar-2020.md", date="2020-03-07", source="Hospitality Tech Review",
 title="Trump orders Beijing Shiji to sell hotel software maker StayNTouch",
 byline="By Claire Boateng",
 lede="President Donald Trump on Friday, March 6, 2020, ordered Beijing Shiji Information Technology to divest StayNTouch, a Maryland-based maker of hotel management software, citing concerns about access to guests' personal data.",
 body=[
 ("A deal already closed", ["Unlike the Broadcom and Lattice cases, this order unwinds a deal that was completed. Shiji, a Chinese hospitality technology group, bought StayNTouch in 2018. The purchase was not filed with CFIUS in advance, and the committee later reviewed it on its own initiative.",
   "The order says there is credible evidence that Shiji, through its acquisition, \"might take action that threatens to impair the national security of the United States.\" It does not spell out the threat, but officials and lawyers pointed to the personal information StayNTouch's cloud-based property management system handles for hotels, including guest names, stay dates and payment details."]),
 ("120 days to sell", ["Shiji and StayNTouch must divest all interests in StayNTouch's assets and operations within 120 days of the order, unless CFIUS grants an extension. Until the sale, Shiji must stop accessing hotel guest data held by StayNTouch, and the company must certify its compliance to the committee.",
   "The sale must be to a buyer CFIUS does not object to. The order does not name a buyer or a price."]),
 ("Part of a pattern", ["The order is the sixth time since 1990 that a president has formally prohibited a foreign acquisition. It follows the Broadcom order of March 2018. New CFIUS rules that took effect on February 13, 2020 expand the committee's reach over companies holding sensitive personal data on more than one million Americans.",
   "\"Data is the new dual-use technology,\" said Ravi Desai, a partner at Hale & Sutter. \"A hotel booking platform is now a national security asset.\""]),
 ("What hotels should know", ["The order does not ban hotels from using StayNTouch software, and StayNTouch said service to customers would continue. Shiji is not on any sanctions or export list as a result. StayNTouch said it was already working with advisers on a sale.",
   "Hotels using the product should expect a change of owner, not an outage, lawyers said."])]))
A.append(dict(
 file="o-snapdragon-855-launch-dec-2018.txt", date="2018-12-05", place="Maui, Hawaii", source="GadgetPulse",
 title="Qualcomm unveils Snapdragon 855, its first 5G-ready flagship chip",
 lede="Qualcomm took the wraps off the Snapdragon 855 at its annual tech summit in Maui, promising faster AI processing and support for the first 5G phones due in 2019.",
 caption="Qualcomm president Cristiano Amon on stage in Maui",
 body=[
 ("THE CHIP", ["The Snapdragon 855 is built on a 7-nanometre process and pairs with Qualcomm's X50 modem for 5G networks. The company said its fourth-generation AI engine would deliver up to three times the AI performance of the previous Snapdragon 845.",
   "A new Kryo 485 CPU uses a single high-clocked \"prime\" core alongside three performance cores and four efficiency cores. Qualcomm also showed a new Adreno 640 graphics processor and an ultrasonic fingerprint sensor that works under the display."]),
 ("PHONES AND PARTNERS", ["Qualcomm said phones using the chip would arrive in the first half of 2019. Executives from carriers such as Verizon and AT&T joined the stage to talk about 5G launches, and Samsung said it would bring a 5G phone to the US early next year.",
   "Analysts expect the chip to appear in most high-end Android phones in 2019. \"This is the chip that turns 5G from a network story into a phone story,\" said Laila Ferreira, an analyst at Northpoint Research."]),
 ("CAMERAS AND GAMING", ["Qualcomm said its image signal processor could apply computer-vision effects to 4K HDR video, such as blurring backgrounds in real time. A new \"Elite Gaming\" feature set is meant to smooth frame rates and reduce lag in mobile games.",
   "The company also highlighted battery improvements, saying phones with the 855 would last longer on a charge despite the extra 5G hardware."]),
 ("THE BUSINESS", ["The launch comes at the end of a turbulent year for Qualcomm, which fought off an unsolicited bid from Broadcom earlier in 2018 and abandoned its planned purchase of NXP Semiconductors in July after it failed to win Chinese approval. Chief executive Steve Mollenkopf told reporters the company was focused on its licensing disputes and on winning 5G designs.",
   "Qualcomm shares rose about 1% after the event. Full specifications were published on the company's website."])],
 teaser="Our tip: three one-pot dinners ready in 25 minutes.",
 comments=[("andro1d_fan", "Three times the AI performance, sure. I'll believe it in benchmarks."), ("mkw", "Ultrasonic fingerprint sensor is what I actually want.")]))
A.append(dict(
 file="o-cfius-presidential-blocks-explainer-2020.html", date="2020-03-20", source="Deal Desk Explained",
 title="Explainer: when a US president blocks a deal, and what it does and doesn't do",
 byline="By the Deal Desk team",
 lede="With the StayNTouch order of March 6, 2020, US presidents have now formally prohibited six foreign acquisitions since 1990. Here is how those orders work and how they differ from sanctions and export blacklists.",
 body=[
 ("The six orders", ["The list is short: MAMCO Manufacturing (1990), Ralls Corporation's Oregon wind farms (2012), Aixtron's US business (2016), Lattice Semiconductor (2017), Broadcom's bid for Qualcomm (2018) and Beijing Shiji's ownership of StayNTouch (2020). In each case the president acted under section 721 of the Defense Production Act after a recommendation by CFIUS.",
   "Far more deals are abandoned or restructured during review, which is why the formal count stays low."]),
 ("What an order does", ["An order prohibits a specific transaction and may require a completed one to be unwound, as with Shiji, which was given 120 days to sell. It can also bind the parties in related ways: the Broadcom order disqualified all of Broadcom's nominees to Qualcomm's board.",
   "Orders are not reviewable by courts on their merits. The Ralls case in 2014 established only that the company was entitled to see the unclassified evidence and respond."]),
 ("What an order doesn't do", ["An order is not a listing. It does not put the buyer on the SDN list, the Entity List or the FCC Covered List, and it does not stop anyone from buying the company's products or trading its shares. Broadcom, which completed its move to the United States in April 2018, remains free to sell chips to anyone and has since bought other US companies.",
   "\"People confuse a merger veto with a blacklist all the time,\" said Nora Halvorsen, a former CFIUS case officer. \"The only thing the buyer loses is that deal.\""]),
 ("Why it matters now", ["Since February 13, 2020, new regulations under the 2018 FIRRMA law have widened CFIUS jurisdiction to non-controlling investments in businesses dealing in critical technology, critical infrastructure and sensitive personal data, and made filings mandatory in some cases. Lawyers expect more reviews and more mitigation agreements rather than many more presidential orders.",
   "For investors, the practical test is simple: check whether a deal needs CFIUS clearance, not whether the parties are \"blacklisted\"."])]))
