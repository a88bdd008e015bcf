using System.Text.RegularExpressions;
using CrossBorderBot.Knowledge.Advisors;

namespace CrossBorderBot.Dialogs.Guides;

/// <summary>
/// Answers questions about a logistics result from the advisor's own ranking and reasons for the same answers: what
/// <see cref="ResultQuestions"/> reads (how a price was computed, how accurate it is, the cheapest, the fastest, the
/// channel at a place, what the fit means) through <see cref="LogisticsResultAnswers"/>; else "why is X first?" — the
/// top channel and why, and, when the question names another channel, where that one ranks and why.
/// </summary>
public sealed class LogisticsExplainer(LogisticsAdvisor advisor, GuideLocationResolver locations, LogisticsChannelNames channelNames, LogisticsResultAnswers resultAnswers, TimeProvider time)
{
    private readonly LogisticsResultComparison _comparison = new(advisor);

    /// <summary>As many channels as the result shows, so "the second one" is the result's second.</summary>
    private const int Shown = 5;

    /// <param name="before">The answers of the result shown before the last what-if, for "was the first one cheaper?"; null when none.</param>
    public string? Explain(LogisticsAnswers answers, string question, BotLanguage language, LogisticsAnswers? before = null)
    {
        if (before is not null && ResultQuestions.Read(DialogIds.GuideLogistics, question) == ResultQuestion.ComparedWithBefore
            && _comparison.Compare(before, answers, language, place => locations.Name(place, language)) is { } compared)
        {
            return compared;
        }

        // The duty and VAT asked about are the landed cost's, which the advisor works out for the goods on the day, as the
        // result did.
        var kind = ResultQuestions.Read(DialogIds.GuideLogistics, question);
        var inputs = LogisticsAdvisorInputs.From(answers, maxResults: Shown);
        var advice = advisor.Recommend(kind == ResultQuestion.ImportTax
            ? inputs with { Category = answers.Category, AsOf = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime) }
            : inputs);
        if (advice.Recommendations.Count == 0)
        {
            return null;
        }

        var chinese = language.IsChinese;
        var ranked = advice.Recommendations;
        var top = ranked[0];
        var named = RankingExplanation.Named(ranked, question, r => Names(r.Channel)).Where(r => r != top).ToList();
        if (kind != ResultQuestion.None
            && resultAnswers.Answer(kind, answers, advice, Target(ranked, question, named), language) is { } answer)
        {
            return answer;
        }

        // The duty or VAT asked about when the result holds no landed-cost estimate: the rule in general is the knowledge
        // base's, not the ranking's.
        if (kind == ResultQuestion.ImportTax)
        {
            return null;
        }

        // "why not the postal small packet?" about a channel this parcel rules out: why it is ruled out.
        var ruledOut = named.Count == 0 && !Names(top.Channel).Any(name => question.Contains(name, StringComparison.OrdinalIgnoreCase))
            ? advice.Excluded.FirstOrDefault(e => Names(e.Channel).Any(name => question.Contains(name, StringComparison.OrdinalIgnoreCase)))
            : null;
        var first = chinese
            ? $"对寄往{locations.Name(answers.Destination ?? "global", language)}的这个包裹，{Describe(top, language)}排在第一，原因：{GuideReasons.Sentence(top.Reasons, language)}"
            : $"For this parcel to {locations.Name(answers.Destination ?? "global", language)}, {Describe(top, language)} is ranked first because: {GuideReasons.Sentence(top.Reasons, language)}";
        if (ruledOut is not null)
        {
            return chinese
                ? $"{ruledOut.Channel.Name.Get(language)}不适合这个包裹：{ruledOut.Reason.Get(language)}\n\n{first}"
                : $"{ruledOut.Channel.Name.Get(language)} is not an option for this parcel: {ruledOut.Reason.Get(language)}\n\n{first}";
        }

