using CrossBorderBot.Dialogs;
using CrossBorderBot.Understanding;

namespace CrossBorderBot.Conversation;

/// <summary>
/// Which guide a message asks for, and whether it asks for one at all rather than asking a question: a goal named or
/// requested, a recommendation asked for, a cost to work out, goods that must reach someone, the facts of one guide's
/// questions, how ready the company is. <see cref="MessageArbiter"/> decides what a message is for with these readings.
/// </summary>
internal static class GuideRequests
{
    /// <summary>A guide named by its goal counts at the menu at this probability (as the menu always did).</summary>
    internal const double MenuTaskThreshold = 0.6;

    /// <summary>A message phrased as a request ("help me…", "我想…") names a guide's goal at this lower probability.</summary>
    internal const double RequestedTaskThreshold = 0.4;

    /// <summary>
    /// A request for help ("could you help me…") or a stated need leans to a guide whose intent is at least this likely
    /// and likelier than a knowledge question, even when the request's own form ("help") or no intent comes first.
    /// </summary>
    private const double LeanThreshold = 0.25;

    /// <summary>
    /// The classifier leans to fixing an issue, but the message names no trouble and gives another guide's facts ("photo
    /// frames for a client in Belgium, 3 kg with the packaging"): that guide's task, not a problem.
    /// </summary>
    private static bool TroubleFreeFacts(ConversationPlace place, RecognizedMessage message) =>
        message.Entities.IssueTypes.Count == 0 && !MessageCues.SoundsLikeAProblem(message.Text)
        && place.FactsGuide is { } facts && facts != IntentNames.FixIssue;

    /// <summary>
    /// The guide a <see cref="MessagePurpose.NewTask"/> starts: the goal the message names (asked for, a cost to work
    /// out, goods that must reach someone), else the guide whose questions it answers.
    /// </summary>
    public static string TaskIntent(ConversationPlace place, RecognizedMessage message) =>
        (AsksForReadiness(place, message.Text) ? IntentNames.StartReadiness : null) ?? (MessageCues.AsksWhereToSell(message.Text) || WantsAMarket(message) || TellsOnlyTheBusiness(message) ? IntentNames.ChoosePlatform : null) ?? RequestedTopic(message) ?? StatedDelivery(message) ?? StatedOrder(message) ?? ChoiceOnTopic(message) ?? ShippingOutcome(message) ?? (message.IntentAbove(MessageCues.RequestsATask(message.Text) ? RequestedTaskThreshold : MenuTaskThreshold) is { } intent && intent != IntentNames.AskKnowledge && MainMenuDialog.EntryIntents.Contains(intent)
            && !(intent == IntentNames.FixIssue && TroubleFreeFacts(place, message))
            ? intent
            : WorkOutGuide(message) ?? DeliveryGuide(message) ?? place.FactsGuide ?? GuideLean(message) ?? NamedTopic(message) ?? message.Intent);

    /// <summary>
    /// "we'll send a replacement, which courier tracks it door to door?", "哪种物流能全程查到": a choice asked on one guide's
    /// topic, not about rules and with no trouble told, is that guide's task, whatever the classifier makes of the words
    /// around it (at a problem's step it leans to the problem) and though it names a problem type's topic (tracking); the way
    /// to get goods to someone ("how do I get our wallets to a stockist") is the logistics guide's choice. Where the message
    /// names several guides' topics, the clause that asks decides ("solo shopify store here … how do i ship them": shipping).
    /// </summary>
    internal static string? ChoiceOnTopic(RecognizedMessage message) =>
        MessageCues.AsksForAChoice(message.Text) && !MessageCues.AsksAboutRules(message.Text) && !MessageCues.SoundsLikeAProblem(message.Text)
            ? IntentCues.GuideTopic(message.Text) ?? TopicOfTheClauseAsking(message.Text) ?? (MessageCues.StatesADelivery(message.Text) ? IntentNames.ChooseLogistics : null)
            : null;

    private static string? TopicOfTheClauseAsking(string text) =>
        InterruptionDetector.Clauses(text.Trim()).Where(MessageCues.AsksForAChoice).Select(IntentCues.GuideTopic).OfType<string>().Distinct().ToList() is [var topic]
            ? topic
            : null;

