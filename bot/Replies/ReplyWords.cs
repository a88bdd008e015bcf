namespace CrossBorderBot.Replies;

/// <summary>
/// The few words renderers add themselves ("More…", "Sources", "reviewed"), in the turn's
/// <see cref="BotLanguage"/>. Everything else in a reply arrives already in the user's language.
/// </summary>
internal sealed record ReplyWords(
    string More,
    string Sources,
    string Reviewed,
    string Choose,
    string ChoosePlaceholder,
    string Required,
    string TextShortened,
    string AndMoreFormat,
    string Caveat,
    string AskForMoreFormat,
    string ActionDone)
{
    private static readonly ReplyWords EnglishWords = new(
        More: "More…",
        Sources: "Sources",
        Reviewed: "reviewed",
        Choose: "Choose",
        ChoosePlaceholder: "Choose an option",
        Required: "required",
        TextShortened: "(shortened)",
        AndMoreFormat: "…and {0} more",
        Caveat: "Not re-verified",
        AskForMoreFormat: "For the rest, say “more”.",
        ActionDone: "Done: my reply is in the chat.");

    private static readonly ReplyWords ChineseWords = new(
        More: "更多…",
        Sources: "来源",
        Reviewed: "审核于",
        Choose: "选择",
        ChoosePlaceholder: "请选择",
        Required: "必填",
        TextShortened: "（内容已截短）",
        AndMoreFormat: "……还有 {0} 项",
        Caveat: "未能重新核实",
        AskForMoreFormat: "想看其余内容，请回复“更多”。",
        ActionDone: "好的，回复已发到对话中。");

    public static ReplyWords For(BotLanguage language) =>
        language.IsChinese ? ChineseWords : EnglishWords;

    /// <summary>The line that stands for the items a renderer left out.</summary>
    public string AndMore(int count) => string.Format(CultureInfo.InvariantCulture, AndMoreFormat, count);

    /// <summary>The hint where a channel shows no buttons: how to ask for the rest of an answer.</summary>
    public string AskForMore(string buttonTitle) => string.Format(CultureInfo.InvariantCulture, AskForMoreFormat, buttonTitle);

    /// <summary>"reviewed 2025-03-01", dates in ISO form so both languages read them the same way.</summary>
    public string ReviewedOn(DateOnly date) => Reviewed + " " + date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>"Publisher · reviewed 2025-03-01", the parts that are known; every renderer writes a source this way.</summary>
    public string SourceDetails(ReplySource source) => string.Join(" · ", new[]
    {
        source.Publisher,
        source.Reviewed is { } reviewed ? ReviewedOn(reviewed) : null,
    }.Where(part => !string.IsNullOrWhiteSpace(part)));
}
