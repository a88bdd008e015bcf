using Xunit.Abstractions;

namespace CrossBorderBot.Tests.Scenarios;

/// <summary>One dev scenario set as it is measured: its conversations and the total it must still reach.</summary>
/// <param name="Name">
/// The row's name, the name of the class that measured the set before this table (without "Tests"), which still holds
/// the set's shape checks and printers: a filter on it (<c>DisplayName~GuidesDev9Scenario</c>) runs the row and that
/// class together. No name is part of another.
/// </param>
/// <param name="Label">What the printed total starts with ("guides dev9 passed: …").</param>
/// <param name="PassFloor">Whole conversations passed, at least; the floor only ever goes up.</param>
public sealed record DevScenarioSet(
    string Name,
    string Label,
    IReadOnlyList<ConversationScenario> Scenarios,
    int PassFloor)
{
    public override string ToString() => Name;
}

/// <summary>
/// The dev scenario sets measured as one total with a floor, one row a set: the guides' dev sets, then the other dev
/// sets in the order they were written. Each row's comments are its floor's history, moved here verbatim from the set's
/// own class. Dev material: every miss is printed (the bot's words for the first failing turn), to be read and tuned on.
/// One set, with its class's shape checks and printers:
/// <c>dotnet test tests/CrossBorderBot.Bot.Tests --filter "DisplayName~GuidesDev9Scenario" --logger "console;verbosity=detailed"</c>;
/// its total alone: <c>--filter "FullyQualifiedName~Scenarios.DevScenarioTests&amp;DisplayName~GuidesDev9Scenario"</c>.
/// A new dev set joins as a row at the end (its name the name of its class without "Tests", its printed label, its
/// scenarios, its floor with the history as comments); its own class keeps only its shape checks and printers.
/// </summary>
public static class DevScenarioSets
{
    public static IReadOnlyList<DevScenarioSet> All { get; } =
    [
        new("GuidesDevScenario", "guides dev scenarios", GuidesDevScenarios.All,
            // Measured once when the set was written, before any change of the fourteenth pass to the guides: 11 of 29.
            // After the fourteenth pass's guide changes (tuned on this set; the assumed-currency pattern widened to ISO codes): 27 of 29.
            // On 1b9c07e (main as merged last pass, measured at the start of the twenty-first): 28.
            PassFloor: 28),
        new("GuidesDev2Scenario", "guides dev2 scenarios", GuidesDev2Scenarios.All,
            // Measured once when the set was written, on 014afd7 before any change of the fifteenth pass to the guides: 8 of 29.
            // After the fifteenth pass's guide changes (tuned on this set and the fourteenth to twelfth batches): 29 of 29.
            PassFloor: 29),
        new("GuidesDev3Scenario", "guides dev3", GuidesDev3Scenarios.All,
            // Measured once when the set was written, on c57edf7 before any change of the sixteenth pass to the guides: 10 of 28.
            // After the sixteenth pass's guide changes (tuned on this set and the fifteenth to twelfth parts): 23 of 28.
            // After the seventeenth pass's guide changes (not tuned on this set): 25 of 28. On dcabf29: 27 of 28.
            PassFloor: 27),
        new("GuidesDev4Scenario", "guides dev4", GuidesDev4Scenarios.All,
            // Measured once when the set was written, on f8ae1c8 before any change of the seventeenth pass to the guides: 2 of 26.
            // After the seventeenth pass's guide changes (tuned on this set and the sixteenth and fifteenth parts): 18 of 26.
            // On dcabf29 (the seventeenth pass's branches merged): 21 of 26.
            // On 41b67be (the nineteenth pass's branches merged): 22 of 26.
            PassFloor: 22),
        new("GuidesDev5Scenario", "guides dev5", GuidesDev5Scenarios.All,
            // Measured once when the set was written, on dcabf29 before any change of the eighteenth pass to the guides: 7 of 26.
            // After the eighteenth pass's guide changes (tuned on this set and the seventeenth and sixteenth parts): 18 of 26.
            // On 41b67be (the nineteenth pass's branches merged): 23 of 26.
            // On 1b9c07e (main as merged last pass, measured at the start of the twenty-first): 24.
            // Lowered in the thirty-fifth pass's merge (`.ci/run` on a fresh clone of 5dd9927f): 23 — "three weeks" at the lead-time
            // question, "国内注册了" at the trademark question and "nothing liquid, nothing electric, just linen" are its misses now, one
            // more than before (which one is new was not found); too late in the session to trace: the first thing to mend next
            // pass, then raise it back.
            // Mended in the thirty-sixth pass (w36-guides): "three weeks" was the new miss ("our two sales girls both write decent
            // english" at the tax question counted as the team since 84e2e36d made "sales girls" a role, so the staff question was
            // skipped). Measured 24 of 26 (left: the linen line, whose result lists "Batteries / liquids: Neither" among the
            // answers, which the test's "liquids" excludes; and the tents conversation at "认证方面我们不太懂要什么", read as a
            // question by a first version of the asking clauses, mended after that run and not measured again, so whether its
            // "国内注册了" turn passes is not known).
            PassFloor: 24),
        new("GuidesDev6Scenario", "guides dev6", GuidesDev6Scenarios.All,
            // Measured once when the set was written, on 124e23a before any change of the nineteenth pass to the guides: 2 of 22.
            // On 41b67be (the nineteenth pass's branches merged): 13 of 22; 15 after the twentieth pass's guide changes (099da52,
            // 19 failing turns).
            // On 1b9c07e (main as merged last pass, measured at the start of the twenty-first): 16.
            PassFloor: 16),
        new("GuidesDev7Scenario", "guides dev7", GuidesDev7Scenarios.All,
            // Measured once when the set was written, on 41b67be before any change of the twentieth pass to the guides: 3 of 22
            // (79 failing turns). One message that repeated an eighteenth-part reply ("standard delivery", after a failing turn of
            // its conversation) was reworded before any bot change. After the twentieth pass's guide changes (099da52): 14 of 22
            // (30 failing turns).
            // On 1b9c07e (main as merged last pass, measured at the start of the twenty-first): 17.
            PassFloor: 17),
        new("GuidesDev8Scenario", "guides dev8", GuidesDev8Scenarios.All,
            // Measured once when the set was written, on 1b9c07e before any change of the twenty-second pass to the guides: 7 of 24.
            // One message that repeated a nineteenth-part reply ("none so far", at a turn that passed) was reworded ("no certificates
            // so far") before any bot change was measured. After this pass's guide changes (ac9775f): 15 of 24.
            PassFloor: 15),
        new("GuidesDev9Scenario", "guides dev9", GuidesDev9Scenarios.All,
            // Measured once when the set was written, on 2edccf4 before any change of the twenty-third pass to the guides: 8 of 24.
            // After this pass's guide changes (827965b): 18 of 24; the six left are messages the arbiter sends elsewhere (the
            // readiness result asked for as a question, the plan asked for as a question or with "send", "we don't know what's
            // needed" at the certificates question).
            // Measured again in the twenty-fourth pass (fd4f4a3): 20 of 24.
            PassFloor: 20),
        new("GuidesDev10Scenario", "guides dev10", GuidesDev10Scenarios.All,
            // Measured once when the set was written, on 8c0912f before any change of the twenty-fourth pass to the guides: 5 of 26.
            // After this pass's guide changes (fd4f4a3, rebased on the cues' 616c23f): 15 of 26; of the eleven left, the two whose
            // openings name no market get the market question first (a flaw of the set), the others are routing ("back to your
            // questions", "alright, carry on to the next part"), a weight in 两, a date as the speed, "一块" read as money, a place
            // said of past selling, and the budget's assumed-currency note.
            // After the twenty-fifth pass's guide changes: 18 of 26 (the final floors run of that pass).
            PassFloor: 18),
        new("GuidesDev11Scenario", "guides dev11", GuidesDev11Scenarios.All,
            // Measured when the set was written, on b679186 before any change of the twenty-fifth pass to the guides: 4 of 26 as
            // first run; two of its checks were wrong (a result's own "Sources" line matched the side-answer pattern), corrected
            // to the knowledge base's "I don't know that yet" and run again on the same base before any change: 6 of 26.
            // After this pass's guide changes (c03d0cb…): 22 of 26, then 23 with "说的就是这事" as a confirmation; of the three left, a
            // Rakuten warning and a raincoat (雨衣) the triage and the category reading do not know, and a date as the speed
            // ("月底前要送到") that no reader takes yet.
            PassFloor: 22),
        new("GuidesDev12Scenario", "guides dev12", GuidesDev12Scenarios.All,
            // Measured when the set was written, on 1cd9d42 before any change of the twenty-sixth pass to the guides: 5 of 26
            // (two readiness openings and a Lazada problem are routed or triaged elsewhere — not the guides' part). After this pass's
            // guide changes: 19 of 26; of the seven left, those three, "no idea, what would EPR even cover for us?" (a question about
            // the question read as a no), a correction of the market at a step, and two the guides' readers take but the arbiter does not
            // pass on at its question.
            PassFloor: 19),
        new("GuidesDev13Scenario", "guides dev13", GuidesDev13Scenarios.All,
            // Measured when the set was written, on 55672fe before any change of the twenty-seventh pass to the guides: 9 of 26
            // (log guides27-dev13-before.log in the pass's notes; the activewear opening is routed to another guide — not the guides' part).
            // After that measure the two unreadable replies of A5 ("ehh depends who you ask", "看情况吧") were marked MayMiss, as
            // the set meant them (a "didn't understand" there is right; what is measured is the next turn); both failed there on the base.
            // After this pass's guide changes: 14 of 26 (guides27-floors.log); left: openings routed elsewhere, lunar holidays as
            // deadlines, a market corrected at a step, two replies the arbiter sends to the knowledge base before the guide reads them.
            // On the merged tree: 15 of 26; after the twenty-seventh pass's merge (session 28): 16 of 26.
            PassFloor: 16),
        new("GuidesDev14Scenario", "guides dev14", GuidesDev14Scenarios.All,
            // Measured when the set was written, on d9f37be before any change of the twenty-eighth session to the guides: 10 of 26
            // (misses: sameness and degree words at the differentiation question, own source or label, weeks at the financing
            // question, "skip" at the fix-an-issue market question, long-term prevention, a market corrected at a step, vague
            // values, stock shipped the same day, a readiness opening in own words).
            // After the session's guide changes: 19 of 26 (left: readiness openings in own words, routed elsewhere — not the
            // guides' part; "original blends" as own design; "这个先不管" at the market question and long-term prevention at a
            // playbook step, which do not reach the guide's reader; a market corrected at a step; "两个都没办" at the tax question).
            PassFloor: 19),
        new("SeventeenthDevScenario", "dev17 scenarios", SeventeenthDevScenarios.All,
            // Measured once when the set was written, on f8ae1c8 before any change of the seventeenth pass: 9 of 28.
            // After the seventeenth pass's changes for what a message is for: 26 of 28.
            // On 41b67be (the nineteenth pass's branches merged): 28 of 28.
            PassFloor: 28),
        new("UnderstandDev18", "dev18 scenarios", EighteenthDevScenarios.All,
            // Measured once when the set was written, on ffde385 (dcabf29 and the result-question fixes), before any tuning change
            // of this pass: 3 of 32. After this pass's changes for what a message is for: 27 of 32; after the nineteenth pass's: 30.
            PassFloor: 30),
        new("UnderstandDev19", "dev19 scenarios", NineteenthDevScenarios.All,
            // Measured once when the set was written, on 124e23a, before any tuning change of this pass: 12 of 37. After this
            // pass's changes for what a message is for: 35 of 37.
            PassFloor: 35),
        new("UnderstandDev20", "dev20 scenarios", TwentiethDevScenarios.All,
            // Measured once when the set was written, on 41b67be, before any tuning change of this pass: 15 of 32 (17 failing
            // turns). A first run had three setups name a city the geography lacks (oslo, dublin, vienna: 15 of 32, 20 failing
            // turns); those setups name the country now, measured again before any tuning change. After this pass: 30 of 32.
            PassFloor: 30),
        new("UnderstandDev21", "dev21 scenarios", TwentyFirstDevScenarios.All,
            // Measured once when the set was written, on 1b9c07e, before any tuning change of this pass: 7 of 29 (22 failing
            // turns). A first run had three setups fail for reasons outside what they measure (two products the category list
            // lacks, a city the geography lacks: 5 of 29, 27 failing turns); those setups name a listed product and the country
            // now, measured again before any tuning change. After the twenty-second pass's merge (its readings re-landed): 23 of 29;
            // after the twenty-fourth's, 24 of 29.
            PassFloor: 24),
        new("ResultQuestionsDevScenario", "results dev", ResultQuestionsDevScenarios.All,
            // Measured once when the set was written, on f8ae1c8 before any change of the eighteenth pass: 13 of 52.
            // After the eighteenth pass's result-question answers (tuned on this set): 51 of 52.
            PassFloor: 51),
        new("UnderstandDev26", "dev26u scenarios", TwentySixthUnderstandDevScenarios.All,
            // Measured once when the set was written, on 1cd9d42, before any change of this pass: 21 of 37 (19 failing turns;
            // by kind, passing: W1 7 of 10, W2 4 of 7, W3 7 of 7, W4 3 of 8, W5 0 of 5). After this pass's readings: 29 of 37
            // (W1 7, W2 6, W3 7, W4 4, W5 5); the 8 left need the guides' part (a brand or a platform read at the result, prevention
            // in other words, the result asked for early, a store corrected at a step).
            // After the twenty-ninth pass's merge (session 30): 31 of 37.
            PassFloor: 31),
        new("UnderstandDev27", "dev27u scenarios", TwentySeventhUnderstandDevScenarios.All,
            // Measured once when the set was written, on 55672fe, before any change of this pass: 13 of 32 (19 failing turns; by
            // kind, passing: K1 openings 5 of 8, K2 side questions at a step 4 of 8, K3 the result asked early 2 of 6, K4 what a
            // message refers to 2 of 10). Log: understand27-dev27-base.log. After this pass's readings: 20 of 32, 12 failing turns
            // (K1 8, K2 6, K3 2, K4 4); the 12 left need the guides' readers (the result asked early read by ResultNowCues, "its" and
            // a platform named at the platform result by ResultQuestions, prevention in other words, an earlier answer corrected
            // by its topic) but one setup ("santiago" is no market). On the merged tree, with the guides' readers: 26 of 32 (6
            // failing turns).
            // After the twenty-ninth pass's merge (session 30): 28 of 32.
            PassFloor: 28),
        new("UnderstandDev28", "dev28u scenarios", TwentyEighthUnderstandDevScenarios.All,
            // Measured once when the set was written, on d9f37be, before any change of this pass: 23 of 34 (11 failing turns; by
            // kind, failing: A readiness in own words 2 of 5, B an answer in own words 1 of 4 (the reader's side), C currency names
            // 2 of 8, D 0 of 3, G 2 of 3, L 1 of 2, M 0 of 3, leftovers 3 of 6: the detour at a step in Chinese, the seller's own
            // country store twice). Log: understand-dev28-base.log. After this pass's changes: 32 of 34 (2 failing turns: "our
            // supplier handles that side" at the quality question now reaches the prompt, whose reader does not take it yet, and a
            // shipment given whole at a playbook step in Chinese is read as the step's answer).
            PassFloor: 32),
        new("UnderstandDev29", "dev29u scenarios", TwentyNinthUnderstandDevScenarios.All,
            // Measured once when the set was written, on 8a4c7e0c, before any change of this pass: 25 of 31 (6 failing turns; by
            // kind, failing: A 0 of 6, B buyers looked for online 2 of 4, C which platform unsure 1 of 3, F 0 of 5, I 0 of 4, L 0 of
            // 4, M "after that?" 1 of 3, N back to the problem after a detour 2 of 2). After this pass's changes: 31 of 31.
            PassFloor: 31),
        new("GuidesDev15Scenario", "guides dev15", GuidesDev15Scenarios.All,
            // Measured when the set was written, on 8a4c7e0c before any change of the twenty-ninth session to the guides: 15 of 26
            // (misses: "no clue which ones apply" and "完全不知道要办哪些证" at the certifications question, "both done" and "办了IOSS"
            // at the tax question, an improvement and "配方是自己的" at the differentiation question, "看情况，一般都可以" at the
            // small-batches question, couples and siblings at the staff question, no experience beyond China taken as the market
            // China, a readiness opening in own words routed elsewhere). Four filler replies were reworded after that run so no
            // message repeats an earlier part's; none of them was a miss.
            // After the session's guide changes: 22 of 26 (left: a licence named beside "生产" read as the lead time's topic, "BIFMA
            // for the US ones" at the certifications question, "nothing beyond china so far" still taken as the market China,
            // the financing months after an opening that gave the team).
            PassFloor: 22),
        new("UnderstandDev30", "dev30u scenarios", ThirtiethUnderstandDevScenarios.All,
            // Measured once when the set was written, on f0707ac4, before any change of this pass: 13 of 30 (17 failing turns; by
            // kind, failing: A business buyers online 4 of 6 (read as the readiness check, or the buyers not taken as B2B), B
            // prevention after a side question 2 of 4 (a 1-star review not a problem; "what is a commercial invoice" at a step not
            // answered), C result so far 3 of 4, D colloquial prevention 4 of 5, E a place alone at "another question?" 2 of 5, G a
            // problem while a question waits 2 of 4, H 0 of 2).
            // After this pass's understand changes: 23 of 30 (7 failing turns). Left: business buyers now start the platform guide
            // but are not taken as B2B (its model question is asked: the slot vocabulary's, the guides' part), the result so far
            // in own words (3; the guides' result-now words), "少碎点" (less of a thing, not in the prevention words).
            // After the thirty-first session's understand changes (measured in w31-understand): 24 of 30.
            PassFloor: 24),
        new("GuidesDev16Scenario", "guides dev16", GuidesDev16Scenarios.All,
            // Measured when the set was written, on f0707ac4 before any change of the thirtieth session to the guides: 18 of 26
            // (misses, first failing turn: own formulas, "配方传了三代", "市场上的通货" and "部分有改进" at the differentiation
            // question (the last read as the certifications' "some"), "出货前过一遍" at the quality question, "行" at the
            // small-batches question, "only ever sold inside china" taken as the market China, "a brand name, not registered"
            // at the brand question). One filler reply ("about 4 weeks", a staff-question lead-in) was reworded after that run
            // so no message repeats an earlier part's; it was no miss.
            // After the session's guide changes (tuned on this set and the twenty-eighth part): 23 of 26 (left: the languages
            // given in the opening, "english and korean", "英语日语都会", not taken, so the language question is asked; "英国VAT办了"
            // at the tax question, the registration said before its verb).
            PassFloor: 23),
        new("GuidesDev17Scenario", "guides dev17", GuidesDev17Scenarios.All,
            // Measured when the set was written, on 9aed37eb before any change of the thirty-first session to the guides: 15 of 26
            // (misses, first failing turn: an own blend and "minor upgrades to the finish" at the differentiation question, "mixed
            // orders from our stock" at the small-batches question (read as the tax question's no), "under a month" at the cash
            // question taken as 1-3 months and the experience question skipped, door hinges "to reach buyers abroad" started the
            // readiness guide, a budget corrected ("i meant 2k rmb, not 20k") not taken, "maybe 200 dollars a month at most" also
            // read as the experience, "a wholesale order, the shop keeps everything" and "到港通知我就行" at yes/no questions, the
            // weight corrected with its packing started the fix-an-issue guide, "跟别家差不多，就是包装好看点" taken for a question).
            // After the session's guide changes (w31-guides, classes of words in the slot vocabulary, the readiness guide moving
            // on after a miss): 18 of 26 (left: an own blend and "minor upgrades to the finish" at the differentiation question,
            // "mixed orders from our stock" right after a side question, the hinges and the stationery openings (the
            // understanding's), "under a month" now taken but the experience question skipped as the opening named the shop,
            // a Shopify shop in the opening taken as experience, the weight corrected with its packing still a problem report).
            PassFloor: 18),
        new("GuidesDev18Scenario", "guides dev18", GuidesDev18Scenarios.All,
            // Measured when the set was written, on 86a82483 before any change of the thirty-second session to the guides: 13 of 26
            // (misses, first failing turn: own-words answers at the differentiation question that no phrase places (copied and
            // changed, the same stock as every wholesaler, own moulds and software, "都是大路货", an own recipe), a mark's report at
            // the certificates question ("EN 581 test reports", "有CB报告"), knowing when it arrived at the tracking question, a
            // value with "for the lot", a figure reported at a playbook step, three platform openings (a question ending the
            // opening, households as consumers, shops and distributors as business buyers) not starting at the budget question).
            // One filler reply ("returns accepted") was reworded after that run so no message repeats an earlier part's; it was no miss.
            // After the session's guide changes (w32-guides: a reply no word places takes the option whose words it shares the
            // most, said back as assumed): 20 of 26 (left: a marketplace named in a differentiation answer read as the online
            // experience; "stock ships the next day" at the lead-time question; "620 usd for the lot" after "cheapest" in the opening (the
            // speed known); business buyers in a sock factory's opening starting the readiness check; "谁家都有", "什么时候到了"
            // read as questions).
            PassFloor: 20),
        new("GuidesDev19Scenario", "guides dev19", GuidesDev19Scenarios.All,
            // Measured when the set was written, on be02bd40 before any change of the thirty-third session to the guides: 14 of 26
            // (misses, first failing turn: buyers in own words in seven platform openings not taken, so the customer question
            // asked again ("japanese shoppers as our buyers", "everyday buyers ... to order from us", "home users", "一般的网购
            // 顾客", "买来自己用的人", "当地的普通买家") and latex pillows not placed in a category; "custom designs for each
            // client" at the differentiation question; "有EN1888" at the certificates question; "出窑挑一遍" at the quality
            // question; "老板自己加一个小姑娘" at the staff question; "想做跨境，平台怎么选" read as a knowledge question).
            // After the session's guide changes (w33-guides: buyers named by words after them or by a modifier of people before
            // a general word for buyers; a part of making the product that is the seller's own as own design; the team in
            // words): 19 of 26 (left: air purifiers, sunglasses and latex pillows not placed in a category (all three now have
            // the buyers taken), "有EN1888", "出窑挑一遍", "老板自己加一个小姑娘", "想做跨境，平台怎么选").
            PassFloor: 19),
        new("GuidesDev20Scenario", "guides dev20", GuidesDev20Scenarios.All,
            // Measured when the set was written, on 3f94db8d before any change of the thirty-fourth session to the guides: 16 of 26
            // (misses, first failing turn: a tube's length and width ("70 cm long and 8 cm wide", "长一米，直径十公分") asked as
            // three sizes; "ebay for two years" at the financing-months question not understood; a budget corrected "N not M" at
            // the financing-months question taken as a guess for it ("I'll assume Capital — Less than a month") or said back as
            // assumed; "no" at the tax question then the small-batch question skipped (the opening's "handmade soap" read as
            // small batches: a fact the message gives, no miss of the bot's); "没穿过的都能退" read as no returns; "七天之内可以退"
            // changing the speed; "不用，做批发的，也不会退货" at the tracking question asking tracking again; "目前没人，得招" at the
            // staff question asked for a number).
            // After the session's guide changes (w34-guides: a currency word after a dollar amount; a returns window no delivery
            // time; a negated "…的" describing the goods no no; a correction "N not M" gives N; a round parcel's length and width;
            // a marketplace with a length of time as the experience): 23 of 26 (left: the soap conversation above, "不用，做批发的，
            // 也不会退货" asking tracking again, "目前没人，得招").
            PassFloor: 23),
        new("GuidesDev21Scenario", "guides dev21", GuidesDev21Scenarios.All,
            // Measured when the set was written, on 48906585 before any change of the thirty-fifth session to the guides: 18 of 27
            // (misses, first failing turn: "UL and FCC reports" at the quality question not understood; "i'm not sure" at the
            // budget question asked for an amount; twelve lamps "each about 1.5 kg" and ten pillows "每个大概八百克" taken as one
            // parcel, the count dropped; "yes, and they won't be sending anything back" at the tracking question asking tracking
            // again; "我们就两个业务员，英语都还行" at the small-batch question taken as a yes; "茶叶都是自家山上的" at the
            // differentiation question not understood; "只做过国内平台" at the online-experience question starting the platform
            // guide; "预算改成一万二" in the platform guide said as assumed, not as changed). Two plain answers were reworded after
            // that run ("like the others", "random checks", as other conversations of the set already said), the readings the same.
            // After the thirty-fifth pass's merge (all its branches; the lead's run on the merged tree 5dd9927f): 21 of 27.
            PassFloor: 21),
        new("GuidesDev22Scenario", "guides dev22", GuidesDev22Scenarios.All,
            // Measured when the set was written, on a91d05ce before any change of the thirty-sixth session to the guides: 21 of 29
            // (misses, first failing turn: "45 days most of the time" with "about 40 employees." in the opening skipping the staff
            // question (the company's size taken as the team); "mostly we make what customers design" not understood; "we did a
            // bit of 1688 wholesale before, no retail at all" not understood; fifteen vases and twenty-four mats "each 2 kg", "0.9 kg
            // each" and thirty cups "每个三百五十克" taken as one piece; "每次发货前QC都会抽检" taken as occasional spot checks;
            // twenty tea sets "每套一点五公斤" said back as 5 kg).
            // After the session's guide changes (w36-guides, measured on c4fec73f's parent build): 28 of 29 (left: the tea sets,
            // "一点五公斤" read as 5 kg somewhere on the way to the guide while the recognizer itself reads 30 kg). The floor is one
            // under: the last two commits (a question particle after a Latin letter, customers' drawings) were not measured again
            // before the deadline. On the merged tree (the lead's run, 0d32cb53, its "random checks" walk-throughs said as "spot
            // checks", a plain answer of the dev-material parts): 28 of 29.
            PassFloor: 28),
        new("UnderstandDev31", "dev31u scenarios", ThirtyFirstUnderstandDevScenarios.All,
            // Measured once when the set was written, on 9aed37eb, before any change of this pass: 17 of 30 (13 failing turns; by
            // kind, passing: A an order told, the way to send it asked 4 of 4, B where to start selling 1 of 3, C a duty question
            // in the logistics guide 4 of 4, D prevention with no question word 2 of 4, E thanks in own words 2 of 3, F first
            // steps after the readiness result 0 of 2, G statements with an indefinite question word or a "can't" 0 of 6, H a
            // readiness opening split by a full stop 3 of 4). Log: u31-dev31-base.log.
            // After this pass's understand changes (measured in w31-understand on c5034e0d): 29 of 30 (1 failing turn: where to sell
            // asked as the first stop, "第一站该选哪里", still read as a knowledge question).
            PassFloor: 29),
        new("UnderstandDev32", "dev32u scenarios", ThirtySecondUnderstandDevScenarios.All,
            // Measured once when the set was written, on 86a82483, before any change of this pass: 18 of 32 (15 failing turns; by
            // kind, passing: A readiness asked in own words 3 of 4, B a cancel among other clauses 2 of 6, C prevention for later
            // with a market 3 of 4, D thanks with praise 1 of 4, E the result asked in other words 1 of 4, F a knowledge question
            // at a guide's question 4 of 4, G an order told with the way to send it asked 1 of 2, H a problem told as a situation
            // 1 of 2, I a language switch with the step's answer 2 of 2). Log: u32-base-set.log.
            // After this pass's understand changes (measured in w32-understand on a26b2a32): 28 of 32 (5 failing turns; left: the
            // readiness result asked in other words, 3, which the guides' result-now reader decides; "对了，还有一箱货…要发到德国"
            // at a playbook step read as the step going on instead of a shipping task).
            PassFloor: 28),
        new("UnderstandDev33", "dev33u scenarios", ThirtyThirdUnderstandDevScenarios.All,
            // Measured once when the set was written, on be02bd40, before any change of this pass: 12 of 30 (18 failing turns; by
            // kind, passing: A a question shape at a playbook step 3 of 8, B a cancel word as a question's topic 0 of 4, C a side
            // shipment called off 2 of 4, D the readiness result asked halfway 1 of 4, E the business and markets wanted 2 of 4,
            // F a problem confirmed in own words or an order to mail 2 of 4, G the price of a faster service 1 of 2). Six of
            // A and B fail at their opening: "account restricted because too many orders were cancelled" and its Chinese are
            // not matched to a problem (the fix-issue guide asks "What is the problem?"), the knowledge's issue words, not the
            // kind measured. Log: u33-base-set.log.
            // After this pass's understand changes (measured in w33-understand on 8b180ce8): 16 of 30 (25 failing turns; left: the
            // six blocked openings, the readiness result asked halfway, 3, which the guides' result-now reader decides; a
            // business with a market to open in Chinese with "准备" still read as readiness; "嗯，就是实物跟描述不符" re-searched;
            // an order told with no way asked; "what would going express add to the bill"; an HS-code answer the pattern misses).
            PassFloor: 16),
        new("UnderstandDev34", "dev34u scenarios", ThirtyFourthUnderstandDevScenarios.All,
            // Measured once when the set was written, on 3f94db8d, before any change of this pass: 15 of 32 (17 failing turns; by
            // kind, passing: A thanks beside the seller's next step or someone's reaction 3 of 13 (the two controls, thanks with
            // a question, pass; "明白，回头问问报关行，辛苦了" too), B the readiness result, level or weakest area asked halfway
            // 0 of 6, C the next step or prevention at a playbook step in other words 4 of 4, D an opening decided by its want
            // 6 of 6, E a cancel beside a question for someone else 1 of 2). Log: w34u-base-set.log.
            // After this pass's understand changes (measured in w34-understand on c0ea300d): 25 of 32 (7 failing turns; left: B,
            // all six, the readiness result-now and result-question readers' (Dialogs/Guides/Shared, the guides' area); "行，我这
            // 就去联系货代，谢谢" at a step, whose "行" the step takes as done before the thanks is read).
            // After the thirty-fifth pass's merge (its result-question readers took B; the lead's run on the merged tree 5dd9927f):
            // 31 of 32 (1 failing turn).
            PassFloor: 31),
        new("UnderstandDev35", "dev35u scenarios", ThirtyFifthUnderstandDevScenarios.All,
            // Measured once when the set was written, on 48906585, before any change of this pass: 20 of 30 (10 failing turns; by
            // kind, passing: A an opening whose want decides the guide 6 of 12 (a market wished for 4 of 6, an order to send 0 of
            // 2, readiness asked of oneself 1 of 2, a problem told as a situation 1 of 2), B a playbook step's progress, next
            // step, match confirmed or prevention 7 of 8, C an answer that looks like something else 2 of 2, D a cancel among
            // clauses 3 of 4, E thanks with a clause 0 of 2, F the platform plan asked again 2 of 2). Log: w35u-base-set.log.
            // After this pass's understand change (measured in w35-understand on da3e3f9b): 24 of 30 (6 failing turns; A went
            // 6 → 10 of 12, left: readiness asked of oneself with a store "could we handle our own online shop", a problem told
            // as a situation "about a quarter of our kids' jackets get sent back"; "接着讲后面一步吧" at a step; "wait, cancel it,
            // the buyer may change the address"; both thanks with a clause about what the help saved).
            PassFloor: 24),
        new("ResultsDev35", "dev35r results", ResultsDev35Scenarios.All,
            // Measured once when the set was written, on 48906585 before any change of this pass: 16 of 28 (by kind, passing:
            // R the score, level or progress asked halfway 3 of 7 (the rest "I don't know that yet" or "didn't understand"), W/F
            // the weakest area or the first step asked halfway 0 of 4, W/F after the result 4 of 7 ("which bit is holding us
            // back?", "我们差在哪儿", "how can we do better" went to the knowledge base), P why an option ranks first after a
            // platform or shipping result 4 of 4, K knowledge questions holding a result word 3 of 4 ("亚马逊的账户健康评分怎么
            // 提升" at the readiness result answered as our next level)). Log: w35-results-base-set.log.
            // After this pass's result-question changes (w35-results, 2b99c6b9, measured in that worktree): 28 of 28.
            PassFloor: 28),
        new("UnderstandDev36", "dev36u scenarios", ThirtySixthUnderstandDevScenarios.All,
            // Measured once when the set was written, on a91d05ce, before any change of this pass: 23 of 35 (12 failing turns; by
            // kind, passing: A goods ready or ordered for a named buyer 4 of 6 ("a distributor in auckland took 500 pcs", "首尔一家
            // 店要了一百个样品"), B an answer in the question's own terms 6 of 7 ("plush toys don't need any, right?" met "I don't
            // know that yet"), C thanks with a clause 1 of 6, D a cancel with a reason 3 of 6, E the score asked halfway 4 of 4,
            // F a new shipment inside a playbook 2 of 2, G the business told with a want 2 of 4 ("want to know what we're
            // missing" took the platform guide, "想找个平台…客户主要在欧洲" the logistics guide)). Log: w36u base-set.log.
            // After this pass's understand changes (measured in w36-understand, the cues and readings of 6b8f9c74 but the playbook
            // parcel reading): 34 of 35 (1 failing turn: "stop here please, my cofounder should answer these", where "stop" is kept
            // from leaving on purpose, since a stop also ends a guide's questions for its result).
            PassFloor: 34),
    ];