    /// <summary>
    /// "那寄一个花瓶到多伦多大概要多少运费，一个1.5公斤", "what would postage be for one to vancouver, it's 1 kg?": what sending
    /// goods would cost or take, with a place or a weight given, is the logistics guide's own result, not a lookup. It must
    /// ask: "tracking for my italy order froze three weeks ago" tells how long something has lasted, it asks no cost or time.
    /// Asked in general with no weight of one's own ("how long does shipping to manila usually take", "美国站FBA的费用怎么算",
    /// "一般寄到澳洲要几天") it asks how things go, which the knowledge base answers; the guide would ask for a parcel.
    /// </summary>
    internal static string? ShippingOutcome(RecognizedMessage message) =>
        MessageCues.IsQuestion(message.Text) && MessageCues.AsksForAnOutcome(message.Text) && IntentCues.GuideTopic(message.Text) == IntentNames.ChooseLogistics && TellsNoTrouble(message)
        && (message.Entities.Weights.Count > 0 || NamesAPlace(message))
        && (message.Entities.Weights.Count > 0 || !MessageCues.AsksInGeneral(message.Text))
            ? IntentNames.ChooseLogistics
            : null;

    /// <summary>
    /// "汕头玩具厂，积木和遥控车，想打波兰跟德国市场", "small silk scarf studio, we'd like to start selling in france": a business
    /// with a market it wishes for asks where to sell there (the platform guide), whatever the classifier makes of the goods'
    /// and company's words around it (toys and knives lean to shipping, a studio to readiness, brake pads to a problem). The
    /// want is the wish (<see cref="MessageCues.WishesForAMarket"/>), the market a place the recognizer found; nothing to
    /// send (no order, no delivery), no trouble told, and a question only when it asks for a choice or an opinion and not
    /// about rules ("hoping to sell in australia, is the competition tough?" is the knowledge base's). Rule words in a
    /// statement are the goods' ("阳江刀具厂，…，目标美国加拿大": knives are regulated goods, nothing is asked about them).
    /// </summary>
    internal static bool WantsAMarket(RecognizedMessage message)
    {
        var text = message.Text;
        return NamesAPlace(message) && MessageCues.WishesForAMarket(text)
            && !MessageCues.TellsAnOrder(text) && !MessageCues.StatesADelivery(text) && !MessageCues.SoundsLikeAProblem(text)
            && !MessageCues.IsHypothetical(text)
            && (!MessageCues.IsQuestion(text) || ((MessageCues.AsksForAChoice(text) || MessageCues.AsksForAnOpinion(text)) && !MessageCues.AsksAboutRules(text)));
    }

    /// <summary>
    /// "a houston gift shop just ordered 60 sets", "第一次有马尼拉的客人下单，要两个": an order someone in a place has placed, with
    /// no trouble told and no rules asked, is goods to send there (the logistics guide), though the seller's platform or
    /// goods named pull the classifier to the platform guide. A supposed order ("if a buyer in spain orders…") is a question.
    /// </summary>
    internal static string? StatedOrder(RecognizedMessage message) =>
        NamesAPlace(message) && MessageCues.TellsAnOrder(message.Text) && TellsNoTrouble(message)
        && !MessageCues.AsksAboutRules(message.Text) && !MessageCues.IsHypothetical(message.Text)
            ? IntentNames.ChooseLogistics
            : null;

    /// <summary>
    /// "yiwu wholesaler, balloons, banners, birthday party stuff", "weihai factory, we make fishing rods, reels and lures": a
    /// business and its goods told, and nothing else (no question, no trouble, no wish, order or delivery, no parcel's
    /// weight, no other guide's topic), is a seller introducing itself to find where to sell: the platform guide, which
    /// starts from the goods told and asks the rest. Answered as a question it met "I don't know that yet"; the classifier
    /// read the company words as readiness. "Am I ready" about the business is <see cref="AsksForReadiness"/>'s, read first.
    /// A want to find something out beside it ("我们是福建做茶叶的公司，想知道做跨境电商我们差在哪", "…, wondering if we could do
    /// b2b") is the message's want, a question put as a statement: the business is not told alone, the want decides.
    /// </summary>
    internal static bool TellsOnlyTheBusiness(RecognizedMessage message)
    {
        var text = message.Text;
        // Nothing else: a place named beside the business is a market wished for, an order or a delivery, which the other
        // readings weigh ("i was a taobao-only seller, and a dubai reseller just asked me for 40 vials" is goods to send).
        return message.Entities.Categories.Count > 0 && message.Entities.IssueTypes.Count == 0 && message.Entities.Weights.Count == 0
            && !NamesAPlace(message)
            && MessageCues.TellsTheBusiness(text) && !MessageCues.IsQuestion(text) && !MessageCues.SoundsLikeAProblem(text)
            && !MessageCues.TellsAnOrder(text) && !MessageCues.StatesADelivery(text) && !MessageCues.AsksAboutRules(text) && !MessageCues.IsHypothetical(text)
            && !MessageCues.RequestsATask(text) && !MessageCues.StatesAWantToKnow(text) && IntentCues.GuideTopic(text) is null or IntentNames.ChoosePlatform
            && !IntentCues.NamesAnotherTopicThan(IntentNames.ChoosePlatform, text);
    }

