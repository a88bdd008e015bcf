using CrossBorderBot.Answers;
using CrossBorderBot.Dialogs;
using CrossBorderBot.Dialogs.Guides;
using CrossBorderBot.Understanding;

namespace CrossBorderBot.Conversation;

/// <summary>
/// A question asked in passing inside a guide or at its result, completed with what the guide is about when the
/// question means it without naming it. The place: "will the buyer pay import duty over there?" in a shipment to Poland,
/// or "在那边卖要先注册增值税吗" after a platform result for the UK, asks about that country — questions that point to a
/// place ("there", "那边", "当地"), ask about rules (duty, VAT, customs, documents, certificates) or about a market's limits
/// ("the value limit per parcel") are completed. The product: "what rules apply to these?", "这类产品要什么认证" in a
/// shipment of cosmetics asks about cosmetics, named in the user's own words. The guide's answers are read, never
/// changed. A guide about several places (a parcel to Germany and Spain) has the question asked once for each of them.
/// </summary>
public static partial class GuideQuestionContext
{
    /// <summary>The most places one question is asked for: a guide with more keeps the rest for the user to name.</summary>
    private const int MostPlacesAsked = 3;

    /// <summary>Answers the question asked in passing, once for each place of the running guide it means.</summary>
    /// <param name="productWords">The user's own words for a product category id, when they typed some.</param>
    /// <param name="offerGuides">False inside a guide: an honest "I don't know that yet" then offers no guide.</param>
    public static async Task AnswerAsync(KnowledgeAnswerer answerer, DialogContext dc, string? guideId, Dialog? guide, string question, BotLanguage language, Func<string, string?> productWords, bool offerGuides, CancellationToken cancellationToken)
    {
        foreach (var completed in Complete(dc, guideId, guide, question, language, productWords))
        {
            await answerer.AnswerAsync(dc.Context, completed, language, offerGuides, cancellationToken);
        }
    }

    /// <summary>
    /// The questions to look up: <paramref name="question"/>, with the running guide's product put in when it means the
    /// goods and the guide's place when it means one, once for each place the guide is about.
    /// </summary>
    public static IReadOnlyList<string> Complete(DialogContext dc, string? guideId, Dialog? guide, string question, BotLanguage language, Func<string, string?>? productWords = null)
    {
        // "how do we appeal that?", "这个要怎么证明我们没有侵权" at a playbook's step: "that" is the problem being fixed; so is
        // the subject of a question that names no topic of its own ("以后怎么避免", "how many days before I can claim?"),
        // as at the problem's confirmation below.
        if (dc.ActiveLeaf is { Dialog: PlaybookWalkDialog walk, Instance: var step })
        {
            var name = walk.PlaybookName(step, language);
            return [NamesATopic(dc) ? AboutTheProblem(question, name) : WithTheProblem(question, name)];
        }

        if (guideId is null || guide is not ISlotGuide slots || dc.ContextOf(guideId) is not { } guideContext)
        {
            return [question];
        }

        // "what documents do they usually want?" at "Is this your problem?": a question inside a problem is about that
        // problem first, unless it names a topic of its own (a problem type, a platform, goods).
        if (slots.ProblemInView(guideContext, language) is { } problem && !NamesATopic(dc))
        {
            return [WithTheProblem(question, problem)];
        }

        // "how much do they take per sale", "这个平台一年要交多少钱" at a platform result: "they" is the platform it puts first, not
        // the market the result was worked out for. A question about the market's rules ("do they charge VAT?") keeps the place.
        if (!NamesATopic(dc) && !CountryRuleWords.AsksAboutRules(question) && slots.OptionInView(guideContext, language) is { } option
            && AboutTheOption(question, option) is { } aboutOption)
        {
            return [aboutOption];
        }

        var asked = NamesAProduct(dc) ? question : WithProduct(question, slots.KnownProducts(guideContext, language), productWords, language);
        if (NamesAPlace(dc) || !MeansAPlace(asked) || slots.KnownPlaces(guideContext, language) is not { Count: > 0 } places)
        {
            return [asked];
        }

        // "do I pay duty over there?" becomes "do I pay duty in Germany?": the place stands where the user pointed to it;
        // "do those countries charge VAT?" about Germany and Spain is asked for each of them.
        return [.. places.Take(MostPlacesAsked).Select(place => CountryRuleWords.WithPlace(asked, place, language.IsChinese))];
    }

    /// <summary>
    /// True when the question points to a place or asks about rules (duty, VAT, documents, certificates, what is
    /// allowed) or a market's limits, which every market sets for itself: "what paperwork do I need?" inside a shipment
    /// to Japan asks Japan's.
    /// </summary>
    public static bool MeansAPlace(string question) =>
        CountryRuleWords.PointsToAPlace(question) || CountryRuleWords.AsksAboutRules(question) || CountryRuleWords.AsksAboutALimit(question);

