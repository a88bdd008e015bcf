namespace CrossBorderBot.Channels.DirectLine;

/// <summary>A user id we accept from a caller: short, printable, no separators that could confuse logs or keys.</summary>
internal static partial class DirectLineUserId
{
    public static bool IsAcceptable(string? userId) => userId is not null && Pattern().IsMatch(userId);

    [GeneratedRegex(@"^[A-Za-z0-9_\-.:@]{1,128}$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
