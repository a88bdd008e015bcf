namespace CrossBorderBot.Dialogs.Guides;

/// <summary>
/// The request at the end of a reply to a playbook step, without what leads into it: "my boss is on the call now, so:
/// continue please" is "continue", "老板在旁边看着呢，你接着说下一步" is "接着说下一步", "然后下一步呢" is "下一步". Only the last
/// clause counts, and a connective before it ("so", "then", "然后", "那", "你") or a particle or "please" after it
/// ("呢", "吧", "please") is taken off.
/// </summary>
internal static class StepRequest
{
    private static readonly char[] ClauseEnds = [':', '：', ',', '，', ';', '；', '—', '.', '。', '!', '！'];

    private static readonly string[] Openings =
        ["and then", "so", "then", "ok so", "alright", "right", "now", "and", "然后", "那么", "那就", "那", "好", "接下来", "你", "请", "麻烦"];

    private static readonly string[] Closings = ["please", "pls", "plz", "thanks", "呢", "吧", "呀", "啊", "吗", "哈", "谢谢"];

    /// <summary>The last clause without its lead-in and closing words; null when nothing is left.</summary>
    public static string? Core(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var clause = text.Trim().TrimEnd('?', '？', '.', '。', '!', '！', ' ');
        var cut = clause.LastIndexOfAny(ClauseEnds);
        clause = (cut >= 0 ? clause[(cut + 1)..] : clause).Trim();
        for (var changed = true; changed && clause.Length > 0;)
        {
            changed = false;
            foreach (var opening in Openings.Where(opening => clause.StartsWith(opening, StringComparison.OrdinalIgnoreCase)
                && (clause.Length == opening.Length || !char.IsAsciiLetter(opening[^1]) || !char.IsAsciiLetter(clause[opening.Length]))))
            {
                clause = clause[opening.Length..].TrimStart(' ', ',', '，');
                changed = true;
                break;
            }

            foreach (var closing in Closings.Where(closing => clause.EndsWith(closing, StringComparison.OrdinalIgnoreCase) && clause.Length > closing.Length))
            {
                clause = clause[..^closing.Length].TrimEnd(' ', ',', '，');
                changed = true;
                break;
            }
        }

        return clause.Length == 0 ? null : clause;
    }
}
