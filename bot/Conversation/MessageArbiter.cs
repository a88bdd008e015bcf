using CrossBorderBot.Dialogs;
using CrossBorderBot.Dialogs.Guides;
using CrossBorderBot.Dialogs.Slots;
using CrossBorderBot.Understanding;

namespace CrossBorderBot.Conversation;

/// <summary>
/// The one place that decides what a message is for, given where the conversation stands: an answer for the waiting
/// guide, a free question, a what-if or a question about the result just shown, a problem report, another task, the
/// saved plan, or hello. Commands (help, cancel, back, language) are settled before, by <see cref="InterruptionDetector"/>.
/// </summary>
public static class MessageArbiter
{
    /// <summary>Inside a guide another guide's goal must be this clear (and the message a sentence) to leave the guide for it.</summary>
    private const double SwitchTaskThreshold = 0.85;

    /// <summary>A sentence the recognizer takes for a knowledge question at this probability is one, even without "?".</summary>
    internal const double QuestionThreshold = 0.7;

    /// <summary>A problem is reported when the fix-an-issue intent is at least this likely (with a problem type found).</summary>
    private const double ProblemThreshold = 0.35;

    public static MessagePurpose Decide(ConversationPlace place, RecognizedMessage message)
    {
        var text = message.Text.Trim();
        if (text.Length == 0)
        {
            return MessagePurpose.Unclear;
        }

        if (MessageCues.AsksForPlan(text))
        {
            return MessagePurpose.PlanRecall;
        }

        // "大概需要多久能办下来" at "What is the problem?": a question of time or cost, with no trouble told, asks; it does not
        // describe the problem (the prompt is asked again after the answer).
        if (place.Kind == ConversationPlaceKind.FreeText)
        {
            return place.GuideId == DialogIds.GuideFixIssue && MessageCues.IsQuestion(text) && MessageCues.AsksDurationOrCost(text)
                && message.Entities.IssueTypes.Count == 0 && !MessageCues.SoundsLikeAProblem(text)
                ? MessagePurpose.Question
                : MessagePurpose.Answer;
        }

        // "ok did that", "alright, what comes after that?", "通知看过了，期限是30天": where a playbook's confirmation or step
        // waits, going on in one's own words answers it, though it has the form of a question (the knowledge base would
        // only say it does not know); at a step, so does leaving it out ("skip this one, we know the cause", "这步先跳过").
        if (place.TakesGoingOn && (GoAheadCues.AsksToGoOn(text) || GoAheadCues.ReportsItDone(text) || (place.AtPlaybookStep && GoAheadCues.SkipsTheStep(text))))
        {
            return MessagePurpose.Answer;
        }

        // "要多少钱", "税谁付", "who pays?" at a playbook step: a question word asks, however short; the step only reads a step
        // done, skipped or gone on from, so read as its answer such a question met "didn't understand".
        // Prevention asked at a step in the step reader's own words asks too, though its question word ("以后咋样才能不再被封店")
        // is none in general: "咋" is not read as one everywhere, since "出海准备得咋样" at the menu asks for the readiness check.
        // What the step's reader would take the message to ask, read once: the question test and the step's own questions use it.
        var stepQuestion = place.AtPlaybookStep ? ResultQuestions.Read(place.GuideId, text) : ResultQuestion.None;
        var question = (MessageCues.IsQuestion(text) && (MessageCues.IsSentence(text) || (place.AtPlaybookStep && MessageCues.AsksByAQuestionWord(text))))
            || stepQuestion == ResultQuestion.Prevention;
        var problem = IsProblemReport(message, question) && place.GuideId != DialogIds.GuideFixIssue;
        var purpose = place.Kind switch
        {
            ConversationPlaceKind.Menu => AtMenu(place, message, question, problem),
            ConversationPlaceKind.Result => ResultMessagePurpose.Decide(place, message, question, problem),
            _ => InGuide(place, message, question, problem, stepQuestion),
        };
        return DescribedProblem(place, message, purpose);
    }

    /// <summary>
    /// A new task for the fix-an-issue guide whose message already tells the problem ("a customer in Australia says the
    /// kettle leaks and wants a refund") is a problem report: the guide takes it as the description instead of asking
    /// "What is the problem?" again. A bare request ("we have a problem to sort out") stays a task.
    /// </summary>
    private static MessagePurpose DescribedProblem(ConversationPlace place, RecognizedMessage message, MessagePurpose purpose) =>
        purpose == MessagePurpose.NewTask && TaskIntent(place, message) == IntentNames.FixIssue && TellsAProblem(message)
            ? MessagePurpose.ProblemReport
            : purpose;

