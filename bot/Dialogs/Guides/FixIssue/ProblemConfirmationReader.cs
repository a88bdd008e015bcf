using CrossBorderBot.Dialogs.Prompts;
using CrossBorderBot.Dialogs.Slots;
using CrossBorderBot.Understanding;

namespace CrossBorderBot.Dialogs.Guides;

/// <summary>
/// Reads a reply at "Is this your problem?" that names no choice: a yes in one's own words ("yep exactly", "是这个", "对的，
/// 一共二十多单") takes the best match with what follows as its detail; a no takes none; a problem told instead ("the buyer
/// got it but it broke after a day") is the problem told again; the market told alone ("美国站", "it's on amazon uk") is
/// that market, and "not sure" (of the market) none; going on ("ok so what do i do first", "那第一步干嘛") or details that
/// neither decline nor tell another problem ("it's for 200 units, invoice says 8 usd each") take the best match.
/// </summary>
public sealed class ProblemConfirmationReader(IssuePlaybookFinder finder, GuideLocationResolver locations)
{
    /// <summary>The answer when the user told the problem again instead of picking a choice.</summary>
    public const string RefineValue = "refine";

    /// <summary>The answer when the user named the problem's market, or said it is not known: the market's id (or the none value) is the found choice's detail.</summary>
    public const string MarketValue = "market";

    public FoundChoice? Read(ITurnContext turnContext, string answer, IReadOnlyList<Choice> choices, string noneValue)
    {
        var best = choices[0];
        if (SlotVocabulary.Default.OpensWithYes(answer))
        {
            return new FoundChoice(best.Value, 0, best.DisplayTitle, answer);
        }

        // "嗯，货不对版", "right, item not as described": the problem named in one's own words as one of those offered (the best
        // match or an "actually it is …" choice) picks it. Searched again as a new description, its few words weigh little
        // against the market and the first hit may be another type (a lost parcel for goods not as described).
        if (!SlotVocabulary.Default.OpensWithNo(answer) && NamesAnOfferedProblem(answer, choices, noneValue) is { } named)
        {
            return named;
        }

        if (TellsAProblem(turnContext, answer))
        {
            return new FoundChoice(RefineValue, choices.Count, answer, answer);
        }

        if (MarketNamedAlone(answer, turnContext.Activity.Locale) is { } market)
        {
            return new FoundChoice(MarketValue, choices.Count, answer, market);
        }

        // "不确定，好几个国家都有单": the market not known, said where a market question might have stood, is no market.
        if (SlotVocabulary.Default.IsUnknown(answer))
        {
            return new FoundChoice(MarketValue, choices.Count, answer, noneValue);
        }

        if (SlotVocabulary.Default.OpensWithNo(answer))
        {
            var none = choices.ToList().FindIndex(choice => choice.Value == noneValue);
            return none < 0 ? null : new FoundChoice(noneValue, none, choices[none].DisplayTitle, answer);
        }

        return GoAheadCues.AsksToGoOn(answer) || GoAheadCues.ReportsItDone(answer) || TellsCaseDetails(answer)
            ? new FoundChoice(best.Value, 0, best.DisplayTitle, answer)
            : null;
    }

    /// <summary>
    /// True when <paramref name="words"/> (the turn's message or part of it) tell a problem: a playbook's keywords, or a
    /// problem type the recognizer found in the turn's message ("customs are holding it", "it broke after a day").
    /// </summary>
    public bool TellsAProblem(ITurnContext turnContext, string words) =>
        finder.Find(words, market: null, keywordsOnly: true).Count > 0
        || (TurnUnderstanding.Of(turnContext)?.Message is { } message && message.Text.Contains(words.Trim(), StringComparison.OrdinalIgnoreCase) && message.Entities.IssueTypes.Count > 0);

    // The first problem the reply's own keywords find that is one of the choices offered (never the "none of these" one).
    private FoundChoice? NamesAnOfferedProblem(string answer, IReadOnlyList<Choice> choices, string noneValue)
    {
        foreach (var id in finder.Find(answer, market: null, keywordsOnly: true))
        {
            for (var index = 0; index < choices.Count; index++)
            {
                if (choices[index].Value == id && id != noneValue)
                {
                    return new FoundChoice(id, index, choices[index].DisplayTitle, answer);
                }
            }
        }

        return null;
    }

    // The whole reply is a place ("美国", "Germany") or a marketplace's country site ("美国站", "amazon uk").
    private string? MarketNamedAlone(string answer, string? locale) =>
        (locations.Resolve(answer, locale) ?? locations.SiteCountry(answer)) is { } market && locations.IsKnown(market) ? market : null;

    // Details of the case: a statement (no question) with a figure in it — how many, how much, when.
    private static bool TellsCaseDetails(string answer) =>
        !answer.Contains('?') && !answer.Contains('？') && answer.Any(c => char.IsAsciiDigit(c) || "一二两三四五六七八九十百千万".Contains(c));
}
