namespace CrossBorderBot.Dialogs.Guides;

/// <summary>
/// How every guide answers "why is X first?" from its advisor's ranking: a paragraph on the first option, then one on
/// each option the question names ("why amazon and not etsy?" names two) — or, when it names none but the first, the
/// runner-up — each with its place.
/// </summary>
public static class RankingExplanation
{
    /// <summary>
    /// The options to explain beside the first: those <paramref name="named"/>, in the order named, other than the first;
    /// else the runner-up; empty when there is none.
    /// </summary>
    public static IReadOnlyList<T> Others<T>(IReadOnlyList<T> ranked, IReadOnlyList<T> named)
        where T : class
    {
        var others = named.Where(option => !EqualityComparer<T>.Default.Equals(option, ranked[0])).Distinct().ToList();
        return others.Count > 0 ? others : ranked.Count > 1 ? [ranked[1]] : [];
    }

    /// <summary>
    /// The options a question names, then the one it points at by its place ("why is the third one below?", "为啥第二个排在
    /// 后面"): a why about an option by place asks about that option's rank, so it is explained beside the first.
    /// </summary>
    public static IReadOnlyList<T> NamedOrAtPlace<T>(IReadOnlyList<T> ranked, IReadOnlyList<T> named, int? place)
        where T : class =>
        place switch
        {
            -1 when ranked.Count > 0 => [.. named, ranked[^1]],
            { } at when at >= 1 && at <= ranked.Count => [.. named, ranked[at - 1]],
            _ => named,
        };

    /// <summary>The options of <paramref name="ranked"/> whose names stand in <paramref name="question"/>, in the order named.</summary>
    public static IReadOnlyList<T> Named<T>(IReadOnlyList<T> ranked, string question, Func<T, IEnumerable<string>> names) =>
        [.. ranked.Select(option => (Option: option, At: names(option).Where(name => !string.IsNullOrWhiteSpace(name))
                .Select(name => question.IndexOf(name, StringComparison.OrdinalIgnoreCase)).Where(at => at >= 0).DefaultIfEmpty(-1).Min()))
            .Where(found => found.At >= 0).OrderBy(found => found.At).Select(found => found.Option)];

    /// <summary>The first paragraph, then a paragraph for each of <paramref name="others"/> given its place (1-based).</summary>
    public static string Paragraphs<T>(IReadOnlyList<T> ranked, string first, IReadOnlyList<T> others, Func<T, int, string> otherParagraph)
        where T : class =>
        string.Join("\n\n", new[] { first }.Concat(others.Select(other => otherParagraph(other, Place(ranked, other)))));

    /// <summary>A place said in English: "first", "second", "third", then "number 4".</summary>
    public static string Ordinal(int place) => place switch
    {
        1 => "first",
        2 => "second",
        3 => "third",
        _ => string.Create(CultureInfo.InvariantCulture, $"number {place}"),
    };

    /// <summary>The place (1-based) of <paramref name="option"/> in <paramref name="ranked"/>; 0 when it is not there.</summary>
    public static int Place<T>(IReadOnlyList<T> ranked, T option)
    {
        for (var index = 0; index < ranked.Count; index++)
        {
            if (EqualityComparer<T>.Default.Equals(ranked[index], option))
            {
                return index + 1;
            }
        }

        return 0;
    }
}