    // A country or region the recognizer found: where goods go, or a market wished for or ordered from.
    private static bool NamesAPlace(RecognizedMessage message) => message.Entities.Countries.Count + message.Entities.Regions.Count > 0;

    private static bool TellsNoTrouble(RecognizedMessage message) => message.Entities.IssueTypes.Count == 0 && !MessageCues.SoundsLikeAProblem(message.Text);

    /// <summary>
    /// "ok nvm. help me ship something": a short request that names one guide's topic and reports no problem asks for
    /// that guide, whatever the classifier makes of the words around it.
    /// </summary>
    private static string? RequestedTopic(RecognizedMessage message) =>
        MessageCues.RequestsATask(message.Text) && !MessageCues.AsksAboutRules(message.Text) ? NamedTopic(message) : null;

    /// <summary>
    /// "need to ship yoga mats to a customer in austin texas": goods that must reach someone (a customer, a shop), with no
    /// trouble told, is the logistics guide's task ahead of the classifier's lean, which the goods' words can pull to the
    /// platform guide ("yoga mats" are sold as well as shipped); the guide reads the place, a city or state included.
    /// </summary>
    /// <remarks>
    /// Asking the way there ("a buyer in toronto ordered 2 mugs, how do i get them there cheap?") tells no trouble either,
    /// though the goods' words may name a problem type's topic: nothing went wrong with an order yet to be sent.
    /// </remarks>
    private static string? StatedDelivery(RecognizedMessage message) =>
        !MessageCues.SoundsLikeAProblem(message.Text) && MessageCues.StatesADelivery(message.Text)
        && (message.Entities.IssueTypes.Count == 0 || (!MessageCues.AsksAboutRules(message.Text) && AsksTheWay(message.Text)))
            ? IntentNames.ChooseLogistics
            : null;

    /// <summary>
    /// A delivery told, not about rules, with the seller's choice or opinion asked ("got 6 cartons headed to a store in
    /// portland, what's the best shipping route?", "…, thoughts?", "怎么弄比较好") or the way there asked with no trouble
    /// told ("how do i get them there", "how should we send it to her", "怎么寄过去", "用什么方式寄"): the logistics guide's
    /// recommendation is asked for. The delivery cue is read once for all three askings.
    /// </summary>
    internal static bool AsksAboutADelivery(RecognizedMessage message) =>
        MessageCues.StatesADelivery(message.Text) && !MessageCues.AsksAboutRules(message.Text)
        && (MessageCues.AsksForAChoice(message.Text) || MessageCues.AsksForAnOpinion(message.Text) || (!MessageCues.SoundsLikeAProblem(message.Text) && AsksTheWay(message.Text)));

    // The way there asked, for a caller that has already found the delivery, no trouble and no rules in the message.
    private static bool AsksTheWay(string text) => MessageCues.IsQuestion(text) && !MessageCues.AsksInGeneral(text);

    /// <summary>
    /// "Our samples need to get to a client in Poland": goods that must reach someone in a named place is the logistics
    /// guide's task (its facts are the place, and the guide asks the rest), not a question to look up.
    /// </summary>
    internal static string? DeliveryGuide(RecognizedMessage message) =>
        MessageCues.StatesADelivery(message.Text) && NamesAPlace(message)
            ? IntentNames.ChooseLogistics
            : null;

    /// <summary>
    /// "对了，还有一箱三公斤的配件，要寄吉隆坡", "also got a 4 kg box of mats to send to perth": a parcel's weight and where it
    /// goes, on the shipping topic and with no trouble told, is a parcel to send there, however the place is joined to the
    /// verb ("寄曼谷" names no "到"): the logistics guide's facts, both of its first ones.
    /// </summary>
    internal static string? ParcelTold(RecognizedMessage message) =>
        message.Entities.Weights.Count > 0 && NamesAPlace(message) && TellsNoTrouble(message)
        && IntentCues.GuideTopic(message.Text) == IntentNames.ChooseLogistics && !MessageCues.AsksAboutRules(message.Text)
            ? IntentNames.ChooseLogistics
            : null;

