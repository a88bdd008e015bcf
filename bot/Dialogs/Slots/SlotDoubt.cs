namespace CrossBorderBot.Dialogs.Slots;

/// <summary>
/// A doubt about whether the thing asked is wanted ("not sure if we need tracking", "不知道要不要退货"): the slot is not
/// answered by the words inside it, and the message says the user does not know.
/// </summary>
internal static partial class SlotDoubt
{
    /// <summary>True when the normalized message holds a doubt.</summary>
    public static bool IsDoubt(string normalized) => Doubt().IsMatch(normalized);

    /// <summary>Where the clause of a doubt ends; 0 when there is none.</summary>
    public static int EndOfDoubt(string normalized)
    {
        if (Doubt().Match(normalized) is not { Success: true } doubt)
        {
            return 0;
        }

        var end = normalized.IndexOfAny([',', '，', ';', '；', '。'], doubt.Index + doubt.Length);
        return end < 0 ? normalized.Length : end;
    }

    // A doubt about whether the thing asked is wanted: a don't-know directly before "if/whether", or a yes-or-no pair
    // ("要不要", "需不需要") with a don't-know in the same message.
    [GeneratedRegex(@"^(?:(?:hmm+|um+|well|honestly|tbh)[,\s]+)?(?:(?:i'm|im|i am|we're|were|we are)\s+)?(?:not\s+sure|unsure|not\s+certain|dunno|don't\s+know|dont\s+know|do\s+not\s+know|no\s+idea|idk)\s+(?:yet\s+)?(?:if|whether)\b|(?:要不要|需不需要|用不用|有没有必要).{0,12}(?:不知道|不清楚|不确定|说不准|说不好|没想好)|(?:不知道|不清楚|不确定|说不准|说不好|没想好).{0,6}(?:要不要|需不需要|用不用|有没有必要)")]
    private static partial Regex Doubt();
}
