namespace CrossBorderBot.Language;

/// <summary>
/// White space in typed text: every run of spaces, tabs and line breaks as one space, the one way replies and phrases
/// are spaced before they are compared (commands, amounts, places, slot words, weights in words).
/// </summary>
public static partial class WhiteSpace
{
    /// <summary><paramref name="text"/> with each run of white space replaced by one space (not trimmed).</summary>
    public static string Collapse(string text) => Runs().Replace(text, " ");

    [GeneratedRegex(@"\s+")]
    private static partial Regex Runs();
}
