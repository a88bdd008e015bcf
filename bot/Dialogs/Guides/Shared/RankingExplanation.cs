namespace CrossBorderBot.Dialogs.Guides;

/// <summary>
/// How every guide answers "why is X first?" from its advisor's ranking: a paragraph on the first option, then one on
/// the option the question names — or, when it names none (or the first), the runner-up — with its place.
/// </summary>
public static class RankingExplanation
{
    /// <summary>The option to explain beside the first: <paramref name="named"/> unless it is the first, else the runner-up; null when there is none.</summary>
    public static T? Other<T>(IReadOnlyList<T> ranked, T? named)
        where T : class =>
        named is not null && !EqualityComparer<T>.Default.Equals(named, ranked[0]) ? named
        : ranked.Count > 1 ? ranked[1] : null;

    /// <summary>The first paragraph, then, when there is an <paramref name="other"/>, its paragraph given its place (1-based).</summary>
    public static string Paragraphs<T>(IReadOnlyList<T> ranked, string first, T? other, Func<T, int, string> otherParagraph)
        where T : class =>
        other is null ? first : first + "\n\n" + otherParagraph(other, ranked.ToList().IndexOf(other) + 1);
}
