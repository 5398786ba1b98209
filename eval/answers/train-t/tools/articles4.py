"""Polymetal: JSC Polymetal on the SDN list, move to Astana, sale of the Russian business."""
A = []

A.append(dict(file="t-polymetal-russian-unit-sanctioned-may-2023.md", date="2023-05-22", section="markets",
 source="Commodities Ledger", byline="By Irina Volkova, London", title="Polymetal shares slump after US sanctions its Russian unit",
 body=[
 "Shares of gold and silver producer Polymetal International plunged in London on Monday after the United States sanctioned its Russian business, though the company insisted the measures do not touch its operations outside Russia.",
 "The US State Department on Friday, May 19, 2023, designated JSC Polymetal (Polimetall AO), the Russian holding company for the group's assets in Russia, under Executive Order 14024 as part of a broad package against Russia's metals and mining sector. The same package targeted Polyus, Russia's largest gold miner, which also was sanctioned by the UK and Australia that day.",
 "## What is and is not covered",
 "The Treasury's Office of Foreign Assets Control said in guidance that the blocking sanctions apply only to JSC Polymetal and entities it owns 50 percent or more. The Jersey-registered parent, Polymetal International plc, was not designated and is not owned 50 percent or more by blocked persons, so US persons may still deal with it and its non-blocked subsidiaries, including the Kazakh mines.",
 "\"JSC Polymetal is a legal entity registered in the Russian Federation which acts, among other things, as a holding company for the group's assets located in the Russian Federation,\" the company said. \"It has no assets outside the Russian Federation.\"",
 "## Market reaction",
 "Polymetal's London-listed shares closed 8.4 percent lower on Friday and at one point on Monday lost almost 40 percent before recovering some ground. The Russian operations accounted for about two-thirds of group revenue in 2022.",
 "## Plans to split",
 "The company has been working to redomicile from Jersey to Kazakhstan and move its primary listing from London to the Astana International Exchange, a step it says would make it easier to sell or separate the Russian assets. It said its Russian entities continue to work as usual and had prepared for the possibility of sanctions by building separate sales, supply and financing systems for Russia and Kazakhstan.",
 "Neither the company nor its subsidiaries are designated by the UK or the European Union, Polymetal said, apart from the Russian units now named by Washington.",
 ]))

A.append(dict(file="t-polymetal-executives-resign-jun-2023.txt", date="2023-06-19", section="markets", place="London",
 source="Mining Wire Europe", byline="Staff report", title="Polymetal's Nesis and Nazimok quit Russian unit roles after US sanctions", kind="news",
 body=[
 "Polymetal International said on Monday that the top executives of its Russian business have resigned from all executive positions there, a month after the United States sanctioned the unit.",
 "\"Vitaly Nesis, Chief Executive Officer, and Maxim Nazimok, Chief Financial Officer, have resigned from all executive positions and terminated their employment with JSC Polymetal and its subsidiaries,\" the company said. Both remain in their group roles at Polymetal International.",
 "## Why it matters",
 "The US State Department designated JSC Polymetal on May 19 under Executive Order 14024. Because the parent company is not designated, its executives can keep dealing with Western banks and partners, but holding senior roles inside a blocked Russian entity exposes them and their counterparties to risk. New managers in Russia will run the Russian mines.",
 "## Ringfencing",
 "The group already keeps separate sales, supply and financing for its Russian and Kazakh operations. Analysts said the resignations are a further step towards separating the two, and possibly towards a sale of the Russian assets, which the company has said it is willing to consider once it completes its move to Kazakhstan.",
 "## Shares",
 "The London-listed shares rose about 3 percent. They remain far below their level before the sanctions. \"The market wants to see the Russian business gone, not just ringfenced,\" a London-based mining analyst said.",
 "The company said production guidance for 2023 was unchanged and that all Russian operations were continuing to meet obligations to employees, suppliers and the state.",
 "Reader question: Are the Kazakh mines affected? The company says the Kazakh assets are not sanctioned and continue to operate normally.",
 ],
 photo="Ore trucks at a Polymetal mine in Kazakhstan"))