    /// <summary>
    /// A question about rules with the guide's product put where it points to the goods ("what rules apply to these?" →
    /// "what rules apply to cosmetics?", "这类产品有什么规定" → "化妆品有什么规定"), or beside a question about a product's
    /// own rules (certificates, safety, labels, tests) that names no goods; any other question as it is.
    /// </summary>
    public static string WithProduct(string question, IReadOnlyList<GuideProduct> products, Func<string, string?>? productWords, BotLanguage language)
    {
        if (products.Count == 0)
        {
            return question;
        }

        // Only a question about rules means the goods' rules: "can we give them a discount?" is about the buyers.
        var aboutRules = CueBook.Get(Cue.GuideQuestionProductRules).IsMatch(question) || CountryRuleWords.AsksAboutRules(question);
        if (!aboutRules)
        {
            return question;
        }

        var product = products[0];
        var name = productWords?.Invoke(product.Id) is { Length: > 0 } typed ? typed : product.Name;
        var replaced = CueBook.Get(Cue.GuideQuestionGoodsPointer).Replace(question, name, 1);
        if (replaced != question || !CueBook.Get(Cue.GuideQuestionProductRules).IsMatch(question))
        {
            return replaced;
        }

        if (language.IsChinese || LanguageDetector.ContainsCjk(question))
        {
            return name + question.TrimStart();
        }

        var trimmed = question.TrimEnd();
        var body = trimmed.TrimEnd('?', '？', '.', '!');
        return $"{body} for {name}{trimmed[body.Length..]}";
    }

    /// <summary>
    /// A question that asks a fact of <paramref name="option"/> by pointing back to it ("how much do they take per sale?",
    /// "its fees?", "这个平台一年要交多少钱"), with the option's name where the pointing word stands; null for any other question.
    /// </summary>
    public static string? AboutTheOption(string question, string option)
    {
        if (!CueBook.Get(Cue.GuideQuestionOptionFact).IsMatch(question))
        {
            return null;
        }

        var possessive = CueBook.Get(Cue.GuideQuestionOptionPossessive);
        if (possessive.IsMatch(question))
        {
            return possessive.Replace(question, option + "'s", 1);
        }

        var pointer = CueBook.Get(Cue.GuideQuestionOptionPointer);
        return pointer.IsMatch(question) ? pointer.Replace(question, option, 1) : null;
    }

    /// <summary>
    /// A question that points back with "that", "this" or "it" ("how do we appeal that?", "how can we show it was
    /// delivered?", "这个要怎么证明") asked about <paramref name="problem"/>: the pointing word at its end or start is
    /// replaced by the problem's name, else the name is put beside the question. Any other question is asked as it is.
    /// </summary>
    public static string AboutTheProblem(string question, string problem)
    {
        if (!CueBook.Get(Cue.GuideQuestionProblemPointer).IsMatch(question))
        {
            return question;
        }

        var replaced = CueBook.Get(Cue.GuideQuestionPointerAtTheEnd).Replace(question, problem, 1);
        if (replaced != question)
        {
            return replaced;
        }

        replaced = CueBook.Get(Cue.GuideQuestionChinesePointerAtTheStart).Replace(question, problem, 1);
        if (replaced != question)
        {
            return replaced;
        }

        return Beside(question, problem);
    }

    /// <summary>
    /// <paramref name="question"/> asked about <paramref name="problem"/>: where it points back, the problem stands there
    /// (<see cref="AboutTheProblem"/>); else the problem is put beside it.
    /// </summary>
    public static string WithTheProblem(string question, string problem) =>
        AboutTheProblem(question, problem) is var replaced && replaced != question ? replaced : Beside(question, problem);

    // "how long does it take (Amazon account suspended)?", "亚马逊账号被封：要多久？": the problem beside the question.
    private static string Beside(string question, string problem)
    {
        var trimmed = question.TrimEnd();
        var body = trimmed.TrimEnd('?', '？', '.', '!', '。', '！');
        return LanguageDetector.ContainsCjk(question) ? $"{problem}：{trimmed}" : $"{body} ({problem}){trimmed[body.Length..]}";
    }

    // The message names a topic of its own: a problem type, a platform or goods.
    private static bool NamesATopic(DialogContext dc) =>
        TurnUnderstanding.Of(dc.Context)?.Message.Entities is { } entities && entities.IssueTypes.Count + entities.Platforms.Count + entities.Categories.Count > 0;

    // The message itself names a country or region: that place is meant, not the guide's.
    private static bool NamesAPlace(DialogContext dc) => TurnUnderstanding.Of(dc.Context)?.Message.Entities.Locations.Any() == true;

    // The message itself names goods: those are meant, not the guide's.
    private static bool NamesAProduct(DialogContext dc) => TurnUnderstanding.Of(dc.Context)?.Message.Entities.Categories.Count > 0;
}