    private static bool TellsAProblem(RecognizedMessage message)
    {
        var entities = message.Entities;
        return entities.IssueTypes.Count > 0 || MessageCues.SoundsLikeAProblem(message.Text)
            || (!MessageCues.IsShort(message.Text) && entities.Countries.Count + entities.Regions.Count + entities.Categories.Count > 0);
    }

    /// <summary>The guide a <see cref="MessagePurpose.NewTask"/> starts (see <see cref="GuideRequests.TaskIntent"/>).</summary>
    public static string TaskIntent(ConversationPlace place, RecognizedMessage message) => GuideRequests.TaskIntent(place, message);

    private static MessagePurpose AtMenu(ConversationPlace place, RecognizedMessage message, bool question, bool problem)
    {
        if (problem)
        {
            return MessagePurpose.ProblemReport;
        }

        if (message.IntentAbove(GuideRequests.MenuTaskThreshold) == IntentNames.Greeting && !MessageCues.IsSentence(message.Text))
        {
            return MessagePurpose.Greeting;
        }

        // "we've settled on our own site for the UK, any pitfalls?", "想开个独立站卖到美国，需要注意什么": advice on a path the
        // seller has chosen is the knowledge base's question, whatever guide its facts would fill.
        if (question && MessageCues.AsksForAdvice(message.Text))
        {
            return MessagePurpose.Question;
        }

        // "How do I ship lithium batteries to Germany legally?" names the logistics guide's topic, but it asks a
        // question; "which marketplace suits us?" or "how should I send 2.4 kg to Canada, value 90 usd?" asks for
        // the guide's own recommendation, so the guide starts with what the message already says.
        // "got 6 cartons headed to a store in portland, what's the best shipping route?": goods bound for someone, and the way
        // asked for ("…, thoughts?", "怎么弄比较好" too), is the logistics guide's question whatever place the recognizer knows.
        // "玩具厂，想做跨境，平台不知道怎么选", "looking for overseas buyers online": where to sell asked or a market to open told
        // is the platform guide's choice, whatever the classifier makes of the company's words around it.
        // "got an order for 3 vases from a buyer in leeds, how do i get them there?", "美国买家拍了一套茶具，怎么寄过去": an order
        // told and the way to get it there asked is a shipping task, not a problem (nothing went wrong) nor a lookup.
        // "深圳小团队，做蓝牙音箱，想进印度": a market wished for beside the business told is where to sell there; "a houston gift
        // shop just ordered 60 sets": an order placed in a place, told and not asked about, is goods to send there; "yiwu
        // wholesaler, balloons, banners…": a business and its goods told, and nothing more, is a seller looking for where to sell.
        var recommendation = GuideRequests.AsksForARecommendation(place, message) || GuideRequests.WorkOutGuide(message) is not null || (!question && GuideRequests.DeliveryGuide(message) is not null)
            || GuideRequests.AsksAboutADelivery(message)
            || GuideRequests.AsksForReadiness(place, message.Text)
            || GuideRequests.WantsAMarket(message) || (!question && GuideRequests.StatedOrder(message) is not null) || GuideRequests.TellsOnlyTheBusiness(message)
            || (MessageCues.AsksWhereToSell(message.Text) && !MessageCues.AsksAboutRules(message.Text) && !MessageCues.SoundsLikeAProblem(message.Text))
            || (MessageCues.RequestsATask(message.Text) && !MessageCues.AsksAboutRules(message.Text) && GuideRequests.NamedTopic(message) is not null);
        if (question && !recommendation && !GuideRequests.RequestsAGuide(message) && !(place.FactsGuide is { } facts && message.IntentAbove(GuideRequests.MenuTaskThreshold) == facts))
        {
            return MessagePurpose.Question;
        }

        // "which marketplace suits us: b2c, phone accessories, 1500 usd monthly…": its facts blur the intent, but it asks
        // for the guide's own recommendation, so the guide starts with what the message says.
        if (recommendation)
        {
            return MessagePurpose.NewTask;
        }

        // "the buyer wants tracking": a buyer's wish for a service names a problem type's topic but is no problem to fix.
        if (message.IntentAbove(GuideRequests.MenuTaskThreshold) is { } intent && MainMenuDialog.EntryIntents.Contains(intent)
            && !(intent == IntentNames.FixIssue && MessageCues.StatesABuyersWish(message.Text)))
        {
            return intent == IntentNames.AskKnowledge && place.FactsGuide is null ? MessagePurpose.Question : MessagePurpose.NewTask;
        }

        // "help me find a marketplace, we make yoga mats and camping gear…": a request whose goal the product words blur.
        if (MessageCues.RequestsATask(message.Text) && message.IntentAbove(GuideRequests.RequestedTaskThreshold) is { } requested
            && requested != IntentNames.AskKnowledge && MainMenuDialog.EntryIntents.Contains(requested))
        {
            return MessagePurpose.NewTask;
        }

        // "b2c, we sell kitchen tools, budget 600 usd a month": no goal named, but the answers of one guide's questions.
        if (place.FactsGuide is not null)
        {
            return MessagePurpose.NewTask;
        }

        // "we have a pallet of goods that needs sending to the US": a need stated, not a question asked. The guide it
        // leans to asks what it needs (and "cancel" leaves it); answering it as a question would only say "don't know".
        if (!question && MessageCues.IsSentence(message.Text) && GuideRequests.GuideLean(message) is { } lean
            && (message.Intent == lean || GuideRequests.HasAGuideFact(message.Entities))
            && !(lean == IntentNames.FixIssue && MessageCues.StatesABuyersWish(message.Text)))
        {
            return MessagePurpose.NewTask;
        }

        // "Could you help me work out which shipping company to use?": the request's form reads as "help", its goal is a guide's.
        if (GuideRequests.RequestsAGuide(message))
        {
            return MessagePurpose.NewTask;
        }

        return MessageCues.IsSentence(message.Text) ? MessagePurpose.Question : MessagePurpose.Unclear;
    }