A.append(dict(file="t-polymetal-moves-to-astana-aug-2023.html", date="2023-08-08", section="markets", kind="news",
 source="Steppe Capital News", byline="By Aidos Serikbayev, Astana", title="Polymetal completes move to Astana and leaves London",
 body=[
 "Polymetal International has completed its redomiciliation from Jersey to the Astana International Financial Centre in Kazakhstan and ended its London listing, the gold miner said this week.",
 "The company's shares now trade primarily on the Astana International Exchange. It also keeps a listing on the Moscow Exchange. The London Stock Exchange had suspended trading in the shares after Russia's invasion of Ukraine made the company's position difficult, and the move ends its membership of the FTSE family of indices.",
 "## Why Astana",
 "Polymetal has said that remaining in Jersey exposed it to Russian restrictions on companies from \"unfriendly\" jurisdictions, which blocked dividend payments to many shareholders and made a sale of the Russian business almost impossible. Kazakhstan is not on Russia's list of unfriendly states.",
 "## Sanctions picture",
 "In May the United States sanctioned JSC Polymetal, the group's Russian holding company. The parent company, now Polymetal International plc registered in Astana, is not sanctioned, and neither are its Kazakh mines, which include Kyzyl and Varvara. Chief executive Vitaly Nesis said the company would now look at \"all options\" for the Russian assets.",
 "## Dividends",
 "The company said the move should allow it to resume dividend payments to all shareholders once it has cleared remaining legal and regulatory steps.",
 "Kazakh officials welcomed the listing as a boost for the Astana exchange, which has struggled to attract large international issuers.",
 ]))

A.append(dict(file="t-polymetal-to-sell-russian-business-feb-2024.txt", date="2024-02-20", section="markets", place="Astana",
 source="Mining Wire Europe", byline="Staff report", title="Polymetal agrees to sell sanctioned Russian business for $3.69bn", kind="news",
 body=[
 "Polymetal International said on Monday, February 19, 2024, it has agreed to sell its entire Russian business, JSC Polymetal, to JSC Mangazeya Plus, part of Sergey Yanchukov's Mangazeya Mining, for a total of $3.69 billion.",
 "The consideration includes $2.21 billion of net debt of the Russian business and $1.43 billion of dividends to be paid to Polymetal before completion. Polymetal expects net cash proceeds of about $300 million, which it plans to use to build the Irtysh mining and metallurgical complex in Kazakhstan and strengthen its finances.",
 "## Why sell",
 "The company said the deal \"represents the most feasible opportunity for the group to recover shareholder value by eliminating or significantly mitigating critical political, legal, financial and operational risks\", including the risk of its Russian mines being seized or nationalised. Chief executive Vitaly Nesis has said a sale of the Russian unit, which was added to the US sanctions list in May 2023, was a condition for becoming a Kazakh-focused company.",
 "## Size of the Russian arm",
 "In 2023 the Russian business produced 1,228 thousand ounces of gold equivalent, against 486 thousand ounces in Kazakhstan, and brought in revenue of $2.13 billion of the group's $3.03 billion. After the sale Polymetal will operate only in Kazakhstan, where it runs two producing mines.",
 "## Next steps",
 "Shareholders will vote at a general meeting on March 7. The company hopes to complete the deal by the end of March. The deal was backed by an Omani state-linked fund that became a major shareholder in January.",
 "The shares fell about 6 percent in Moscow. Polymetal said the deal complies with all applicable sanctions.",
 ],
 tip="Our tip: the easiest way to back up your phone photos."))

