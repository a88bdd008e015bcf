namespace CrossBorderBot.Dialogs.Prompts;

/// <summary>
/// A reply that opens with one of a question's choices and goes on with detail: "yes exactly, tracking stopped in
/// Shenzhen", "no — customs are holding it", "done that already, sent the invoice", "对对，就是这个…", "这个已经做了，昨天…".
/// People answer and explain in one breath; the choice is taken and the rest kept as its detail (the guide may use it).
/// The choice's name must stand alone: as the reply's whole first clause (also said twice, "对对", or after a word
/// pointing at the question, "这个"), or, for a name ending in a Latin letter or digit, followed by a space. The longest
/// name found wins; two choices opening the reply equally is no answer.
/// </summary>
internal static partial class ChoiceWithDetail
{
    // Where a first clause ends: the punctuation of either language, or a dash.
    private static readonly char[] Breaks = [',', '，', '.', '。', ';', '；', '!', '！', '、', ':', '：', '—', '-'];

    private static readonly char[] Trimmed = [' ', ',', '，', '.', '。', ';', '；', '!', '！', '、', ':', '：', '—', '-'];

    /// <summary>The choice the reply opens with, its detail the rest; null when the reply opens with none (or with several).</summary>
    public static FoundChoice? Leading(string? text, IReadOnlyList<Choice> choices)
    {
        var answer = AnswerNormalizer.Normalize(text);
        if (answer.Length == 0)
        {
            return null;
        }

        var firstBreak = answer.IndexOfAny(Breaks);
        var saidFirst = firstBreak < 0 ? answer : answer[..firstBreak];
        var firstClause = PointingLeadIn().Replace(saidFirst, string.Empty).Trim();

        // "这一步我看不懂": a choice said after a word pointing at the question is that choice, with no detail after it.
        var pointed = firstClause.Length < saidFirst.Trim().Length;
        var afterClause = firstBreak < 0 ? string.Empty : answer[(firstBreak + 1)..].Trim(Trimmed);
        var openings = new List<(int Index, int Length, string Detail)>();
        for (var index = 0; index < choices.Count; index++)
        {
            var choice = choices[index];
            foreach (var name in new[] { choice.Value, choice.Title }.Concat(choice.Synonyms).Select(AnswerNormalizer.Normalize).Where(name => name.Length > 0))
            {
                var detail = firstClause == name || firstClause == name + name ? afterClause
                    : char.IsAsciiLetterOrDigit(name[^1]) && answer.StartsWith(name + " ", StringComparison.Ordinal) ? answer[name.Length..].Trim(Trimmed)
                    : null;
                if (!string.IsNullOrEmpty(detail) || (detail is not null && pointed && firstClause == name))
                {
                    openings.Add((index, name.Length, detail));
                }
            }
        }

        if (openings.Count == 0)
        {
            return null;
        }

        var longest = openings.Max(opening => opening.Length);
        var winners = openings.Where(opening => opening.Length == longest).ToList();
        if (winners.Select(opening => opening.Index).Distinct().Count() > 1)
        {
            return null;
        }

        var (chosen, _, rest) = winners[0];
        return new FoundChoice(choices[chosen].Value, chosen, choices[chosen].DisplayTitle, rest);
    }

    // "这个已经做了", "that one, no": a word pointing at the question asked may stand before the choice.
    [GeneratedRegex(@"^(?:这个|这一步|这步|那个|这些|this one|that one|this step)\s*")]
    private static partial Regex PointingLeadIn();
}
