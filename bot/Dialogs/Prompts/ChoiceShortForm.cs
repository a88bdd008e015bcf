namespace CrossBorderBot.Dialogs.Prompts;

/// <summary>
/// A reply that is a choice's title shortened — its words kept in order, some left out: "按目的地比较" for
/// "按目的地、重量、货值和时效比较渠道", "compare by destination" for "We compare channels by destination, weight, value
/// and speed". People rarely type a long button title whole. Taken only when exactly one title fits, and only for a
/// reply long enough to say something (three Chinese characters, or two words one of which has five letters or more).
/// </summary>
internal static class ChoiceShortForm
{
    private const int MinimumChineseCharacters = 3;
    private const int MinimumWords = 2;
    private const int MinimumLongWord = 5;

    /// <summary>The index of the one title <paramref name="answer"/> shortens; null when none or several do. Both are normalized.</summary>
    public static int? IndexIn(string answer, IReadOnlyList<string> titles)
    {
        var fits = Enumerable.Range(0, titles.Count).Where(index => Shortens(answer, titles[index])).Take(2).ToList();
        return fits.Count == 1 ? fits[0] : null;
    }

    private static bool Shortens(string answer, string title)
    {
        if (answer.Length >= title.Length)
        {
            return false;
        }

        var chinese = answer.Where(IsChinese).ToArray();
        if (chinese.Length > 0)
        {
            // Chinese has no spaces: the reply's characters appear in the title in the same order.
            return chinese.Length >= MinimumChineseCharacters && chinese.Length == answer.Count(char.IsLetterOrDigit) && IsSubsequence(chinese, title.Where(IsChinese).ToArray());
        }

        var words = Words(answer);
        return words.Length >= MinimumWords && words.Any(word => word.Length >= MinimumLongWord) && IsSubsequence(words, Words(title));
    }

    private static bool IsSubsequence<T>(T[] part, T[] whole)
    {
        var at = 0;
        foreach (var item in whole)
        {
            if (at < part.Length && EqualityComparer<T>.Default.Equals(part[at], item))
            {
                at++;
            }
        }

        return at == part.Length;
    }

    private static string[] Words(string text) =>
        text.Split([' ', ',', '.', '(', ')', '—', '-', '/', '…', ';', ':'], StringSplitOptions.RemoveEmptyEntries);

    private static bool IsChinese(char c) => c is >= '\u4e00' and <= '\u9fff';
}