A.append(dict(file="t-polymetal-shareholders-approve-sale-mar-2024.md", date="2024-03-08", section="markets",
 source="Commodities Ledger", byline="By Irina Volkova", title="Polymetal shareholders approve sale of Russian assets",
 body=[
 "Shareholders of Polymetal International on Thursday, March 7, 2024, approved the sale of the company's Russian business to Mangazeya Plus, part of businessman Sergey Yanchukov's Mangazeya Mining, the company said.",
 "The deal values the Russian operations at about $3.7 billion, of which $2.2 billion is the Russian unit's net debt. Polymetal said it expects to complete the transaction by the end of March, after which it will have no assets in Russia.",
 "## What it means for sanctions",
 "JSC Polymetal, the Russian holding company, was designated by the United States in May 2023. The parent company was never designated. Once the sale closes, the blocked Russian entity will belong to Mangazeya rather than to the Astana-registered group, which will be left with its mines in Kazakhstan and a development project at Irtysh.",
 "Lawyers said Western investors had been waiting for this step. \"A Kazakh miner with no Russian subsidiary is a far simpler screening question,\" said one London compliance adviser.",
 "## The buyer",
 "Mangazeya Mining is a privately held Russian gold and silver producer. Polymetal said it had checked that the buyer is not sanctioned and that the transaction complies with applicable US, UK and EU rules.",
 "## After the deal",
 "Polymetal has said it will continue to report in US dollars and plans to resume dividends once the sale is completed and its debt is reduced. The company said about 23.9 percent of its shares are held by Maaden International Investment, the Omani vehicle that bought into the group in January.",
 ]))

A.append(dict(file="t-polymetal-investor-faq-apr-2024.html", date="2024-04-10", section="compliance", kind="faq",
 source="Emerging Markets Investor Desk", byline="Investor FAQ", title="FAQ: Polymetal after the sale of its Russian business",
 body=[
 "Updated April 10, 2024, after the completion of the Russian sale in March. For information only.",
 "## Is Polymetal sanctioned?",
 "The parent company, Polymetal International plc, registered in Astana, Kazakhstan, is not on the US SDN list and was never designated. The sanctioned company is JSC Polymetal, the former Russian holding, designated on May 19, 2023.",
 "## Does Polymetal still own the sanctioned Russian unit?",
 "No. The sale of JSC Polymetal to Mangazeya Plus was completed in March 2024, after shareholders approved it on March 7. Polymetal now has no operations in Russia. JSC Polymetal remains on the US sanctions list under its new owner.",
 "## How much did the deal bring in?",
 "The total consideration was $3.69 billion, including $2.21 billion of net debt that went with the Russian business. Polymetal expected about $300 million in net cash after the pre-completion dividends.",
 "## Where is the company listed?",
 "Its shares trade on the Astana International Exchange, with a listing also on the Moscow Exchange. It left London in August 2023 when it moved from Jersey to Kazakhstan.",
 "## What does it produce now?",
 "Gold and silver from its Kazakh mines, Kyzyl and Varvara, with the Irtysh project under development. In 2023 Kazakhstan contributed 486 thousand ounces of gold equivalent.",
 "## Are the executives sanctioned?",
 "No. Vitaly Nesis and Maxim Nazimok left their executive posts at the Russian unit in June 2023 and continue to lead the group.",
 ]))

A.append(dict(file="t-polymetal-kazakhstan-production-update.md", date="2024-07-25", section="markets",
 source="Steppe Capital News", byline="By Aidos Serikbayev", title="Kazakh gold producer Polymetal lifts output at Kyzyl as Irtysh plans advance",
 body=[
 "Polymetal International, the gold and silver producer now focused on Kazakhstan, reported higher second-quarter output at its flagship Kyzyl mine and said construction planning for the Irtysh processing complex was on schedule.",
 "## Production",
 "Kyzyl, in the east of the country, benefited from higher grades in the underground section of the mine. The Varvara hub in the north-west processed more third-party ore. The company kept its full-year guidance and said cash costs were in line with expectations, helped by gold prices above $2,300 an ounce.",
 "## Irtysh",
 "The Irtysh complex is designed to process refractory concentrate from Kyzyl that previously had to be shipped to a Polymetal plant in Russia. Management said the project would make the Kazakh business self-sufficient in processing.",
 "## Listing",
 "Polymetal shares are listed on the Astana International Exchange, where they are among the most traded securities, and the company has said it will consider a further listing in another financial centre in the future. Trading volumes rose after the results.",
 "## Dividends and debt",
 "The company said net debt had fallen sharply and that the board would discuss dividends at the year-end results. Analysts said the stock trades at a discount to peers because of its history and its relatively narrow investor base.",
 "A company spokesperson said Polymetal was \"now a pure Kazakh growth story\". The results did not include any update on the company's former operations.",
 ]))