    public static DevScenarioSet Named(string name) => All.Single(set => set.Name == name);

    /// <summary>The sets' names as theory data, so each set is a row a filter on its name can pick.</summary>
    public static TheoryData<string> Names()
    {
        var names = new TheoryData<string>();
        foreach (var set in All)
        {
            names.Add(set.Name);
        }

        return names;
    }
}

/// <summary>
/// Each dev scenario set of <see cref="DevScenarioSets"/> (a theory row a set) through the real bot, measured as one total
/// with its misses printed.
/// </summary>
public sealed class DevScenarioTests(ITestOutputHelper output)
{
    private readonly DevPartPrinter printer = new(output);

    public static TheoryData<string> Sets => DevScenarioSets.Names();

    [Theory]
    [MemberData(nameof(Sets))]
    public async Task Dev_scenarios_pass_in_total(string set)
    {
        var row = DevScenarioSets.Named(set);
        var passed = await printer.CountPassedAsync(row.Scenarios, row.Label);
        Assert.True(passed >= row.PassFloor, $"{passed} of {row.Scenarios.Count} passed, floor {row.PassFloor}");
    }

    /// <summary>No row's name is part of another's, so a filter on one name picks that set alone.</summary>
    [Fact]
    public void No_set_name_is_part_of_another()
    {
        var names = DevScenarioSets.All.Select(set => set.Name).ToList();
        var overlapping = names.SelectMany(name => names.Where(other => other != name && other.Contains(name, StringComparison.OrdinalIgnoreCase)).Select(other => $"{name} in {other}")).ToList();
        Assert.Empty(overlapping);
    }
}
