using CrossBorderBot.Dialogs;
using CrossBorderBot.Dialogs.Guides;
using CrossBorderBot.Understanding;

namespace CrossBorderBot.Conversation;

/// <summary>
/// What a message is for right after a guide's result (the arbiter's reading at <see cref="ConversationPlaceKind.Result"/>):
/// another guide's choice asked, a question the result itself answers, trouble told, a what-if on the result (a changed
/// input, another speed, whether it holds in another place, an effect asked about), readiness asked, a question, or
/// another task.
/// </summary>
internal static class ResultMessagePurpose
{
    public static MessagePurpose Decide(ConversationPlace place, RecognizedMessage message, bool question, bool problem)
    {
        var text = message.Text;
        if (ClosingWords.OnlyAcknowledges(text))
        {
            return MessagePurpose.Acknowledgement;
        }

        // "这个瑜伽垫要是在澳洲卖，上哪个平台好" after a shipping result asks for another guide's choice: that guide's task,
        // though it supposes a case ("要是") the running guide could read as a what-if; so does "寄一个到多伦多要多少运费" after
        // a platform result ask the shipping guide's own result.
        if (MessageArbiter.AsksForAnotherGuidesChoice(place, message) || MessageArbiter.AsksAnotherGuidesOutcome(place, message))
        {
            return MessagePurpose.NewTask;
        }

        // "how was this price calculated?", "哪个最便宜", "what does level 3 mean?", "what will amazon cost me a month?": a
        // question the result itself answers (its figures, its scale, its options by place), before any reading of the
        // message as a changed input or a fact to look up. A what-if that changes an input the guide reads stays a what-if
        // ("what if we go with the cheapest?", "how much slower is it if we go with the cheapest option?", "would the picks be
        // different with a 4000 usd budget?"); "and the 2nd option, how many days?", "那第二个呢？" change nothing.
        // At the readiness result a request in few words ("first steps pls", "下一步干啥") asks the same, question form or not:
        // what the check measured is no input a few words would change, and read as a what-if it met "didn't understand".
        // The readiness result scores the seller, not a platform or a market: "亚马逊的账户健康评分怎么提升", "how do we improve
        // our rating on ebay uk" name another thing to improve and are the knowledge base's, whatever result word they hold.
        var namesAnotherThing = place.GuideId == DialogIds.GuideReadiness && message.Entities.Platforms.Count + message.Entities.Countries.Count + message.Entities.Regions.Count > 0;
        var asksTheReadinessResult = place.GuideId == DialogIds.GuideReadiness && MessageCues.IsShort(text) && !GuideRequests.HasAGuideFact(message.Entities);
        if ((question || asksTheReadinessResult) && !namesAnotherThing && !(place.GuideReadsMessage && (MessageCues.IsWhatIf(text) || MessageCues.IsHypothetical(text) || OutcomeCues.AsksAboutAnEffect(text))) && place.GuideId is DialogIds.GuideLogistics or DialogIds.GuidePlatform or DialogIds.GuideReadiness
            && ResultQuestions.Read(place.GuideId, text) != ResultQuestion.None)
        {
            return MessagePurpose.AboutResult;
        }

        // "对了，上个月寄巴西的一票被退回来了，说收件人没有税号", "our shop in germany got banned last week": trouble told at a
        // result is a problem report, though it names a place or a product the guide would read as a what-if; a case
        // supposed ("what if customs hold it?", "换成巴西会不会被扣") stays a what-if.
        if (problem && MessageCues.SoundsLikeAProblem(text) && !MessageCues.IsHypothetical(text) && !MessageCues.IsWhatIf(text))
        {
            return MessagePurpose.ProblemReport;
        }

        if (place.GuideReadsMessage && (MessageCues.IsWhatIf(text) || !question) && !MessageCues.IsWhy(text))
        {
            return MessagePurpose.WhatIf;
        }

        // "could it get there sooner? we can spend a little extra", "有没有省钱一点的走法，晚几天到也没事": another speed asked
        // for at a shipping result is the result again at that speed (the guide moves it one step), not a lookup.
        if (place.GuideReadsMessage && place.GuideId == DialogIds.GuideLogistics && SpeedWish.AsksForAnotherSpeed(text) && !MessageCues.IsWhy(text))
        {
            return MessagePurpose.WhatIf;
        }

        // "does this work for canada as well?", "那加拿大也适用吗？" at a platform result: whether the result holds for a place
        // named is the result for that place (kept or added), not a lookup.
        if (place.GuideReadsMessage && question && !MessageCues.IsWhy(text) && !MessageCues.AsksAboutRules(text)
            && message.Entities.Countries.Count + message.Entities.Regions.Count > 0 && OutcomeCues.AsksWhetherItHoldsThere(text))
        {
            return MessagePurpose.WhatIf;
        }

        // "would a battery in it make it a lot pricier?", "改走快递能快多少", "does the answer change if we could spend 3000 a
        // month?": a question about what a changed input does to the result (a comparison of what the guide ranks by, an
        // effect on the result, or a case supposed) is the result again for that input, not a lookup. Rules stay questions.
        if (place.GuideReadsMessage && question && !MessageCues.IsWhy(text) && !MessageCues.AsksAboutRules(text)
            && (OutcomeCues.ComparesTheOutcome(place.GuideId, text) || OutcomeCues.AsksAboutAnEffect(text) || MessageCues.IsHypothetical(text)))
        {
            return MessagePurpose.WhatIf;
        }

        // "首尔那票怎么寄", "which way should the parcel for canada go?" at a result: the guide's own choice asked for a place it reads
        // (one of its destinations, or another) is its result for that place, not a lookup (which only says it does not know).
        if (place.GuideReadsMessage && question && MessageCues.AsksForAChoice(text) && !MessageCues.AsksAboutRules(text) && !MessageCues.IsWhy(text)
            && message.Entities.Countries.Count + message.Entities.Regions.Count > 0
            && (IntentCues.GuideTopic(text) ?? MessageArbiter.GuideIntent(place.GuideId)) == MessageArbiter.GuideIntent(place.GuideId))
        {
            return MessagePurpose.WhatIf;
        }

        // "how much would it cost to send the same to Italy?", "what would 3 kg cost?": the shipment's cost or time with
        // one input changed is the logistics result again, not a question for the knowledge base.
        if (place.GuideReadsMessage && place.GuideId == DialogIds.GuideLogistics && MessageCues.AsksForAnOutcome(text) && !MessageCues.IsWhy(text))
        {
            return MessagePurpose.WhatIf;
        }

        if (GuideRequests.AsksForReadiness(place, text))
        {
            return MessagePurpose.NewTask;
        }

        if (MessageCues.IsAboutResult(text) && !MessageCues.AsksForAFact(text) && !namesAnotherThing && place.GuideId is DialogIds.GuideLogistics or DialogIds.GuidePlatform or DialogIds.GuideReadiness)
        {
            return MessagePurpose.AboutResult;
        }

        if (problem)
        {
            return MessagePurpose.ProblemReport;
        }

        if (question)
        {
            return MessagePurpose.Question;
        }

        if (MessageArbiter.IsOtherTask(place, message, GuideRequests.MenuTaskThreshold) && MessageCues.IsSentence(text))
        {
            return MessagePurpose.NewTask;
        }

        return MessageCues.IsSentence(text) && message.ScoreOf(IntentNames.AskKnowledge) >= MessageArbiter.QuestionThreshold ? MessagePurpose.Question : MessagePurpose.Unclear;
    }
}