    private static MessagePurpose InGuide(ConversationPlace place, RecognizedMessage message, bool question, bool problem, ResultQuestion stepQuestion)
    {
        var text = message.Text;

        // "Amazon suspended our account, what do we do?" reports the user's own problem, question mark or not;
        // "what if customs hold it?" asks about a case. Where the guide reads the message, the problem's topic alone
        // is not enough: "mostly the same as others, our trademark is registered" answers the guide and names a
        // topic (trademarks) without reporting anything wrong, so a report there needs words of trouble. So does a
        // report at any guide question: "we don't expect to take returns" answers the returns question (which the
        // guide reads as its waiting answer, not as a clear phrase), it reports nothing.
        var reportsTrouble = MessageCues.SoundsLikeAProblem(text);

        // "why this step?", "这一步一般要多久" at a playbook step ask about the step shown, not the knowledge base.
        // Right after a side question, "那要多久能拿到？" points back at that question's topic, not at the step; prevention
        // ("how do we stop this happening again?") is about the problem the steps fix, whatever "this" or "that" it has, so
        // it is the step's to answer even then (read as a follow-up it was asked of the side question's topic instead).
        // A time limit ("how many days before I can claim it as lost?") is the platform's or carrier's rule, not the step's;
        // how things usually go in a place ("一般寄到澳洲要几天？") is the knowledge base's, not the step's either; so is the
        // time or cost of a thing named ("how long does LUCID registration take?", "签收证明去哪里要？要多久？").
        if (place.AtPlaybookStep && question && !(place.FollowsAQuestion && SideQuestionFollowUp.IsFollowUp(text) && stepQuestion != ResultQuestion.Prevention) && !MessageCues.AsksForADeadline(text)
            && !MessageCues.AsksAnotherThingsTime(text)
            && !(MessageCues.AsksInGeneral(text) && message.Entities.Countries.Count + message.Entities.Regions.Count > 0)
            && stepQuestion != ResultQuestion.None)
        {
            return MessagePurpose.AboutResult;
        }

        // "wait my bad, the buyer is in Spain not the Netherlands" corrects an answer: a buyer and a "wait" ask for no
        // other task, and no trouble is told.
        if (place.GuideReadsMessage && MessageCues.CorrectsAnAnswer(text) && !reportsTrouble && !question)
        {
            return MessagePurpose.Answer;
        }

        if (problem && reportsTrouble && MessageCues.IsSentence(text) && !MessageCues.IsHypothetical(text))
        {
            return MessagePurpose.ProblemReport;
        }

        // "算了，我想先评估一下我们能不能做跨境" asks for another guide even when it contains a question word. Fixing a
        // problem is only another task when the message reports trouble or asks for it, for the reason given above; "oh
        // wait, it's more like 900 grams" corrects an answer the guide reads and names no trouble: its "wait" asks for nothing.
        // Nor does "we sell on taobao already, nothing abroad" (an answer the guide reads), whatever the classifier leans to.
        var requestsTask = MessageCues.RequestsATask(text);
        var otherTask = IsOtherTask(place, message, requestsTask ? GuideRequests.MenuTaskThreshold : SwitchTaskThreshold) && MessageCues.IsSentence(text)
            && (reportsTrouble || (requestsTask && (!place.GuideReadsMessage || message.Entities.IssueTypes.Count > 0))
                || (message.IntentAbove(SwitchTaskThreshold) != IntentNames.FixIssue && (requestsTask || !place.GuideReadsMessage)));
        // "which platform would suit us?" inside the readiness check asks for another guide's recommendation: a question
        // in form, that guide's task in substance (a detour; the running guide waits with its answers).
        if (otherTask && (requestsTask || !question || MessageCues.AsksForAChoice(text) || MessageCues.AsksWhereToBegin(text)))
        {
            return MessagePurpose.NewTask;
        }

        // "对了，这种丝巾在中东适合上哪个平台卖？", "which marketplace should i be selling these on in australia?" inside the
        // logistics guide asks for another guide's choice by its topic: that guide's task as a detour, however unsure the
        // classifier is of the words around it (as at a result).
        // "我准备重新寄一件过去，哪种物流能全程查到？" at a problem's step, "寄到洛杉矶要多少运费，一件0.3公斤" inside the platform
        // guide: the same for another guide's own result asked.
        // A question mark anywhere asks ("we'll send a replacement, which courier tracks it? it's about 2 kg").
        if ((question || text.Contains('?') || text.Contains('？')) && (AsksForAnotherGuidesChoice(place, message) || AsksAnotherGuidesOutcome(place, message)))
        {
            return MessagePurpose.NewTask;
        }

        // "are we even ready to export?" inside the platform guide asks for the readiness check, whatever the classifier
        // makes of its words: a detour, the running guide waits with its answers.
        if (GuideRequests.AsksForReadiness(place, text) && MessageCues.IsSentence(text))
        {
            return MessagePurpose.NewTask;
        }

        // "ok that's enough questions, what's my score based on this?" at a question of a guide that can give its result from
        // the answers so far (readiness, platforms) asks that guide for it: the guide reads it, not the knowledge base.
        if (place.Kind == ConversationPlaceKind.GuideQuestion && place.GuideId is DialogIds.GuideReadiness or DialogIds.GuidePlatform
            && ResultNowCues.AsksForTheResultNow(text, place.GuideId))
        {
            return MessagePurpose.Answer;
        }

        // "不确定是哪个国家" (not sure which country) answers the question asked, with its question word and all ("dont know
        // yet, which country is easiest?" too: the guide picks). A playbook's step takes no don't-know: there "这一步不太懂，
        // 能说详细点吗" asks, after its don't-know, in a clause of its own.
        if (SlotVocabulary.Default.IsUnknown(text) && !(place.AtPlaybookStep && MessageCues.AsksAfterTheFirstClause(text)))
        {
            return place.GuideReadsMessage ? MessagePurpose.Answer : MessagePurpose.Unclear;
        }

        // "what if it has a battery?" inside a guide gives an answer; "should I use FBA instead?" asks a question;
        // "抽检，每批抽几个" (spot checks, a few per batch) answers with "几" as "a few".
        // "did that one", "ok did that" at a playbook step open like a question ("did …?") but tell a step done.
        // "is there anything quicker? paying a bit more is fine", "有没有更快一点的，贵一点也行" ask for another speed: the guide
        // changes it (a request, not a comparison for the result to answer).
        // A playbook's step takes no changed input: "对方要是不撤诉怎么办" there supposes a case and asks about it.
        var answersAnyway = place.GuideReadsMessage && ((MessageCues.IsWhatIf(text) && !MessageCues.IsWhy(text) && !place.AtPlaybookStep) || MessageCues.AsksOnlyByAFew(text)
            || (SlotVocabulary.Default.Agreement.SaysDone(text) && !(place.FollowsAQuestion && SideQuestionFollowUp.IsFollowUp(text)))
            || (place.GuideId == DialogIds.GuideLogistics && SpeedWish.AsksForAnotherSpeed(text)));
        // "would two 3 kg boxes come out cheaper?", "走海运会不会省很多", "would Etsy suit us better than Amazon?": before the
        // result exists, a question about the guide's own outcome under another option is the result's to answer (the
        // knowledge base would only say it does not know). About rules, or why, it stays a question.
        // "which channel will be cheapest?", "我们最后会是第几级？": before the result exists, a question only the result can
        // answer (an option by price, speed or place, the top one's cost, the level reached) is the result's to answer.
        if (question && !answersAnyway && place.Kind == ConversationPlaceKind.GuideQuestion && ResultQuestions.NeedsTheResult(place.GuideId, text))
        {
            return MessagePurpose.QuestionForTheResult;
        }

        if (question && !answersAnyway && place.Kind == ConversationPlaceKind.GuideQuestion && OutcomeCues.ComparesTheOutcome(place.GuideId, text)
            && !MessageCues.IsWhy(text) && !MessageCues.AsksAboutRules(text))
        {
            return MessagePurpose.QuestionForTheResult;
        }

        // "why wouldn't you use sea freight for this?", "为什么不走铁路" in the logistics guide: why not one of the guide's own
        // options is the guide's to say (for this parcel), not a description of that option from the knowledge base.
        if (question && !answersAnyway && place.Kind == ConversationPlaceKind.GuideQuestion && place.GuideId == DialogIds.GuideLogistics
            && MessageCues.IsWhy(text) && OutcomeCues.NamesAWayOfShipping(text) && !MessageCues.AsksAboutRules(text))
        {
            return MessagePurpose.QuestionForTheResult;
        }

        // "none needed for pet stuff i think?", "应该不用认证吧？" at a guide's question: a reply in the question's own terms,
        // closed by a hedge and a question mark, is the seller's answer checked, not a question for the knowledge base (which
        // would only say it does not know, the answer lost). The question reads it, or says what it takes.
        if (question && !answersAnyway && place.Kind == ConversationPlaceKind.GuideQuestion && !place.AtPlaybookStep && MessageCues.IsHedgedStatement(text))
        {
            return place.GuideReadsMessage ? MessagePurpose.Answer : MessagePurpose.Unclear;
        }

        if (question && !answersAnyway)
        {
            return MessagePurpose.Question;
        }

        // "另外有15公斤配件要寄给米兰的客户", "oh and 8 kg of parts have to go to a customer in lyon" at a playbook step: goods
        // told on their way to someone in a place is a shipping task beside the steps (a detour), not the step's answer,
        // which only tells a step done, skipped or gone on from (those were taken above); read as the answer it met "didn't
        // understand" however it was worded.
        // A parcel's weight and place told on the shipping topic ("对了，我还有批耳机，五公斤，要寄曼谷") is the same, whatever joins
        // the place to the verb.
        if (place.AtPlaybookStep && !reportsTrouble && MessageCues.IsSentence(text) && (GuideRequests.DeliveryGuide(message) ?? GuideRequests.ParcelTold(message)) is not null)
        {
            return MessagePurpose.NewTask;
        }

        if (place.GuideReadsMessage)
        {
            return MessagePurpose.Answer;
        }

        if (otherTask)
        {
            return MessagePurpose.NewTask;
        }

        // "和别家区别不大", "our supplier handles that side" at a pending prompt: a message with no asking form (no question
        // word, no question mark) is an attempt at its answer first, whatever the classifier makes of its words: the prompt
        // reads it, or says what it takes. Taken as a free question, the knowledge base would only say it does not know and
        // the prompt's answer would be lost.
        // A playbook's step is no such prompt: it only reads a step done, skipped or gone on from.
        if (place.Kind == ConversationPlaceKind.GuideQuestion && !place.GuideReadsMessage && !place.AtPlaybookStep && !MessageCues.IsQuestion(text)
            && !text.Contains('?') && !text.Contains('？'))
        {
            return MessagePurpose.Unclear;
        }

        // "usually ten days or so", "CE没有，别的也不清楚要什么" at a guide's question: a statement giving a quantity or a
        // don't-know answers it (the question handles what it cannot read), whatever the classifier makes of its words.
        var answerStated = place.Kind == ConversationPlaceKind.GuideQuestion && (MessageCues.StatesAQuantity(text) || MessageCues.IsUndecided(text));
        return MessageCues.IsSentence(text) && !answerStated && message.ScoreOf(IntentNames.AskKnowledge) >= QuestionThreshold ? MessagePurpose.Question : MessagePurpose.Unclear;
    }