        return RankingExplanation.Paragraphs(
            ranked,
            first,
            RankingExplanation.Others(ranked, RankingExplanation.NamedOrAtPlace(ranked, named, ResultQuestions.Place(question))),
            (other, position) => chinese
                ? $"{Describe(other, language)}排第 {position}：{GuideReasons.Sentence(other.Reasons, language)} 它的匹配分较低，所以排在后面；匹配分综合了时效、跟踪、退货和对本包裹的限制，而不只是价格。"
                : $"{Describe(other, language)} is ranked {RankingExplanation.Ordinal(position)}: {GuideReasons.Sentence(other.Reasons, language)} Its fit score is lower, so it comes after; the fit weighs speed, tracking, returns and the limits for this parcel, not only the price.");
    }

    // The channel a question points at: one it names (the first one named, the top one included), else one by its place
    // ("the second one", "第三个", "the last one"), else the top one.
    private ChannelRecommendation Target(IReadOnlyList<ChannelRecommendation> ranked, string question, IReadOnlyList<ChannelRecommendation> namedOthers)
    {
        var named = RankingExplanation.Named(ranked, question, r => Names(r.Channel));
        if (named.Count > 0)
        {
            return named[0];
        }

        return ResultQuestions.Place(question) switch
        {
            -1 => ranked[^1],
            { } place when place >= 1 && place <= ranked.Count => ranked[place - 1],
            _ => namedOthers.FirstOrDefault() ?? ranked[0],
        };
    }

    /// <summary>
    /// "what about by rail instead?", "那走海运呢" at the result, "为什么不用海运" before it: a channel this parcel rules out,
    /// named, answered with why it does not fit; null when the question names any channel that can carry the parcel
    /// ("express" names a ranked one as well as the railway express), none it ruled out, or the weight is not known yet.
    /// </summary>
    public string? RuledOut(LogisticsAnswers answers, string question, BotLanguage language)
    {
        // Asked before the weight is known (mid-guide), no reason about this parcel can be given.
        if (answers.WeightKg is null)
        {
            return null;
        }

        var advice = advisor.Recommend(LogisticsAdvisorInputs.From(answers, maxResults: int.MaxValue));
        if (advice.Recommendations.Any(r => Names(r.Channel).Any(name => Mentions(question, name))))
        {
            return null;
        }

        var ruledOut = advice.Excluded.FirstOrDefault(e => Names(e.Channel).Any(name => Mentions(question, name)));
        return ruledOut is null ? null
            : language.IsChinese ? $"{ruledOut.Channel.Name.Get(language)}不适合这个包裹：{ruledOut.Reason.Get(language)}"
            : $"{ruledOut.Channel.Name.Get(language)} is not an option for this parcel: {ruledOut.Reason.Get(language)}";
    }

    /// <summary>
    /// "为什么不用海运", "why wouldn't you use sea freight for this?" asked before the result, once the weight is known: the
    /// channels of that name the parcel rules out, each with the advisor's reason; and, when others of the name can carry
    /// it (sea freight to an overseas warehouse), that the result will show where they rank. Null when the weight is not
    /// known yet or no channel of that name is ruled out.
    /// </summary>
    public string? WhyNotBeforeTheResult(LogisticsAnswers answers, string question, BotLanguage language)
    {
        if (answers.WeightKg is null)
        {
            return null;
        }

        var advice = advisor.Recommend(LogisticsAdvisorInputs.From(answers, maxResults: int.MaxValue));
        var ruledOut = advice.Excluded.Where(e => Names(e.Channel).Any(name => Mentions(question, name))).Take(2).ToList();
        if (ruledOut.Count == 0)
        {
            return null;
        }

        var chinese = language.IsChinese;
        var lines = ruledOut.Select(e => chinese
            ? $"{e.Channel.Name.Get(language)}不适合这个包裹：{e.Reason.Get(language)}"
            : $"{e.Channel.Name.Get(language)} is not an option for this parcel: {e.Reason.Get(language)}").ToList();
        var carrying = advice.Recommendations.Where(r => Names(r.Channel).Any(name => Mentions(question, name))).Select(r => r.Channel.Name.Get(language)).Take(2).ToList();
        if (carrying.Count > 0)
        {
            lines.Add(chinese
                ? $"{string.Join("、", carrying)}可以承运，结果出来后会显示它排在第几。"
                : $"{string.Join(" and ", carrying)} can carry it; the result will show where it ranks.");
        }

        return string.Join("\n\n", lines);
    }

    // A channel's name in the question, as a whole word when it is written in Latin letters ("sea" is no part of "season").
    private static bool Mentions(string question, string name) =>
        name.Any(char.IsAsciiLetter)
            ? Regex.IsMatch(question, $@"(?<![A-Za-z]){Regex.Escape(name)}(?![A-Za-z])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)
            : question.Contains(name, StringComparison.Ordinal);

    // A channel with the figures the result table shows, as the result's other answers say it.
    private static string Describe(ChannelRecommendation r, BotLanguage language) => LogisticsResultAnswers.Describe(r, language);

    // The channel's id, its names ("中国邮政平常小包", "挂号小包", "e-packet"), and the capitalised words of its English name
    // ("DHL", "FedEx"): a question names the channel it asks about by any of them.
    private IEnumerable<string> Names(LogisticsChannel channel) =>
        new[] { channel.Id }.Concat(channelNames.Of(channel))
            .Concat(channel.Name.En.Split([' ', '(', ')', '/'], StringSplitOptions.RemoveEmptyEntries).Where(word => word.Length >= 3 && char.IsUpper(word[0])));
}