    /// <summary>
    /// "帮忙算一下运费", "can you estimate shipping for our mugs": a request to work something out on one guide's topic
    /// (not on rules: "calculate the VAT" is a question) is that guide's task, whatever the classifier leans to.
    /// </summary>
    internal static string? WorkOutGuide(RecognizedMessage message) =>
        MessageCues.AsksToWorkOut(message.Text) && !MessageCues.AsksAboutRules(message.Text) ? IntentCues.GuideTopic(message.Text) : null;

    /// <summary>How ready the company is, or where to begin ("how export-ready are we?", "我们准备好出海了吗"; at the menu
    /// also a bare "where do I start?"): the readiness check's question, except inside the readiness check.</summary>
    internal static bool AsksForReadiness(ConversationPlace place, string text) =>
        place.GuideId != DialogIds.GuideReadiness
        && (MessageCues.AsksHowReady(text) || MessageCues.AsksWhereToBegin(text) || (place.Kind == ConversationPlaceKind.Menu && MessageCues.AsksOnlyWhereToBegin(text)));

    /// <summary>
    /// A question a guide answers better than the knowledge base: it asks for a choice ("which platform", "怎么发最划算")
    /// or gives the guide's facts (two or more of weight, value, place, category) — and it is not about rules.
    /// </summary>
    internal static bool AsksForARecommendation(ConversationPlace place, RecognizedMessage message)
    {
        if (MessageCues.AsksAboutRules(message.Text))
        {
            return false;
        }

        // Asking which option fits while giving a guide's answers, or leaning to a guide: the guide's question, not the
        // knowledge base's.
        if (MessageCues.AsksForAChoice(message.Text) && (place.FactsGuide is not null || GuideLean(message) is not null || NamedTopic(message) is not null))
        {
            return true;
        }

        if (message.IntentAbove(MenuTaskThreshold) is not (IntentNames.ChooseLogistics or IntentNames.ChoosePlatform or IntentNames.StartReadiness))
        {
            return false;
        }

        var entities = message.Entities;
        var facts = Math.Min(1, entities.Weights.Count) + Math.Min(1, entities.Money.Count) + Math.Min(1, entities.Countries.Count + entities.Regions.Count) + Math.Min(1, entities.Categories.Count);
        return facts >= 2 || MessageCues.AsksForAChoice(message.Text);
    }

    /// <summary>
    /// "Could you help me work out which shipping company to use?", "能帮我分析一下该上哪个平台吗": a question that asks
    /// for help with a guide's task (not about rules) is a request for that guide.
    /// </summary>
    internal static bool RequestsAGuide(RecognizedMessage message) =>
        MessageCues.RequestsATask(message.Text) && !MessageCues.AsksAboutRules(message.Text) && GuideLean(message) is not null;

    /// <summary>
    /// "can you help with logistics", "where should i sell online": a short message that names one guide's topic (or
    /// asks where to sell) and reports no problem, when the classifier, seeing few words, leans nowhere. A longer
    /// message says more than its topic, so the classifier's reading of it stands.
    /// </summary>
    internal static string? NamedTopic(RecognizedMessage message)
    {
        var text = message.Text;
        if (message.Entities.IssueTypes.Count > 0 || MessageCues.SoundsLikeAProblem(text) || !MessageCues.IsShort(text))
        {
            return null;
        }

        return MessageCues.AsksWhereToSell(text) ? IntentNames.ChoosePlatform : IntentCues.GuideTopic(text);
    }

    /// <summary>The likeliest guide's intent when it reaches <see cref="LeanThreshold"/> and beats a knowledge question.</summary>
    internal static string? GuideLean(RecognizedMessage message)
    {
        var best = MainMenuDialog.EntryIntents.Where(intent => intent != IntentNames.AskKnowledge).MaxBy(message.ScoreOf);
        return best is not null && message.ScoreOf(best) >= LeanThreshold && message.ScoreOf(best) > message.ScoreOf(IntentNames.AskKnowledge) ? best : null;
    }

    internal static bool HasAGuideFact(MessageEntities entities) =>
        entities.Weights.Count + entities.Money.Count + entities.Countries.Count + entities.Regions.Count + entities.Categories.Count > 0;
}