    /// <summary>
    /// The message asks which option to take on another guide's topic ("上哪个平台好", "which marketplace should we be on?"),
    /// not about rules, and that guide is the task it names.
    /// </summary>
    /// <remarks>
    /// Goods to get to someone ("the cheapest way to get a 2 kg order to a buyer in munich") name shipping as the topic,
    /// and where to sell ("这些杯子在英国该放到哪个网站上卖") names the marketplace, whatever words it uses for one.
    /// </remarks>
    internal static bool AsksForAnotherGuidesChoice(ConversationPlace place, RecognizedMessage message) =>
        MessageCues.AsksForAChoice(message.Text) && !MessageCues.AsksAboutRules(message.Text)
        && (IntentCues.GuideTopic(message.Text) ?? (MessageCues.AsksWhereToSell(message.Text) ? IntentNames.ChoosePlatform : null)
            ?? (MessageCues.StatesADelivery(message.Text) ? IntentNames.ChooseLogistics : null)) is { } topic
        && topic != GuideIntent(place.GuideId) && TaskIntent(place, message) == topic;

    /// <summary>Outside the logistics guide, what sending goods would cost or take (<see cref="GuideRequests.ShippingOutcome"/>): that guide's task.</summary>
    internal static bool AsksAnotherGuidesOutcome(ConversationPlace place, RecognizedMessage message) =>
        place.GuideId != DialogIds.GuideLogistics && GuideRequests.ShippingOutcome(message) is { } topic && TaskIntent(place, message) == topic;

    /// <summary>A problem the user has: a problem type was found and the message reports it rather than asks about it.</summary>
    private static bool IsProblemReport(RecognizedMessage message, bool question)
    {
        var reportsProblem = MessageCues.SoundsLikeAProblem(message.Text);
        if (message.Entities.IssueTypes.Count == 0)
        {
            // "DHL is holding my shipment and wants tax": a situation told, not a question about how things work.
            return reportsProblem && (!question || message.ScoreOf(IntentNames.FixIssue) >= ProblemThreshold);
        }

        // "the buyer wants tracking" names a problem type's topic (tracking) but reports nothing: a buyer's wish for a service.
        // Nor does a market wished for ("we want importers and garage chains in saudi as buyers"): its goods' words may name a
        // problem type's topic, but a wish reports no trouble unless it sounds like one. Nor does an order placed in a place
        // ("常熟羽绒服厂，华沙一个经销商要了四十件样衣"): goods to send, whatever problem type the goods' words name.
        return reportsProblem || (!question && !MessageCues.StatesABuyersWish(message.Text) && !GuideRequests.WantsAMarket(message)
            && GuideRequests.StatedOrder(message) is null && message.ScoreOf(IntentNames.FixIssue) >= ProblemThreshold);
    }

    internal static bool IsOtherTask(ConversationPlace place, RecognizedMessage message, double threshold) =>
        message.IntentAbove(threshold) is { } intent
        && intent is not IntentNames.AskKnowledge
        && MainMenuDialog.EntryIntents.Contains(intent)
        && GuideIntent(place.GuideId) != intent;

    /// <summary>The intent that starts the guide <paramref name="guideId"/>; null for none.</summary>
    internal static string? GuideIntent(string? guideId) => guideId switch
    {
        DialogIds.GuideLogistics => IntentNames.ChooseLogistics,
        DialogIds.GuidePlatform => IntentNames.ChoosePlatform,
        DialogIds.GuideReadiness => IntentNames.StartReadiness,
        DialogIds.GuideFixIssue => IntentNames.FixIssue,
        DialogIds.AskQuestion => IntentNames.AskKnowledge,
        _ => null,
    };
}
